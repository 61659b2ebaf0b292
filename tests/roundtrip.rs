//! Lossless both ways: every value of every kind of table that goes into an `io::Error`
//! comes back equal, however the `io::Error` was made, and every `io::Error` that goes
//! through a table comes back with the same raw OS code and kind.
//!
//! The test tries every value (every row, and catch-alls holding every code of every row
//! on every platform, the extremes, raw codes and every stable `io::ErrorKind`) through
//! every way of making an `io::Error` (`From`, `io::Error::other`, `io::Error::new` with
//! every kind, and the same around an `io::Error` of the value), and every `io::Error`
//! the OS or a library makes through every table. The only losses are those of
//! [`LOSSES_BY_DESIGN`], counted case by case, so that the test fails when anything
//! else breaks.

mod common;

use common::{NetError, ProtoError, STABLE_KINDS};
use errtable::{ErrorTable, OsError, Platform, ResolveError, Unlisted};
use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Debug;
use std::io::{self, ErrorKind};

/// Codes that are nobody's and codes at the edges: beside every code of every row of the
/// table on every platform, these go into the catch-alls.
const EDGE_CODES: [i32; 8] = [i32::MIN, -1, 0, 1, 4242, 10004, 65535, i32::MAX];

/// What cannot come back, by design, as `table | conversion | what kind of value` and
/// how many cases on a Linux host: a unit variant of several rows does not know which of
/// them happened, so its `io::Error` has no code and the kind its rows share (else
/// `Other`). A variant that keeps its row, `Retry(OsError)`, loses nothing. Anything
/// else that fails makes the test fail, with the list printed.
const LOSSES_BY_DESIGN: &[(&str, usize)] = &[
    (
        "Failure | raw OS code -> T -> io::Error | unit variant of several rows",
        2,
    ),
    (
        "Transient | raw OS code -> T -> io::Error | unit variant of several rows",
        3,
    ),
];

// ---------------------------------------------------------------- the tables

errtable::error_table! {
    /// A table without a catch-all, with a number two rows share on Linux and a row
    /// only Windows has.
    pub enum Sock {
        Refused {
            windows: WSAECONNREFUSED = 10061,
            linux: ECONNREFUSED = 111,
            macos | freebsd: ECONNREFUSED = 61,
            kind: ConnectionRefused,
            message: "Connection refused",
        },
        Again {
            windows: WSAEWOULDBLOCK = 10035,
            linux: EAGAIN = 11 | EWOULDBLOCK,
            macos | freebsd: EAGAIN = 35 | EWOULDBLOCK,
            kind: WouldBlock,
            message: "Resource temporarily unavailable",
        },
        OperationNotSupported {
            windows: WSAEOPNOTSUPP = 10045,
            linux: EOPNOTSUPP = 95,
            macos: EOPNOTSUPP = 102,
            kind: Unsupported,
            message: "Operation not supported",
        },
        NotSupported {
            linux: ENOTSUP = 95 => OperationNotSupported,
            macos: ENOTSUP = 45,
            kind: Unsupported,
            message: "Not supported",
        },
        Cancelled {
            windows: WSAECANCELLED = 10103,
            message: "Call was cancelled",
        },
    }
}

/// A derived table with OS codes of its own and a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Wire {
    /// Connection refused
    #[errtable(windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111, kind: ConnectionRefused)]
    Refused,
    /// Broken pipe
    #[errtable(linux | macos: EPIPE = 32, kind: BrokenPipe)]
    Pipe,
    #[errtable(catch_all)]
    Unlisted(Unlisted),
}

/// A derived table of a protocol's own codes, with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Smtp {
    /// Service not available
    #[errtable(code: SERVICE_UNAVAILABLE = 421, kind: ConnectionAborted)]
    Unavailable,
    /// Mailbox busy
    #[errtable(code: MAILBOX_BUSY = 450 | BUSY)]
    Busy,
    #[errtable(catch_all)]
    Other(i32),
}

/// Groups of canonical rows with a catch-all: variants of several rows, of one row, of
/// a row that shares its number on Linux, and one that keeps the row it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Failure {
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped,
    /// Try again
    #[errtable(rows: ConnectionRefused | WouldBlock)]
    Retry(OsError),
    /// Timed out
    #[errtable(rows: TimedOut)]
    Slow,
    /// Not supported
    #[errtable(rows: NotSupported)]
    Unsupported,
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// Groups of canonical rows without a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Transient {
    /// Try again
    #[errtable(rows: WouldBlock | Interrupted | TimedOut, persistence: Transient)]
    Again,
    /// Reset
    #[errtable(rows: ConnectionReset)]
    Reset,
}

// ---------------------------------------------------------------- the harness

/// A table under test: its values, its own way back from an `io::Error`, and a name for
/// the kind of a value, so that failures are counted by kind.
trait Subject: Copy + PartialEq + Debug + Error + Send + Sync + 'static {
    const TABLE: &'static str;
    fn values() -> Vec<Self>;
    fn into_io(self) -> io::Error;
    /// The table's decoding of `error`; `None` where it gives no value.
    fn back(error: io::Error) -> Option<Self>;
    fn category(&self) -> &'static str;
}

/// The code every row of a platform table has on any platform, and the edges.
fn codes_of<T: Copy>(rows: &[T], code: impl Fn(T, Platform) -> Option<i32>) -> BTreeSet<i32> {
    let mut codes: BTreeSet<i32> = EDGE_CODES.into_iter().collect();
    for &row in rows {
        codes.extend(Platform::ALL.iter().copied().filter_map(|p| code(row, p)));
    }
    codes
}

/// Every `Unlisted`: each code on each platform (an OS's or not), each code raw, each
/// stable kind.
fn every_unlisted(codes: &BTreeSet<i32>) -> Vec<Unlisted> {
    let mut values = Vec::new();
    for &platform in Platform::ALL {
        values.extend(codes.iter().map(|&code| Unlisted::Code { platform, code }));
        values.extend(
            codes
                .iter()
                .map(|&code| Unlisted::NonOsCode { platform, code }),
        );
    }
    values.extend(codes.iter().map(|&code| Unlisted::Raw(code)));
    values.extend(STABLE_KINDS.into_iter().map(Unlisted::Kind));
    values
}

/// The kind of a catch-all's value, given whether this host lists its code and whether
/// exactly one row has its kind.
fn unlisted_category(
    unlisted: Unlisted,
    code_is_listed: impl Fn(i32) -> bool,
    kind_is_one_rows: impl Fn(ErrorKind) -> bool,
) -> &'static str {
    match unlisted {
        Unlisted::Code { platform, code } if Some(platform) == Platform::CURRENT => {
            if code_is_listed(code) {
                "Unlisted::Code(this host, a row's code)"
            } else {
                "Unlisted::Code(this host)"
            }
        }
        Unlisted::Code { .. } => "Unlisted::Code(another platform)",
        Unlisted::NonOsCode { .. } => "Unlisted::NonOsCode",
        Unlisted::Raw(_) => "Unlisted::Raw",
        Unlisted::Kind(kind) if kind_is_one_rows(kind) => "Unlisted::Kind(one row's kind)",
        Unlisted::Kind(_) => "Unlisted::Kind",
        _ => "Unlisted::?",
    }
}

/// The kind of a row of a platform table on this host.
fn row_category(code_here: Option<i32>, decodes_to_itself: bool) -> &'static str {
    match (code_here, decodes_to_itself) {
        (None, _) => "row without a code here",
        (Some(_), true) => "row",
        (Some(_), false) => "row whose code here decodes to another row",
    }
}

/// Implements `Subject` for a platform table (`OsError`, `NetError`, `Wire`).
macro_rules! platform_table {
    ($table:ident, $catch_all:ident) => {
        impl Subject for $table {
            const TABLE: &'static str = stringify!($table);
            fn values() -> Vec<Self> {
                let codes = codes_of($table::ALL, |row, p| row.code(p));
                let unlisted = every_unlisted(&codes).into_iter().map($table::$catch_all);
                $table::ALL.iter().copied().chain(unlisted).collect()
            }
            fn into_io(self) -> io::Error {
                io::Error::from(self)
            }
            fn back(error: io::Error) -> Option<Self> {
                let by_ref = $table::from(&error);
                assert_eq!(
                    $table::from(error),
                    by_ref,
                    "From<io::Error> and From<&io::Error> differ"
                );
                Some(by_ref)
            }
            fn category(&self) -> &'static str {
                match *self {
                    $table::$catch_all(unlisted) => unlisted_category(
                        unlisted,
                        |code| $table::from_raw_os_error(code).is_some(),
                        |kind| $table::ALL.iter().filter(|row| row.kind() == kind).count() == 1,
                    ),
                    row => row_category(
                        row.raw_os_error(),
                        row.raw_os_error().and_then($table::from_raw_os_error) == Some(row),
                    ),
                }
            }
        }
    };
}

platform_table!(OsError, Unlisted);
platform_table!(NetError, Unlisted);
platform_table!(Wire, Unlisted);

/// Implements `Subject` for a platform table without a catch-all (`Sock`, and the
/// runtime's `ResolveError`).
macro_rules! rows_only_table {
    ($table:ident) => {
        impl Subject for $table {
            const TABLE: &'static str = stringify!($table);
            fn values() -> Vec<Self> {
                $table::ALL.to_vec()
            }
            fn into_io(self) -> io::Error {
                io::Error::from(self)
            }
            fn back(error: io::Error) -> Option<Self> {
                $table::from_io_error(&error)
            }
            fn category(&self) -> &'static str {
                let here = self.raw_os_error();
                row_category(
                    here,
                    here.and_then($table::from_raw_os_error) == Some(*self),
                )
            }
        }
    };
}

rows_only_table!(Sock);
rows_only_table!(ResolveError);

/// Implements `Subject` for a table of its own codes (`ProtoError`, `Smtp`): the way
/// back is `TryFrom<io::Error>`, which must agree with `from_io_error`.
macro_rules! own_code_table {
    ($table:ident, $catch_all:ident) => {
        impl Subject for $table {
            const TABLE: &'static str = stringify!($table);
            fn values() -> Vec<Self> {
                let codes = codes_of($table::ALL, |row, _| row.code());
                let unknown = codes.into_iter().map($table::$catch_all);
                $table::ALL.iter().copied().chain(unknown).collect()
            }
            fn into_io(self) -> io::Error {
                io::Error::from(self)
            }
            fn back(error: io::Error) -> Option<Self> {
                let by_ref = $table::from_io_error(&error);
                assert_eq!($table::try_from(error).ok(), by_ref);
                by_ref
            }
            fn category(&self) -> &'static str {
                match *self {
                    $table::$catch_all(code) if $table::from_code(code).is_some() => {
                        "catch-all holding a row's code"
                    }
                    $table::$catch_all(_) => "catch-all",
                    _ => "row",
                }
            }
        }
    };
}

own_code_table!(ProtoError, Unknown);
own_code_table!(Smtp, Other);

/// The kind of a value of a group enum.
fn group_category(members: &[OsError], is_catch_all: bool) -> &'static str {
    match (is_catch_all, members) {
        (true, [OsError::Unlisted(_)]) => "catch-all holding an unlisted error",
        (true, [row]) if Failure::from(*row) != Failure::Fatal(*row) => {
            "catch-all holding a row a variant lists"
        }
        (true, _) => "catch-all holding a row",
        (false, [row]) if row.raw_os_error().and_then(OsError::from_raw_os_error) == Some(*row) => {
            "unit variant of one row"
        }
        (false, [_]) => "unit variant of one row without its own code here",
        (false, _) => "unit variant of several rows",
    }
}

impl Subject for Failure {
    const TABLE: &'static str = "Failure";
    fn values() -> Vec<Self> {
        // Every canonical value kept, also those a variant lists (as no decoding gives),
        // and every row in the variant that keeps its row, also those it does not list.
        let fatal = OsError::values().into_iter().map(Failure::Fatal);
        let retry = OsError::ALL.iter().map(|&row| Failure::Retry(row));
        Failure::ALL
            .iter()
            .copied()
            .chain(fatal)
            .chain(retry)
            .collect()
    }
    fn into_io(self) -> io::Error {
        io::Error::from(self)
    }
    fn back(error: io::Error) -> Option<Self> {
        let by_ref = Failure::from(&error);
        assert_eq!(Failure::from(error), by_ref);
        Some(by_ref)
    }
    fn category(&self) -> &'static str {
        match *self {
            Failure::Retry(row) if Failure::from(row) != *self => {
                "variant that keeps a row it does not list"
            }
            Failure::Retry(_) => "variant that keeps its row",
            _ => group_category(self.members(), matches!(self, Failure::Fatal(_))),
        }
    }
}

impl Subject for Transient {
    const TABLE: &'static str = "Transient";
    fn values() -> Vec<Self> {
        Transient::ALL.to_vec()
    }
    fn into_io(self) -> io::Error {
        io::Error::from(self)
    }
    fn back(error: io::Error) -> Option<Self> {
        Transient::try_from(error).ok()
    }
    fn category(&self) -> &'static str {
        group_category(self.members(), false)
    }
}

/// Failures found, by `table | conversion | kind of value`: how many, and the first; and
/// how many cases were tried.
#[derive(Default)]
struct Failures(BTreeMap<String, (usize, String)>, usize);

impl Failures {
    fn add(&mut self, table: &str, conversion: &str, category: &str, example: String) {
        let key = format!("{table} | {conversion} | {category}");
        let entry = self.0.entry(key).or_insert((0, example));
        entry.0 += 1;
    }
}

/// Every way the tests wrap a value into an `io::Error`, by name.
fn wrappings<T: Subject>(value: T) -> Vec<(&'static str, io::Error)> {
    let mut errors = vec![
        ("io::Error::from(v)", value.into_io()),
        ("io::Error::other(v)", io::Error::other(value)),
        (
            "io::Error::other(io::Error::from(v))",
            io::Error::other(value.into_io()),
        ),
    ];
    for kind in STABLE_KINDS {
        errors.push(("io::Error::new(kind, v)", io::Error::new(kind, value)));
        errors.push((
            "io::Error::new(kind, io::Error::from(v))",
            io::Error::new(kind, value.into_io()),
        ));
    }
    errors
}

/// A value that goes into an `io::Error`, however made, comes back equal.
fn values_come_back<T: Subject>(failures: &mut Failures) {
    for value in T::values() {
        for (conversion, error) in wrappings(value) {
            failures.1 += 1;
            let shown = format!("{error:?}");
            let back = T::back(error);
            if back != Some(value) {
                let example = format!("{value:?} -> {shown} -> {back:?}");
                failures.add(T::TABLE, conversion, value.category(), example);
            }
        }
    }
}

/// `io::Error`s as the OS and libraries make them: every code of every row of `T` on
/// this host and the edges, and code-less errors of every kind, plain and with a text.
fn io_errors(codes: &BTreeSet<i32>) -> Vec<(&'static str, io::Error)> {
    let mut errors = Vec::new();
    if Platform::CURRENT.is_some() {
        errors.extend(
            codes
                .iter()
                .map(|&code| ("raw OS code", io::Error::from_raw_os_error(code))),
        );
    }
    for kind in STABLE_KINDS {
        errors.push(("io::Error::from(kind)", io::Error::from(kind)));
        errors.push(("io::Error::new(kind, text)", io::Error::new(kind, "text")));
    }
    errors
}

/// An `io::Error` that goes through a table comes back with the same raw OS code and
/// kind: no conversion claims a code that did not happen or changes the kind.
fn io_errors_come_back<T: Subject>(codes: &BTreeSet<i32>, failures: &mut Failures) {
    for (origin, error) in io_errors(codes) {
        failures.1 += 1;
        let (code, kind, shown) = (error.raw_os_error(), error.kind(), format!("{error:?}"));
        let Some(value) = T::back(error) else {
            continue;
        };
        let again = value.into_io();
        if again.raw_os_error() != code || again.kind() != kind {
            if another_number_of_one_identity(code, value) {
                continue;
            }
            let example = format!("{shown} -> {value:?} -> {again:?}");
            let conversion = format!("{origin} -> T -> io::Error");
            failures.add(T::TABLE, &conversion, value.category(), example);
        }
    }
}

/// One identity per error: a raw code that is another number of a row (Windows'
/// `ERROR_NETNAME_DELETED` 64 beside `WSAECONNRESET` 10054, `ERROR_PATH_NOT_FOUND` 3
/// beside `ERROR_FILE_NOT_FOUND` 2) decodes to the row, which becomes the OS error of its
/// first number. That is no loss only if the error it becomes has another code and
/// decodes to the same value again; a code-less error is a loss.
fn another_number_of_one_identity<T: Subject>(code: Option<i32>, value: T) -> bool {
    let again = value.into_io();
    match (code, again.raw_os_error()) {
        (Some(code), Some(first)) => code != first && T::back(again) == Some(value),
        _ => false,
    }
}

fn check<T: Subject>(codes: &BTreeSet<i32>, failures: &mut Failures) {
    values_come_back::<T>(failures);
    io_errors_come_back::<T>(codes, failures);
}

#[test]
fn everything_that_goes_into_an_io_error_comes_back_equal() {
    let codes = codes_of(OsError::ALL, |row, p| row.code(p));
    let mut failures = Failures::default();
    check::<OsError>(&codes, &mut failures);
    check::<NetError>(&codes, &mut failures);
    check::<Sock>(&codes, &mut failures);
    check::<ResolveError>(&codes, &mut failures);
    check::<Wire>(&codes, &mut failures);
    check::<ProtoError>(&codes, &mut failures);
    check::<Smtp>(&codes, &mut failures);
    check::<Failure>(&codes, &mut failures);
    check::<Transient>(&codes, &mut failures);

    let found: Vec<(&str, usize)> = failures
        .0
        .iter()
        .map(|(key, (count, _))| (key.as_str(), *count))
        .collect();
    println!("{} cases tried", failures.1);
    for (key, (count, example)) in &failures.0 {
        println!("{count:6}  {key}\n        e.g. {example}");
    }
    if Platform::CURRENT == Some(Platform::Linux) {
        let listing: String = found
            .iter()
            .map(|(key, count)| format!("    ({key:?}, {count}),\n"))
            .collect();
        assert!(
            found == LOSSES_BY_DESIGN,
            "the round trips that fail are not the losses by design; the list:\n{listing}"
        );
    } else {
        // Counts depend on the host's codes; the kinds of loss must still be known.
        let known: BTreeSet<&str> = LOSSES_BY_DESIGN.iter().map(|(key, _)| *key).collect();
        for (key, _) in &found {
            assert!(known.contains(key), "a new kind of failure: {key}");
        }
    }
}
