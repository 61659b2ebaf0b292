//! Every rule a table must follow, over the written model, and the checked model that
//! comes out: `check` reports what breaks a rule and repairs it or leaves it out, once,
//! so that expansion can trust what it reads.
//!
//! Which checks belong here: every rule about what the table says: names unique, the
//! shape of the table and of each variant, messages and kinds, numbers and symbols that
//! clash, `=> Row` and `rows:` references. Parsing (`parse/`) checks only syntax: what a
//! token means, whether a key is known, whether a value has the right form, a key given
//! twice in one row. A variant parsing marked `broken` had a mistake reported there: the
//! rules about what a row lacks (a message, entries, `rows:`) skip it, as what it lacks
//! is likely what broke.

use crate::errors::{did_you_mean, Errors};
use crate::model::checked::{
    self, CatchAll, Definition, Entries, GeneratedEnum, GeneratedVariant, Shape,
};
use crate::model::written::{self, Fields, Origin, Role, Variant};
use crate::model::{
    name_of, Column, Platform, CANONICAL, CANONICAL_CATCH_ALL, ERROR_KINDS, GENERATED_ITEMS,
};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use std::collections::{HashMap, HashSet};
use syn::{parse_quote, Attribute, Ident, LitStr};

/// Checks every rule, adding what is broken to `errors`, and gives the checked table.
pub fn check(mut table: written::Table, errors: &mut Errors) -> checked::Table {
    let cfgs = table_cfgs(&table);
    let krate = table
        .krate
        .take()
        .unwrap_or_else(|| parse_quote!(::errtable));
    let variant_count = table.variants.len();
    variants_are_unique(&mut table, errors);
    let generated = matches!(table.origin, Origin::Dsl);
    strip_row_cfgs(&mut table, errors);
    let shape = shape(&table);
    let os_error_codes = os_error_codes_are_for_os_codes(&mut table, &shape, errors);
    let catch_all = catch_all(&table, &shape, errors);
    let mut rows: Vec<checked::Row> = table
        .rows()
        .filter_map(|(variant, row)| check_row(&table, &shape, variant, row, errors))
        .collect();
    table_has_rows(&table, errors);
    shared_numbers_name_a_row(&rows, catch_all.as_ref(), errors);
    numbers_decode_to_one_row(&mut rows, errors);
    names_belong_to_one_row(&mut rows, errors);
    members_belong_to_one_variant(&mut rows, errors);
    rows.retain(
        |row| !matches!(&row.entries, Entries::Members { members, .. } if members.is_empty()),
    );
    let holding = catch_all.as_ref().filter(|catch_all| catch_all.holds_value);
    let rows_and_catch_all = rows.len() + usize::from(holding.is_some());
    let has_other_variants = rows_and_catch_all < variant_count;
    let definition = match generated {
        true => Definition::Generated(generated_enum(
            &mut table,
            &krate,
            &shape,
            catch_all.as_ref(),
        )),
        false => Definition::User,
    };
    checked::Table {
        ident: table.ident,
        vis: table.vis,
        krate,
        cfgs,
        definition,
        shape,
        rows,
        catch_all,
        has_other_variants,
        os_error_codes,
        serde: !table.no_serde,
    }
}

/// `os_error_codes` is an option of a table of OS codes: a protocol's own codes and the
/// canonical rows a group stands for are no platform's error codes.
fn os_error_codes_are_for_os_codes(
    table: &mut written::Table,
    shape: &Shape,
    errors: &mut Errors,
) -> Option<Vec<Platform>> {
    let option = table.os_error_codes.take()?;
    let what = match shape {
        Shape::OsCodes(_) => return Some(option.platforms),
        Shape::OwnCodes => "a table of its own codes (`code:`) has no OS error codes",
        Shape::Group => "a group's OS error codes are the canonical table's",
    };
    errors.push(
        option.span,
        format!("`os_error_codes` is for tables of platform codes: {what}; remove the option"),
    );
    None
}

/// The enum's own `#[cfg]`s (DSL), which the generated impls repeat: written as tokens
/// again, as syn's attributes are not `Clone` here.
fn table_cfgs(table: &written::Table) -> Vec<TokenStream> {
    table
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .map(|attr| quote!(#attr))
        .collect()
}

/// No two variants share a name (`Foo` and `r#Foo` are one). A repeat is reported and
/// left out: the first of each name is the variant.
fn variants_are_unique(table: &mut written::Table, errors: &mut Errors) {
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

/// A row of `error_table!` is not `#[cfg]`'d: the table's codes and names are data of
/// the whole table, so a row cannot come and go with the configuration. The attribute is
/// reported and removed, and the row read as if it were not there. (A derive never sees
/// one: rustc applies `cfg` before it runs.)
fn strip_row_cfgs(table: &mut written::Table, errors: &mut Errors) {
    for variant in &mut table.variants {
        let before = variant.attrs.len();
        for attr in variant.attrs.iter().filter(|attr| is_cfg(attr)) {
            errors.push(attr.path().segments[0].ident.span(), "a row of `error_table!` cannot be `#[cfg]`'d: every platform's codes are data of the whole table; remove the attribute, or declare the table twice under `#[cfg]`, or use `#[derive(ErrorTable)]`, which sees only the variants the configuration keeps");
        }
        variant.attrs.retain(|attr| !is_cfg(attr));
        variant.broken |= variant.attrs.len() < before;
    }
}

/// `#[cfg(…)]`, or a `#[cfg_attr(…)]` that could add one or a marker.
fn is_cfg(attr: &Attribute) -> bool {
    if attr.path().is_ident("cfg") {
        return true;
    }
    let syn::Meta::List(list) = &attr.meta else {
        return false;
    };
    attr.path().is_ident("cfg_attr")
        && list.tokens.clone().into_iter().any(|token| {
            matches!(token, proc_macro2::TokenTree::Ident(ident) if ident == "cfg" || ident == "catch_all")
        })
}

/// What the table is, decided once: a group if a variant lists `rows:`, a table of its
/// own codes if its first code is a `code:`, else of OS codes. Columns of the other
/// sort are reported where they are read (`codes_of`).
fn shape(table: &written::Table) -> Shape {
    shape_and_first_code(table).0
}

/// The shape, and the key and span of the code that decided it, if a code did.
fn shape_and_first_code(table: &written::Table) -> (Shape, Option<(Column, Span)>) {
    if table.rows().any(|(_, row)| row.members.is_some()) {
        return (Shape::Group, None);
    }
    let first = table.rows().find_map(|(_, row)| row.codes.first());
    let first_code = first.map(|code| (code.column, code.column_span));
    if first.is_some_and(|code| code.column == Column::Own) {
        return (Shape::OwnCodes, first_code);
    }
    let used: HashSet<Platform> = table
        .rows()
        .flat_map(|(_, row)| &row.codes)
        .filter_map(|code| match code.column {
            Column::Platform(platform) => Some(platform),
            Column::Own => None,
        })
        .collect();
    let platforms = Platform::ALL
        .iter()
        .copied()
        .filter(|p| used.contains(p))
        .collect();
    (Shape::OsCodes(platforms), first_code)
}

/// The catch-all: the first variant marked so, if it has the field the shape keeps.
fn catch_all(table: &written::Table, shape: &Shape, errors: &mut Errors) -> Option<CatchAll> {
    let mut marked = table
        .variants
        .iter()
        .filter(|variant| matches!(variant.role, Role::CatchAll));
    let first = marked.next()?;
    for other in marked {
        errors.duplicate(
            other.ident.span(),
            first.ident.span(),
            format!(
                "a table has at most one catch-all, and `{}` already is one; make `{}` a row",
                first.ident, other.ident
            ),
        );
    }
    Some(CatchAll {
        ident: first.ident.clone(),
        name: name_of(&first.ident),
        holds_value: catch_all_has_its_field(table, shape, first, errors),
    })
}

/// The type a catch-all holds: the canonical value in a group, the code in a table of
/// its own codes, an `Unlisted` otherwise.
fn kept_type(shape: &Shape) -> &'static str {
    match shape {
        Shape::Group => CANONICAL,
        Shape::OwnCodes => "i32",
        Shape::OsCodes(_) => "Unlisted",
    }
}

/// The DSL's catch-all has no field written (it is implied); the derive's has one
/// unnamed field of the type the shape keeps (known by its last path segment: the macro
/// cannot resolve types).
fn catch_all_has_its_field(
    table: &written::Table,
    shape: &Shape,
    variant: &Variant,
    errors: &mut Errors,
) -> bool {
    let ident = &variant.ident;
    let expected = kept_type(shape);
    let path = if expected == "i32" { "" } else { "errtable::" };
    match (table.origin, &variant.fields) {
        (Origin::Dsl, Fields::Unit) => true,
        (Origin::Dsl, _) => {
            errors.push(
                span_of_fields(variant),
                format!("the catch-all's field is implied; write `{ident}` without `(…)`"),
            );
            // The generated enum gives it the right field anyway.
            true
        }
        (Origin::Derive, Fields::One(ty)) if holds(ty, expected) => true,
        (Origin::Derive, Fields::One(ty)) => {
            let why = match shape {
                Shape::Group => "the canonical value it was decoded from",
                Shape::OwnCodes => "the code no row lists",
                Shape::OsCodes(_) => "the OS error no row lists",
            };
            if !variant.broken && table.rows().next().is_some() {
                errors.push(
                    syn::spanned::Spanned::span(ty),
                    format!("the catch-all of this table holds {why}: write `{ident}({path}{expected})`"),
                );
            }
            false
        }
        (Origin::Derive, _) => {
            errors.push(span_of_fields(variant), format!(
                "the catch-all keeps what no row stands for in one unnamed field: write `{ident}({path}{expected})`"
            ));
            false
        }
    }
}

/// Where the variant's fields are written, or its name if it has none.
fn span_of_fields(variant: &Variant) -> Span {
    match &variant.fields {
        Fields::Other(span) => *span,
        Fields::One(ty) => syn::spanned::Spanned::span(ty),
        Fields::Unit => variant.ident.span(),
    }
}

/// Whether `ty` is `name` by its last path segment (`errtable::Unlisted` is `Unlisted`).
fn holds(ty: &syn::Type, name: &str) -> bool {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == name && segment.arguments.is_none()),
        _ => false,
    }
}

/// A table has at least one row.
fn table_has_rows(table: &written::Table, errors: &mut Errors) {
    if table.rows().next().is_some() {
        return;
    }
    let example = match table.origin {
        Origin::Derive => "`#[errtable(rows: ConnectionRefused)] Refused` to stand for a canonical row, or one with codes of its own, as in `#[errtable(linux: ECONNREFUSED = 111, message: \"Connection refused\")] Refused`",
        Origin::Dsl => "`Refused { linux: ECONNREFUSED = 111, message: \"Connection refused\" }`",
    };
    errors.push(
        table.ident.span(),
        format!(
            "table `{}` has no rows; add one such as {example}",
            table.ident
        ),
    );
}

/// The checked row, or `None` for a variant left out (broken, or with a mistake that
/// leaves nothing sound to generate for it).
fn check_row(
    table: &written::Table,
    shape: &Shape,
    variant: &Variant,
    row: &written::Row,
    errors: &mut Errors,
) -> Option<checked::Row> {
    let ident = &variant.ident;
    let keeps_row = matches!(shape, Shape::Group) && row.members.is_some();
    if !row_has_its_fields(table, variant, keeps_row, errors) | !name_is_free(variant, errors) {
        return None;
    }
    if table.origin == Origin::Dsl && is_empty(row) && !variant.broken {
        errors.push(ident.span(), format!(
            "row `{ident}` has no entries; write `{ident} {{ message: \"…\", … }}`, or mark it `#[catch_all]` to keep unlisted codes"
        ));
        return None;
    }
    let message = message(table, variant, row, errors);
    let description = description(row, errors);
    let entries = match shape {
        Shape::Group => group_entries(variant, row, errors)?,
        Shape::OsCodes(_) | Shape::OwnCodes => Entries::Codes {
            codes: codes_of(table, shape, row, errors),
            kind: kind_of(row, errors).unwrap_or_else(|| Ident::new("Other", ident.span())),
        },
    };
    Some(checked::Row {
        ident: ident.clone(),
        name: name_of(ident),
        message,
        description,
        entries,
    })
}

fn is_empty(row: &written::Row) -> bool {
    row.codes.is_empty() && row.kind.is_none() && row.message.is_none() && row.description.is_none()
}

/// A row is a unit variant: only the catch-all holds a value, and (`may_keep_row`) a
/// group's variant that holds the canonical row it was decoded from, `Retry(OsError)`.
fn row_has_its_fields(
    table: &written::Table,
    variant: &Variant,
    may_keep_row: bool,
    errors: &mut Errors,
) -> bool {
    let ident = &variant.ident;
    let message = match (&variant.fields, table.origin) {
        (Fields::Unit, _) => return true,
        (Fields::One(ty), _) if may_keep_row && holds(ty, CANONICAL) => return true,
        (Fields::One(ty), _) if may_keep_row => {
            errors.push(syn::spanned::Spanned::span(ty), format!(
                "a variant that lists `rows:` holds nothing or the canonical row it was decoded from: write `{ident}(errtable::{CANONICAL})`, or `{ident}` without a field"
            ));
            return false;
        }
        (_, _) if may_keep_row => format!(
            "a variant that lists `rows:` holds nothing or the canonical row it was decoded from, in one unnamed field: write `{ident}(errtable::{CANONICAL})`, or `{ident}` without fields"
        ),
        (_, Origin::Dsl) => format!("a row takes its entries in braces, as in `{ident} {{ message: \"…\" }}`"),
        (_, Origin::Derive) => format!("`{ident}` cannot have fields: a row is a unit variant, and only the catch-all (`#[errtable(catch_all)]`) holds a value"),
    };
    errors.push(span_of_fields(variant), message);
    false
}

/// A row is not named like an associated item the table generates, which its path
/// would hide (`Table::decode` would be the row).
fn name_is_free(variant: &Variant, errors: &mut Errors) -> bool {
    let name = name_of(&variant.ident);
    if !GENERATED_ITEMS.contains(&name.as_str()) {
        return true;
    }
    errors.push(variant.ident.span(), format!(
        "a row cannot be named `{name}`: the table generates `{name}`, and the row would hide it (`Table::{name}` would be the row); rename the row"
    ));
    false
}

/// The message `Display` prints: the `message:` entry, or (derive) the doc comment's
/// first paragraph. Required and not empty; a missing one is repaired as empty.
fn message(
    table: &written::Table,
    variant: &Variant,
    row: &written::Row,
    errors: &mut Errors,
) -> LitStr {
    let ident = &variant.ident;
    let message = row.message.as_ref().or(row.doc.0.as_ref());
    match message {
        Some(message) if !message.value().trim().is_empty() => return copy(message),
        // Whatever broke the row may well have been its message.
        None if variant.broken => {}
        Some(message) => errors.push(message.span(), "the message is empty; write what `Display` should print, as in `message: \"Connection refused\"`"),
        None if table.origin == Origin::Derive => errors.push(
            ident.span(),
            format!("`{ident}` has no message; add a doc comment or `#[errtable(message: \"…\")]`"),
        ),
        None => errors.push(ident.span(), format!("row `{ident}` has no message; add `message: \"…\"`")),
    }
    LitStr::new("", ident.span())
}

/// The longer text: the `description:` entry, or (derive, where the message is the doc
/// comment's first paragraph) the doc comment's later paragraphs. Not empty if given.
fn description(row: &written::Row, errors: &mut Errors) -> Option<LitStr> {
    match (&row.description, &row.message) {
        (Some(description), _) if description.value().trim().is_empty() => {
            errors.push(
                description.span(),
                "the description is empty; write one, or remove `description`",
            );
            None
        }
        (Some(description), _) => Some(copy(description)),
        (None, Some(_)) => None,
        (None, None) => row.doc.1.as_ref().map(copy),
    }
}

/// The row's `kind`, if it names a stable `std::io::ErrorKind`; an unknown one is
/// reported and read as none.
fn kind_of(row: &written::Row, errors: &mut Errors) -> Option<Ident> {
    let kind = row.kind.as_ref()?;
    let name = name_of(kind);
    if ERROR_KINDS.contains(&name.as_str()) {
        return Some(kind.clone());
    }
    let hint = match did_you_mean(&name, ERROR_KINDS) {
        hint if hint.is_empty() => "; use `Other` where no stable kind fits".to_owned(),
        hint => hint,
    };
    errors.push(
        kind.span(),
        format!("`{name}` is not a stable std::io::ErrorKind{hint}"),
    );
    None
}

/// The entries of a variant that stands for canonical rows: it lists them (`rows:`) and
/// has no codes of its own.
fn group_entries(variant: &Variant, row: &written::Row, errors: &mut Errors) -> Option<Entries> {
    let ident = &variant.ident;
    let Some(members) = &row.members else {
        if !variant.broken {
            errors.push(ident.span(), format!(
                "`{ident}` stands for no canonical row; in an enum whose variants group canonical rows, give each variant `#[errtable(rows: …)]`, or make it the catch-all"
            ));
        }
        return None;
    };
    if let Some(code) = row.codes.first() {
        errors.push(code.column_span, format!(
            "`{ident}` stands for canonical rows (`rows: …`), whose codes it takes; remove `{}`, or drop `rows` to give it codes of its own",
            code.column.key()
        ));
    }
    Some(Entries::Members {
        members: members.clone(),
        kind: kind_of(row, errors),
        keeps_row: !matches!(variant.fields, Fields::Unit),
    })
}

/// The row's codes. A table has either OS codes by platform or its own codes under
/// `code`: an entry of the other sort is reported and left out; so is an alias that
/// repeats a name of its entry, or the entry's own name.
fn codes_of(
    table: &written::Table,
    shape: &Shape,
    row: &written::Row,
    errors: &mut Errors,
) -> Vec<checked::Code> {
    let own = matches!(shape, Shape::OwnCodes);
    let mut codes = Vec::new();
    for code in &row.codes {
        if (code.column == Column::Own) != own {
            let first = shape_and_first_code(table).1;
            columns_are_not_mixed(own, code, first, errors);
            continue;
        }
        codes.push(checked::Code {
            column: code.column,
            symbols: symbols_of(code, errors),
            shares_with: code.decodes_to.clone(),
        });
    }
    codes
}

/// An entry's symbols, each name once.
fn symbols_of(code: &written::Code, errors: &mut Errors) -> Vec<checked::Symbol> {
    let primary = code.primary.number.map_or(0, |number| number.value);
    let mut names: HashSet<String> = HashSet::new();
    let mut symbols = Vec::new();
    for (index, symbol) in code.symbols().enumerate() {
        let name = name_of(&symbol.name);
        if !names.insert(name.clone()) {
            errors.push(
                symbol.name.span(),
                format!("`{name}` is already a name of this entry; remove the repeat"),
            );
            continue;
        }
        let shared = index == 0 && code.decodes_to.is_some();
        symbols.push(checked::Symbol {
            name,
            number: symbol.number.map_or(primary, |number| number.value),
            decodes: symbol.number.is_some() && !shared,
            by_name: true,
            name_span: symbol.name.span(),
            number_span: symbol
                .number
                .map_or(symbol.name.span(), |number| number.span),
        });
    }
    symbols
}

/// Reports `code`, an entry of the other sort than the table's first code (`first`).
fn columns_are_not_mixed(
    own: bool,
    code: &written::Code,
    first: Option<(Column, Span)>,
    errors: &mut Errors,
) {
    let (first_column, first_span) = first.unwrap_or((code.column, code.column_span));
    let message = if own {
        format!(
            "`{}` is a platform key, but this table lists its own codes under `code`; a table has either its own codes or OS codes by platform: use `code` here, or make a separate table",
            code.column.key()
        )
    } else {
        format!(
            "`code` is for a table of its own codes, but this table lists OS codes by platform, as `{}`; a table has one or the other: use platform keys here, or make a separate table",
            first_column.key()
        )
    };
    let note = format!("the table's first code, under `{}`", first_column.key());
    errors.push_with_note(code.column_span, message, first_span, note);
}

/// On one column a number decodes to one row: a second name for it is an alias
/// (`| NAME`), and a number two rows share is declared with `=> Row`. The later symbol
/// of a clash is reported and no longer decodes.
fn numbers_decode_to_one_row(rows: &mut [checked::Row], errors: &mut Errors) {
    let mut decoded: HashMap<(Column, i32), (String, String, Span)> = HashMap::new();
    for row in rows.iter_mut() {
        let row_name = row.name.clone();
        for code in codes_mut(row) {
            let column = code.column;
            let primary_name = code
                .symbols
                .first()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            for symbol in code.symbols.iter_mut().filter(|symbol| symbol.decodes) {
                let key = (column, symbol.number);
                if let Some((first_row, first_name, first_span)) = decoded.get(&key) {
                    let earlier = Earlier {
                        row: first_row,
                        name: first_name,
                    };
                    let primary = symbol.name == primary_name;
                    let message = number_clash(
                        &earlier,
                        &row_name,
                        column,
                        &symbol.name,
                        symbol.number,
                        primary,
                    );
                    errors.duplicate(symbol.number_span, *first_span, message);
                    symbol.decodes = false;
                } else {
                    decoded.insert(
                        key,
                        (row_name.clone(), symbol.name.clone(), symbol.number_span),
                    );
                }
            }
        }
    }
}

fn codes_mut(row: &mut checked::Row) -> &mut [checked::Code] {
    match &mut row.entries {
        Entries::Codes { codes, .. } => codes,
        Entries::Members { .. } => &mut [],
    }
}

/// The row and symbol that have a number first.
struct Earlier<'a> {
    row: &'a str,
    name: &'a str,
}

/// What to say about `name` of `row` taking `number`, which `earlier` already has.
fn number_clash(
    earlier: &Earlier,
    row: &str,
    column: Column,
    name: &str,
    number: i32,
    primary: bool,
) -> String {
    let column = column.key();
    let (first_row, first_name) = (earlier.row, earlier.name);
    let head = format!("{number} on {column} is already `{first_name}` of row `{first_row}`");
    if first_row == row {
        format!("{head}; to give it another name, write `{first_name} = {number} | {name}`")
    } else if !primary {
        format!(
            "{head}, and a number decodes to one row: remove `= {number}` from `{name}` here, or move `{name}` to `{first_row}` as `{first_name} = {number} | {name}`"
        )
    } else {
        format!(
            "{head}, and a number decodes to one row: if both rows have it, write `{name} = {number} => {first_row}` here; if `{name}` is another name for it, move it to `{first_row}` as `{first_name} = {number} | {name}`"
        )
    }
}

/// `=> Row` names another row, which decodes the same number on that column.
fn shared_numbers_name_a_row(
    rows: &[checked::Row],
    catch_all: Option<&CatchAll>,
    errors: &mut Errors,
) {
    for row in rows {
        for code in row.codes() {
            let Some(target) = &code.shares_with else {
                continue;
            };
            let number = code.symbols.first().map_or(0, |symbol| symbol.number);
            let target_name = name_of(target);
            match rows.iter().find(|candidate| candidate.name == target_name) {
                None => errors.push(target.span(), no_such_row(rows, catch_all, target)),
                Some(other) if other.name == row.name => errors.push(target.span(), format!(
                    "`=> {target}` names this row itself; remove it: `=> Row` is for a number shared with another row, and names that row"
                )),
                Some(other) if !decodes(other, code.column, number) => {
                    let column = code.column.key();
                    errors.push(target.span(), format!(
                        "`{target}` does not decode {number} on {column}, so there is no number to share; remove `=> {target}`, or give `{target}` `{column}: NAME = {number}`"
                    ));
                }
                Some(_) => {}
            }
        }
    }
}

/// The error for `=> target` where no row has that name.
fn no_such_row(rows: &[checked::Row], catch_all: Option<&CatchAll>, target: &Ident) -> String {
    let name = name_of(target);
    if catch_all.is_some_and(|c| c.name == name) {
        return format!("`{target}` is the catch-all, which decodes the codes no row lists; `=> Row` names a row");
    }
    let hint = did_you_mean(&name, rows.iter().map(|row| row.name.as_str()));
    format!("no row named `{target}` in this table{hint}")
}

fn decodes(row: &checked::Row, column: Column, number: i32) -> bool {
    row.code(column).is_some_and(|code| {
        code.symbols
            .iter()
            .any(|symbol| symbol.decodes && symbol.number == number)
    })
}

/// A name `from_name` finds belongs to one row: a variant's name, or a symbol (which may
/// appear on several platforms of its row). The later symbol of a clash is reported and
/// `from_name` does not find the row by it.
fn names_belong_to_one_row(rows: &mut [checked::Row], errors: &mut Errors) {
    let mut owner: HashMap<String, (String, Span, bool)> = rows
        .iter()
        .map(|row| (row.name.clone(), (row.name.clone(), row.ident.span(), true)))
        .collect();
    for row in rows.iter_mut() {
        let row_name = row.name.clone();
        for code in codes_mut(row) {
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

/// A canonical row is listed by one variant, so that decoding it gives one answer, and
/// the canonical catch-all is no row. A member that breaks this is reported and left
/// out; a variant left with no member is left out too.
fn members_belong_to_one_variant(rows: &mut [checked::Row], errors: &mut Errors) {
    let mut seen: HashMap<String, (Span, String)> = HashMap::new();
    for row in rows.iter_mut() {
        let row_name = row.name.clone();
        let Entries::Members { members, .. } = &mut row.entries else {
            continue;
        };
        members.retain(|member| {
            let name = name_of(member);
            if name == CANONICAL_CATCH_ALL {
                errors.push(member.span(), format!(
                    "`{member}` is the canonical table's catch-all, not a row; to keep what no variant lists, add a variant `#[errtable(catch_all)] Other(errtable::{CANONICAL})`"
                ));
                return false;
            }
            match seen.get(&name) {
                Some((first, first_row)) => {
                    let message = if *first_row == row_name {
                        format!("`{name}` is listed twice in `{first_row}`; keep one")
                    } else {
                        format!("`{name}` is already listed by `{first_row}`; a canonical row belongs to one variant, so that decoding it gives one answer: keep it in one of them")
                    };
                    errors.push_with_note(member.span(), message, *first, "listed here first");
                    false
                }
                None => {
                    seen.insert(name, (member.span(), row_name.clone()));
                    true
                }
            }
        });
    }
}

/// The enum `error_table!` writes: every variant the user wrote once, without the
/// attributes reported above, each with a doc comment.
fn generated_enum(
    table: &mut written::Table,
    krate: &syn::Path,
    shape: &Shape,
    catch_all: Option<&CatchAll>,
) -> GeneratedEnum {
    let messages: HashMap<String, LitStr> = table
        .rows()
        .filter_map(|(variant, row)| Some((name_of(&variant.ident), copy(row.message.as_ref()?))))
        .collect();
    let mut variants = Vec::new();
    for variant in table.variants.iter_mut() {
        let name = name_of(&variant.ident);
        let is_catch_all = catch_all
            .is_some_and(|c| c.ident == variant.ident && matches!(variant.role, Role::CatchAll));
        let field: Option<TokenStream> = is_catch_all.then(|| match shape {
            Shape::OwnCodes => quote!(::core::primitive::i32),
            _ => quote!(#krate::__private::Unlisted),
        });
        let default_doc = match messages.get(&name) {
            Some(message) if !is_catch_all => copy(message),
            _ if is_catch_all => LitStr::new(
                "A code the table does not list, kept as it came.",
                variant.ident.span(),
            ),
            _ => LitStr::new(&name, variant.ident.span()),
        };
        let has_doc = variant.attrs.iter().any(
            |attr| matches!(&attr.meta, syn::Meta::NameValue(value) if value.path.is_ident("doc")),
        );
        variants.push(GeneratedVariant {
            attrs: std::mem::take(&mut variant.attrs),
            ident: variant.ident.clone(),
            default_doc: (!has_doc).then_some(default_doc),
            field,
        });
    }
    GeneratedEnum {
        attrs: std::mem::take(&mut table.attrs),
        default_derives: !table.no_default_derives,
        variants,
    }
}

/// A copy of a string literal (syn's are not `Clone` without a feature this crate does
/// not take).
fn copy(text: &LitStr) -> LitStr {
    LitStr::new(&text.value(), text.span())
}
