//! Each row alone: its fields, message, description, kind, codes or members.

use super::catch_all::span_of_fields;
use super::copy;
use super::names::name_is_free;
use super::shape::{columns_are_not_mixed, shape_and_first_code};
use crate::errors::{did_you_mean, Errors};
use crate::model::checked::{self, Entries, Shape};
use crate::model::written::{self, Fields, Origin, Variant};
use crate::model::{name_of, Column, CANONICAL, ERROR_KINDS, PERSISTENCES, UNDECLARED_PERSISTENCE};
use std::collections::HashSet;
use syn::{Ident, LitStr};

/// A table has at least one row.
pub(super) fn table_has_rows(table: &written::Table, errors: &mut Errors) {
    // A derive sees the enum after `#[cfg]`: every row may be configured out on this
    // target, which is no mistake, and the table of no rows still expands.
    if table.rows().next().is_some() || table.origin == Origin::Derive || table.rows_left_out {
        return;
    }
    let example = "`Refused { linux: ECONNREFUSED = 111, message: \"Connection refused\" }`";
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
pub(super) fn check_row(
    table: &written::Table,
    shape: &Shape,
    variant: &Variant,
    row: &written::Row,
    errors: &mut Errors,
) -> Option<checked::Row> {
    let ident = &variant.ident;
    let keeps_row = matches!(shape, Shape::Group) && row.members.is_some();
    if !row_has_its_fields(table, variant, keeps_row, errors)
        | !name_is_free(variant, shape, errors)
    {
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
        Shape::Group => group_entries(&table.ident, variant, row, errors)?,
        Shape::OsCodes(_) | Shape::OwnCodes => Entries::Codes {
            codes: codes_of(table, shape, row, errors),
            kind: kind_of(row, errors).unwrap_or_else(|| Ident::new("Other", ident.span())),
            persistence: persistence_of(row, errors)
                .unwrap_or_else(|| Ident::new(UNDECLARED_PERSISTENCE, ident.span())),
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

pub(super) fn is_empty(row: &written::Row) -> bool {
    row.codes.is_empty()
        && row.kind.is_none()
        && row.persistence.is_none()
        && row.message.is_none()
        && row.description.is_none()
}

/// A row is a unit variant: only the catch-all holds a value, and (`may_keep_row`) a
/// group's variant that holds the canonical row it was decoded from, `Retry(OsError)`.
pub(super) fn row_has_its_fields(
    table: &written::Table,
    variant: &Variant,
    may_keep_row: bool,
    errors: &mut Errors,
) -> bool {
    let ident = &variant.ident;
    let message = match (&variant.fields, table.origin) {
        (Fields::Unit, _) => return true,
        // Of any type written (`Canon` may be `errtable::OsError` renamed): rustc checks
        // it, once and on the field (`expand`'s `kept_row_fields`).
        (Fields::One(_), _) if may_keep_row => return true,
        (_, _) if may_keep_row => format!(
            "a variant that lists `rows:` holds nothing or the canonical row it was decoded from, in one unnamed field: write `{ident}(errtable::{CANONICAL})`, or `{ident}` without fields"
        ),
        (_, Origin::Dsl) => format!("a row takes its entries in braces, as in `{ident} {{ message: \"…\" }}`"),
        (_, Origin::Derive) => format!("`{ident}` cannot have fields: a row is a unit variant, and only the catch-all (`#[errtable(catch_all)]`) holds a value"),
    };
    // A variant whose attribute did not parse was reported: its fields may well be
    // what that attribute was for.
    if !variant.broken {
        errors.push(span_of_fields(variant), message);
    }
    false
}

/// The message `Display` prints: the `message:` entry, or (derive) the doc comment's
/// first paragraph. Required and not empty; a missing one is repaired as empty.
pub(super) fn message(
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
pub(super) fn description(row: &written::Row, errors: &mut Errors) -> Option<LitStr> {
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
pub(super) fn kind_of(row: &written::Row, errors: &mut Errors) -> Option<Ident> {
    let kind = row.kind.as_ref()?;
    let name = name_of(kind);
    if ERROR_KINDS.contains(&name.as_str()) {
        return Some(kind.clone());
    }
    let hint = match did_you_mean(&name, &ERROR_KINDS) {
        hint if hint.is_empty() => "; use `Other` where no stable kind fits".to_owned(),
        hint => hint,
    };
    errors.push(
        kind.span(),
        format!("`{name}` is not a stable std::io::ErrorKind{hint}"),
    );
    None
}

/// The row's `persistence`, if it names a class of the runtime's `Persistence`; an
/// unknown one is reported and read as none.
pub(super) fn persistence_of(row: &written::Row, errors: &mut Errors) -> Option<Ident> {
    let class = row.persistence.as_ref()?;
    let name = name_of(class);
    if PERSISTENCES.contains(&name.as_str()) {
        return Some(class.clone());
    }
    let hint = match did_you_mean(&name, &PERSISTENCES) {
        hint if hint.is_empty() => format!(
            "; the classes are {}",
            crate::model::comma_list(&PERSISTENCES)
        ),
        hint => hint,
    };
    errors.push(
        class.span(),
        format!("`{name}` is not a persistence class{hint}"),
    );
    None
}

/// The entries of a variant that stands for canonical rows: it lists them (`rows:`) and
/// has no codes of its own.
pub(super) fn group_entries(
    table: &Ident,
    variant: &Variant,
    row: &written::Row,
    errors: &mut Errors,
) -> Option<Entries> {
    let ident = &variant.ident;
    let Some(members) = &row.members else {
        if let (false, Some(code)) = (variant.broken, row.codes.first()) {
            errors.push(code.column_span, format!(
                "`{ident}` has codes of its own, but this enum groups canonical rows (`rows: …`): a group decodes codes through the canonical table, which already gives every code its row, so a code of its own would decode two ways; list the canonical rows `{ident}` stands for with `rows: …`, or put codes of your own in a table of their own (an `error_table!` or a derived enum without `rows:`)"
            ));
        } else if !variant.broken {
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
    // A field of a type rustc rejects (reported there) leaves the variant out.
    let kept_field = match &variant.fields {
        Fields::One(ty) => Some(super::field_type(ty, table)?),
        Fields::Unit | Fields::Other(_) => None,
    };
    Some(Entries::Members {
        members: members.clone(),
        kind: kind_of(row, errors),
        persistence: persistence_of(row, errors),
        kept_field,
    })
}

/// The row's codes. A table has either OS codes by platform or its own codes under
/// `code`: an entry of the other sort is reported and left out; so is an alias that
/// repeats a name of its entry, or the entry's own name.
pub(super) fn codes_of(
    table: &written::Table,
    shape: &Shape,
    row: &written::Row,
    errors: &mut Errors,
) -> Vec<checked::Code> {
    let own = matches!(shape, Shape::OwnCodes);
    let mut codes = Vec::new();
    // The few entries of one row: a list, not another instantiation of `HashSet`.
    let mut entries_seen: Vec<usize> = Vec::new();
    for code in &row.codes {
        if (code.column == Column::Own) != own {
            let first = shape_and_first_code(table).1;
            columns_are_not_mixed(own, code, first, errors);
            continue;
        }
        let first_of_entry = !entries_seen.contains(&code.entry);
        if first_of_entry {
            entries_seen.push(code.entry);
        }
        codes.push(checked::Code {
            column: code.column,
            symbols: symbols_of(code, first_of_entry, errors),
            shares_with: code.shares_with.clone(),
            entry: code.entry,
        });
    }
    codes
}

/// An entry's symbols, each name once; a repeat is reported where `report` (for the
/// first platform of a joined entry, which the others repeat).
pub(super) fn symbols_of(
    code: &written::Code,
    report: bool,
    errors: &mut Errors,
) -> Vec<checked::Symbol> {
    let primary = code.primary.number.map_or(0, |number| number.value);
    let mut names: HashSet<String> = HashSet::new();
    let mut symbols = Vec::new();
    for (index, symbol) in code.symbols().enumerate() {
        let name = name_of(&symbol.name);
        if !names.insert(name.clone()) {
            if !report {
                continue;
            }
            errors.push(
                symbol.name.span(),
                format!("`{name}` is already a name of this entry; remove the repeat"),
            );
            continue;
        }
        let shared = index == 0 && code.shares_with.is_some();
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
