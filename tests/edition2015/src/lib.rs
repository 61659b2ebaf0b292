//! Generated code must compile in a Rust 2015 crate too, where a path that starts with
//! `::` names a module of the crate itself unless it is written with the caller's
//! resolution, and `crate::` and the `dyn` keyword are not what they are later: every
//! shape of table, each piece of its generated code at least once. (A token of the
//! user's, such as a variant's name, gives its span to some generated code; that code
//! must still resolve as the macro's, which is what this crate checks.)
#![deny(warnings)]

#[macro_use]
extern crate errtable;

use errtable::{ErrorTable, OsError};

error_table! {
    /// A table of OS codes with a catch-all.
    pub enum Net {
        /// Refused.
        Refused { linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, kind: ConnectionRefused, message: "Connection refused" },
        #[catch_all]
        Other,
    }
}

error_table! {
    /// A table of its own codes.
    pub enum Wire {
        /// Busy.
        Busy { code: BUSY = 450, message: "Busy", persistence: Transient },
        #[catch_all]
        Other,
    }
}

/// A group: variants of one row and of several rows that share or declare a
/// persistence, a variant that keeps its row, and a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
pub enum Attempt {
    /// Refused.
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// Dropped.
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped,
    /// Slow.
    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
    Slow(OsError),
    /// Anything else.
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// What each table decodes, so that the tables are used.
pub fn decoded() -> (Net, Wire, Attempt) {
    (
        Net::decode(errtable::Platform::Linux, 111),
        Wire::decode(450),
        Attempt::from(OsError::TimedOut),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn tables_decode() {
        let (net, wire, attempt) = super::decoded();
        assert_eq!(net, super::Net::Refused);
        assert_eq!(wire, super::Wire::Busy);
        assert_eq!(attempt, super::Attempt::Slow(::errtable::OsError::TimedOut));
    }
}
