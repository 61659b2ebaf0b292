//! Numbers: each decodes to one row on its column, and `=> Row` names a row that decodes it.

use crate::errors::{did_you_mean, Errors};
use crate::model::checked::{self, CatchAll};
use crate::model::{name_of, Column};
use proc_macro2::Span;
use std::collections::{HashMap, HashSet};
use syn::Ident;

/// On one column a number decodes to one row: a second name for it is an alias
/// (`| NAME`), and a number two rows share is declared with `=> Row`. The later symbol
/// of a clash is reported and no longer decodes.
pub(super) fn numbers_decode_to_one_row(rows: &mut [checked::Row], errors: &mut Errors) {
    let mut decoded: HashMap<(Column, i32), (String, String, Span)> = HashMap::new();
    // A clash of a joined entry (`linux | linux_powerpc: E = 5`) is one mistake.
    let mut reported: HashSet<(String, usize, String, String)> = HashSet::new();
    for row in rows.iter_mut() {
        let row_name = row.name.clone();
        for code in row.codes_mut() {
            let column = code.column;
            let primary_name = code
                .symbols
                .first()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            for symbol in code.symbols.iter_mut().filter(|symbol| symbol.decodes) {
                let key = (column, symbol.number);
                if let Some((first_row, first_name, first_span)) = decoded.get(&key) {
                    symbol.decodes = false;
                    let clash = (
                        row_name.clone(),
                        code.entry,
                        symbol.name.clone(),
                        first_row.clone(),
                    );
                    if !reported.insert(clash) {
                        continue;
                    }
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

/// The row and symbol that have a number first.
pub(super) struct Earlier<'a> {
    row: &'a str,
    name: &'a str,
}

/// What to say about `name` of `row` taking `number`, which `earlier` already has.
pub(super) fn number_clash(
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
pub(super) fn shared_numbers_name_a_row(
    rows: &[checked::Row],
    catch_all: Option<&CatchAll>,
    errors: &mut Errors,
) {
    // Each written `=> Row` is reported once, however many platforms its entry joins.
    // Of the few `=> Row`s: a list, not another instantiation of `HashSet`.
    let mut reported: Vec<(&str, usize)> = Vec::new();
    for row in rows {
        for code in row.codes() {
            let Some(target) = &code.shares_with else {
                continue;
            };
            let number = code.symbols.first().map_or(0, |symbol| symbol.number);
            let target_name = name_of(target);
            let message = match rows.iter().find(|candidate| candidate.name == target_name) {
                None => no_such_row(rows, catch_all, target),
                Some(other) if other.name == row.name => format!(
                    "`=> {target}` names this row itself; remove it: `=> Row` is for a number shared with another row, and names that row"
                ),
                Some(other) if !decodes(other, code.column, number) => {
                    let column = code.column.key();
                    format!(
                        "`{target}` does not decode {number} on {column}, so there is no number to share; remove `=> {target}`, or give `{target}` `{column}: NAME = {number}`"
                    )
                }
                Some(_) => continue,
            };
            if !reported.contains(&(row.name.as_str(), code.entry)) {
                reported.push((row.name.as_str(), code.entry));
                errors.push(target.span(), message);
            }
        }
    }
}

/// The error for `=> target` where no row has that name.
pub(super) fn no_such_row(
    rows: &[checked::Row],
    catch_all: Option<&CatchAll>,
    target: &Ident,
) -> String {
    let name = name_of(target);
    if catch_all.is_some_and(|c| c.name == name) {
        return format!("`{target}` is the catch-all, which decodes the codes no row lists; `=> Row` names a row");
    }
    let mut names = Vec::with_capacity(rows.len());
    for row in rows {
        names.push(row.name.as_str());
    }
    let hint = did_you_mean(&name, &names);
    format!("no row named `{target}` in this table{hint}")
}

pub(super) fn decodes(row: &checked::Row, column: Column, number: i32) -> bool {
    row.code(column).is_some_and(|code| {
        code.symbols
            .iter()
            .any(|symbol| symbol.decodes && symbol.number == number)
    })
}
