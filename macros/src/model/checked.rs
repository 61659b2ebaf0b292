//! A table every rule holds for: what validation hands expansion.
//!
//! - The table's [`Shape`] is decided once, and every row's [`Entries`] are of that shape.
//! - Every row has a message, and a kind and a persistence that compile.
//! - On each column a number decodes to one row ([`Symbol::decodes`]), and each name
//!   [`Table::from_name`] knows is found once ([`Symbol::by_name`]).
//! - The catch-all, if any, holds the type the shape keeps.
//!
//! A variant that broke a rule it could not be repaired from is left out of `rows` and is
//! no catch-all; `has_other_variants` then tells expansion to end every match on the enum
//! with a wildcard, so that the output still compiles next to the reported error.

use super::{Column, Platform};
use proc_macro2::Span;
use syn::{Attribute, Ident, LitStr, Path, Visibility};

pub struct Table {
    pub ident: Ident,
    pub vis: Visibility,
    /// The runtime crate's path.
    pub krate: Path,
    pub definition: Definition,
    pub shape: Shape,
    pub rows: Vec<Row>,
    pub catch_all: Option<CatchAll>,
    /// Some variant of the enum is neither in `rows` nor the catch-all (after an error).
    pub has_other_variants: bool,
    /// `OsCodes`: the platforms whose codes are their OS error codes (`raw_os_error`,
    /// `io::Error`), `None` for every platform. Always `None` for the other shapes.
    pub os_error_codes: Option<Vec<Platform>>,
    /// When to implement `Serialize` and `Deserialize` (with the runtime's `serde`
    /// feature, which the runtime's `serde_only!` decides): both or neither, as the two
    /// are one format (a binary format reads back only what the same pair writes).
    pub serde: SerdeImpl,
}

/// When the serde impls are generated: never where `off` (`#[errtable(no_serde)]`, or
/// the DSL's enum derives a serde trait itself), else but under any of the `cfg`
/// predicates `off_when` (the same under `cfg_attr`).
#[derive(Clone, Default)]
pub struct SerdeImpl {
    pub off: bool,
    pub off_when: Vec<proc_macro2::TokenStream>,
}

/// Who writes the enum.
pub enum Definition {
    /// `error_table!`: the expansion does.
    Generated(GeneratedEnum),
    /// `#[derive(ErrorTable)]`: the user did.
    User,
}

pub struct GeneratedEnum {
    /// The enum's attributes, doc comments included.
    pub attrs: Vec<Attribute>,
    /// Whether to derive Clone, Copy, PartialEq, Eq, Hash and Debug.
    pub default_derives: bool,
    /// Every variant the user wrote, in order, rows left out of `rows` included, so that
    /// the user's code that names them still compiles.
    pub variants: Vec<GeneratedVariant>,
}

pub struct GeneratedVariant {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// The user wrote a doc comment (else the expansion writes one).
    pub documented: bool,
    /// The variant is the catch-all, whose field the expansion writes.
    pub is_catch_all: bool,
}

/// What the table's rows are, decided once for the whole table.
#[derive(Clone, Debug)]
pub enum Shape {
    /// OS codes by platform; the platforms some row has a code on, in `Platform` order.
    OsCodes(Vec<Platform>),
    /// A protocol's own codes, in the one column `code`.
    OwnCodes,
    /// Groups of the canonical table's rows (derive only).
    Group,
}

pub struct Row {
    pub ident: Ident,
    /// The variant's name without `r#`.
    pub name: String,
    pub message: LitStr,
    pub description: Option<LitStr>,
    pub entries: Entries,
}

/// A row's data, of the table's shape.
pub enum Entries {
    /// `OsCodes` and `OwnCodes`: at most one entry a column, the row's kind and its
    /// persistence (a class of the runtime's `Persistence`; `Unknown` where the row
    /// declares none).
    Codes {
        codes: Vec<Code>,
        kind: Ident,
        persistence: Ident,
    },
    /// `Group`: the canonical rows the variant stands for (at least one), and the kind
    /// and the persistence if the variant gives its own (else the kind its rows share,
    /// or `Other`; the persistence its rows share, which the compiler checks, as only
    /// the canonical table knows its rows' classes; for a variant that keeps its row,
    /// that row's). `kept_field`: the variant is `Retry(OsError)`, which holds the row it
    /// was decoded from, and this is its field's type as written (`Canon`, an alias): the
    /// macro cannot resolve it, so rustc checks it, where `expand` reads and builds the
    /// field. Else it is a unit variant.
    Members {
        members: Vec<Ident>,
        kind: Option<Ident>,
        persistence: Option<Ident>,
        kept_field: Option<proc_macro2::TokenStream>,
    },
}

pub struct Code {
    pub column: Column,
    /// Primary first.
    pub symbols: Vec<Symbol>,
    /// `=> Row`, checked: the row that decodes the primary's number instead.
    pub shares_with: Option<Ident>,
    /// The written entry the code comes from (shared by joined keys), so that a rule
    /// reports a mistake in an entry once, not once per platform.
    pub entry: usize,
}

pub struct Symbol {
    /// The name, without `r#`.
    pub name: String,
    /// Its number (an alias without one of its own has the primary's).
    pub number: i32,
    /// Decoding `number` on the column gives this row.
    pub decodes: bool,
    /// `from_name` finds the row by this symbol (false for a repeat of a name the row
    /// already has).
    pub by_name: bool,
    /// Where the name and the number are written, for errors.
    pub name_span: Span,
    pub number_span: Span,
}

pub struct CatchAll {
    pub ident: Ident,
    /// The variant's name without `r#`.
    pub name: String,
    /// Its field is the type the shape keeps. If not (reported), no arm reads it and the
    /// matches on the enum end with a wildcard (`has_other_variants`).
    pub holds_value: bool,
    /// The type a derive's catch-all writes for its field (the DSL's is implied). The
    /// macro cannot resolve types: rustc checks it against the kept type, in one place
    /// spanned on it, and every read or build of the field goes through that place.
    pub field: Option<proc_macro2::TokenStream>,
}

impl Table {
    /// The columns the table uses.
    pub fn columns(&self) -> Vec<Column> {
        match &self.shape {
            Shape::OsCodes(platforms) => {
                let mut columns = Vec::with_capacity(platforms.len());
                for &platform in platforms {
                    columns.push(Column::Platform(platform));
                }
                columns
            }
            Shape::OwnCodes => vec![Column::Own],
            Shape::Group => Vec::new(),
        }
    }
}

impl Row {
    /// The row's codes, or none for a group.
    pub fn codes(&self) -> &[Code] {
        match &self.entries {
            Entries::Codes { codes, .. } => codes,
            Entries::Members { .. } => &[],
        }
    }

    /// The row's codes, to change them (none for a group).
    pub fn codes_mut(&mut self) -> &mut [Code] {
        match &mut self.entries {
            Entries::Codes { codes, .. } => codes,
            Entries::Members { .. } => &mut [],
        }
    }

    /// A group's variant that holds the canonical row it was decoded from
    /// (`Retry(OsError)`), which is no unit variant.
    pub fn keeps_row(&self) -> bool {
        self.kept_field().is_some()
    }

    /// The field's type as written, for a group's variant that keeps its row.
    pub fn kept_field(&self) -> Option<&proc_macro2::TokenStream> {
        match &self.entries {
            Entries::Members { kept_field, .. } => kept_field.as_ref(),
            Entries::Codes { .. } => None,
        }
    }

    /// The row's entry in `column`, if it has one.
    pub fn code(&self, column: Column) -> Option<&Code> {
        self.codes().iter().find(|code| code.column == column)
    }
}
