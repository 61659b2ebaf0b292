//! The lossless way to and from `io::Error` that generated tables take (issue 11):
//! decoding reads the facts an `io::Error` carries, never guesses a row from its kind,
//! and encoding gives the OS's own error only where decoding it gives the value back.

use std::io;

use crate::{OsError, Unlisted};

/// The `io::Error` that holds the facts: `error` itself, or the `io::Error` it wraps,
/// all the way down (`io::Error::other(os_error)` keeps the OS code inside).
///
/// ```
/// use std::io;
/// let os = io::Error::from_raw_os_error(104);
/// let wrapped = io::Error::new(io::ErrorKind::NotFound, io::Error::other(os));
/// assert_eq!(errtable::__private::innermost(&wrapped).raw_os_error(), Some(104));
/// ```
pub fn innermost(error: &io::Error) -> &io::Error {
    let mut error = error;
    while let Some(inner) = inner::<io::Error>(error) {
        error = inner;
    }
    error
}

/// The `T` that `error` was made from with `io::Error::new` or `io::Error::other`: how
/// a value that became an `io::Error` without an OS code comes back as itself.
///
/// ```
/// use errtable::OsError;
/// use std::io;
///
/// let error = io::Error::other(OsError::ConnectionReset);
/// assert_eq!(errtable::__private::inner::<OsError>(&error), Some(&OsError::ConnectionReset));
/// ```
pub fn inner<T: std::error::Error + 'static>(error: &io::Error) -> Option<&T> {
    error.get_ref().and_then(|inner| inner.downcast_ref::<T>())
}

/// What a catch-all keeps of an `io::Error` that no row stands for: its raw code (an
/// OS error code of this platform, whatever the table's `os_error_codes`), the
/// `Unlisted` it wraps, or else its kind. Only the innermost error counts.
///
/// ```
/// use errtable::{Platform, Unlisted};
/// use std::io;
///
/// let foreign = Unlisted::Code { platform: Platform::Windows, code: 4242 };
/// let error = io::Error::new(io::ErrorKind::ConnectionRefused, foreign);
/// assert_eq!(errtable::__private::unlisted_of(&error), foreign);
/// let os = io::Error::from_raw_os_error(4242);
/// assert_eq!(errtable::__private::unlisted_of(&os), Unlisted::from_raw_os_error(4242));
/// ```
pub fn unlisted_of(error: &io::Error) -> Unlisted {
    let error = innermost(error);
    match (error.raw_os_error(), inner::<Unlisted>(error)) {
        (Some(code), _) => Unlisted::from_raw_os_error(code),
        (None, Some(kept)) => *kept,
        (None, None) => Unlisted::Kind(error.kind()),
    }
}

/// The `io::Error` of a catch-all's value: the OS's own error for an OS code of this
/// platform that no row lists (`is_listed` tells), a plain error of the kind for a
/// kind, and otherwise a custom error wrapping `unlisted`, so that it comes back as
/// itself.
///
/// ```
/// use errtable::{Platform, Unlisted};
///
/// // Linux 104 is a row's code: the OS error would come back as that row.
/// let listed = Unlisted::Code { platform: Platform::Linux, code: 104 };
/// let error = errtable::__private::unlisted_into_io_error(listed, |code| code == 104);
/// assert_eq!(error.raw_os_error(), None);
/// assert_eq!(errtable::__private::unlisted_of(&error), listed);
/// ```
pub fn unlisted_into_io_error(
    unlisted: Unlisted,
    is_listed: impl FnOnce(i32) -> bool,
) -> io::Error {
    match (unlisted, unlisted.raw_os_error()) {
        (Unlisted::Kind(kind), _) => io::Error::from(kind),
        (_, Some(code)) if !is_listed(code) => io::Error::from_raw_os_error(code),
        _ => io::Error::new(unlisted.kind(), unlisted),
    }
}

/// The kind of a variant that stands for several rows and gives no `kind:` of its own:
/// the rows' kind if they all have the same, else `Other` (never one row's guess).
///
/// ```
/// use errtable::OsError;
/// use std::io::ErrorKind;
///
/// let kind = errtable::__private::common_kind(&[OsError::ConnectionReset, OsError::ConnectionAborted]);
/// assert_eq!(kind, ErrorKind::Other);
/// assert_eq!(errtable::__private::common_kind(&[OsError::TimedOut]), ErrorKind::TimedOut);
/// ```
pub fn common_kind(rows: &[OsError]) -> io::ErrorKind {
    match rows.split_first() {
        Some((first, rest)) if rest.iter().all(|row| row.kind() == first.kind()) => first.kind(),
        _ => io::ErrorKind::Other,
    }
}
