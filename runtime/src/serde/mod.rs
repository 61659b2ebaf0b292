//! `Serialize` and `Deserialize` (the `serde` feature): for [`Platform`](crate::Platform)
//! and [`Unlisted`](crate::Unlisted) here, and the helpers generated tables call.
//!
//! # The forms
//!
//! Human-readable formats (JSON, YAML, TOML, RON…) see names, never positions, so that
//! what one version of errtable writes another reads:
//!
//! | value | form |
//! | --- | --- |
//! | `Platform::LinuxMips` | `"linux_mips"` (its [`key`](crate::Platform::key)) |
//! | `Unlisted::Code { platform: Linux, code: 4242 }` | `{"platform": "linux", "code": 4242}` |
//! | `Unlisted::Raw(4242)` | `{"raw": 4242}` |
//! | `Unlisted::Kind(ErrorKind::TimedOut)` | `{"kind": "TimedOut"}` |
//! | a row of a table | `"ConnectionReset"` (the variant's name) |
//! | a table's catch-all | `{"Unlisted": …}`: the catch-all's name, and what it keeps |
//!
//! Binary formats (postcard, bincode, CBOR…) see serde's enums with fixed variant
//! indices, and names where a position could change between versions: `Unlisted` is
//! variant 0 `Code(platform key, code)`, 1 `Raw(code)` or 2 `Kind(kind name)`; a value
//! of a table is variant 0 `row(name)` or 1, the catch-all, with what it keeps. Rows are
//! written by name because a new release may insert rows.
//!
//! Deserializing accepts what serializing writes, and names what it expected otherwise
//! (`unknown variant "ECONNRESETT", expected one of …`). A `Platform` is read with its
//! [`FromStr`](core::str::FromStr), so its aliases are accepted too. An
//! `Unlisted::Kind` of a kind std has not stabilized (std makes a few) has no portable
//! name: serializing it is an error.

#[cfg(feature = "serde")]
mod impls;
#[cfg(feature = "serde")]
pub mod table;

/// Emits its input only when the runtime has the `serde` feature: generated tables wrap
/// their `Serialize` and `Deserialize` impls in it, as `std_only!` does for `io`.
#[cfg(feature = "serde")]
#[macro_export]
#[doc(hidden)]
macro_rules! __serde_only {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Emits its input only when the runtime has the `serde` feature.
#[cfg(not(feature = "serde"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __serde_only {
    ($($tokens:tt)*) => {};
}
