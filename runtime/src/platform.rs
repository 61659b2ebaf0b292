//! The platforms whose codes a table can list, and the one place that decides which of
//! them this program runs on.

use core::fmt;
use core::str::FromStr;

/// Defines [`Platform`] from one table, its only list of platforms: per platform, in
/// order, its doc comment, its variant, its [`key`](Platform::key) and its
/// [`aliases`](Platform::aliases). New platforms go at the end. The macros, which
/// cannot depend on this crate, read the keys and aliases from a copy that
/// `ERRTABLE_REGEN=1 cargo test -p errtable-macros regen` writes from this table.
macro_rules! platforms {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $key:literal, aliases [$($alias:literal),* $(,)?];
    )*) => {
        /// An operating system (and, for Linux, an architecture family) with its own error
        /// numbering.
        ///
        /// Every function of a generated table takes a `Platform` as a value, so code from
        /// any platform can be decoded on any host; only [`Platform::CURRENT`] looks at
        /// the target.
        ///
        /// ```
        /// use errtable::Platform;
        ///
        /// assert_eq!(Platform::LinuxMips.key(), "linux_mips");
        /// assert_eq!("macos".parse(), Ok(Platform::MacOs));
        /// assert_eq!("darwin".parse(), Ok(Platform::MacOs));
        /// assert_eq!("solaris".parse(), Ok(Platform::Illumos));
        /// ```
        ///
        /// Parsing takes the key, the `Debug` name and the [`aliases`](Platform::aliases)
        /// users type, ignoring case, `-` and `_`.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Platform {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Platform {
            /// Every platform, in declaration order.
            ///
            /// A slice, not an array: how many platforms there are is not part of its
            /// type, so adding one (with [`#[non_exhaustive]`](Platform) on the enum) is
            /// not a breaking change. New platforms are appended, so a platform's index in
            /// `ALL` never changes; serde writes a platform as its key.
            ///
            /// ```
            /// use errtable::Platform;
            ///
            /// assert_eq!(Platform::ALL[0], Platform::Windows);
            /// assert!(Platform::ALL.contains(&Platform::Wasi));
            /// for &platform in Platform::ALL {
            ///     assert_eq!(platform.key().parse(), Ok(platform));
            /// }
            /// ```
            pub const ALL: &'static [Platform] = &[$(Platform::$variant),*];

            /// The platform's stable lowercase key: the key a table writes in
            /// `error_table!`, and the spelling the `errtable` command and its JSON output
            /// use.
            ///
            /// ```
            /// assert_eq!(errtable::Platform::FreeBsd.key(), "freebsd");
            /// ```
            pub const fn key(self) -> &'static str {
                match self {
                    $(Platform::$variant => $key,)*
                }
            }

            /// Other names users give the platform, all accepted by
            /// [`FromStr`](#impl-FromStr-for-Platform): the names of its systems
            /// (`darwin`, `ios`, `solaris`) and, for a Linux architecture family, of its
            /// architectures (`mips`, `ppc64le`).
            ///
            /// Only names that stand for one numbering are aliases: `bsd` is not (the BSDs
            /// differ), nor `arm` or `x86_64` (Linux and macOS differ), nor `wasm32` (WASI
            /// and Emscripten differ).
            ///
            /// ```
            /// use errtable::Platform;
            ///
            /// assert!(Platform::MacOs.aliases().contains(&"darwin"));
            /// assert!(Platform::LinuxParisc.aliases().contains(&"hppa"));
            /// assert!(Platform::Illumos.aliases().contains(&"solaris"));
            /// assert_eq!(Platform::FreeBsd.aliases(), &[] as &[&str]);
            /// ```
            pub const fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(Platform::$variant => &[$($alias),*],)*
                }
            }
        }
    };
}

platforms! {
    /// Windows: the value `raw_os_error()` reports there (a Winsock or Win32 code).
    Windows = "windows", aliases ["win", "win32", "win64"];
    /// Linux with the generic errno numbering (x86, x86-64, arm, aarch64, riscv, s390x, …).
    Linux = "linux", aliases ["android"];
    /// Linux on alpha.
    LinuxAlpha = "linux_alpha", aliases ["alpha"];
    /// Linux on mips and mips64.
    LinuxMips = "linux_mips", aliases ["mips", "mips64", "mipsel", "mips64el"];
    /// Linux on parisc (hppa).
    LinuxParisc = "linux_parisc", aliases ["parisc", "parisc64", "hppa", "hppa64"];
    /// Linux on powerpc and powerpc64 (generic numbering but for `EDEADLOCK`).
    LinuxPowerpc = "linux_powerpc",
        aliases ["powerpc", "powerpc64", "powerpc64le", "ppc", "ppc64", "ppc64le"];
    /// Linux on sparc and sparc64.
    LinuxSparc = "linux_sparc", aliases ["sparc", "sparc64"];
    /// macOS (and the other Apple systems, which share its numbering).
    MacOs = "macos", aliases [
        "darwin", "osx", "macosx", "mac", "apple", "ios", "ipados", "tvos", "watchos",
        "visionos",
    ];
    /// FreeBSD.
    FreeBsd = "freebsd", aliases [];
    /// NetBSD.
    NetBsd = "netbsd", aliases [];
    /// OpenBSD.
    OpenBsd = "openbsd", aliases [];
    /// DragonFly BSD.
    DragonFly = "dragonfly", aliases ["dragonflybsd"];
    /// illumos, and Solaris, which shares its numbering.
    Illumos = "illumos", aliases ["solaris", "sunos"];
    /// AIX.
    Aix = "aix", aliases [];
    /// Haiku, whose error codes are negative numbers.
    Haiku = "haiku", aliases [];
    /// Redox (close to Linux's generic numbering, but not the same).
    Redox = "redox", aliases [];
    /// GNU/Hurd (glibc's numbering for the Hurd, not Linux's).
    Hurd = "hurd", aliases ["gnu"];
    /// Cygwin, and the systems whose C library is newlib (ESP-IDF, the 3DS, Vita, RTEMS):
    /// newlib's numbering, not the Windows codes beneath Cygwin.
    Cygwin = "cygwin", aliases [];
    /// WASI (`wasm32-wasip1`, `wasm32-wasip2`, …): the numbering of wasi-libc, which std
    /// reports there.
    Wasi = "wasi", aliases ["wasip1", "wasip2", "wasm32_wasi"];
    /// Emscripten (close to WASI's numbering, but not the same).
    Emscripten = "emscripten", aliases [];
}

impl Platform {
    /// The platform this program was compiled for, or `None` on a system whose numbering
    /// errtable does not know (its raw codes then decode to [`Unlisted::Raw`]).
    ///
    /// `None` on QNX Neutrino, VxWorks, UEFI, `wasm32-unknown-unknown`, bare metal and
    /// every other target whose OS codes errtable has no column for. The README's
    /// [Platforms and targets](https://github.com/errtable/errtable#platforms-and-targets)
    /// section lists every built-in target with the platform it picks and why; a test
    /// holds that list to what this constant is on each target.
    ///
    /// ```
    /// #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    /// assert_eq!(errtable::Platform::CURRENT, Some(errtable::Platform::Linux));
    /// ```
    ///
    /// [`Unlisted::Raw`]: crate::Unlisted::Raw
    pub const CURRENT: Option<Platform> = current();
}

/// Defines `current()` from a table of `Platform if cfg(predicate);` lines: the first
/// line whose predicate holds for the target wins, and no line gives `None`.
///
/// The table below is the only place in errtable that looks at the compilation target.
/// `tests/targets.rs` reads it from this file and evaluates it for every target that
/// `rustc --print target-list` names, so the choice it checks is the one that compiles.
macro_rules! current_platform {
    ($($platform:ident if cfg($($predicate:tt)*);)*) => {
        const fn current() -> Option<Platform> {
            $(
                if cfg!($($predicate)*) {
                    return Some(Platform::$platform);
                }
            )*
            None
        }
    };
}

// Rust has no alpha or parisc target, so `LinuxAlpha` and `LinuxParisc` are never current;
// they exist for decoding codes that come from such systems. Fuchsia and Hermit use the
// generic Linux numbers (their libc, and hermit-abi). The systems on newlib (ESP-IDF,
// the 3DS's Horizon, Vita, RTEMS) number errors as Cygwin does: Cygwin's header is
// newlib's, with a few names more.
current_platform! {
    Windows if cfg(windows);
    LinuxMips if cfg(all(
        any(target_os = "linux", target_os = "android"),
        any(
            target_arch = "mips",
            target_arch = "mips64",
            target_arch = "mips32r6",
            target_arch = "mips64r6"
        )
    ));
    LinuxPowerpc if cfg(all(
        any(target_os = "linux", target_os = "android"),
        any(target_arch = "powerpc", target_arch = "powerpc64")
    ));
    LinuxSparc if cfg(all(
        any(target_os = "linux", target_os = "android"),
        any(target_arch = "sparc", target_arch = "sparc64")
    ));
    Linux if cfg(any(
        target_os = "linux",
        target_os = "android",
        target_os = "fuchsia",
        target_os = "hermit"
    ));
    MacOs if cfg(target_vendor = "apple");
    FreeBsd if cfg(target_os = "freebsd");
    NetBsd if cfg(target_os = "netbsd");
    OpenBsd if cfg(target_os = "openbsd");
    DragonFly if cfg(target_os = "dragonfly");
    Illumos if cfg(any(target_os = "illumos", target_os = "solaris"));
    Aix if cfg(target_os = "aix");
    Haiku if cfg(target_os = "haiku");
    Redox if cfg(target_os = "redox");
    Hurd if cfg(target_os = "hurd");
    Cygwin if cfg(any(target_os = "cygwin", target_env = "newlib"));
    Wasi if cfg(target_os = "wasi");
    Emscripten if cfg(target_os = "emscripten");
}

impl fmt::Display for Platform {
    /// Writes the platform's [`key`](Platform::key).
    ///
    /// ```
    /// assert_eq!(errtable::Platform::LinuxMips.to_string(), "linux_mips");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The error of parsing a [`Platform`] from a string that is none of its spellings.
///
/// Its message lists every key and alias, so a user who mistyped one sees what to write.
///
/// ```
/// let err = "plan9".parse::<errtable::Platform>().unwrap_err();
/// assert!(err.to_string().contains("linux_mips"));
/// assert!(err.to_string().contains("darwin"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct UnknownPlatform;

impl fmt::Display for UnknownPlatform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown platform; expected one of")?;
        for (n, platform) in Platform::ALL.iter().enumerate() {
            let separator = if n == 0 { " " } else { ", " };
            write!(f, "{separator}{}", platform.key())?;
            if let [first, rest @ ..] = platform.aliases() {
                write!(f, " ({first}")?;
                rest.iter().try_for_each(|alias| write!(f, ", {alias}"))?;
                f.write_str(")")?;
            }
        }
        // Say why a system the user knows is missing instead of leaving them to guess.
        f.write_str(
            "; other systems (QNX, VxWorks, …) number errors their own way and are not listed",
        )
    }
}

impl crate::compat::Error for UnknownPlatform {}

impl FromStr for Platform {
    type Err = UnknownPlatform;

    /// Accepts a platform's [`key`](Platform::key), its `Debug` name (`LinuxMips`) or one
    /// of its [`aliases`](Platform::aliases), ignoring ASCII case, `-` and `_`; an alias of
    /// a Linux architecture may also follow `linux` (`linux-ppc64`).
    ///
    /// ```
    /// use errtable::Platform;
    ///
    /// for spelling in ["linux_mips", "linux-mips", "LinuxMips", "LINUX_MIPS", "mips", "linux-mips64"] {
    ///     assert_eq!(spelling.parse(), Ok(Platform::LinuxMips), "{spelling}");
    /// }
    /// assert_eq!("darwin".parse(), Ok(Platform::MacOs));
    /// assert_eq!("Win32".parse(), Ok(Platform::Windows));
    /// // Ambiguous: OpenBSD and NetBSD number many errors unlike FreeBSD.
    /// assert!("bsd".parse::<Platform>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Platform::ALL
            .iter()
            .copied()
            .find(|platform| platform.is_spelled(s))
            .ok_or(UnknownPlatform)
    }
}

impl Platform {
    /// Whether `s` is one of this platform's spellings (see `FromStr`).
    fn is_spelled(self, s: &str) -> bool {
        let arch = match (self.key().strip_prefix("linux_"), strip_linux(s)) {
            (Some(_), Some(arch)) => Some(arch),
            _ => None,
        };
        same_name(self.key(), s)
            || self
                .aliases()
                .iter()
                .any(|alias| same_name(alias, s) || arch.is_some_and(|arch| same_name(alias, arch)))
    }
}

/// `s` without a leading `linux` (in any case), if it has one and more follows.
fn strip_linux(s: &str) -> Option<&str> {
    match (s.get(..5), s.get(5..)) {
        (Some(head), Some(rest)) if head.eq_ignore_ascii_case("linux") && !rest.is_empty() => {
            Some(rest)
        }
        _ => None,
    }
}

/// Whether `name` and `s` are equal ignoring ASCII case, `-` and `_`.
fn same_name(name: &str, s: &str) -> bool {
    let significant = |b: &u8| *b != b'-' && *b != b'_';
    let name = name.bytes().filter(significant);
    let s = s
        .bytes()
        .filter(significant)
        .map(|b| b.to_ascii_lowercase());
    name.eq(s)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;
    use std::string::ToString;

    use super::Platform;

    #[test]
    fn every_spelling_parses_to_its_platform_only() {
        for &platform in Platform::ALL {
            let debug = format!("{platform:?}");
            let dashed = platform.key().replace('_', "-");
            let upper = platform.key().to_ascii_uppercase();
            let spellings = [platform.key(), &debug, &dashed, &upper];
            for spelling in spellings
                .into_iter()
                .chain(platform.aliases().iter().copied())
            {
                assert_eq!(spelling.parse(), Ok(platform), "{spelling}");
            }
        }
    }

    #[test]
    fn linux_architectures_parse_after_linux() {
        for &platform in Platform::ALL {
            for alias in platform.aliases() {
                let prefixed = format!("linux-{alias}");
                let parsed = prefixed.parse::<Platform>();
                match platform.key().starts_with("linux_") {
                    true => assert_eq!(parsed, Ok(platform), "{prefixed}"),
                    false => assert!(parsed.is_err(), "{prefixed}"),
                }
            }
        }
    }

    #[test]
    fn near_misses_are_rejected() {
        let rejected = [
            "",
            " ",
            "-",
            "_",
            "linux mips",
            " linux",
            "linuxx",
            "bsd",
            "wasm32",
            "wasip3x",
            "solaris10",
            "qnx",
            "vxworks",
            "arm",
            "x86_64",
            "aarch64",
            "windows10",
            "linux-win32",
            "linux-linux",
            "mips\u{0}",
            "ｍｉｐｓ",
            "MİPS",
        ];
        for spelling in rejected {
            assert!(spelling.parse::<Platform>().is_err(), "{spelling:?}");
        }
    }

    #[test]
    fn the_error_names_every_key_and_alias() {
        let message = "plan9".parse::<Platform>().unwrap_err().to_string();
        for &platform in Platform::ALL {
            assert!(message.contains(platform.key()), "{message}");
            for alias in platform.aliases() {
                assert!(message.contains(alias), "{alias} in {message}");
            }
        }
    }
}
