//! Every rule a table must follow, each checked by one function over the model. Errors
//! are collected, never thrown, so that one compile shows every mistake.

use crate::errors::{did_you_mean, Errors};
use crate::model::{Code, Column, Number, Row, Symbol, Table, CANONICAL, CANONICAL_CATCH_ALL};
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
    group_rows_list_members(table, errors);
    group_rows_have_no_codes(table, errors);
    members_belong_to_one_variant(table, errors);
    members_are_rows(table, errors);
    catch_all_holds_its_type(table, errors);
}

/// A table has at least one row.
fn table_has_rows(table: &Table, errors: &mut Errors) {
    let example = if table.user_defined {
        "`#[errtable(rows: ConnectionRefused)] Refused` to stand for a canonical row, or one with codes of its own, as in `#[errtable(linux: ECONNREFUSED = 111, message: \"Connection refused\")] Refused`"
    } else {
        "`Refused { linux: ECONNREFUSED = 111, message: \"Connection refused\" }`"
    };
    if table.rows.is_empty() {
        errors.push(
            table.ident.span(),
            format_args!(
                "table `{}` has no rows; add one such as {example}",
                table.ident
            ),
        );
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
        } else {
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
            let hint = match did_you_mean(&name, ERROR_KINDS) {
                hint if hint.is_empty() => "; use `Other` where no stable kind fits".to_owned(),
                hint => hint,
            };
            errors.push(
                kind.span(),
                format_args!("`{name}` is not a stable std::io::ErrorKind{hint}"),
            );
        }
    }
}

/// A table lists either OS codes by platform or its own codes under `code`, not both.
/// Its first code decides which (as `Table::is_custom` does); the first code of the
/// other sort is the mistake.
fn columns_are_not_mixed(table: &Table, errors: &mut Errors) {
    let mut codes = table.codes().map(|(_, code)| code);
    let Some(first) = codes.next() else {
        return;
    };
    let is_custom = |code: &Code| code.column == Column::Custom;
    let Some(other) = codes.find(|code| is_custom(code) != is_custom(first)) else {
        return;
    };
    let message = if is_custom(first) {
        format!(
            "`{}` is a platform key, but this table lists its own codes under `code`; a table has either its own codes or OS codes by platform: use `code` here, or make a separate table",
            other.column.describe()
        )
    } else {
        format!(
            "`code` is for a table of its own codes, but this table lists OS codes by platform, as `{}`; a table has one or the other: use platform keys here, or make a separate table",
            first.column.describe()
        )
    };
    let note = format_args!(
        "the table's first code, under `{}`",
        first.column.describe()
    );
    errors.push_with_note(other.column_span, message, first.column_span, note);
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
            None => errors.push(target.span(), no_such_row(table, target)),
            Some(other) if other.ident == row.ident => {
                errors.push(target.span(), format_args!(
                    "`=> {target}` names this row itself; remove it: `=> Row` is for a number shared with another row, and names that row"
                ));
            }
            Some(other) if !decodes(other, code.column, number) => {
                let number = number.unwrap_or_default();
                let column = code.column.describe();
                errors.push(target.span(), format_args!(
                    "`{target}` does not decode {number} on {column}, so there is no number to share; remove `=> {target}`, or give `{target}` `{column}: NAME = {number}`"
                ));
            }
            Some(_) => {}
        }
    }
}

/// The error for `=> target` where no row has that name.
fn no_such_row(table: &Table, target: &Ident) -> String {
    if table.catch_all.as_ref().is_some_and(|c| c.ident == *target) {
        return format!("`{target}` is the catch-all, which decodes the codes no row lists; `=> Row` names a row");
    }
    let names: Vec<String> = table.rows.iter().map(|r| r.ident.to_string()).collect();
    let hint = did_you_mean(&target.to_string(), names.iter().map(String::as_str));
    format!("no row named `{target}` in this table{hint}")
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
        for symbol in code.symbols() {
            let Some(number) = symbol.number else {
                continue;
            };
            if symbol.name == code.primary.name && code.decodes_to.is_some() {
                continue;
            }
            match seen.get(&(code.column, number.value)) {
                Some(&(first, first_row, first_name)) => {
                    let earlier = Earlier {
                        row: first_row,
                        name: first_name,
                    };
                    let message = number_clash(&earlier, row, code, symbol, number.value);
                    errors.duplicate(number.span, first.span, message);
                }
                None => {
                    seen.insert(
                        (code.column, number.value),
                        (number, &row.ident, &symbol.name),
                    );
                }
            }
        }
    }
}

/// The row and symbol that have a number first.
struct Earlier<'a> {
    row: &'a Ident,
    name: &'a Ident,
}

/// What to say about `symbol` of `row` taking `number`, which `earlier` already has.
fn number_clash(earlier: &Earlier, row: &Row, code: &Code, symbol: &Symbol, number: i32) -> String {
    let column = code.column.describe();
    let (first_row, first_name, name) = (earlier.row, earlier.name, &symbol.name);
    let head = format!("{number} on {column} is already `{first_name}` of row `{first_row}`");
    if *first_row == row.ident {
        format!("{head}; to give it another name, write `{first_name} = {number} | {name}`")
    } else if symbol.name != code.primary.name {
        format!(
            "{head}, and a number decodes to one row: remove `= {number}` from `{name}` here, or move `{name}` to `{first_row}` as `{first_name} = {number} | {name}`"
        )
    } else {
        format!(
            "{head}, and a number decodes to one row: if both rows have it, write `{name} = {number} => {first_row}` here; if `{name}` is another name for it, move it to `{first_row}` as `{first_name} = {number} | {name}`"
        )
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

/// In an enum whose variants stand for canonical rows, every variant but the catch-all
/// says which.
fn group_rows_list_members(table: &Table, errors: &mut Errors) {
    if !table.is_group() {
        return;
    }
    for row in table.rows.iter().filter(|row| row.members.is_empty()) {
        errors.push(row.ident.span(), format_args!(
            "`{}` stands for no canonical row; in an enum whose variants group canonical rows, give each variant `#[errtable(rows: …)]`, or make it the catch-all",
            row.ident
        ));
    }
}

/// A variant that stands for canonical rows takes their codes; it has none of its own.
fn group_rows_have_no_codes(table: &Table, errors: &mut Errors) {
    for row in table.rows.iter().filter(|row| !row.members.is_empty()) {
        if let Some(code) = row.codes.first() {
            errors.push(code.column_span, format_args!(
                "`{}` stands for canonical rows (`rows: …`), whose codes it takes; remove `{}`, or drop `rows` to give it codes of its own",
                row.ident, code.column.describe()
            ));
        }
    }
}

/// A canonical row is listed by one variant, so that decoding it gives one answer.
fn members_belong_to_one_variant(table: &Table, errors: &mut Errors) {
    let mut seen: HashMap<String, (Span, &Ident)> = HashMap::new();
    for row in &table.rows {
        for member in &row.members {
            let name = member.to_string();
            match seen.get(&name) {
                Some(&(first, first_row)) => {
                    let message = if *first_row == row.ident {
                        format!("`{name}` is listed twice in `{first_row}`; keep one")
                    } else {
                        format!("`{name}` is already listed by `{first_row}`; a canonical row belongs to one variant, so that decoding it gives one answer: keep it in one of them")
                    };
                    errors.push_with_note(member.span(), message, first, "listed here first");
                }
                None => {
                    seen.insert(name, (member.span(), &row.ident));
                }
            }
        }
    }
}

/// The canonical table's catch-all is no row: what no variant lists goes to a catch-all
/// of the enum's own. (rustc checks the other names against the canonical table.)
fn members_are_rows(table: &Table, errors: &mut Errors) {
    let members = table.rows.iter().flat_map(|row| &row.members);
    for member in members.filter(|member| *member == CANONICAL_CATCH_ALL) {
        errors.push(member.span(), format_args!(
            "`{member}` is the canonical table's catch-all, not a row; to keep what no variant lists, add a variant `#[errtable(catch_all)] Other(errtable::{CANONICAL})`"
        ));
    }
}

/// A derived catch-all holds what the table keeps: the canonical value for a group
/// table, the code for a table of its own codes, an `Unlisted` otherwise.
fn catch_all_holds_its_type(table: &Table, errors: &mut Errors) {
    let Some(catch_all) = &table.catch_all else {
        return;
    };
    let Some(field) = &catch_all.field else {
        return;
    };
    if table.rows.is_empty() {
        // Without rows the kind of table is unknown; the missing rows are the mistake.
        return;
    }
    let expected = table.catch_all_type();
    if catch_all.holds(expected) {
        return;
    }
    let why = if table.is_group() {
        "the canonical value it was decoded from"
    } else if table.is_custom() {
        "the code no row lists"
    } else {
        "the OS error no row lists"
    };
    let path = if expected == "i32" {
        String::new()
    } else {
        "errtable::".to_owned()
    };
    errors.push(
        syn::spanned::Spanned::span(field),
        format_args!(
            "the catch-all of this table holds {why}: write `{}({path}{expected})`",
            catch_all.ident
        ),
    );
}
