//! Generated code holds against what a user may legally have around a table (issue 21,
//! classes 2 and 3): a trait in scope, blanket-implemented for every type, whose
//! by-value methods are named like every method generated code could call (method
//! syntax would find them before the inherent method that needs an autoref or a
//! deref), and enums whose type has a destructor (no `const fn` of the expansion may
//! drop one of its values).

#![allow(dead_code)]
// The traits are hostile on purpose: by-value methods with the names of inherent ones.
#![allow(clippy::wrong_self_convention, clippy::should_implement_trait)]

use errtable::{OsError, Platform};
use std::io;
use tables::{Bare, Dropping, DroppingGroup, DroppingOwn, Reply, Wire};

/// The tables, declared where the hostile traits are in scope (the tests below are not).
mod tables {
    use errtable::{error_table, ErrorTable, OsError};

    /// By-value methods named like what generated code calls, on every type.
    pub trait Hostile {
        fn alternate(self) -> Hijacked
        where
            Self: Sized,
        {
            Hijacked
        }
        fn split_at_checked(self, _at: usize) -> Hijacked
        where
            Self: Sized,
        {
            Hijacked
        }
    }

    macro_rules! hostile_methods {
        ($($name:ident)*) => {
            /// More by-value methods, with no arguments.
            pub trait HostileNullary {
                $(fn $name(self) -> Hijacked where Self: Sized { Hijacked })*
            }
            impl<T: ?Sized> HostileNullary for T {}

            /// And with one argument.
            pub trait HostileUnary {
                $(fn $name<A>(self, _a: A) -> Hijacked where Self: Sized { Hijacked })*
            }

            impl<T: ?Sized> HostileUnary for T {}
        };
    }

    hostile_methods! {
        code symbol message name kind description raw_os_error is_empty is_some is_none len
        debug_tuple field finish write_str members os_error get_ref downcast_ref fmt
        to_string clone eq cmp partial_cmp hash aliases names unwrap
    }

    impl<T: ?Sized> Hostile for T {}

    /// What a hijacked call would give: a type no generated code expects.
    pub struct Hijacked;

    error_table! {
        /// OS codes with a catch-all.
        pub enum Wire {
            Refused { linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, kind: ConnectionRefused, message: "Refused" },
            Again { linux: EAGAIN = 11 | EWOULDBLOCK, kind: WouldBlock, message: "Again" },
            #[catch_all]
            Other,
        }
    }

    error_table! {
        /// OS codes, no catch-all, no default derives.
        #[errtable(no_default_derives)]
        #[derive(Debug)]
        pub enum Bare {
            Refused { linux: ECONNREFUSED = 111, message: "Refused" },
        }
    }

    error_table! {
        /// Own codes with a catch-all.
        pub enum Reply {
            Busy { code: BUSY = 450, kind: ResourceBusy, message: "Busy" },
            #[catch_all]
            Unknown,
        }
    }

    /// A derived table of OS codes whose enum has a destructor.
    #[derive(Debug, PartialEq, ErrorTable)]
    pub enum Dropping {
        /// Refused
        #[errtable(linux: ECONNREFUSED = 111, kind: ConnectionRefused)]
        Refused,
        /// Reset
        #[errtable(linux: ECONNRESET = 104 | ERESET, kind: ConnectionReset)]
        Reset,
        #[errtable(catch_all)]
        Other(errtable::Unlisted),
    }

    impl Drop for Dropping {
        fn drop(&mut self) {}
    }

    /// A derived group with a destructor, variants that keep their row, and a catch-all.
    #[derive(Debug, PartialEq, ErrorTable)]
    pub enum DroppingGroup {
        /// Try again
        #[errtable(rows: ConnectionRefused | ConnectionReset)]
        Retry(OsError),
        /// Slow
        #[errtable(rows: TimedOut)]
        Slow,
        #[errtable(catch_all)]
        Fatal(OsError),
    }

    impl Drop for DroppingGroup {
        fn drop(&mut self) {}
    }

    /// A derived own-code table with a destructor and no catch-all.
    #[derive(Debug, PartialEq, ErrorTable)]
    pub enum DroppingOwn {
        /// Busy
        #[errtable(code: BUSY = 450)]
        Busy,
    }

    impl Drop for DroppingOwn {
        fn drop(&mut self) {}
    }
}

#[test]
fn tables_work_with_hostile_traits_in_scope() {
    // `{:#}` names the code of the platform the tests run on (Windows under Wine in CI).
    let alternate = match Platform::CURRENT {
        Some(Platform::Windows) => Some("Refused (WSAECONNREFUSED 10061)"),
        Some(Platform::Linux) => Some("Refused (ECONNREFUSED 111)"),
        _ => None,
    };
    if let Some(alternate) = alternate {
        assert_eq!(format!("{:#}", Wire::Refused), alternate);
    }
    assert_eq!(format!("{:?}", Wire::Again), "Again");
    assert_eq!(Wire::ALL.len(), 2);
    assert_eq!(
        Wire::translate(111, Platform::Linux, Platform::Windows),
        Some(10061)
    );
    assert_eq!(Reply::decode(451).to_string(), "Unknown error 451");
    assert_eq!(Bare::Refused.message(), "Refused");
}

#[test]
fn tables_with_destructors_work() {
    assert_eq!(
        Dropping::from_code(Platform::Linux, 104),
        Some(Dropping::Reset)
    );
    assert_eq!(Dropping::from_name("ERESET"), Some(Dropping::Reset));
    assert_eq!(
        Dropping::translate(104, Platform::Linux, Platform::Linux),
        Some(104)
    );
    assert_eq!(Dropping::Refused.to_string(), "Refused");
    assert_eq!(
        DroppingGroup::from(OsError::ConnectionReset),
        DroppingGroup::Retry(OsError::ConnectionReset)
    );
    assert_eq!(DroppingGroup::Slow.members(), &[OsError::TimedOut]);
    assert_eq!(DroppingOwn::from_code(450), Some(DroppingOwn::Busy));
    let error = io::Error::from(DroppingOwn::Busy);
    assert_eq!(DroppingOwn::from_io_error(&error), Some(DroppingOwn::Busy));
}
