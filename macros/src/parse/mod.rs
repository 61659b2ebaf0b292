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

use entries::{apply_entries, parse_entries, RawEntry};
use options::apply_table_options;
