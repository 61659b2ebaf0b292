//! Every rule a table must follow, each checked by one function over the model. Errors
//! are collected, never thrown, so that one compile shows every mistake.

use crate::errors::{did_you_mean, Errors};
use crate::model::{Column, Number, Row, Table};
use proc_macro2::Span;
use std::collections::HashMap;
use syn::Ident;

/// The stable `std::io::ErrorKind` variants a row may name.
pub const ERROR_KINDS: [&str; 39] = [
    "NotFound",
    "PermissionDenied",
    "ConnectionRefused",
    "ConnectionReset",
    "HostUnreachable",
    "NetworkUnreachable",
    "ConnectionAborted",
    "NotConnected",
    "AddrInUse",
    "AddrNotAvailable",
    "NetworkDown",
    "BrokenPipe",
    "AlreadyExists",
    "WouldBlock",
    "NotADirectory",
    "IsADirectory",
    "DirectoryNotEmpty",
    "ReadOnlyFilesystem",
    "StaleNetworkFileHandle",
    "InvalidInput",
    "InvalidData",
    "TimedOut",
    "WriteZero",
    "StorageFull",
    "NotSeekable",
    "QuotaExceeded",
    "FileTooLarge",
    "ResourceBusy",
    "ExecutableFileBusy",
    "Deadlock",
    "CrossesDevices",
    "TooManyLinks",
    "InvalidFilename",
    "ArgumentListTooLong",
    "Interrupted",
    "Unsupported",
    "UnexpectedEof",
    "OutOfMemory",
    "Other",
];

/// Checks every rule, adding what is broken to `errors`.
pub fn check(table: &Table, errors: &mut Errors) {
    table_has_rows(table, errors);
    variants_are_unique(table, errors);
    rows_have_messages(table, errors);
    kinds_are_known(table, errors);
    columns_are_not_mixed(table, errors);
    shared_numbers_name_a_row(table, errors);
    numbers_are_unique_per_column(table, errors);
    symbols_belong_to_one_row(table, errors);
}

/// A table has at least one row.
fn table_has_rows(table: &Table, errors: &mut Errors) {
    if table.rows.is_empty() {
        errors.push(table.ident.span(), format_args!(
            "table `{}` has no rows; add one such as `Refused {{ linux: ECONNREFUSED = 111, message: \"Connection refused\" }}`",
            table.ident
        ));
    }
}

/// No two variants share a name.
fn variants_are_unique(table: &Table, errors: &mut Errors) {
    let catch_all = table.catch_all.iter().map(|c| &c.ident);
    let mut seen: HashMap<String, Span> = HashMap::new();
    for ident in table.rows.iter().map(|row| &row.ident).chain(catch_all) {
        if let Some(first) = seen.insert(ident.to_string(), ident.span()) {
            errors.duplicate(
                ident.span(),
                first,
                format_args!("`{ident}` is defined twice; rename one of the rows"),
            );
        }
    }
}

/// Every row says what Display prints.
fn rows_have_messages(table: &Table, errors: &mut Errors) {
    for row in table.rows.iter().filter(|row| row.message.is_none()) {
        if table.user_defined {
            errors.push(
                row.ident.span(),
                format_args!(
                    "`{}` has no message; add a doc comment or `#[errtable(message: \"…\")]`",
                    row.ident
                ),
            );
        } else if !row.codes.is_empty() || row.kind.is_some() || row.description.is_some() {
            errors.push(
                row.ident.span(),
                format_args!("row `{}` has no message; add `message: \"…\"`", row.ident),
            );
        }
    }
}

/// Every `kind` is a stable `std::io::ErrorKind` variant.
fn kinds_are_known(table: &Table, errors: &mut Errors) {
    for kind in table.rows.iter().filter_map(|row| row.kind.as_ref()) {
        let name = kind.to_string();
        if !ERROR_KINDS.contains(&name.as_str()) {
            let hint = did_you_mean(&name, ERROR_KINDS);
            errors.push(kind.span(), format_args!(
                "`{name}` is not a stable std::io::ErrorKind{hint}\n  = help: use `Other` where no specific kind fits"
            ));
        }
    }
}

/// A table lists either OS codes by platform or its own codes under `code`, not both.
fn columns_are_not_mixed(table: &Table, errors: &mut Errors) {
    let custom = table
        .codes()
        .find(|(_, code)| code.column == Column::Custom);
    let platform = table
        .codes()
        .find(|(_, code)| code.column != Column::Custom);
    if let (Some((_, custom)), Some((_, platform))) = (custom, platform) {
        errors.duplicate(custom.column_span, platform.column_span, format_args!(
            "`code` lists a table's own codes and cannot be mixed with platform keys such as `{}`; use one or the other",
            platform.column.describe()
        ));
    }
}

/// `=> Row` names another row that has the same number in that column.
fn shared_numbers_name_a_row(table: &Table, errors: &mut Errors) {
    for (row, code) in table.codes() {
        let Some(target) = &code.decodes_to else {
            continue;
        };
        let number = code.primary.number.map(|n| n.value);
        match table
            .rows
            .iter()
            .find(|candidate| candidate.ident == *target)
        {
            None => {
                let hint = did_you_mean(
                    &target.to_string(),
                    table
                        .rows
                        .iter()
                        .map(|r| r.ident.to_string())
                        .collect::<Vec<_>>()
                        .iter()
                        .map(String::as_str),
                );
                errors.push(
                    target.span(),
                    format_args!("no row named `{target}` in this table{hint}"),
                );
            }
            Some(other) if other.ident == row.ident => {
                errors.push(target.span(), "`=> Row` names the row a shared number decodes to; it cannot be the row itself");
            }
            Some(other) if !decodes(other, code.column, number) => {
                errors.push(target.span(), format_args!(
                    "`{target}` does not decode {} on {}; `=> {target}` is for a number both rows have",
                    number.unwrap_or_default(), code.column.describe()
                ));
            }
            Some(_) => {}
        }
    }
}

fn decodes(row: &Row, column: Column, number: Option<i32>) -> bool {
    row.codes
        .iter()
        .filter(|code| code.column == column)
        .flat_map(|code| code.decoded_numbers())
        .any(|decoded| Some(decoded.value) == number)
}

/// On one platform a number decodes to one row: a second name for it is an alias
/// (`| NAME`), and a number two rows share is declared with `=> Row`.
fn numbers_are_unique_per_column(table: &Table, errors: &mut Errors) {
    let mut seen: HashMap<(Column, i32), (Number, &Ident, &Ident)> = HashMap::new();
    for (row, code) in table.codes() {
        let numbered = code
            .symbols()
            .filter_map(|symbol| Some((symbol, symbol.number?)));
        for (symbol, number) in numbered {
            if symbol.name == code.primary.name && code.decodes_to.is_some() {
                continue;
            }
            match seen.get(&(code.column, number.value)) {
                Some(&(first, first_row, first_name)) => errors.duplicate(number.span, first.span, format_args!(
                    "{} is already `{first_name}` of row `{first_row}` on {}; on one platform a number decodes to one row: make `{}` an alias there (`{first_name} = {} | {}`), or keep it here and add `=> {first_row}` to say which row decoding gives",
                    number.value, code.column.describe(), symbol.name, number.value, symbol.name
                )),
                None => {
                    seen.insert((code.column, number.value), (number, &row.ident, &symbol.name));
                }
            }
        }
    }
}

/// A symbolic name belongs to one row (it may appear on several platforms of that row).
fn symbols_belong_to_one_row(table: &Table, errors: &mut Errors) {
    let mut seen: HashMap<String, (Span, &Ident)> = HashMap::new();
    for (row, code) in table.codes() {
        for symbol in code.symbols() {
            let name = symbol.name.to_string();
            match seen.get(&name) {
                Some(&(first, first_row)) if *first_row != row.ident => errors.duplicate(symbol.name.span(), first, format_args!(
                    "`{name}` already names row `{first_row}`; a symbolic name belongs to one row, so move it there or rename it"
                )),
                Some(_) => {}
                None => {
                    seen.insert(name, (symbol.name.span(), &row.ident));
                }
            }
        }
    }
}
