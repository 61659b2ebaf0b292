//! The tables the command decodes with, seen through one shape so that every row of
//! every table is found, printed and written as JSON by the same code.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use errtable::{OsError, Persistence, Platform, ResolveError};

/// A table: its rows and how it decodes a number or a message.
pub struct Table {
    /// What the `--all` listing and the help call it.
    pub title: &'static str,
    pub rows: Vec<Row>,
    /// The index of the row a code decodes to on a platform.
    decode: Box<dyn Fn(Platform, i32) -> Option<usize>>,
    /// The index of the row whose standard message `text` is, for tables whose messages
    /// are printed without a number (getaddrinfo's `gai_strerror`).
    message_row: fn(&str) -> Option<usize>,
    /// The rows of each name, in lower case: every symbol and alias, the row's own name
    /// and its path (`resolveerror::noname`), so a name is looked up once, not per row.
    by_name: HashMap<String, Vec<usize>>,
    /// The rows each code looked up so far decodes to, with the platforms, in
    /// [`Platform::ALL`] order: a log repeats a few codes many times.
    decoded: RefCell<HashMap<i32, Decoded, FastHash>>,
}

/// The platforms on which a code decodes to a row, each with the row's index.
pub type Decoded = Rc<[(Platform, usize)]>;

/// One row, as the output shows it.
pub struct Row {
    /// The key JSON output gives the row's table (`"os"`, `"resolve"`).
    pub table: &'static str,
    /// The table's Rust type, which names the row in text output (`OsError`).
    pub type_name: &'static str,
    pub name: &'static str,
    pub message: &'static str,
    pub description: Option<&'static str>,
    /// The `io::ErrorKind`, as `Debug` prints it; tables without kinds have none.
    pub kind: Option<String>,
    /// Whether, and how, a caller may retry: the row's class.
    pub persistence: Persistence,
    /// Every name with its number, per platform in [`Platform::ALL`] order; the first is
    /// the symbol, the rest aliases (some with numbers of their own).
    pub names: Vec<(Platform, &'static [(&'static str, i32)])>,
    /// Every text systems print for the row, in lower case: its message first.
    pub texts: Vec<String>,
}

/// Every table the command knows, in the order their rows are listed.
pub fn tables() -> Vec<Table> {
    vec![os_errors(), resolve_errors()]
}

/// Where each row is in `all`: a code decodes to a row, the output needs its index.
fn positions<R: Copy + Eq + std::hash::Hash>(all: &[R]) -> HashMap<R, usize, FastHash> {
    all.iter().enumerate().map(|(n, &row)| (row, n)).collect()
}

/// The hash the indexes use: their keys are the tables' own, looked up once per code and
/// platform of a whole log.
pub type FastHash = std::hash::BuildHasherDefault<crate::vocabulary::Fnv>;

/// Which rows have each name, in lower case.
fn index_names(rows: &[Row]) -> HashMap<String, Vec<usize>> {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, row) in rows.iter().enumerate() {
        let symbols = row
            .names
            .iter()
            .flat_map(|(_, names)| names.iter().map(|&(name, _)| name.to_owned()));
        for name in symbols.chain([row.name.to_owned(), row.path()]) {
            let rows = by_name.entry(name.to_ascii_lowercase()).or_default();
            if !rows.contains(&index) {
                rows.push(index);
            }
        }
    }
    by_name
}

/// The same shape for every canonical table, which `error_table!` gives the same API.
macro_rules! rows {
    ($enum:ident, $key:literal) => {
        $enum::ALL
            .iter()
            .map(|row| {
                let names: Vec<_> = Platform::ALL.iter().map(|&p| (p, row.names(p))).collect();
                let symbols = names
                    .iter()
                    .flat_map(|(_, names)| names.iter().map(|&(n, _)| n));
                Row {
                    table: $key,
                    type_name: stringify!($enum),
                    name: row.name(),
                    message: row.message(),
                    description: row.description(),
                    kind: Some(format!("{:?}", row.kind())),
                    persistence: row.persistence(),
                    texts: crate::texts::row_texts(row.message(), symbols),
                    names,
                }
            })
            .collect()
    };
}

fn os_errors() -> Table {
    let rows: Vec<Row> = rows!(OsError, "os");
    Table {
        title: "OS and socket errors: errno, Winsock, Win32 (errtable::OsError)",
        by_name: index_names(&rows),
        rows,
        decode: {
            let index = positions(OsError::ALL);
            Box::new(move |platform, code| index.get(&OsError::from_code(platform, code)?).copied())
        },
        message_row: |_| None,
        decoded: RefCell::default(),
    }
}

fn resolve_errors() -> Table {
    let rows: Vec<Row> = rows!(ResolveError, "resolve");
    Table {
        title: "Name-resolution errors: getaddrinfo's EAI_* (errtable::ResolveError)",
        by_name: index_names(&rows),
        rows,
        decode: {
            let index = positions(ResolveError::ALL);
            Box::new(move |platform, code| {
                index
                    .get(&ResolveError::from_code(platform, code)?)
                    .copied()
            })
        },
        message_row: |text| {
            let row = ResolveError::from_message(text)?;
            ResolveError::ALL.iter().position(|&r| r == row)
        },
        decoded: RefCell::default(),
    }
}

impl Table {
    /// Every platform on which `code` decodes to a row, with the row, in
    /// [`Platform::ALL`] order: [`decode`](Table::decode) on each platform, asked once
    /// per code.
    pub fn decode_everywhere(&self, code: i32) -> Decoded {
        if let Some(rows) = self.decoded.borrow().get(&code) {
            return Rc::clone(rows);
        }
        let rows: Decoded = Platform::ALL
            .iter()
            .filter_map(|&platform| Some((platform, (self.decode)(platform, code)?)))
            .collect();
        self.decoded.borrow_mut().insert(code, Rc::clone(&rows));
        rows
    }

    /// Where `row` is in this table, if it is one of its rows.
    pub fn index_of(&self, row: &Row) -> Option<usize> {
        let start = self.rows.as_ptr() as usize;
        let offset = (row as *const Row as usize).checked_sub(start)?;
        let index = offset / std::mem::size_of::<Row>();
        (index < self.rows.len() && std::ptr::eq(&self.rows[index], row)).then_some(index)
    }

    /// The rows that have `name` (any case) as a symbol, an alias or their own name.
    pub fn rows_named(&self, name: &str) -> impl Iterator<Item = &Row> {
        let indices = self.by_name.get(&name.to_ascii_lowercase());
        indices
            .into_iter()
            .flatten()
            .map(|&index| &self.rows[index])
    }

    /// The row whose standard message is `text`.
    pub fn row_with_message(&self, text: &str) -> Option<&Row> {
        (self.message_row)(text).map(|index| &self.rows[index])
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

    /// `OsError::ConnectionReset`: the row as Rust code names it.
    pub fn path(&self) -> String {
        format!("{}::{}", self.type_name, self.name)
    }

    /// Whether `word` is the row's own name, alone or after its type, in any case.
    pub fn is_named(&self, word: &str) -> bool {
        let own = match word.split_once("::") {
            Some((type_name, name)) if type_name.eq_ignore_ascii_case(self.type_name) => name,
            Some(_) => return false,
            None => word,
        };
        own.eq_ignore_ascii_case(self.name)
    }

    /// The first of the row's texts that `text` (in lower case) starts with, if any.
    pub fn text_at_start(&self, text: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|t| text.starts_with(t.as_str()))
            .map(String::as_str)
    }

    /// The first of the row's texts that `text` (in lower case) ends with, if any.
    pub fn text_at_end(&self, text: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|t| text.ends_with(t.as_str()))
            .map(String::as_str)
    }

    /// Whether `symbol` is one of the row's names on a platform other than Windows (the
    /// errno names other numberings use: `ECONNRESET`, `EAI_NONAME`).
    pub fn has_errno_name(&self, symbol: &str) -> bool {
        self.names
            .iter()
            .filter(|(p, _)| *p != Platform::Windows)
            .any(|(_, names)| names.iter().any(|&(name, _)| name == symbol))
    }

    /// Whether the row has a code on a platform other than Windows.
    pub fn beyond_windows(&self) -> bool {
        self.names
            .iter()
            .any(|(p, names)| *p != Platform::Windows && !names.is_empty())
    }
}
