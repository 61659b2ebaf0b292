//! What a table's catch-all variant keeps: an error the table has no row for.

use core::cmp::Ordering;
use core::fmt;

use crate::pad::{write_padded, Decimal};
use crate::Platform;

/// An error that a table does not list, kept losslessly in the table's catch-all
/// variant (`#[catch_all]`).
///
/// The value says what its number is, so that its methods answer alone, whichever
/// table it came from: an OS error code of a platform ([`Code`](Unlisted::Code)), a raw
/// OS code of a system errtable has no platform for ([`Raw`](Unlisted::Raw)), or a
/// code of a table's own numbering that is no OS error code
/// ([`NonOsCode`](Unlisted::NonOsCode), such as a resolver's `EAI_*` codes on Linux).
///
/// ```
/// use errtable::{OsError, Platform, Unlisted};
///
/// let e = OsError::decode(Platform::Linux, 4242);
/// assert_eq!(e, OsError::Unlisted(Unlisted::Code { platform: Platform::Linux, code: 4242 }));
/// assert_eq!(e.code(Platform::Linux), Some(4242));
/// assert_eq!(e.to_string(), "Unknown error 4242 (linux)");
/// ```
///
/// Values are ordered by variant (`Code`, then `NonOsCode`, then `Raw`, then `Kind`),
/// then by platform and code; kinds by their place in the list of stable `io::ErrorKind`s in std's order
/// (`NotFound` first, `Other` last), any other kind after them by name. So a table
/// with a catch-all can derive `PartialOrd` and `Ord`.
///
/// ```
/// use errtable::{Platform, Unlisted};
/// use std::io::ErrorKind;
///
/// let mut values = [
///     Unlisted::Kind(ErrorKind::Other),
///     Unlisted::Raw(7),
///     Unlisted::Code { platform: Platform::MacOs, code: 1 },
///     Unlisted::Kind(ErrorKind::NotFound),
///     Unlisted::Code { platform: Platform::Windows, code: 2 },
/// ];
/// values.sort();
/// assert_eq!(values, [
///     Unlisted::Code { platform: Platform::Windows, code: 2 },
///     Unlisted::Code { platform: Platform::MacOs, code: 1 },
///     Unlisted::Raw(7),
///     Unlisted::Kind(ErrorKind::NotFound),
///     Unlisted::Kind(ErrorKind::Other),
/// ]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Unlisted {
    /// An OS error code of `platform` (its `errno` or `GetLastError` value) that the
    /// table does not list.
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
    /// A code that a table gives `platform` in a numbering of its own, not the OS's
    /// error codes there (its `os_error_codes` leaves `platform` out), and that no row
    /// lists: never an OS error, on any platform.
    ///
    /// ```
    /// use errtable::{Platform, Unlisted};
    ///
    /// // Kept by a resolver's table, whose Linux codes are getaddrinfo's, not errno values.
    /// let u = Unlisted::NonOsCode { platform: Platform::Linux, code: -4242 };
    /// assert_eq!(u.code(Platform::Linux), Some(-4242));
    /// assert_eq!(u.to_string(), "Unknown error -4242 (linux)");
    /// assert_eq!(u.raw_os_error(), None);
    /// assert_eq!(u.into_io_error().raw_os_error(), None);
    /// ```
    NonOsCode {
        /// The platform whose column of the table holds the code.
        platform: Platform,
        /// The code, in the table's numbering.
        code: i32,
    },
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
        Unlisted::from_os_code(code, Platform::CURRENT)
    }

    /// Keeps `code`, a raw OS code of `os` (`None`: a platform errtable does not know).
    pub(crate) const fn from_os_code(code: i32, os: Option<Platform>) -> Self {
        match os {
            Some(platform) => Unlisted::Code { platform, code },
            None => Unlisted::Raw(code),
        }
    }

    /// The code on `platform`, if this is a code of `platform` (an OS error code, or
    /// a [`NonOsCode`](Unlisted::NonOsCode)).
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
            }
            | Unlisted::NonOsCode {
                platform: own,
                code,
            } if own as u8 == platform as u8 => Some(code),
            _ => None,
        }
    }

    /// What a table keeps of `code` on `platform` that no row lists: an OS error code
    /// where `os_codes` says the table's codes on `platform` are the OS's, else a
    /// [`NonOsCode`](Unlisted::NonOsCode).
    pub(crate) const fn of_table_code(platform: Platform, code: i32, os_codes: bool) -> Self {
        match os_codes {
            true => Unlisted::Code { platform, code },
            false => Unlisted::NonOsCode { platform, code },
        }
    }

    /// [`code`](Unlisted::code), as a code of a table whose codes on `platform` are the
    /// OS's where `os_codes` says so: the code `of_table_code` keeps this value for, so
    /// that one code of the table stands for one value (an OS error of a platform whose
    /// column is not OS codes is no code of that column).
    pub(crate) const fn table_code(&self, platform: Platform, os_codes: bool) -> Option<i32> {
        match (*self, os_codes) {
            (Unlisted::Code { .. }, true) | (Unlisted::NonOsCode { .. }, false) => {
                self.code(platform)
            }
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
            (Unlisted::Code { platform, code }, Some(current))
                if platform as u8 == current as u8 =>
            {
                Some(code)
            }
            _ => None,
        }
    }

    /// The `io::ErrorKind`: std's own for an OS error code of the current platform, the
    /// kept kind for a code-less error, `Other` for a code of another platform or a
    /// [`NonOsCode`](Unlisted::NonOsCode).
    ///
    /// ```
    /// # use errtable::{Platform, Unlisted};
    /// // Linux/alpha is never the current platform (Rust has no alpha target).
    /// let u = Unlisted::Code { platform: Platform::LinuxAlpha, code: 1 };
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

impl PartialOrd for Unlisted {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Unlisted {
    fn cmp(&self, other: &Self) -> Ordering {
        match (*self, *other) {
            (
                Unlisted::Code { platform, code },
                Unlisted::Code {
                    platform: other_platform,
                    code: other_code,
                },
            )
            | (
                Unlisted::NonOsCode { platform, code },
                Unlisted::NonOsCode {
                    platform: other_platform,
                    code: other_code,
                },
            ) => (platform, code).cmp(&(other_platform, other_code)),
            (Unlisted::Raw(code), Unlisted::Raw(other_code)) => code.cmp(&other_code),
            #[cfg(feature = "std")]
            (Unlisted::Kind(kind), Unlisted::Kind(other_kind)) => kinds::compare(kind, other_kind),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

impl Unlisted {
    /// The variant's place in the order.
    const fn rank(&self) -> u8 {
        match self {
            Unlisted::Code { .. } => 0,
            Unlisted::NonOsCode { .. } => 1,
            Unlisted::Raw(_) => 2,
            #[cfg(feature = "std")]
            Unlisted::Kind(_) => 3,
        }
    }
}

/// `Unknown error 4242 (linux)` (for a code of a platform, an OS's or not),
/// `Unknown error 4242` or the kind's text; width,
/// alignment and precision apply to the whole (`{:>30}`).
impl fmt::Display for Unlisted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Unlisted::Code { platform, code } | Unlisted::NonOsCode { platform, code } => {
                let code = Decimal::new(code);
                let pieces = ["Unknown error ", code.as_str(), " (", platform.key(), ")"];
                write_padded(f, &pieces)
            }
            Unlisted::Raw(code) => {
                write_padded(f, &["Unknown error ", Decimal::new(code).as_str()])
            }
            #[cfg(feature = "std")]
            Unlisted::Kind(kind) => kinds::fmt(kind, f),
        }
    }
}

/// The stable `io::ErrorKind`s by name and in order.
#[cfg(feature = "std")]
pub(crate) mod kinds {
    use core::cmp::Ordering;
    use core::fmt;
    use std::io::ErrorKind;
    use std::string::ToString;

    /// Every stable `io::ErrorKind` of this compiler a row may name, in std's order,
    /// with its name (the list is in `compat.rs`, with the Rust version of each kind).
    pub(crate) const ALL: &[(ErrorKind, &str)] = crate::compat::STABLE_KINDS;

    /// The place of `kind` in [`ALL`], if it is stable.
    pub(crate) fn index(kind: ErrorKind) -> Option<usize> {
        ALL.iter().position(|(stable, _)| *stable == kind)
    }

    /// The name of a stable `kind`.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn name(kind: ErrorKind) -> Option<&'static str> {
        index(kind).map(|index| ALL[index].1)
    }

    /// The stable kind called `name`.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn from_name(name: &str) -> Option<ErrorKind> {
        ALL.iter()
            .find(|(_, stable)| *stable == name)
            .map(|(kind, _)| *kind)
    }

    /// Stable kinds in the order of [`ALL`]; kinds std has not stabilized (which a
    /// program sees only from std) after them, by their `Debug` name, which tells any
    /// two apart.
    pub(crate) fn compare(kind: ErrorKind, other: ErrorKind) -> Ordering {
        match (index(kind), index(other)) {
            (Some(index), Some(other)) => index.cmp(&other),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => std::format!("{kind:?}").cmp(&std::format!("{other:?}")),
        }
    }

    /// The kind's own text, padded to the width if one is asked for.
    pub(crate) fn fmt(kind: ErrorKind, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            fmt::Display::fmt(&kind, f)
        } else {
            f.pad(&kind.to_string())
        }
    }
}

impl crate::compat::Error for Unlisted {}

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

impl crate::compat::Error for UnknownName {}
