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

/// The traits `error_table!` gives its enum unless `no_default_derives`, by name and
/// path: derived, all but `Debug`, which expansion writes (`expand/info.rs`).
pub const DEFAULT_DERIVES: [(&str, &str); 6] = [
    ("Clone", "::core::clone::Clone"),
    ("Copy", "::core::marker::Copy"),
    ("PartialEq", "::core::cmp::PartialEq"),
    ("Eq", "::core::cmp::Eq"),
    ("Hash", "::core::hash::Hash"),
    ("Debug", "::core::fmt::Debug"),
];

/// The derive's name, as `lib.rs` declares it (an attribute takes no constant).
pub const DERIVE_NAME: &str = "ErrorTable";

/// The runtime's canonical table, whose rows a derived variant can stand for.
pub const CANONICAL: &str = "OsError";

/// The canonical table's catch-all: a variant of it, but no row a variant can stand for.
pub const CANONICAL_CATCH_ALL: &str = "Unlisted";

/// Defines [`Platform`] from one list of `Variant = "key", aliases [...];`: the variants
/// of the runtime's `Platform`, in its order, with the keys and aliases its `platforms!`
/// table gives them, which `platforms.rs` copies (`ERRTABLE_REGEN=1 cargo test -p
/// errtable-macros regen` writes it, and the same test without the variable fails when
/// the copy is stale).
macro_rules! platforms {
    ($($variant:ident = $key:literal, aliases [$($alias:literal),* $(,)?];)*) => {
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

            /// The other names the runtime's `Platform` parser accepts. A table writes the
            /// key; an alias gets a hint naming it.
            pub fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(Platform::$variant => &[$($alias),*],)*
                }
            }
        }
    };
}

include!("platforms.rs");

impl Platform {
    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL.iter().copied().find(|p| p.key() == key)
    }

    /// The platform `name` is another spelling of (its `Debug` name, or an alias, ignoring
    /// ASCII case, `-` and `_`, as the runtime's parser reads them), if it is one.
    pub fn spelled(name: &str) -> Option<Platform> {
        let normal = |s: &str| -> String {
            s.chars()
                .filter(|c| *c != '-' && *c != '_')
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let name = normal(name);
        Platform::ALL.iter().copied().find(|platform| {
            normal(platform.key()) == name
                || normal(platform.variant()) == name
                || platform.aliases().iter().any(|alias| normal(alias) == name)
        })
    }

    /// The hint for `name`, an unknown key, that is another spelling of a platform or
    /// the name of a family of them (`unix`, `bsd`), which no table writes: a family's
    /// members number their codes apart.
    pub fn alias_hint(name: &str) -> Option<String> {
        if let Some(members) = Platform::family(name) {
            let keys: Vec<&str> = members.iter().map(|platform| platform.key()).collect();
            return Some(format!(
                "; `{name}` names a family of platforms, whose codes differ: write a key for each platform, joined with `|`, as in `{}: …` (the platforms are {})",
                // The examples leave out the per-architecture keys (`linux_mips`).
                keys.iter()
                    .filter(|key| !key.contains('_'))
                    .take(3)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" | "),
                comma_list(&keys)
            ));
        }
        let platform = Platform::spelled(name)?;
        Some(format!(
            "; `{name}` is another name of the platform a table writes `{}`: write `{}`",
            platform.key(),
            platform.key()
        ))
    }

    /// The platforms a family name such as `unix` or `bsd` covers (ignoring ASCII
    /// case): the BSDs are the platforms whose key or alias says `bsd`; `unix` and
    /// `posix` are every platform but Windows.
    fn family(name: &str) -> Option<Vec<Platform>> {
        let name = name.to_ascii_lowercase();
        let says_bsd = |platform: &Platform| {
            platform.key().contains("bsd") || platform.aliases().iter().any(|a| a.contains("bsd"))
        };
        let members: Vec<Platform> = match name.as_str() {
            "bsd" | "bsds" => Platform::ALL.iter().copied().filter(says_bsd).collect(),
            "unix" | "posix" | "nix" => Platform::ALL
                .iter()
                .copied()
                .filter(|platform| *platform != Platform::Windows)
                .collect(),
            _ => return None,
        };
        Some(members)
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

/// `a, b, c`: the lists of names the messages give (a loop, where `[&str]::join` would
/// be one more instantiation of std's generic join beside `[String]`'s).
pub fn comma_list(names: &[&str]) -> String {
    let mut list = String::new();
    for name in names {
        if !list.is_empty() {
            list.push_str(", ");
        }
        list.push_str(name);
    }
    list
}

/// The class of a row that declares none.
pub const UNDECLARED_PERSISTENCE: &str = "Unknown";

/// The name an identifier spells, without `r#`: what `name()` and `from_name` use, and
/// what two names are compared by.
pub fn name_of(ident: &syn::Ident) -> String {
    syn::ext::IdentExt::unraw(ident).to_string()
}
