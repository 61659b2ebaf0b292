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
use entries::{apply_entries, make_a_row, parse_entries, Parsed, RawEntry};
use options::apply_table_options;
use proc_macro2::Span;

/// The error for generic parameters on a table, either macro's.
const NOT_GENERIC: &str =
    "an error table cannot be generic: its rows are constants; remove the parameters";

/// The catch-all's markers on one variant: those written rightly, and those written
/// wrongly (misplaced, malformed or misspelt), each of which was reported where found.
#[derive(Default)]
struct Markers {
    right: Vec<Span>,
    wrong: Vec<Span>,
    /// A wrong one was written among entries: its error says the catch-all takes none.
    among_entries: bool,
}

impl Markers {
    /// Adds the markers written among entries (reported by `parse_entries`).
    fn among(&mut self, parsed: &Parsed) {
        self.wrong.extend(&parsed.markers);
        self.among_entries |= !parsed.markers.is_empty() && !parsed.entries.is_empty();
    }

    /// The variant's marks, if it is the catch-all; `makes_row`: its entries give codes
    /// or rows, `entries`: where they start. Marked rightly, it is (a repeat of the
    /// right marker is validation's to report). Marked only wrongly, it is the
    /// catch-all that was meant unless its entries make it a row, by its first marker
    /// alone: a wrong marker beside a right one, or a second wrong one, is one mistake,
    /// reported once, and never "marked twice".
    fn catch_all(self, makes_row: bool, entries: Option<Span>) -> Option<CatchAllMarks> {
        if !self.right.is_empty() {
            return Some(CatchAllMarks {
                markers: self.right,
                entries,
            });
        }
        let first = *self.wrong.first()?;
        (!makes_row).then(|| CatchAllMarks {
            markers: vec![first],
            entries: entries.filter(|_| !self.among_entries),
        })
    }
}

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
