//! [`Persistence`]: what a failure's meaning says about trying again, one class per row,
//! the same on every platform.

use core::fmt;
use core::str::FromStr;

/// Whether, and how, the same operation may succeed if made again: a class every row of
/// a table declares (`persistence: Transient`), so that a retry loop asks the error
/// instead of keeping its own list of codes for each OS.
///
/// The class is the row's, not the platform's: `ECONNRESET` (104 on Linux, 54 on macOS),
/// `WSAECONNRESET` (10054) and `ERROR_NETNAME_DELETED` (64) are one row, so they answer
/// alike. The reasons for each row, and where other libraries decide otherwise, are in
/// the crate's `DATA-NOTES.md`.
///
/// ```
/// use errtable::{OsError, Persistence, Platform};
///
/// let reset = OsError::from_code(Platform::Windows, 10054).unwrap();
/// assert_eq!(reset.persistence(), Persistence::ConnectionLost);
/// assert_eq!(OsError::from_code(Platform::Linux, 104).unwrap().persistence(), reset.persistence());
///
/// match OsError::WouldBlock.persistence() {
///     Persistence::Transient => { /* back off, then make the same call again */ }
///     Persistence::ConnectionLost => { /* open a new connection, then retry */ }
///     Persistence::TimedOut => { /* retry only what is safe to repeat */ }
///     _ => { /* give up: report the error */ }
/// }
/// ```
///
/// The enum is `#[non_exhaustive]`: a later release may split a class, so a `match`
/// needs a `_` arm, which should give up.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Persistence {
    /// Making the same call again fails the same way until the program, its input or the
    /// system is changed: a wrong argument, a missing file, a denied permission, a full
    /// disk, an unsupported operation, a cancelled request. Do not retry.
    Permanent,
    /// A condition of the moment: a signal, a resource exhausted for now (memory, buffers,
    /// descriptors), an object someone else holds, a network or peer that is not there
    /// yet, a resolver that could not answer. Make the same call again, after a pause
    /// (at once for an interrupted call, on readiness for one that would block).
    Transient,
    /// The connection is gone (reset, aborted, broken pipe, not connected, shut down):
    /// nothing more passes on it, but a new one may work. Reconnect, then retry what is
    /// safe to repeat: the peer may have acted on what was sent.
    ConnectionLost,
    /// No answer came in time. The operation may have taken effect, and a connection the
    /// stack timed out is dead: retry only what is safe to repeat, on a new connection.
    TimedOut,
    /// The table does not say: a row that declares no class, a catch-all's code no row
    /// lists, or a row whose meaning does not decide (`EAI_SYSTEM`, whose errno does).
    /// Treat it as [`Permanent`](Persistence::Permanent) unless you know better.
    Unknown,
}

impl Persistence {
    /// Every class, in declaration order.
    ///
    /// ```
    /// assert_eq!(errtable::Persistence::ALL.len(), 5);
    /// ```
    pub const ALL: [Persistence; 5] = [
        Persistence::Permanent,
        Persistence::Transient,
        Persistence::ConnectionLost,
        Persistence::TimedOut,
        Persistence::Unknown,
    ];

    /// The class's stable lowercase key: what `Display` writes, what the `errtable`
    /// command and the serialized forms use.
    ///
    /// ```
    /// assert_eq!(errtable::Persistence::ConnectionLost.key(), "connection_lost");
    /// ```
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Persistence::Permanent => "permanent",
            Persistence::Transient => "transient",
            Persistence::ConnectionLost => "connection_lost",
            Persistence::TimedOut => "timed_out",
            Persistence::Unknown => "unknown",
        }
    }

    /// Whether making the operation again may succeed: true for
    /// [`Transient`](Persistence::Transient), [`ConnectionLost`](Persistence::ConnectionLost)
    /// (on a new connection) and [`TimedOut`](Persistence::TimedOut); false for
    /// [`Permanent`](Persistence::Permanent) and [`Unknown`](Persistence::Unknown).
    ///
    /// ```
    /// use errtable::Persistence;
    ///
    /// assert!(Persistence::TimedOut.may_succeed_again());
    /// assert!(!Persistence::Unknown.may_succeed_again());
    /// ```
    #[must_use]
    pub const fn may_succeed_again(self) -> bool {
        matches!(
            self,
            Persistence::Transient | Persistence::ConnectionLost | Persistence::TimedOut
        )
    }
}

impl fmt::Display for Persistence {
    /// Writes the class's [`key`](Persistence::key).
    ///
    /// ```
    /// assert_eq!(errtable::Persistence::TimedOut.to_string(), "timed_out");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The error of parsing a [`Persistence`] from a string that names no class; its message
/// lists the keys.
///
/// ```
/// let err = "flaky".parse::<errtable::Persistence>().unwrap_err();
/// assert!(err.to_string().contains("connection_lost"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct UnknownPersistence;

impl fmt::Display for UnknownPersistence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown persistence; expected one of")?;
        for (n, class) in Persistence::ALL.into_iter().enumerate() {
            let separator = if n == 0 { " " } else { ", " };
            write!(f, "{separator}{}", class.key())?;
        }
        Ok(())
    }
}

impl crate::compat::Error for UnknownPersistence {}

impl FromStr for Persistence {
    type Err = UnknownPersistence;

    /// Accepts a class's [`key`](Persistence::key) or its `Debug` name, ignoring ASCII
    /// case, `-` and `_`.
    ///
    /// ```
    /// use errtable::Persistence;
    ///
    /// for spelling in ["connection_lost", "ConnectionLost", "connection-lost", "CONNECTION_LOST"] {
    ///     assert_eq!(spelling.parse(), Ok(Persistence::ConnectionLost), "{spelling}");
    /// }
    /// assert!("lost".parse::<Persistence>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Persistence::ALL
            .into_iter()
            .find(|class| same_name(class.key(), s))
            .ok_or(UnknownPersistence)
    }
}

/// Whether `key` and `s` are equal ignoring ASCII case, `-` and `_`.
fn same_name(key: &str, s: &str) -> bool {
    let significant = |b: &u8| *b != b'-' && *b != b'_';
    let key = key.bytes().filter(significant);
    let s = s
        .bytes()
        .filter(significant)
        .map(|b| b.to_ascii_lowercase());
    key.eq(s)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;
    use std::string::ToString;

    use super::Persistence;

    #[test]
    fn every_spelling_parses_to_its_class_only() {
        for class in Persistence::ALL {
            let debug = format!("{class:?}");
            let dashed = class.key().replace('_', "-");
            let upper = class.key().to_ascii_uppercase();
            for spelling in [class.key(), &debug, &dashed, &upper] {
                assert_eq!(spelling.parse(), Ok(class), "{spelling}");
            }
            assert_eq!(class.to_string().parse(), Ok(class));
        }
        for rejected in [
            "",
            "connection",
            "timeout",
            "temporary",
            "unknown ",
            "ｕｎｋｎｏｗｎ",
        ] {
            assert!(rejected.parse::<Persistence>().is_err(), "{rejected:?}");
        }
    }

    #[test]
    fn the_error_names_every_key() {
        let message = "flaky".parse::<Persistence>().unwrap_err().to_string();
        for class in Persistence::ALL {
            assert!(message.contains(class.key()), "{message}");
        }
    }
}
