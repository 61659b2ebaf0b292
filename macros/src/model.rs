//! The one intermediate model that both entry points produce and expansion consumes.

use proc_macro2::Span;
use syn::{Attribute, Ident, LitStr, Path, Type, Visibility};

/// The runtime's canonical table, whose rows a derived variant can stand for.
pub const CANONICAL: &str = "OsError";

/// The canonical table's catch-all: a variant of it, but no row a variant can stand for.
pub const CANONICAL_CATCH_ALL: &str = "Unlisted";

/// A whole table: one enum.
pub struct Table {
    /// Attributes of the enum to pass through (doc comments included).
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// Path of the runtime crate, `::errtable` unless `crate = …` says otherwise.
    pub krate: Path,
    /// Whether to derive Clone, Copy, PartialEq, Eq, Hash and Debug.
    pub default_derives: bool,
    /// Whether the enum is written by the user (derive) rather than by the expansion.
    pub user_defined: bool,
    pub rows: Vec<Row>,
    pub catch_all: Option<CatchAll>,
}

/// One row: a unit variant with its codes, kind and message.
pub struct Row {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub codes: Vec<Code>,
    pub kind: Option<Ident>,
    pub message: Option<LitStr>,
    pub description: Option<LitStr>,
    /// The canonical rows a derived variant stands for (`rows: A | B`), empty for a row
    /// with codes of its own.
    pub members: Vec<Ident>,
}

/// The variant that keeps what no row lists.
pub struct CatchAll {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// The field type as the user wrote it (derive); the DSL lets expansion pick it.
    pub field: Option<Type>,
}

impl CatchAll {
    /// Whether the field the user wrote is `name`, by its last path segment (`OsError`
    /// for `errtable::OsError`); the macro cannot resolve types.
    pub fn holds(&self, name: &str) -> bool {
        match &self.field {
            Some(Type::Path(path)) => path
                .path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == name && segment.arguments.is_none()),
            _ => false,
        }
    }
}

/// A row's entry in one code column: `linux: EAGAIN = 11 | EWOULDBLOCK`.
pub struct Code {
    pub column: Column,
    /// Span of the column's key, for errors about the column.
    pub column_span: Span,
    pub primary: Symbol,
    pub aliases: Vec<Symbol>,
    /// `=> Row`: the primary number is shared with that row, which decoding yields.
    pub decodes_to: Option<Ident>,
}

/// A symbolic name with the number it stands for, if it has one of its own.
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

/// Which numbering a code belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Platform(Platform),
    /// The single column of a table about a protocol's own codes.
    Custom,
}

/// The platforms of the runtime's `Platform` type, by the DSL's keys.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    Windows,
    Linux,
    LinuxAlpha,
    LinuxMips,
    LinuxParisc,
    LinuxPowerpc,
    LinuxSparc,
    MacOs,
    FreeBsd,
}

impl Platform {
    pub const ALL: [Platform; 9] = [
        Platform::Windows,
        Platform::Linux,
        Platform::LinuxAlpha,
        Platform::LinuxMips,
        Platform::LinuxParisc,
        Platform::LinuxPowerpc,
        Platform::LinuxSparc,
        Platform::MacOs,
        Platform::FreeBsd,
    ];

    /// The key a table writes the platform with.
    pub fn key(self) -> &'static str {
        match self {
            Platform::Windows => "windows",
            Platform::Linux => "linux",
            Platform::LinuxAlpha => "linux_alpha",
            Platform::LinuxMips => "linux_mips",
            Platform::LinuxParisc => "linux_parisc",
            Platform::LinuxPowerpc => "linux_powerpc",
            Platform::LinuxSparc => "linux_sparc",
            Platform::MacOs => "macos",
            Platform::FreeBsd => "freebsd",
        }
    }

    /// The variant name of the runtime's `Platform`.
    pub fn variant(self) -> &'static str {
        match self {
            Platform::Windows => "Windows",
            Platform::Linux => "Linux",
            Platform::LinuxAlpha => "LinuxAlpha",
            Platform::LinuxMips => "LinuxMips",
            Platform::LinuxParisc => "LinuxParisc",
            Platform::LinuxPowerpc => "LinuxPowerpc",
            Platform::LinuxSparc => "LinuxSparc",
            Platform::MacOs => "MacOs",
            Platform::FreeBsd => "FreeBsd",
        }
    }

    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.key() == key)
    }
}

impl Column {
    pub fn describe(self) -> &'static str {
        match self {
            Column::Platform(platform) => platform.key(),
            Column::Custom => "code",
        }
    }
}

impl Row {
    /// A row with no entries yet; the front ends fill it from what the user wrote.
    pub fn new(attrs: Vec<Attribute>, ident: Ident) -> Row {
        Row {
            attrs,
            ident,
            codes: Vec::new(),
            kind: None,
            message: None,
            description: None,
            members: Vec::new(),
        }
    }
}

impl Code {
    /// Every symbol of the entry, primary first.
    pub fn symbols(&self) -> impl Iterator<Item = &Symbol> {
        core::iter::once(&self.primary).chain(&self.aliases)
    }

    /// The numbers decoding maps to this entry's row: the primary unless it is declared
    /// `=>` another row, and every alias with a number of its own.
    pub fn decoded_numbers(&self) -> impl Iterator<Item = Number> + '_ {
        let primary = self.primary.number.filter(|_| self.decodes_to.is_none());
        primary
            .into_iter()
            .chain(self.aliases.iter().filter_map(|alias| alias.number))
    }
}

impl Table {
    /// Whether the table is about a protocol's own codes rather than OS codes.
    /// The first code decides, so that a table mixing both (an error) still expands
    /// the way its first rows read.
    pub fn is_custom(&self) -> bool {
        self.codes()
            .next()
            .is_some_and(|(_, code)| code.column == Column::Custom)
    }

    /// Whether the variants group rows of the canonical table (`rows: …`) rather than
    /// list codes of their own.
    pub fn is_group(&self) -> bool {
        self.rows.iter().any(|row| !row.members.is_empty())
    }

    /// The runtime type a derived catch-all holds: the canonical value for a group table,
    /// the code for a custom one, an `Unlisted` otherwise.
    pub fn catch_all_type(&self) -> &'static str {
        if self.is_group() {
            CANONICAL
        } else if self.is_custom() {
            "i32"
        } else {
            "Unlisted"
        }
    }

    /// Every code entry of every row, with its row.
    pub fn codes(&self) -> impl Iterator<Item = (&Row, &Code)> {
        self.rows
            .iter()
            .flat_map(|row| row.codes.iter().map(move |code| (row, code)))
    }

    /// The platforms some row has a code on, in `Platform` order.
    pub fn platforms(&self) -> Vec<Platform> {
        let used = |p: &Platform| self.codes().any(|(_, c)| c.column == Column::Platform(*p));
        Platform::ALL.into_iter().filter(used).collect()
    }
}
