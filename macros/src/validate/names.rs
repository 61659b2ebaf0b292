//! Names: of variants, of generated items, and the names `from_name` finds.

use crate::errors::Errors;
use crate::expand::GENERATED_ITEMS;
use crate::model::checked::{self};
use crate::model::name_of;
use crate::model::written::{self, Variant};
use proc_macro2::Span;
use std::collections::HashMap;

/// No two variants share a name (`Foo` and `r#Foo` are one). A repeat is reported and
/// left out: the first of each name is the variant.
pub(super) fn variants_are_unique(table: &mut written::Table, errors: &mut Errors) {
    let mut seen: HashMap<String, Span> = HashMap::new();
    table.variants.retain(|variant| {
        let name = name_of(&variant.ident);
        match seen.get(&name) {
            Some(&first) => {
                errors.duplicate(
                    variant.ident.span(),
                    first,
                    format!("`{name}` is defined twice; rename one of them"),
                );
                false
            }
            None => {
                seen.insert(name, variant.ident.span());
                true
            }
        }
    });
}

/// A row is not named like an associated item the table generates, which its path
/// would hide (`Table::decode` would be the row).
pub(super) fn name_is_free(variant: &Variant, errors: &mut Errors) -> bool {
    let name = name_of(&variant.ident);
    if !GENERATED_ITEMS.contains(&name.as_str()) {
        return true;
    }
    errors.push(variant.ident.span(), format!(
        "a row cannot be named `{name}`: the table generates `{name}`, and the row would hide it (`Table::{name}` would be the row); rename the row"
    ));
    false
}

/// A name `from_name` finds belongs to one row: a variant's name, or a symbol (which may
/// appear on several platforms of its row). The later symbol of a clash is reported and
/// `from_name` does not find the row by it.
pub(super) fn names_belong_to_one_row(rows: &mut [checked::Row], errors: &mut Errors) {
    let mut owner: HashMap<String, (String, Span, bool)> = HashMap::new();
    for row in rows.iter() {
        owner.insert(row.name.clone(), (row.name.clone(), row.ident.span(), true));
    }
    for row in rows.iter_mut() {
        let row_name = row.name.clone();
        for code in row.codes_mut() {
            for symbol in &mut code.symbols {
                match owner.get(&symbol.name) {
                    Some((first_row, _, _)) if *first_row == row_name => symbol.by_name = false,
                    Some((first_row, first, is_variant)) => {
                        let what = if *is_variant {
                            "is the name of row"
                        } else {
                            "already names row"
                        };
                        errors.duplicate(symbol.name_span, *first, format!(
                            "`{}` {what} `{first_row}`, and `from_name` finds one row by a name: rename it or move it there",
                            symbol.name
                        ));
                        symbol.by_name = false;
                    }
                    None => {
                        owner.insert(
                            symbol.name.clone(),
                            (row_name.clone(), symbol.name_span, false),
                        );
                    }
                }
            }
        }
    }
}
