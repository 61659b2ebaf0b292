//! A table as written: what parsing reads, before any rule about the whole table is
//! checked. Parsing decides only what tokens mean; `validate.rs` checks the rest.

use super::Column;
use proc_macro2::Span;
use syn::{Attribute, Ident, LitStr, Path, Type, Visibility};

/// Which macro the table comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `error_table!`: the expansion writes the enum.
    Dsl,
    /// `#[derive(ErrorTable)]`: the user wrote the enum.
    Derive,
}

pub struct Table {
    pub origin: Origin,
    /// Attributes of the enum to pass through (doc comments included; DSL only).
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// `#[errtable(crate = …)]`, if given and well formed.
    pub krate: Option<Path>,
    /// `#[errtable(no_default_derives)]`, where it was given.
    pub no_default_derives: Option<Span>,
    /// `#[errtable(os_error_codes = …)]`, if given.
    pub os_error_codes: Option<OsErrorCodes>,
    /// `#[errtable(no_serde)]` was given.
    pub no_serde: bool,
    /// The `cfg` predicates of `#[cfg_attr(pred, errtable(no_serde))]` (DSL): no serde
    /// impls where one holds.
    pub no_serde_when: Vec<syn::Meta>,
    /// Every variant, in order.
    pub variants: Vec<Variant>,
    /// A row was left out while parsing, its name unreadable (and reported): the table
    /// is not reported as having no rows.
    pub rows_left_out: bool,
}

/// `os_error_codes = windows | macos`: the platforms whose codes are their OS error codes.
pub struct OsErrorCodes {
    /// The option's name, for errors.
    pub span: Span,
    /// The platforms listed, each once (unknown keys were reported and left out).
    pub platforms: Vec<super::Platform>,
}

pub struct Variant {
    /// Attributes to pass through to the generated enum (DSL only).
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub fields: Fields,
    pub role: Role,
    /// A mistake inside the variant was reported while parsing: validation says nothing
    /// more about it (a missing message, say, would repeat the same mistake) and leaves
    /// it out of the checked table.
    pub broken: bool,
}

/// What follows a variant's name.
pub enum Fields {
    Unit,
    /// One unnamed field, `Variant(Type)`.
    One(Box<Type>),
    /// Any other fields, with their span.
    Other(Span),
}

pub enum Role {
    Row(Row),
    /// Marked as the catch-all.
    CatchAll(CatchAllMarks),
}

/// What marks a catch-all, as written: the marker (more than one if repeated), and
/// entries it was given anyway.
pub struct CatchAllMarks {
    /// Where each `catch_all` marker is written, in order (at least one).
    pub markers: Vec<Span>,
    /// Where its entries start, if it was given any (`{ … }` or `key: value`).
    pub entries: Option<Span>,
}

/// A row's entries as written; each is `None` or empty when not given.
#[derive(Default)]
pub struct Row {
    pub codes: Vec<Code>,
    pub kind: Option<Ident>,
    /// `persistence: Transient`: the class as written (validation checks its name).
    pub persistence: Option<Ident>,
    pub message: Option<LitStr>,
    pub description: Option<LitStr>,
    /// `rows: A | B` (derive): the canonical rows the variant stands for (empty if the
    /// value did not parse).
    pub members: Option<Vec<Ident>>,
    /// The variant's doc comment as message and description (derive), used where the
    /// entries give none.
    pub doc: (Option<LitStr>, Option<LitStr>),
}

/// A row's entry in one code column: `linux: EAGAIN = 11 | EWOULDBLOCK`.
pub struct Code {
    pub column: Column,
    /// Span of the column's key, for errors about the column.
    pub column_span: Span,
    pub primary: Symbol,
    pub aliases: Vec<Symbol>,
    /// `=> Row`: the primary number is shared with that row, which decoding yields.
    pub shares_with: Option<Ident>,
    /// The written entry the code comes from: the codes of one entry with joined keys
    /// (`linux | macos: …`) share it, so that a mistake in it is reported once.
    pub entry: usize,
}

/// A symbolic name with the number it stands for, if it has one of its own (the primary
/// always has one: parsing requires it).
#[derive(Clone)]
pub struct Symbol {
    pub name: Ident,
    pub number: Option<Number>,
}

/// An integer literal that fits `i32`.
#[derive(Clone, Copy)]
pub struct Number {
    pub value: i32,
    pub span: Span,
}

impl Code {
    /// Every symbol of the entry, primary first.
    pub fn symbols(&self) -> impl Iterator<Item = &Symbol> {
        core::iter::once(&self.primary).chain(&self.aliases)
    }
}

impl Table {
    /// Every row, with its variant, broken ones included.
    pub fn rows(&self) -> impl Iterator<Item = (&Variant, &Row)> {
        self.variants
            .iter()
            .filter_map(|variant| match &variant.role {
                Role::Row(row) => Some((variant, row)),
                Role::CatchAll(_) => None,
            })
    }
}
