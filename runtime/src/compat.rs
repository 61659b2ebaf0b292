//! What differs between the Rust versions the runtime builds on: the one place that
//! reads the `errtable_rust_1_N` cfgs of `build.rs` ("at least Rust 1.N"). On the
//! current compiler every item here is the plain std or core one; on older ones, the
//! stand-in each item's doc describes. Generated code reaches these through
//! `__private`, so a table's expansion is the same on every compiler.

// Clippy checks uses against `rust-version` (1.71) but does not read cfgs: every newer
// item here is behind the `errtable_rust_1_N` cfg of the version that has it.
#![allow(clippy::incompatible_msrv)]

#[cfg(feature = "std")]
use std::io::ErrorKind;

/// `core::error::Error` (Rust 1.81); before, `std::error::Error` with `std`, and
/// without it a trait of the same shape that nothing outside errtable names (core has
/// no error trait there).
#[cfg(errtable_rust_1_81)]
pub use core::error::Error;
/// `core::error::Error` (Rust 1.81); before, `std::error::Error` with `std`.
#[cfg(all(not(errtable_rust_1_81), feature = "std"))]
pub use std::error::Error;

/// Stands in for `core::error::Error` before Rust 1.81 without `std`.
#[cfg(all(not(errtable_rust_1_81), not(feature = "std")))]
pub trait Error: core::fmt::Debug + core::fmt::Display {
    /// The error this one wraps, as `core::error::Error::source`.
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }
}

/// Declares the traits that hold where a derived table's field, as written (`Canon`, a
/// renamed `OsError`, say), is the type the table keeps there (`T`), each named for its
/// rule, with the hint rustc shows where the field is of another type. Generated code
/// reads and builds the field as `Same`, so that a field of another type fails the bound
/// once, on the field, and nowhere else. The hint is `#[diagnostic::on_unimplemented]`,
/// Rust 1.78: older compilers build the traits without it, and only the macros, which
/// need Rust 1.87, use them.
macro_rules! field_holds {
    ($($(#[$doc:meta])* $name:ident: $message:literal, $label:literal;)*) => {$(
        $(#[$doc])*
        #[cfg_attr(
            errtable_rust_1_78,
            diagnostic::on_unimplemented(message = $message, label = $label)
        )]
        pub trait $name<T> {
            /// `T`, which the field is.
            type Same;
        }

        impl<T> $name<T> for T {
            type Same = T;
        }
    )*};
}

field_holds! {
    /// The catch-all of a group holds the canonical row, `errtable::OsError`.
    CatchAllOfAGroupHolds:
        "the catch-all of a group holds the canonical row, `errtable::OsError`, not `{Self}`",
        "write `errtable::OsError` here (any path to it)";
    /// The catch-all of a table of its own codes holds the code, `i32`.
    CatchAllOfOwnCodesHolds:
        "the catch-all of a table of its own codes holds the code, `i32`, not `{Self}`",
        "write `i32` here";
    /// The catch-all of a table of OS codes holds an `errtable::Unlisted`.
    CatchAllOfOsCodesHolds:
        "the catch-all of a table of OS codes holds an `errtable::Unlisted`, not `{Self}`",
        "write `errtable::Unlisted` here (any path to it)";
    /// A group's variant that keeps its row (`rows:` and a field) holds that row, an
    /// `errtable::OsError`.
    KeptRowHolds:
        "a variant that lists `rows:` holds nothing or the canonical row it was decoded from, an `errtable::OsError`, not `{Self}`",
        "write `errtable::OsError` here (any path to it), or remove the field";
}

/// `entries.split_at_checked(middle)` in a const fn (`split_at_checked` is Rust 1.80).
#[cfg(errtable_rust_1_80)]
#[inline]
#[must_use]
pub const fn split_slice<E>(entries: &[E], middle: usize) -> Option<(&[E], &[E])> {
    entries.split_at_checked(middle)
}

/// `entries.split_at_checked(middle)` in a const fn (`split_at_checked` is Rust 1.80).
#[cfg(not(errtable_rust_1_80))]
#[inline]
#[must_use]
pub const fn split_slice<E>(entries: &[E], middle: usize) -> Option<(&[E], &[E])> {
    if middle <= entries.len() {
        Some(entries.split_at(middle))
    } else {
        None
    }
}

/// `text[start..end]` in a const fn, without a panic path: empty if out of range or
/// off a char boundary, which a table's offsets never are.
#[cfg(errtable_rust_1_86)]
#[inline]
#[must_use]
pub const fn text_part(text: &str, start: usize, end: usize) -> &str {
    match text.split_at_checked(end) {
        Some((head, _)) => match head.split_at_checked(start) {
            Some((_, part)) => part,
            None => "",
        },
        None => "",
    }
}

/// `text[start..end]` in a const fn, without a panic path: empty if out of range or
/// off a char boundary. `str::split_at_checked` is const from Rust 1.86 only; before,
/// the bytes are cut and the part checked as UTF-8 again (a cost older compilers pay
/// on each name and message).
#[cfg(not(errtable_rust_1_86))]
#[inline]
#[must_use]
pub const fn text_part(text: &str, start: usize, end: usize) -> &str {
    let head = match split_slice(text.as_bytes(), end) {
        Some((head, _)) => head,
        None => return "",
    };
    match split_slice(head, start) {
        Some((_, part)) => match core::str::from_utf8(part) {
            Ok(part) => part,
            Err(_) => "",
        },
        None => "",
    }
}

/// `entries[start..end]` in a const fn, without a panic path (empty if out of range,
/// which a table's offsets never are).
#[inline]
#[must_use]
pub const fn slice_part<E>(entries: &[E], start: usize, end: usize) -> &[E] {
    match split_slice(entries, end) {
        Some((head, _)) => match split_slice(head, start) {
            Some((_, part)) => part,
            None => &[],
        },
        None => &[],
    }
}

/// Declares, from one list of every `io::ErrorKind` a row may name (std's order; the
/// Rust version that stabilized it, where newer than the runtime's minimum):
/// - `kind`, one constant per kind, the kind itself, or `ErrorKind::Other` on a
///   compiler older than the kind (which cannot name it);
/// - `STABLE_KINDS`, each kind with its name, leaving out the kinds the compiler does
///   not have (so that no `Other` is ever named after another kind).
#[cfg(feature = "std")]
macro_rules! error_kinds {
    ($($name:ident $(since $since:ident)?,)*) => {
        /// Each `io::ErrorKind` a table row may name, by its name, for generated code:
        /// the kind itself, or `ErrorKind::Other` when the compiler is older than the
        /// kind (the kinds stable from Rust 1.83, 1.85 and 1.87).
        #[allow(non_upper_case_globals)]
        pub mod kind {
            use std::io::ErrorKind;
            $(
                $(#[cfg($since)])?
                #[doc = concat!("`ErrorKind::", stringify!($name), "`.")]
                pub const $name: ErrorKind = ErrorKind::$name;
                $(
                    #[cfg(not($since))]
                    #[doc = concat!("`ErrorKind::Other`: this Rust has no `", stringify!($name), "`.")]
                    pub const $name: ErrorKind = ErrorKind::Other;
                )?
            )*
        }

        /// Every stable `io::ErrorKind` of this compiler a row may name, in std's order,
        /// with its name. Kinds std stabilizes later are appended, never inserted, so
        /// that the order and the serialized names of the ones here do not change.
        pub(crate) const STABLE_KINDS: &[(ErrorKind, &str)] = &[
            $($(#[cfg($since)])? (ErrorKind::$name, stringify!($name)),)*
        ];
    };
}

#[cfg(feature = "std")]
error_kinds! {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    ConnectionReset,
    HostUnreachable since errtable_rust_1_83,
    NetworkUnreachable since errtable_rust_1_83,
    ConnectionAborted,
    NotConnected,
    AddrInUse,
    AddrNotAvailable,
    NetworkDown since errtable_rust_1_83,
    BrokenPipe,
    AlreadyExists,
    WouldBlock,
    NotADirectory since errtable_rust_1_83,
    IsADirectory since errtable_rust_1_83,
    DirectoryNotEmpty since errtable_rust_1_83,
    ReadOnlyFilesystem since errtable_rust_1_83,
    StaleNetworkFileHandle since errtable_rust_1_83,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    StorageFull since errtable_rust_1_83,
    NotSeekable since errtable_rust_1_83,
    QuotaExceeded since errtable_rust_1_85,
    FileTooLarge since errtable_rust_1_83,
    ResourceBusy since errtable_rust_1_83,
    ExecutableFileBusy since errtable_rust_1_83,
    Deadlock since errtable_rust_1_83,
    CrossesDevices since errtable_rust_1_83,
    TooManyLinks since errtable_rust_1_83,
    InvalidFilename since errtable_rust_1_87,
    ArgumentListTooLong since errtable_rust_1_83,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    Other,
}
