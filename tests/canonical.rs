//! Cross-checks of the canonical table (`runtime/src/table.rs`) against sources that do
//! not depend on it: the .NET SocketError mapping printed in the seeds, this machine's
//! libc and std, and the constants of the OS headers. `runtime/DATA-NOTES.md` explains
//! every decision these tests pin down.

use errtable::{OsError, Platform};
use std::collections::{BTreeMap, BTreeSet};
use std::io;

/// The numberings `ERRNO_HEADERS` transcribes; tests/numberings.rs checks the others.
const UNIX: [Platform; 8] = [
    Platform::Linux,
    Platform::LinuxAlpha,
    Platform::LinuxMips,
    Platform::LinuxParisc,
    Platform::LinuxPowerpc,
    Platform::LinuxSparc,
    Platform::MacOs,
    Platform::FreeBsd,
];

/// Every errno numbering: every platform but Windows.
fn errno_platforms() -> impl Iterator<Item = Platform> {
    Platform::ALL
        .iter()
        .copied()
        .filter(|&p| p != Platform::Windows)
}

/// Every name a row has on `platform`: its symbol, then its aliases.
fn names(e: OsError, platform: Platform) -> Vec<&'static str> {
    e.symbol(platform)
        .into_iter()
        .chain(e.aliases(platform).iter().copied())
        .collect()
}

/// The rows whose primary number on a platform is shared with another row and declared
/// `=> OtherRow` there: (row, platforms, the row the number decodes to).
/// ENOTSUP and EOPNOTSUPP are one number on Linux (glibc defines ENOTSUP as EOPNOTSUPP),
/// FreeBSD, DragonFly, Redox, WASI and Emscripten, two on macOS, NetBSD, OpenBSD, illumos,
/// Haiku, Hurd and Cygwin; a shared number decodes to OperationNotSupported, the row of
/// WSAEOPNOTSUPP.
const SHARED: &[(OsError, &[Platform], OsError)] = &[(
    OsError::NotSupported,
    &[
        Platform::Linux,
        Platform::LinuxAlpha,
        Platform::LinuxMips,
        Platform::LinuxParisc,
        Platform::LinuxPowerpc,
        Platform::LinuxSparc,
        Platform::FreeBsd,
        Platform::DragonFly,
        Platform::Redox,
        Platform::Wasi,
        Platform::Emscripten,
    ],
    OsError::OperationNotSupported,
)];

fn shared_target(e: OsError, platform: Platform) -> Option<OsError> {
    SHARED
        .iter()
        .find(|(row, platforms, _)| *row == e && platforms.contains(&platform))
        .map(|&(_, _, target)| target)
}

/// Aliases with a number of their own: (platform, alias, number, row).
const OWN_NUMBER_ALIASES: &[(Platform, &str, i32, OsError)] = &[
    (Platform::LinuxMips, "EDEADLOCK", 56, OsError::Deadlock),
    (Platform::LinuxPowerpc, "EDEADLOCK", 58, OsError::Deadlock),
    (Platform::LinuxSparc, "EDEADLOCK", 108, OsError::Deadlock),
    (Platform::Illumos, "EDEADLOCK", 56, OsError::Deadlock),
    (Platform::Redox, "EDEADLOCK", 58, OsError::Deadlock),
    (Platform::Redox, "EWOULDBLOCK", 41, OsError::WouldBlock),
    (Platform::Cygwin, "EDEADLOCK", 56, OsError::Deadlock),
];

// ---------------------------------------------------------------------------------------
// Shape of the table
// ---------------------------------------------------------------------------------------

#[test]
fn every_row_has_text_and_names() {
    assert!(!OsError::ALL.is_empty());
    for &e in OsError::ALL {
        let message = e.message();
        assert!(!message.is_empty(), "{}: empty message", e.name());
        assert!(
            !message.ends_with('.'),
            "{}: message ends with a period",
            e.name()
        );
        assert_eq!(
            e.to_string(),
            message,
            "{}: Display is not the message",
            e.name()
        );
        let description = e
            .description()
            .unwrap_or_else(|| panic!("{}: no description", e.name()));
        assert!(
            description.ends_with('.'),
            "{}: description is not a sentence",
            e.name()
        );
        assert!(
            Platform::ALL.iter().any(|&p| e.code(p).is_some()),
            "{}: a row without any code",
            e.name()
        );
        assert_eq!(
            OsError::from_name(e.name()),
            Some(e),
            "{}: from_name(variant)",
            e.name()
        );
        for &p in Platform::ALL {
            assert_eq!(
                e.code(p).is_some(),
                e.symbol(p).is_some(),
                "{} on {p}",
                e.name()
            );
            if e.code(p).is_none() {
                assert!(
                    e.aliases(p).is_empty(),
                    "{} on {p}: aliases without a code",
                    e.name()
                );
            }
        }
    }
}

/// Row order, as the module doc of table.rs states it: rows with a Windows code first in
/// Windows numeric order, then the errno-only rows in generic Linux order, then the rest
/// (rows without a generic Linux code) in `OWN_CODE_ORDER`.
#[test]
fn rows_are_in_the_documented_order() {
    let rows = OsError::ALL;
    let first_errno_only = rows
        .iter()
        .position(|e| e.code(Platform::Windows).is_none())
        .unwrap();
    let windows: Vec<i32> = rows[..first_errno_only]
        .iter()
        .map(|e| e.code(Platform::Windows).unwrap())
        .collect();
    assert!(
        windows.windows(2).all(|w| w[0] < w[1]),
        "Windows rows out of order: {windows:?}"
    );
    let rest = &rows[first_errno_only..];
    assert!(rest.iter().all(|e| e.code(Platform::Windows).is_none()));
    let first_non_linux = rest
        .iter()
        .position(|e| e.code(Platform::Linux).is_none())
        .unwrap();
    let linux: Vec<i32> = rest[..first_non_linux]
        .iter()
        .map(|e| e.code(Platform::Linux).unwrap())
        .collect();
    assert!(
        linux.windows(2).all(|w| w[0] < w[1]),
        "Linux rows out of order: {linux:?}"
    );
    assert!(rest[first_non_linux..]
        .iter()
        .all(|e| e.code(Platform::Linux).is_none()));
    // The rest, by the first of these platforms that has a code, each in its numeric order.
    let groups: Vec<(usize, i32)> = rest[first_non_linux..]
        .iter()
        .map(|e| {
            let group = OWN_CODE_ORDER
                .iter()
                .position(|&p| e.code(p).is_some())
                .unwrap_or_else(|| panic!("{} has no code to order it by", e.name()));
            (group, e.code(OWN_CODE_ORDER[group]).unwrap())
        })
        .collect();
    assert!(
        groups.windows(2).all(|w| w[0] < w[1]),
        "rows without Windows or Linux code out of order: {groups:?}"
    );
}

/// The order of the rows that have neither a Windows nor a generic Linux code: the BSD
/// codes (macOS, then FreeBSD), the other systems' own codes in `Platform` order, and last
/// the codes of one Linux architecture.
const OWN_CODE_ORDER: [Platform; 16] = [
    Platform::MacOs,
    Platform::FreeBsd,
    Platform::NetBsd,
    Platform::OpenBsd,
    Platform::DragonFly,
    Platform::Illumos,
    Platform::Aix,
    Platform::Haiku,
    Platform::Redox,
    Platform::Hurd,
    Platform::Cygwin,
    Platform::Wasi,
    Platform::Emscripten,
    Platform::LinuxMips,
    Platform::LinuxParisc,
    Platform::LinuxSparc,
];

// ---------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------

/// Every row decodes back from each of its codes, unless the code is declared `=>`
/// another row (then it decodes to that row); aliases with numbers of their own decode
/// to the row too; every symbol and alias names its row.
#[test]
fn every_row_round_trips_on_every_platform() {
    let mut shared_seen = 0;
    for &e in OsError::ALL {
        for &p in Platform::ALL {
            let Some(code) = e.code(p) else { continue };
            let expected = shared_target(e, p).unwrap_or(e);
            if expected != e {
                shared_seen += 1;
            }
            assert_eq!(
                OsError::from_code(p, code),
                Some(expected),
                "{} = {code} on {p}",
                e.name()
            );
            assert_eq!(
                OsError::decode(p, code),
                expected,
                "decode {} on {p}",
                e.name()
            );
            for &to in Platform::ALL {
                assert_eq!(
                    OsError::translate(code, p, to),
                    expected.code(to),
                    "{} {p}->{to}",
                    e.name()
                );
            }
            for name in names(e, p) {
                assert_eq!(OsError::from_name(name), Some(e), "from_name({name})");
            }
        }
    }
    let declared: usize = SHARED.iter().map(|(_, platforms, _)| platforms.len()).sum();
    assert_eq!(
        shared_seen, declared,
        "a declared shared number is not shared"
    );
    for &(p, alias, number, row) in OWN_NUMBER_ALIASES {
        assert!(
            row.aliases(p).contains(&alias),
            "{alias} is not an alias of {} on {p}",
            row.name()
        );
        assert_ne!(
            row.code(p),
            Some(number),
            "{alias} on {p} has no number of its own"
        );
        assert_eq!(
            OsError::from_code(p, number),
            Some(row),
            "{alias} = {number} on {p}"
        );
    }
}

#[test]
fn unknown_codes_are_kept() {
    for &p in Platform::ALL {
        for code in [-1, 0, 4242, 99_999] {
            assert_eq!(OsError::from_code(p, code), None, "{code} on {p}");
            let e = OsError::decode(p, code);
            assert_eq!(e.code(p), Some(code));
            assert!(!OsError::ALL.contains(&e));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Winsock and the Berkeley numbering
// ---------------------------------------------------------------------------------------

/// The numberings that kept 4.4BSD's numbers for the codes Winsock took from 4.3BSD.
const BSD_NUMBERINGS: [Platform; 5] = [
    Platform::MacOs,
    Platform::FreeBsd,
    Platform::NetBsd,
    Platform::OpenBsd,
    Platform::DragonFly,
];

/// Winsock numbers its Berkeley-derived codes 10000 + the 4.3BSD errno, and macOS,
/// FreeBSD, NetBSD, OpenBSD and DragonFly still use the BSD numbers. A fact to check, not a rule the data was made from.
/// The exceptions, each with its reason:
const BSD_RELATION_EXCEPTIONS: &[(OsError, Platform, &str)] = &[(
    OsError::OperationNotSupported,
    Platform::MacOs,
    "macOS gives EOPNOTSUPP the number 102; its 45 is ENOTSUP (the NotSupported row)",
)];

#[test]
fn winsock_berkeley_codes_are_10000_plus_the_bsd_errno() {
    let mut seen = 0;
    for &e in OsError::ALL {
        let Some(w) = e.code(Platform::Windows) else {
            continue;
        };
        if !(10004..=10071).contains(&w) {
            continue;
        }
        seen += 1;
        for p in BSD_NUMBERINGS {
            let code = e
                .code(p)
                .unwrap_or_else(|| panic!("{} has no {p} code", e.name()));
            let exception = BSD_RELATION_EXCEPTIONS
                .iter()
                .any(|&(r, q, _)| r == e && q == p);
            assert_eq!(
                code != w - 10_000,
                exception,
                "{} ({w}) on {p} is {code}",
                e.name()
            );
        }
        // The Winsock name is "WSA" + a Berkeley name of the row.
        let wsa = e.symbol(Platform::Windows).unwrap();
        let berkeley = &wsa[3..];
        let on_unix = UNIX.iter().any(|&p| names(e, p).contains(&berkeley));
        assert!(on_unix, "{wsa}: no {berkeley} in row {}", e.name());
    }
    // 10004, 10009, 10013, 10014, 10022, 10024 and 10035..=10071.
    assert_eq!(seen, 6 + 37);
}

/// 11001–11004 are resolver (h_errno-style) codes; Unix reports those through h_errno or
/// getaddrinfo's EAI_* values, which are not errno values.
#[test]
fn resolver_codes_have_no_unix_code() {
    let resolver = [
        (11001, OsError::HostNotFound),
        (11002, OsError::TryAgain),
        (11003, OsError::NoRecovery),
        (11004, OsError::NoData),
    ];
    for (code, row) in resolver {
        assert_eq!(OsError::from_code(Platform::Windows, code), Some(row));
        for p in errno_platforms() {
            assert_eq!(row.code(p), None, "{} on {p}", row.name());
            assert_eq!(row.symbol(p), None, "{} on {p}", row.name());
        }
    }
    assert_eq!(OsError::from_name("WSANO_ADDRESS"), Some(OsError::NoData));
    // The Winsock macros that mimic h_errno are not names of the table.
    for h in [
        "HOST_NOT_FOUND",
        "TRY_AGAIN",
        "NO_RECOVERY",
        "NO_DATA",
        "NO_ADDRESS",
    ] {
        assert_eq!(OsError::from_name(h), None, "{h}");
    }
}

/// Winsock-only codes (no Berkeley errno) and the Windows-only Win32 rows exist only in
/// the Windows column.
#[test]
fn winsock_only_rows_are_windows_only() {
    for &e in OsError::ALL {
        let Some(w) = e.code(Platform::Windows) else {
            continue;
        };
        // Winsock's own codes, the Win32 codes it passes through without an errno
        // counterpart, and the Win32 codes whose rows no errno shares.
        let winsock_only = matches!(w, 6 | 87 | 996 | 997 | 10091..=10112 | 11001..=11031);
        let win32_only = matches!(w, 1 | 32 | 33 | 123 | 231);
        let winsock_only = winsock_only || win32_only;
        if winsock_only {
            for p in errno_platforms() {
                assert_eq!(e.code(p), None, "{} ({w}) on {p}", e.name());
            }
        } else {
            assert!(
                UNIX.iter().any(|&p| e.code(p).is_some()),
                "{} ({w}) has no errno",
                e.name()
            );
        }
    }
}

/// The seeds' misprints and the decisions taken on them (DATA-NOTES.md, "Seed errata").
#[test]
fn seed_errata_are_decided_by_the_headers() {
    let w = Platform::Windows;
    // WSAEDISCON is 10101, not 10094; nothing is 10094.
    assert_eq!(OsError::Disconnecting.code(w), Some(10101));
    assert_eq!(OsError::from_code(w, 10094), None);
    // WSAVERNOTSUPPORTED is 10092, not 192 (which is the unrelated Win32
    // ERROR_EXE_MARKED_INVALID).
    assert_eq!(OsError::VersionNotSupported.code(w), Some(10092));
    assert_eq!(OsError::from_code(w, 192), Some(OsError::ExecFormatError));
    assert_eq!(
        OsError::from_name("ERROR_EXE_MARKED_INVALID"),
        Some(OsError::ExecFormatError)
    );
    // WSABASEERR is a base (10000), not an error, and not 1000.
    for code in [1000, 10000] {
        assert_eq!(OsError::from_code(w, code), None, "{code}");
    }
    assert_eq!(OsError::from_name("WSABASEERR"), None);
    // 10022 is WSAEINVAL (a seed labels it WSAEFAULT), WSAEFAULT is 10014.
    assert_eq!(OsError::from_code(w, 10022), Some(OsError::InvalidArgument));
    assert_eq!(OsError::from_name("WSAEFAULT"), Some(OsError::BadAddress));
    // Misspelt or outdated names are not names of the table.
    for name in [
        "WSAEBADE",
        "WSAINVALIDPROCTABLE",
        "WSAINVALIDPROVIDER",
        "WSAPROVIDERFAILEDINIT",
        "WSAEOPNOTSUPPORT",
        "WSAEPROTONOUPPORT",
        "EINT",
        "WSA_WAIT_FAILED",
        "WSA_WAIT_EVENT_0",
        "WSA_WAIT_IO_COMPLETION",
        "WSA_WAIT_TIMEOUT",
        "ELAST",
    ] {
        assert_eq!(OsError::from_name(name), None, "{name}");
    }
    // ... the header spellings are.
    assert_eq!(
        OsError::from_name("WSAEBADF"),
        Some(OsError::BadFileDescriptor)
    );
    assert_eq!(
        OsError::from_name("WSAEINVALIDPROCTABLE"),
        Some(OsError::InvalidProcedureTable)
    );
    assert_eq!(
        OsError::from_name("WSAEINVALIDPROVIDER"),
        Some(OsError::InvalidProvider)
    );
    assert_eq!(
        OsError::from_name("WSAEPROVIDERFAILEDINIT"),
        Some(OsError::ProviderFailedInit)
    );
    // WSA_QOS_EUNKOWNPSOBJ is the Windows SDK's own spelling; mingw-w64 adds a fixed one.
    assert_eq!(
        OsError::QosUnknownObject.symbol(w),
        Some("WSA_QOS_EUNKOWNPSOBJ")
    );
    assert_eq!(
        OsError::from_name("WSA_QOS_EUNKNOWNPSOBJ"),
        Some(OsError::QosUnknownObject)
    );
    // The overlapped-I/O codes are fixed Win32 numbers, not "OS dependent".
    for (code, row) in [
        (6, OsError::InvalidHandle),
        (8, OsError::OutOfMemory),
        (87, OsError::InvalidParameter),
        (995, OsError::OperationCanceled),
        (996, OsError::IoIncomplete),
        (997, OsError::IoPending),
    ] {
        assert_eq!(OsError::from_code(w, code), Some(row), "{code}");
    }
    // "Document #:10029" (a knowledge-base article number) is not an error code; nor are
    // the article numbers 10234, 10235 and 10384.
    for code in [10029, 10234, 10235, 10384] {
        assert_eq!(OsError::from_code(w, code), None, "{code}");
    }
}

// ---------------------------------------------------------------------------------------
// The .NET SocketError table (seed 002: SocketException.NativeErrorCode printed by .NET
// Core on Windows, Linux and macOS)
// ---------------------------------------------------------------------------------------

/// (SocketError, Windows, Linux, macOS), transcribed from the seed.
const DOTNET_SOCKET_ERRORS: &[(&str, i32, i32, i32)] = &[
    ("Success", 0, 0, 0),
    ("OperationAborted", 995, 125, 89),
    ("IOPending", 997, 115, 36),
    ("Interrupted", 10004, 4, 4),
    ("AccessDenied", 10013, 13, 13),
    ("Fault", 10014, 14, 14),
    ("InvalidArgument", 10022, 22, 22),
    ("TooManyOpenSockets", 10024, 23, 23),
    ("WouldBlock", 10035, 11, 35),
    ("InProgress", 10036, 115, 36),
    ("AlreadyInProgress", 10037, 114, 37),
    ("NotSocket", 10038, 88, 38),
    ("DestinationAddressRequired", 10039, 89, 39),
    ("MessageSize", 10040, 90, 40),
    ("ProtocolType", 10041, 91, 41),
    ("ProtocolOption", 10042, 92, 42),
    ("ProtocolNotSupported", 10043, 93, 43),
    ("SocketNotSupported", 10044, 94, 44),
    ("OperationNotSupported", 10045, 95, 45),
    ("ProtocolFamilyNotSupported", 10046, 96, 46),
    ("AddressFamilyNotSupported", 10047, 97, 47),
    ("AddressAlreadyInUse", 10048, 98, 48),
    ("AddressNotAvailable", 10049, 99, 49),
    ("NetworkDown", 10050, 100, 50),
    ("NetworkUnreachable", 10051, 101, 51),
    ("NetworkReset", 10052, 102, 52),
    ("ConnectionAborted", 10053, 103, 53),
    ("ConnectionReset", 10054, 104, 54),
    ("NoBufferSpaceAvailable", 10055, 105, 55),
    ("IsConnected", 10056, 106, 56),
    ("NotConnected", 10057, 107, 57),
    ("Shutdown", 10058, 32, 32),
    ("TimedOut", 10060, 110, 60),
    ("ConnectionRefused", 10061, 111, 61),
    ("HostDown", 10064, 112, 64),
    ("HostUnreachable", 10065, 113, 65),
    ("ProcessLimit", 10067, 10067, 10067),
    ("SystemNotReady", 10091, 10091, 10091),
    ("VersionNotSupported", 10092, 10092, 10092),
    ("NotInitialized", 10093, 10093, 10093),
    ("Disconnecting", 10101, 108, 58),
    ("TypeNotFound", 10109, 10109, 10109),
    ("HostNotFound", 11001, -131073, -131073),
    ("TryAgain", 11002, 11, 35),
    ("NoRecovery", 11003, 11003, 11003),
    ("NoData", 11004, 61, 96),
    ("SocketError", -1, -1, -1),
];

/// The rows where .NET's mapping and the table part ways, each with what the table gives
/// instead, as (Linux, macOS) codes of the row of the Windows code (`None` where the row
/// or the code does not exist), and why. .NET's Unix mapping is a best-effort dictionary
/// (SocketErrorPal.Unix.cs) and passes codes it cannot map through unchanged.
const DOTNET_DIVERGENCES: &[(&str, Option<i32>, Option<i32>, &str)] = &[
    ("Success", None, None, "0 means success; the table lists errors only"),
    ("IOPending", None, None, "WSA_IO_PENDING has no errno; .NET borrows EINPROGRESS, which is WSAEINPROGRESS's"),
    ("TooManyOpenSockets", Some(24), Some(24), "WSAEMFILE is EMFILE (24); .NET picks ENFILE (23), saying EMFILE would also do"),
    ("OperationNotSupported", Some(95), Some(102), "WSAEOPNOTSUPP is EOPNOTSUPP, 102 on macOS; .NET picks ENOTSUP, which macOS numbers 45"),
    ("Shutdown", Some(108), Some(58), "WSAESHUTDOWN is ESHUTDOWN; .NET maps SocketError.Shutdown to EPIPE (32)"),
    ("ProcessLimit", None, Some(67), ".NET has no mapping and passes 10067 through; the row is EPROCLIM, which generic Linux lacks"),
    ("SystemNotReady", None, None, "Winsock-only; .NET passes the Windows number through"),
    ("VersionNotSupported", None, None, "Winsock-only; .NET passes the Windows number through"),
    ("NotInitialized", None, None, "Winsock-only; .NET passes the Windows number through"),
    ("Disconnecting", None, None, "WSAEDISCON is Winsock-only; .NET borrows ESHUTDOWN, which is WSAESHUTDOWN's"),
    ("TypeNotFound", None, None, "Winsock-only; .NET passes the Windows number through"),
    ("HostNotFound", None, None, "resolver code (h_errno / EAI_NONAME on Unix); -131073 is a .NET PAL value, not an errno"),
    ("TryAgain", None, None, "resolver code (h_errno TRY_AGAIN / EAI_AGAIN on Unix); .NET borrows EAGAIN"),
    ("NoRecovery", None, None, "resolver code (h_errno NO_RECOVERY / EAI_FAIL on Unix); .NET passes it through"),
    ("NoData", None, None, "resolver code (h_errno NO_DATA / EAI_NODATA on Unix); .NET borrows ENODATA"),
    ("SocketError", None, None, "-1 is .NET's generic failure, not an OS code"),
];

#[test]
fn dotnet_socket_error_table_agrees_or_diverges_as_documented() {
    let mut used = BTreeSet::new();
    for &(name, windows, linux, macos) in DOTNET_SOCKET_ERRORS {
        let row = OsError::from_code(Platform::Windows, windows);
        let got = (
            row.and_then(|e| e.code(Platform::Linux)),
            row.and_then(|e| e.code(Platform::MacOs)),
        );
        match DOTNET_DIVERGENCES.iter().find(|d| d.0 == name) {
            None => {
                let e = row.unwrap_or_else(|| panic!("{name}: no row for {windows}"));
                assert_eq!(
                    got,
                    (Some(linux), Some(macos)),
                    "{name} ({windows}) is row {}",
                    e.name()
                );
                // And back: the Unix numbers decode to the same row.
                assert_eq!(
                    OsError::from_code(Platform::Linux, linux),
                    Some(e),
                    "{name} linux"
                );
                assert_eq!(
                    OsError::from_code(Platform::MacOs, macos),
                    Some(e),
                    "{name} macos"
                );
            }
            Some(&(_, table_linux, table_macos, why)) => {
                used.insert(name);
                assert_eq!(got, (table_linux, table_macos), "{name}: {why}");
                assert_ne!(
                    got,
                    (Some(linux), Some(macos)),
                    "{name} no longer diverges: {why}"
                );
            }
        }
    }
    let listed: BTreeSet<&str> = DOTNET_DIVERGENCES.iter().map(|d| d.0).collect();
    assert_eq!(
        used, listed,
        "a divergence names no SocketError of the seed"
    );
}

// ---------------------------------------------------------------------------------------
// OS header constants
// ---------------------------------------------------------------------------------------

/// Every Winsock / overlapped-I/O name with its number, transcribed from mingw-w64's
/// winerror.h, winsock2.h and psdk_inc/_wsa_errnos.h (WSABASEERR and the WSA_WAIT_*
/// wait results left out: a base and non-errors). WSA_QOS_EUNKOWNPSOBJ is the Windows
/// SDK's spelling, which mingw-w64 keeps as an alias of its corrected one.
const WINSOCK_HEADER: &[(&str, i32)] = &[
    ("WSA_INVALID_HANDLE", 6),
    ("WSA_NOT_ENOUGH_MEMORY", 8),
    ("WSA_INVALID_PARAMETER", 87),
    ("WSA_OPERATION_ABORTED", 995),
    ("WSA_IO_INCOMPLETE", 996),
    ("WSA_IO_PENDING", 997),
    ("WSAEINTR", 10004),
    ("WSAEBADF", 10009),
    ("WSAEACCES", 10013),
    ("WSAEFAULT", 10014),
    ("WSAEINVAL", 10022),
    ("WSAEMFILE", 10024),
    ("WSAEWOULDBLOCK", 10035),
    ("WSAEINPROGRESS", 10036),
    ("WSAEALREADY", 10037),
    ("WSAENOTSOCK", 10038),
    ("WSAEDESTADDRREQ", 10039),
    ("WSAEMSGSIZE", 10040),
    ("WSAEPROTOTYPE", 10041),
    ("WSAENOPROTOOPT", 10042),
    ("WSAEPROTONOSUPPORT", 10043),
    ("WSAESOCKTNOSUPPORT", 10044),
    ("WSAEOPNOTSUPP", 10045),
    ("WSAEPFNOSUPPORT", 10046),
    ("WSAEAFNOSUPPORT", 10047),
    ("WSAEADDRINUSE", 10048),
    ("WSAEADDRNOTAVAIL", 10049),
    ("WSAENETDOWN", 10050),
    ("WSAENETUNREACH", 10051),
    ("WSAENETRESET", 10052),
    ("WSAECONNABORTED", 10053),
    ("WSAECONNRESET", 10054),
    ("WSAENOBUFS", 10055),
    ("WSAEISCONN", 10056),
    ("WSAENOTCONN", 10057),
    ("WSAESHUTDOWN", 10058),
    ("WSAETOOMANYREFS", 10059),
    ("WSAETIMEDOUT", 10060),
    ("WSAECONNREFUSED", 10061),
    ("WSAELOOP", 10062),
    ("WSAENAMETOOLONG", 10063),
    ("WSAEHOSTDOWN", 10064),
    ("WSAEHOSTUNREACH", 10065),
    ("WSAENOTEMPTY", 10066),
    ("WSAEPROCLIM", 10067),
    ("WSAEUSERS", 10068),
    ("WSAEDQUOT", 10069),
    ("WSAESTALE", 10070),
    ("WSAEREMOTE", 10071),
    ("WSASYSNOTREADY", 10091),
    ("WSAVERNOTSUPPORTED", 10092),
    ("WSANOTINITIALISED", 10093),
    ("WSAEDISCON", 10101),
    ("WSAENOMORE", 10102),
    ("WSAECANCELLED", 10103),
    ("WSAEINVALIDPROCTABLE", 10104),
    ("WSAEINVALIDPROVIDER", 10105),
    ("WSAEPROVIDERFAILEDINIT", 10106),
    ("WSASYSCALLFAILURE", 10107),
    ("WSASERVICE_NOT_FOUND", 10108),
    ("WSATYPE_NOT_FOUND", 10109),
    ("WSA_E_NO_MORE", 10110),
    ("WSA_E_CANCELLED", 10111),
    ("WSAEREFUSED", 10112),
    ("WSAHOST_NOT_FOUND", 11001),
    ("WSATRY_AGAIN", 11002),
    ("WSANO_RECOVERY", 11003),
    ("WSANO_ADDRESS", 11004),
    ("WSANO_DATA", 11004),
    ("WSA_QOS_RECEIVERS", 11005),
    ("WSA_QOS_SENDERS", 11006),
    ("WSA_QOS_NO_SENDERS", 11007),
    ("WSA_QOS_NO_RECEIVERS", 11008),
    ("WSA_QOS_REQUEST_CONFIRMED", 11009),
    ("WSA_QOS_ADMISSION_FAILURE", 11010),
    ("WSA_QOS_POLICY_FAILURE", 11011),
    ("WSA_QOS_BAD_STYLE", 11012),
    ("WSA_QOS_BAD_OBJECT", 11013),
    ("WSA_QOS_TRAFFIC_CTRL_ERROR", 11014),
    ("WSA_QOS_GENERIC_ERROR", 11015),
    ("WSA_QOS_ESERVICETYPE", 11016),
    ("WSA_QOS_EFLOWSPEC", 11017),
    ("WSA_QOS_EPROVSPECBUF", 11018),
    ("WSA_QOS_EFILTERSTYLE", 11019),
    ("WSA_QOS_EFILTERTYPE", 11020),
    ("WSA_QOS_EFILTERCOUNT", 11021),
    ("WSA_QOS_EOBJLENGTH", 11022),
    ("WSA_QOS_EFLOWCOUNT", 11023),
    ("WSA_QOS_EUNKNOWNPSOBJ", 11024),
    ("WSA_QOS_EUNKOWNPSOBJ", 11024),
    ("WSA_QOS_EPOLICYOBJ", 11025),
    ("WSA_QOS_EFLOWDESC", 11026),
    ("WSA_QOS_EPSFLOWSPEC", 11027),
    ("WSA_QOS_EPSFILTERSPEC", 11028),
    ("WSA_QOS_ESDMODEOBJ", 11029),
    ("WSA_QOS_ESHAPERATEOBJ", 11030),
    ("WSA_QOS_RESERVED_PETYPE", 11031),
];

#[test]
fn windows_column_matches_the_winsock_headers() {
    // The Winsock names of the table (the Win32 ones are checked in tests/win32.rs).
    let mut table_names = BTreeSet::new();
    for &e in OsError::ALL {
        let winsock = names(e, Platform::Windows).into_iter();
        table_names.extend(winsock.filter(|name| name.starts_with("WSA")));
    }
    let header_names: BTreeSet<&str> = WINSOCK_HEADER.iter().map(|h| h.0).collect();
    assert_eq!(table_names, header_names);
    for &(name, number) in WINSOCK_HEADER {
        let e = OsError::from_name(name).unwrap();
        assert_eq!(e.code(Platform::Windows), Some(number), "{name}");
        assert_eq!(
            OsError::from_code(Platform::Windows, number),
            Some(e),
            "{name}"
        );
    }
}

/// Every errno name with its number on [linux, linux_alpha, linux_mips, linux_parisc,
/// linux_powerpc, linux_sparc, macos, freebsd], 0 where that system does not define it.
/// Transcribed from the Linux 6.1 uapi headers (asm-generic/errno*.h and
/// arch/{alpha,mips,parisc,powerpc,sparc}/include/uapi/asm/errno.h, with glibc's
/// `ENOTSUP = EOPNOTSUPP`) plus Linux 7.0's EFSBADCRC and EFSCORRUPTED (second names of
/// EBADMSG and EUCLEAN in every one of those headers); parisc's ENOSYM and EREMOTERELEASE,
/// gone from its header since Linux 6.7, are kept (DATA-NOTES §4). Then the libc crate's Apple and FreeBSD constants (libc 0.2.191;
/// FreeBSD's checked against sys/sys/errno.h) — ELAST, a bound, left out.
const ERRNO_HEADERS: &[(&str, [i32; 8])] = &[
    ("EPERM", [1, 1, 1, 1, 1, 1, 1, 1]),
    ("ENOENT", [2, 2, 2, 2, 2, 2, 2, 2]),
    ("ESRCH", [3, 3, 3, 3, 3, 3, 3, 3]),
    ("EINTR", [4, 4, 4, 4, 4, 4, 4, 4]),
    ("EIO", [5, 5, 5, 5, 5, 5, 5, 5]),
    ("ENXIO", [6, 6, 6, 6, 6, 6, 6, 6]),
    ("E2BIG", [7, 7, 7, 7, 7, 7, 7, 7]),
    ("ENOEXEC", [8, 8, 8, 8, 8, 8, 8, 8]),
    ("EBADF", [9, 9, 9, 9, 9, 9, 9, 9]),
    ("ECHILD", [10, 10, 10, 10, 10, 10, 10, 10]),
    ("EAGAIN", [11, 35, 11, 11, 11, 11, 35, 35]),
    ("EWOULDBLOCK", [11, 35, 11, 11, 11, 11, 35, 35]),
    ("ENOMEM", [12, 12, 12, 12, 12, 12, 12, 12]),
    ("EACCES", [13, 13, 13, 13, 13, 13, 13, 13]),
    ("EFAULT", [14, 14, 14, 14, 14, 14, 14, 14]),
    ("ENOTBLK", [15, 15, 15, 15, 15, 15, 15, 15]),
    ("EBUSY", [16, 16, 16, 16, 16, 16, 16, 16]),
    ("EEXIST", [17, 17, 17, 17, 17, 17, 17, 17]),
    ("EXDEV", [18, 18, 18, 18, 18, 18, 18, 18]),
    ("ENODEV", [19, 19, 19, 19, 19, 19, 19, 19]),
    ("ENOTDIR", [20, 20, 20, 20, 20, 20, 20, 20]),
    ("EISDIR", [21, 21, 21, 21, 21, 21, 21, 21]),
    ("EINVAL", [22, 22, 22, 22, 22, 22, 22, 22]),
    ("ENFILE", [23, 23, 23, 23, 23, 23, 23, 23]),
    ("EMFILE", [24, 24, 24, 24, 24, 24, 24, 24]),
    ("ENOTTY", [25, 25, 25, 25, 25, 25, 25, 25]),
    ("ETXTBSY", [26, 26, 26, 26, 26, 26, 26, 26]),
    ("EFBIG", [27, 27, 27, 27, 27, 27, 27, 27]),
    ("ENOSPC", [28, 28, 28, 28, 28, 28, 28, 28]),
    ("ESPIPE", [29, 29, 29, 29, 29, 29, 29, 29]),
    ("EROFS", [30, 30, 30, 30, 30, 30, 30, 30]),
    ("EMLINK", [31, 31, 31, 31, 31, 31, 31, 31]),
    ("EPIPE", [32, 32, 32, 32, 32, 32, 32, 32]),
    ("EDOM", [33, 33, 33, 33, 33, 33, 33, 33]),
    ("ERANGE", [34, 34, 34, 34, 34, 34, 34, 34]),
    ("EDEADLK", [35, 11, 45, 45, 35, 78, 11, 11]),
    ("EDEADLOCK", [35, 11, 56, 45, 58, 108, 0, 0]),
    ("ENAMETOOLONG", [36, 63, 78, 248, 36, 63, 63, 63]),
    ("ENOLCK", [37, 77, 46, 46, 37, 79, 77, 77]),
    ("ENOSYS", [38, 78, 89, 251, 38, 90, 78, 78]),
    ("ENOTEMPTY", [39, 66, 93, 247, 39, 66, 66, 66]),
    ("ELOOP", [40, 62, 90, 249, 40, 62, 62, 62]),
    ("ENOMSG", [42, 80, 35, 35, 42, 75, 91, 83]),
    ("EIDRM", [43, 81, 36, 36, 43, 77, 90, 82]),
    ("ECHRNG", [44, 88, 37, 37, 44, 94, 0, 0]),
    ("EL2NSYNC", [45, 89, 38, 38, 45, 95, 0, 0]),
    ("EL3HLT", [46, 90, 39, 39, 46, 96, 0, 0]),
    ("EL3RST", [47, 91, 40, 40, 47, 97, 0, 0]),
    ("ELNRNG", [48, 93, 41, 41, 48, 98, 0, 0]),
    ("EUNATCH", [49, 94, 42, 42, 49, 99, 0, 0]),
    ("ENOCSI", [50, 95, 43, 43, 50, 100, 0, 0]),
    ("EL2HLT", [51, 96, 44, 44, 51, 101, 0, 0]),
    ("EBADE", [52, 97, 50, 160, 52, 102, 0, 0]),
    ("EBADR", [53, 98, 51, 161, 53, 103, 0, 0]),
    ("EXFULL", [54, 99, 52, 162, 54, 104, 0, 0]),
    ("ENOANO", [55, 100, 53, 163, 55, 105, 0, 0]),
    ("EBADRQC", [56, 101, 54, 164, 56, 106, 0, 0]),
    ("EBADSLT", [57, 102, 55, 165, 57, 107, 0, 0]),
    ("EBFONT", [59, 104, 59, 166, 59, 109, 0, 0]),
    ("ENOSTR", [60, 87, 60, 54, 60, 72, 99, 0]),
    ("ENODATA", [61, 86, 61, 51, 61, 111, 96, 0]),
    ("ETIME", [62, 83, 62, 52, 62, 73, 101, 0]),
    ("ENOSR", [63, 82, 63, 53, 63, 74, 98, 0]),
    ("ENONET", [64, 105, 64, 50, 64, 80, 0, 0]),
    ("ENOPKG", [65, 92, 65, 55, 65, 113, 0, 0]),
    ("EREMOTE", [66, 71, 66, 71, 66, 71, 71, 71]),
    ("ENOLINK", [67, 106, 67, 57, 67, 82, 97, 91]),
    ("EADV", [68, 107, 68, 58, 68, 83, 0, 0]),
    ("ESRMNT", [69, 108, 69, 59, 69, 84, 0, 0]),
    ("ECOMM", [70, 109, 70, 60, 70, 85, 0, 0]),
    ("EPROTO", [71, 85, 71, 61, 71, 86, 100, 92]),
    ("EMULTIHOP", [72, 110, 74, 64, 72, 87, 95, 90]),
    ("EDOTDOT", [73, 111, 73, 66, 73, 88, 0, 0]),
    ("EBADMSG", [74, 84, 77, 67, 74, 76, 94, 89]),
    ("EFSBADCRC", [74, 84, 77, 67, 74, 76, 0, 0]),
    ("EFSCORRUPTED", [117, 117, 135, 177, 117, 117, 0, 0]),
    ("EOVERFLOW", [75, 112, 79, 72, 75, 92, 84, 84]),
    ("ENOTUNIQ", [76, 113, 80, 167, 76, 115, 0, 0]),
    ("EBADFD", [77, 114, 81, 168, 77, 93, 0, 0]),
    ("EREMCHG", [78, 115, 82, 169, 78, 89, 0, 0]),
    ("ELIBACC", [79, 122, 83, 170, 79, 114, 0, 0]),
    ("ELIBBAD", [80, 123, 84, 171, 80, 112, 0, 0]),
    ("ELIBSCN", [81, 124, 85, 172, 81, 124, 0, 0]),
    ("ELIBMAX", [82, 125, 86, 173, 82, 123, 0, 0]),
    ("ELIBEXEC", [83, 126, 87, 174, 83, 110, 0, 0]),
    ("EILSEQ", [84, 116, 88, 47, 84, 122, 92, 86]),
    ("ERESTART", [85, 127, 91, 175, 85, 116, 0, 0]),
    ("ESTRPIPE", [86, 128, 92, 176, 86, 91, 0, 0]),
    ("EUSERS", [87, 68, 94, 68, 87, 68, 68, 68]),
    ("ENOTSOCK", [88, 38, 95, 216, 88, 38, 38, 38]),
    ("EDESTADDRREQ", [89, 39, 96, 217, 89, 39, 39, 39]),
    ("EMSGSIZE", [90, 40, 97, 218, 90, 40, 40, 40]),
    ("EPROTOTYPE", [91, 41, 98, 219, 91, 41, 41, 41]),
    ("ENOPROTOOPT", [92, 42, 99, 220, 92, 42, 42, 42]),
    ("EPROTONOSUPPORT", [93, 43, 120, 221, 93, 43, 43, 43]),
    ("ESOCKTNOSUPPORT", [94, 44, 121, 222, 94, 44, 44, 44]),
    ("ENOTSUP", [95, 45, 122, 223, 95, 45, 45, 45]),
    ("EOPNOTSUPP", [95, 45, 122, 223, 95, 45, 102, 45]),
    ("EPFNOSUPPORT", [96, 46, 123, 224, 96, 46, 46, 46]),
    ("EAFNOSUPPORT", [97, 47, 124, 225, 97, 47, 47, 47]),
    ("EADDRINUSE", [98, 48, 125, 226, 98, 48, 48, 48]),
    ("EADDRNOTAVAIL", [99, 49, 126, 227, 99, 49, 49, 49]),
    ("ENETDOWN", [100, 50, 127, 228, 100, 50, 50, 50]),
    ("ENETUNREACH", [101, 51, 128, 229, 101, 51, 51, 51]),
    ("ENETRESET", [102, 52, 129, 230, 102, 52, 52, 52]),
    ("ECONNABORTED", [103, 53, 130, 231, 103, 53, 53, 53]),
    ("ECONNRESET", [104, 54, 131, 232, 104, 54, 54, 54]),
    ("ENOBUFS", [105, 55, 132, 233, 105, 55, 55, 55]),
    ("EISCONN", [106, 56, 133, 234, 106, 56, 56, 56]),
    ("ENOTCONN", [107, 57, 134, 235, 107, 57, 57, 57]),
    ("ESHUTDOWN", [108, 58, 143, 236, 108, 58, 58, 58]),
    ("ETOOMANYREFS", [109, 59, 144, 237, 109, 59, 59, 59]),
    ("ETIMEDOUT", [110, 60, 145, 238, 110, 60, 60, 60]),
    ("ECONNREFUSED", [111, 61, 146, 239, 111, 61, 61, 61]),
    ("EHOSTDOWN", [112, 64, 147, 241, 112, 64, 64, 64]),
    ("EHOSTUNREACH", [113, 65, 148, 242, 113, 65, 65, 65]),
    ("EALREADY", [114, 37, 149, 244, 114, 37, 37, 37]),
    ("EINPROGRESS", [115, 36, 150, 245, 115, 36, 36, 36]),
    ("ESTALE", [116, 70, 151, 70, 116, 70, 70, 70]),
    ("EUCLEAN", [117, 117, 135, 177, 117, 117, 0, 0]),
    ("ENOTNAM", [118, 118, 137, 178, 118, 118, 0, 0]),
    ("ENAVAIL", [119, 119, 138, 179, 119, 119, 0, 0]),
    ("EISNAM", [120, 120, 139, 180, 120, 120, 0, 0]),
    ("EREMOTEIO", [121, 121, 140, 181, 121, 121, 0, 0]),
    ("EDQUOT", [122, 69, 1133, 69, 122, 69, 69, 69]),
    ("ENOMEDIUM", [123, 129, 159, 182, 123, 125, 0, 0]),
    ("EMEDIUMTYPE", [124, 130, 160, 183, 124, 126, 0, 0]),
    ("ECANCELED", [125, 131, 158, 253, 125, 127, 89, 85]),
    ("ENOKEY", [126, 132, 161, 184, 126, 128, 0, 0]),
    ("EKEYEXPIRED", [127, 133, 162, 185, 127, 129, 0, 0]),
    ("EKEYREVOKED", [128, 134, 163, 186, 128, 130, 0, 0]),
    ("EKEYREJECTED", [129, 135, 164, 187, 129, 131, 0, 0]),
    ("EOWNERDEAD", [130, 136, 165, 254, 130, 132, 105, 96]),
    ("ENOTRECOVERABLE", [131, 137, 166, 255, 131, 133, 104, 95]),
    ("ERFKILL", [132, 138, 167, 256, 132, 134, 0, 0]),
    ("EHWPOISON", [133, 139, 168, 257, 133, 135, 0, 0]),
    ("EINIT", [0, 0, 141, 0, 0, 0, 0, 0]),
    ("EREMDEV", [0, 0, 142, 0, 0, 0, 0, 0]),
    ("ENOSYM", [0, 0, 0, 215, 0, 0, 0, 0]),
    ("EREFUSED", [0, 0, 0, 239, 0, 0, 0, 0]),
    ("EREMOTERELEASE", [0, 0, 0, 240, 0, 0, 0, 0]),
    ("ECANCELLED", [0, 0, 0, 253, 0, 0, 0, 0]),
    ("EPROCLIM", [0, 0, 0, 0, 0, 67, 67, 67]),
    ("ERREMOTE", [0, 0, 0, 0, 0, 81, 0, 0]),
    ("EBADRPC", [0, 0, 0, 0, 0, 0, 72, 72]),
    ("ERPCMISMATCH", [0, 0, 0, 0, 0, 0, 73, 73]),
    ("EPROGUNAVAIL", [0, 0, 0, 0, 0, 0, 74, 74]),
    ("EPROGMISMATCH", [0, 0, 0, 0, 0, 0, 75, 75]),
    ("EPROCUNAVAIL", [0, 0, 0, 0, 0, 0, 76, 76]),
    ("EFTYPE", [0, 0, 0, 0, 0, 0, 79, 79]),
    ("EAUTH", [0, 0, 0, 0, 0, 0, 80, 80]),
    ("ENEEDAUTH", [0, 0, 0, 0, 0, 0, 81, 81]),
    ("EPWROFF", [0, 0, 0, 0, 0, 0, 82, 0]),
    ("EDEVERR", [0, 0, 0, 0, 0, 0, 83, 0]),
    ("EBADEXEC", [0, 0, 0, 0, 0, 0, 85, 0]),
    ("EBADARCH", [0, 0, 0, 0, 0, 0, 86, 0]),
    ("ESHLIBVERS", [0, 0, 0, 0, 0, 0, 87, 0]),
    ("EBADMACHO", [0, 0, 0, 0, 0, 0, 88, 0]),
    ("ENOATTR", [0, 0, 0, 0, 0, 0, 93, 87]),
    ("ENOPOLICY", [0, 0, 0, 0, 0, 0, 103, 0]),
    ("EQFULL", [0, 0, 0, 0, 0, 0, 106, 0]),
    ("ENOTCAPABLE", [0, 0, 0, 0, 0, 0, 107, 93]),
    ("EDOOFUS", [0, 0, 0, 0, 0, 0, 0, 88]),
    ("ECAPMODE", [0, 0, 0, 0, 0, 0, 0, 94]),
    ("EINTEGRITY", [0, 0, 0, 0, 0, 0, 0, 97]),
];

#[test]
fn errno_columns_match_the_os_headers() {
    let headers: BTreeMap<&str, [i32; 8]> = ERRNO_HEADERS.iter().copied().collect();
    assert_eq!(headers.len(), ERRNO_HEADERS.len(), "a name is listed twice");
    for (i, p) in UNIX.into_iter().enumerate() {
        // Every name the table gives on p is one the header defines, with that number.
        let mut in_table = BTreeSet::new();
        for &e in OsError::ALL {
            for name in names(e, p) {
                in_table.insert(name);
                let number = headers.get(name).map_or(0, |n| n[i]);
                assert_ne!(
                    number,
                    0,
                    "{name} is in row {} on {p} but not in the header",
                    e.name()
                );
                let expected = if Some(name) == e.symbol(p) {
                    assert_eq!(e.code(p), Some(number), "{name} on {p}");
                    shared_target(e, p).unwrap_or(e)
                } else {
                    e
                };
                assert_eq!(
                    OsError::from_code(p, number),
                    Some(expected),
                    "{name} = {number} on {p}"
                );
            }
        }
        // And every name the header defines is in the table.
        for (name, numbers) in &headers {
            if numbers[i] != 0 {
                assert!(
                    in_table.contains(name),
                    "{name} = {} on {p} is missing",
                    numbers[i]
                );
            }
        }
    }
}

/// The seeds' `errno -ls` listings (seed 002): every errno they name is in the table with
/// that number. ENOTSUP (95) is in the Linux listing; ELAST (macOS) is a bound, not an
/// error, and is skipped.
#[test]
fn seed_errno_listings_are_covered() {
    const LINUX_LISTING: &str = "EPERM 1 ENOENT 2 ESRCH 3 EINTR 4 EIO 5 ENXIO 6 E2BIG 7 ENOEXEC 8 EBADF 9 ECHILD 10 EAGAIN 11 ENOMEM 12 EACCES 13 EFAULT 14 ENOTBLK 15 EBUSY 16 EEXIST 17 EXDEV 18 ENODEV 19 ENOTDIR 20 EISDIR 21 EINVAL 22 ENFILE 23 EMFILE 24 ENOTTY 25 ETXTBSY 26 EFBIG 27 ENOSPC 28 ESPIPE 29 EROFS 30 EMLINK 31 EPIPE 32 EDOM 33 ERANGE 34 EDEADLK 35 ENAMETOOLONG 36 ENOLCK 37 ENOSYS 38 ENOTEMPTY 39 ELOOP 40 EWOULDBLOCK 11 ENOMSG 42 EIDRM 43 ECHRNG 44 EL2NSYNC 45 EL3HLT 46 EL3RST 47 ELNRNG 48 EUNATCH 49 ENOCSI 50 EL2HLT 51 EBADE 52 EBADR 53 EXFULL 54 ENOANO 55 EBADRQC 56 EBADSLT 57 EDEADLOCK 35 EBFONT 59 ENOSTR 60 ENODATA 61 ETIME 62 ENOSR 63 ENONET 64 ENOPKG 65 EREMOTE 66 ENOLINK 67 EADV 68 ESRMNT 69 ECOMM 70 EPROTO 71 EMULTIHOP 72 EDOTDOT 73 EBADMSG 74 EOVERFLOW 75 ENOTUNIQ 76 EBADFD 77 EREMCHG 78 ELIBACC 79 ELIBBAD 80 ELIBSCN 81 ELIBMAX 82 ELIBEXEC 83 EILSEQ 84 ERESTART 85 ESTRPIPE 86 EUSERS 87 ENOTSOCK 88 EDESTADDRREQ 89 EMSGSIZE 90 EPROTOTYPE 91 ENOPROTOOPT 92 EPROTONOSUPPORT 93 ESOCKTNOSUPPORT 94 EOPNOTSUPP 95 EPFNOSUPPORT 96 EAFNOSUPPORT 97 EADDRINUSE 98 EADDRNOTAVAIL 99 ENETDOWN 100 ENETUNREACH 101 ENETRESET 102 ECONNABORTED 103 ECONNRESET 104 ENOBUFS 105 EISCONN 106 ENOTCONN 107 ESHUTDOWN 108 ETOOMANYREFS 109 ETIMEDOUT 110 ECONNREFUSED 111 EHOSTDOWN 112 EHOSTUNREACH 113 EALREADY 114 EINPROGRESS 115 ESTALE 116 EUCLEAN 117 ENOTNAM 118 ENAVAIL 119 EISNAM 120 EREMOTEIO 121 EDQUOT 122 ENOMEDIUM 123 EMEDIUMTYPE 124 ECANCELED 125 ENOKEY 126 EKEYEXPIRED 127 EKEYREVOKED 128 EKEYREJECTED 129 EOWNERDEAD 130 ENOTRECOVERABLE 131 ERFKILL 132 EHWPOISON 133 ENOTSUP 95";
    const MACOS_LISTING: &str = "EPERM 1 ENOENT 2 ESRCH 3 EINTR 4 EIO 5 ENXIO 6 E2BIG 7 ENOEXEC 8 EBADF 9 ECHILD 10 EDEADLK 11 ENOMEM 12 EACCES 13 EFAULT 14 ENOTBLK 15 EBUSY 16 EEXIST 17 EXDEV 18 ENODEV 19 ENOTDIR 20 EISDIR 21 EINVAL 22 ENFILE 23 EMFILE 24 ENOTTY 25 ETXTBSY 26 EFBIG 27 ENOSPC 28 ESPIPE 29 EROFS 30 EMLINK 31 EPIPE 32 EDOM 33 ERANGE 34 EAGAIN 35 EWOULDBLOCK 35 EINPROGRESS 36 EALREADY 37 ENOTSOCK 38 EDESTADDRREQ 39 EMSGSIZE 40 EPROTOTYPE 41 ENOPROTOOPT 42 EPROTONOSUPPORT 43 ESOCKTNOSUPPORT 44 ENOTSUP 45 EPFNOSUPPORT 46 EAFNOSUPPORT 47 EADDRINUSE 48 EADDRNOTAVAIL 49 ENETDOWN 50 ENETUNREACH 51 ENETRESET 52 ECONNABORTED 53 ECONNRESET 54 ENOBUFS 55 EISCONN 56 ENOTCONN 57 ESHUTDOWN 58 ETOOMANYREFS 59 ETIMEDOUT 60 ECONNREFUSED 61 ELOOP 62 ENAMETOOLONG 63 EHOSTDOWN 64 EHOSTUNREACH 65 ENOTEMPTY 66 EPROCLIM 67 EUSERS 68 EDQUOT 69 ESTALE 70 EREMOTE 71 EBADRPC 72 ERPCMISMATCH 73 EPROGUNAVAIL 74 EPROGMISMATCH 75 EPROCUNAVAIL 76 ENOLCK 77 ENOSYS 78 EFTYPE 79 EAUTH 80 ENEEDAUTH 81 EPWROFF 82 EDEVERR 83 EOVERFLOW 84 EBADEXEC 85 EBADARCH 86 ESHLIBVERS 87 EBADMACHO 88 ECANCELED 89 EIDRM 90 ENOMSG 91 EILSEQ 92 ENOATTR 93 EBADMSG 94 EMULTIHOP 95 ENODATA 96 ENOLINK 97 ENOSR 98 ENOSTR 99 EPROTO 100 ETIME 101 EOPNOTSUPP 102 ENOPOLICY 103 ENOTRECOVERABLE 104 EOWNERDEAD 105 EQFULL 106 ELAST 106";
    for (platform, listing, count) in [
        (Platform::Linux, LINUX_LISTING, 134),
        (Platform::MacOs, MACOS_LISTING, 108),
    ] {
        let words: Vec<&str> = listing.split_whitespace().collect();
        assert_eq!(words.len(), 2 * count);
        for pair in words.chunks(2) {
            let (name, number): (&str, i32) = (pair[0], pair[1].parse().unwrap());
            if name == "ELAST" {
                assert_eq!(OsError::from_name(name), None);
                continue;
            }
            let e = OsError::from_name(name).unwrap_or_else(|| panic!("{name} is missing"));
            assert!(
                names(e, platform).contains(&name),
                "{name} is not a {platform} name of {}",
                e.name()
            );
            let decoded = OsError::from_code(platform, number).unwrap();
            assert_eq!(
                decoded,
                shared_target(e, platform).unwrap_or(e),
                "{name} = {number} on {platform}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// This machine's libc and std (Linux with the generic errno numbering only)
// ---------------------------------------------------------------------------------------

/// Every generic-Linux errno name the table uses, with the libc crate's value for it.
#[cfg(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64",
        target_arch = "s390x",
        target_arch = "loongarch64"
    )
))]
mod generic_linux_host {
    use super::*;

    const LIBC_LINUX: &[(&str, i32)] = &[
        ("EPERM", libc::EPERM),
        ("ENOENT", libc::ENOENT),
        ("ESRCH", libc::ESRCH),
        ("EINTR", libc::EINTR),
        ("EIO", libc::EIO),
        ("ENXIO", libc::ENXIO),
        ("E2BIG", libc::E2BIG),
        ("ENOEXEC", libc::ENOEXEC),
        ("EBADF", libc::EBADF),
        ("ECHILD", libc::ECHILD),
        ("EAGAIN", libc::EAGAIN),
        ("EWOULDBLOCK", libc::EWOULDBLOCK),
        ("ENOMEM", libc::ENOMEM),
        ("EACCES", libc::EACCES),
        ("EFAULT", libc::EFAULT),
        ("ENOTBLK", libc::ENOTBLK),
        ("EBUSY", libc::EBUSY),
        ("EEXIST", libc::EEXIST),
        ("EXDEV", libc::EXDEV),
        ("ENODEV", libc::ENODEV),
        ("ENOTDIR", libc::ENOTDIR),
        ("EISDIR", libc::EISDIR),
        ("EINVAL", libc::EINVAL),
        ("ENFILE", libc::ENFILE),
        ("EMFILE", libc::EMFILE),
        ("ENOTTY", libc::ENOTTY),
        ("ETXTBSY", libc::ETXTBSY),
        ("EFBIG", libc::EFBIG),
        ("ENOSPC", libc::ENOSPC),
        ("ESPIPE", libc::ESPIPE),
        ("EROFS", libc::EROFS),
        ("EMLINK", libc::EMLINK),
        ("EPIPE", libc::EPIPE),
        ("EDOM", libc::EDOM),
        ("ERANGE", libc::ERANGE),
        ("EDEADLK", libc::EDEADLK),
        ("EDEADLOCK", libc::EDEADLOCK),
        ("ENAMETOOLONG", libc::ENAMETOOLONG),
        ("ENOLCK", libc::ENOLCK),
        ("ENOSYS", libc::ENOSYS),
        ("ENOTEMPTY", libc::ENOTEMPTY),
        ("ELOOP", libc::ELOOP),
        ("ENOMSG", libc::ENOMSG),
        ("EIDRM", libc::EIDRM),
        ("ECHRNG", libc::ECHRNG),
        ("EL2NSYNC", libc::EL2NSYNC),
        ("EL3HLT", libc::EL3HLT),
        ("EL3RST", libc::EL3RST),
        ("ELNRNG", libc::ELNRNG),
        ("EUNATCH", libc::EUNATCH),
        ("ENOCSI", libc::ENOCSI),
        ("EL2HLT", libc::EL2HLT),
        ("EBADE", libc::EBADE),
        ("EBADR", libc::EBADR),
        ("EXFULL", libc::EXFULL),
        ("ENOANO", libc::ENOANO),
        ("EBADRQC", libc::EBADRQC),
        ("EBADSLT", libc::EBADSLT),
        ("EBFONT", libc::EBFONT),
        ("ENOSTR", libc::ENOSTR),
        ("ENODATA", libc::ENODATA),
        ("ETIME", libc::ETIME),
        ("ENOSR", libc::ENOSR),
        ("ENONET", libc::ENONET),
        ("ENOPKG", libc::ENOPKG),
        ("EREMOTE", libc::EREMOTE),
        ("ENOLINK", libc::ENOLINK),
        ("EADV", libc::EADV),
        ("ESRMNT", libc::ESRMNT),
        ("ECOMM", libc::ECOMM),
        ("EPROTO", libc::EPROTO),
        ("EMULTIHOP", libc::EMULTIHOP),
        ("EDOTDOT", libc::EDOTDOT),
        ("EBADMSG", libc::EBADMSG),
        ("EOVERFLOW", libc::EOVERFLOW),
        ("ENOTUNIQ", libc::ENOTUNIQ),
        ("EBADFD", libc::EBADFD),
        ("EREMCHG", libc::EREMCHG),
        ("ELIBACC", libc::ELIBACC),
        ("ELIBBAD", libc::ELIBBAD),
        ("ELIBSCN", libc::ELIBSCN),
        ("ELIBMAX", libc::ELIBMAX),
        ("ELIBEXEC", libc::ELIBEXEC),
        ("EILSEQ", libc::EILSEQ),
        ("ERESTART", libc::ERESTART),
        ("ESTRPIPE", libc::ESTRPIPE),
        ("EUSERS", libc::EUSERS),
        ("ENOTSOCK", libc::ENOTSOCK),
        ("EDESTADDRREQ", libc::EDESTADDRREQ),
        ("EMSGSIZE", libc::EMSGSIZE),
        ("EPROTOTYPE", libc::EPROTOTYPE),
        ("ENOPROTOOPT", libc::ENOPROTOOPT),
        ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
        ("ESOCKTNOSUPPORT", libc::ESOCKTNOSUPPORT),
        ("ENOTSUP", libc::ENOTSUP),
        ("EOPNOTSUPP", libc::EOPNOTSUPP),
        ("EPFNOSUPPORT", libc::EPFNOSUPPORT),
        ("EAFNOSUPPORT", libc::EAFNOSUPPORT),
        ("EADDRINUSE", libc::EADDRINUSE),
        ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL),
        ("ENETDOWN", libc::ENETDOWN),
        ("ENETUNREACH", libc::ENETUNREACH),
        ("ENETRESET", libc::ENETRESET),
        ("ECONNABORTED", libc::ECONNABORTED),
        ("ECONNRESET", libc::ECONNRESET),
        ("ENOBUFS", libc::ENOBUFS),
        ("EISCONN", libc::EISCONN),
        ("ENOTCONN", libc::ENOTCONN),
        ("ESHUTDOWN", libc::ESHUTDOWN),
        ("ETOOMANYREFS", libc::ETOOMANYREFS),
        ("ETIMEDOUT", libc::ETIMEDOUT),
        ("ECONNREFUSED", libc::ECONNREFUSED),
        ("EHOSTDOWN", libc::EHOSTDOWN),
        ("EHOSTUNREACH", libc::EHOSTUNREACH),
        ("EALREADY", libc::EALREADY),
        ("EINPROGRESS", libc::EINPROGRESS),
        ("ESTALE", libc::ESTALE),
        ("EUCLEAN", libc::EUCLEAN),
        ("ENOTNAM", libc::ENOTNAM),
        ("ENAVAIL", libc::ENAVAIL),
        ("EISNAM", libc::EISNAM),
        ("EREMOTEIO", libc::EREMOTEIO),
        ("EDQUOT", libc::EDQUOT),
        ("ENOMEDIUM", libc::ENOMEDIUM),
        ("EMEDIUMTYPE", libc::EMEDIUMTYPE),
        ("ECANCELED", libc::ECANCELED),
        ("ENOKEY", libc::ENOKEY),
        ("EKEYEXPIRED", libc::EKEYEXPIRED),
        ("EKEYREVOKED", libc::EKEYREVOKED),
        ("EKEYREJECTED", libc::EKEYREJECTED),
        ("EOWNERDEAD", libc::EOWNERDEAD),
        ("ENOTRECOVERABLE", libc::ENOTRECOVERABLE),
        ("ERFKILL", libc::ERFKILL),
        ("EHWPOISON", libc::EHWPOISON),
    ];

    /// Linux 7.0's second names of EBADMSG and EUCLEAN, newer than the libc crate.
    const NEWER_THAN_LIBC: [&str; 2] = ["EFSBADCRC", "EFSCORRUPTED"];

    /// Every Linux name of the table (symbol or alias) is in LIBC_LINUX with the number
    /// the table gives it, and every name there is in the table.
    #[test]
    fn linux_column_matches_libc() {
        let libc: BTreeMap<&str, i32> = LIBC_LINUX.iter().copied().collect();
        assert_eq!(libc.len(), LIBC_LINUX.len(), "a name is listed twice");
        let mut used = BTreeSet::new();
        for &e in OsError::ALL {
            let Some(code) = e.code(Platform::Linux) else {
                continue;
            };
            let symbol = e.symbol(Platform::Linux).unwrap();
            let value = *libc
                .get(symbol)
                .unwrap_or_else(|| panic!("{symbol} is not in LIBC_LINUX"));
            assert_eq!(code, value, "{symbol}");
            used.insert(symbol);
            for &alias in e.aliases(Platform::Linux) {
                if NEWER_THAN_LIBC.contains(&alias) {
                    // A second name of the row's own number (tests/win32.rs checks that).
                    continue;
                }
                let value = *libc
                    .get(alias)
                    .unwrap_or_else(|| panic!("{alias} is not in LIBC_LINUX"));
                assert_eq!(
                    OsError::from_code(Platform::Linux, value),
                    Some(e),
                    "{alias} = {value}"
                );
                used.insert(alias);
            }
        }
        let listed: BTreeSet<&str> = libc.keys().copied().collect();
        assert_eq!(
            used, listed,
            "LIBC_LINUX and the table name different errnos"
        );
    }

    /// Where std's kind for a Linux errno and the table's kind differ: (errno, std's kind
    /// as Debug prints it, why). Both are kinds std has not stabilised, so no row can name
    /// them; the rows say Other.
    const STD_LINUX_DIFFERENCES: &[(&str, &str, &str)] = &[
        ("ELOOP", "FilesystemLoop", "unstable ErrorKind"),
        ("EINPROGRESS", "InProgress", "unstable ErrorKind"),
    ];

    /// Each row's kind is what std reports for its Linux code; where std has no category
    /// ("Uncategorized", unstable) the row says Other.
    #[test]
    fn kinds_agree_with_std_on_linux() {
        let mut differences = BTreeSet::new();
        for &e in OsError::ALL {
            let Some(code) = e.code(Platform::Linux) else {
                continue;
            };
            let std_kind = format!("{:?}", io::Error::from_raw_os_error(code).kind());
            let symbol = e.symbol(Platform::Linux).unwrap();
            if let Some(&(_, kind, why)) = STD_LINUX_DIFFERENCES.iter().find(|d| d.0 == symbol) {
                assert_eq!(std_kind, kind, "{symbol}: {why}");
                assert_eq!(e.kind(), io::ErrorKind::Other, "{symbol}");
                differences.insert(symbol);
            } else if std_kind == "Uncategorized" {
                assert_eq!(
                    e.kind(),
                    io::ErrorKind::Other,
                    "{symbol}: std has no kind for it"
                );
            } else {
                assert_eq!(format!("{:?}", e.kind()), std_kind, "{symbol}");
            }
        }
        assert_eq!(differences.len(), STD_LINUX_DIFFERENCES.len());
    }

    /// Messages are glibc's strerror text for the row's Linux code.
    #[cfg(target_env = "gnu")]
    #[test]
    fn messages_are_glibc_strerror() {
        for &e in OsError::ALL {
            let Some(code) = e.code(Platform::Linux) else {
                continue;
            };
            let os = io::Error::from_raw_os_error(code).to_string();
            let strerror = os.strip_suffix(&format!(" (os error {code})")).unwrap();
            assert_eq!(e.message(), strerror, "{}", e.name());
        }
    }

    /// A live error of this machine decodes to its row.
    #[test]
    fn live_errors_decode() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let err = std::net::TcpListener::bind(listener.local_addr().unwrap()).unwrap_err();
        assert_eq!(OsError::from(&err), OsError::AddressInUse);
        let err = std::fs::File::open("/nonexistent/errtable").unwrap_err();
        assert_eq!(OsError::from(err), OsError::NotFound);
        assert_eq!(
            OsError::from_raw_os_error(libc::ECONNREFUSED),
            Some(OsError::ConnectionRefused)
        );
        assert_eq!(OsError::WouldBlock.raw_os_error(), Some(libc::EAGAIN));
    }
}

/// One kind per row on every platform: a few rows pinned by hand.
#[test]
fn kinds_of_selected_rows() {
    use io::ErrorKind as K;
    for (row, kind) in [
        (OsError::Interrupted, K::Interrupted),
        (OsError::WouldBlock, K::WouldBlock),
        (OsError::ConnectionRefused, K::ConnectionRefused),
        (OsError::OutOfMemory, K::OutOfMemory),
        (OsError::FilesystemLoop, K::Other),
        (OsError::InProgress, K::Other),
        (OsError::OperationNotSupported, K::Unsupported),
        (OsError::NotSupported, K::Unsupported),
        (OsError::HostNotFound, K::Other),
        (OsError::QosGenericError, K::Other),
    ] {
        assert_eq!(row.kind(), kind, "{}", row.name());
    }
}
