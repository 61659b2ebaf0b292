//! The Win32 spellings of the canonical table: their numbers against the Windows SDK
//! headers (mingw-w64's copy), their kinds against std's Windows mapping (transcribed, and
//! live when the suite runs as a Windows program), and the decoding facts a Windows user
//! relies on, checked on any host through `Platform::Windows`. `runtime/DATA-NOTES.md`
//! ("Win32 codes" and "Kinds") records the decisions these tests pin down.

mod common;

use errtable::{OsError, Platform};
use std::collections::{BTreeMap, BTreeSet};
use std::io;

const W: Platform = Platform::Windows;

/// Every Windows name of the table with its number: primaries and aliases, Winsock and
/// Win32, as `(name, number, row)`.
fn windows_names() -> Vec<(&'static str, i32, OsError)> {
    let mut all = Vec::new();
    for &row in OsError::ALL {
        for &(name, number) in row.names(W) {
            all.push((name, number, row));
        }
    }
    all
}

// ---------------------------------------------------------------------------------------
// What a Windows program sees
// ---------------------------------------------------------------------------------------

/// The failures a Windows program meets most, as `raw_os_error()` reports them, decode to
/// the row that the same failure has on Unix.
#[test]
fn win32_codes_decode_to_the_rows_they_mean() {
    let cases: &[(i32, OsError, &str)] = &[
        // Files (std::fs): CreateFileW and friends.
        (2, OsError::NotFound, "ERROR_FILE_NOT_FOUND"),
        (3, OsError::NotFound, "ERROR_PATH_NOT_FOUND"),
        (5, OsError::PermissionDenied, "ERROR_ACCESS_DENIED"),
        (80, OsError::AlreadyExists, "ERROR_FILE_EXISTS"),
        (183, OsError::AlreadyExists, "ERROR_ALREADY_EXISTS"),
        (112, OsError::StorageFull, "ERROR_DISK_FULL"),
        (145, OsError::DirectoryNotEmpty, "ERROR_DIR_NOT_EMPTY"),
        (267, OsError::NotADirectory, "ERROR_DIRECTORY"),
        (17, OsError::CrossesDevices, "ERROR_NOT_SAME_DEVICE"),
        (206, OsError::NameTooLong, "ERROR_FILENAME_EXCED_RANGE"),
        (111, OsError::NameTooLong, "ERROR_BUFFER_OVERFLOW"),
        (998, OsError::BadAddress, "ERROR_NOACCESS"),
        // Pipes.
        (109, OsError::BrokenPipe, "ERROR_BROKEN_PIPE"),
        (232, OsError::BrokenPipe, "ERROR_NO_DATA"),
        (233, OsError::BrokenPipe, "ERROR_PIPE_NOT_CONNECTED"),
        (231, OsError::PipeBusy, "ERROR_PIPE_BUSY"),
        (230, OsError::InvalidPipeState, "ERROR_BAD_PIPE"),
        (234, OsError::MoreData, "ERROR_MORE_DATA"),
        (535, OsError::PipeConnected, "ERROR_PIPE_CONNECTED"),
        (536, OsError::PipeListening, "ERROR_PIPE_LISTENING"),
        (1168, OsError::ElementNotFound, "ERROR_NOT_FOUND"),
        // Overlapped / IOCP socket I/O.
        (64, OsError::ConnectionReset, "ERROR_NETNAME_DELETED"),
        (1225, OsError::ConnectionRefused, "ERROR_CONNECTION_REFUSED"),
        (1234, OsError::ConnectionRefused, "ERROR_PORT_UNREACHABLE"),
        (1236, OsError::ConnectionAborted, "ERROR_CONNECTION_ABORTED"),
        (121, OsError::TimedOut, "ERROR_SEM_TIMEOUT"),
        (
            1231,
            OsError::NetworkUnreachable,
            "ERROR_NETWORK_UNREACHABLE",
        ),
        (1232, OsError::HostUnreachable, "ERROR_HOST_UNREACHABLE"),
        (2250, OsError::NotConnected, "ERROR_NOT_CONNECTED"),
        (
            1227,
            OsError::AddressInUse,
            "ERROR_ADDRESS_ALREADY_ASSOCIATED",
        ),
        (995, OsError::OperationCanceled, "ERROR_OPERATION_ABORTED"),
        // Win32 codes Winsock also reports under WSA_ names.
        (6, OsError::InvalidHandle, "ERROR_INVALID_HANDLE"),
        (8, OsError::OutOfMemory, "ERROR_NOT_ENOUGH_MEMORY"),
        (87, OsError::InvalidParameter, "ERROR_INVALID_PARAMETER"),
        (997, OsError::IoPending, "ERROR_IO_PENDING"),
        // Rows of their own: no errno means the same.
        (1, OsError::InvalidFunction, "ERROR_INVALID_FUNCTION"),
        (32, OsError::SharingViolation, "ERROR_SHARING_VIOLATION"),
        (33, OsError::LockViolation, "ERROR_LOCK_VIOLATION"),
        (123, OsError::InvalidName, "ERROR_INVALID_NAME"),
        (161, OsError::InvalidName, "ERROR_BAD_PATHNAME"),
    ];
    for &(code, row, name) in cases {
        assert_eq!(OsError::from_code(W, code), Some(row), "{name} = {code}");
        assert_eq!(OsError::decode(W, code), row, "decode {name}");
        assert_eq!(OsError::from_name(name), Some(row), "from_name({name})");
        assert!(
            row.names(W).contains(&(name, code)),
            "{name} = {code} is not a Windows name of {}",
            row.name()
        );
    }
}

/// The examples of the issue, end to end: a Windows number, the row, the same error on
/// Linux and macOS.
#[test]
fn windows_numbers_translate_to_unix() {
    let linux = Platform::Linux;
    assert_eq!(OsError::translate(64, W, linux), Some(104));
    assert_eq!(OsError::translate(64, W, Platform::MacOs), Some(54));
    assert_eq!(OsError::translate(1225, W, linux), Some(111));
    assert_eq!(OsError::translate(2, W, linux), Some(2));
    assert_eq!(OsError::translate(3, W, Platform::FreeBsd), Some(2));
    assert_eq!(OsError::translate(112, W, linux), Some(28));
    assert_eq!(OsError::translate(109, W, linux), Some(32));
    // Back to Windows: the row's Windows code, not the alias it came from.
    assert_eq!(OsError::translate(104, linux, W), Some(10054));
    assert_eq!(OsError::translate(2, linux, W), Some(2));
    assert_eq!(OsError::translate(32, linux, W), Some(109));
    // Windows-only rows have no Unix number.
    for row in [
        OsError::SharingViolation,
        OsError::LockViolation,
        OsError::PipeBusy,
        OsError::InvalidPipeState,
        OsError::MoreData,
        OsError::PipeConnected,
        OsError::PipeListening,
        OsError::ElementNotFound,
        OsError::InvalidName,
        OsError::InvalidFunction,
    ] {
        assert_eq!(OsError::translate(row.code(W).unwrap(), W, linux), None);
        assert!(Platform::ALL
            .iter()
            .all(|&p| p == W || row.code(p).is_none()));
    }
}

/// A row with a Winsock code keeps it as its Windows code; the Win32 codes are aliases
/// with numbers of their own. A row without one has a Win32 code as its Windows code.
#[test]
fn winsock_codes_stay_primary() {
    let reset = OsError::ConnectionReset;
    assert_eq!(reset.code(W), Some(10054));
    assert_eq!(reset.symbol(W), Some("WSAECONNRESET"));
    assert_eq!(reset.aliases(W), ["ERROR_NETNAME_DELETED"]);
    assert_eq!(
        reset.names(W),
        [("WSAECONNRESET", 10054), ("ERROR_NETNAME_DELETED", 64)]
    );
    let missing = OsError::NotFound;
    assert_eq!(missing.code(W), Some(2));
    assert_eq!(missing.symbol(W), Some("ERROR_FILE_NOT_FOUND"));
    // Winsock's names of Win32 numbers: the Win32 name is a second name, same number.
    for (row, wsa, win32, number) in [
        (
            OsError::InvalidHandle,
            "WSA_INVALID_HANDLE",
            "ERROR_INVALID_HANDLE",
            6,
        ),
        (
            OsError::OutOfMemory,
            "WSA_NOT_ENOUGH_MEMORY",
            "ERROR_NOT_ENOUGH_MEMORY",
            8,
        ),
        (
            OsError::InvalidParameter,
            "WSA_INVALID_PARAMETER",
            "ERROR_INVALID_PARAMETER",
            87,
        ),
        (
            OsError::OperationCanceled,
            "WSA_OPERATION_ABORTED",
            "ERROR_OPERATION_ABORTED",
            995,
        ),
        (
            OsError::IoIncomplete,
            "WSA_IO_INCOMPLETE",
            "ERROR_IO_INCOMPLETE",
            996,
        ),
        (
            OsError::IoPending,
            "WSA_IO_PENDING",
            "ERROR_IO_PENDING",
            997,
        ),
    ] {
        assert_eq!(row.symbol(W), Some(wsa));
        assert!(row.names(W).contains(&(win32, number)), "{win32}");
        assert_eq!(OsError::from_name(win32), Some(row));
    }
}

/// One Windows number, one row; every Windows name is unique and names its row.
#[test]
fn windows_numbers_and_names_are_unique() {
    let mut by_number: BTreeMap<i32, OsError> = BTreeMap::new();
    let mut by_name: BTreeSet<&str> = BTreeSet::new();
    for (name, number, row) in windows_names() {
        assert!(by_name.insert(name), "{name} twice");
        if let Some(&other) = by_number.get(&number) {
            assert_eq!(other, row, "{number} is in two rows");
        }
        by_number.insert(number, row);
        assert_eq!(
            OsError::from_code(W, number),
            Some(row),
            "{name} = {number}"
        );
        assert_eq!(OsError::from_name(name), Some(row), "{name}");
    }
}

/// The pipe and overlapped-I/O codes that mio's named-pipe code (and libuv's) acts on
/// one by one decode to rows a program can tell apart (DATA-NOTES §3, "What a program
/// must tell apart"): only the three codes that say the other end is gone share
/// `BrokenPipe`; an invalid pipe state, a partial message, a client connected already, a
/// server still waiting and nothing left to cancel are rows of their own,.
#[test]
fn pipe_codes_a_program_acts_on_decode_apart() {
    for (code, row) in [
        (109, OsError::BrokenPipe),
        (232, OsError::BrokenPipe),
        (233, OsError::BrokenPipe),
        (230, OsError::InvalidPipeState),
        (231, OsError::PipeBusy),
        (234, OsError::MoreData),
        (535, OsError::PipeConnected),
        (536, OsError::PipeListening),
        (1168, OsError::ElementNotFound),
    ] {
        assert_eq!(OsError::decode(W, code), row, "{code}");
    }
    let own_rows = [
        OsError::InvalidPipeState,
        OsError::PipeBusy,
        OsError::MoreData,
        OsError::PipeConnected,
        OsError::PipeListening,
        OsError::ElementNotFound,
    ];
    let distinct: BTreeSet<i32> = own_rows.iter().filter_map(|r| r.code(W)).collect();
    assert_eq!(distinct.len(), own_rows.len());
    for row in own_rows {
        // One Windows number each: a program reads the row as that exact code.
        assert_eq!(row.names(W).len(), 1, "{}", row.name());
        assert_eq!(row.kind(), io::ErrorKind::Other, "{}", row.name());
    }
    // ERROR_BUFFER_OVERFLOW is the file-name row's, as its text and libuv >= 1.49.2 say;
    // ERROR_NOACCESS stays a bad address.
    assert_eq!(OsError::translate(111, W, Platform::Linux), Some(36));
    assert_eq!(OsError::translate(998, W, Platform::Linux), Some(14));
}

/// Codes the sources map but the table leaves out on purpose (DATA-NOTES, "Win32 codes
/// left out"): they stay unlisted and are kept losslessly.
#[test]
fn codes_left_out_stay_unlisted() {
    for code in [
        7, 9, 10, 18, 20, 21, 22, 24, 26, 28, 34, 35, 36, 83, 89, 108, 129, 156, 158, 164, 167,
        205, 215,
    ] {
        assert_eq!(OsError::from_code(W, code), None, "{code}");
        assert_eq!(OsError::decode(W, code).code(W), Some(code));
    }
}

/// Linux 7.0 names EFSBADCRC and EFSCORRUPTED in every architecture's uapi header, as
/// second names of EBADMSG and EUCLEAN.
#[test]
fn linux_filesystem_aliases() {
    for p in common::LINUX {
        for (row, alias) in [
            (OsError::BadMessage, "EFSBADCRC"),
            (OsError::StructureNeedsCleaning, "EFSCORRUPTED"),
        ] {
            let number = row.code(p).unwrap();
            assert!(row.names(p).contains(&(alias, number)), "{alias} on {p}");
        }
    }
    assert_eq!(
        OsError::BadMessage.aliases(Platform::MacOs),
        [] as [&str; 0]
    );
    assert_eq!(
        OsError::from_name("EFSCORRUPTED"),
        Some(OsError::StructureNeedsCleaning)
    );
}

// ---------------------------------------------------------------------------------------
// Numbers against the Windows SDK headers
// ---------------------------------------------------------------------------------------

/// Where the test finds the headers: Debian's `mingw-w64-common` (mingw-w64 10).
const MINGW_INCLUDE: &str = "/usr/share/mingw-w64/include";
const HEADERS: [&str; 3] = ["winerror.h", "winsock2.h", "psdk_inc/_wsa_errnos.h"];

/// Win32 names std maps that mingw-w64 10's winerror.h does not define yet, with the
/// number of Microsoft's Win32 metadata (as std's `windows_sys.rs` has it). If the header
/// defines one, its number must agree.
const NEWER_THAN_MINGW: &[(&str, i32)] = &[
    ("ERROR_DRIVER_CANCEL_TIMEOUT", 594),
    ("ERROR_DIRECTORY_NOT_SUPPORTED", 336),
    ("ERROR_ELEVATION_REQUIRED", 740),
    ("ERROR_DISK_QUOTA_EXCEEDED", 1295),
    ("ERROR_RESOURCE_CALL_TIMED_OUT", 5910),
];

/// `#define NAME value` lines of the headers, value text without comments.
fn header_defines() -> BTreeMap<String, String> {
    let mut defines = BTreeMap::new();
    for header in HEADERS {
        let path = format!("{MINGW_INCLUDE}/{header}");
        let text = std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "cannot read {path} ({e}): install the Debian package mingw-w64-common \
                 (apt-get install mingw-w64-common), which holds the Windows SDK headers \
                 this test checks the Windows numbers against"
            )
        });
        for line in String::from_utf8_lossy(&text).lines() {
            let Some(rest) = line.trim_start().strip_prefix("#define") else {
                continue;
            };
            let mut parts = rest.trim_start().splitn(2, char::is_whitespace);
            let (Some(name), Some(value)) = (parts.next(), parts.next()) else {
                continue;
            };
            let value = value
                .split("/*")
                .next()
                .unwrap()
                .split("//")
                .next()
                .unwrap();
            defines
                .entry(name.to_string())
                .or_insert_with(|| value.trim().to_string());
        }
    }
    defines
}

/// The number a header value stands for: `__MSABI_LONG(n)`, `n`, `(WSABASEERR+n)` or
/// another name; None for anything else.
fn evaluate(defines: &BTreeMap<String, String>, value: &str, depth: u32) -> Option<i64> {
    let value = value.trim();
    if depth > 8 {
        return None;
    }
    if let Some(inner) = value
        .strip_prefix("__MSABI_LONG(")
        .and_then(|v| v.strip_suffix(')'))
    {
        return evaluate(defines, inner, depth + 1);
    }
    if let Some(inner) = value.strip_prefix('(').and_then(|v| v.strip_suffix(')')) {
        return evaluate(defines, inner, depth + 1);
    }
    if let Some((left, right)) = value.split_once('+') {
        return Some(evaluate(defines, left, depth + 1)? + evaluate(defines, right, depth + 1)?);
    }
    let digits = value.trim_end_matches(['L', 'l', 'U', 'u']);
    if let Ok(n) = digits.parse() {
        return Some(n);
    }
    if let Some(hex) = digits.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok();
    }
    let next = defines.get(value)?;
    evaluate(defines, next, depth + 1)
}

#[test]
fn header_evaluation_reads_the_forms_used() {
    let defines: BTreeMap<String, String> = [
        ("WSABASEERR", "10000"),
        ("WSAECONNRESET", "(WSABASEERR+54)"),
        ("ERROR_INVALID_HANDLE", "__MSABI_LONG(6)"),
        ("WSA_INVALID_HANDLE", "(ERROR_INVALID_HANDLE)"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let eval = |v: &str| evaluate(&defines, v, 0);
    assert_eq!(eval("(WSABASEERR+54)"), Some(10054));
    assert_eq!(eval("(ERROR_INVALID_HANDLE)"), Some(6));
    assert_eq!(eval("0x40L"), Some(64));
    assert_eq!(eval("WSAECONNRESET"), Some(10054));
    assert_eq!(eval("NOT_DEFINED"), None);
    assert_eq!(eval("((HRESULT)0x80070005)"), None);
}

/// Every Windows name of the table (Winsock and Win32, primary and alias) is defined by
/// the headers with the number the table gives it.
#[test]
fn windows_numbers_match_the_sdk_headers() {
    let defines = header_defines();
    let mut checked = 0;
    let mut newer = BTreeSet::new();
    for (name, number, row) in windows_names() {
        let from_header = defines
            .get(name)
            .and_then(|value| evaluate(&defines, value, 0));
        match (from_header, NEWER_THAN_MINGW.iter().find(|n| n.0 == name)) {
            (Some(value), _) => {
                assert_eq!(value, i64::from(number), "{name} of row {}", row.name());
                checked += 1;
            }
            (None, Some(&(_, listed))) => {
                assert_eq!(number, listed, "{name} of row {}", row.name());
                newer.insert(name);
            }
            (None, None) => panic!(
                "{name} (row {}) is not defined in {MINGW_INCLUDE}/{{{}}}",
                row.name(),
                HEADERS.join(",")
            ),
        }
    }
    assert_eq!(checked + newer.len(), windows_names().len());
    let listed: BTreeSet<&str> = NEWER_THAN_MINGW.iter().map(|n| n.0).collect();
    assert!(newer.is_subset(&listed));
    assert!(
        listed.iter().all(|n| OsError::from_name(n).is_some()),
        "NEWER_THAN_MINGW names a code the table does not have"
    );
}

// ---------------------------------------------------------------------------------------
// Kinds: std's Windows mapping
// ---------------------------------------------------------------------------------------

/// std 1.95's `decode_error_kind` for Windows (library/std/src/sys/io/error/windows.rs),
/// every arm, as (name, number, kind as `Debug` prints it). Every other code is
/// `Uncategorized` there.
const STD_WINDOWS_KINDS: &[(&str, i32, &str)] = &[
    ("ERROR_ACCESS_DENIED", 5, "PermissionDenied"),
    ("ERROR_ALREADY_EXISTS", 183, "AlreadyExists"),
    ("ERROR_FILE_EXISTS", 80, "AlreadyExists"),
    ("ERROR_BROKEN_PIPE", 109, "BrokenPipe"),
    ("ERROR_FILE_NOT_FOUND", 2, "NotFound"),
    ("ERROR_PATH_NOT_FOUND", 3, "NotFound"),
    ("ERROR_INVALID_DRIVE", 15, "NotFound"),
    ("ERROR_BAD_NETPATH", 53, "NotFound"),
    ("ERROR_BAD_NET_NAME", 67, "NotFound"),
    ("ERROR_NO_DATA", 232, "BrokenPipe"),
    ("ERROR_INVALID_NAME", 123, "InvalidFilename"),
    ("ERROR_BAD_PATHNAME", 161, "InvalidFilename"),
    ("ERROR_INVALID_PARAMETER", 87, "InvalidInput"),
    ("ERROR_NOT_ENOUGH_MEMORY", 8, "OutOfMemory"),
    ("ERROR_OUTOFMEMORY", 14, "OutOfMemory"),
    ("ERROR_SEM_TIMEOUT", 121, "TimedOut"),
    ("WAIT_TIMEOUT", 258, "TimedOut"),
    ("ERROR_DRIVER_CANCEL_TIMEOUT", 594, "TimedOut"),
    ("ERROR_OPERATION_ABORTED", 995, "TimedOut"),
    ("ERROR_SERVICE_REQUEST_TIMEOUT", 1053, "TimedOut"),
    ("ERROR_COUNTER_TIMEOUT", 1121, "TimedOut"),
    ("ERROR_TIMEOUT", 1460, "TimedOut"),
    ("ERROR_RESOURCE_CALL_TIMED_OUT", 5910, "TimedOut"),
    ("ERROR_CTX_MODEM_RESPONSE_TIMEOUT", 7012, "TimedOut"),
    ("ERROR_CTX_CLIENT_QUERY_TIMEOUT", 7040, "TimedOut"),
    ("FRS_ERR_SYSVOL_POPULATE_TIMEOUT", 8014, "TimedOut"),
    ("ERROR_DS_TIMELIMIT_EXCEEDED", 8226, "TimedOut"),
    ("DNS_ERROR_RECORD_TIMED_OUT", 9705, "TimedOut"),
    ("ERROR_IPSEC_IKE_TIMED_OUT", 13805, "TimedOut"),
    ("ERROR_RUNLEVEL_SWITCH_TIMEOUT", 15402, "TimedOut"),
    ("ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT", 15403, "TimedOut"),
    ("ERROR_CALL_NOT_IMPLEMENTED", 120, "Unsupported"),
    ("ERROR_HOST_UNREACHABLE", 1232, "HostUnreachable"),
    ("ERROR_NETWORK_UNREACHABLE", 1231, "NetworkUnreachable"),
    ("ERROR_DIRECTORY", 267, "NotADirectory"),
    ("ERROR_DIRECTORY_NOT_SUPPORTED", 336, "IsADirectory"),
    ("ERROR_DIR_NOT_EMPTY", 145, "DirectoryNotEmpty"),
    ("ERROR_WRITE_PROTECT", 19, "ReadOnlyFilesystem"),
    ("ERROR_DISK_FULL", 112, "StorageFull"),
    ("ERROR_HANDLE_DISK_FULL", 39, "StorageFull"),
    ("ERROR_SEEK_ON_DEVICE", 132, "NotSeekable"),
    ("ERROR_DISK_QUOTA_EXCEEDED", 1295, "QuotaExceeded"),
    ("ERROR_FILE_TOO_LARGE", 223, "FileTooLarge"),
    ("ERROR_BUSY", 170, "ResourceBusy"),
    ("ERROR_POSSIBLE_DEADLOCK", 1131, "Deadlock"),
    ("ERROR_NOT_SAME_DEVICE", 17, "CrossesDevices"),
    ("ERROR_TOO_MANY_LINKS", 1142, "TooManyLinks"),
    ("ERROR_FILENAME_EXCED_RANGE", 206, "InvalidFilename"),
    ("ERROR_CANT_RESOLVE_FILENAME", 1921, "FilesystemLoop"),
    ("WSAEACCES", 10013, "PermissionDenied"),
    ("WSAEADDRINUSE", 10048, "AddrInUse"),
    ("WSAEADDRNOTAVAIL", 10049, "AddrNotAvailable"),
    ("WSAECONNABORTED", 10053, "ConnectionAborted"),
    ("WSAECONNREFUSED", 10061, "ConnectionRefused"),
    ("WSAECONNRESET", 10054, "ConnectionReset"),
    ("WSAEINVAL", 10022, "InvalidInput"),
    ("WSAENOTCONN", 10057, "NotConnected"),
    ("WSAEWOULDBLOCK", 10035, "WouldBlock"),
    ("WSAETIMEDOUT", 10060, "TimedOut"),
    ("WSAEHOSTUNREACH", 10065, "HostUnreachable"),
    ("WSAENETDOWN", 10050, "NetworkDown"),
    ("WSAENETUNREACH", 10051, "NetworkUnreachable"),
    ("WSAEDQUOT", 10069, "QuotaExceeded"),
];

/// What std after 1.95 (its main branch) says differently, as (number, newer kind, the
/// row's kind): the live test accepts either while the transcription above stays 1.95's.
/// `TooManyOpenFiles` and `InputOutputError` are kinds 1.95 does not have; WSAESHUTDOWN
/// stays `Other` with ESHUTDOWN, which std leaves uncategorized on Unix; std's main branch
/// no longer lists `FRS_ERR_SYSVOL_POPULATE_TIMEOUT` (8014) among its timeouts, which
/// stays on `TimedOut` by its meaning (DATA-NOTES, "Kinds").
const STD_AFTER_1_95: &[(i32, &str, &str)] = &[
    (4, "TooManyOpenFiles", "Other"),
    (10024, "TooManyOpenFiles", "Other"),
    (1117, "InputOutputError", "Other"),
    (131, "InvalidInput", "InvalidInput"),
    (10058, "BrokenPipe", "Other"),
    (8014, "Uncategorized", "TimedOut"),
];

/// The codes newer std maps otherwise are in the table, with the kinds DATA-NOTES gives.
#[test]
fn codes_newer_std_maps_otherwise_keep_their_rows_kinds() {
    for &(code, newer, kind) in STD_AFTER_1_95 {
        let row = OsError::from_code(W, code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(
            format!("{:?}", row.kind()),
            kind,
            "{code} (std after 1.95: {newer})"
        );
        assert_ne!(std_1_95_kind(code), newer, "{code}");
    }
}

/// The reason for a Win32 alias of an errno row that std leaves uncategorized.
const ERRNO_ROW: &str = "std 1.95 leaves it Uncategorized; it is a Windows spelling of an errno row, which has that errno's kind";

/// Where a Windows code's row has another kind than std gives the code, as (number, std's
/// kind, why). Every other Windows code of the table has std's kind, `Other` standing for
/// `Uncategorized`.
const STD_WINDOWS_DIFFERENCES: &[(i32, &str, &str)] = &[
    (
        995,
        "TimedOut",
        "ECANCELED's row; std calls 995 TimedOut because its own timeouts cancel I/O",
    ),
    (
        1921,
        "FilesystemLoop",
        "ELOOP's row, Other: FilesystemLoop is not a stable kind",
    ),
    (
        10004,
        "Uncategorized",
        "EINTR's kind; std leaves WSAEINTR uncategorized",
    ),
    (10045, "Uncategorized", "EOPNOTSUPP's kind on Linux"),
    (10063, "Uncategorized", "ENAMETOOLONG's kind on Linux"),
    (10066, "Uncategorized", "ENOTEMPTY's kind on Linux"),
    (10070, "Uncategorized", "ESTALE's kind on Linux"),
    (12, "Uncategorized", ERRNO_ROW),
    (13, "Uncategorized", ERRNO_ROW),
    (16, "Uncategorized", ERRNO_ROW),
    (50, "Uncategorized", ERRNO_ROW),
    (64, "Uncategorized", ERRNO_ROW),
    (65, "Uncategorized", ERRNO_ROW),
    (82, "Uncategorized", ERRNO_ROW),
    (111, "Uncategorized", ERRNO_ROW),
    (122, "Uncategorized", ERRNO_ROW),
    (126, "Uncategorized", ERRNO_ROW),
    (131, "Uncategorized", ERRNO_ROW),
    (203, "Uncategorized", ERRNO_ROW),
    (208, "Uncategorized", ERRNO_ROW),
    (233, "Uncategorized", ERRNO_ROW),
    (277, "Uncategorized", ERRNO_ROW),
    (740, "Uncategorized", ERRNO_ROW),
    (1004, "Uncategorized", ERRNO_ROW),
    (1100, "Uncategorized", ERRNO_ROW),
    (1225, "Uncategorized", ERRNO_ROW),
    (1227, "Uncategorized", ERRNO_ROW),
    (1234, "Uncategorized", ERRNO_ROW),
    (1236, "Uncategorized", ERRNO_ROW),
    (1314, "Uncategorized", ERRNO_ROW),
    (1464, "Uncategorized", ERRNO_ROW),
    (1816, "Uncategorized", ERRNO_ROW),
    (1920, "Uncategorized", ERRNO_ROW),
    (2250, "Uncategorized", ERRNO_ROW),
    (4392, "Uncategorized", ERRNO_ROW),
];

/// std's 1.95 kind for a Windows code, as `Debug` prints it.
fn std_1_95_kind(code: i32) -> &'static str {
    STD_WINDOWS_KINDS
        .iter()
        .find(|k| k.1 == code)
        .map_or("Uncategorized", |k| k.2)
}

/// The kind a row must have if it agrees with std's `kind`: `Other` for `Uncategorized`,
/// else the same. (A row cannot have an unstable kind, so those are always differences.)
fn agreeing_kind(std_kind: &str) -> String {
    match std_kind {
        "Uncategorized" => "Other".to_string(),
        stable => stable.to_string(),
    }
}

/// Checks one Windows code of a row against std's kind for it; returns whether the code
/// is a documented difference.
fn check_kind(name: &str, code: i32, row: OsError, std_kind: &str) -> bool {
    let row_kind = format!("{:?}", row.kind());
    match STD_WINDOWS_DIFFERENCES.iter().find(|d| d.0 == code) {
        Some(&(_, listed, why)) => {
            assert_eq!(std_kind, listed, "{name} = {code}: std's kind changed");
            assert_ne!(
                row_kind,
                agreeing_kind(std_kind),
                "{name} = {code} no longer differs: {why}"
            );
            true
        }
        None => {
            assert_eq!(
                row_kind,
                agreeing_kind(std_kind),
                "{name} = {code} (row {})",
                row.name()
            );
            false
        }
    }
}

/// Every code std 1.95 gives a kind decodes to a row of that kind, or is a documented
/// difference.
#[test]
fn every_code_std_categorizes_is_in_the_table() {
    let names: BTreeSet<&str> = STD_WINDOWS_KINDS.iter().map(|k| k.0).collect();
    assert_eq!(
        names.len(),
        STD_WINDOWS_KINDS.len(),
        "a code is listed twice"
    );
    for &(name, code, kind) in STD_WINDOWS_KINDS {
        let row = OsError::from_code(W, code)
            .unwrap_or_else(|| panic!("{name} = {code} is not in the table"));
        assert!(
            row.names(W).contains(&(name, code)),
            "{name} is not a name of {}",
            row.name()
        );
        check_kind(name, code, row, kind);
    }
}

/// Every Windows code of the table (primary or alias) has its row's kind as std 1.95 sees
/// it, or is a documented difference; every documented difference is used.
#[test]
fn windows_kinds_agree_with_std_except_as_documented() {
    let mut differences = BTreeSet::new();
    for (name, code, row) in windows_names() {
        if check_kind(name, code, row, std_1_95_kind(code)) {
            differences.insert(code);
        }
    }
    let listed: BTreeSet<i32> = STD_WINDOWS_DIFFERENCES.iter().map(|d| d.0).collect();
    assert_eq!(
        listed.len(),
        STD_WINDOWS_DIFFERENCES.len(),
        "a difference is listed twice"
    );
    assert_eq!(
        differences, listed,
        "a listed difference is not a code of the table"
    );
}

/// Linux/mips, powerpc and sparc give EDEADLOCK a number of its own; std's Unix mapping
/// matches `libc::EDEADLK` only, so std leaves those numbers uncategorized while the table
/// decodes them to `Deadlock`.
#[test]
fn edeadlock_numbers_are_a_documented_kind_difference() {
    for (p, number) in [
        (Platform::LinuxMips, 56),
        (Platform::LinuxPowerpc, 58),
        (Platform::LinuxSparc, 108),
    ] {
        let row = OsError::from_code(p, number).unwrap();
        assert_eq!(row, OsError::Deadlock);
        assert_ne!(
            row.code(p),
            Some(number),
            "EDEADLOCK on {p} has a number of its own"
        );
        assert_eq!(row.kind(), io::ErrorKind::Deadlock);
    }
}

/// As the suite runs as a Windows program: std's live kind for every Windows code of the
/// table, and decoding a real `io::Error` through `Platform::CURRENT`.
#[cfg(windows)]
#[test]
fn windows_kinds_agree_with_std_live() {
    for (name, code, row) in windows_names() {
        let error = io::Error::from_raw_os_error(code);
        let live = format!("{:?}", error.kind());
        let expected = std_1_95_kind(code);
        let newer = STD_AFTER_1_95
            .iter()
            .any(|&(c, k, _)| c == code && k == live);
        if live != expected && newer {
            continue;
        }
        assert_eq!(
            live, expected,
            "{name} = {code}: std's live kind is not the transcribed one"
        );
        check_kind(name, code, row, &live);
        assert_eq!(OsError::from(&error), row, "{name} = {code}");
    }
    // `{:#}` names the row's Windows code, whichever of its codes the error came with.
    let reset = OsError::from(&io::Error::from_raw_os_error(64));
    assert_eq!(
        format!("{reset:#}"),
        "Connection reset by peer (WSAECONNRESET 10054)"
    );
}

/// Real file-system failures of a Windows program decode to the rows of the same failures
/// on Unix, and `{:#}` shows the Win32 spelling.
#[cfg(windows)]
#[test]
fn real_file_errors_decode_on_windows() {
    use std::fs;
    let dir = std::env::temp_dir().join(format!("errtable-win32-{}", std::process::id()));
    fs::create_dir(&dir).unwrap();
    let file = dir.join("present.txt");
    fs::write(&file, b"x").unwrap();
    let raw = |result: io::Result<()>| {
        let error = result.unwrap_err();
        let code = error.raw_os_error().expect("an OS error");
        (code, OsError::from(&error))
    };
    let open = |path: &std::path::Path| fs::File::open(path).map(drop);
    let cases = [
        (raw(open(&dir.join("missing.txt"))), 2, OsError::NotFound),
        (
            raw(open(&dir.join("missing").join("x.txt"))),
            3,
            OsError::NotFound,
        ),
        (
            raw(fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&file)
                .map(drop)),
            80,
            OsError::AlreadyExists,
        ),
        (raw(fs::create_dir(&dir)), 183, OsError::AlreadyExists),
        (raw(fs::remove_dir(&dir)), 145, OsError::DirectoryNotEmpty),
        (raw(open(&dir.join("a<b.txt"))), 123, OsError::InvalidName),
    ];
    fs::remove_dir_all(&dir).unwrap();
    for ((code, row), expected_code, expected_row) in cases {
        assert_eq!((code, row), (expected_code, expected_row));
    }
    // A write to a pipe whose reading end is closed: ERROR_NO_DATA, EPIPE's row.
    let (reader, mut writer) = io::pipe().unwrap();
    drop(reader);
    let error = io::Write::write(&mut writer, b"x").unwrap_err();
    assert_eq!(error.raw_os_error(), Some(232));
    assert_eq!(OsError::from(&error), OsError::BrokenPipe);
    let missing = OsError::from_raw_os_error(2).unwrap();
    assert_eq!(
        format!("{missing:#}"),
        "No such file or directory (ERROR_FILE_NOT_FOUND 2)"
    );
}
