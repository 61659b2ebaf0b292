//! The lossless way to and from `io::Error` that generated tables take (issue 11):
//! decoding reads the facts an `io::Error` carries, never guesses a row from its kind,
//! and encoding gives the OS's own error only where decoding it gives the value back.

use std::io;

use crate::unlisted::OsCodes;
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

/// What a catch-all keeps of an `io::Error` that no row stands for: its raw code, the
/// `Unlisted` it wraps, or else its kind. Only the innermost error counts.
///
/// ```
/// use errtable::{Platform, Unlisted};
/// use std::io;
///
/// let foreign = Unlisted::Code { platform: Platform::Windows, code: 4242 };
/// let error = io::Error::new(io::ErrorKind::ConnectionRefused, foreign);
/// let here = errtable::__private::OsCodes::Of(Platform::CURRENT);
/// assert_eq!(errtable::__private::unlisted_of(&error, here), foreign);
/// ```
///
/// `os_codes` says whose raw OS codes the table's codes are here: a raw code of an OS
/// whose codes the table does not hold is no code of the table, and only its kind is
/// kept.
pub fn unlisted_of(error: &io::Error, os_codes: OsCodes) -> Unlisted {
    let error = innermost(error);
    match (error.raw_os_error(), inner::<Unlisted>(error), os_codes) {
        (Some(code), _, OsCodes::Of(os)) => Unlisted::from_os_code(code, os),
        (Some(_), _, OsCodes::None) => Unlisted::Kind(error.kind()),
        (None, Some(kept), _) => *kept,
        (None, None, _) => Unlisted::Kind(error.kind()),
    }
}

/// The `io::Error` of a catch-all's value: the OS's own error for a code of this
/// platform that no row lists (`is_listed` tells), a plain error of the kind for a
/// kind, and otherwise a custom error wrapping `unlisted`, so that it comes back as
/// itself.
///
/// ```
/// use errtable::{Platform, Unlisted};
///
/// // Linux 104 is a row's code: the OS error would come back as that row.
/// let listed = Unlisted::Code { platform: Platform::Linux, code: 104 };
/// let here = errtable::__private::OsCodes::Of(Platform::CURRENT);
/// let error = errtable::__private::unlisted_into_io_error(listed, here, |code| code == 104);
/// assert_eq!(error.raw_os_error(), None);
/// assert_eq!(errtable::__private::unlisted_of(&error, here), listed);
/// ```
pub fn unlisted_into_io_error(
    unlisted: Unlisted,
    os_codes: OsCodes,
    is_listed: impl FnOnce(i32) -> bool,
) -> io::Error {
    match (unlisted, unlisted.raw_os_error_in(os_codes)) {
        (Unlisted::Kind(kind), _) => io::Error::from(kind),
        (_, Some(code)) if !is_listed(code) => io::Error::from_raw_os_error(code),
        _ => io::Error::new(unlisted.kind_in(os_codes), unlisted),
    }
}

/// A catch-all's kind, where `os_codes` says whose raw OS codes its table's codes are.
pub fn unlisted_kind(unlisted: &Unlisted, os_codes: OsCodes) -> io::ErrorKind {
    unlisted.kind_in(os_codes)
}

/// What a catch-all keeps of `code`, a raw OS code that no row lists, where `os_codes`
/// says the table's codes are the OS's (else the caller does not ask).
pub const fn unlisted_of_code(code: i32, os_codes: OsCodes) -> Unlisted {
    crate::__private::unlisted_of_raw_code(code, os_codes)
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
