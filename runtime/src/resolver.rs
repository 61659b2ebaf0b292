//! Name-resolution errors: the `EAI_*` codes of `getaddrinfo` and `getnameinfo`, a number
//! space of their own, as [`ResolveError`], and [`LookupError`] for a failed lookup as
//! std or a C call reports it.
//!
//! How the table is built (sources and reasons in `runtime/DATA-NOTES.md`, "Resolver
//! table"):
//!
//! - **Numbers** from the headers: glibc's `netdb.h` for every Linux column (the values
//!   do not depend on the architecture; musl uses the same numbers for the codes it
//!   defines), Apple's and FreeBSD's `netdb.h` (as the libc crate transcribes them), each
//!   newer system's own header (NetBSD, OpenBSD, DragonFly, illumos, Haiku, Cygwin; relibc
//!   for Redox, glibc's for the Hurd, wasi-libc's for WASI, Emscripten's generated
//!   constants), each checked against the libc crate, and mingw-w64's `ws2tcpip.h` plus
//!   the Windows SDK's for Windows, where every `EAI_*` is a Winsock code. The numbers
//!   differ in sign and order: glibc, musl, OpenBSD and relibc count down from -1, the
//!   other BSDs, illumos, Haiku and Cygwin up from 1, and `EAI_OVERFLOW` alone is -12, -14,
//!   12 or 14.
//! - **One row per meaning**, named by the `EAI_*` symbol on every platform. The legacy
//!   `h_errno` values belong to the rows their Winsock codes share: `HOST_NOT_FOUND` (1,
//!   11001) is [`ResolveError::NoName`], `TRY_AGAIN` (2, 11002) [`ResolveError::TryAgain`],
//!   `NO_RECOVERY` (3, 11003) [`ResolveError::NoRecovery`], `NO_DATA` (4, 11004)
//!   [`ResolveError::NoData`]; see [`ResolveError::from_h_errno`].
//! - **Messages**: glibc's `gai_strerror` text, or FreeBSD's where glibc has none, or
//!   Microsoft's for the two Windows-only codes. [`ResolveError::from_message`] also
//!   reads the texts of musl, macOS, the BSDs, illumos, relibc and Cygwin.
//! - **Not OS error codes**: outside Windows these numbers are not `errno` values, so the
//!   table says `os_error_codes = windows`: its `raw_os_error`, `{:#}` and `io::Error`
//!   conversions treat them as OS codes only on Windows.

use core::fmt;

use crate::{OsError, Persistence, Platform};

// The table below is the source, and never compiled here: what compiles is its expansion,
// committed in generated/resolver.rs so that the runtime builds without the proc macro.
// `ERRTABLE_REGEN=1 cargo test -p errtable-macros regen` rewrites that file from this
// one; without the variable, the test fails while it is out of date.
include!("generated/resolver.rs");

#[cfg(any())]
error_table! {
    /// The name-resolution errors of `getaddrinfo` and `getnameinfo` (`EAI_*`) on Linux
    /// (glibc and musl, every architecture), macOS, FreeBSD, NetBSD, OpenBSD, DragonFly,
    /// illumos, Haiku, Redox, the Hurd, Cygwin, WASI (wasip2), Emscripten and Windows, one
    /// variant per meaning.
    ///
    /// The numbers differ everywhere: `EAI_AGAIN` is -3 on Linux, 2 on macOS and FreeBSD,
    /// and the Winsock code `WSATRY_AGAIN` (11002) on Windows.
    ///
    /// ```
    /// use errtable::{Platform, ResolveError};
    ///
    /// let e = ResolveError::from_code(Platform::Linux, -3).unwrap();
    /// assert_eq!(e, ResolveError::TryAgain);
    /// assert_eq!(e.code(Platform::MacOs), Some(2));
    /// assert_eq!(e.code(Platform::Windows), Some(11002));
    /// assert_eq!(e.symbol(Platform::Linux), Some("EAI_AGAIN"));
    /// assert_eq!(e.to_string(), "Temporary failure in name resolution");
    /// assert_eq!(e.persistence(), errtable::Persistence::Transient); // on every platform
    /// assert_eq!(ResolveError::from_name("EAI_NONAME"), Some(ResolveError::NoName));
    /// ```
    ///
    /// Outside Windows these codes are not OS error codes: there `raw_os_error()` is
    /// `None`, and `io::Error::from(row)` wraps the row (`from_io_error` gives it back).
    /// To decode the error of a lookup made through std, use
    /// [`LookupError::from_io_error`], which reads std's message on Unix.
    #[errtable(os_error_codes = windows)]
    pub enum ResolveError {
        /// Bad value for ai_flags (`EAI_BADFLAGS`).
        BadFlags {
            windows: EAI_BADFLAGS = 10022,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_BADFLAGS = -1,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_BADFLAGS = 3,
            kind: InvalidInput,
            persistence: Permanent,
            message: "Bad value for ai_flags",
            description: "The hints passed to getaddrinfo or getnameinfo hold a flag the resolver does not know or a combination it rejects, such as AI_CANONNAME without a host name. The call is wrong, not the name: fix the flags. On Windows the code is WSAEINVAL.",
        },
        /// Name or service not known (`EAI_NONAME`).
        NoName {
            windows: EAI_NONAME = 11001,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_NONAME = -2,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_NONAME = 8,
            kind: NotFound,
            persistence: Permanent,
            message: "Name or service not known",
            description: "No host or service by that name is known to the sources consulted (hosts file, DNS, other name services), or a name was given where AI_NUMERICHOST or AI_NUMERICSERV asked for a number, or neither a host nor a service was given. Check the spelling and the resolver configuration; asking again gives the same answer. h_errno calls this HOST_NOT_FOUND; on Windows it is WSAHOST_NOT_FOUND.",
        },
        /// Temporary failure in name resolution (`EAI_AGAIN`).
        TryAgain {
            windows: EAI_AGAIN = 11002,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_AGAIN = -3,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_AGAIN = 2,
            kind: Other,
            persistence: Transient,
            message: "Temporary failure in name resolution",
            description: "The resolver could not get an answer right now: the name server did not reply in time, answered with a server failure, or could not be reached at all. Asking again later may work. h_errno calls this TRY_AGAIN; on Windows it is WSATRY_AGAIN.",
        },
        /// Non-recoverable failure in name resolution (`EAI_FAIL`).
        NoRecovery {
            windows: EAI_FAIL = 11003,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_FAIL = -4,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_FAIL = 4,
            kind: Other,
            persistence: Permanent,
            message: "Non-recoverable failure in name resolution",
            description: "The lookup failed for good: a name server refused the query or answered with an error that retrying will not change. h_errno calls this NO_RECOVERY; on Windows it is WSANO_RECOVERY.",
        },
        /// No address associated with hostname (`EAI_NODATA`).
        NoData {
            windows: EAI_NODATA = 11004,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | openbsd | redox: EAI_NODATA = -5,
            macos | netbsd | dragonfly | illumos | haiku | cygwin: EAI_NODATA = 7,
            kind: NotFound,
            persistence: Permanent,
            message: "No address associated with hostname",
            description: "The name exists but has no address of the kind asked for, for example a DNS name with only MX records. h_errno calls this NO_DATA (NO_ADDRESS); on Windows it is WSANO_DATA. FreeBSD's header leaves it out (RFC 3493 dropped it).",
        },
        /// ai_family not supported (`EAI_FAMILY`).
        FamilyNotSupported {
            windows: EAI_FAMILY = 10047,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_FAMILY = -6,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_FAMILY = 5,
            kind: InvalidInput,
            persistence: Permanent,
            message: "ai_family not supported",
            description: "The address family in the hints (or in the address given to getnameinfo) is one the resolver does not handle. Use AF_INET, AF_INET6 or AF_UNSPEC. On Windows the code is WSAEAFNOSUPPORT.",
        },
        /// ai_socktype not supported (`EAI_SOCKTYPE`).
        SocketTypeNotSupported {
            windows: EAI_SOCKTYPE = 10044,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_SOCKTYPE = -7,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_SOCKTYPE = 10,
            kind: InvalidInput,
            persistence: Permanent,
            message: "ai_socktype not supported",
            description: "The socket type in the hints is one the resolver does not handle. Use SOCK_STREAM, SOCK_DGRAM or 0. On Windows the code is WSAESOCKTNOSUPPORT.",
        },
        /// Servname not supported for ai_socktype (`EAI_SERVICE`).
        ServiceNotSupported {
            windows: EAI_SERVICE = 10109,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_SERVICE = -8,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_SERVICE = 9,
            kind: InvalidInput,
            persistence: Permanent,
            message: "Servname not supported for ai_socktype",
            description: "The service is unknown, or known but not for the socket type asked for (a service with no entry for that protocol, or any service with SOCK_RAW). Check the service name or pass a port number. On Windows the code is WSATYPE_NOT_FOUND.",
        },
        /// Address family for hostname not supported (`EAI_ADDRFAMILY`).
        NoAddressInFamily {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | openbsd | redox: EAI_ADDRFAMILY = -9,
            macos | netbsd | dragonfly | illumos | haiku | cygwin: EAI_ADDRFAMILY = 1,
            kind: NotFound,
            persistence: Permanent,
            message: "Address family for hostname not supported",
            description: "The host has addresses, but none of the family asked for, such as an IPv6-only host looked up with AF_INET; glibc also reports it for a numeric address of the other family with AI_NUMERICHOST. Ask for AF_UNSPEC or the other family.",
        },
        /// Memory allocation failure (`EAI_MEMORY`).
        OutOfMemory {
            windows: EAI_MEMORY = 8,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_MEMORY = -10,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_MEMORY = 6,
            kind: OutOfMemory,
            persistence: Transient,
            message: "Memory allocation failure",
            description: "The resolver could not allocate the memory it needed. Free memory and try again. On Windows the code is WSA_NOT_ENOUGH_MEMORY.",
        },
        /// System error (`EAI_SYSTEM`).
        System {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | openbsd | redox: EAI_SYSTEM = -11,
            macos | freebsd | netbsd | dragonfly | illumos | haiku | cygwin: EAI_SYSTEM = 11,
            kind: Other,
            persistence: Unknown,
            message: "System error",
            description: "A system call inside the resolver failed and errno holds the reason: read errno right after the call (LookupError::from_gai does). Rust's std returns that errno as the io::Error itself. Windows has no such code: its resolver returns the Winsock error directly.",
        },
        /// Result too large for supplied buffer (`EAI_OVERFLOW`).
        Overflow {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi | emscripten | redox: EAI_OVERFLOW = -12,
            openbsd: EAI_OVERFLOW = -14,
            macos | freebsd | netbsd | dragonfly | haiku | cygwin: EAI_OVERFLOW = 14,
            illumos: EAI_OVERFLOW = 12,
            kind: InvalidInput,
            persistence: Permanent,
            message: "Result too large for supplied buffer",
            description: "A buffer given to getnameinfo is too small for the host or service name. Pass larger buffers (NI_MAXHOST and NI_MAXSERV bytes). glibc before 2.38 has no text for this code (its gai_strerror says \"Unknown error\"); the BSDs say \"Argument buffer overflow\".",
        },
        /// Invalid value for hints (`EAI_BADHINTS`).
        BadHints {
            macos | freebsd | netbsd | dragonfly | haiku | cygwin: EAI_BADHINTS = 12,
            openbsd: EAI_BADHINTS = -12,
            kind: InvalidInput,
            persistence: Permanent,
            message: "Invalid value for hints",
            description: "The hints structure given to getaddrinfo holds a value the BSD resolver rejects in a field other than the flags. Clear the fields you do not set.",
        },
        /// Resolved protocol is unknown (`EAI_PROTOCOL`).
        ProtocolNotSupported {
            macos | freebsd | netbsd | dragonfly | haiku | cygwin: EAI_PROTOCOL = 13,
            openbsd: EAI_PROTOCOL = -13,
            kind: InvalidInput,
            persistence: Permanent,
            message: "Resolved protocol is unknown",
            description: "The protocol in the hints is unknown or does not fit the socket type (BSD resolvers). Pass 0 or a protocol that goes with the socket type.",
        },
        /// Processing request in progress (`EAI_INPROGRESS`).
        InProgress {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi: EAI_INPROGRESS = -100,
            kind: Other,
            persistence: Transient,
            message: "Processing request in progress",
            description: "Not a failure: an asynchronous request made with glibc's getaddrinfo_a is still running (gai_error, gai_suspend). Wait for it and ask again.",
        },
        /// Request canceled (`EAI_CANCELED`).
        Canceled {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi: EAI_CANCELED = -101,
            kind: Other,
            persistence: Permanent,
            message: "Request canceled",
            description: "An asynchronous glibc lookup (getaddrinfo_a) was cancelled with gai_cancel before it finished.",
        },
        /// Request not canceled (`EAI_NOTCANCELED`).
        NotCanceled {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi: EAI_NOTCANCELED = -102,
            kind: Other,
            persistence: Transient,
            message: "Request not canceled",
            description: "gai_cancel could not cancel an asynchronous glibc lookup because it is being processed; its result will still arrive.",
        },
        /// All requests done (`EAI_ALLDONE`).
        AllDone {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi: EAI_ALLDONE = -103,
            kind: Other,
            persistence: Permanent,
            message: "All requests done",
            description: "gai_cancel found the asynchronous glibc lookup already finished, or gai_suspend was given no request that is still running.",
        },
        /// Interrupted by a signal (`EAI_INTR`).
        Interrupted {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi: EAI_INTR = -104,
            kind: Interrupted,
            persistence: Transient,
            message: "Interrupted by a signal",
            description: "glibc's gai_suspend returned because a signal arrived before any of the requests finished. Call it again.",
        },
        /// Parameter string not correctly encoded (`EAI_IDN_ENCODE`).
        IdnEncode {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | hurd | wasi: EAI_IDN_ENCODE = -105,
            cygwin: EAI_IDN_ENCODE = 15,
            kind: InvalidInput,
            persistence: Permanent,
            message: "Parameter string not correctly encoded",
            description: "With AI_IDN (or NI_IDN) glibc could not convert the internationalized name to or from its ASCII form: the name is not valid IDNA or not valid in the current locale's encoding.",
        },
        /// No such host is known securely (`EAI_NOSECURENAME`).
        NoSecureName {
            windows: EAI_NOSECURENAME = 11032,
            kind: NotFound,
            persistence: Permanent,
            message: "No such host is known securely",
            description: "Windows only (WSA_SECURE_HOST_NOT_FOUND): a lookup that asked for a secure answer (DNSSEC validation through the name resolution policy table) found no host whose records could be validated.",
        },
        /// Name based IPSEC policy could not be added (`EAI_IPSECPOLICY`).
        IpsecPolicy {
            windows: EAI_IPSECPOLICY = 11033,
            kind: Other,
            persistence: Permanent,
            message: "Name based IPSEC policy could not be added",
            description: "Windows only (WSA_IPSEC_NAME_POLICY_ERROR): the name resolved, but the IPsec policy the name resolution policy table asks for that name could not be set up.",
        },
    }
}

/// The texts other C libraries' `gai_strerror` gives a row whose message (glibc's) differs:
/// musl (also WASI's and Emscripten's), macOS, current FreeBSD, the older BSD text that
/// NetBSD, Haiku, Android and FreeBSD before 2013 share, OpenBSD, illumos, Redox's relibc
/// and Cygwin. Each text names one row: illumos's "specified address family not
/// supported", which it prints for both `EAI_ADDRFAMILY` and `EAI_FAMILY`, is left out.
const OTHER_TEXTS: &[(&str, ResolveError)] = &[
    ("Invalid flags", ResolveError::BadFlags),
    ("Invalid value for ai_flags", ResolveError::BadFlags),
    (
        "Flags parameter had an invalid value",
        ResolveError::BadFlags,
    ),
    ("Name does not resolve", ResolveError::NoName),
    (
        "nodename nor servname provided, or not known",
        ResolveError::NoName,
    ),
    (
        "hostname nor servname provided, or not known",
        ResolveError::NoName,
    ),
    ("Try again", ResolveError::TryAgain),
    (
        "Name could not be resolved at this time",
        ResolveError::TryAgain,
    ),
    ("Non-recoverable error", ResolveError::NoRecovery),
    ("Name has no usable address", ResolveError::NoData),
    ("No address associated with nodename", ResolveError::NoData),
    (
        "Unrecognized address family or invalid length",
        ResolveError::FamilyNotSupported,
    ),
    (
        "Address family not recognized",
        ResolveError::FamilyNotSupported,
    ),
    (
        "Unrecognized socket type",
        ResolveError::SocketTypeNotSupported,
    ),
    (
        "Intended socket type was not recognized",
        ResolveError::SocketTypeNotSupported,
    ),
    ("Unrecognized service", ResolveError::ServiceNotSupported),
    (
        "Service was not recognized for socket type",
        ResolveError::ServiceNotSupported,
    ),
    (
        "Address family for nodename not supported",
        ResolveError::NoAddressInFamily,
    ),
    ("Out of memory", ResolveError::OutOfMemory),
    ("System error returned in errno", ResolveError::System),
    ("Overflow", ResolveError::Overflow),
    ("Argument buffer overflow", ResolveError::Overflow),
    ("An argument buffer overflowed", ResolveError::Overflow),
    ("name or service is not known", ResolveError::NoName),
    ("node name or service name not known", ResolveError::NoName),
    ("temporary name resolution failure", ResolveError::TryAgain),
    (
        "non-recoverable name resolution failure",
        ResolveError::NoRecovery,
    ),
    ("no address associated with name", ResolveError::NoData),
    (
        "no address for the specified node name",
        ResolveError::NoData,
    ),
    (
        "specified socket type not supported",
        ResolveError::SocketTypeNotSupported,
    ),
    (
        "service not supported for ai_socktype",
        ResolveError::ServiceNotSupported,
    ),
    (
        "service name not available for the specified socket type",
        ResolveError::ServiceNotSupported,
    ),
    (
        "Address family for name not supported",
        ResolveError::NoAddressInFamily,
    ),
    ("Bad hints", ResolveError::BadHints),
    (
        "ai_protocol not supported",
        ResolveError::ProtocolNotSupported,
    ),
];

/// The prefix std puts before `gai_strerror`'s text in the `io::Error` of a failed lookup
/// on Unix.
const STD_PREFIX: &str = "failed to lookup address information: ";

impl ResolveError {
    /// The row whose `gai_strerror` text is `text`, in English: glibc's, musl's, macOS's,
    /// a BSD's, illumos's, Redox's or Cygwin's, with or without the prefix std adds ("failed to lookup address
    /// information: "), ignoring ASCII case and surrounding white space.
    ///
    /// `gai_strerror` translates its text when the process has set a non-English
    /// `LC_MESSAGES` locale (`setlocale`); std never does, but C code in the same
    /// process may, and a translated text is not recognized. "Unknown error" (the text of
    /// glibc before 2.38 for `EAI_OVERFLOW`, and musl's for `EAI_ADDRFAMILY`) names no
    /// row.
    ///
    /// ```
    /// use errtable::ResolveError;
    ///
    /// let text = "failed to lookup address information: Name or service not known";
    /// assert_eq!(ResolveError::from_message(text), Some(ResolveError::NoName));
    /// // macOS and musl say it differently.
    /// let mac = "nodename nor servname provided, or not known";
    /// assert_eq!(ResolveError::from_message(mac), Some(ResolveError::NoName));
    /// assert_eq!(ResolveError::from_message("Try again"), Some(ResolveError::TryAgain));
    /// assert_eq!(ResolveError::from_message("Unknown error"), None);
    /// ```
    #[must_use]
    pub fn from_message(text: &str) -> Option<Self> {
        let text = text.trim();
        let text = match text.get(..STD_PREFIX.len()) {
            Some(prefix) if prefix.eq_ignore_ascii_case(STD_PREFIX) => {
                text[STD_PREFIX.len()..].trim_start()
            }
            _ => text,
        };
        let own = Self::ALL.iter().map(|&row| (row.message(), row));
        own.chain(OTHER_TEXTS.iter().copied())
            .find(|(message, _)| message.eq_ignore_ascii_case(text))
            .map(|(_, row)| row)
    }

    /// The row of an `h_errno` value, which `gethostbyname` and friends report: 1–4 on
    /// Unix (`HOST_NOT_FOUND`, `TRY_AGAIN`, `NO_RECOVERY`, `NO_DATA`), and on Unix
    /// `NETDB_INTERNAL` (-1, "see errno") as [`ResolveError::System`]; on Windows the
    /// same names are the Winsock codes 11001–11004.
    ///
    /// ```
    /// use errtable::{Platform, ResolveError};
    ///
    /// assert_eq!(ResolveError::from_h_errno(Platform::Linux, 2), Some(ResolveError::TryAgain));
    /// assert_eq!(ResolveError::from_h_errno(Platform::Windows, 11004), Some(ResolveError::NoData));
    /// assert_eq!(ResolveError::from_h_errno(Platform::Windows, 2), None);
    /// ```
    #[must_use]
    pub const fn from_h_errno(platform: Platform, code: i32) -> Option<Self> {
        // Winsock numbers the h_errno names 11000 + the Unix value.
        let unix_value = match platform {
            Platform::Windows => match code {
                11001..=11004 => code - 11000,
                _ => return None,
            },
            _ => code,
        };
        match unix_value {
            1 => Some(ResolveError::NoName),
            2 => Some(ResolveError::TryAgain),
            3 => Some(ResolveError::NoRecovery),
            4 => Some(ResolveError::NoData),
            -1 => Some(ResolveError::System),
            _ => None,
        }
    }

    /// Whether std's lookup error on Windows can be this row: its Winsock code means a
    /// name-service failure and nothing else. `EAI_BADFLAGS` is `WSAEINVAL`, which any
    /// socket call returns, so an `io::Error` with that code says nothing about lookups.
    #[cfg(feature = "std")]
    const fn is_lookup_only_on_windows(self) -> bool {
        matches!(
            self,
            ResolveError::NoName
                | ResolveError::TryAgain
                | ResolveError::NoRecovery
                | ResolveError::NoData
                | ResolveError::ServiceNotSupported
                | ResolveError::NoSecureName
                | ResolveError::IpsecPolicy
        )
    }
}

/// A failed name lookup, typed: what the resolver said and, when it said `EAI_SYSTEM`, the
/// OS error behind it.
///
/// ```
/// use errtable::{LookupError, OsError, Persistence, Platform, ResolveError};
///
/// // getaddrinfo returned -11 (EAI_SYSTEM) on Linux with errno 24 (EMFILE).
/// let e = LookupError::from_gai(Platform::Linux, -11, 24).unwrap();
/// assert_eq!(e.error(), ResolveError::System);
/// assert_eq!(e.cause(), Some(OsError::TooManyOpenFiles));
/// assert_eq!(e.persistence(), Persistence::Transient); // EMFILE's class
/// assert_eq!(e.to_string(), "System error: Too many open files");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LookupError {
    error: ResolveError,
    cause: Option<OsError>,
}

impl LookupError {
    /// The failure `getaddrinfo` or `getnameinfo` reported on `platform` by returning
    /// `code`, with `errno` read right after the call (only looked at for `EAI_SYSTEM`);
    /// `None` for 0 (success) and for codes the table does not list.
    ///
    /// ```
    /// use errtable::{LookupError, Platform, ResolveError};
    ///
    /// let e = LookupError::from_gai(Platform::MacOs, 8, 0).unwrap();
    /// assert_eq!(e.error(), ResolveError::NoName);
    /// assert_eq!(e.cause(), None);
    /// assert_eq!(LookupError::from_gai(Platform::Linux, 0, 0), None);
    /// ```
    #[must_use]
    pub const fn from_gai(platform: Platform, code: i32, errno: i32) -> Option<Self> {
        match ResolveError::from_code(platform, code) {
            Some(ResolveError::System) => Some(LookupError {
                error: ResolveError::System,
                cause: Some(OsError::decode(platform, errno)),
            }),
            Some(error) => Some(LookupError { error, cause: None }),
            None => None,
        }
    }

    /// The failure a name lookup through std (`ToSocketAddrs`, `TcpStream::connect` with
    /// a host name) returned, where the error shows it is one:
    ///
    /// - on Unix, std's "failed to lookup address information: …" text, read by
    ///   [`ResolveError::from_message`] (English only: see there);
    /// - on Windows, a Winsock code that means a name-service failure and nothing else
    ///   (11001–11004, `WSATYPE_NOT_FOUND`, 11032, 11033);
    /// - an `io::Error` made from a [`ResolveError`] or a `LookupError`.
    ///
    /// `None` for anything else, including the plain OS error std returns on Unix when
    /// `getaddrinfo` says `EAI_SYSTEM`: it cannot be told apart from a failed `connect`, so
    /// read it with `OsError::from`.
    ///
    /// ```
    /// use errtable::{LookupError, Persistence, ResolveError};
    /// use std::io;
    ///
    /// // What std returns on Linux for a name nobody knows.
    /// let err = io::Error::other("failed to lookup address information: Name or service not known");
    /// let e = LookupError::from_io_error(&err).unwrap();
    /// assert_eq!(e.error(), ResolveError::NoName);
    /// assert_eq!(e.persistence(), Persistence::Permanent);
    /// assert_eq!(LookupError::from_io_error(&io::Error::from(io::ErrorKind::ConnectionRefused)), None);
    /// ```
    #[cfg(feature = "std")]
    #[must_use]
    pub fn from_io_error(error: &std::io::Error) -> Option<Self> {
        use crate::__private::inner;
        use std::string::ToString;
        if let Some(&kept) = inner::<LookupError>(error) {
            return Some(kept);
        }
        if let Some(&row) = inner::<ResolveError>(error) {
            return Some(row.into());
        }
        let error = match (error.raw_os_error(), Platform::CURRENT) {
            (Some(code), Some(Platform::Windows)) => {
                ResolveError::from_code(Platform::Windows, code)
                    .filter(|row| row.is_lookup_only_on_windows())
            }
            (Some(_), _) => None,
            (None, _) => error
                .get_ref()
                .and_then(|inner| ResolveError::from_message(&inner.to_string())),
        };
        error.map(LookupError::from)
    }

    /// What the resolver said.
    ///
    /// ```
    /// # use errtable::{LookupError, ResolveError};
    /// assert_eq!(LookupError::from(ResolveError::NoData).error(), ResolveError::NoData);
    /// ```
    #[must_use]
    pub const fn error(&self) -> ResolveError {
        self.error
    }

    /// The OS error behind [`ResolveError::System`], when it is known.
    ///
    /// ```
    /// # use errtable::{LookupError, OsError, Platform};
    /// let e = LookupError::from_gai(Platform::FreeBsd, 11, 4).unwrap();
    /// assert_eq!(e.cause(), Some(OsError::Interrupted));
    /// ```
    #[must_use]
    pub const fn cause(&self) -> Option<OsError> {
        self.cause
    }

    /// Whether, and how, asking again may succeed: the row's
    /// [`persistence`](ResolveError::persistence), except that a system error
    /// (`EAI_SYSTEM`, whose row says [`Unknown`](Persistence::Unknown)) answers with its
    /// cause's: an interrupted call or a refused name server is transient, a bad address
    /// permanent.
    ///
    /// ```
    /// # use errtable::{LookupError, OsError, Persistence, Platform, ResolveError};
    /// let refused = LookupError::from_gai(Platform::Linux, -11, 111).unwrap();
    /// assert_eq!(refused.persistence(), OsError::ConnectionRefused.persistence());
    /// assert_eq!(refused.persistence(), Persistence::Transient);
    /// let bad_address = LookupError::from_gai(Platform::Linux, -11, 14).unwrap();
    /// assert_eq!(bad_address.persistence(), Persistence::Permanent);
    /// assert_eq!(LookupError::from(ResolveError::System).persistence(), Persistence::Unknown);
    /// ```
    #[must_use]
    pub const fn persistence(&self) -> Persistence {
        match &self.cause {
            Some(cause) => cause.persistence(),
            None => self.error.persistence(),
        }
    }
}

impl From<ResolveError> for LookupError {
    /// A failure without a known OS cause.
    fn from(error: ResolveError) -> Self {
        LookupError { error, cause: None }
    }
}

impl fmt::Display for LookupError {
    /// The row's message, then the cause's: "System error: Too many open files".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)?;
        match &self.cause {
            Some(cause) => write!(f, ": {cause}"),
            None => Ok(()),
        }
    }
}

impl crate::compat::Error for LookupError {
    fn source(&self) -> Option<&(dyn crate::compat::Error + 'static)> {
        match &self.cause {
            Some(cause) => Some(cause),
            None => None,
        }
    }
}

impl TryFrom<ResolveError> for OsError {
    type Error = ResolveError;

    /// The Winsock row of a resolver code, by its Windows number: `NoName` is
    /// `HostNotFound` (11001). A Windows code `OsError` has no row for is kept in
    /// `OsError::Unlisted`. Rows without a Windows code are the error.
    ///
    /// ```
    /// use errtable::{OsError, ResolveError};
    ///
    /// assert_eq!(OsError::try_from(ResolveError::NoName), Ok(OsError::HostNotFound));
    /// assert_eq!(OsError::try_from(ResolveError::System), Err(ResolveError::System));
    /// ```
    fn try_from(error: ResolveError) -> Result<Self, Self::Error> {
        match error.code(Platform::Windows) {
            Some(code) => Ok(OsError::decode(Platform::Windows, code)),
            None => Err(error),
        }
    }
}

impl TryFrom<OsError> for ResolveError {
    type Error = OsError;

    /// The resolver row an `OsError` stands for on Windows, where both are one number:
    /// `HostNotFound` (11001) is `NoName`. This reads the error as a lookup's result:
    /// `InvalidArgument` (`WSAEINVAL`, 10022) becomes `BadFlags`, which is what it means
    /// when `getaddrinfo` returns it. Errors without such a Windows code are the error.
    ///
    /// ```
    /// use errtable::{OsError, ResolveError};
    ///
    /// assert_eq!(ResolveError::try_from(OsError::TryAgain), Ok(ResolveError::TryAgain));
    /// assert_eq!(ResolveError::try_from(OsError::ConnectionReset), Err(OsError::ConnectionReset));
    /// ```
    fn try_from(error: OsError) -> Result<Self, Self::Error> {
        match error.code(Platform::Windows) {
            Some(code) => ResolveError::from_code(Platform::Windows, code).ok_or(error),
            None => Err(error),
        }
    }
}
