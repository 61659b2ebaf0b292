//! What generated code needs from the runtime. Not public API: generated code reaches
//! the runtime only through this module (and names `core` items by absolute paths), so
//! everything here may change in any release.

use core::fmt;

pub use crate::{OsError, Persistence, Platform, UnknownName, Unlisted};

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
pub use crate::compat::kind;
pub use crate::compat::{
    slice_part, split_slice, text_part, CatchAllOfAGroupHolds, CatchAllOfOsCodesHolds,
    CatchAllOfOwnCodesHolds, Error, KeptRowHolds,
};
#[cfg(feature = "std")]
pub use crate::io::{common_kind, inner, innermost, unlisted_into_io_error, unlisted_of};
pub use crate::pad::{write_padded, Decimal};
#[cfg(feature = "serde")]
pub use crate::serde::table as serde;

/// What a table keeps of `code` on `platform` that no row lists: `Unlisted::Code`
/// where `os_codes` says the table's codes on `platform` are the OS's (its
/// `os_error_codes`), else `Unlisted::NonOsCode`.
///
/// ```
/// use errtable::{Platform, Unlisted};
/// let kept = errtable::__private::unlisted_of_table_code(Platform::Linux, 7, false);
/// assert_eq!(kept, Unlisted::NonOsCode { platform: Platform::Linux, code: 7 });
/// ```
#[must_use]
pub const fn unlisted_of_table_code(platform: Platform, code: i32, os_codes: bool) -> Unlisted {
    Unlisted::of_table_code(platform, code, os_codes)
}

/// A catch-all's code on `platform` as a code of its table, whose codes there are the
/// OS's where `os_codes` says so: the code `unlisted_of_table_code` keeps this value
/// for, if any (an OS error of a platform whose column is no OS codes is no code of it).
///
/// ```
/// use errtable::{Platform, Unlisted};
/// let os = Unlisted::Code { platform: Platform::Linux, code: 5 };
/// assert_eq!(errtable::__private::unlisted_table_code(&os, Platform::Linux, true), Some(5));
/// assert_eq!(errtable::__private::unlisted_table_code(&os, Platform::Linux, false), None);
/// ```
#[must_use]
pub const fn unlisted_table_code(
    unlisted: &Unlisted,
    platform: Platform,
    os_codes: bool,
) -> Option<i32> {
    unlisted.table_code(platform, os_codes)
}

/// The class every row of `rows` has, or `None` where they differ (or there are none):
/// what a group's unit variant without `persistence:` answers, evaluated at compile time.
#[must_use]
pub const fn shared_persistence(rows: &[OsError]) -> Option<Persistence> {
    let [first, rest @ ..] = rows else {
        return None;
    };
    let class = first.persistence();
    let mut rest = rest;
    while let [row, tail @ ..] = rest {
        if row.persistence() as u8 != class as u8 {
            return None;
        }
        rest = tail;
    }
    Some(class)
}

/// The row of `code` in a big table's sorted `codes` (`rows` gives each one's row), or
/// `usize::MAX` (no row) if absent: a binary search, for columns too long for a `match`.
#[must_use]
pub const fn search_code(codes: &[i32], rows: &[u32], code: i32) -> usize {
    let (mut low, mut high) = (0, codes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let Some((_, [found, ..])) = split_slice(codes, middle) else {
            return usize::MAX;
        };
        if *found == code {
            return match split_slice(rows, middle) {
                Some((_, [row, ..])) => *row as usize,
                _ => usize::MAX,
            };
        }
        if *found < code {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    usize::MAX
}

/// The row of `name` among `names` (all of its length, sorted), or `none`.
#[must_use]
pub fn search_name(names: &[(&str, u32)], name: &str, none: usize) -> usize {
    match names.binary_search_by(|(entry, _)| entry.as_bytes().cmp(name.as_bytes())) {
        Ok(at) => names.get(at).map_or(none, |&(_, row)| row as usize),
        Err(_) => none,
    }
}

/// The first row (lowest index) whose name among `names` (all of its length) equals
/// `name` ignoring ASCII case, or `none`.
#[must_use]
pub fn search_name_ignore_case(names: &[(&str, u32)], name: &str, none: usize) -> usize {
    names
        .iter()
        .filter(|(entry, _)| entry.eq_ignore_ascii_case(name))
        .map(|&(_, row)| row as usize)
        .min()
        .unwrap_or(none)
}

/// Display of a row: the message, and with `{:#}` the symbol and number too, padded as
/// one string to the formatter's width and alignment (`{:>30}`).
///
/// Inlined so that the caller looks up the symbol and number only for `{:#}`: plain
/// `{}` then costs one `write_str` and a test of width and precision.
#[inline]
pub fn fmt_row(
    f: &mut fmt::Formatter<'_>,
    message: &str,
    symbol: Option<&str>,
    code: Option<i32>,
) -> fmt::Result {
    match (f.alternate(), symbol, code) {
        (true, Some(symbol), Some(code)) => fmt_with_symbol_and_code(f, message, symbol, code),
        _ => write_padded(f, &[message]),
    }
}

/// `MESSAGE (SYMBOL CODE)`, piece by piece: a third of the time `write!` takes.
fn fmt_with_symbol_and_code(
    f: &mut fmt::Formatter<'_>,
    message: &str,
    symbol: &str,
    code: i32,
) -> fmt::Result {
    let code = Decimal::new(code);
    if f.width().is_none() && f.precision().is_none() {
        // Written directly: the common `{:#}` skips `write_padded`'s loop over the pieces.
        f.write_str(message)?;
        f.write_str(" (")?;
        f.write_str(symbol)?;
        f.write_str(" ")?;
        f.write_str(code.as_str())?;
        f.write_str(")")
    } else {
        write_padded(f, &[message, " (", symbol, " ", code.as_str(), ")"])
    }
}

/// Display of a custom table's catch-all, padded as one string.
pub fn fmt_unknown_code(f: &mut fmt::Formatter<'_>, code: i32) -> fmt::Result {
    write_padded(f, &["Unknown error ", Decimal::new(code).as_str()])
}

/// The `io::Error` of a row: the OS's own where the current platform has a code for it
/// (so its kind and message stay), otherwise a custom error that wraps `value` (`get_ref` gives it back).
#[cfg(feature = "std")]
pub fn into_io_error<E>(raw_os_error: Option<i32>, kind: io::ErrorKind, value: E) -> io::Error
where
    E: Error + Send + Sync + 'static,
{
    match raw_os_error {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::new(kind, value),
    }
}
