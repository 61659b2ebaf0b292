//! Typed, portable, readable OS and socket error codes.
//!
//! errtable turns the numbers operating systems report for failed calls into one enum
//! that reads the same on every platform. It ships [`OsError`], the canonical table of
//! Winsock, Win32 and errno codes, [`ResolveError`], the same for the name-resolution codes of
//! `getaddrinfo` (with [`LookupError`] for the error of a failed lookup through std), and
//! the [`error_table!`] DSL and [`ErrorTable`] derive that built them, for tables of your
//! own.
//!
//! ```
//! use errtable::{OsError, Platform};
//!
//! // A code from a Windows log, read on any host.
//! let e = OsError::from_code(Platform::Windows, 10054).unwrap();
//! assert_eq!(e, OsError::ConnectionReset);
//! assert_eq!(e.code(Platform::Linux), Some(104));
//! assert_eq!(e.symbol(Platform::Windows), Some("WSAECONNRESET"));
//! assert_eq!(e.to_string(), "Connection reset by peer");
//! ```
//!
//! Matching a live error the same way everywhere:
//!
//! ```
//! use errtable::OsError;
//! use std::net::TcpListener;
//!
//! let listener = TcpListener::bind("127.0.0.1:0").unwrap();
//! let err = TcpListener::bind(listener.local_addr().unwrap()).unwrap_err();
//! assert_eq!(OsError::from(&err), OsError::AddressInUse);
//! ```
//!
//! # Features
//! - `std` (default): `io::Error` conversions and `io::ErrorKind`. Without it the crate
//!   is `no_std` and tables implement `core::error::Error` (from Rust 1.81; older
//!   compilers, which errtable without `macros` supports down to 1.71, have no such
//!   trait, and tables then implement `std::error::Error` with `std` only).
//! - `macros` (default): the [`error_table!`] DSL and the [`ErrorTable`] derive, for
//!   tables of your own (they bring errtable-macros, syn, quote and proc-macro2). The
//!   canonical tables do not need it: their expansion is part of the crate's source. A
//!   crate that only matches and decodes [`OsError`] and [`ResolveError`] depends on
//!   `errtable = { version = "0.1", default-features = false, features = ["std"] }` and
//!   builds no proc macro and no other crate, with the same tables.
//! - `serde`: `Serialize` and `Deserialize` for [`Platform`], [`Unlisted`] and every
//!   table (`OsError`, `ResolveError` and those `error_table!` and
//!   `#[derive(ErrorTable)]` generate, in any crate), in a portable form: names in
//!   human-readable formats (`"ConnectionReset"`, `{"platform": "linux", "code": 4242}`),
//!   compact enums in binary ones. A table then has both impls already. To derive or
//!   write your own for a table instead, mark it `#[errtable(no_serde)]`: without it,
//!   yours would conflict with the generated ones as soon as any crate in the build turns
//!   the feature on.
//!
//! ## Serialized forms (feature `serde`)
//!
//! Human-readable formats (JSON, YAML, TOML, RON…) see names, never positions, so that
//! what one version of errtable writes another reads:
//!
//! | value | form |
//! | --- | --- |
//! | `Platform::LinuxMips` | `"linux_mips"` (its [`key`](crate::Platform::key)) |
//! | `Persistence::ConnectionLost` | `"connection_lost"` (its [`key`](crate::Persistence::key)) |
//! | `Unlisted::Code { platform: Linux, code: 4242 }` | `{"platform": "linux", "code": 4242}` |
//! | `Unlisted::NonOsCode { platform: Linux, code: -3 }` | `{"platform": "linux", "non_os_code": -3}` |
//! | `Unlisted::Raw(4242)` | `{"raw": 4242}` |
//! | `Unlisted::Kind(ErrorKind::TimedOut)` | `{"kind": "TimedOut"}` |
//! | a table's row, `OsError::ConnectionReset` | `"ConnectionReset"` (its variant's name) |
//! | a table's catch-all, `OsError::Unlisted(Unlisted::Raw(4242))` | `{"Unlisted": {"raw": 4242}}` (its name, and what it keeps) |
//! | a group's variant that keeps its row, `Retry::Slow(OsError::TimedOut)` | `{"Slow": "TimedOut"}` (its name, and the row as `OsError` writes it) |
//!
//! Binary formats (postcard, bincode, CBOR…) see serde's enums with fixed variant
//! indices, and names where a position could change between versions: `Unlisted` is
//! variant 0 `Code(platform key, code)`, 1 `Raw(code)`, 2 `Kind(kind name)` or 3
//! `NonOsCode(platform key, code)`; a table's
//! value is variant 0 `row(variant name)`, so that adding a row shifts nothing, 1, its
//! catch-all, with what it keeps, or 2 `kept(variant name, row)`, a group's variant that
//! keeps its row, with that row in `OsError`'s form.
//!
//! Deserializing accepts what serializing writes, and names what it expected otherwise
//! (``unknown variant `plan9`, expected one of `windows`, …``); a variant that keeps its
//! row is read back only with a row it lists (`` `ConnectionReset` is not a row that
//! Retry::Slow keeps (it lists `TimedOut`, `WouldBlock`) ``). A catch-all is read back
//! only keeping what the table's own decoding keeps there, so that one error is one
//! value whatever the format:
//!
//! - a code a row lists is refused, naming the row: `{"Unlisted": {"platform":
//!   "linux", "code": 104}}` gives `` `Code { platform: Linux, code: 104 }` is not kept
//!   by OsError::Unlisted: OsError decodes it as OsError::ConnectionReset ``; so is a
//!   table's own code a row lists (`{"Other": 421}`), and a row a group's variant lists
//!   (`{"Fatal": "TimedOut"}` where `Slow` lists `TimedOut`);
//! - `Code` where the table's codes are the OS's (every platform, or those
//!   `os_error_codes` names) is kept unless a row lists it; `NonOsCode` there is
//!   refused (decoding keeps such a code as `Code`, which the error says);
//! - where the table's codes are a numbering of its own (a platform `os_error_codes`
//!   leaves out), `NonOsCode` is that numbering's code, kept unless a row lists it, and
//!   `Code` an OS error of that platform, kept whatever its number: no row is one
//!   (`decode_raw_os_error` keeps it so there);
//! - `Raw` (a platform errtable does not know, where no row decodes) and `Kind` (an
//!   `io::Error` without a code; decoding never goes by kind) are kept whatever they
//!   hold.
//!
//! A value built by hand that decoding never gives (`OsError::Unlisted` keeping Linux
//! 104) serializes, but does not read back. A row is read by its
//! variant's exact name only, never by a symbol (`ECONNRESET`) or in another case. A `Platform` is read with its
//! [`FromStr`](core::str::FromStr), so its aliases are accepted too; a `Persistence`
//! likewise (its key or its `Debug` name). Both are their key in binary formats too. An
//! `Unlisted::Kind` of a kind std has not stabilized (std makes a few) has no portable
//! name: serializing it is an error.
// Without the macros the links above go to their documentation on docs.rs.
#![cfg_attr(
    not(feature = "macros"),
    doc = "",
    doc = "[`error_table!`]: https://docs.rs/errtable/0.1/errtable/macro.error_table.html",
    doc = "[`ErrorTable`]: https://docs.rs/errtable/0.1/errtable/derive.ErrorTable.html"
)]
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

// Generated code names the runtime `::errtable`, also inside the runtime itself.
extern crate self as errtable;

mod codes;
mod compat;
mod hresult;
#[cfg(feature = "std")]
mod io;
mod pad;
mod persistence;
mod platform;
mod resolver;
mod serde;
mod table;
mod unlisted;

#[doc(hidden)]
pub mod __private;

pub use codes::Codes;
/// Declares an enum as a table of error codes: one row per variant.
///
/// ```
/// errtable::error_table! {
///     /// Errors of a small socket layer. Docs and attributes pass through.
///     pub enum NetError {
///         /// The peer refused the connection.
///         Refused {
///             windows: WSAECONNREFUSED = 10061,
///             linux | linux_powerpc: ECONNREFUSED = 111,
///             linux_mips: ECONNREFUSED = 146,
///             macos | freebsd: ECONNREFUSED = 61,
///             kind: ConnectionRefused,
///             persistence: Transient,                       // worth another try
///             message: "Connection refused",
///             description: "Nothing listens on the port connected to.",
///         },
///         /// Try again later.
///         WouldBlock {
///             windows: WSAEWOULDBLOCK = 10035,
///             linux: EAGAIN = 11 | EWOULDBLOCK,            // an alias: another name, same number
///             macos: EAGAIN = 35 | EWOULDBLOCK,
///             kind: WouldBlock,
///             message: "Resource temporarily unavailable",
///         },
///         OperationNotSupported {
///             linux: EOPNOTSUPP = 95,
///             macos: EOPNOTSUPP = 102,
///             kind: Unsupported,
///             message: "Operation not supported on socket",
///         },
///         NotSupported {
///             linux: ENOTSUP = 95 => OperationNotSupported, // 95 is both; it decodes to that row
///             macos: ENOTSUP = 45,
///             kind: Unsupported,
///             message: "Operation not supported",
///         },
///         /// Keeps every code no row lists, losslessly.
///         #[catch_all]
///         Unlisted,
///     }
/// }
///
/// use errtable::Platform;
///
/// let e = NetError::from_code(Platform::Windows, 10061).unwrap();
/// assert_eq!(e, NetError::Refused);
/// assert_eq!(e.code(Platform::LinuxMips), Some(146));
/// assert_eq!(e.symbol(Platform::MacOs), Some("ECONNREFUSED"));
/// assert_eq!(e.kind(), std::io::ErrorKind::ConnectionRefused);
/// assert_eq!(e.persistence(), errtable::Persistence::Transient);
/// assert_eq!(NetError::WouldBlock.persistence(), errtable::Persistence::Unknown); // no key
/// assert_eq!(e.to_string(), "Connection refused");
/// assert_eq!(NetError::translate(11, Platform::Linux, Platform::Windows), Some(10035));
/// assert_eq!(NetError::from_name("EWOULDBLOCK"), Some(NetError::WouldBlock));
/// assert_eq!(NetError::from_code(Platform::Linux, 95), Some(NetError::OperationNotSupported));
/// assert_eq!(NetError::NotSupported.code(Platform::Linux), Some(95));
/// assert_eq!(NetError::decode(Platform::Linux, 4242).code(Platform::Linux), Some(4242));
/// ```
///
/// # Syntax
///
/// - The enum: doc comments and attributes pass through; `#[errtable(crate = path)]`
///   names the runtime if you renamed it, `#[errtable(no_default_derives)]` drops the
///   default `Clone, Copy, PartialEq, Eq, Hash, Debug`, `#[errtable(no_serde)]` leaves
///   `Serialize` and `Deserialize` to you (see the `serde` feature), and
///   `#[errtable(os_error_codes = windows | …)]` says on which platforms the table's codes
///   are the OS's own error codes (default: all): elsewhere `raw_os_error` and
///   `from_raw_os_error` give `None`, `{:#}` shows the message alone and an `io::Error`
///   made from a row wraps it, and `decode` keeps an unlisted code there as
///   [`Unlisted::NonOsCode`], never an OS error (an OS error of this platform is still
///   kept in the catch-all as the OS error it is, `Unlisted::from_raw_os_error`).
///   `ResolveError` says `os_error_codes = windows`, as its Unix codes are no `errno`.
/// - A row: `Variant { key: value, … }` with doc comments and attributes passed through.
///   - A platform key ([`Platform::key`] of any [`Platform`]: `windows`, `linux`,
///     `linux_mips`, `macos`, `freebsd`, `wasi`, …; join several with `|`):
///     `NAME = 42`, then `| ALIAS` for another name of the same number, `| ALIAS = 43`
///     for a name with a number of its own (both decode to the row), and `=> Row` when
///     the number is also another row's and decoding should give that row. Platforms do
///     not inherit from each other: a row says nothing about a platform it does not name.
///   - `code: NAME = 42`: instead of platform keys, for a table of a protocol's own codes.
///   - `kind: ConnectionRefused`: a stable `std::io::ErrorKind` variant (default `Other`).
///   - `persistence: Transient`: a [`Persistence`] class, `Transient` or
///     `Persistence::Transient` (default `Unknown`: a table written without the key
///     says nothing false). A row's docs show its kind and persistence.
///   - `message: "…"` (required): what `Display` prints. `description: "…"`: longer text.
/// - `#[catch_all] Variant`: keeps what no row lists (an [`Unlisted`] for platform
///   tables, the `i32` for a table of its own codes).
/// - Names are compared and shown without `r#`: `r#Match` is named `Match`, and
///   `r#match = 1` has the symbol `match`.
/// - A row cannot be `#[cfg]`'d (every platform's codes are data of the whole table;
///   `#[derive(ErrorTable)]` does see only the variants the configuration keeps); a
///   `#[cfg]` on the whole table applies to all it generates.
/// - A row cannot be named like an associated item the table generates (`ALL`, `decode`,
///   `from_code`, `from`, …): `Table::decode` would be the row, not the function.
/// - The names of two rows (variant names and symbols) cannot differ only in ASCII case,
///   `EAGAIN` in one and `Eagain` in another: `from_name_ignore_case` finds one row by a
///   name, as `from_name` does.
///
/// Every mistake is one compile error on the offending token with a hint, all mistakes
/// of a table at once, and the table is still generated so that no error cascades.
///
/// # Generated API
///
/// For a platform table `E`: `E::ALL`, `name`, `message`, `description`, `kind`,
/// `persistence` (a `const fn`; the catch-all's is `Unknown`),
/// `code(Platform)`, `symbol(Platform)`, `aliases(Platform)`, `E::from_code`,
/// `E::decode` (with a catch-all), `E::translate`, `E::symbol_of(Platform, i32)` (the
/// exact symbol of one code: of the names of the row the code decodes to, the first with
/// that number, so the primary where several names share it; `None` for an unlisted
/// code), `raw_os_error`, `E::from_raw_os_error` (a raw OS code of the current platform,
/// `None` if unlisted) and `E::decode_raw_os_error` (the same, total: with a catch-all,
/// which keeps the rest; what `From<&io::Error>` gives for
/// `io::Error::from_raw_os_error(code)`, and `E::decode` on the current platform where
/// the table's codes are the OS's),
/// `E::from_name` and `FromStr` (any symbol or alias of any
/// platform, or the variant name; case matters), `E::from_name_ignore_case` (ASCII case
/// folded), `E::from_io_error`, `Display` (`{:#}` adds the symbol and number of the
/// current platform; width, fill and alignment pad the whole text, as for a `str`),
/// `Debug` (the variant's name, with the default derives), `core::error::Error`,
/// `From<E> for io::Error`, and with a catch-all the total `From<io::Error>` and
/// `From<&io::Error>` (without one, `TryFrom<io::Error>`, whose error is the input).
/// Each method's docs carry an example written from the table's own first row (run as
/// doctests on [`OsError`]). Every symbol of a row, each platform's and its aliases, is a
/// `#[doc(alias)]` of the variant, so rustdoc's search finds the row by the constant it
/// replaces (`ENOPROTOOPT` finds `OsError::BadProtocolOption`). A table of its own
/// codes has the same API with `code()`, `symbol()`, `aliases()`, `symbol_of(i32)`,
/// `from_code(i32)` and `decode(i32)` taking no platform, and no `decode_raw_os_error`; no OS error has its codes, so its `io::Error` wraps
/// the value, and `from_io_error` and `TryFrom<io::Error>` (whose error is the input
/// unchanged) give a wrapped value back.
///
/// The conversions are lossless both ways. Decoding reads facts only, from the innermost
/// `io::Error` of a chain: its raw OS code, else a value of the table it wraps (for a
/// catch-all, also a wrapped [`Unlisted`]), else the catch-all keeps the kind. No row is
/// guessed from a kind: `io::Error::from(ErrorKind::TimedOut)` from an application's
/// timer is not `ETIMEDOUT`; match on `.kind()` for errors that did not come from the
/// OS. `io::Error::from(value)` is the OS's own error exactly where decoding that error
/// gives `value` back; otherwise it is a custom error of `value.kind()` that wraps
/// `value`. So a row whose number another row decodes (`=> Row`: `ENOTSUP` beside
/// `EOPNOTSUPP`, both 95 on Linux) still has that `raw_os_error()`, but its `io::Error`
/// wraps it and comes back as itself.
#[cfg(feature = "macros")]
#[doc(inline)]
pub use errtable_macros::error_table;
/// Derives a table for an enum you write: either with codes of its own, or grouping rows
/// of [`OsError`].
///
/// ```
/// use errtable::{ErrorTable, OsError, Platform};
///
/// // Codes of its own: the entries of an `error_table!` row, as attributes.
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
/// enum Wire {
///     /// Connection refused
///     #[errtable(windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111, kind: ConnectionRefused)]
///     Refused,
///     #[errtable(catch_all)]
///     Unlisted(errtable::Unlisted),
/// }
///
/// // Groups of canonical rows, with a catch-all that keeps the rest.
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
/// enum Failure {
///     /// The peer went away
///     #[errtable(rows: ConnectionReset | ConnectionAborted)]
///     Dropped,
///     #[errtable(catch_all)]
///     Fatal(OsError),
/// }
///
/// assert_eq!(Wire::from_code(Platform::Windows, 10061), Some(Wire::Refused));
/// assert_eq!(Wire::Refused.to_string(), "Connection refused");
/// assert_eq!(Failure::from(OsError::ConnectionAborted), Failure::Dropped);
/// assert_eq!(Failure::decode(Platform::Linux, 104), Failure::Dropped);
/// assert_eq!(Failure::Dropped.members(), &[OsError::ConnectionReset, OsError::ConnectionAborted]);
/// assert_eq!(Failure::from(OsError::TimedOut), Failure::Fatal(OsError::TimedOut));
/// ```
///
/// # Syntax
///
/// - On the enum: `#[errtable(crate = path)]` names the runtime if you renamed it. The
///   enum cannot be generic; derive `Debug` (the generated `Error` impl needs it).
/// - A row is a unit variant; `#[errtable(key: value, …)]` takes the entries of an
///   [`error_table!`] row (they may be split over several attributes). Without
///   `message:`, the doc comment's first paragraph is the message (without the period
///   that ends it; an ellipsis, `Wait...`, and an abbreviation, `e.g.` or `etc.`, keep theirs) and
///   the later paragraphs the description. A doc rustc makes only after the derive ran
///   (`#[doc = include_str!("…")]`) cannot be read: such a variant needs `message:`.
/// - `rows: A | B`: the variant stands for those rows of [`OsError`] and takes their
///   codes, so it gives none of its own; `kind:`, `persistence:`, `message:` and
///   `description:` may go beside it. A row belongs to one variant. If one variant lists rows, every row
///   variant must.
/// - A variant with `rows:` is a unit variant, or holds the row it was decoded from in
///   one field of [`OsError`], `Retry(OsError)` (see below).
/// - `#[errtable(catch_all)] Variant(T)` keeps what no variant stands for: `T` is
///   [`Unlisted`] for a table of OS codes, `i32` for a table of its own `code:`s, and
///   [`OsError`] for a group table. It takes no entries.
/// - A variant the configuration leaves out (`#[cfg(…)]`) is not in the table. Names,
///   raw identifiers and the names a row cannot take are as in [`error_table!`].
///
/// # Generated API
///
/// A table of codes of its own gets what [`error_table!`] generates. A group enum `G`
/// gets `G::ALL` (its unit variants), `name`, `message` and `description` (the
/// catch-all's are the kept row's), `members()` (the rows the variant stands for; for
/// the catch-all and a variant that keeps its row, the kept one), `codes(Platform)`
/// (their codes on that platform, a [`Codes`]), `os_error()`, `G::from_os_error`,
/// `G::from_code`, `G::from_io_error`, `kind()`, `persistence()`, `Display` (the message; the catch-all
/// displays as the kept row), `core::error::Error`, `From<G> for io::Error`, and
/// `From<G> for OsError` (`TryFrom`, whose error is the value, where a unit variant
/// stands for several rows). With a catch-all: `From<OsError>`, `From<io::Error>`,
/// `From<&io::Error>`, `G::decode` and `G::decode_raw_os_error` (a raw OS code of the
/// current platform, as `From<&io::Error>` decodes it); without one, `TryFrom<OsError>` and
/// `TryFrom<io::Error>`, whose error is the input unchanged.
///
/// A derive cannot change the enum it derives for (it only adds items after it), so
/// unlike [`error_table!`] it cannot make a row's symbols `#[doc(alias)]`es of its
/// variant, and no other item can carry them for the variant (rustdoc's search leads
/// to the item an alias is on, and an `impl` block takes none). Write them on the
/// variant yourself where search should find it: `#[doc(alias("ECONNRESET",
/// "WSAECONNRESET"))]`; the derive ignores `doc` attributes other than the message.
///
/// A unit variant of one row converts as that row does. A unit variant of several rows
/// does not know which of them happened, and claims none: `os_error()` is `None`, its
/// `io::Error` wraps it without an OS code, and its `kind()` is `kind:` if given, else
/// the kind its rows share, else `Other`. Its `persistence()` is `persistence:` if
/// given, else the class its rows share; where they differ and the variant gives none,
/// compilation fails on the variant, asking for one. A variant that keeps its row, and
/// the catch-all, answer with the kept row's class unless they give their own. To keep
/// the row, give the variant a field:
///
/// ```
/// use errtable::{ErrorTable, OsError};
///
/// #[derive(Debug, Clone, Copy, PartialEq, ErrorTable)]
/// enum Attempt {
///     /// Worth another try
///     #[errtable(rows: ConnectionRefused | WouldBlock)]
///     Retry(OsError),
///     /// The peer went away
///     #[errtable(rows: ConnectionReset | ConnectionAborted)]
///     Dropped,
///     #[errtable(catch_all)]
///     Fatal(OsError),
/// }
///
/// let retry = Attempt::from(OsError::WouldBlock);
/// assert_eq!(retry, Attempt::Retry(OsError::WouldBlock));
/// assert_eq!(retry.os_error(), Some(OsError::WouldBlock));
/// // It converts as its row does, and comes back equal.
/// let error = std::io::Error::from(retry);
/// assert_eq!(error.kind(), std::io::ErrorKind::WouldBlock);
/// assert_eq!(Attempt::from(error), retry);
/// // `Dropped` does not know whether the connection was reset or aborted.
/// assert_eq!(Attempt::Dropped.os_error(), None);
/// let error = std::io::Error::from(Attempt::Dropped);
/// assert_eq!(error.raw_os_error(), None);
/// assert_eq!(Attempt::from(error), Attempt::Dropped);
/// ```
#[cfg(feature = "macros")]
#[doc(inline)]
pub use errtable_macros::ErrorTable;
pub use hresult::win32_from_hresult;
pub use persistence::{Persistence, UnknownPersistence};
pub use platform::{Platform, UnknownPlatform};
pub use resolver::{LookupError, ResolveError};
pub use table::OsError;
pub use unlisted::{UnknownName, Unlisted};

/// The README's examples, run as doctests (they use the macros).
#[cfg(all(doctest, feature = "macros"))]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
