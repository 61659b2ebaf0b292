//! What generated code needs from the runtime. Not public API: generated code reaches
//! the runtime only through this module, so everything here may change in any release.

use core::fmt;

pub use crate::{Platform, UnknownName, Unlisted};
pub use core::{fmt::Formatter, option::Option, result::Result};

#[cfg(feature = "std")]
pub use std::io;

/// The current platform, as [`Platform::CURRENT`].
pub const CURRENT: Option<Platform> = Platform::CURRENT;

/// Emits its input only when the runtime has the `std` feature; the macros run on the
/// build machine and cannot know the runtime's features.
#[cfg(feature = "std")]
#[macro_export]
#[doc(hidden)]
macro_rules! __std_only {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Emits its input only when the runtime has the `std` feature.
#[cfg(not(feature = "std"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __std_only {
    ($($tokens:tt)*) => {};
}

pub use crate::__std_only as std_only;

/// Display of a row: the message, and with `{:#}` the symbol and number too.
pub fn fmt_row(
    f: &mut fmt::Formatter<'_>,
    message: &str,
    symbol: Option<&str>,
    code: Option<i32>,
) -> fmt::Result {
    f.write_str(message)?;
    match (f.alternate(), symbol, code) {
        (true, Some(symbol), Some(code)) => write!(f, " ({symbol} {code})"),
        _ => Ok(()),
    }
}

/// Display of a custom table's catch-all.
pub fn fmt_unknown_code(f: &mut fmt::Formatter<'_>, code: i32) -> fmt::Result {
    write!(f, "Unknown error {code}")
}

/// The `io::Error` of a row: the OS's own where the current platform has a code for it
/// (so its kind and message stay), otherwise a custom error with `value` as source.
#[cfg(feature = "std")]
pub fn into_io_error<E>(raw_os_error: Option<i32>, kind: io::ErrorKind, value: E) -> io::Error
where
    E: core::error::Error + Send + Sync + 'static,
{
    match raw_os_error {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::new(kind, value),
    }
}

/// What a catch-all keeps of an `io::Error` no row stands for.
#[cfg(feature = "std")]
pub fn unlisted(error: &io::Error) -> Unlisted {
    match error.raw_os_error() {
        Some(code) => Unlisted::from_raw_os_error(code),
        None => Unlisted::Kind(error.kind()),
    }
}
