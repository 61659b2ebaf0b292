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

pub use errtable_macros::{error_table, ErrorTable};
pub use platform::{Platform, UnknownPlatform};
pub use table::OsError;
pub use unlisted::{UnknownName, Unlisted};
