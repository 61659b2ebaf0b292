//! The resolver table (`runtime/src/resolver.rs`) checked against sources that do not
//! depend on it: the headers' numbers transcribed here, the header files of this machine
//! where it has them (glibc's `netdb.h`, mingw-w64's `ws2tcpip.h`), the libc crate, and
//! the `gai_strerror` texts of glibc, musl, macOS and FreeBSD. `runtime/DATA-NOTES.md`,
//! "Resolver table", explains each decision these tests pin down. Nothing here resolves a
//! name; the live tests are in `resolver_live.rs`.

mod common;

use common::LINUX;
use errtable::{LookupError, OsError, Persistence, Platform, ResolveError};
use std::collections::{BTreeMap, BTreeSet};
use std::io;

/// Every `EAI_*` name with its number on [linux, macos, freebsd, windows], 0 where that
/// system does not define it (0 is success, never a code). Transcribed from glibc 2.36
/// `netdb.h` (with `__USE_GNU`; musl 1.2.5 defines the same names with the same numbers),
/// Apple's `netdb.h` (Libinfo; the libc crate 0.2.191 has all but ADDRFAMILY, BADHINTS
/// and PROTOCOL), FreeBSD 14 `include/netdb.h` (ADDRFAMILY and NODATA are `#if 0`), and
/// for Windows mingw-w64 10 `ws2tcpip.h` plus the Windows SDK's `EAI_NOSECURENAME` and
/// `EAI_IPSECPOLICY`, which mingw-w64 10 lacks.
const EAI_HEADERS: &[(&str, [i32; 4])] = &[
    ("EAI_BADFLAGS", [-1, 3, 3, 10022]),
    ("EAI_NONAME", [-2, 8, 8, 11001]),
    ("EAI_AGAIN", [-3, 2, 2, 11002]),
    ("EAI_FAIL", [-4, 4, 4, 11003]),
    ("EAI_NODATA", [-5, 7, 0, 11004]),
    ("EAI_FAMILY", [-6, 5, 5, 10047]),
    ("EAI_SOCKTYPE", [-7, 10, 10, 10044]),
    ("EAI_SERVICE", [-8, 9, 9, 10109]),
    ("EAI_ADDRFAMILY", [-9, 1, 0, 0]),
    ("EAI_MEMORY", [-10, 6, 6, 8]),
    ("EAI_SYSTEM", [-11, 11, 11, 0]),
    ("EAI_OVERFLOW", [-12, 14, 14, 0]),
    ("EAI_BADHINTS", [0, 12, 12, 0]),
    ("EAI_PROTOCOL", [0, 13, 13, 0]),
    ("EAI_INPROGRESS", [-100, 0, 0, 0]),
    ("EAI_CANCELED", [-101, 0, 0, 0]),
    ("EAI_NOTCANCELED", [-102, 0, 0, 0]),
    ("EAI_ALLDONE", [-103, 0, 0, 0]),
    ("EAI_INTR", [-104, 0, 0, 0]),
    ("EAI_IDN_ENCODE", [-105, 0, 0, 0]),
    ("EAI_NOSECURENAME", [0, 0, 0, 11032]),
    ("EAI_IPSECPOLICY", [0, 0, 0, 11033]),
];

/// The second-source transcriptions of the columns added for issue 18, one file per
/// platform in `tests/data/eai` (each names its source and commit), as "NAME NUMBER"
/// lines. The first source, the libc crate, is `LIBC_CRATE` below.
const FIXTURES: &[(Platform, &str)] = &[
    (Platform::NetBsd, include_str!("data/eai/netbsd.txt")),
    (Platform::OpenBsd, include_str!("data/eai/openbsd.txt")),
    (Platform::DragonFly, include_str!("data/eai/dragonfly.txt")),
    (Platform::Illumos, include_str!("data/eai/illumos.txt")),
    (Platform::Haiku, include_str!("data/eai/haiku.txt")),
    (Platform::Redox, include_str!("data/eai/redox.txt")),
    (Platform::Hurd, include_str!("data/eai/hurd.txt")),
    (Platform::Cygwin, include_str!("data/eai/cygwin.txt")),
    (Platform::Wasi, include_str!("data/eai/wasi.txt")),
    (
        Platform::Emscripten,
        include_str!("data/eai/emscripten.txt"),
    ),
];

/// The libc crate 0.2.191's `EAI_*` constants of the same platforms (and AIX's), as
/// "PLATFORM NAME NUMBER" lines.
const LIBC_CRATE: &str = include_str!("data/eai/libc-0.2.191.txt");

/// The fact lines of a fixture: comments and blank lines dropped, split into words.
fn fact_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_whitespace().collect())
}

/// The `EAI_*` names and numbers the headers give `platform`: `EAI_HEADERS` for the
/// platforms transcribed there, a fixture for the newer ones, nothing for AIX (no second
/// source; DATA-NOTES, "Resolver table").
fn header_numbers(platform: Platform) -> BTreeMap<&'static str, i32> {
    if let Some(&(_, text)) = FIXTURES.iter().find(|(p, _)| *p == platform) {
        return fact_lines(text)
            .map(|words| match words[..] {
                [name, number] => (name, number.parse().expect(name)),
                _ => panic!("not a NAME NUMBER line: {words:?}"),
            })
            .collect();
    }
    let column = match platform {
        Platform::MacOs => 1,
        Platform::FreeBsd => 2,
        Platform::Windows => 3,
        Platform::Aix => return BTreeMap::new(),
        p if LINUX.contains(&p) => 0,
        p => panic!("{p} has no transcription of its EAI_ numbers"),
    };
    EAI_HEADERS
        .iter()
        .filter(|(_, numbers)| numbers[column] != 0)
        .map(|&(name, numbers)| (name, numbers[column]))
        .collect()
}

/// Every name a row has on `platform`: its symbol, then its aliases.
fn names(e: ResolveError, platform: Platform) -> Vec<&'static str> {
    e.symbol(platform)
        .into_iter()
        .chain(e.aliases(platform).iter().copied())
        .collect()
}

#[test]
fn every_column_matches_the_headers_both_ways() {
    let listed: BTreeSet<&str> = EAI_HEADERS.iter().map(|(name, _)| *name).collect();
    assert_eq!(listed.len(), EAI_HEADERS.len(), "a name is listed twice");
    for &platform in Platform::ALL {
        let headers = header_numbers(platform);
        let mut in_table = BTreeSet::new();
        for &e in ResolveError::ALL {
            for name in names(e, platform) {
                in_table.insert(name);
                let number = headers.get(name).copied();
                assert!(number.is_some(), "{name} is in {} on {platform}", e.name());
                assert_eq!(e.code(platform), number, "{name} on {platform}");
                assert_eq!(ResolveError::from_code(platform, number.unwrap()), Some(e));
            }
        }
        for name in headers.keys() {
            assert!(in_table.contains(name), "{name} is missing on {platform}");
        }
    }
}

/// The libc crate, the first source, agrees with every fixture (the second) for each
/// constant it has; it lacks some the headers define (`EAI_ADDRFAMILY`, `EAI_BADHINTS`,
/// `EAI_PROTOCOL` on several BSDs, all but `EAI_SYSTEM` on WASI). AIX has only the libc
/// crate, so it has no column.
#[test]
fn libc_crate_constants_agree_with_the_second_sources() {
    let mut seen = BTreeSet::new();
    for words in fact_lines(LIBC_CRATE) {
        let [key, name, number] = words[..] else {
            panic!("not a PLATFORM NAME NUMBER line: {words:?}");
        };
        let platform: Platform = key.parse().expect(key);
        let number: i32 = number.parse().expect(name);
        seen.insert(platform);
        if platform == Platform::Aix {
            assert_eq!(ResolveError::from_name(name).unwrap().code(platform), None);
            continue;
        }
        assert_eq!(
            header_numbers(platform).get(name),
            Some(&number),
            "{name} on {platform}: the libc crate and the header disagree"
        );
    }
    let with_fixture: BTreeSet<Platform> = FIXTURES.iter().map(|&(p, _)| p).collect();
    assert_eq!(&seen - &[Platform::Aix].into(), with_fixture);
}

#[test]
fn every_row_has_text_names_and_one_meaning_per_number() {
    assert_eq!(ResolveError::ALL.len(), 22);
    for &e in ResolveError::ALL {
        assert!(!e.message().is_empty() && !e.message().ends_with('.'));
        assert!(
            e.description().is_some_and(|d| d.len() > 40),
            "{}",
            e.name()
        );
        assert_eq!(e.to_string(), e.message());
        assert_eq!(ResolveError::from_name(e.name()), Some(e));
        let symbol = Platform::ALL.iter().find_map(|&p| e.symbol(p)).unwrap();
        assert!(symbol.starts_with("EAI_"), "{symbol}");
        assert_eq!(ResolveError::from_name(symbol), Some(e));
        assert_eq!(e.to_string().parse::<ResolveError>().ok(), None);
        // The symbol is the same on every platform that has the code.
        for &p in Platform::ALL {
            assert!(e.symbol(p).is_none_or(|s| s == symbol), "{symbol} on {p}");
        }
    }
    for &p in Platform::ALL {
        let codes: Vec<i32> = ResolveError::ALL.iter().filter_map(|e| e.code(p)).collect();
        let unique: BTreeSet<i32> = codes.iter().copied().collect();
        assert_eq!(codes.len(), unique.len(), "a number twice on {p}");
    }
}

#[test]
fn codes_per_platform() {
    let count = |p: Platform| {
        ResolveError::ALL
            .iter()
            .filter(|e| e.code(p).is_some())
            .count()
    };
    for p in LINUX {
        assert_eq!(count(p), 18, "{p}");
    }
    for (p, codes) in [
        (Platform::MacOs, 14),
        (Platform::FreeBsd, 12),
        (Platform::Windows, 11),
        (Platform::NetBsd, 14),
        (Platform::OpenBsd, 14),
        (Platform::DragonFly, 14),
        (Platform::Illumos, 12),
        (Platform::Haiku, 14),
        (Platform::Redox, 12),
        (Platform::Hurd, 18),
        (Platform::Cygwin, 15),
        (Platform::Wasi, 18),
        (Platform::Emscripten, 10),
        (Platform::Aix, 0),
    ] {
        assert_eq!(count(p), codes, "{p}");
    }
}

/// Decoding is total and agrees with the rows: every sampled number of every platform
/// decodes to the row that lists it, or to nothing.
#[test]
fn decoding_agrees_with_the_rows_for_every_sampled_number() {
    let extremes = [
        i32::MIN,
        i32::MIN + 1,
        -1_000_000,
        1_000_000,
        i32::MAX - 1,
        i32::MAX,
    ];
    for &p in Platform::ALL {
        let listed: BTreeMap<i32, ResolveError> = ResolveError::ALL
            .iter()
            .filter_map(|&e| e.code(p).map(|c| (c, e)))
            .collect();
        for code in (-1000..=20_000).chain(extremes) {
            assert_eq!(
                ResolveError::from_code(p, code),
                listed.get(&code).copied(),
                "{code} on {p}"
            );
        }
    }
}

/// glibc's numbers do not depend on the architecture: every Linux column is the same.
#[test]
fn linux_architectures_share_glibc_numbers() {
    for &e in ResolveError::ALL {
        for p in LINUX {
            assert_eq!(e.code(p), e.code(Platform::Linux), "{} on {p}", e.name());
        }
        assert!(e.code(Platform::Linux).is_none_or(|c| c < 0));
    }
    assert_eq!(
        ResolveError::translate(-3, Platform::LinuxMips, Platform::FreeBsd),
        Some(2)
    );
}

/// glibc's `netdb.h` on this machine, read as text: every `# define EAI_… -n` is the
/// Linux code of the row that has the name.
#[test]
fn glibc_header_of_this_machine() {
    let Ok(header) = std::fs::read_to_string("/usr/include/netdb.h") else {
        eprintln!("skipped: no /usr/include/netdb.h on this machine");
        return;
    };
    let mut seen = 0;
    for line in header.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let ["#", "define", name, number, ..] = words[..] {
            if name.starts_with("EAI_") {
                let number: i32 = number.parse().unwrap();
                let row = ResolveError::from_name(name).expect(name);
                assert_eq!(row.code(Platform::Linux), Some(number), "{name}");
                seen += 1;
            }
        }
    }
    assert_eq!(seen, 18, "the header's EAI_ names");
}

/// mingw-w64's `ws2tcpip.h` on this machine (Debian's `mingw-w64-common`): each
/// `#define EAI_X WSA…` names a Winsock code whose number `OsError` has (checked against
/// `winerror.h` by `canonical.rs`), or a number.
#[test]
fn mingw_header_of_this_machine() {
    let path = "/usr/share/mingw-w64/include/ws2tcpip.h";
    let Ok(header) = std::fs::read_to_string(path) else {
        eprintln!("skipped: no {path} (apt-get install mingw-w64-common)");
        return;
    };
    let mut in_header = BTreeSet::new();
    for line in header.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let ["#define", name, value, ..] = words[..] {
            if name.starts_with("EAI_") {
                let number = value.parse::<i32>().unwrap_or_else(|_| {
                    OsError::from_name(value)
                        .and_then(|e| e.code(Platform::Windows))
                        .expect(value)
                });
                let row = ResolveError::from_name(name).expect(name);
                assert_eq!(row.code(Platform::Windows), Some(number), "{name}");
                in_header.insert(name);
            }
        }
    }
    let in_table: BTreeSet<&str> = ResolveError::ALL
        .iter()
        .filter_map(|e| e.symbol(Platform::Windows))
        .collect();
    let sdk_only: BTreeSet<&str> = ["EAI_NOSECURENAME", "EAI_IPSECPOLICY"].into();
    assert_eq!(&in_table - &in_header, sdk_only);
}

/// This machine's libc crate constants, where it has them.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn libc_crate_constants_of_this_machine() {
    let libc_eai = [
        ("EAI_BADFLAGS", libc::EAI_BADFLAGS),
        ("EAI_NONAME", libc::EAI_NONAME),
        ("EAI_AGAIN", libc::EAI_AGAIN),
        ("EAI_FAIL", libc::EAI_FAIL),
        ("EAI_NODATA", libc::EAI_NODATA),
        ("EAI_FAMILY", libc::EAI_FAMILY),
        ("EAI_SOCKTYPE", libc::EAI_SOCKTYPE),
        ("EAI_SERVICE", libc::EAI_SERVICE),
        ("EAI_MEMORY", libc::EAI_MEMORY),
        ("EAI_SYSTEM", libc::EAI_SYSTEM),
        ("EAI_OVERFLOW", libc::EAI_OVERFLOW),
    ];
    let current = Platform::CURRENT.unwrap();
    for (name, number) in libc_eai {
        assert_eq!(
            ResolveError::from_name(name).unwrap().code(current),
            Some(number)
        );
    }
}

/// The h_errno values and their Winsock codes name the same rows.
#[test]
fn h_errno_values_belong_to_the_rows_of_their_winsock_codes() {
    for (h_errno, row) in [
        (1, ResolveError::NoName),
        (2, ResolveError::TryAgain),
        (3, ResolveError::NoRecovery),
        (4, ResolveError::NoData),
    ] {
        let winsock = 11000 + h_errno;
        assert_eq!(
            ResolveError::from_h_errno(Platform::Windows, winsock),
            Some(row)
        );
        assert_eq!(
            ResolveError::from_code(Platform::Windows, winsock),
            Some(row)
        );
        for p in Platform::ALL
            .iter()
            .copied()
            .filter(|&p| p != Platform::Windows)
        {
            assert_eq!(ResolveError::from_h_errno(p, h_errno), Some(row), "{p}");
        }
    }
    assert_eq!(
        ResolveError::from_h_errno(Platform::Linux, -1),
        Some(ResolveError::System)
    );
    assert_eq!(ResolveError::from_h_errno(Platform::Windows, 10999), None);
    assert_eq!(ResolveError::from_h_errno(Platform::MacOs, 0), None);
    assert_eq!(ResolveError::from_h_errno(Platform::Linux, 11001), None);
    assert_eq!(
        ResolveError::from_h_errno(Platform::Windows, i32::MIN),
        None
    );
    assert_eq!(
        ResolveError::from_h_errno(Platform::Windows, i32::MAX),
        None
    );
}

/// Kind and persistence of every row, as DATA-NOTES decides them.
#[test]
fn kinds_and_persistence_as_documented() {
    use io::ErrorKind::*;
    use Persistence::*;
    use ResolveError as R;
    let expected = [
        (R::BadFlags, InvalidInput, Permanent),
        (R::NoName, NotFound, Permanent),
        (R::TryAgain, Other, Transient),
        (R::NoRecovery, Other, Permanent),
        (R::NoData, NotFound, Permanent),
        (R::FamilyNotSupported, InvalidInput, Permanent),
        (R::SocketTypeNotSupported, InvalidInput, Permanent),
        (R::ServiceNotSupported, InvalidInput, Permanent),
        (R::NoAddressInFamily, NotFound, Permanent),
        (R::OutOfMemory, OutOfMemory, Transient),
        (R::System, Other, Unknown),
        (R::Overflow, InvalidInput, Permanent),
        (R::BadHints, InvalidInput, Permanent),
        (R::ProtocolNotSupported, InvalidInput, Permanent),
        (R::InProgress, Other, Transient),
        (R::Canceled, Other, Permanent),
        (R::NotCanceled, Other, Transient),
        (R::AllDone, Other, Permanent),
        (R::Interrupted, Interrupted, Transient),
        (R::IdnEncode, InvalidInput, Permanent),
        (R::NoSecureName, NotFound, Permanent),
        (R::IpsecPolicy, Other, Permanent),
    ];
    let rows: Vec<ResolveError> = expected.iter().map(|r| r.0).collect();
    assert_eq!(rows, ResolveError::ALL, "the rows, in table order");
    for (row, kind, persistence) in expected {
        assert_eq!(row.kind(), kind, "{}", row.name());
        assert_eq!(row.persistence(), persistence, "{}", row.name());
        assert_eq!(LookupError::from(row).persistence(), persistence);
    }
}

// ---------------------------------------------------------------------------------------
// gai_strerror texts
// ---------------------------------------------------------------------------------------

/// `gai_strerror` texts as (C library, code, text), transcribed from glibc 2.36
/// (`gai_strerror-strs.h`, checked live below) plus the `EAI_OVERFLOW` text glibc 2.38
/// added (`sysdeps/posix/gai_strerror-strs.h`, git `bminor/glibc` 33d7c0e), musl 1.2.5
/// (`src/network/gai_strerror.c`), Apple Libinfo (`si_getaddrinfo.c`) and FreeBSD's
/// current `lib/libc/net/gai_strerror.c`. Codes whose text is "Unknown error" are left out
/// (musl's -9 and GNU extensions).
const GAI_TEXTS: &[(&str, i32, &str)] = &[
    ("glibc", -1, "Bad value for ai_flags"),
    ("glibc", -2, "Name or service not known"),
    ("glibc", -3, "Temporary failure in name resolution"),
    ("glibc", -4, "Non-recoverable failure in name resolution"),
    ("glibc", -5, "No address associated with hostname"),
    ("glibc", -6, "ai_family not supported"),
    ("glibc", -7, "ai_socktype not supported"),
    ("glibc", -8, "Servname not supported for ai_socktype"),
    ("glibc", -9, "Address family for hostname not supported"),
    ("glibc", -10, "Memory allocation failure"),
    ("glibc", -11, "System error"),
    ("glibc", -12, "Result too large for supplied buffer"),
    ("glibc", -100, "Processing request in progress"),
    ("glibc", -101, "Request canceled"),
    ("glibc", -102, "Request not canceled"),
    ("glibc", -103, "All requests done"),
    ("glibc", -104, "Interrupted by a signal"),
    ("glibc", -105, "Parameter string not correctly encoded"),
    ("musl", -1, "Invalid flags"),
    ("musl", -2, "Name does not resolve"),
    ("musl", -3, "Try again"),
    ("musl", -4, "Non-recoverable error"),
    ("musl", -5, "Name has no usable address"),
    ("musl", -6, "Unrecognized address family or invalid length"),
    ("musl", -7, "Unrecognized socket type"),
    ("musl", -8, "Unrecognized service"),
    ("musl", -10, "Out of memory"),
    ("musl", -11, "System error"),
    ("musl", -12, "Overflow"),
    ("macos", 1, "Address family for nodename not supported"),
    ("macos", 2, "Temporary failure in name resolution"),
    ("macos", 3, "Invalid value for ai_flags"),
    ("macos", 4, "Non-recoverable failure in name resolution"),
    ("macos", 5, "ai_family not supported"),
    ("macos", 6, "Memory allocation failure"),
    ("macos", 7, "No address associated with nodename"),
    ("macos", 8, "nodename nor servname provided, or not known"),
    ("macos", 9, "servname not supported for ai_socktype"),
    ("macos", 10, "ai_socktype not supported"),
    ("macos", 11, "System error"),
    ("macos", 12, "Bad hints"),
    ("macos", 13, "ai_protocol not supported"),
    ("macos", 14, "argument buffer overflow"),
    ("freebsd", 2, "Name could not be resolved at this time"),
    ("freebsd", 3, "Flags parameter had an invalid value"),
    ("freebsd", 4, "Non-recoverable failure in name resolution"),
    ("freebsd", 5, "Address family not recognized"),
    ("freebsd", 6, "Memory allocation failure"),
    ("freebsd", 8, "Name does not resolve"),
    ("freebsd", 9, "Service was not recognized for socket type"),
    ("freebsd", 10, "Intended socket type was not recognized"),
    ("freebsd", 11, "System error returned in errno"),
    ("freebsd", 12, "Invalid value for hints"),
    ("freebsd", 13, "Resolved protocol is unknown"),
    ("freebsd", 14, "Argument buffer overflow"),
    // NetBSD, OpenBSD, Android and FreeBSD before 2013 (numbers as macOS).
    ("old bsd", 3, "Invalid value for ai_flags"),
    ("old bsd", 8, "hostname nor servname provided, or not known"),
    // OpenBSD lib/libc/net/gai_strerror.c (rev. 1.6, git openbsd/src 6de6e27); -14 has
    // no text there ("unknown/invalid error").
    ("openbsd", -1, "invalid value for ai_flags"),
    ("openbsd", -2, "name or service is not known"),
    ("openbsd", -3, "temporary failure in name resolution"),
    ("openbsd", -4, "non-recoverable failure in name resolution"),
    ("openbsd", -5, "no address associated with name"),
    ("openbsd", -6, "ai_family not supported"),
    ("openbsd", -7, "ai_socktype not supported"),
    ("openbsd", -8, "service not supported for ai_socktype"),
    ("openbsd", -9, "address family for name not supported"),
    ("openbsd", -10, "memory allocation failure"),
    ("openbsd", -11, "system error"),
    ("openbsd", -12, "invalid value for hints"),
    ("openbsd", -13, "resolved protocol is unknown"),
    // illumos usr/src/lib/libsocket/inet/getaddrinfo.c `gai_errlist` (git
    // illumos/illumos-gate 1bb3da9). 1 and 5 share one text, which names no row (see
    // `pasted_texts_give_one_answer_or_none`); 12 has none.
    ("illumos", 2, "temporary name resolution failure"),
    ("illumos", 3, "invalid flags"),
    ("illumos", 4, "non-recoverable name resolution failure"),
    ("illumos", 6, "memory allocation failure"),
    ("illumos", 7, "no address for the specified node name"),
    ("illumos", 8, "node name or service name not known"),
    (
        "illumos",
        9,
        "service name not available for the specified socket type",
    ),
    ("illumos", 10, "specified socket type not supported"),
    ("illumos", 11, "system error"),
    // Redox's relibc src/header/netdb/mod.rs (git redox-os/relibc 6359922): musl's texts
    // but for -9; -5 is "Unknown error".
    ("relibc", -1, "Invalid flags"),
    ("relibc", -2, "Name does not resolve"),
    ("relibc", -3, "Try again"),
    ("relibc", -4, "Non-recoverable error"),
    (
        "relibc",
        -6,
        "Unrecognized address family or invalid length",
    ),
    ("relibc", -7, "Unrecognized socket type"),
    ("relibc", -8, "Unrecognized service"),
    ("relibc", -9, "Address family for name not supported"),
    ("relibc", -10, "Out of memory"),
    ("relibc", -11, "System error"),
    ("relibc", -12, "Overflow"),
    // Cygwin winsup/cygwin/net.cc `gai_errmap` (newlib-cygwin).
    ("cygwin", 2, "Temporary failure in name resolution"),
    ("cygwin", 3, "Bad value for ai_flags"),
    ("cygwin", 4, "Non-recoverable failure in name resolution"),
    ("cygwin", 5, "ai_family not supported"),
    ("cygwin", 6, "Memory allocation failure"),
    ("cygwin", 7, "No address associated with hostname"),
    ("cygwin", 8, "Name or service not known"),
    ("cygwin", 9, "Servname not supported for ai_socktype"),
    ("cygwin", 10, "ai_socktype not supported"),
    ("cygwin", 11, "System error"),
    ("cygwin", 12, "Invalid value for hints"),
    ("cygwin", 13, "Resolved protocol is unknown"),
    ("cygwin", 14, "An argument buffer overflowed"),
    ("cygwin", 15, "Parameter string not correctly encoded"),
];

fn platform_of(libc: &str) -> Platform {
    match libc {
        "glibc" | "musl" => Platform::Linux,
        "freebsd" => Platform::FreeBsd,
        "openbsd" => Platform::OpenBsd,
        "illumos" => Platform::Illumos,
        "relibc" => Platform::Redox,
        "cygwin" => Platform::Cygwin,
        "macos" | "old bsd" => Platform::MacOs,
        other => panic!("no platform for {other}"),
    }
}

#[test]
fn every_c_library_text_names_its_row() {
    for &(libc, code, text) in GAI_TEXTS {
        let row = ResolveError::from_code(platform_of(libc), code).unwrap();
        assert_eq!(ResolveError::from_message(text), Some(row), "{libc} {code}");
        let std_text = format!("failed to lookup address information: {text}");
        assert_eq!(
            ResolveError::from_message(&std_text),
            Some(row),
            "{std_text}"
        );
        if libc == "glibc" {
            assert_eq!(row.message(), text, "messages are glibc's");
        }
    }
}

/// What a hurried user pastes: other case, white space, a trailing newline, half a line.
#[test]
fn pasted_texts_give_one_answer_or_none() {
    let no_name = Some(ResolveError::NoName);
    assert_eq!(
        ResolveError::from_message("  name or service NOT known\n"),
        no_name
    );
    assert_eq!(
        ResolveError::from_message(
            "FAILED TO LOOKUP ADDRESS INFORMATION:   Name or service not known"
        ),
        no_name
    );
    for text in [
        "",
        " ",
        "failed to lookup address information: ",
        "failed to lookup address information",
        "Unknown error",
        "failed to lookup address information: Unknown error",
        "Name or service",
        "Name or service not known (os error -2)",
        "Connection refused",
        "Ñame or service not known",
        // illumos prints it for EAI_ADDRFAMILY and EAI_FAMILY alike.
        "specified address family not supported",
    ] {
        assert_eq!(ResolveError::from_message(text), None, "{text:?}");
    }
}

/// This machine's own `gai_strerror` names the right row for every code it has: what std
/// puts in its lookup errors here decodes.
#[cfg(unix)]
#[test]
fn gai_strerror_of_this_machine_names_every_row() {
    let current = Platform::CURRENT.unwrap();
    let mut unknown = Vec::new();
    for &e in ResolveError::ALL {
        let Some(code) = e.code(current) else {
            continue;
        };
        // SAFETY: gai_strerror returns a pointer to a static, NUL-terminated string.
        let text = unsafe { std::ffi::CStr::from_ptr(libc::gai_strerror(code)) };
        let text = text.to_str().unwrap();
        match ResolveError::from_message(text) {
            Some(row) => assert_eq!(row, e, "{code}: {text}"),
            None => unknown.push(e),
        }
    }
    // glibc before 2.38 has no text for EAI_OVERFLOW; musl none for EAI_ADDRFAMILY and
    // the GNU codes.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let expected: &[ResolveError] = if glibc_at_least(2, 38) {
            &[]
        } else {
            &[ResolveError::Overflow]
        };
        assert_eq!(unknown, expected);
    }
}

/// Whether this machine's glibc is `major.minor` or newer, by `gnu_get_libc_version`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn glibc_at_least(major: u32, minor: u32) -> bool {
    // SAFETY: gnu_get_libc_version returns a pointer to a static, NUL-terminated string.
    let version = unsafe { std::ffi::CStr::from_ptr(libc::gnu_get_libc_version()) };
    let mut parts = version.to_str().unwrap().split('.');
    let mut next = || parts.next().and_then(|p| p.parse::<u32>().ok()).unwrap();
    (next(), next()) >= (major, minor)
}

// ---------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------

#[test]
fn os_error_conversions_follow_the_windows_number_both_ways() {
    for &e in ResolveError::ALL {
        match e.code(Platform::Windows) {
            Some(code) => {
                let os = OsError::try_from(e).unwrap();
                assert_eq!(os.code(Platform::Windows), Some(code));
                assert_eq!(ResolveError::try_from(os), Ok(e));
            }
            None => assert_eq!(OsError::try_from(e), Err(e)),
        }
    }
    for (os, row) in [
        (OsError::HostNotFound, ResolveError::NoName),
        (OsError::TryAgain, ResolveError::TryAgain),
        (OsError::NoRecovery, ResolveError::NoRecovery),
        (OsError::NoData, ResolveError::NoData),
        (
            OsError::ClassTypeNotFound,
            ResolveError::ServiceNotSupported,
        ),
        (OsError::InvalidArgument, ResolveError::BadFlags),
        (OsError::OutOfMemory, ResolveError::OutOfMemory),
    ] {
        assert_eq!(ResolveError::try_from(os), Ok(row));
        assert_eq!(OsError::try_from(row), Ok(os));
    }
    // A Windows code OsError does not list survives the trip in its catch-all.
    let kept = OsError::try_from(ResolveError::NoSecureName).unwrap();
    assert_eq!(kept, OsError::decode(Platform::Windows, 11032));
    assert_eq!(ResolveError::try_from(kept), Ok(ResolveError::NoSecureName));
    // Errors without a resolver meaning stay what they are.
    for os in [
        OsError::ConnectionReset,
        OsError::decode(Platform::Linux, 4242),
        OsError::decode(Platform::Windows, 4242),
        OsError::NotSupported,
    ] {
        assert_eq!(ResolveError::try_from(os), Err(os));
    }
}

/// Outside Windows the codes are not OS errors: no raw code, and an `io::Error` made from
/// a row wraps it and gives it back.
#[test]
fn codes_are_os_errors_only_on_windows() {
    let windows = Platform::CURRENT == Some(Platform::Windows);
    for &e in ResolveError::ALL {
        let expected = if windows {
            e.code(Platform::Windows)
        } else {
            None
        };
        assert_eq!(e.raw_os_error(), expected, "{}", e.name());
        // `{:#}` adds the symbol and number only where they are this platform's OS code.
        let alternate = match expected {
            Some(code) => format!(
                "{} ({} {code})",
                e.message(),
                e.symbol(Platform::Windows).unwrap()
            ),
            None => e.message().to_owned(),
        };
        assert_eq!(format!("{e:#}"), alternate);
        let err = io::Error::from(e);
        assert_eq!(err.raw_os_error(), expected);
        assert_eq!(ResolveError::from_io_error(&err), Some(e));
        // On Windows these four are generic Winsock codes (WSAEINVAL, WSAEAFNOSUPPORT,
        // WSAESOCKTNOSUPPORT, WSA_NOT_ENOUGH_MEMORY): not evidence of a lookup.
        let generic = matches!(
            e,
            ResolveError::BadFlags
                | ResolveError::FamilyNotSupported
                | ResolveError::SocketTypeNotSupported
                | ResolveError::OutOfMemory
        );
        let lookup = LookupError::from_io_error(&err).map(|l| l.error());
        assert_eq!(lookup, (!(windows && generic)).then_some(e), "{}", e.name());
    }
    if !windows {
        // errno 2 (ENOENT) is EAI_AGAIN's number on macOS, and still not EAI_AGAIN.
        let enoent = io::Error::from_raw_os_error(2);
        assert_eq!(ResolveError::from_raw_os_error(2), None);
        assert_eq!(ResolveError::from_io_error(&enoent), None);
        assert_eq!(LookupError::from_io_error(&enoent), None);
        assert_eq!(
            LookupError::from_io_error(&io::Error::from_raw_os_error(11001)),
            None
        );
    }
}

#[test]
fn lookup_errors_from_std_text_and_from_rows() {
    let std_error =
        |text: &str| io::Error::other(format!("failed to lookup address information: {text}"));
    let again = LookupError::from_io_error(&std_error("Temporary failure in name resolution"));
    assert_eq!(again.map(|e| e.error()), Some(ResolveError::TryAgain));
    assert_eq!(again.unwrap().persistence(), Persistence::Transient);
    let musl = LookupError::from_io_error(&std_error("Name does not resolve")).unwrap();
    assert_eq!(musl.error(), ResolveError::NoName);
    assert_eq!(musl.cause(), None);
    // A LookupError that became an io::Error comes back with its cause.
    let system = LookupError::from_gai(Platform::Linux, -11, 4).unwrap();
    let wrapped = io::Error::other(system);
    assert_eq!(LookupError::from_io_error(&wrapped), Some(system));
    // Errors that are not lookups: kinds, other texts, std's address parse errors.
    for err in [
        io::Error::from(io::ErrorKind::NotFound),
        io::Error::other("Name or service"),
        "no-port".to_socket_addrs_error(),
        "host:99999".to_socket_addrs_error(),
    ] {
        assert_eq!(LookupError::from_io_error(&err), None, "{err}");
    }
}

trait ParseError {
    /// The error std gives for a socket address string it rejects before any lookup.
    fn to_socket_addrs_error(&self) -> io::Error;
}

impl ParseError for str {
    fn to_socket_addrs_error(&self) -> io::Error {
        std::net::ToSocketAddrs::to_socket_addrs(self).unwrap_err()
    }
}

#[test]
fn system_errors_carry_their_cause_on_every_unix() {
    for p in Platform::ALL
        .iter()
        .copied()
        .filter(|&p| p != Platform::Windows)
    {
        // AIX has no resolver column (DATA-NOTES, "Resolver table").
        let Some(system) = ResolveError::System.code(p) else {
            assert_eq!(p, Platform::Aix);
            continue;
        };
        // The cause is decoded with OsError's column of the platform; one without an
        // errno column yet has no EINTR to check with.
        let Some(eintr) = OsError::Interrupted.code(p) else {
            assert!(OsError::ALL.iter().all(|e| e.code(p).is_none()), "{p}");
            continue;
        };
        let e = LookupError::from_gai(p, system, eintr).unwrap();
        assert_eq!(
            (e.error(), e.cause()),
            (ResolveError::System, Some(OsError::Interrupted))
        );
        assert_eq!(e.persistence(), Persistence::Transient, "{p}");
        assert_eq!(e.to_string(), "System error: Interrupted system call");
        let source = std::error::Error::source(&e).unwrap();
        assert_eq!(source.to_string(), "Interrupted system call");
        // An errno no row lists is kept, and its class is not known.
        let odd = LookupError::from_gai(p, system, 4242).unwrap();
        assert_eq!(odd.cause(), Some(OsError::decode(p, 4242)));
        assert_eq!(odd.persistence(), Persistence::Unknown);
        // errno is read only for EAI_SYSTEM.
        let again = ResolveError::TryAgain.code(p).unwrap();
        assert_eq!(
            LookupError::from_gai(p, again, eintr).unwrap().cause(),
            None
        );
    }
    for code in [0, 1, -13, 99, i32::MIN, i32::MAX] {
        assert_eq!(
            LookupError::from_gai(Platform::Linux, code, 0),
            None,
            "{code}"
        );
    }
    assert_eq!(LookupError::from_gai(Platform::Windows, 10093, 0), None);
}

/// On Windows std's lookup error is the Winsock code itself; only codes that mean a
/// name-service failure and nothing else count as lookup errors. (Runs under Wine in CI.)
#[cfg(windows)]
#[test]
fn windows_lookup_codes_decode_and_generic_winsock_codes_do_not() {
    for (code, row) in [
        (11001, Some(ResolveError::NoName)),
        (11002, Some(ResolveError::TryAgain)),
        (11003, Some(ResolveError::NoRecovery)),
        (11004, Some(ResolveError::NoData)),
        (10109, Some(ResolveError::ServiceNotSupported)),
        (11032, Some(ResolveError::NoSecureName)),
        (11033, Some(ResolveError::IpsecPolicy)),
        (10022, None),
        (10047, None),
        (10044, None),
        (8, None),
        (10061, None),
    ] {
        let err = io::Error::from_raw_os_error(code);
        assert_eq!(
            LookupError::from_io_error(&err).map(|e| e.error()),
            row,
            "{code}"
        );
    }
}
