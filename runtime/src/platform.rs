//! The platforms whose codes a table can list, and the one place that decides which of
//! them this program runs on.

use core::fmt;
use core::str::FromStr;

/// An operating system (and, for Linux, an architecture family) with its own error
/// numbering.
///
/// Every function of a generated table takes a `Platform` as a value, so code from any
/// platform can be decoded on any host; only [`Platform::CURRENT`] looks at the target.
///
/// ```
/// use errtable::Platform;
///
/// assert_eq!(Platform::LinuxMips.key(), "linux_mips");
/// assert_eq!("macos".parse(), Ok(Platform::MacOs));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Platform {
    /// Windows: the value `raw_os_error()` reports there (a Winsock or Win32 code).
    Windows,
    /// Linux with the generic errno numbering (x86, x86-64, arm, aarch64, riscv, s390x, …).
    Linux,
    /// Linux on alpha.
    LinuxAlpha,
    /// Linux on mips and mips64.
    LinuxMips,
    /// Linux on parisc (hppa).
    LinuxParisc,
    /// Linux on powerpc and powerpc64 (generic numbering but for `EDEADLOCK`).
    LinuxPowerpc,
    /// Linux on sparc and sparc64.
    LinuxSparc,
    /// macOS (and the other Apple systems, which share its numbering).
    MacOs,
    /// FreeBSD.
    FreeBsd,
}

impl Platform {
    /// Every platform, in declaration order.
    ///
    /// ```
    /// assert_eq!(errtable::Platform::ALL.len(), 9);
    /// ```
    pub const ALL: [Platform; 9] = [
        Platform::Windows,
        Platform::Linux,
        Platform::LinuxAlpha,
        Platform::LinuxMips,
        Platform::LinuxParisc,
        Platform::LinuxPowerpc,
        Platform::LinuxSparc,
        Platform::MacOs,
        Platform::FreeBsd,
    ];

    /// The platform this program was compiled for, or `None` on a system whose numbering
    /// errtable does not know (its raw codes then decode to [`Unlisted::Raw`]).
    ///
    /// ```
    /// #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    /// assert_eq!(errtable::Platform::CURRENT, Some(errtable::Platform::Linux));
    /// ```
    ///
    /// [`Unlisted::Raw`]: crate::Unlisted::Raw
    pub const CURRENT: Option<Platform> = current();

    /// The platform's stable lowercase key: the key a table writes in `error_table!`, and
    /// the spelling the `lookup` example and JSON output use.
    ///
    /// ```
    /// assert_eq!(errtable::Platform::FreeBsd.key(), "freebsd");
    /// ```
    pub const fn key(self) -> &'static str {
        match self {
            Platform::Windows => "windows",
            Platform::Linux => "linux",
            Platform::LinuxAlpha => "linux_alpha",
            Platform::LinuxMips => "linux_mips",
            Platform::LinuxParisc => "linux_parisc",
            Platform::LinuxPowerpc => "linux_powerpc",
            Platform::LinuxSparc => "linux_sparc",
            Platform::MacOs => "macos",
            Platform::FreeBsd => "freebsd",
        }
    }
}

/// Picks the current platform. This is the only place in errtable that looks at the
/// compilation target.
const fn current() -> Option<Platform> {
    if cfg!(windows) {
        Some(Platform::Windows)
    } else if cfg!(any(target_os = "linux", target_os = "android")) {
        Some(current_linux())
    } else if cfg!(target_vendor = "apple") {
        Some(Platform::MacOs)
    } else if cfg!(target_os = "freebsd") {
        Some(Platform::FreeBsd)
    } else {
        None
    }
}

// Rust has no alpha or parisc target, so `LinuxAlpha` and `LinuxParisc` are never current;
// they exist for decoding codes that come from such systems.
const fn current_linux() -> Platform {
    if cfg!(any(
        target_arch = "mips",
        target_arch = "mips64",
        target_arch = "mips32r6",
        target_arch = "mips64r6"
    )) {
        Platform::LinuxMips
    } else if cfg!(any(target_arch = "powerpc", target_arch = "powerpc64")) {
        Platform::LinuxPowerpc
    } else if cfg!(any(target_arch = "sparc", target_arch = "sparc64")) {
        Platform::LinuxSparc
    } else {
        Platform::Linux
    }
}

impl fmt::Display for Platform {
    /// Writes the platform's [`key`](Platform::key).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The error of parsing a [`Platform`] from a string that is not one of the keys.
///
/// ```
/// assert!("plan9".parse::<errtable::Platform>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct UnknownPlatform;

impl fmt::Display for UnknownPlatform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown platform; expected one of windows, linux, linux_alpha, linux_mips, linux_parisc, linux_powerpc, linux_sparc, macos, freebsd")
    }
}

impl core::error::Error for UnknownPlatform {}

impl FromStr for Platform {
    type Err = UnknownPlatform;

    /// Accepts a [`key`](Platform::key), with `-` in place of `_` too, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Platform::ALL
            .into_iter()
            .find(|p| same_key(p.key(), s))
            .ok_or(UnknownPlatform)
    }
}

fn same_key(key: &str, s: &str) -> bool {
    key.len() == s.len()
        && key
            .bytes()
            .zip(s.bytes())
            .all(|(k, c)| k == c.to_ascii_lowercase() || (k == b'_' && c == b'-'))
}
