//! The tables the command decodes with, seen through one shape so that every row of
//! every table is found, printed and written as JSON by the same code.
//!
//! A new table (the resolver's `EAI_*` codes) plugs in as one more entry of [`tables`].

use errtable::{OsError, Platform};

/// A table: its rows and how it decodes a number.
pub struct Table {
    /// What the `--all` listing calls it.
    pub title: &'static str,
    pub rows: Vec<Row>,
    /// The index of the row a code decodes to on a platform.
    decode: fn(Platform, i32) -> Option<usize>,
}

/// One row, as the output shows it.
pub struct Row {
    /// The key JSON output gives the row's table (`"os"`).
    pub table: &'static str,
    pub name: &'static str,
    pub message: &'static str,
    pub description: Option<&'static str>,
    /// The `io::ErrorKind`, as `Debug` prints it; tables without kinds have none.
    pub kind: Option<String>,
    /// Every name with its number, per platform in [`Platform::ALL`] order; the first is
    /// the symbol, the rest aliases (some with numbers of their own).
    pub names: Vec<(Platform, &'static [(&'static str, i32)])>,
}

/// Every table the command knows, in the order their rows are listed.
pub fn tables() -> Vec<Table> {
    vec![os_errors()]
}

fn os_errors() -> Table {
    Table {
        title: "OS and socket errors (errtable::OsError)",
        rows: OsError::ALL.iter().map(|&row| os_row(row)).collect(),
        decode: |platform, code| {
            let row = OsError::from_code(platform, code)?;
            OsError::ALL.iter().position(|&r| r == row)
        },
    }
}

fn os_row(row: OsError) -> Row {
    Row {
        table: "os",
        name: row.name(),
        message: row.message(),
        description: row.description(),
        kind: Some(format!("{:?}", row.kind())),
        names: Platform::ALL.map(|p| (p, row.names(p))).to_vec(),
    }
}

impl Table {
    /// The row `code` decodes to on `platform`.
    pub fn decode(&self, platform: Platform, code: i32) -> Option<&Row> {
        (self.decode)(platform, code).map(|index| &self.rows[index])
    }
}

impl Row {
    /// The names with numbers on `platform` (empty where the row has no code there).
    pub fn names_on(&self, platform: Platform) -> &'static [(&'static str, i32)] {
        self.names
            .iter()
            .find(|(p, _)| *p == platform)
            .map_or(&[], |(_, names)| names)
    }

    /// Whether `word` is a symbol or alias of this row on `platform`, in any case.
    pub fn has_name(&self, platform: Platform, word: &str) -> bool {
        self.names_on(platform)
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case(word))
    }
}
