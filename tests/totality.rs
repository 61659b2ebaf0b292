//! Decoding is total and agrees with the table as written.
//!
//! For every table (the canonical `OsError` and the test tables of `common`), every
//! platform and every sampled `i32`: nothing panics; `from_code` gives the row whose
//! entry on that platform has the number (as its primary, unless declared `=> Row`, or
//! as an alias's own number) and `None` otherwise; `decode` gives that row or keeps the
//! code losslessly in the catch-all; `translate` goes through that row; `code`, `symbol`
//! and `aliases` are the entry's. The expectations come from reading the tables' source
//! text here, not from the macro, so the two are independent.
//!
//! `cargo test --test totality` samples -1000..=20000, every listed number and its
//! neighbours, the extremes and 100,000 random codes. The whole `i32` range:
//! `cargo test --release --test totality -- --ignored`.

mod common;

use common::{NetError, ProtoError};
use errtable::{OsError, Platform, Unlisted};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Debug;

/// A numbering: one platform of an OS table, or the single column of a table of its own
/// codes.
type Column = Option<Platform>;

/// What the tests need of a generated table; implemented below for each table by
/// forwarding to its generated API.
trait Table: Copy + Eq + Debug + Send + Sync + 'static {
    /// The enum's name in its source file.
    const NAME: &'static str;
    /// The columns a code can be decoded in.
    const COLUMNS: &'static [Column];
    fn all() -> &'static [Self];
    fn name(self) -> &'static str;
    fn from_code(column: Column, code: i32) -> Option<Self>;
    fn decode(column: Column, code: i32) -> Self;
    /// What `decode` keeps of a code no row lists.
    fn unlisted(column: Column, code: i32) -> Self;
    fn code(self, column: Column) -> Option<i32>;
    fn symbol(self, column: Column) -> Option<&'static str>;
    fn aliases(self, column: Column) -> &'static [&'static str];
    fn translate(code: i32, from: Column, to: Column) -> Option<i32>;
}

fn platform(column: Column) -> Platform {
    column.expect("an OS table has a platform in every column")
}

const PLATFORMS: [Column; Platform::ALL.len()] = {
    let mut columns = [None; Platform::ALL.len()];
    let mut i = 0;
    while i < Platform::ALL.len() {
        columns[i] = Some(Platform::ALL[i]);
        i += 1;
    }
    columns
};

macro_rules! os_table {
    ($table:ident, $catch_all:ident) => {
        impl Table for $table {
            const NAME: &'static str = stringify!($table);
            const COLUMNS: &'static [Column] = &PLATFORMS;
            fn all() -> &'static [Self] {
                $table::ALL
            }
            fn name(self) -> &'static str {
                $table::name(&self)
            }
            fn from_code(column: Column, code: i32) -> Option<Self> {
                $table::from_code(platform(column), code)
            }
            fn decode(column: Column, code: i32) -> Self {
                $table::decode(platform(column), code)
            }
            fn unlisted(column: Column, code: i32) -> Self {
                let platform = platform(column);
                $table::$catch_all(Unlisted::Code { platform, code })
            }
            fn code(self, column: Column) -> Option<i32> {
                $table::code(&self, platform(column))
            }
            fn symbol(self, column: Column) -> Option<&'static str> {
                $table::symbol(&self, platform(column))
            }
            fn aliases(self, column: Column) -> &'static [&'static str] {
                $table::aliases(&self, platform(column))
            }
            fn translate(code: i32, from: Column, to: Column) -> Option<i32> {
                $table::translate(code, platform(from), platform(to))
            }
        }
    };
}

os_table!(OsError, Unlisted);
os_table!(NetError, Unlisted);

impl Table for ProtoError {
    const NAME: &'static str = "ProtoError";
    const COLUMNS: &'static [Column] = &[None];
    fn all() -> &'static [Self] {
        ProtoError::ALL
    }
    fn name(self) -> &'static str {
        ProtoError::name(&self)
    }
    fn from_code(_: Column, code: i32) -> Option<Self> {
        ProtoError::from_code(code)
    }
    fn decode(_: Column, code: i32) -> Self {
        ProtoError::decode(code)
    }
    fn unlisted(_: Column, code: i32) -> Self {
        ProtoError::Unknown(code)
    }
    fn code(self, _: Column) -> Option<i32> {
        ProtoError::code(&self)
    }
    fn symbol(self, _: Column) -> Option<&'static str> {
        ProtoError::symbol(&self)
    }
    fn aliases(self, _: Column) -> &'static [&'static str] {
        ProtoError::aliases(&self)
    }
    fn translate(code: i32, _: Column, _: Column) -> Option<i32> {
        // One column: translating is decoding and reading the code back.
        ProtoError::from_code(code).and_then(|row| ProtoError::code(&row))
    }
}

// ---------------------------------------------------------------------------------
// The tables as their source writes them.

/// One entry of a row in one column: `EAGAIN = 11 | EWOULDBLOCK | EDEADLOCK = 58 => Row`.
#[derive(Debug, Default)]
struct Entry {
    symbol: String,
    number: i32,
    aliases: Vec<(String, Option<i32>)>,
    shared_with: Option<String>,
}

impl Entry {
    /// The numbers decoding maps to this entry's row.
    fn decoded(&self) -> impl Iterator<Item = i32> + '_ {
        let primary = Some(self.number).filter(|_| self.shared_with.is_none());
        primary
            .into_iter()
            .chain(self.aliases.iter().filter_map(|(_, number)| *number))
    }
}

/// A table read from its source: its rows in order, each with its entries by column.
struct Source {
    rows: Vec<(String, HashMap<Column, Entry>)>,
    /// Which row each `(column, number)` decodes to.
    decodes: HashMap<(Column, i32), String>,
}

impl Source {
    /// Reads the `error_table!` of enum `name` in `text`.
    fn read(text: &str, name: &str) -> Source {
        let tokens: TokenStream = text.parse().expect("the source tokenizes");
        let body = find_enum(tokens, name).unwrap_or_else(|| panic!("no table `{name}`"));
        let rows = read_rows(body);
        let mut decodes = HashMap::new();
        for (row, entries) in &rows {
            for (column, entry) in entries {
                for number in entry.decoded() {
                    let clash = decodes.insert((*column, number), row.clone());
                    assert!(clash.is_none(), "{name}: {number} on {column:?} twice");
                }
            }
        }
        Source { rows, decodes }
    }

    fn entry(&self, row: &str, column: Column) -> Option<&Entry> {
        let (_, entries) = self.rows.iter().find(|(name, _)| name == row)?;
        entries.get(&column)
    }

    fn expected(&self, column: Column, code: i32) -> Option<&str> {
        self.decodes.get(&(column, code)).map(String::as_str)
    }

    /// Every number some column lists, with its neighbours.
    fn numbers_and_neighbours(&self) -> BTreeSet<i32> {
        self.rows
            .iter()
            .flat_map(|(_, entries)| entries.values())
            .flat_map(|entry| {
                let aliases = entry.aliases.iter().filter_map(|(_, n)| *n);
                std::iter::once(entry.number).chain(aliases)
            })
            .flat_map(|n| [n.checked_sub(1), Some(n), n.checked_add(1)])
            .flatten()
            .collect()
    }
}

/// The brace group after `enum <name>` in the first `error_table!` that declares it.
fn find_enum(tokens: TokenStream, name: &str) -> Option<TokenStream> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "enum" => {
                if let (Some(TokenTree::Ident(found)), Some(TokenTree::Group(body))) =
                    (trees.get(i + 1), trees.get(i + 2))
                {
                    if found == name && body.delimiter() == Delimiter::Brace {
                        return Some(body.stream());
                    }
                }
            }
            TokenTree::Group(group) => {
                if let Some(body) = find_enum(group.stream(), name) {
                    return Some(body);
                }
            }
            _ => {}
        }
    }
    None
}

/// `Row { entries }` variants, skipping attributes and the catch-all (which has none).
fn read_rows(body: TokenStream) -> Vec<(String, HashMap<Column, Entry>)> {
    let trees: Vec<TokenTree> = body.into_iter().collect();
    let mut rows = Vec::new();
    for (i, tree) in trees.iter().enumerate() {
        let (TokenTree::Ident(ident), Some(TokenTree::Group(group))) = (tree, trees.get(i + 1))
        else {
            continue;
        };
        if group.delimiter() == Delimiter::Brace {
            rows.push((ident.to_string(), read_entries(group.stream())));
        }
    }
    rows
}

fn split(tokens: Vec<TokenTree>, separator: char) -> Vec<Vec<TokenTree>> {
    let mut parts = vec![Vec::new()];
    for tree in tokens {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == separator => parts.push(Vec::new()),
            _ => parts.last_mut().unwrap().push(tree),
        }
    }
    parts.retain(|part| !part.is_empty());
    parts
}

/// The code entries of a row, by column; `kind`, `persistence`, `message` and
/// `description` are not about decoding and are skipped.
fn read_entries(row: TokenStream) -> HashMap<Column, Entry> {
    let mut entries = HashMap::new();
    for entry in split(row.into_iter().collect(), ',') {
        let colon = entry
            .iter()
            .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ':'))
            .expect("an entry has `key:`");
        let keys: Vec<String> = entry[..colon]
            .iter()
            .filter_map(|t| match t {
                TokenTree::Ident(key) => Some(key.to_string()),
                _ => None,
            })
            .collect();
        let columns: Vec<Column> = match keys[0].as_str() {
            "kind" | "persistence" | "message" | "description" => continue,
            "code" => vec![None],
            _ => keys.iter().map(|key| Some(key.parse().unwrap())).collect(),
        };
        for column in columns {
            entries.insert(column, read_code(&entry[colon + 1..]));
        }
    }
    entries
}

/// `NAME = 42 (| ALIAS (= 43)?)* (=> Row)?`
fn read_code(value: &[TokenTree]) -> Entry {
    let arrow = (0..value.len()).find(|&at| {
        is_punct(&value[at], '=') && value.get(at + 1).is_some_and(|t| is_punct(t, '>'))
    });
    let (value, shared_with) = match arrow {
        Some(at) => (&value[..at], Some(value[at + 2].to_string())),
        None => (value, None),
    };
    let mut symbols = split(value.to_vec(), '|').into_iter().map(|symbol| {
        let name = symbol[0].to_string();
        let number = (symbol.len() > 1).then(|| read_number(&symbol[2..]));
        (name, number)
    });
    let (symbol, number) = symbols.next().expect("a code has a primary symbol");
    Entry {
        symbol,
        number: number.expect("a primary symbol has a number"),
        aliases: symbols.collect(),
        shared_with,
    }
}

fn is_punct(tree: &TokenTree, c: char) -> bool {
    matches!(tree, TokenTree::Punct(p) if p.as_char() == c)
}

/// `42`, `-1`, `0x7fff_ffff` or `42i32`.
fn read_number(tokens: &[TokenTree]) -> i32 {
    let text: String = tokens.iter().map(ToString::to_string).collect();
    let text = text.replace('_', "");
    let text = text.trim_end_matches("i32");
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    let magnitude = match digits.strip_prefix("0x") {
        Some(hex) => i64::from_str_radix(hex, 16),
        None => digits.parse::<i64>(),
    }
    .unwrap_or_else(|_| panic!("`{text}` is a number"));
    i32::try_from(if negative { -magnitude } else { magnitude }).expect("codes are i32")
}

fn source_of<T: Table>() -> Source {
    let text = match T::NAME {
        "OsError" => include_str!("../runtime/src/table.rs"),
        _ => include_str!("common/mod.rs"),
    };
    Source::read(text, T::NAME)
}

// ---------------------------------------------------------------------------------
// The checks.

/// The rows are those of the source, in its order, and each row's codes, symbols and
/// aliases in every column are its entry's.
fn rows_agree<T: Table>(source: &Source) {
    let names: Vec<&str> = T::all().iter().map(|row| row.name()).collect();
    let written: Vec<&str> = source.rows.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        written,
        "{}: ALL is the table's rows in order",
        T::NAME
    );
    for &row in T::all() {
        for &column in T::COLUMNS {
            let entry = source.entry(row.name(), column);
            let what = format!("{}::{} on {column:?}", T::NAME, row.name());
            assert_eq!(row.code(column), entry.map(|e| e.number), "{what}: code");
            assert_eq!(
                row.symbol(column),
                entry.map(|e| e.symbol.as_str()),
                "{what}: symbol"
            );
            let aliases: Vec<&str> = entry
                .map(|e| e.aliases.iter().map(|(name, _)| name.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(row.aliases(column), aliases, "{what}: aliases");
        }
    }
}

/// Decoding `code` in `column` gives the row the source says, or keeps the code.
fn decodes_as_written<T: Table>(source: &Source, column: Column, code: i32) {
    let expected = source.expected(column, code);
    let found = T::from_code(column, code);
    assert_eq!(
        found.map(T::name),
        expected,
        "{}::from_code({column:?}, {code})",
        T::NAME
    );
    let decoded = T::decode(column, code);
    match found {
        Some(row) => assert_eq!(decoded, row, "{}::decode({column:?}, {code})", T::NAME),
        None => {
            assert_eq!(
                decoded,
                T::unlisted(column, code),
                "decode keeps what it cannot find"
            );
            for &other in T::COLUMNS {
                let kept = (other == column).then_some(code);
                assert_eq!(
                    decoded.code(other),
                    kept,
                    "an unlisted code belongs to its column"
                );
            }
        }
    }
    for &to in T::COLUMNS {
        let through_row = expected
            .and_then(|row| source.entry(row, to))
            .map(|e| e.number);
        assert_eq!(
            T::translate(code, column, to),
            through_row,
            "translate {code} {column:?} -> {to:?}"
        );
    }
}

/// -1000..=20000, every listed number and its neighbours, the extremes, and `random`
/// codes from a fixed seed.
fn sampled_codes(source: &Source, random: usize) -> BTreeSet<i32> {
    let mut codes: BTreeSet<i32> = (-1000..=20_000).collect();
    codes.extend(source.numbers_and_neighbours());
    codes.extend([i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX]);
    let mut state: u64 = 0x5EED_0F7A_B1E5;
    codes.extend((0..random).map(|_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state as i32
    }));
    codes
}

fn check_sampled<T: Table>() {
    let source = source_of::<T>();
    rows_agree::<T>(&source);
    let codes = sampled_codes(&source, 100_000);
    for &column in T::COLUMNS {
        for &code in &codes {
            decodes_as_written::<T>(&source, column, code);
        }
    }
}

/// Every `i32` in every column, on all cores: the rows decoded are as written, and
/// every number the source lists was among them.
fn check_full<T: Table>() {
    let source = source_of::<T>();
    rows_agree::<T>(&source);
    for &column in T::COLUMNS {
        let found: usize = std::thread::scope(|scope| {
            let source = &source;
            let parts = halves_of_i32(threads());
            let workers: Vec<_> = parts
                .into_iter()
                .map(|(low, high)| {
                    scope.spawn(move || decode_range::<T>(source, column, low, high))
                })
                .collect();
            workers.into_iter().map(|w| w.join().unwrap()).sum()
        });
        let listed = source.decodes.keys().filter(|(c, _)| *c == column).count();
        assert_eq!(
            found,
            listed,
            "{} on {column:?}: every listed number decodes",
            T::NAME
        );
    }
}

/// Decodes every code of `low..=high`, checking each; returns how many rows it found.
fn decode_range<T: Table>(source: &Source, column: Column, low: i32, high: i32) -> usize {
    let mut found = 0;
    for code in low..=high {
        match T::from_code(column, code) {
            Some(_) => {
                found += 1;
                decodes_as_written::<T>(source, column, code);
            }
            None => {
                assert_eq!(source.expected(column, code), None, "{code} on {column:?}");
                assert_eq!(T::decode(column, code), T::unlisted(column, code));
            }
        }
    }
    found
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `i32::MIN..=i32::MAX` cut into `parts` inclusive ranges.
fn halves_of_i32(parts: usize) -> Vec<(i32, i32)> {
    let size = (1_i64 << 32) / parts as i64;
    (0..parts as i64)
        .map(|i| {
            let low = i64::from(i32::MIN) + i * size;
            let high = if i + 1 == parts as i64 {
                i64::from(i32::MAX)
            } else {
                low + size - 1
            };
            (i32::try_from(low).unwrap(), i32::try_from(high).unwrap())
        })
        .collect()
}

#[test]
fn the_canonical_table_decodes_as_written() {
    check_sampled::<OsError>();
}

#[test]
fn the_test_tables_decode_as_written() {
    check_sampled::<NetError>();
    check_sampled::<ProtoError>();
}

/// The run the README records.
#[test]
#[ignore = "the whole i32 range for every platform: run in release, see the README"]
fn every_i32_decodes_as_written() {
    check_full::<OsError>();
    check_full::<NetError>();
    check_full::<ProtoError>();
}

#[test]
fn the_source_reader_reads_what_the_table_says() {
    let source = Source::read(
        "error_table! { enum T { /// Doc.\n A { linux | macos: EA = -1 | EB | EC = 0x10, message: \"a, b: c\" }, B { linux: ED = -1 => A, code: X = 1_0 }, #[catch_all] R } }",
        "T",
    );
    let names: Vec<&str> = source.rows.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["A", "B"]);
    let linux = Some(Platform::Linux);
    let a = source.entry("A", Some(Platform::MacOs)).unwrap();
    assert_eq!((a.symbol.as_str(), a.number), ("EA", -1));
    assert_eq!(
        a.aliases,
        [("EB".to_owned(), None), ("EC".to_owned(), Some(16))]
    );
    assert_eq!(
        source.entry("B", linux).unwrap().shared_with.as_deref(),
        Some("A")
    );
    assert_eq!(source.expected(linux, -1), Some("A"));
    assert_eq!(source.expected(linux, 16), Some("A"));
    assert_eq!(source.expected(None, 10), Some("B"));
    assert_eq!(source.expected(linux, 0), None);
}

#[test]
fn the_ranges_cover_every_i32_once() {
    for parts in [1, 2, 3, 7] {
        let ranges = halves_of_i32(parts);
        assert_eq!(ranges[0].0, i32::MIN);
        assert_eq!(ranges[parts - 1].1, i32::MAX);
        for pair in ranges.windows(2) {
            assert_eq!(i64::from(pair[0].1) + 1, i64::from(pair[1].0));
        }
    }
}
