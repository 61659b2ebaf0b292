//! What the table is (OS codes, own codes, a group), decided once.

use crate::errors::Errors;
use crate::model::checked::Shape;
use crate::model::written::{self, Fields, Role};
use crate::model::CANONICAL;
use crate::model::{Column, Platform};
use proc_macro2::Span;

/// What the table is, decided once: a group if a variant lists `rows:`, a table of its
/// own codes if its first code is a `code:`, else of OS codes. Columns of the other
/// sort are reported where they are read (`codes_of`).
pub(super) fn shape(table: &written::Table) -> Shape {
    shape_and_first_code(table).0
}

/// The shape a derived table's catch-all says by the name of the type it holds, a
/// fallback only where no row says one (every row `#[cfg]`'d out on this target, say):
/// `OsError` for a group, `i32` for a table of its own codes. Rows decide otherwise, and
/// rustc checks the field against the shape they decide.
fn shape_of_catch_all(table: &written::Table) -> Option<Shape> {
    table
        .variants
        .iter()
        .find_map(|variant| match (&variant.role, &variant.fields) {
            (Role::CatchAll(_), Fields::One(ty)) if holds(ty, CANONICAL) => Some(Shape::Group),
            (Role::CatchAll(_), Fields::One(ty)) if holds(ty, "i32") => Some(Shape::OwnCodes),
            _ => None,
        })
}

/// The shape, and the key and span of the code that decided it, if a code did.
pub(super) fn shape_and_first_code(table: &written::Table) -> (Shape, Option<(Column, Span)>) {
    if table.rows().any(|(_, row)| row.members.is_some()) {
        return (Shape::Group, None);
    }
    let first = table.rows().find_map(|(_, row)| row.codes.first());
    if first.is_none() {
        if let Some(shape) = shape_of_catch_all(table) {
            return (shape, None);
        }
    }
    let first_code = first.map(|code| (code.column, code.column_span));
    if first.is_some_and(|code| code.column == Column::Own) {
        return (Shape::OwnCodes, first_code);
    }
    // By `Platform::ALL`'s order, each once: a flag a platform, not a set.
    let mut used = [false; Platform::ALL.len()];
    for (_, row) in table.rows() {
        for code in &row.codes {
            if let Column::Platform(platform) = code.column {
                used[platform as usize] = true;
            }
        }
    }
    let mut platforms = Vec::new();
    for &platform in Platform::ALL {
        if used[platform as usize] {
            platforms.push(platform);
        }
    }
    (Shape::OsCodes(platforms), first_code)
}

/// Reports `code`, an entry of the other sort than the table's first code (`first`).
pub(super) fn columns_are_not_mixed(
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

/// Whether `ty` is named `name` by its last path segment (`errtable::Unlisted` is
/// `Unlisted`): a guess, as the macro cannot resolve types, for where nothing else says.
pub(super) fn holds(ty: &syn::Type, name: &str) -> bool {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == name && segment.arguments.is_none()),
        _ => false,
    }
}
