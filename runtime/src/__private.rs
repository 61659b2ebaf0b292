//! What generated code needs from the runtime. Not public API: generated code reaches
//! the runtime only through this module (and names `core` items by absolute paths), so
//! everything here may change in any release.

use core::fmt;

pub use crate::{OsError, Platform, UnknownName, Unlisted};

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

pub use crate::__serde_only as serde_only;
pub use crate::codes::{codes_of, Codes};
#[cfg(feature = "std")]
pub use crate::io::{common_kind, inner, innermost, unlisted_into_io_error, unlisted_of};
pub use crate::pad::{write_padded, Decimal};
#[cfg(feature = "serde")]
pub use crate::serde::table as serde;

/// Display of a row: the message, and with `{:#}` the symbol and number too.
///
/// Inlined so that the caller looks up the symbol and number only for `{:#}`: plain
/// `{}` then costs one `write_str`, as a hand-written `Display` does.
#[inline]
pub fn fmt_row(
    f: &mut fmt::Formatter<'_>,
    message: &str,
    symbol: Option<&str>,
    code: Option<i32>,
) -> fmt::Result {
    f.write_str(message)?;
    match (f.alternate(), symbol, code) {
        (true, Some(symbol), Some(code)) => fmt_symbol_and_code(f, symbol, code),
        _ => Ok(()),
    }
}

/// ` (SYMBOL CODE)`, piece by piece: a third of the time `write!` takes.
fn fmt_symbol_and_code(f: &mut fmt::Formatter<'_>, symbol: &str, code: i32) -> fmt::Result {
    f.write_str(" (")?;
    f.write_str(symbol)?;
    f.write_str(" ")?;
    fmt_decimal(f, code)?;
    f.write_str(")")
}

/// `code` in decimal. Unlike `Display for i32` on `f`, ignores the caller's width and
/// fill, which are for the whole value.
fn fmt_decimal(f: &mut fmt::Formatter<'_>, code: i32) -> fmt::Result {
    let mut digits = [0u8; 11];
    let mut start = digits.len();
    let mut rest = code.unsigned_abs();
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if code < 0 {
        start -= 1;
        digits[start] = b'-';
    }
    match core::str::from_utf8(&digits[start..]) {
        Ok(text) => f.write_str(text),
        Err(_) => Err(fmt::Error),
    }
}

/// Display of a custom table's catch-all.
pub fn fmt_unknown_code(f: &mut fmt::Formatter<'_>, code: i32) -> fmt::Result {
    write!(f, "Unknown error {code}")
}

/// The `io::Error` of a row: the OS's own where the current platform has a code for it
/// (so its kind and message stay), otherwise a custom error that wraps `value` (`get_ref` gives it back).
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
