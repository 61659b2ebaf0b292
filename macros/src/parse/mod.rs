//! Syntax to model. The DSL and the derive differ only here; both read a row's entries
//! (`key: value, …`) and the table options with the shared code of this module.

pub mod derive;
pub mod dsl;
mod entries;
mod options;

pub use entries::{apply_entries, parse_entries, RawEntry};
pub use options::{apply_table_options, default_krate};
