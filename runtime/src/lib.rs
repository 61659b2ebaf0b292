//! Typed, portable, readable OS and socket error codes.
//!
//! errtable turns the numbers operating systems report for failed calls into one enum
//! that reads the same on every platform. It ships [`OsError`], the canonical table of
//! Winsock and errno codes, and the [`error_table!`] DSL and [`ErrorTable`] derive that
//! built it, for tables of your own.
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
//!   is `no_std` and tables implement `core::error::Error`.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

// Generated code names the runtime `::errtable`, also inside the runtime itself.
extern crate self as errtable;

mod platform;
mod table;
mod unlisted;

#[doc(hidden)]
pub mod __private;

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
///   default `Clone, Copy, PartialEq, Eq, Hash, Debug`.
/// - A row: `Variant { key: value, … }` with doc comments and attributes passed through.
///   - A platform key (`windows`, `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`,
///     `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`; join several with `|`):
///     `NAME = 42`, then `| ALIAS` for another name of the same number, `| ALIAS = 43`
///     for a name with a number of its own (both decode to the row), and `=> Row` when
///     the number is also another row's and decoding should give that row. Platforms do
///     not inherit from each other: a row says nothing about a platform it does not name.
///   - `code: NAME = 42`: instead of platform keys, for a table of a protocol's own codes.
///   - `kind: ConnectionRefused`: a stable `std::io::ErrorKind` variant (default `Other`).
///   - `message: "…"` (required): what `Display` prints. `description: "…"`: longer text.
/// - `#[catch_all] Variant`: keeps what no row lists (an [`Unlisted`] for platform
///   tables, the `i32` for a table of its own codes).
///
/// Every mistake is a compile error on the offending token with a hint, all mistakes of
/// a table at once, and the table is still generated so that no error cascades.
///
/// # Generated API
///
/// For a platform table `E`: `E::ALL`, `name`, `message`, `description`, `kind`,
/// `code(Platform)`, `symbol(Platform)`, `aliases(Platform)`, `E::from_code`,
/// `E::decode` (with a catch-all), `E::translate`, `raw_os_error`,
/// `E::from_raw_os_error`, `E::from_name` and `FromStr` (any symbol or alias of any
/// platform, or the variant name), `E::from_io_error`, `Display` (`{:#}` adds the
/// symbol and number of the current platform), `core::error::Error`,
/// `From<E> for io::Error`, and with a catch-all the total `From<io::Error>` and
/// `From<&io::Error>`. [`OsError`] documents each with an example. A table of its own
/// codes has the same API with `code()`, `symbol()`, `aliases()`, `from_code(i32)` and
/// `decode(i32)` taking no platform, and no decoding of `io::Error`.
#[doc(inline)]
pub use errtable_macros::error_table;
#[doc(inline)]
pub use errtable_macros::ErrorTable;
pub use platform::{Platform, UnknownPlatform};
pub use table::OsError;
pub use unlisted::{UnknownName, Unlisted};
