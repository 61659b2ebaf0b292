//! `persistence()`: the class every row declares (`runtime/DATA-NOTES.md`, §12), the
//! same for every number of a row on every platform, in the canonical tables, in tables
//! of the DSL and in derived enums, and what `LookupError` makes of it.

use errtable::{ErrorTable, LookupError, OsError, Persistence, Platform, ResolveError, Unlisted};
use std::collections::BTreeMap;
use std::io;
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::time::Duration;

use Persistence::{ConnectionLost, Permanent, TimedOut, Transient, Unknown};

/// How many rows of `rows` have each class, by key.
fn counts<T>(rows: &[T], class: fn(&T) -> Persistence) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for row in rows {
        *counts.entry(class(row).key()).or_insert(0) += 1;
    }
    counts
}

#[test]
fn every_canonical_row_has_a_class_and_only_documented_ones_are_unknown() {
    let os: Vec<&str> = OsError::ALL
        .iter()
        .filter(|row| row.persistence() == Unknown)
        .map(|row| row.name())
        .collect();
    assert_eq!(
        os,
        [
            "SystemErrorReserved",
            "Unexplained",
            "Egregious",
            "ComputerBoughtTheFarm",
            "Gratuitous",
            "InitReserved",
            "RemoteDeviceReserved"
        ]
    );
    let resolve: Vec<&str> = ResolveError::ALL
        .iter()
        .filter(|row| row.persistence() == Unknown)
        .map(|row| row.name())
        .collect();
    assert_eq!(resolve, ["System"]);
    // The counts DATA-NOTES gives.
    let os = counts(OsError::ALL, OsError::persistence);
    let expected = [
        ("connection_lost", 10),
        ("permanent", 184),
        ("timed_out", 2),
        ("transient", 42),
        ("unknown", 7),
    ];
    assert_eq!(os, BTreeMap::from(expected));
    let resolve = counts(ResolveError::ALL, ResolveError::persistence);
    let expected = [("permanent", 16), ("transient", 5), ("unknown", 1)];
    assert_eq!(resolve, BTreeMap::from(expected));
}

/// Numbers of one meaning on several platforms, the row they decode to and its class.
type Case = (&'static [(Platform, i32)], OsError, Persistence);

/// The classes the issue and DATA-NOTES name, checked by number on every platform that
/// has one: the class is the meaning's, whatever the OS calls it.
#[test]
fn one_meaning_has_one_persistence_on_every_platform() {
    use Platform::*;
    let cases: &[Case] = &[
        // ECONNRESET, WSAECONNRESET and ERROR_NETNAME_DELETED.
        (
            &[
                (Windows, 10054),
                (Windows, 64),
                (Linux, 104),
                (LinuxAlpha, 54),
                (LinuxMips, 131),
                (LinuxParisc, 232),
                (LinuxPowerpc, 104),
                (LinuxSparc, 54),
                (MacOs, 54),
                (FreeBsd, 54),
                (NetBsd, 54),
                (OpenBsd, 54),
                (DragonFly, 54),
                (Illumos, 131),
                (Aix, 73),
                (Haiku, -2147454948),
                (Redox, 104),
                (Hurd, 1073741878),
                (Cygwin, 104),
                (Wasi, 15),
                (Emscripten, 15),
            ],
            OsError::ConnectionReset,
            ConnectionLost,
        ),
        // ECONNABORTED, WSAECONNABORTED, ERROR_CONNECTION_ABORTED.
        (
            &[(Windows, 10053), (Windows, 1236), (Linux, 103), (MacOs, 53)],
            OsError::ConnectionAborted,
            ConnectionLost,
        ),
        // EPIPE, ERROR_BROKEN_PIPE, ERROR_NO_DATA.
        (
            &[(Windows, 109), (Windows, 232), (Linux, 32), (MacOs, 32)],
            OsError::BrokenPipe,
            ConnectionLost,
        ),
        // ENOTCONN, WSAENOTCONN.
        (
            &[
                (Windows, 10057),
                (Linux, 107),
                (LinuxMips, 134),
                (MacOs, 57),
            ],
            OsError::NotConnected,
            ConnectionLost,
        ),
        // ETIMEDOUT, WSAETIMEDOUT, ERROR_SEM_TIMEOUT.
        (
            &[(Windows, 10060), (Windows, 121), (Linux, 110), (MacOs, 60)],
            OsError::TimedOut,
            TimedOut,
        ),
        // ENOBUFS, WSAENOBUFS.
        (
            &[
                (Windows, 10055),
                (Linux, 105),
                (LinuxMips, 132),
                (MacOs, 55),
            ],
            OsError::NoBufferSpace,
            Transient,
        ),
        // ECONNREFUSED, WSAECONNREFUSED, ERROR_CONNECTION_REFUSED.
        (
            &[(Windows, 10061), (Windows, 1225), (Linux, 111), (MacOs, 61)],
            OsError::ConnectionRefused,
            Transient,
        ),
        // EACCES, WSAEACCES, ERROR_ACCESS_DENIED.
        (
            &[(Windows, 10013), (Windows, 5), (Linux, 13), (MacOs, 13)],
            OsError::PermissionDenied,
            Permanent,
        ),
    ];
    for (codes, row, class) in cases {
        for &(platform, code) in *codes {
            let decoded = OsError::from_code(platform, code);
            assert_eq!(decoded, Some(*row), "{code} on {platform}");
            assert_eq!(
                decoded.unwrap().persistence(),
                *class,
                "{code} on {platform}"
            );
        }
    }
    // Every number and every name of every row answers as the row does.
    for row in OsError::ALL {
        for &platform in Platform::ALL {
            for &(name, code) in row.names(platform) {
                let by_name = OsError::from_name(name).unwrap();
                assert_eq!(by_name.persistence(), row.persistence(), "{name}");
                let by_code = OsError::decode(platform, code);
                assert_eq!(
                    by_code.persistence(),
                    row.persistence(),
                    "{code} on {platform}"
                );
            }
        }
    }
    // EAI_AGAIN is transient everywhere: -3, 2, 2 and 11002.
    for &platform in Platform::ALL {
        if let Some(code) = ResolveError::TryAgain.code(platform) {
            let row = ResolveError::from_code(platform, code).unwrap();
            assert_eq!(row.persistence(), Transient, "{code} on {platform}");
        }
    }
}

#[test]
fn resolver_and_os_rows_of_one_windows_number_agree() {
    let mut compared = Vec::new();
    for &row in ResolveError::ALL {
        let Ok(os) = OsError::try_from(row) else {
            continue;
        };
        if let OsError::Unlisted(_) = os {
            continue;
        }
        assert_eq!(
            os.persistence(),
            row.persistence(),
            "{} and {}",
            row.name(),
            os.name()
        );
        compared.push(row.name());
    }
    assert!(compared.len() >= 9, "{compared:?}");
}

#[test]
fn a_code_no_row_lists_has_no_class() {
    for &platform in Platform::ALL {
        assert_eq!(OsError::decode(platform, 4242).persistence(), Unknown);
    }
    assert_eq!(
        OsError::Unlisted(Unlisted::Raw(4242)).persistence(),
        Unknown
    );
    let timer = OsError::from(&io::Error::from(io::ErrorKind::TimedOut));
    assert_eq!(
        timer,
        OsError::Unlisted(Unlisted::Kind(io::ErrorKind::TimedOut))
    );
    // An application's timer is no OS timeout: nothing is claimed about it.
    assert_eq!(timer.persistence(), Unknown);
}

#[test]
fn a_lookup_error_answers_with_its_causes_class() {
    let system = ResolveError::System.code(Platform::Linux).unwrap();
    for row in OsError::ALL {
        let Some(errno) = row.code(Platform::Linux) else {
            continue;
        };
        let lookup = LookupError::from_gai(Platform::Linux, system, errno).unwrap();
        let cause = lookup.cause().unwrap();
        assert_eq!(lookup.persistence(), cause.persistence(), "{}", row.name());
    }
    let odd = LookupError::from_gai(Platform::Linux, system, 4242).unwrap();
    assert_eq!(odd.persistence(), Unknown);
    for &row in ResolveError::ALL {
        assert_eq!(LookupError::from(row).persistence(), row.persistence());
    }
}

/// A real error of this host: connecting to a loopback port nobody listens on.
#[test]
fn a_refused_loopback_connection_is_transient_on_this_host() {
    let addr = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .unwrap();
    let error = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).unwrap_err();
    let row = OsError::from(&error);
    assert_eq!(row, OsError::ConnectionRefused, "{error}");
    assert_eq!(row.persistence(), Transient);
}

// ---------------------------------------------------------------- tables of the DSL

errtable::error_table! {
    /// A table that declares some classes and leaves one out.
    pub enum Wire {
        Busy {
            linux: EBUSY = 16,
            kind: ResourceBusy,
            persistence: Transient,
            message: "Device or resource busy",
        },
        Reset {
            linux: ECONNRESET = 104,
            persistence: Persistence::ConnectionLost,
            message: "Connection reset by peer",
        },
        Reserved {
            linux: EINIT = 141,
            persistence: Unknown,
            message: "Reserved",
        },
        /// Written before the key existed.
        Missing {
            linux: ENOENT = 2,
            message: "No such file or directory",
        },
        #[catch_all]
        Other,
    }
}

errtable::error_table! {
    /// A protocol's own codes.
    pub enum Reply {
        Later { code: LATER = 450, persistence: Transient, message: "Try later" },
        Denied { code: DENIED = 550, persistence: Permanent, message: "Denied" },
        #[catch_all]
        Other,
    }
}

/// `persistence()` is a `const fn`.
const BUSY: Persistence = Wire::Busy.persistence();

#[test]
fn a_dsl_row_answers_what_it_declares_and_unknown_without_the_key() {
    assert_eq!(BUSY, Transient);
    assert_eq!(Wire::Reset.persistence(), ConnectionLost);
    assert_eq!(Wire::Reserved.persistence(), Unknown);
    assert_eq!(Wire::Missing.persistence(), Unknown);
    assert_eq!(Wire::decode(Platform::Linux, 4242).persistence(), Unknown);
    assert_eq!(Reply::Later.persistence(), Transient);
    assert_eq!(Reply::Denied.persistence(), Permanent);
    assert_eq!(Reply::Other(451).persistence(), Unknown);
}

// ---------------------------------------------------------------- derived enums

/// A group enum: variants whose rows agree, declared classes, variants that keep their
/// row with and without a class, and the catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Attempt {
    /// Dropped
    #[errtable(rows: ConnectionReset | ConnectionAborted | BrokenPipe)]
    Dropped,
    /// Not there yet
    #[errtable(rows: ConnectionRefused | NetworkUnreachable | HostUnreachable)]
    Unreachable,
    /// Slow: EAGAIN on Unix, WSAETIMEDOUT on Windows
    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
    Slow(OsError),
    /// Short of something
    #[errtable(rows: NoBufferSpace | OutOfMemory | PermissionDenied)]
    Short(OsError),
    /// Denied, on second thought retried
    #[errtable(rows: OperationNotPermitted, persistence: Transient)]
    Denied,
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// A derived table of codes of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Own {
    /// Busy
    #[errtable(linux: EBUSY = 16, persistence: Transient)]
    Busy,
    /// Gone
    #[errtable(linux: ENOENT = 2)]
    Gone,
    #[errtable(catch_all)]
    Other(Unlisted),
}

const DROPPED: Persistence = Attempt::Dropped.persistence();

#[test]
fn a_group_variant_takes_its_rows_shared_class_or_its_own() {
    assert_eq!(DROPPED, ConnectionLost);
    assert_eq!(Attempt::Unreachable.persistence(), Transient);
    assert_eq!(Attempt::Denied.persistence(), Transient);
    // Declared: the same whichever row it keeps.
    assert_eq!(Attempt::Slow(OsError::WouldBlock).persistence(), TimedOut);
    assert_eq!(Attempt::Slow(OsError::TimedOut).persistence(), TimedOut);
    // Not declared: the kept row's.
    assert_eq!(
        Attempt::Short(OsError::NoBufferSpace).persistence(),
        Transient
    );
    assert_eq!(
        Attempt::Short(OsError::PermissionDenied).persistence(),
        Permanent
    );
    assert_eq!(
        Attempt::Fatal(OsError::InvalidArgument).persistence(),
        Permanent
    );
    assert_eq!(
        Attempt::Fatal(OsError::decode(Platform::Linux, 4242)).persistence(),
        Unknown
    );
    // Decoded from a real error: the row decides.
    let reset = io::Error::from(OsError::ConnectionReset);
    assert_eq!(Attempt::from(&reset).persistence(), ConnectionLost);
    assert_eq!(Own::Busy.persistence(), Transient);
    assert_eq!(Own::Gone.persistence(), Unknown);
    assert_eq!(Own::Other(Unlisted::Raw(7)).persistence(), Unknown);
}
