//! The table options that depend on what the table is.

use crate::errors::Errors;
use crate::model::checked::Shape;
use crate::model::written::{self, Origin};
use crate::model::Platform;

/// `no_default_derives` is an option of `error_table!`, which writes the enum's derives;
/// a derived enum has only those its user wrote. Gives whether to derive the defaults.
pub(super) fn default_derives(table: &written::Table, errors: &mut Errors) -> bool {
    match (table.no_default_derives, table.origin) {
        (None, _) => true,
        (Some(_), Origin::Dsl) => false,
        (Some(span), Origin::Derive) => {
            errors.push(span, "`no_default_derives` is for `error_table!`; a derived enum has only the derives you write on it, so remove this option");
            false
        }
    }
}

/// `os_error_codes` is an option of a table of OS codes: a protocol's own codes and the
/// canonical rows a group stands for are no platform's error codes.
pub(super) fn os_error_codes_are_for_os_codes(
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
