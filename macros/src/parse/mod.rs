//! Syntax to the written model (`model::written`). The DSL and the derive differ only
//! here; both read a row's entries (`key: value, …`) and the table options with the
//! shared code of this module.
//!
//! Parsing decides what tokens mean and reports tokens that mean nothing (an unknown
//! key, a value of the wrong form, a key given twice in one row); every rule about what
//! the entries say, alone or together, is `validate.rs`'s. After a mistake parsing goes
//! on at the next entry, row or variant, so that one compile shows every mistake.

pub mod derive;
pub mod dsl;
mod entries;
mod options;

use crate::model::written::{CatchAllMarks, Role, Variant};
use entries::{apply_entries, parse_entries, RawEntry};
use options::apply_table_options;
use proc_macro2::Span;

/// The error for generic parameters on a table, either macro's.
const NOT_GENERIC: &str =
    "an error table cannot be generic: its rows are constants; remove the parameters";

/// After `catch_all` was written on the enum (and reported there, `at`): the one
/// variant with nothing in it, if there is exactly one, is read as the catch-all it was
/// meant to mark, so that the mistake is not reported again as an empty row or a row
/// with a field. With no such variant, or several, nothing is guessed.
fn adopt_catch_all_marked_on_the_enum(variants: &mut [Variant], at: Span) {
    if variants
        .iter()
        .any(|variant| matches!(variant.role, Role::CatchAll(_)))
    {
        return;
    }
    let mut empty = variants.iter_mut().filter(|variant| match &variant.role {
        Role::Row(row) => {
            row.codes.is_empty()
                && row.members.is_none()
                && row.kind.is_none()
                && row.persistence.is_none()
                && row.message.is_none()
                && row.description.is_none()
        }
        Role::CatchAll(_) => false,
    });
    if let (Some(variant), None) = (empty.next(), empty.next()) {
        variant.role = Role::CatchAll(CatchAllMarks {
            markers: vec![at],
            entries: None,
        });
    }
}
