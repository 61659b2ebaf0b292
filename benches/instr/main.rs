//! Instructions per call of errtable's generated code and of its peers, for
//! `valgrind --tool=callgrind` (run through `benches/scripts/instructions.py`).
//!
//! Every measured operation is one `#[inline(never)]`, `#[no_mangle]` function named
//! `instr_…` around one call, so that the call under test is inlined into it exactly as
//! into a user's function, and callgrind's inclusive cost of the wrapper over its number
//! of calls is the cost per call. `instr_baseline` (the same wrapper around nothing) is
//! subtracted by the script: what remains is the operation, net of the loop and of the
//! wrapper. Inputs are fixed (a xorshift sequence with a fixed seed), so two runs count
//! the same instructions.
//!
//! Without arguments every candidate runs once over its inputs; `--list` prints the
//! candidates as `group<TAB>name<TAB>function`; arguments select candidates by function.

#![allow(missing_docs)]

#[macro_use]
#[path = "../runtime/rows.rs"]
mod rows;
#[path = "../runtime/tables.rs"]
mod tables;

use errtable::{OsError, Persistence, Platform};
use nix::errno::Errno;
use num_enum::TryFromPrimitive;
use std::fmt::Write as _;
use std::hint::black_box;
use std::io;
use std::str::FromStr;
use tables::{Hand, NumEnum, Strum, Table, ThisError, ROWS};

/// Calls per candidate.
const CALLS: usize = 4096;

/// A fixed xorshift sequence.
struct Picks(u64);

impl Picks {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<T: Clone>(&mut self, from: &[T]) -> Vec<T> {
        (0..CALLS)
            .map(|_| from[self.below(from.len())].clone())
            .collect()
    }
}

/// Codes none of the tables lists on Linux: negative, gaps, beyond the last errno.
fn misses(picks: &mut Picks) -> Vec<i32> {
    (0..CALLS)
        .map(|_| match picks.below(4) {
            0 => -(picks.below(1000) as i32) - 1,
            1 => [0, 41, 58][picks.below(3)],
            _ => 200 + picks.below(10_000) as i32,
        })
        .collect()
}

/// The inputs every candidate draws from, made once outside the measured functions.
struct Inputs {
    hits: Vec<i32>,
    misses: Vec<i32>,
    os_hits: Vec<i32>,
    windows_hits: Vec<i32>,
    io_hits: Vec<io::Error>,
    io_misses: Vec<io::Error>,
    names: Vec<&'static str>,
    wrong_names: Vec<&'static str>,
    os_names: Vec<&'static str>,
    table_rows: Vec<Table>,
    hand_rows: Vec<Hand>,
    thiserror_rows: Vec<ThisError>,
    os_rows: Vec<OsError>,
    errnos: Vec<Errno>,
}

fn inputs() -> Inputs {
    let mut picks = Picks(0x9E37_79B9_7F4A_7C15);
    let codes: Vec<i32> = ROWS.iter().map(|row| row.0).collect();
    let hits = picks.pick(&codes);
    let misses = misses(&mut picks);
    let os_codes: Vec<i32> = OsError::ALL
        .iter()
        .filter_map(|e| e.code(Platform::Linux))
        .collect();
    let os_hits = picks.pick(&os_codes);
    // Every number OsError lists on Windows, aliases with numbers of their own included.
    let windows_codes: Vec<i32> = OsError::ALL
        .iter()
        .flat_map(|e| e.names(Platform::Windows))
        .map(|&(_, number)| number)
        .collect();
    let windows_hits = picks.pick(&windows_codes);
    let names: Vec<&str> = ROWS.iter().flat_map(|row| [row.1, row.2]).collect();
    let names = picks.pick(&names);
    let wrong_names = names
        .iter()
        .map(|name| &*Box::leak(format!("{}_", &name[..name.len() - 1]).into_boxed_str()))
        .collect();
    let os_names: Vec<&str> = OsError::ALL.iter().map(|e| e.name()).collect();
    let os_names = picks.pick(&os_names);
    let to_io = |codes: &[i32]| {
        codes
            .iter()
            .map(|&c| io::Error::from_raw_os_error(c))
            .collect()
    };
    Inputs {
        io_hits: to_io(&hits),
        io_misses: to_io(&misses),
        table_rows: hits
            .iter()
            .filter_map(|&c| Table::from_code(Platform::Linux, c))
            .collect(),
        hand_rows: hits.iter().filter_map(|&c| Hand::from_code(c)).collect(),
        thiserror_rows: hits
            .iter()
            .filter_map(|&c| Hand::from_code(c))
            .map(|h| ThisError::ALL[Hand::ALL.iter().position(|&x| x == h).unwrap()])
            .collect(),
        os_rows: os_hits
            .iter()
            .filter_map(|&c| OsError::from_code(Platform::Linux, c))
            .collect(),
        errnos: os_hits.iter().map(|&c| Errno::from_raw(c)).collect(),
        hits,
        misses,
        os_hits,
        windows_hits,
        names,
        wrong_names,
        os_names,
    }
}

/// A retry policy as crates write it today: a `match` on the rows they know of.
fn hand_persistence(e: OsError) -> Persistence {
    match e {
        OsError::ConnectionReset
        | OsError::ConnectionAborted
        | OsError::BrokenPipe
        | OsError::NotConnected => Persistence::ConnectionLost,
        OsError::TimedOut => Persistence::TimedOut,
        OsError::ConnectionRefused
        | OsError::WouldBlock
        | OsError::Interrupted
        | OsError::NoBufferSpace
        | OsError::OutOfMemory
        | OsError::TooManyOpenFiles => Persistence::Transient,
        _ => Persistence::Permanent,
    }
}

/// Declares the measured functions and the table of candidates that runs them.
macro_rules! candidates {
    ($($group:literal, $name:literal, $func:ident($arg:ident: $ty:ty) -> $ret:ty $body:block over $inputs:ident;)*) => {
        $(
            #[inline(never)]
            #[no_mangle]
            pub fn $func($arg: $ty) -> $ret $body
        )*

        /// (group, name, function name, runner)
        fn table() -> Vec<(&'static str, &'static str, &'static str, fn(&Inputs))> {
            vec![$(($group, $name, stringify!($func), |inputs: &Inputs| {
                for input in &inputs.$inputs {
                    black_box($func(black_box(input)));
                }
            })),*]
        }
    };
}

/// A fixed buffer on the stack as the Display candidates' output: no allocator, no
/// thread-local, the same `write_str` cost for every candidate.
struct Buffer {
    bytes: [u8; 160],
    len: usize,
}

impl std::fmt::Write for Buffer {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let end = self.len + text.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

fn sink(write: impl FnOnce(&mut Buffer) -> std::fmt::Result) -> usize {
    let mut buffer = Buffer {
        bytes: [0; 160],
        len: 0,
    };
    write(&mut buffer).unwrap();
    black_box(&buffer.bytes);
    buffer.len
}

candidates! {
    "baseline", "the wrapper alone", instr_baseline(c: &i32) -> i32 { *c } over hits;

    "decode 60 rows, hit", "errtable Table::from_code(Linux, c)", instr_decode_table_hit(c: &i32) -> Option<Table> { Table::from_code(Platform::Linux, *c) } over hits;
    "decode 60 rows, hit", "errtable Table::from_code(platform at run time, c)", instr_decode_table_rt_hit(c: &i32) -> Option<Table> { Table::from_code(black_box(Platform::Linux), *c) } over hits;
    "decode 60 rows, hit", "errtable Table::decode(Linux, c) (total)", instr_decode_table_total_hit(c: &i32) -> Table { Table::decode(Platform::Linux, *c) } over hits;
    "decode 60 rows, hit", "hand-written match", instr_decode_hand_hit(c: &i32) -> Option<Hand> { Hand::from_code(*c) } over hits;
    "decode 60 rows, hit", "num_enum TryFromPrimitive", instr_decode_num_enum_hit(c: &i32) -> Option<NumEnum> { NumEnum::try_from_primitive(*c).ok() } over hits;
    "decode 60 rows, hit", "nix Errno::from_raw (all Linux errnos)", instr_decode_nix_hit(c: &i32) -> Errno { Errno::from_raw(*c) } over hits;

    "decode 60 rows, miss", "errtable Table::from_code(Linux, c)", instr_decode_table_miss(c: &i32) -> Option<Table> { Table::from_code(Platform::Linux, *c) } over misses;
    "decode 60 rows, miss", "errtable Table::from_code(platform at run time, c)", instr_decode_table_rt_miss(c: &i32) -> Option<Table> { Table::from_code(black_box(Platform::Linux), *c) } over misses;
    "decode 60 rows, miss", "errtable Table::decode(Linux, c) (total)", instr_decode_table_total_miss(c: &i32) -> Table { Table::decode(Platform::Linux, *c) } over misses;
    "decode 60 rows, miss", "hand-written match", instr_decode_hand_miss(c: &i32) -> Option<Hand> { Hand::from_code(*c) } over misses;
    "decode 60 rows, miss", "num_enum TryFromPrimitive", instr_decode_num_enum_miss(c: &i32) -> Option<NumEnum> { NumEnum::try_from_primitive(*c).ok() } over misses;
    "decode 60 rows, miss", "nix Errno::from_raw (all Linux errnos)", instr_decode_nix_miss(c: &i32) -> Errno { Errno::from_raw(*c) } over misses;

    "decode OsError across the crate boundary, hit", "errtable OsError::from_code(Linux, c)", instr_os_decode_hit(c: &i32) -> Option<OsError> { OsError::from_code(Platform::Linux, *c) } over os_hits;
    "decode OsError across the crate boundary, hit", "errtable OsError::from_code(platform at run time, c)", instr_os_decode_rt_hit(c: &i32) -> Option<OsError> { OsError::from_code(black_box(Platform::Linux), *c) } over os_hits;
    "decode OsError across the crate boundary, hit", "errtable OsError::from_raw_os_error(c)", instr_os_raw_hit(c: &i32) -> Option<OsError> { OsError::from_raw_os_error(*c) } over os_hits;
    "decode OsError across the crate boundary, hit", "nix Errno::from_raw", instr_os_nix_hit(c: &i32) -> Errno { Errno::from_raw(*c) } over os_hits;

    "decode OsError across the crate boundary, miss", "errtable OsError::from_code(Linux, c)", instr_os_decode_miss(c: &i32) -> Option<OsError> { OsError::from_code(Platform::Linux, *c) } over misses;
    "decode OsError across the crate boundary, miss", "errtable OsError::from_code(platform at run time, c)", instr_os_decode_rt_miss(c: &i32) -> Option<OsError> { OsError::from_code(black_box(Platform::Linux), *c) } over misses;
    "decode OsError across the crate boundary, miss", "errtable OsError::from_raw_os_error(c)", instr_os_raw_miss(c: &i32) -> Option<OsError> { OsError::from_raw_os_error(*c) } over misses;
    "decode OsError across the crate boundary, miss", "nix Errno::from_raw", instr_os_nix_miss(c: &i32) -> Errno { Errno::from_raw(*c) } over misses;

    "decode OsError across the crate boundary, hit", "errtable OsError::decode_raw_os_error(c) (total)", instr_os_decode_raw_hit(c: &i32) -> OsError { OsError::decode_raw_os_error(*c) } over os_hits;
    "decode OsError across the crate boundary, hit", "errtable OsError::from(&io::Error::from_raw_os_error(c)) (total)", instr_os_from_raw_io_hit(c: &i32) -> OsError { OsError::from(&io::Error::from_raw_os_error(*c)) } over os_hits;
    "decode OsError across the crate boundary, miss", "errtable OsError::decode_raw_os_error(c) (total)", instr_os_decode_raw_miss(c: &i32) -> OsError { OsError::decode_raw_os_error(*c) } over misses;
    "decode OsError across the crate boundary, miss", "errtable OsError::from(&io::Error::from_raw_os_error(c)) (total)", instr_os_from_raw_io_miss(c: &i32) -> OsError { OsError::from(&io::Error::from_raw_os_error(*c)) } over misses;

    "symbol_of 60 rows, hit", "errtable Table::symbol_of(Linux, c)", instr_symbol_of_table_hit(c: &i32) -> Option<&'static str> { Table::symbol_of(Platform::Linux, *c) } over hits;
    "symbol_of 60 rows, hit", "errtable Table::symbol_of(platform at run time, c)", instr_symbol_of_table_rt_hit(c: &i32) -> Option<&'static str> { Table::symbol_of(black_box(Platform::Linux), *c) } over hits;
    "symbol_of 60 rows, hit", "errtable Table::from_code(Linux, c), for comparison", instr_symbol_of_decode_hit(c: &i32) -> Option<Table> { Table::from_code(Platform::Linux, *c) } over hits;
    "symbol_of 60 rows, hit", "hand-written match", instr_symbol_of_hand_hit(c: &i32) -> Option<&'static str> { Hand::symbol_of(*c) } over hits;
    "symbol_of 60 rows, miss", "errtable Table::symbol_of(Linux, c)", instr_symbol_of_table_miss(c: &i32) -> Option<&'static str> { Table::symbol_of(Platform::Linux, *c) } over misses;
    "symbol_of 60 rows, miss", "errtable Table::symbol_of(platform at run time, c)", instr_symbol_of_table_rt_miss(c: &i32) -> Option<&'static str> { Table::symbol_of(black_box(Platform::Linux), *c) } over misses;
    "symbol_of 60 rows, miss", "errtable Table::from_code(Linux, c), for comparison", instr_symbol_of_decode_miss(c: &i32) -> Option<Table> { Table::from_code(Platform::Linux, *c) } over misses;
    "symbol_of 60 rows, miss", "hand-written match", instr_symbol_of_hand_miss(c: &i32) -> Option<&'static str> { Hand::symbol_of(*c) } over misses;
    "symbol_of OsError across the crate boundary, hit", "errtable OsError::symbol_of(Linux, c)", instr_symbol_of_os_hit(c: &i32) -> Option<&'static str> { OsError::symbol_of(Platform::Linux, *c) } over os_hits;
    "symbol_of OsError across the crate boundary, hit", "errtable OsError::symbol_of(Windows, c) (every Windows number)", instr_symbol_of_os_windows_hit(c: &i32) -> Option<&'static str> { OsError::symbol_of(Platform::Windows, *c) } over windows_hits;
    "symbol_of OsError across the crate boundary, hit", "errtable OsError::from_code(Windows, c), for comparison", instr_symbol_of_os_windows_decode_hit(c: &i32) -> Option<OsError> { OsError::from_code(Platform::Windows, *c) } over windows_hits;
    "symbol_of OsError across the crate boundary, miss", "errtable OsError::symbol_of(Linux, c)", instr_symbol_of_os_miss(c: &i32) -> Option<&'static str> { OsError::symbol_of(Platform::Linux, *c) } over misses;

    "From<&io::Error>, hit", "errtable Table::from(&e) (total)", instr_io_table_hit(e: &io::Error) -> Table { Table::from(e) } over io_hits;
    "From<&io::Error>, hit", "errtable OsError::from(&e) (total)", instr_io_os_hit(e: &io::Error) -> OsError { OsError::from(e) } over io_hits;
    "From<&io::Error>, hit", "errtable Table::from_io_error(&e)", instr_io_table_partial_hit(e: &io::Error) -> Option<Table> { Table::from_io_error(e) } over io_hits;
    "From<&io::Error>, hit", "hand-written match on raw_os_error()", instr_io_hand_hit(e: &io::Error) -> Option<Hand> { e.raw_os_error().and_then(Hand::from_code) } over io_hits;
    "From<&io::Error>, hit", "nix Errno::from_raw(raw_os_error())", instr_io_nix_hit(e: &io::Error) -> Errno { Errno::from_raw(e.raw_os_error().unwrap_or(0)) } over io_hits;
    "From<&io::Error>, hit", "std io::Error::kind()", instr_io_kind_hit(e: &io::Error) -> io::ErrorKind { e.kind() } over io_hits;

    "From<&io::Error>, miss", "errtable Table::from(&e) (total)", instr_io_table_miss(e: &io::Error) -> Table { Table::from(e) } over io_misses;
    "From<&io::Error>, miss", "errtable OsError::from(&e) (total)", instr_io_os_miss(e: &io::Error) -> OsError { OsError::from(e) } over io_misses;
    "From<&io::Error>, miss", "errtable Table::from_io_error(&e)", instr_io_table_partial_miss(e: &io::Error) -> Option<Table> { Table::from_io_error(e) } over io_misses;
    "From<&io::Error>, miss", "hand-written match on raw_os_error()", instr_io_hand_miss(e: &io::Error) -> Option<Hand> { e.raw_os_error().and_then(Hand::from_code) } over io_misses;
    "From<&io::Error>, miss", "nix Errno::from_raw(raw_os_error())", instr_io_nix_miss(e: &io::Error) -> Errno { Errno::from_raw(e.raw_os_error().unwrap_or(0)) } over io_misses;
    "From<&io::Error>, miss", "std io::Error::kind()", instr_io_kind_miss(e: &io::Error) -> io::ErrorKind { e.kind() } over io_misses;

    "from_name, hit", "errtable Table::from_name", instr_name_table_hit(s: &&str) -> Option<Table> { Table::from_name(s) } over names;
    "from_name, hit", "errtable OsError::from_name (variant names)", instr_name_os_hit(s: &&str) -> Option<OsError> { OsError::from_name(s) } over os_names;
    "from_name, hit", "hand-written match", instr_name_hand_hit(s: &&str) -> Option<Hand> { Hand::from_name(s) } over names;
    "from_name, hit", "strum EnumString", instr_name_strum_hit(s: &&str) -> Option<Strum> { Strum::from_str(s).ok() } over names;

    "from_name, miss", "errtable Table::from_name", instr_name_table_miss(s: &&str) -> Option<Table> { Table::from_name(s) } over wrong_names;
    "from_name, miss", "errtable OsError::from_name", instr_name_os_miss(s: &&str) -> Option<OsError> { OsError::from_name(s) } over wrong_names;
    "from_name, miss", "hand-written match", instr_name_hand_miss(s: &&str) -> Option<Hand> { Hand::from_name(s) } over wrong_names;
    "from_name, miss", "strum EnumString", instr_name_strum_miss(s: &&str) -> Option<Strum> { Strum::from_str(s).ok() } over wrong_names;

    "persistence()", "errtable OsError::persistence() (214 rows, across the crate boundary)", instr_persistence_os(e: &OsError) -> Persistence { e.persistence() } over os_rows;
    "persistence()", "hand-written match (60 rows)", instr_persistence_hand(e: &Hand) -> Persistence { e.persistence() } over hand_rows;
    "persistence()", "hand-written match on OsError (the rows a crate lists, `_ => Permanent`)", instr_persistence_os_hand(e: &OsError) -> Persistence { hand_persistence(*e) } over os_rows;
    "persistence()", "errtable OsError::kind(), for comparison", instr_kind_os(e: &OsError) -> io::ErrorKind { e.kind() } over os_rows;

    "Display {} into a stack buffer", "the stack buffer alone (writes nothing)", instr_display_floor(e: &Hand) -> usize { sink(|_| { black_box(e); Ok(()) }) } over hand_rows;
    "Display {} into a stack buffer", "errtable Table", instr_display_table(e: &Table) -> usize { sink(|s| write!(s, "{e}")) } over table_rows;
    "Display {} into a stack buffer", "errtable OsError", instr_display_os(e: &OsError) -> usize { sink(|s| write!(s, "{e}")) } over os_rows;
    "Display {} into a stack buffer", "hand-written (write_str of a match)", instr_display_hand(e: &Hand) -> usize { sink(|s| write!(s, "{e}")) } over hand_rows;
    "Display {} into a stack buffer", "thiserror", instr_display_thiserror(e: &ThisError) -> usize { sink(|s| write!(s, "{e}")) } over thiserror_rows;
    "Display {} into a stack buffer", "nix Errno (\"EPERM: Operation not permitted\")", instr_display_nix(e: &Errno) -> usize { sink(|s| write!(s, "{e}")) } over errnos;

    "Display {:#} into a stack buffer", "errtable Table {:#}", instr_alt_table(e: &Table) -> usize { sink(|s| write!(s, "{e:#}")) } over table_rows;
    "Display {:#} into a stack buffer", "errtable OsError {:#}", instr_alt_os(e: &OsError) -> usize { sink(|s| write!(s, "{e:#}")) } over os_rows;
    "Display {:#} into a stack buffer", "hand-written write!(\"{} ({} {})\", message, symbol, code)", instr_alt_hand(e: &Hand) -> usize { sink(|s| write!(s, "{} ({} {})", e.message(), e.symbol(), e.code())) } over hand_rows;
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let candidates = table();
    if args.iter().any(|a| a == "--list") {
        for (group, name, func, _) in &candidates {
            println!("{group}\t{name}\t{func}");
        }
        return;
    }
    let inputs = inputs();
    for (_, _, func, run) in &candidates {
        if args.is_empty() || args.iter().any(|a| a == func) {
            run(&inputs);
        }
    }
}
