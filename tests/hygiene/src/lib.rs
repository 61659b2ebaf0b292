//! Generated code must compile wherever a table is declared: with no prelude, next to
//! items that take the names it could mean (`Result`, `Option`, `Error`, `io`, `core`,
//! `std`, `fmt`, `Platform`, `OsError`, `Unlisted`, the primitives `str`, `usize`,
//! `i32`, and lowercase constants and unit structs named like the bindings it makes), with
//! methods of the same names as its own on every type, with deprecated tables and rows,
//! and with `warnings`, `missing_docs` and `unsafe_code` denied. CI also runs clippy on
//! this crate with `-D warnings` and `clippy::pedantic` on. The runtime's `serde` feature
//! is on, so the `Serialize` and `Deserialize` impls are checked too.
#![no_implicit_prelude]
#![deny(warnings, missing_docs, unsafe_code)]
#![warn(clippy::pedantic)]

/// Takes the name of `core::result::Result`.
pub struct Result;

/// Takes the name of `core::option::Option` (and so of `Some` and `None` nowhere).
pub struct Option;

/// Takes the name of `core::error::Error` and `std::io::Error`.
pub struct Error;

/// Takes the name of `errtable::Platform`.
pub struct Platform;

/// Takes the name of the primitive `str`, which generated code names as
/// `::core::primitive::str`.
#[allow(non_camel_case_types)]
pub struct str;

/// Takes the name of the primitive `usize`.
#[allow(non_camel_case_types)]
pub struct usize;

/// Takes the name of the primitive `i32`.
#[allow(non_camel_case_types)]
pub struct i32;

/// Takes the name of `errtable::OsError`.
pub struct OsError;

/// Takes the name of `errtable::Unlisted`.
pub struct Unlisted;

/// Takes the name of the alias older expansions gave `io::ErrorKind`.
pub enum __Kind {}

// Constants and unit structs named like the bindings generated code makes: each would
// turn such a binding into a constant pattern if it could reach it.

/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const code: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const row: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const value: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const platform: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const name: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const index: ::core::primitive::usize = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const symbol: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const description: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_upper_case_globals)]
pub const kept: ::core::primitive::i32 = 3;
/// Named like a binding.
#[allow(non_camel_case_types)]
pub struct error;
/// Named like a binding.
#[allow(non_camel_case_types)]
pub struct unlisted;
/// Named like a binding.
#[allow(non_camel_case_types)]
pub struct f;
/// Named like a binding.
#[allow(non_camel_case_types)]
pub struct from;
/// Named like a binding.
#[allow(non_camel_case_types)]
pub struct to;
/// Named like a binding.
#[allow(non_camel_case_types)]
pub struct p;
/// Named like a binding (of the `serde` feature's impls).
#[allow(non_camel_case_types)]
pub struct serializer;
/// Named like a binding (of the `serde` feature's impls).
#[allow(non_upper_case_globals)]
pub const deserializer: ::core::primitive::i32 = 3;
/// Takes the names of the type parameters of `Serialize` and `Deserialize`.
pub struct S;
/// Takes the names of the type parameters of `Serialize` and `Deserialize`.
pub struct D;

/// Takes the name of `std::io`.
pub mod io {}

/// Takes the name of the `core` crate for relative paths; `::core` still names the crate.
pub mod core {}

/// Takes the name of the `std` crate for relative paths.
pub mod std {}

/// Takes the name of `core::fmt`.
pub mod fmt {}

/// Methods named like the generated ones and those generated code calls, on every type:
/// a call that meant an inherent method must not find these instead.
pub trait Decoy {
    /// Named like `code`.
    fn code(&self) -> u8 {
        0
    }
    /// Named like `kind`.
    fn kind(&self) -> u8 {
        0
    }
    /// Named like `str::len`.
    fn len(&self) -> u8 {
        0
    }
    /// Named like `str::is_empty`.
    fn is_empty(&self) -> u8 {
        0
    }
    /// Named like `message`.
    fn message(&self) -> u8 {
        0
    }
    /// Named like `io::Error::raw_os_error`.
    fn raw_os_error(&self) -> u8 {
        0
    }
    /// Named like `Display::fmt`.
    fn fmt(&self) -> u8 {
        0
    }
}

impl<T: ?::core::marker::Sized> Decoy for T {}

::errtable::error_table! {
    /// An OS table with aliases, a shared number and a catch-all.
    pub enum Socket {
        /// Nothing listens there.
        Refused {
            windows: WSAECONNREFUSED = 10061,
            linux: ECONNREFUSED = 111,
            linux_alpha | linux_mips: ECONNREFUSED = 146,
            macos | freebsd: ECONNREFUSED = 61,
            kind: ConnectionRefused,
            message: "Connection refused",
            description: "No one listens on the remote address.",
        },
        Again {
            windows: WSAEWOULDBLOCK = 10035,
            linux: EAGAIN = 11 | EWOULDBLOCK,
            linux_mips: EDEADLK = 45 | EDEADLOCK = 56,
            kind: WouldBlock,
            message: "Resource temporarily unavailable",
        },
        NotSupported {
            linux: ENOTSUP = 95 => OperationNotSupported,
            macos: ENOTSUP = 45,
            kind: Unsupported,
            message: "Not supported",
        },
        OperationNotSupported {
            linux: EOPNOTSUPP = 95,
            macos: EOPNOTSUPP = 102,
            kind: Unsupported,
            message: "Operation not supported",
        },
        #[catch_all]
        Unlisted,
    }
}

::errtable::error_table! {
    /// A protocol's own codes, with a catch-all.
    pub enum Reply {
        Fine { code: OK = 0, message: "Fine" },
        Busy { code: BUSY = 5 | LATER, kind: ResourceBusy, message: "Busy" },
        Lost { code: LOST = -1, message: "Lost" },
        #[catch_all]
        Unknown,
    }
}

::errtable::error_table! {
    /// A deprecated table with a deprecated row, a raw name and a `doc(alias)`.
    #[deprecated = "a test of the expansion's own uses"]
    pub enum Deprecated {
        /// Old.
        #[deprecated = "a test of the expansion's own uses"]
        Old { linux: EOLD = 1, message: "Old" },
        #[doc(alias = "raw")]
        r#Match { linux: r#match = 2, message: "Raw" },
        #[catch_all]
        Rest,
    }
}

/// A group without a catch-all.
#[derive(::core::fmt::Debug, ::errtable::ErrorTable)]
pub enum Partial {
    /// Refused.
    #[errtable(rows: ConnectionRefused | NetworkUnreachable)]
    Refused,
    /// Lost.
    #[errtable(rows: ConnectionReset, persistence: ConnectionLost)]
    Lost,
}

::errtable::error_table! {
    /// A table that derives only what it asks for.
    #[errtable(no_default_derives)]
    #[derive(::core::fmt::Debug)]
    pub enum Bare {
        TimedOut { linux: ETIMEDOUT = 110, windows: WSAETIMEDOUT = 10060, kind: TimedOut, message: "Timed out" },
    }
}

/// The runtime under another path, as a crate that re-exports it would have it.
pub mod rt {
    pub use ::errtable::*;
}

::errtable::error_table! {
    /// A table that reaches its runtime through `crate = …`.
    #[errtable(crate = crate::rt)]
    pub enum Elsewhere {
        Refused { linux: ECONNREFUSED = 111, kind: ConnectionRefused, message: "Connection refused" },
        #[catch_all]
        Unlisted,
    }
}

/// A derived table with codes of its own.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::errtable::ErrorTable,
)]
pub enum Own {
    /// Connection refused.
    #[errtable(linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, kind: ConnectionRefused)]
    Refused,
    /// Connection reset.
    #[errtable(linux | freebsd: ECONNRESET = 104, kind: ConnectionReset, message: "Reset")]
    Reset,
    /// What the table does not list.
    #[errtable(catch_all)]
    Unlisted(::errtable::Unlisted),
}

/// A derived table of a protocol's own codes.
#[derive(::core::fmt::Debug, ::errtable::ErrorTable)]
pub enum OwnCodes {
    /// First.
    #[errtable(code: FIRST = 1)]
    First,
    /// What the table does not list.
    #[errtable(catch_all)]
    Other(::core::primitive::i32),
}

/// A derived table that groups rows of the canonical table.
#[derive(
    ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::errtable::ErrorTable,
)]
pub enum Grouped {
    /// Nobody listens.
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// The peer went away.
    #[errtable(rows: ConnectionReset | ConnectionAborted, kind: ConnectionReset)]
    Dropped,
    /// Everything else.
    #[errtable(catch_all)]
    Other(::errtable::OsError),
}

/// A group whose variants keep the row they were decoded from, without a catch-all and
/// without `Clone`.
#[derive(::core::fmt::Debug, ::errtable::ErrorTable)]
pub enum Kept {
    /// Worth another try.
    #[errtable(rows: ConnectionRefused | WouldBlock)]
    Retry(::errtable::OsError),
    /// Timed out.
    #[errtable(rows: TimedOut, kind: TimedOut)]
    Slow(::errtable::OsError),
}

#[cfg(test)]
mod tests {
    use super::{Grouped, Own, Reply, Socket};
    use ::errtable::Platform;

    #[test]
    fn the_tables_work_without_a_prelude() {
        ::core::assert_eq!(
            Socket::from_code(Platform::LinuxMips, 56),
            ::core::option::Option::Some(Socket::Again)
        );
        ::core::assert_eq!(
            Socket::from_code(Platform::Linux, 95),
            ::core::option::Option::Some(Socket::OperationNotSupported)
        );
        ::core::assert_eq!(Reply::decode(-1), Reply::Lost);
        ::core::assert_eq!(Reply::decode(7), Reply::Unknown(7));
        ::core::assert!(::core::matches!(
            Own::decode(Platform::FreeBsd, 104),
            Own::Reset
        ));
        ::core::assert!(::core::matches!(
            Grouped::decode(Platform::Windows, 10053),
            Grouped::Dropped
        ));
    }
}
