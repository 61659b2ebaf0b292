//! The model of a table, in two stages, and the vocabulary both share.
//!
//! - [`written`]: what the user wrote, as parsing reads it (both entry points produce
//!   it). It may break any rule; a part whose syntax was wrong is marked `broken` and
//!   was already reported.
//! - [`checked`]: what validation hands expansion. Every rule holds in it: what broke a
//!   rule was reported and then repaired or left out, once, in `validate.rs`, so that
//!   expansion reads it without checking anything again.
//!
//! The lists of platforms and of `io::ErrorKind`s live here, so that the parser, the
//! validator and expansion read the same ones.

pub mod checked;
pub mod written;

/// The runtime's canonical table, whose rows a derived variant can stand for.
pub const CANONICAL: &str = "OsError";

/// The canonical table's catch-all: a variant of it, but no row a variant can stand for.
pub const CANONICAL_CATCH_ALL: &str = "Unlisted";

/// Defines [`Platform`] from one list of `Variant => "key"`: the variants of the runtime's
/// `Platform`, in its order, with the keys its `Platform::key` gives them. A test
/// (`platforms_match_the_runtime`) proves the two lists agree.
macro_rules! platforms {
    ($($variant:ident => $key:literal,)*) => {
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub enum Platform {
            $($variant,)*
        }

        impl Platform {
            pub const ALL: &'static [Platform] = &[$(Platform::$variant,)*];

            /// The key a table writes the platform with, as the runtime's `Platform::key`
            /// gives it.
            pub fn key(self) -> &'static str {
                match self {
                    $(Platform::$variant => $key,)*
                }
            }

            /// The variant name of the runtime's `Platform`.
            pub fn variant(self) -> &'static str {
                match self {
                    $(Platform::$variant => stringify!($variant),)*
                }
            }
        }
    };
}

platforms! {
    Windows => "windows",
    Linux => "linux",
    LinuxAlpha => "linux_alpha",
    LinuxMips => "linux_mips",
    LinuxParisc => "linux_parisc",
    LinuxPowerpc => "linux_powerpc",
    LinuxSparc => "linux_sparc",
    MacOs => "macos",
    FreeBsd => "freebsd",
    NetBsd => "netbsd",
    OpenBsd => "openbsd",
    DragonFly => "dragonfly",
    Illumos => "illumos",
    Aix => "aix",
    Haiku => "haiku",
    Redox => "redox",
    Hurd => "hurd",
    Cygwin => "cygwin",
    Wasi => "wasi",
    Emscripten => "emscripten",
}

impl Platform {
    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL.iter().copied().find(|p| p.key() == key)
    }
}

/// Which numbering a code belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Column {
    Platform(Platform),
    /// The single column of a table about a protocol's own codes.
    Own,
}

impl Column {
    /// The key the column is written with.
    pub fn key(self) -> &'static str {
        match self {
            Column::Platform(platform) => platform.key(),
            Column::Own => "code",
        }
    }
}

/// The stable `std::io::ErrorKind` variants a row may name (all stable since Rust 1.87,
/// the minimum version).
pub const ERROR_KINDS: [&str; 39] = [
    "NotFound",
    "PermissionDenied",
    "ConnectionRefused",
    "ConnectionReset",
    "HostUnreachable",
    "NetworkUnreachable",
    "ConnectionAborted",
    "NotConnected",
    "AddrInUse",
    "AddrNotAvailable",
    "NetworkDown",
    "BrokenPipe",
    "AlreadyExists",
    "WouldBlock",
    "NotADirectory",
    "IsADirectory",
    "DirectoryNotEmpty",
    "ReadOnlyFilesystem",
    "StaleNetworkFileHandle",
    "InvalidInput",
    "InvalidData",
    "TimedOut",
    "WriteZero",
    "StorageFull",
    "NotSeekable",
    "QuotaExceeded",
    "FileTooLarge",
    "ResourceBusy",
    "ExecutableFileBusy",
    "Deadlock",
    "CrossesDevices",
    "TooManyLinks",
    "InvalidFilename",
    "ArgumentListTooLong",
    "Interrupted",
    "Unsupported",
    "UnexpectedEof",
    "OutOfMemory",
    "Other",
];

/// The variants of the runtime's `Persistence`, in its order: the classes a row's
/// `persistence:` may name. A test (`persistences_match_the_runtime`) proves the two
/// lists agree.
pub const PERSISTENCES: [&str; 5] = [
    "Permanent",
    "Transient",
    "ConnectionLost",
    "TimedOut",
    "Unknown",
];

/// The class of a row that declares none.
pub const UNDECLARED_PERSISTENCE: &str = "Unknown";

/// The associated items every table generates: a row named like one would take its
/// path (`Table::decode` is the variant, not the function), so validation rejects it.
pub const GENERATED_ITEMS: [&str; 26] = [
    "ALL",
    "name",
    "message",
    "description",
    "kind",
    "persistence",
    "code",
    "codes",
    "symbol",
    "aliases",
    "names",
    "members",
    "os_error",
    "from_code",
    "from_os_error",
    "decode",
    "translate",
    "raw_os_error",
    "from_raw_os_error",
    "from_name",
    "from_str",
    "from_io_error",
    "from",
    "try_from",
    "into",
    "fmt",
];

/// The name an identifier spells, without `r#`: what `name()` and `from_name` use, and
/// what two names are compared by.
pub fn name_of(ident: &syn::Ident) -> String {
    syn::ext::IdentExt::unraw(ident).to_string()
}
