//! The tables the behaviour tests share: `NetError`, a table of real socket error codes
//! (numbers from the Winsock, Linux, Linux/mips, Linux/powerpc, macOS and FreeBSD
//! headers; `codes.rs` checks this host's against the libc crate), and `ProtoError`, a
//! table of a protocol's own codes.

// Each test file uses a different part of this module.
#![allow(dead_code)]

use errtable::Platform;
use std::io::ErrorKind;

errtable::error_table! {
    /// Socket errors as the tests see them.
    pub enum NetError {
        /// Nobody listens on the port.
        ConnectionRefused {
            windows: WSAECONNREFUSED = 10061,
            linux | linux_powerpc: ECONNREFUSED = 111,
            linux_mips: ECONNREFUSED = 146,
            macos | freebsd: ECONNREFUSED = 61,
            kind: ConnectionRefused,
            message: "Connection refused",
            description: "The peer has no socket listening on the port.",
        },
        ConnectionReset {
            windows: WSAECONNRESET = 10054,
            linux | linux_powerpc: ECONNRESET = 104,
            linux_mips: ECONNRESET = 131,
            macos | freebsd: ECONNRESET = 54,
            kind: ConnectionReset,
            message: "Connection reset by peer",
        },
        AddressInUse {
            windows: WSAEADDRINUSE = 10048,
            linux | linux_powerpc: EADDRINUSE = 98,
            linux_mips: EADDRINUSE = 125,
            macos | freebsd: EADDRINUSE = 48,
            kind: AddrInUse,
            message: "Address already in use",
        },
        AddressNotAvailable {
            windows: WSAEADDRNOTAVAIL = 10049,
            linux | linux_powerpc: EADDRNOTAVAIL = 99,
            linux_mips: EADDRNOTAVAIL = 126,
            macos | freebsd: EADDRNOTAVAIL = 49,
            kind: AddrNotAvailable,
            message: "Cannot assign requested address",
        },
        WouldBlock {
            windows: WSAEWOULDBLOCK = 10035,
            linux | linux_powerpc | linux_mips: EAGAIN = 11 | EWOULDBLOCK,
            macos | freebsd: EAGAIN = 35 | EWOULDBLOCK,
            kind: WouldBlock,
            message: "Resource temporarily unavailable",
        },
        TimedOut {
            windows: WSAETIMEDOUT = 10060,
            linux | linux_powerpc: ETIMEDOUT = 110,
            linux_mips: ETIMEDOUT = 145,
            macos | freebsd: ETIMEDOUT = 60,
            kind: TimedOut,
            message: "Connection timed out",
        },
        /// Windows reports a write after shutdown as `WSAESHUTDOWN` instead.
        BrokenPipe {
            linux | linux_powerpc | linux_mips: EPIPE = 32,
            macos | freebsd: EPIPE = 32,
            kind: BrokenPipe,
            message: "Broken pipe",
        },
        InvalidArgument {
            windows: WSAEINVAL = 10022,
            linux | linux_powerpc | linux_mips: EINVAL = 22,
            macos | freebsd: EINVAL = 22,
            kind: InvalidInput,
            message: "Invalid argument",
        },
        MessageTooLong {
            windows: WSAEMSGSIZE = 10040,
            linux | linux_powerpc: EMSGSIZE = 90,
            linux_mips: EMSGSIZE = 97,
            macos | freebsd: EMSGSIZE = 40,
            message: "Message too long",
            description: "A datagram larger than the protocol allows.",
        },
        ProtocolOptionUnavailable {
            windows: WSAENOPROTOOPT = 10042,
            linux | linux_powerpc: ENOPROTOOPT = 92,
            linux_mips: ENOPROTOOPT = 99,
            macos | freebsd: ENOPROTOOPT = 42,
            kind: Other,
            message: "Protocol not available",
        },
        /// Shares its number with `EOPNOTSUPP` everywhere but on macOS.
        NotSupported {
            linux | linux_powerpc: ENOTSUP = 95 => OperationNotSupported,
            linux_mips: ENOTSUP = 122 => OperationNotSupported,
            macos: ENOTSUP = 45,
            freebsd: ENOTSUP = 45 => OperationNotSupported,
            kind: Unsupported,
            message: "Not supported",
        },
        OperationNotSupported {
            windows: WSAEOPNOTSUPP = 10045,
            linux | linux_powerpc: EOPNOTSUPP = 95,
            linux_mips: EOPNOTSUPP = 122,
            macos: EOPNOTSUPP = 102,
            freebsd: EOPNOTSUPP = 45,
            kind: Unsupported,
            message: "Operation not supported",
        },
        AddressFamilyNotSupported {
            windows: WSAEAFNOSUPPORT = 10047,
            linux | linux_powerpc: EAFNOSUPPORT = 97,
            linux_mips: EAFNOSUPPORT = 124,
            macos | freebsd: EAFNOSUPPORT = 47,
            message: "Address family not supported by protocol",
        },
        AlreadyConnected {
            windows: WSAEISCONN = 10056,
            linux | linux_powerpc: EISCONN = 106,
            linux_mips: EISCONN = 133,
            macos | freebsd: EISCONN = 56,
            message: "Transport endpoint is already connected",
        },
        NotConnected {
            windows: WSAENOTCONN = 10057,
            linux | linux_powerpc: ENOTCONN = 107,
            linux_mips: ENOTCONN = 134,
            macos | freebsd: ENOTCONN = 57,
            kind: NotConnected,
            message: "Transport endpoint is not connected",
        },
        /// `EDEADLOCK` is another name for `EDEADLK` on most systems, and a number of
        /// its own on mips and powerpc.
        Deadlock {
            linux: EDEADLK = 35 | EDEADLOCK,
            linux_powerpc: EDEADLK = 35 | EDEADLOCK = 58,
            linux_mips: EDEADLK = 45 | EDEADLOCK = 56,
            macos | freebsd: EDEADLK = 11,
            message: "Resource deadlock avoided",
        },
        /// A Winsock-only condition: no other platform has a code for it.
        Cancelled {
            windows: WSAECANCELLED = 10103,
            kind: Interrupted,
            message: "Call was cancelled",
        },
        /// Anything the table does not list.
        #[catch_all]
        Unlisted,
    }
}

/// Where a row's number is declared `=>` another row: (row, platform, the row that
/// decoding the number gives).
pub const SHARED_NUMBERS: [(NetError, Platform, NetError); 4] = [
    (
        NetError::NotSupported,
        Platform::Linux,
        NetError::OperationNotSupported,
    ),
    (
        NetError::NotSupported,
        Platform::LinuxPowerpc,
        NetError::OperationNotSupported,
    ),
    (
        NetError::NotSupported,
        Platform::LinuxMips,
        NetError::OperationNotSupported,
    ),
    (
        NetError::NotSupported,
        Platform::FreeBsd,
        NetError::OperationNotSupported,
    ),
];

/// The row that decoding `row`'s own code on `platform` gives.
pub fn decodes_as(row: NetError, platform: Platform) -> NetError {
    SHARED_NUMBERS
        .iter()
        .find(|(shared, on, _)| *shared == row && *on == platform)
        .map_or(row, |(_, _, target)| *target)
}

/// Codes of a platform that no row of `NetError` lists there (checked by the tests that
/// use them): ordinary unlisted errno values, Winsock values, and the extremes.
pub fn unlisted_codes(platform: Platform) -> Vec<i32> {
    let candidates = [i32::MIN, -1, 0, 1, 2, 4242, 10004, 10093, 65535, i32::MAX];
    candidates
        .into_iter()
        .filter(|&code| NetError::from_code(platform, code).is_none())
        .collect()
}

/// The io::ErrorKinds the tests try, each the kind of zero, one or several rows.
pub const KINDS: [std::io::ErrorKind; 15] = [
    std::io::ErrorKind::ConnectionRefused,
    std::io::ErrorKind::ConnectionReset,
    std::io::ErrorKind::AddrInUse,
    std::io::ErrorKind::AddrNotAvailable,
    std::io::ErrorKind::WouldBlock,
    std::io::ErrorKind::TimedOut,
    std::io::ErrorKind::BrokenPipe,
    std::io::ErrorKind::InvalidInput,
    std::io::ErrorKind::NotConnected,
    std::io::ErrorKind::Unsupported,
    std::io::ErrorKind::Other,
    std::io::ErrorKind::NotFound,
    std::io::ErrorKind::Interrupted,
    std::io::ErrorKind::OutOfMemory,
    std::io::ErrorKind::UnexpectedEof,
];

/// The rows of `NetError` whose kind is `kind`.
pub fn rows_of_kind(kind: std::io::ErrorKind) -> Vec<NetError> {
    NetError::ALL
        .iter()
        .copied()
        .filter(|row| row.kind() == kind)
        .collect()
}

errtable::error_table! {
    /// A protocol's own status codes.
    pub enum ProtoError {
        /// The frame could not be parsed.
        BadFrame {
            code: BAD_FRAME = 1,
            kind: InvalidData,
            message: "Malformed frame",
            description: "The header or the length prefix is inconsistent.",
        },
        Busy {
            code: BUSY = 2 | OVERLOADED,
            kind: WouldBlock,
            message: "Server busy",
        },
        /// `LEGACY_GONE` is what version 1 of the protocol sent.
        Gone {
            code: GONE = 3 | LEGACY_GONE = 103,
            kind: NotFound,
            message: "Resource gone",
        },
        Unauthorized {
            code: UNAUTHORIZED = 4,
            kind: PermissionDenied,
            message: "Not authorized",
        },
        /// A status this version does not know.
        #[catch_all]
        Unknown,
    }
}

/// Whether this program runs under Wine rather than Windows. Wine emulates Winsock on
/// the host's sockets and differs from what Windows documents in a few cases; the tests
/// that meet one say what differs and skip that case under Wine only.
#[cfg(windows)]
pub fn under_wine() -> bool {
    use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleA, GetProcAddress};
    // Wine's ntdll exports `wine_get_version`; Windows' has no such function.
    // SAFETY: both names are NUL-terminated literals, and ntdll is loaded in every
    // process for as long as it runs.
    unsafe {
        let ntdll = GetModuleHandleA(windows_sys::s!("ntdll.dll"));
        !ntdll.is_null() && GetProcAddress(ntdll, windows_sys::s!("wine_get_version")).is_some()
    }
}

/// Whether this program runs under Wine rather than Windows: never, off Windows.
#[cfg(not(windows))]
pub fn under_wine() -> bool {
    false
}

/// Every stable `io::ErrorKind` of Rust 1.87, in std's order.
pub const STABLE_KINDS: [ErrorKind; 39] = [
    ErrorKind::NotFound,
    ErrorKind::PermissionDenied,
    ErrorKind::ConnectionRefused,
    ErrorKind::ConnectionReset,
    ErrorKind::HostUnreachable,
    ErrorKind::NetworkUnreachable,
    ErrorKind::ConnectionAborted,
    ErrorKind::NotConnected,
    ErrorKind::AddrInUse,
    ErrorKind::AddrNotAvailable,
    ErrorKind::NetworkDown,
    ErrorKind::BrokenPipe,
    ErrorKind::AlreadyExists,
    ErrorKind::WouldBlock,
    ErrorKind::NotADirectory,
    ErrorKind::IsADirectory,
    ErrorKind::DirectoryNotEmpty,
    ErrorKind::ReadOnlyFilesystem,
    ErrorKind::StaleNetworkFileHandle,
    ErrorKind::InvalidInput,
    ErrorKind::InvalidData,
    ErrorKind::TimedOut,
    ErrorKind::WriteZero,
    ErrorKind::StorageFull,
    ErrorKind::NotSeekable,
    ErrorKind::QuotaExceeded,
    ErrorKind::FileTooLarge,
    ErrorKind::ResourceBusy,
    ErrorKind::ExecutableFileBusy,
    ErrorKind::Deadlock,
    ErrorKind::CrossesDevices,
    ErrorKind::TooManyLinks,
    ErrorKind::InvalidFilename,
    ErrorKind::ArgumentListTooLong,
    ErrorKind::Interrupted,
    ErrorKind::Unsupported,
    ErrorKind::UnexpectedEof,
    ErrorKind::OutOfMemory,
    ErrorKind::Other,
];

/// The Linux numberings.
pub const LINUX: [Platform; 6] = [
    Platform::Linux,
    Platform::LinuxAlpha,
    Platform::LinuxMips,
    Platform::LinuxParisc,
    Platform::LinuxPowerpc,
    Platform::LinuxSparc,
];

/// The `src/` directory of the libc crate the suite depends on (the version this build
/// resolved, from `cargo metadata`; asked once): the tests read its constants as a
/// source independent of the tables. Not `--offline`: metadata needs every package's
/// manifest, and a lockfile resolved for an older Rust (CI's MSRV step) may name
/// versions of crates no test builds, not downloaded yet.
pub fn libc_source() -> &'static std::path::Path {
    static SOURCE: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    SOURCE.get_or_init(find_libc_source)
}

fn find_libc_source() -> std::path::PathBuf {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--manifest-path"])
        .arg(manifest)
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let root = metadata["resolve"]["root"]
        .as_str()
        .expect("a root package");
    let nodes = metadata["resolve"]["nodes"].as_array().unwrap();
    let node = nodes.iter().find(|n| n["id"] == root).unwrap();
    let deps = node["deps"].as_array().unwrap();
    let libc = deps
        .iter()
        .find(|d| d["name"] == "libc")
        .expect("libc is a dependency");
    let packages = metadata["packages"].as_array().unwrap();
    let package = packages.iter().find(|p| p["id"] == libc["pkg"]).unwrap();
    let manifest_path = std::path::Path::new(package["manifest_path"].as_str().unwrap());
    manifest_path.parent().unwrap().join("src")
}
