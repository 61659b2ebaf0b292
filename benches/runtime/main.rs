//! Run time of errtable's generated code against what users would otherwise write:
//! a hand-written `match`, nix's `Errno`, std's `io::Error::kind`, strum's `EnumString`,
//! num_enum's `TryFromPrimitive` and thiserror's `Display`.
//!
//! `cargo bench -p errtable-bench` measures and prints Markdown tables of ratios; run
//! without `--bench` (as `cargo test --benches` does) it only checks that every
//! candidate runs and that the candidates of a group agree on what they decoded.

#[macro_use]
mod rows;
mod harness;
mod tables;

use errtable::{OsError, Platform};
use harness::{group, Candidate, Config};
use nix::errno::Errno;
use num_enum::TryFromPrimitive;
use std::fmt::Write as _;
use std::hint::black_box;
use std::io;
use std::str::FromStr;
use tables::{Hand, NumEnum, Plain, Strum, Table, ThisError, ROWS};

#[global_allocator]
static ALLOCATOR: harness::CountingAlloc = harness::CountingAlloc;

/// Inputs per call: enough that branch predictors cannot learn the sequence.
const INPUTS: usize = 4096;

/// A fixed xorshift sequence, so every run measures the same inputs.
struct Picks(u64);

impl Picks {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn indices(&mut self, n: usize) -> Vec<usize> {
        (0..INPUTS).map(|_| self.below(n)).collect()
    }
}

/// Codes no Linux errno table has: none of the tables here decodes them.
fn missing_codes(picks: &mut Picks) -> Vec<i32> {
    (0..INPUTS)
        .map(|_| match picks.below(4) {
            0 => -(picks.below(1000) as i32) - 1,
            1 => [0, 41, 58][picks.below(3)],
            _ => 200 + picks.below(10_000) as i32,
        })
        .collect()
}

fn linux_codes_of_os_error() -> Vec<i32> {
    OsError::ALL
        .iter()
        .filter_map(|e| e.code(Platform::Linux))
        .collect()
}

fn main() {
    let config = config(std::env::args().skip(1).collect());
    let mut picks = Picks(0x9E37_79B9_7F4A_7C15);
    println!(
        "errtable runtime benchmark: {} rows in the benchmark table, {} in errtable::OsError; {INPUTS} inputs per call, median of {} interleaved samples",
        ROWS.len(),
        OsError::ALL.len(),
        config.rounds
    );
    let hits: Vec<i32> = picks
        .indices(ROWS.len())
        .into_iter()
        .map(|i| ROWS[i].0)
        .collect();
    let misses = missing_codes(&mut picks);
    decode_codes("Decode a Linux code, 60 rows, hits", &hits, config);
    decode_codes("Decode a Linux code, 60 rows, misses", &misses, config);
    let canonical = linux_codes_of_os_error();
    let canonical_hits: Vec<i32> = picks
        .indices(canonical.len())
        .into_iter()
        .map(|i| canonical[i])
        .collect();
    decode_canonical(
        "Decode a Linux code, errtable::OsError vs nix's Errno, hits",
        &canonical_hits,
        config,
    );
    decode_canonical(
        "Decode a Linux code, errtable::OsError vs nix's Errno, misses",
        &misses,
        config,
    );
    let io_errors: Vec<io::Error> = hits
        .iter()
        .map(|&c| io::Error::from_raw_os_error(c))
        .collect();
    from_io_error(
        "From<&io::Error>, 60 rows, raw OS errors",
        &io_errors,
        config,
    );
    let rows = picks.indices(ROWS.len());
    display(&rows, &mut picks, config);
    let names: Vec<&str> = rows
        .iter()
        .zip(&hits)
        .map(|(&i, &c)| if c % 2 == 0 { ROWS[i].1 } else { ROWS[i].2 })
        .collect();
    let wrong: Vec<String> = names
        .iter()
        .map(|name| format!("{}_", &name[..name.len() - 1]))
        .collect();
    let wrong: Vec<&str> = wrong.iter().map(String::as_str).collect();
    from_name(
        "Name to row, 60 rows, hits (variant names and symbols)",
        &names,
        config,
    );
    from_name(
        "Name to row, 60 rows, misses (last character changed)",
        &wrong,
        config,
    );
}

/// Runs `decode` on every input; `hit` tells a decoded result from a miss. The result
/// goes through `black_box` whole, so no candidate gets to skip building it.
/// `--bench` measures (cargo bench passes it); without it one smoke round runs.
/// `--group TEXT` and `--candidate TEXT` keep only what contains TEXT.
fn config(args: Vec<String>) -> Config {
    let mut config = if args.iter().any(|arg| arg == "--bench") {
        Config::BENCH
    } else {
        Config::SMOKE
    };
    let value_of = |flag: &str| {
        let at = args.iter().position(|arg| arg == flag)?;
        let value: &'static str = String::leak(args.get(at + 1)?.clone());
        Some(value)
    };
    config.group = value_of("--group");
    config.candidate = value_of("--candidate");
    config
}

fn count<R>(inputs: &[i32], decode: impl Fn(i32) -> R, hit: impl Fn(&R) -> bool) -> u64 {
    inputs
        .iter()
        .map(|&c| u64::from(hit(&black_box(decode(black_box(c))))))
        .sum()
}

fn decode_codes(title: &str, codes: &[i32], config: Config) {
    group(
        title,
        codes.len(),
        vec![
            Candidate::ours("errtable from_code", || {
                count(
                    codes,
                    |c| Table::from_code(Platform::Linux, c),
                    Option::is_some,
                )
            }),
            Candidate::ours("errtable from_code, no catch-all", || {
                count(
                    codes,
                    |c| Plain::from_code(Platform::Linux, c),
                    Option::is_some,
                )
            }),
            Candidate::peer("hand-written match", || {
                count(codes, Hand::from_code, Option::is_some)
            }),
            Candidate::peer("num_enum TryFromPrimitive", || {
                count(codes, NumEnum::try_from_primitive, Result::is_ok)
            }),
            Candidate::peer("nix Errno::from_raw (all Linux errnos)", || {
                count(codes, Errno::from_raw, |e| *e != Errno::UnknownErrno)
            }),
            Candidate::peer("std io::Error::from_raw_os_error(c).kind()", || {
                count(
                    codes,
                    |c| io::Error::from_raw_os_error(c).kind(),
                    |k| *k == io::ErrorKind::Other,
                )
            })
            .unchecked(),
        ],
        config,
    );
}

fn decode_canonical(title: &str, codes: &[i32], config: Config) {
    group(
        title,
        codes.len(),
        vec![
            Candidate::ours("errtable OsError::from_raw_os_error", || {
                count(codes, OsError::from_raw_os_error, Option::is_some)
            }),
            Candidate::ours("errtable OsError::decode (total)", || {
                count(
                    codes,
                    |c| OsError::decode(Platform::Linux, c),
                    |e| !matches!(e, OsError::Unlisted(_)),
                )
            }),
            Candidate::peer("nix Errno::from_raw", || {
                count(codes, Errno::from_raw, |e| *e != Errno::UnknownErrno)
            }),
            Candidate::peer("std io::Error::from_raw_os_error(c).kind()", || {
                count(
                    codes,
                    |c| io::Error::from_raw_os_error(c).kind(),
                    |k| *k == io::ErrorKind::Other,
                )
            })
            .unchecked(),
        ],
        config,
    );
}

fn count_errors<R>(
    errors: &[io::Error],
    decode: impl Fn(&io::Error) -> R,
    hit: impl Fn(&R) -> bool,
) -> u64 {
    errors
        .iter()
        .map(|e| u64::from(hit(&black_box(decode(black_box(e))))))
        .sum()
}

fn from_io_error(title: &str, errors: &[io::Error], config: Config) {
    group(
        title,
        errors.len(),
        vec![
            Candidate::ours("errtable Table::from_io_error", || {
                count_errors(errors, Table::from_io_error, Option::is_some)
            }),
            Candidate::ours("errtable Table::from(&io::Error) (total)", || {
                count_errors(
                    errors,
                    |e| Table::from(e),
                    |t| !matches!(t, Table::Unlisted(_)),
                )
            }),
            Candidate::ours("errtable OsError::from(&io::Error) (total)", || {
                count_errors(
                    errors,
                    |e| OsError::from(e),
                    |e| !matches!(e, OsError::Unlisted(_)),
                )
            })
            .unchecked(),
            Candidate::peer("hand-written match on raw_os_error()", || {
                count_errors(errors, Hand::from_io_error, Option::is_some)
            }),
            Candidate::peer("nix Errno::from_raw(raw_os_error())", || {
                count_errors(
                    errors,
                    |e| Errno::from_raw(e.raw_os_error().unwrap_or(0)),
                    |e| *e != Errno::UnknownErrno,
                )
            }),
            Candidate::peer("std io::Error::kind()", || {
                count_errors(errors, io::Error::kind, |k| *k == io::ErrorKind::Other)
            })
            .unchecked(),
        ],
        config,
    );
}

/// Writes each value into one reused `String`; the checksum is the bytes written.
fn written<T: std::fmt::Display>(out: &mut String, values: &[T], alternate: bool) -> u64 {
    let mut total = 0;
    for value in values {
        out.clear();
        let value = black_box(value);
        let result = if alternate {
            write!(out, "{value:#}")
        } else {
            write!(out, "{value}")
        };
        black_box(result).ok();
        black_box(&*out);
        total += out.len() as u64;
    }
    total
}

fn display(rows: &[usize], picks: &mut Picks, config: Config) {
    let table: Vec<Table> = rows.iter().map(|&i| Table::ALL[i]).collect();
    let hand: Vec<Hand> = rows.iter().map(|&i| Hand::ALL[i]).collect();
    let this: Vec<ThisError> = rows.iter().map(|&i| ThisError::ALL[i]).collect();
    let errno: Vec<Errno> = rows.iter().map(|&i| Errno::from_raw(ROWS[i].0)).collect();
    let io_errors: Vec<io::Error> = rows
        .iter()
        .map(|&i| io::Error::from_raw_os_error(ROWS[i].0))
        .collect();
    let os_errors: Vec<OsError> = picks
        .indices(OsError::ALL.len())
        .into_iter()
        .map(|i| OsError::ALL[i])
        .collect();
    let (table, hand, this, errno, io_errors, os_errors) =
        (&table, &hand, &this, &errno, &io_errors, &os_errors);
    group(
        "Display into a reused String, 60 rows",
        rows.len(),
        vec![
            Candidate::ours("errtable Display", {
                let mut out = String::with_capacity(256);
                move || written(&mut out, table, false)
            }),
            Candidate::ours("errtable OsError Display", {
                let mut out = String::with_capacity(256);
                move || written(&mut out, os_errors, false)
            })
            .unchecked(),
            Candidate::ours("errtable Display {:#} (adds symbol and code)", {
                let mut out = String::with_capacity(256);
                move || written(&mut out, table, true)
            })
            .unchecked(),
            Candidate::peer("hand-written Display (write_str of a match)", {
                let mut out = String::with_capacity(256);
                move || written(&mut out, hand, false)
            }),
            Candidate::peer("thiserror Display", {
                let mut out = String::with_capacity(256);
                move || written(&mut out, this, false)
            }),
            Candidate::peer("nix Errno Display (\"EPERM: Operation not permitted\")", {
                let mut out = String::with_capacity(256);
                move || written(&mut out, errno, false)
            })
            .unchecked(),
            Candidate::peer("std io::Error Display (strerror_r)", {
                let mut out = String::with_capacity(256);
                move || written(&mut out, io_errors, false)
            })
            .unchecked(),
        ],
        config,
    );
}

fn count_names<R>(names: &[&str], decode: impl Fn(&str) -> R, hit: impl Fn(&R) -> bool) -> u64 {
    names
        .iter()
        .map(|name| u64::from(hit(&black_box(decode(black_box(name))))))
        .sum()
}

fn from_name(title: &str, names: &[&str], config: Config) {
    group(
        title,
        names.len(),
        vec![
            Candidate::ours("errtable from_name", || {
                count_names(names, Table::from_name, Option::is_some)
            }),
            Candidate::ours("errtable OsError::from_name", || {
                count_names(names, OsError::from_name, Option::is_some)
            })
            .unchecked(),
            Candidate::peer("hand-written match", || {
                count_names(names, Hand::from_name, Option::is_some)
            }),
            Candidate::peer("strum EnumString", || {
                count_names(names, Strum::from_str, Result::is_ok)
            }),
        ],
        config,
    );
}
