//! Names: of variants, of generated items, and the names `from_name` finds.

use crate::errors::Errors;
use crate::expand::generates;
use crate::model::checked::{self, Shape};
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

/// A row is not named like an associated item a table of its shape generates, which
/// its path would hide (`Table::decode` would be the row).
pub(super) fn name_is_free(variant: &Variant, shape: &Shape, errors: &mut Errors) -> bool {
    let name = name_of(&variant.ident);
    if !generates(shape, &name) {
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

/// Names of two rows do not differ only in ASCII case, so that `from_name_ignore_case`
/// finds one row by a name as `from_name` does (`Eagain` in one row and `EAGAIN` in
/// another would leave it to pick one). Runs after `names_belong_to_one_row`: names it
/// repaired are not looked at again. The later name of a clash is reported, and neither
/// lookup finds the row by it.
pub(super) fn names_differ_beyond_case(
    rows: &mut [checked::Row],
    shape: &Shape,
    errors: &mut Errors,
) {
    // A group finds no row by name.
    if matches!(shape, Shape::Group) {
        return;
    }
    // By the name in lowercase: the row, the name as written, and where.
    let mut owner: HashMap<String, (String, String, Span)> = HashMap::new();
    let mut variants_seen = Vec::new();
    for row in rows.iter() {
        let folded = row.name.to_ascii_lowercase();
        match owner.get(&folded) {
            Some((first_row, _, first)) => {
                variants_seen.push((row.ident.clone(), first_row.clone(), *first))
            }
            None => {
                owner.insert(
                    folded,
                    (row.name.clone(), row.name.clone(), row.ident.span()),
                );
            }
        }
    }
    for (ident, first_row, first) in variants_seen {
        errors.duplicate(ident.span(), first, format!(
            "`{ident}` differs from row `{first_row}` only in case, and `from_name_ignore_case` finds one row by a name: rename one of them"
        ));
    }
    for row in rows.iter_mut() {
        let row_name = row.name.clone();
        for code in row.codes_mut() {
            for symbol in code.symbols.iter_mut().filter(|symbol| symbol.by_name) {
                let folded = symbol.name.to_ascii_lowercase();
                match owner.get(&folded) {
                    Some((first_row, _, _)) if *first_row == row_name => {}
                    Some((first_row, first_name, first)) => {
                        errors.duplicate(symbol.name_span, *first, format!(
                            "`{}` differs from `{first_name}` of row `{first_row}` only in case, and `from_name_ignore_case` finds one row by a name: rename it or move it there",
                            symbol.name
                        ));
                        symbol.by_name = false;
                    }
                    None => {
                        owner.insert(
                            folded,
                            (row_name.clone(), symbol.name.clone(), symbol.name_span),
                        );
                    }
                }
            }
        }
    }
}
