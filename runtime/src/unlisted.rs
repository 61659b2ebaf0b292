//! What a table's catch-all variant keeps: an error the table has no row for.

use core::fmt;

use crate::Platform;

/// An OS error that a table does not list, kept losslessly in the table's catch-all
/// variant (`#[catch_all]`).
///
/// ```
/// use errtable::{OsError, Platform, Unlisted};
///
/// let e = OsError::decode(Platform::Linux, 4242);
/// assert_eq!(e, OsError::Unlisted(Unlisted::Code { platform: Platform::Linux, code: 4242 }));
/// assert_eq!(e.code(Platform::Linux), Some(4242));
/// assert_eq!(e.to_string(), "Unknown error 4242 (linux)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Unlisted {
    /// A code that `platform` defines but the table does not list.
    Code {
        /// The platform the code belongs to.
        platform: Platform,
        /// The raw code.
        code: i32,
    },
    /// A raw OS code from a system errtable has no [`Platform`] for.
    Raw(i32),
    /// An `io::Error` without a raw code, whose kind is the kind of no single row.
    #[cfg(feature = "std")]
    Kind(std::io::ErrorKind),
}

impl Unlisted {
    /// Keeps `code`, a raw OS code of the current platform.
    ///
    /// ```
    /// # use errtable::{Platform, Unlisted};
    /// # if Platform::CURRENT == Some(Platform::Linux) {
    /// assert_eq!(Unlisted::from_raw_os_error(4242), Unlisted::Code { platform: Platform::Linux, code: 4242 });
    /// # }
    /// ```
    pub const fn from_raw_os_error(code: i32) -> Self {
        match Platform::CURRENT {
            Some(platform) => Unlisted::Code { platform, code },
            None => Unlisted::Raw(code),
        }
    }

    /// The code on `platform`, if this is a code of `platform`.
    ///
    /// ```
    /// # use errtable::{Platform, Unlisted};
    /// let u = Unlisted::Code { platform: Platform::MacOs, code: 200 };
    /// assert_eq!(u.code(Platform::MacOs), Some(200));
    /// assert_eq!(u.code(Platform::Linux), None);
    /// ```
    pub const fn code(&self, platform: Platform) -> Option<i32> {
        match *self {
            Unlisted::Code {
                platform: own,
                code,
            } if own as u8 == platform as u8 => Some(code),
            _ => None,
        }
    }

    /// The raw OS code, if it is one of the current platform (or of an unknown one).
    ///
    /// ```
    /// # use errtable::Unlisted;
    /// assert_eq!(Unlisted::from_raw_os_error(4242).raw_os_error(), Some(4242));
    /// ```
    pub const fn raw_os_error(&self) -> Option<i32> {
        match (*self, Platform::CURRENT) {
            (Unlisted::Raw(code), None) => Some(code),
            (_, Some(current)) => self.code(current),
            _ => None,
        }
    }

    /// The `io::ErrorKind`: std's own for a code of the current platform, the kept kind
    /// for a code-less error, `Other` for a code of another platform.
    ///
    /// ```
    /// # use errtable::{Platform, Unlisted};
    /// let u = Unlisted::Code { platform: Platform::Windows, code: 1 };
    /// assert_eq!(u.kind(), std::io::ErrorKind::Other);
    /// ```
    #[cfg(feature = "std")]
    pub fn kind(&self) -> std::io::ErrorKind {
        match (*self, self.raw_os_error()) {
            (Unlisted::Kind(kind), _) => kind,
            (_, Some(code)) => std::io::Error::from_raw_os_error(code).kind(),
            _ => std::io::ErrorKind::Other,
        }
    }

    /// The `io::Error` this stands for: the OS error itself where it is one of this
    /// platform, else a custom error of [`kind`](Unlisted::kind) that wraps `self`.
    ///
    /// ```
    /// # use errtable::Unlisted;
    /// let err = Unlisted::from_raw_os_error(4242).into_io_error();
    /// assert_eq!(err.raw_os_error(), Some(4242));
    /// ```
    #[cfg(feature = "std")]
    pub fn into_io_error(self) -> std::io::Error {
        match (self, self.raw_os_error()) {
            (Unlisted::Kind(kind), _) => std::io::Error::from(kind),
            (_, Some(code)) => std::io::Error::from_raw_os_error(code),
            _ => std::io::Error::new(self.kind(), self),
        }
    }
}

impl fmt::Display for Unlisted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unlisted::Code { platform, code } => write!(f, "Unknown error {code} ({platform})"),
            Unlisted::Raw(code) => write!(f, "Unknown error {code}"),
            #[cfg(feature = "std")]
            Unlisted::Kind(kind) => fmt::Display::fmt(kind, f),
        }
    }
}

impl core::error::Error for Unlisted {}

/// The error of parsing a table's enum from a string that is none of its names.
///
/// ```
/// assert_eq!("ENOSUCHTHING".parse::<errtable::OsError>(), Err(errtable::UnknownName));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct UnknownName;

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not the name, symbol or alias of any row of the table")
    }
}

impl core::error::Error for UnknownName {}
