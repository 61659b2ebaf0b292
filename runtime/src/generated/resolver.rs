// @generated from the `error_table!` in runtime/src/resolver.rs by `ERRTABLE_REGEN=1 cargo test -p errtable-macros regen`.
// Do not edit: change the table there and run that command.

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
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum ResolveError {
    /// Bad value for ai_flags (`EAI_BADFLAGS`).
    #[doc(alias("EAI_BADFLAGS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_BADFLAGS` | 10022 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_BADFLAGS` | -1 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_BADFLAGS` | 3 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    BadFlags,
    /// Name or service not known (`EAI_NONAME`).
    #[doc(alias("EAI_NONAME"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_NONAME` | 11001 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_NONAME` | -2 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_NONAME` | 8 |

Kind: `io::ErrorKind::NotFound`. Persistence: `Persistence::Permanent`.*/
    NoName,
    /// Temporary failure in name resolution (`EAI_AGAIN`).
    #[doc(alias("EAI_AGAIN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_AGAIN` | 11002 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_AGAIN` | -3 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_AGAIN` | 2 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TryAgain,
    /// Non-recoverable failure in name resolution (`EAI_FAIL`).
    #[doc(alias("EAI_FAIL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_FAIL` | 11003 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_FAIL` | -4 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_FAIL` | 4 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoRecovery,
    /// No address associated with hostname (`EAI_NODATA`).
    #[doc(alias("EAI_NODATA"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_NODATA` | 11004 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi` | `EAI_NODATA` | -5 |
| `macos`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_NODATA` | 7 |

Kind: `io::ErrorKind::NotFound`. Persistence: `Persistence::Permanent`.*/
    NoData,
    /// ai_family not supported (`EAI_FAMILY`).
    #[doc(alias("EAI_FAMILY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_FAMILY` | 10047 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_FAMILY` | -6 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_FAMILY` | 5 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    FamilyNotSupported,
    /// ai_socktype not supported (`EAI_SOCKTYPE`).
    #[doc(alias("EAI_SOCKTYPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_SOCKTYPE` | 10044 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_SOCKTYPE` | -7 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_SOCKTYPE` | 10 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    SocketTypeNotSupported,
    /// Servname not supported for ai_socktype (`EAI_SERVICE`).
    #[doc(alias("EAI_SERVICE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_SERVICE` | 10109 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_SERVICE` | -8 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_SERVICE` | 9 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    ServiceNotSupported,
    /// Address family for hostname not supported (`EAI_ADDRFAMILY`).
    #[doc(alias("EAI_ADDRFAMILY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi` | `EAI_ADDRFAMILY` | -9 |
| `macos`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_ADDRFAMILY` | 1 |

Kind: `io::ErrorKind::NotFound`. Persistence: `Persistence::Permanent`.*/
    NoAddressInFamily,
    /// Memory allocation failure (`EAI_MEMORY`).
    #[doc(alias("EAI_MEMORY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_MEMORY` | 8 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_MEMORY` | -10 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_MEMORY` | 6 |

Kind: `io::ErrorKind::OutOfMemory`. Persistence: `Persistence::Transient`.*/
    OutOfMemory,
    /// System error (`EAI_SYSTEM`).
    #[doc(alias("EAI_SYSTEM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `openbsd`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_SYSTEM` | -11 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `illumos`, `haiku`, `cygwin` | `EAI_SYSTEM` | 11 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    System,
    /// Result too large for supplied buffer (`EAI_OVERFLOW`).
    #[doc(alias("EAI_OVERFLOW"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `redox`, `hurd`, `wasi`, `emscripten` | `EAI_OVERFLOW` | -12 |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `haiku`, `cygwin` | `EAI_OVERFLOW` | 14 |
| `openbsd` | `EAI_OVERFLOW` | -14 |
| `illumos` | `EAI_OVERFLOW` | 12 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    Overflow,
    /// Invalid value for hints (`EAI_BADHINTS`).
    #[doc(alias("EAI_BADHINTS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `haiku`, `cygwin` | `EAI_BADHINTS` | 12 |
| `openbsd` | `EAI_BADHINTS` | -12 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    BadHints,
    /// Resolved protocol is unknown (`EAI_PROTOCOL`).
    #[doc(alias("EAI_PROTOCOL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `dragonfly`, `haiku`, `cygwin` | `EAI_PROTOCOL` | 13 |
| `openbsd` | `EAI_PROTOCOL` | -13 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    ProtocolNotSupported,
    /// Processing request in progress (`EAI_INPROGRESS`).
    #[doc(alias("EAI_INPROGRESS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `hurd`, `wasi` | `EAI_INPROGRESS` | -100 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    InProgress,
    /// Request canceled (`EAI_CANCELED`).
    #[doc(alias("EAI_CANCELED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `hurd`, `wasi` | `EAI_CANCELED` | -101 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    Canceled,
    /// Request not canceled (`EAI_NOTCANCELED`).
    #[doc(alias("EAI_NOTCANCELED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `hurd`, `wasi` | `EAI_NOTCANCELED` | -102 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    NotCanceled,
    /// All requests done (`EAI_ALLDONE`).
    #[doc(alias("EAI_ALLDONE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `hurd`, `wasi` | `EAI_ALLDONE` | -103 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    AllDone,
    /// Interrupted by a signal (`EAI_INTR`).
    #[doc(alias("EAI_INTR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `hurd`, `wasi` | `EAI_INTR` | -104 |

Kind: `io::ErrorKind::Interrupted`. Persistence: `Persistence::Transient`.*/
    Interrupted,
    /// Parameter string not correctly encoded (`EAI_IDN_ENCODE`).
    #[doc(alias("EAI_IDN_ENCODE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `hurd`, `wasi` | `EAI_IDN_ENCODE` | -105 |
| `cygwin` | `EAI_IDN_ENCODE` | 15 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    IdnEncode,
    /// No such host is known securely (`EAI_NOSECURENAME`).
    #[doc(alias("EAI_NOSECURENAME"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_NOSECURENAME` | 11032 |

Kind: `io::ErrorKind::NotFound`. Persistence: `Persistence::Permanent`.*/
    NoSecureName,
    /// Name based IPSEC policy could not be added (`EAI_IPSECPOLICY`).
    #[doc(alias("EAI_IPSECPOLICY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `EAI_IPSECPOLICY` | 11033 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    IpsecPolicy,
}
#[allow(
    deprecated,
    dead_code,
    forgetting_copy_types,
    unreachable_patterns,
    clippy::forget_non_drop,
    clippy::large_const_arrays,
    clippy::match_same_arms,
    clippy::same_name_method,
    clippy::too_many_lines,
    clippy::trivially_copy_pass_by_ref,
    clippy::unreadable_literal
)]
const _: () = {
    fn found() {}
    fn code() {}
    fn row() {}
    fn value() {}
    fn platform() {}
    fn name() {}
    fn index() {}
    fn symbol() {}
    fn unlisted() {}
    fn error() {}
    fn f() {}
    fn from() {}
    fn to() {}
    fn kept() {}
    fn p() {}
    fn description() {}
    fn first() {}
    fn serializer() {}
    fn deserializer() {}
    fn entries() {}
    fn start() {}
    fn end() {}
    fn head() {}
    fn part() {}
    fn length() {}
    fn text() {}
    impl ResolveError {
        ///Every row of the table, in table order (the catch-all is not a row).
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert!(matches!(ResolveError::ALL.first(), Some(ResolveError::BadFlags)));
```*/
        pub const ALL: &[Self] = &__ALL;
        /// The variant's name, as the table writes it.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::BadFlags.name(), "BadFlags");
```*/
        pub const fn name(&self) -> &'static ::core::primitive::str {
            __name(__index(self))
        }
        ///The short message that `Display` prints.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::BadFlags.message(), "Bad value for ai_flags");
```*/
        pub const fn message(&self) -> &'static ::core::primitive::str {
            __message(__index(self))
        }
        ///The longer description, where the table gives one.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::BadFlags.description(), Some("The hints passed to getaddrinfo or getnameinfo hold a flag the resolver does not know or a combination it rejects, such as AI_CANONNAME without a host name. The call is wrong, not the name: fix the flags. On Windows the code is WSAEINVAL."));
```*/
        pub const fn description(
            &self,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            match __DESCRIPTION[__index(self)] {
                description if <::core::primitive::str>::is_empty(description) => {
                    ::core::option::Option::None
                }
                description => ::core::option::Option::Some(description),
            }
        }
        ///Whether, and how, the operation may succeed if made again: the row's `persistence:`, `Unknown` where it gives none and for the catch-all.
        #[inline]
        #[must_use]
        pub const fn persistence(&self) -> ::errtable::__private::Persistence {
            __PERSISTENCE[__index(self)]
        }
        ///The code on `platform` (the primary number where there are several), if any. The catch-all's is the code it keeps, if `decode(platform, code)` keeps it so: an OS error kept from an `io::Error` of a platform whose codes in the table are not the OS's (`os_error_codes`) is no code of the table there.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::BadFlags.code(Platform::Windows), Some(10022));
```*/
        pub const fn code(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> ::core::option::Option<::core::primitive::i32> {
            __code(__index(self), platform)
        }
        ///The symbolic name on `platform`, such as `ECONNREFUSED`, if any.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::BadFlags.symbol(Platform::Windows), Some("EAI_BADFLAGS"));
```*/
        pub const fn symbol(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            __symbol_of(__index(self), platform)
        }
        ///The other names `platform` gives this row, such as `EWOULDBLOCK` for `EAGAIN`.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::BadFlags.aliases(Platform::Windows), &[] as &[&str]);
```*/
        pub const fn aliases(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> &'static [&'static ::core::primitive::str] {
            __aliases(__index(self), platform)
        }
        ///Every name of the row on `platform` with the number it stands for, primary first, as `[("EDEADLK", 35), ("EDEADLOCK", 58)]` on `LinuxPowerpc`.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::BadFlags.names(Platform::Windows), &[("EAI_BADFLAGS", 10022)] as &[(&str, i32)]);
```*/
        pub const fn names(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
            __names(__index(self), platform)
        }
        ///The row that `code` stands for on `platform`, if the table lists it.
        #[inline(always)]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert!(matches!(ResolveError::from_code(Platform::Windows, 10022), Some(ResolveError::BadFlags)));
```*/
        pub const fn from_code(
            platform: ::errtable::__private::Platform,
            code: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            __decode(platform, code)
        }
        /// The code on `to` of what `code` means on `from`, if both have it.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::translate(10022, Platform::Windows, Platform::Windows), ResolveError::BadFlags.code(Platform::Windows));
```*/
        pub const fn translate(
            code: ::core::primitive::i32,
            from: ::errtable::__private::Platform,
            to: ::errtable::__private::Platform,
        ) -> ::core::option::Option<::core::primitive::i32> {
            let found = __decode(from, code);
            let index = match &found {
                ::core::option::Option::Some(row) => __index(row),
                ::core::option::Option::None => __COUNT,
            };
            ::core::mem::forget(found);
            match index {
                __COUNT => ::core::option::Option::None,
                index => __code(index, to),
            }
        }
        /// The code on the platform this program runs on, as `io::Error::raw_os_error`
        /// reports it. A row has one only where the table's codes here are the OS's
        /// (`os_error_codes`); the catch-all has the OS error code it keeps, wherever it
        /// came from (an `io::Error` of this platform keeps its raw code even where the
        /// table's codes are not this OS's, and converts back to it).
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
// The code on the platform this runs on, where the table's codes are its OS's.
if let Some(code) = ResolveError::BadFlags.raw_os_error() {
    assert_eq!(Platform::CURRENT.and_then(|platform| ResolveError::BadFlags.code(platform)), Some(code));
}
```*/
        pub const fn raw_os_error(
            &self,
        ) -> ::core::option::Option<::core::primitive::i32> {
            __raw_os_error_of(self)
        }
        /// The row that `code`, a raw OS code of this platform, stands for, if listed.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
if let Some(code) = ResolveError::BadFlags.raw_os_error() {
    assert!(ResolveError::from_raw_os_error(code).is_some());
}
```*/
        pub const fn from_raw_os_error(
            code: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            match __OS_CODES_CURRENT {
                ::core::option::Option::Some(platform) => __decode(platform, code),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
        /// The row a name stands for: a symbol or alias of any platform, or the
        /// variant's own name. Case matters (`from_name_ignore_case` ignores it).
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert!(matches!(ResolveError::from_name("BadFlags"), Some(ResolveError::BadFlags)));
```*/
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __by_name(name)
        }
        /// The row a name stands for as `from_name` finds it, ignoring ASCII case only
        /// (`econnrefused` finds `ECONNREFUSED`; other letters must match exactly). No two
        /// rows have names that differ only in case (the macro rejects them), so a name
        /// finds one row either way.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert!(matches!(ResolveError::from_name_ignore_case("badflags"), Some(ResolveError::BadFlags)));
```*/
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __row(__by_name_ignore_case(name))
        }
        ::errtable::__private::std_only! {
            #[doc =
            "The row an `io::Error` stands for: by its raw OS code if it has one (no row, where the table's codes are not this OS's: `os_error_codes`), else the value it wraps; the innermost of nested `io::Error`s counts. An error with neither is no row: its kind alone does not say which (`io::Error::from(ErrorKind::TimedOut)` may come from a timer); match on `kind()` for those."]
            #[inline] #[must_use] #[doc =
            "\n# Example\n\n```\nuse errtable::{ResolveError, Platform};\nlet error = std::io::Error::from(ResolveError::BadFlags);\nassert!(matches!(ResolveError::from_io_error(&error), Some(ResolveError::BadFlags)));\n```"]
            pub fn from_io_error(error : & ::errtable::__private::io::Error) ->
            ::core::option::Option < Self > { __from_io_error(error) } #[doc =
            "The `std::io::ErrorKind` this row corresponds to.\n\nBuilt by a Rust older than the kind (1.83 for most of the kinds std stabilized for OS errors, such as `NotADirectory` and `HostUnreachable`; 1.85 for `QuotaExceeded`; 1.87 for `InvalidFilename`), which cannot name it, `kind()` is `ErrorKind::Other` for those rows instead."]
            #[inline] #[must_use] #[doc =
            "\n# Example\n\n```\nuse errtable::{ResolveError, Platform};\nassert_eq!(ResolveError::BadFlags.kind(), std::io::ErrorKind::InvalidInput);\n```"]
            pub fn kind(& self) -> ::errtable::__private::io::ErrorKind { __kind_of(self)
            }
        }
        ///The exact symbol of `code` on `platform`: of the names of the row that `code` decodes to there, the first with that number, so the primary symbol where several names share it (`EAGAIN`, not `EWOULDBLOCK`, for Linux's 11), and the decoding row's where a number is two rows' (`=> Row`). `None` for a code no row lists. Unlike `symbol()`, which gives a row's primary symbol, this keeps which of a row's codes `code` was (in `errtable::OsError`, `BrokenPipe` has the Windows codes 109 and 232, which give `ERROR_BROKEN_PIPE` and `ERROR_NO_DATA`).
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{ResolveError, Platform};
assert_eq!(ResolveError::symbol_of(Platform::Windows, 10022), Some("EAI_BADFLAGS"));
assert_eq!(ResolveError::symbol_of(Platform::Windows, 11034), None);
```*/
        pub const fn symbol_of(
            platform: ::errtable::__private::Platform,
            code: ::core::primitive::i32,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            __symbol_of_code(platform, code)
        }
    }
    const __COUNT: ::core::primitive::usize = 23;
    #[inline]
    const fn __index(value: &ResolveError) -> ::core::primitive::usize {
        match *value {
            ResolveError::BadFlags => 0,
            ResolveError::NoName => 1,
            ResolveError::TryAgain => 2,
            ResolveError::NoRecovery => 3,
            ResolveError::NoData => 4,
            ResolveError::FamilyNotSupported => 5,
            ResolveError::SocketTypeNotSupported => 6,
            ResolveError::ServiceNotSupported => 7,
            ResolveError::NoAddressInFamily => 8,
            ResolveError::OutOfMemory => 9,
            ResolveError::System => 10,
            ResolveError::Overflow => 11,
            ResolveError::BadHints => 12,
            ResolveError::ProtocolNotSupported => 13,
            ResolveError::InProgress => 14,
            ResolveError::Canceled => 15,
            ResolveError::NotCanceled => 16,
            ResolveError::AllDone => 17,
            ResolveError::Interrupted => 18,
            ResolveError::IdnEncode => 19,
            ResolveError::NoSecureName => 20,
            ResolveError::IpsecPolicy => 21,
        }
    }
    const __ALL: [ResolveError; 22] = [
        ResolveError::BadFlags,
        ResolveError::NoName,
        ResolveError::TryAgain,
        ResolveError::NoRecovery,
        ResolveError::NoData,
        ResolveError::FamilyNotSupported,
        ResolveError::SocketTypeNotSupported,
        ResolveError::ServiceNotSupported,
        ResolveError::NoAddressInFamily,
        ResolveError::OutOfMemory,
        ResolveError::System,
        ResolveError::Overflow,
        ResolveError::BadHints,
        ResolveError::ProtocolNotSupported,
        ResolveError::InProgress,
        ResolveError::Canceled,
        ResolveError::NotCanceled,
        ResolveError::AllDone,
        ResolveError::Interrupted,
        ResolveError::IdnEncode,
        ResolveError::NoSecureName,
        ResolveError::IpsecPolicy,
    ];
    /// The row at `index`; `None` past the last row (the catch-all's slot).
    #[inline]
    const fn __row(
        index: ::core::primitive::usize,
    ) -> ::core::option::Option<ResolveError> {
        match ::errtable::__private::split_slice(&__ALL, index) {
            ::core::option::Option::Some((_, [row, ..])) => {
                ::core::option::Option::Some(*row)
            }
            _ => ::core::option::Option::None,
        }
    }
    /// Entry `start..end` of a text column, without a panic path (empty if out of
    /// range or off a char boundary, which the offsets never are).
    #[inline]
    const fn __text(
        text: &'static ::core::primitive::str,
        start: ::core::primitive::usize,
        end: ::core::primitive::usize,
    ) -> &'static ::core::primitive::str {
        ::errtable::__private::text_part(text, start, end)
    }
    const __NAME_TEXT: &::core::primitive::str = "BadFlagsNoNameTryAgainNoRecoveryNoDataFamilyNotSupportedSocketTypeNotSupportedServiceNotSupportedNoAddressInFamilyOutOfMemorySystemOverflowBadHintsProtocolNotSupportedInProgressCanceledNotCanceledAllDoneInterruptedIdnEncodeNoSecureNameIpsecPolicy";
    const __NAME_START: [::core::primitive::u16; __COUNT + 1] = [
        0, 8, 14, 22, 32, 38, 56, 78, 97, 114, 125, 131, 139, 147, 167, 177, 185, 196,
        203, 214, 223, 235, 246, 246,
    ];
    const __MESSAGE_TEXT: &::core::primitive::str = "Bad value for ai_flagsName or service not knownTemporary failure in name resolutionNon-recoverable failure in name resolutionNo address associated with hostnameai_family not supportedai_socktype not supportedServname not supported for ai_socktypeAddress family for hostname not supportedMemory allocation failureSystem errorResult too large for supplied bufferInvalid value for hintsResolved protocol is unknownProcessing request in progressRequest canceledRequest not canceledAll requests doneInterrupted by a signalParameter string not correctly encodedNo such host is known securelyName based IPSEC policy could not be addedUnknown error";
    const __MESSAGE_START: [::core::primitive::u16; __COUNT + 1] = [
        0, 22, 47, 83, 125, 160, 183, 208, 246, 287, 312, 324, 360, 383, 411, 441, 457,
        477, 494, 517, 555, 585, 627, 640,
    ];
    #[inline]
    const fn __name(index: ::core::primitive::usize) -> &'static ::core::primitive::str {
        __text(
            __NAME_TEXT,
            __NAME_START[index] as ::core::primitive::usize,
            __NAME_START[index + 1] as ::core::primitive::usize,
        )
    }
    #[inline]
    const fn __message(
        index: ::core::primitive::usize,
    ) -> &'static ::core::primitive::str {
        __text(
            __MESSAGE_TEXT,
            __MESSAGE_START[index] as ::core::primitive::usize,
            __MESSAGE_START[index + 1] as ::core::primitive::usize,
        )
    }
    const __DESCRIPTION: [&::core::primitive::str; __COUNT] = [
        "The hints passed to getaddrinfo or getnameinfo hold a flag the resolver does not know or a combination it rejects, such as AI_CANONNAME without a host name. The call is wrong, not the name: fix the flags. On Windows the code is WSAEINVAL.",
        "No host or service by that name is known to the sources consulted (hosts file, DNS, other name services), or a name was given where AI_NUMERICHOST or AI_NUMERICSERV asked for a number, or neither a host nor a service was given. Check the spelling and the resolver configuration; asking again gives the same answer. h_errno calls this HOST_NOT_FOUND; on Windows it is WSAHOST_NOT_FOUND.",
        "The resolver could not get an answer right now: the name server did not reply in time, answered with a server failure, or could not be reached at all. Asking again later may work. h_errno calls this TRY_AGAIN; on Windows it is WSATRY_AGAIN.",
        "The lookup failed for good: a name server refused the query or answered with an error that retrying will not change. h_errno calls this NO_RECOVERY; on Windows it is WSANO_RECOVERY.",
        "The name exists but has no address of the kind asked for, for example a DNS name with only MX records. h_errno calls this NO_DATA (NO_ADDRESS); on Windows it is WSANO_DATA. FreeBSD's header leaves it out (RFC 3493 dropped it).",
        "The address family in the hints (or in the address given to getnameinfo) is one the resolver does not handle. Use AF_INET, AF_INET6 or AF_UNSPEC. On Windows the code is WSAEAFNOSUPPORT.",
        "The socket type in the hints is one the resolver does not handle. Use SOCK_STREAM, SOCK_DGRAM or 0. On Windows the code is WSAESOCKTNOSUPPORT.",
        "The service is unknown, or known but not for the socket type asked for (a service with no entry for that protocol, or any service with SOCK_RAW). Check the service name or pass a port number. On Windows the code is WSATYPE_NOT_FOUND.",
        "The host has addresses, but none of the family asked for, such as an IPv6-only host looked up with AF_INET; glibc also reports it for a numeric address of the other family with AI_NUMERICHOST. Ask for AF_UNSPEC or the other family.",
        "The resolver could not allocate the memory it needed. Free memory and try again. On Windows the code is WSA_NOT_ENOUGH_MEMORY.",
        "A system call inside the resolver failed and errno holds the reason: read errno right after the call (LookupError::from_gai does). Rust's std returns that errno as the io::Error itself. Windows has no such code: its resolver returns the Winsock error directly.",
        "A buffer given to getnameinfo is too small for the host or service name. Pass larger buffers (NI_MAXHOST and NI_MAXSERV bytes). glibc before 2.38 has no text for this code (its gai_strerror says \"Unknown error\"); the BSDs say \"Argument buffer overflow\".",
        "The hints structure given to getaddrinfo holds a value the BSD resolver rejects in a field other than the flags. Clear the fields you do not set.",
        "The protocol in the hints is unknown or does not fit the socket type (BSD resolvers). Pass 0 or a protocol that goes with the socket type.",
        "Not a failure: an asynchronous request made with glibc's getaddrinfo_a is still running (gai_error, gai_suspend). Wait for it and ask again.",
        "An asynchronous glibc lookup (getaddrinfo_a) was cancelled with gai_cancel before it finished.",
        "gai_cancel could not cancel an asynchronous glibc lookup because it is being processed; its result will still arrive.",
        "gai_cancel found the asynchronous glibc lookup already finished, or gai_suspend was given no request that is still running.",
        "glibc's gai_suspend returned because a signal arrived before any of the requests finished. Call it again.",
        "With AI_IDN (or NI_IDN) glibc could not convert the internationalized name to or from its ASCII form: the name is not valid IDNA or not valid in the current locale's encoding.",
        "Windows only (WSA_SECURE_HOST_NOT_FOUND): a lookup that asked for a secure answer (DNSSEC validation through the name resolution policy table) found no host whose records could be validated.",
        "Windows only (WSA_IPSEC_NAME_POLICY_ERROR): the name resolved, but the IPsec policy the name resolution policy table asks for that name could not be set up.",
        "",
    ];
    const __PERSISTENCE: [::errtable::__private::Persistence; __COUNT] = [
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Unknown,
    ];
    const __PAIRS_WINDOWS: [(&::core::primitive::str, ::core::primitive::i32); 11] = [
        ("EAI_BADFLAGS", 10022),
        ("EAI_NONAME", 11001),
        ("EAI_AGAIN", 11002),
        ("EAI_FAIL", 11003),
        ("EAI_NODATA", 11004),
        ("EAI_FAMILY", 10047),
        ("EAI_SOCKTYPE", 10044),
        ("EAI_SERVICE", 10109),
        ("EAI_MEMORY", 8),
        ("EAI_NOSECURENAME", 11032),
        ("EAI_IPSECPOLICY", 11033),
    ];
    const __OFFSETS_WINDOWS: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 11, 11,
    ];
    const __SYMBOL_TEXT_WINDOWS: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_MEMORYEAI_NOSECURENAMEEAI_IPSECPOLICY";
    const __SYMBOL_START_WINDOWS: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 82, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92,
        92, 108, 123, 123,
    ];
    const __PRIMARY_WINDOWS: [::core::primitive::i32; __COUNT] = [
        10022, 11001, 11002, 11003, 11004, 10047, 10044, 10109, 0, 8, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 11032, 11033, 0,
    ];
    const __PAIRS_LINUX: [(&::core::primitive::str, ::core::primitive::i32); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_LINUX: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_LINUX: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_LINUX: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_LINUX: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_LINUXALPHA: [(&::core::primitive::str, ::core::primitive::i32); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_LINUXALPHA: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_LINUXALPHA: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_LINUXALPHA: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_LINUXALPHA: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_LINUXMIPS: [(&::core::primitive::str, ::core::primitive::i32); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_LINUXMIPS: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_LINUXMIPS: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_LINUXMIPS: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_LINUXMIPS: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_LINUXPARISC: [(&::core::primitive::str, ::core::primitive::i32); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_LINUXPARISC: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_LINUXPARISC: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_LINUXPARISC: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_LINUXPARISC: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_LINUXPOWERPC: [(
        &::core::primitive::str,
        ::core::primitive::i32,
    ); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_LINUXPOWERPC: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_LINUXPOWERPC: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_LINUXPOWERPC: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_LINUXPOWERPC: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_LINUXSPARC: [(&::core::primitive::str, ::core::primitive::i32); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_LINUXSPARC: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_LINUXSPARC: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_LINUXSPARC: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_LINUXSPARC: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_MACOS: [(&::core::primitive::str, ::core::primitive::i32); 14] = [
        ("EAI_BADFLAGS", 3),
        ("EAI_NONAME", 8),
        ("EAI_AGAIN", 2),
        ("EAI_FAIL", 4),
        ("EAI_NODATA", 7),
        ("EAI_FAMILY", 5),
        ("EAI_SOCKTYPE", 10),
        ("EAI_SERVICE", 9),
        ("EAI_ADDRFAMILY", 1),
        ("EAI_MEMORY", 6),
        ("EAI_SYSTEM", 11),
        ("EAI_OVERFLOW", 14),
        ("EAI_BADHINTS", 12),
        ("EAI_PROTOCOL", 13),
    ];
    const __OFFSETS_MACOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14,
        14,
    ];
    const __SYMBOL_TEXT_MACOS: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_BADHINTSEAI_PROTOCOL";
    const __SYMBOL_START_MACOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 140, 152, 152, 152, 152,
        152, 152, 152, 152, 152, 152,
    ];
    const __PRIMARY_MACOS: [::core::primitive::i32; __COUNT] = [
        3, 8, 2, 4, 7, 5, 10, 9, 1, 6, 11, 14, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __PAIRS_FREEBSD: [(&::core::primitive::str, ::core::primitive::i32); 12] = [
        ("EAI_BADFLAGS", 3),
        ("EAI_NONAME", 8),
        ("EAI_AGAIN", 2),
        ("EAI_FAIL", 4),
        ("EAI_FAMILY", 5),
        ("EAI_SOCKTYPE", 10),
        ("EAI_SERVICE", 9),
        ("EAI_MEMORY", 6),
        ("EAI_SYSTEM", 11),
        ("EAI_OVERFLOW", 14),
        ("EAI_BADHINTS", 12),
        ("EAI_PROTOCOL", 13),
    ];
    const __OFFSETS_FREEBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        12,
    ];
    const __SYMBOL_TEXT_FREEBSD: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_BADHINTSEAI_PROTOCOL";
    const __SYMBOL_START_FREEBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 39, 49, 61, 72, 72, 82, 92, 104, 116, 128, 128, 128, 128, 128,
        128, 128, 128, 128, 128,
    ];
    const __PRIMARY_FREEBSD: [::core::primitive::i32; __COUNT] = [
        3, 8, 2, 4, 0, 5, 10, 9, 0, 6, 11, 14, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __PAIRS_NETBSD: [(&::core::primitive::str, ::core::primitive::i32); 14] = [
        ("EAI_BADFLAGS", 3),
        ("EAI_NONAME", 8),
        ("EAI_AGAIN", 2),
        ("EAI_FAIL", 4),
        ("EAI_NODATA", 7),
        ("EAI_FAMILY", 5),
        ("EAI_SOCKTYPE", 10),
        ("EAI_SERVICE", 9),
        ("EAI_ADDRFAMILY", 1),
        ("EAI_MEMORY", 6),
        ("EAI_SYSTEM", 11),
        ("EAI_OVERFLOW", 14),
        ("EAI_BADHINTS", 12),
        ("EAI_PROTOCOL", 13),
    ];
    const __OFFSETS_NETBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14,
        14,
    ];
    const __SYMBOL_TEXT_NETBSD: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_BADHINTSEAI_PROTOCOL";
    const __SYMBOL_START_NETBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 140, 152, 152, 152, 152,
        152, 152, 152, 152, 152, 152,
    ];
    const __PRIMARY_NETBSD: [::core::primitive::i32; __COUNT] = [
        3, 8, 2, 4, 7, 5, 10, 9, 1, 6, 11, 14, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __PAIRS_OPENBSD: [(&::core::primitive::str, ::core::primitive::i32); 14] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -14),
        ("EAI_BADHINTS", -12),
        ("EAI_PROTOCOL", -13),
    ];
    const __OFFSETS_OPENBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14,
        14,
    ];
    const __SYMBOL_TEXT_OPENBSD: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_BADHINTSEAI_PROTOCOL";
    const __SYMBOL_START_OPENBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 140, 152, 152, 152, 152,
        152, 152, 152, 152, 152, 152,
    ];
    const __PRIMARY_OPENBSD: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -14,
        -12,
        -13,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ];
    const __PAIRS_DRAGONFLY: [(&::core::primitive::str, ::core::primitive::i32); 14] = [
        ("EAI_BADFLAGS", 3),
        ("EAI_NONAME", 8),
        ("EAI_AGAIN", 2),
        ("EAI_FAIL", 4),
        ("EAI_NODATA", 7),
        ("EAI_FAMILY", 5),
        ("EAI_SOCKTYPE", 10),
        ("EAI_SERVICE", 9),
        ("EAI_ADDRFAMILY", 1),
        ("EAI_MEMORY", 6),
        ("EAI_SYSTEM", 11),
        ("EAI_OVERFLOW", 14),
        ("EAI_BADHINTS", 12),
        ("EAI_PROTOCOL", 13),
    ];
    const __OFFSETS_DRAGONFLY: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14,
        14,
    ];
    const __SYMBOL_TEXT_DRAGONFLY: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_BADHINTSEAI_PROTOCOL";
    const __SYMBOL_START_DRAGONFLY: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 140, 152, 152, 152, 152,
        152, 152, 152, 152, 152, 152,
    ];
    const __PRIMARY_DRAGONFLY: [::core::primitive::i32; __COUNT] = [
        3, 8, 2, 4, 7, 5, 10, 9, 1, 6, 11, 14, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __PAIRS_ILLUMOS: [(&::core::primitive::str, ::core::primitive::i32); 12] = [
        ("EAI_BADFLAGS", 3),
        ("EAI_NONAME", 8),
        ("EAI_AGAIN", 2),
        ("EAI_FAIL", 4),
        ("EAI_NODATA", 7),
        ("EAI_FAMILY", 5),
        ("EAI_SOCKTYPE", 10),
        ("EAI_SERVICE", 9),
        ("EAI_ADDRFAMILY", 1),
        ("EAI_MEMORY", 6),
        ("EAI_SYSTEM", 11),
        ("EAI_OVERFLOW", 12),
    ];
    const __OFFSETS_ILLUMOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        12,
    ];
    const __SYMBOL_TEXT_ILLUMOS: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOW";
    const __SYMBOL_START_ILLUMOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 128, 128, 128,
        128, 128, 128, 128, 128, 128,
    ];
    const __PRIMARY_ILLUMOS: [::core::primitive::i32; __COUNT] = [
        3, 8, 2, 4, 7, 5, 10, 9, 1, 6, 11, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __PAIRS_HAIKU: [(&::core::primitive::str, ::core::primitive::i32); 14] = [
        ("EAI_BADFLAGS", 3),
        ("EAI_NONAME", 8),
        ("EAI_AGAIN", 2),
        ("EAI_FAIL", 4),
        ("EAI_NODATA", 7),
        ("EAI_FAMILY", 5),
        ("EAI_SOCKTYPE", 10),
        ("EAI_SERVICE", 9),
        ("EAI_ADDRFAMILY", 1),
        ("EAI_MEMORY", 6),
        ("EAI_SYSTEM", 11),
        ("EAI_OVERFLOW", 14),
        ("EAI_BADHINTS", 12),
        ("EAI_PROTOCOL", 13),
    ];
    const __OFFSETS_HAIKU: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14,
        14,
    ];
    const __SYMBOL_TEXT_HAIKU: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_BADHINTSEAI_PROTOCOL";
    const __SYMBOL_START_HAIKU: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 140, 152, 152, 152, 152,
        152, 152, 152, 152, 152, 152,
    ];
    const __PRIMARY_HAIKU: [::core::primitive::i32; __COUNT] = [
        3, 8, 2, 4, 7, 5, 10, 9, 1, 6, 11, 14, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __PAIRS_REDOX: [(&::core::primitive::str, ::core::primitive::i32); 12] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
    ];
    const __OFFSETS_REDOX: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        12,
    ];
    const __SYMBOL_TEXT_REDOX: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOW";
    const __SYMBOL_START_REDOX: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 128, 128, 128,
        128, 128, 128, 128, 128, 128,
    ];
    const __PRIMARY_REDOX: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ];
    const __PAIRS_HURD: [(&::core::primitive::str, ::core::primitive::i32); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_HURD: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_HURD: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_HURD: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_HURD: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_CYGWIN: [(&::core::primitive::str, ::core::primitive::i32); 15] = [
        ("EAI_BADFLAGS", 3),
        ("EAI_NONAME", 8),
        ("EAI_AGAIN", 2),
        ("EAI_FAIL", 4),
        ("EAI_NODATA", 7),
        ("EAI_FAMILY", 5),
        ("EAI_SOCKTYPE", 10),
        ("EAI_SERVICE", 9),
        ("EAI_ADDRFAMILY", 1),
        ("EAI_MEMORY", 6),
        ("EAI_SYSTEM", 11),
        ("EAI_OVERFLOW", 14),
        ("EAI_BADHINTS", 12),
        ("EAI_PROTOCOL", 13),
        ("EAI_IDN_ENCODE", 15),
    ];
    const __OFFSETS_CYGWIN: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14, 15, 15, 15,
        15,
    ];
    const __SYMBOL_TEXT_CYGWIN: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_BADHINTSEAI_PROTOCOLEAI_IDN_ENCODE";
    const __SYMBOL_START_CYGWIN: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 140, 152, 152, 152, 152,
        152, 152, 166, 166, 166, 166,
    ];
    const __PRIMARY_CYGWIN: [::core::primitive::i32; __COUNT] = [
        3, 8, 2, 4, 7, 5, 10, 9, 1, 6, 11, 14, 12, 13, 0, 0, 0, 0, 0, 15, 0, 0, 0,
    ];
    const __PAIRS_WASI: [(&::core::primitive::str, ::core::primitive::i32); 18] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_NODATA", -5),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_ADDRFAMILY", -9),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
        ("EAI_INPROGRESS", -100),
        ("EAI_CANCELED", -101),
        ("EAI_NOTCANCELED", -102),
        ("EAI_ALLDONE", -103),
        ("EAI_INTR", -104),
        ("EAI_IDN_ENCODE", -105),
    ];
    const __OFFSETS_WASI: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18,
        18,
    ];
    const __SYMBOL_TEXT_WASI: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_NODATAEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_ADDRFAMILYEAI_MEMORYEAI_SYSTEMEAI_OVERFLOWEAI_INPROGRESSEAI_CANCELEDEAI_NOTCANCELEDEAI_ALLDONEEAI_INTREAI_IDN_ENCODE";
    const __SYMBOL_START_WASI: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 49, 59, 71, 82, 96, 106, 116, 128, 128, 128, 142, 154, 169,
        180, 188, 202, 202, 202, 202,
    ];
    const __PRIMARY_WASI: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        -5,
        -6,
        -7,
        -8,
        -9,
        -10,
        -11,
        -12,
        0,
        0,
        -100,
        -101,
        -102,
        -103,
        -104,
        -105,
        0,
        0,
        0,
    ];
    const __PAIRS_EMSCRIPTEN: [(&::core::primitive::str, ::core::primitive::i32); 10] = [
        ("EAI_BADFLAGS", -1),
        ("EAI_NONAME", -2),
        ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4),
        ("EAI_FAMILY", -6),
        ("EAI_SOCKTYPE", -7),
        ("EAI_SERVICE", -8),
        ("EAI_MEMORY", -10),
        ("EAI_SYSTEM", -11),
        ("EAI_OVERFLOW", -12),
    ];
    const __OFFSETS_EMSCRIPTEN: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
        10,
    ];
    const __SYMBOL_TEXT_EMSCRIPTEN: &::core::primitive::str = "EAI_BADFLAGSEAI_NONAMEEAI_AGAINEAI_FAILEAI_FAMILYEAI_SOCKTYPEEAI_SERVICEEAI_MEMORYEAI_SYSTEMEAI_OVERFLOW";
    const __SYMBOL_START_EMSCRIPTEN: [::core::primitive::u16; __COUNT + 1] = [
        0, 12, 22, 31, 39, 39, 49, 61, 72, 72, 82, 92, 104, 104, 104, 104, 104, 104, 104,
        104, 104, 104, 104, 104,
    ];
    const __PRIMARY_EMSCRIPTEN: [::core::primitive::i32; __COUNT] = [
        -1,
        -2,
        -3,
        -4,
        0,
        -6,
        -7,
        -8,
        0,
        -10,
        -11,
        -12,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ];
    /// The primary symbol of row `index` (empty where it has none).
    #[inline]
    const fn __symbol(
        index: ::core::primitive::usize,
        platform: ::errtable::__private::Platform,
    ) -> &'static ::core::primitive::str {
        match platform {
            ::errtable::__private::Platform::Windows => {
                __text(
                    __SYMBOL_TEXT_WINDOWS,
                    __SYMBOL_START_WINDOWS[index] as ::core::primitive::usize,
                    __SYMBOL_START_WINDOWS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Linux => {
                __text(
                    __SYMBOL_TEXT_LINUX,
                    __SYMBOL_START_LINUX[index] as ::core::primitive::usize,
                    __SYMBOL_START_LINUX[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxAlpha => {
                __text(
                    __SYMBOL_TEXT_LINUXALPHA,
                    __SYMBOL_START_LINUXALPHA[index] as ::core::primitive::usize,
                    __SYMBOL_START_LINUXALPHA[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxMips => {
                __text(
                    __SYMBOL_TEXT_LINUXMIPS,
                    __SYMBOL_START_LINUXMIPS[index] as ::core::primitive::usize,
                    __SYMBOL_START_LINUXMIPS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxParisc => {
                __text(
                    __SYMBOL_TEXT_LINUXPARISC,
                    __SYMBOL_START_LINUXPARISC[index] as ::core::primitive::usize,
                    __SYMBOL_START_LINUXPARISC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxPowerpc => {
                __text(
                    __SYMBOL_TEXT_LINUXPOWERPC,
                    __SYMBOL_START_LINUXPOWERPC[index] as ::core::primitive::usize,
                    __SYMBOL_START_LINUXPOWERPC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxSparc => {
                __text(
                    __SYMBOL_TEXT_LINUXSPARC,
                    __SYMBOL_START_LINUXSPARC[index] as ::core::primitive::usize,
                    __SYMBOL_START_LINUXSPARC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::MacOs => {
                __text(
                    __SYMBOL_TEXT_MACOS,
                    __SYMBOL_START_MACOS[index] as ::core::primitive::usize,
                    __SYMBOL_START_MACOS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::FreeBsd => {
                __text(
                    __SYMBOL_TEXT_FREEBSD,
                    __SYMBOL_START_FREEBSD[index] as ::core::primitive::usize,
                    __SYMBOL_START_FREEBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::NetBsd => {
                __text(
                    __SYMBOL_TEXT_NETBSD,
                    __SYMBOL_START_NETBSD[index] as ::core::primitive::usize,
                    __SYMBOL_START_NETBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::OpenBsd => {
                __text(
                    __SYMBOL_TEXT_OPENBSD,
                    __SYMBOL_START_OPENBSD[index] as ::core::primitive::usize,
                    __SYMBOL_START_OPENBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::DragonFly => {
                __text(
                    __SYMBOL_TEXT_DRAGONFLY,
                    __SYMBOL_START_DRAGONFLY[index] as ::core::primitive::usize,
                    __SYMBOL_START_DRAGONFLY[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Illumos => {
                __text(
                    __SYMBOL_TEXT_ILLUMOS,
                    __SYMBOL_START_ILLUMOS[index] as ::core::primitive::usize,
                    __SYMBOL_START_ILLUMOS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Haiku => {
                __text(
                    __SYMBOL_TEXT_HAIKU,
                    __SYMBOL_START_HAIKU[index] as ::core::primitive::usize,
                    __SYMBOL_START_HAIKU[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Redox => {
                __text(
                    __SYMBOL_TEXT_REDOX,
                    __SYMBOL_START_REDOX[index] as ::core::primitive::usize,
                    __SYMBOL_START_REDOX[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Hurd => {
                __text(
                    __SYMBOL_TEXT_HURD,
                    __SYMBOL_START_HURD[index] as ::core::primitive::usize,
                    __SYMBOL_START_HURD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Cygwin => {
                __text(
                    __SYMBOL_TEXT_CYGWIN,
                    __SYMBOL_START_CYGWIN[index] as ::core::primitive::usize,
                    __SYMBOL_START_CYGWIN[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Wasi => {
                __text(
                    __SYMBOL_TEXT_WASI,
                    __SYMBOL_START_WASI[index] as ::core::primitive::usize,
                    __SYMBOL_START_WASI[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Emscripten => {
                __text(
                    __SYMBOL_TEXT_EMSCRIPTEN,
                    __SYMBOL_START_EMSCRIPTEN[index] as ::core::primitive::usize,
                    __SYMBOL_START_EMSCRIPTEN[index + 1] as ::core::primitive::usize,
                )
            }
            _ => {
                let _ = index;
                ""
            }
        }
    }
    /// The primary number of row `index`, if it has a symbol.
    #[inline]
    const fn __code(
        index: ::core::primitive::usize,
        platform: ::errtable::__private::Platform,
    ) -> ::core::option::Option<::core::primitive::i32> {
        match platform {
            ::errtable::__private::Platform::Windows => {
                if __SYMBOL_START_WINDOWS[index] < __SYMBOL_START_WINDOWS[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_WINDOWS[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Linux => {
                if __SYMBOL_START_LINUX[index] < __SYMBOL_START_LINUX[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_LINUX[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::LinuxAlpha => {
                if __SYMBOL_START_LINUXALPHA[index]
                    < __SYMBOL_START_LINUXALPHA[index + 1]
                {
                    ::core::option::Option::Some(__PRIMARY_LINUXALPHA[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::LinuxMips => {
                if __SYMBOL_START_LINUXMIPS[index] < __SYMBOL_START_LINUXMIPS[index + 1]
                {
                    ::core::option::Option::Some(__PRIMARY_LINUXMIPS[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::LinuxParisc => {
                if __SYMBOL_START_LINUXPARISC[index]
                    < __SYMBOL_START_LINUXPARISC[index + 1]
                {
                    ::core::option::Option::Some(__PRIMARY_LINUXPARISC[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::LinuxPowerpc => {
                if __SYMBOL_START_LINUXPOWERPC[index]
                    < __SYMBOL_START_LINUXPOWERPC[index + 1]
                {
                    ::core::option::Option::Some(__PRIMARY_LINUXPOWERPC[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::LinuxSparc => {
                if __SYMBOL_START_LINUXSPARC[index]
                    < __SYMBOL_START_LINUXSPARC[index + 1]
                {
                    ::core::option::Option::Some(__PRIMARY_LINUXSPARC[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::MacOs => {
                if __SYMBOL_START_MACOS[index] < __SYMBOL_START_MACOS[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_MACOS[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::FreeBsd => {
                if __SYMBOL_START_FREEBSD[index] < __SYMBOL_START_FREEBSD[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_FREEBSD[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::NetBsd => {
                if __SYMBOL_START_NETBSD[index] < __SYMBOL_START_NETBSD[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_NETBSD[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::OpenBsd => {
                if __SYMBOL_START_OPENBSD[index] < __SYMBOL_START_OPENBSD[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_OPENBSD[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::DragonFly => {
                if __SYMBOL_START_DRAGONFLY[index] < __SYMBOL_START_DRAGONFLY[index + 1]
                {
                    ::core::option::Option::Some(__PRIMARY_DRAGONFLY[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Illumos => {
                if __SYMBOL_START_ILLUMOS[index] < __SYMBOL_START_ILLUMOS[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_ILLUMOS[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Haiku => {
                if __SYMBOL_START_HAIKU[index] < __SYMBOL_START_HAIKU[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_HAIKU[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Redox => {
                if __SYMBOL_START_REDOX[index] < __SYMBOL_START_REDOX[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_REDOX[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Hurd => {
                if __SYMBOL_START_HURD[index] < __SYMBOL_START_HURD[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_HURD[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Cygwin => {
                if __SYMBOL_START_CYGWIN[index] < __SYMBOL_START_CYGWIN[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_CYGWIN[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Wasi => {
                if __SYMBOL_START_WASI[index] < __SYMBOL_START_WASI[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_WASI[index])
                } else {
                    ::core::option::Option::None
                }
            }
            ::errtable::__private::Platform::Emscripten => {
                if __SYMBOL_START_EMSCRIPTEN[index]
                    < __SYMBOL_START_EMSCRIPTEN[index + 1]
                {
                    ::core::option::Option::Some(__PRIMARY_EMSCRIPTEN[index])
                } else {
                    ::core::option::Option::None
                }
            }
            _ => {
                let _ = index;
                ::core::option::Option::None
            }
        }
    }
    /// `entries[start..end]` in a const fn, without a panic path (empty if out of
    /// range, which the offsets never are).
    #[inline]
    const fn __slice<__E>(
        entries: &'static [__E],
        start: ::core::primitive::usize,
        end: ::core::primitive::usize,
    ) -> &'static [__E] {
        ::errtable::__private::slice_part(entries, start, end)
    }
    #[inline]
    const fn __names(
        index: ::core::primitive::usize,
        platform: ::errtable::__private::Platform,
    ) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
        match platform {
            ::errtable::__private::Platform::Windows => {
                __slice(
                    &__PAIRS_WINDOWS,
                    __OFFSETS_WINDOWS[index] as ::core::primitive::usize,
                    __OFFSETS_WINDOWS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Linux => {
                __slice(
                    &__PAIRS_LINUX,
                    __OFFSETS_LINUX[index] as ::core::primitive::usize,
                    __OFFSETS_LINUX[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxAlpha => {
                __slice(
                    &__PAIRS_LINUXALPHA,
                    __OFFSETS_LINUXALPHA[index] as ::core::primitive::usize,
                    __OFFSETS_LINUXALPHA[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxMips => {
                __slice(
                    &__PAIRS_LINUXMIPS,
                    __OFFSETS_LINUXMIPS[index] as ::core::primitive::usize,
                    __OFFSETS_LINUXMIPS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxParisc => {
                __slice(
                    &__PAIRS_LINUXPARISC,
                    __OFFSETS_LINUXPARISC[index] as ::core::primitive::usize,
                    __OFFSETS_LINUXPARISC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxPowerpc => {
                __slice(
                    &__PAIRS_LINUXPOWERPC,
                    __OFFSETS_LINUXPOWERPC[index] as ::core::primitive::usize,
                    __OFFSETS_LINUXPOWERPC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxSparc => {
                __slice(
                    &__PAIRS_LINUXSPARC,
                    __OFFSETS_LINUXSPARC[index] as ::core::primitive::usize,
                    __OFFSETS_LINUXSPARC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::MacOs => {
                __slice(
                    &__PAIRS_MACOS,
                    __OFFSETS_MACOS[index] as ::core::primitive::usize,
                    __OFFSETS_MACOS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::FreeBsd => {
                __slice(
                    &__PAIRS_FREEBSD,
                    __OFFSETS_FREEBSD[index] as ::core::primitive::usize,
                    __OFFSETS_FREEBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::NetBsd => {
                __slice(
                    &__PAIRS_NETBSD,
                    __OFFSETS_NETBSD[index] as ::core::primitive::usize,
                    __OFFSETS_NETBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::OpenBsd => {
                __slice(
                    &__PAIRS_OPENBSD,
                    __OFFSETS_OPENBSD[index] as ::core::primitive::usize,
                    __OFFSETS_OPENBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::DragonFly => {
                __slice(
                    &__PAIRS_DRAGONFLY,
                    __OFFSETS_DRAGONFLY[index] as ::core::primitive::usize,
                    __OFFSETS_DRAGONFLY[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Illumos => {
                __slice(
                    &__PAIRS_ILLUMOS,
                    __OFFSETS_ILLUMOS[index] as ::core::primitive::usize,
                    __OFFSETS_ILLUMOS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Haiku => {
                __slice(
                    &__PAIRS_HAIKU,
                    __OFFSETS_HAIKU[index] as ::core::primitive::usize,
                    __OFFSETS_HAIKU[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Redox => {
                __slice(
                    &__PAIRS_REDOX,
                    __OFFSETS_REDOX[index] as ::core::primitive::usize,
                    __OFFSETS_REDOX[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Hurd => {
                __slice(
                    &__PAIRS_HURD,
                    __OFFSETS_HURD[index] as ::core::primitive::usize,
                    __OFFSETS_HURD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Cygwin => {
                __slice(
                    &__PAIRS_CYGWIN,
                    __OFFSETS_CYGWIN[index] as ::core::primitive::usize,
                    __OFFSETS_CYGWIN[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Wasi => {
                __slice(
                    &__PAIRS_WASI,
                    __OFFSETS_WASI[index] as ::core::primitive::usize,
                    __OFFSETS_WASI[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Emscripten => {
                __slice(
                    &__PAIRS_EMSCRIPTEN,
                    __OFFSETS_EMSCRIPTEN[index] as ::core::primitive::usize,
                    __OFFSETS_EMSCRIPTEN[index + 1] as ::core::primitive::usize,
                )
            }
            _ => {
                let _ = index;
                &[]
            }
        }
    }
    #[inline]
    const fn __aliases(
        index: ::core::primitive::usize,
        platform: ::errtable::__private::Platform,
    ) -> &'static [&'static ::core::primitive::str] {
        match platform {
            ::errtable::__private::Platform::Windows => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Linux => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::LinuxAlpha => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::LinuxMips => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::LinuxParisc => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::LinuxPowerpc => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::LinuxSparc => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::MacOs => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::FreeBsd => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::NetBsd => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::OpenBsd => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::DragonFly => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Illumos => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Haiku => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Redox => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Hurd => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Cygwin => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Wasi => {
                let _ = index;
                &[]
            }
            ::errtable::__private::Platform::Emscripten => {
                let _ = index;
                &[]
            }
            _ => {
                let _ = index;
                &[]
            }
        }
    }
    #[inline]
    const fn __decode_windows(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            10022 => ::core::option::Option::Some(ResolveError::BadFlags),
            11001 => ::core::option::Option::Some(ResolveError::NoName),
            11002 => ::core::option::Option::Some(ResolveError::TryAgain),
            11003 => ::core::option::Option::Some(ResolveError::NoRecovery),
            11004 => ::core::option::Option::Some(ResolveError::NoData),
            10047 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10044 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            10109 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            8 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11032 => ::core::option::Option::Some(ResolveError::NoSecureName),
            11033 => ::core::option::Option::Some(ResolveError::IpsecPolicy),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linux(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxalpha(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxmips(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxparisc(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxpowerpc(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxsparc(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_macos(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            3 => ::core::option::Option::Some(ResolveError::BadFlags),
            8 => ::core::option::Option::Some(ResolveError::NoName),
            2 => ::core::option::Option::Some(ResolveError::TryAgain),
            4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            7 => ::core::option::Option::Some(ResolveError::NoData),
            5 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            9 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            1 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            6 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11 => ::core::option::Option::Some(ResolveError::System),
            14 => ::core::option::Option::Some(ResolveError::Overflow),
            12 => ::core::option::Option::Some(ResolveError::BadHints),
            13 => ::core::option::Option::Some(ResolveError::ProtocolNotSupported),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_freebsd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            3 => ::core::option::Option::Some(ResolveError::BadFlags),
            8 => ::core::option::Option::Some(ResolveError::NoName),
            2 => ::core::option::Option::Some(ResolveError::TryAgain),
            4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            5 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            9 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            6 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11 => ::core::option::Option::Some(ResolveError::System),
            14 => ::core::option::Option::Some(ResolveError::Overflow),
            12 => ::core::option::Option::Some(ResolveError::BadHints),
            13 => ::core::option::Option::Some(ResolveError::ProtocolNotSupported),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_netbsd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            3 => ::core::option::Option::Some(ResolveError::BadFlags),
            8 => ::core::option::Option::Some(ResolveError::NoName),
            2 => ::core::option::Option::Some(ResolveError::TryAgain),
            4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            7 => ::core::option::Option::Some(ResolveError::NoData),
            5 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            9 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            1 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            6 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11 => ::core::option::Option::Some(ResolveError::System),
            14 => ::core::option::Option::Some(ResolveError::Overflow),
            12 => ::core::option::Option::Some(ResolveError::BadHints),
            13 => ::core::option::Option::Some(ResolveError::ProtocolNotSupported),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_openbsd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -14 => ::core::option::Option::Some(ResolveError::Overflow),
            -12 => ::core::option::Option::Some(ResolveError::BadHints),
            -13 => ::core::option::Option::Some(ResolveError::ProtocolNotSupported),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_dragonfly(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            3 => ::core::option::Option::Some(ResolveError::BadFlags),
            8 => ::core::option::Option::Some(ResolveError::NoName),
            2 => ::core::option::Option::Some(ResolveError::TryAgain),
            4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            7 => ::core::option::Option::Some(ResolveError::NoData),
            5 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            9 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            1 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            6 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11 => ::core::option::Option::Some(ResolveError::System),
            14 => ::core::option::Option::Some(ResolveError::Overflow),
            12 => ::core::option::Option::Some(ResolveError::BadHints),
            13 => ::core::option::Option::Some(ResolveError::ProtocolNotSupported),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_illumos(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            3 => ::core::option::Option::Some(ResolveError::BadFlags),
            8 => ::core::option::Option::Some(ResolveError::NoName),
            2 => ::core::option::Option::Some(ResolveError::TryAgain),
            4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            7 => ::core::option::Option::Some(ResolveError::NoData),
            5 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            9 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            1 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            6 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11 => ::core::option::Option::Some(ResolveError::System),
            12 => ::core::option::Option::Some(ResolveError::Overflow),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_haiku(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            3 => ::core::option::Option::Some(ResolveError::BadFlags),
            8 => ::core::option::Option::Some(ResolveError::NoName),
            2 => ::core::option::Option::Some(ResolveError::TryAgain),
            4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            7 => ::core::option::Option::Some(ResolveError::NoData),
            5 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            9 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            1 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            6 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11 => ::core::option::Option::Some(ResolveError::System),
            14 => ::core::option::Option::Some(ResolveError::Overflow),
            12 => ::core::option::Option::Some(ResolveError::BadHints),
            13 => ::core::option::Option::Some(ResolveError::ProtocolNotSupported),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_redox(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_hurd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_cygwin(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            3 => ::core::option::Option::Some(ResolveError::BadFlags),
            8 => ::core::option::Option::Some(ResolveError::NoName),
            2 => ::core::option::Option::Some(ResolveError::TryAgain),
            4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            7 => ::core::option::Option::Some(ResolveError::NoData),
            5 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            10 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            9 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            1 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            6 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            11 => ::core::option::Option::Some(ResolveError::System),
            14 => ::core::option::Option::Some(ResolveError::Overflow),
            12 => ::core::option::Option::Some(ResolveError::BadHints),
            13 => ::core::option::Option::Some(ResolveError::ProtocolNotSupported),
            15 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_wasi(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -5 => ::core::option::Option::Some(ResolveError::NoData),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -9 => ::core::option::Option::Some(ResolveError::NoAddressInFamily),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            -100 => ::core::option::Option::Some(ResolveError::InProgress),
            -101 => ::core::option::Option::Some(ResolveError::Canceled),
            -102 => ::core::option::Option::Some(ResolveError::NotCanceled),
            -103 => ::core::option::Option::Some(ResolveError::AllDone),
            -104 => ::core::option::Option::Some(ResolveError::Interrupted),
            -105 => ::core::option::Option::Some(ResolveError::IdnEncode),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_emscripten(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match code {
            -1 => ::core::option::Option::Some(ResolveError::BadFlags),
            -2 => ::core::option::Option::Some(ResolveError::NoName),
            -3 => ::core::option::Option::Some(ResolveError::TryAgain),
            -4 => ::core::option::Option::Some(ResolveError::NoRecovery),
            -6 => ::core::option::Option::Some(ResolveError::FamilyNotSupported),
            -7 => ::core::option::Option::Some(ResolveError::SocketTypeNotSupported),
            -8 => ::core::option::Option::Some(ResolveError::ServiceNotSupported),
            -10 => ::core::option::Option::Some(ResolveError::OutOfMemory),
            -11 => ::core::option::Option::Some(ResolveError::System),
            -12 => ::core::option::Option::Some(ResolveError::Overflow),
            _ => ::core::option::Option::None,
        }
    }
    #[inline(always)]
    const fn __decode(
        platform: ::errtable::__private::Platform,
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<ResolveError> {
        match platform {
            ::errtable::__private::Platform::Windows => __decode_windows(code),
            ::errtable::__private::Platform::Linux => __decode_linux(code),
            ::errtable::__private::Platform::LinuxAlpha => __decode_linuxalpha(code),
            ::errtable::__private::Platform::LinuxMips => __decode_linuxmips(code),
            ::errtable::__private::Platform::LinuxParisc => __decode_linuxparisc(code),
            ::errtable::__private::Platform::LinuxPowerpc => __decode_linuxpowerpc(code),
            ::errtable::__private::Platform::LinuxSparc => __decode_linuxsparc(code),
            ::errtable::__private::Platform::MacOs => __decode_macos(code),
            ::errtable::__private::Platform::FreeBsd => __decode_freebsd(code),
            ::errtable::__private::Platform::NetBsd => __decode_netbsd(code),
            ::errtable::__private::Platform::OpenBsd => __decode_openbsd(code),
            ::errtable::__private::Platform::DragonFly => __decode_dragonfly(code),
            ::errtable::__private::Platform::Illumos => __decode_illumos(code),
            ::errtable::__private::Platform::Haiku => __decode_haiku(code),
            ::errtable::__private::Platform::Redox => __decode_redox(code),
            ::errtable::__private::Platform::Hurd => __decode_hurd(code),
            ::errtable::__private::Platform::Cygwin => __decode_cygwin(code),
            ::errtable::__private::Platform::Wasi => __decode_wasi(code),
            ::errtable::__private::Platform::Emscripten => __decode_emscripten(code),
            _ => {
                let _ = code;
                ::core::option::Option::None
            }
        }
    }
    const __NAME_LIST: [(&::core::primitive::str, ::core::primitive::u32); 44] = [
        ("NoData", 4),
        ("NoName", 1),
        ("System", 10),
        ("AllDone", 17),
        ("BadFlags", 0),
        ("BadHints", 12),
        ("Canceled", 15),
        ("EAI_FAIL", 3),
        ("EAI_INTR", 18),
        ("Overflow", 11),
        ("TryAgain", 2),
        ("EAI_AGAIN", 2),
        ("IdnEncode", 19),
        ("EAI_FAMILY", 5),
        ("EAI_MEMORY", 9),
        ("EAI_NODATA", 4),
        ("EAI_NONAME", 1),
        ("EAI_SYSTEM", 10),
        ("InProgress", 14),
        ("NoRecovery", 3),
        ("EAI_ALLDONE", 17),
        ("EAI_SERVICE", 7),
        ("Interrupted", 18),
        ("IpsecPolicy", 21),
        ("NotCanceled", 16),
        ("OutOfMemory", 9),
        ("EAI_BADFLAGS", 0),
        ("EAI_BADHINTS", 12),
        ("EAI_CANCELED", 15),
        ("EAI_OVERFLOW", 11),
        ("EAI_PROTOCOL", 13),
        ("EAI_SOCKTYPE", 6),
        ("NoSecureName", 20),
        ("EAI_ADDRFAMILY", 8),
        ("EAI_IDN_ENCODE", 19),
        ("EAI_INPROGRESS", 14),
        ("EAI_IPSECPOLICY", 21),
        ("EAI_NOTCANCELED", 16),
        ("EAI_NOSECURENAME", 20),
        ("NoAddressInFamily", 8),
        ("FamilyNotSupported", 5),
        ("ServiceNotSupported", 7),
        ("ProtocolNotSupported", 13),
        ("SocketTypeNotSupported", 6),
    ];
    /// The names of `length` bytes, sorted.
    #[inline]
    const fn __name_bucket(
        length: ::core::primitive::usize,
    ) -> &'static [(&'static ::core::primitive::str, ::core::primitive::u32)] {
        match length {
            6 => __slice(&__NAME_LIST, 0, 3),
            7 => __slice(&__NAME_LIST, 3, 4),
            8 => __slice(&__NAME_LIST, 4, 11),
            9 => __slice(&__NAME_LIST, 11, 13),
            10 => __slice(&__NAME_LIST, 13, 20),
            11 => __slice(&__NAME_LIST, 20, 26),
            12 => __slice(&__NAME_LIST, 26, 33),
            14 => __slice(&__NAME_LIST, 33, 36),
            15 => __slice(&__NAME_LIST, 36, 38),
            16 => __slice(&__NAME_LIST, 38, 39),
            17 => __slice(&__NAME_LIST, 39, 40),
            18 => __slice(&__NAME_LIST, 40, 41),
            19 => __slice(&__NAME_LIST, 41, 42),
            20 => __slice(&__NAME_LIST, 42, 43),
            22 => __slice(&__NAME_LIST, 43, 44),
            _ => &[],
        }
    }
    #[inline]
    fn __by_name(name: &::core::primitive::str) -> ::core::option::Option<ResolveError> {
        match <::core::primitive::str>::len(name) {
            6 => {
                match name {
                    "NoName" => ::core::option::Option::Some(ResolveError::NoName),
                    "NoData" => ::core::option::Option::Some(ResolveError::NoData),
                    "System" => ::core::option::Option::Some(ResolveError::System),
                    _ => ::core::option::Option::None,
                }
            }
            7 => {
                match name {
                    "AllDone" => ::core::option::Option::Some(ResolveError::AllDone),
                    _ => ::core::option::Option::None,
                }
            }
            8 => {
                match name {
                    "BadFlags" => ::core::option::Option::Some(ResolveError::BadFlags),
                    "TryAgain" => ::core::option::Option::Some(ResolveError::TryAgain),
                    "EAI_FAIL" => ::core::option::Option::Some(ResolveError::NoRecovery),
                    "Overflow" => ::core::option::Option::Some(ResolveError::Overflow),
                    "BadHints" => ::core::option::Option::Some(ResolveError::BadHints),
                    "Canceled" => ::core::option::Option::Some(ResolveError::Canceled),
                    "EAI_INTR" => ::core::option::Option::Some(ResolveError::Interrupted),
                    _ => ::core::option::Option::None,
                }
            }
            9 => {
                match name {
                    "EAI_AGAIN" => ::core::option::Option::Some(ResolveError::TryAgain),
                    "IdnEncode" => ::core::option::Option::Some(ResolveError::IdnEncode),
                    _ => ::core::option::Option::None,
                }
            }
            10 => {
                match name {
                    "EAI_NONAME" => ::core::option::Option::Some(ResolveError::NoName),
                    "NoRecovery" => {
                        ::core::option::Option::Some(ResolveError::NoRecovery)
                    }
                    "EAI_NODATA" => ::core::option::Option::Some(ResolveError::NoData),
                    "EAI_FAMILY" => {
                        ::core::option::Option::Some(ResolveError::FamilyNotSupported)
                    }
                    "EAI_MEMORY" => {
                        ::core::option::Option::Some(ResolveError::OutOfMemory)
                    }
                    "EAI_SYSTEM" => ::core::option::Option::Some(ResolveError::System),
                    "InProgress" => {
                        ::core::option::Option::Some(ResolveError::InProgress)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            11 => {
                match name {
                    "EAI_SERVICE" => {
                        ::core::option::Option::Some(ResolveError::ServiceNotSupported)
                    }
                    "OutOfMemory" => {
                        ::core::option::Option::Some(ResolveError::OutOfMemory)
                    }
                    "NotCanceled" => {
                        ::core::option::Option::Some(ResolveError::NotCanceled)
                    }
                    "EAI_ALLDONE" => ::core::option::Option::Some(ResolveError::AllDone),
                    "Interrupted" => {
                        ::core::option::Option::Some(ResolveError::Interrupted)
                    }
                    "IpsecPolicy" => {
                        ::core::option::Option::Some(ResolveError::IpsecPolicy)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            12 => {
                match name {
                    "EAI_BADFLAGS" => {
                        ::core::option::Option::Some(ResolveError::BadFlags)
                    }
                    "EAI_SOCKTYPE" => {
                        ::core::option::Option::Some(
                            ResolveError::SocketTypeNotSupported,
                        )
                    }
                    "EAI_OVERFLOW" => {
                        ::core::option::Option::Some(ResolveError::Overflow)
                    }
                    "EAI_BADHINTS" => {
                        ::core::option::Option::Some(ResolveError::BadHints)
                    }
                    "EAI_PROTOCOL" => {
                        ::core::option::Option::Some(ResolveError::ProtocolNotSupported)
                    }
                    "EAI_CANCELED" => {
                        ::core::option::Option::Some(ResolveError::Canceled)
                    }
                    "NoSecureName" => {
                        ::core::option::Option::Some(ResolveError::NoSecureName)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            14 => {
                match name {
                    "EAI_ADDRFAMILY" => {
                        ::core::option::Option::Some(ResolveError::NoAddressInFamily)
                    }
                    "EAI_INPROGRESS" => {
                        ::core::option::Option::Some(ResolveError::InProgress)
                    }
                    "EAI_IDN_ENCODE" => {
                        ::core::option::Option::Some(ResolveError::IdnEncode)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            15 => {
                match name {
                    "EAI_NOTCANCELED" => {
                        ::core::option::Option::Some(ResolveError::NotCanceled)
                    }
                    "EAI_IPSECPOLICY" => {
                        ::core::option::Option::Some(ResolveError::IpsecPolicy)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            16 => {
                match name {
                    "EAI_NOSECURENAME" => {
                        ::core::option::Option::Some(ResolveError::NoSecureName)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            17 => {
                match name {
                    "NoAddressInFamily" => {
                        ::core::option::Option::Some(ResolveError::NoAddressInFamily)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            18 => {
                match name {
                    "FamilyNotSupported" => {
                        ::core::option::Option::Some(ResolveError::FamilyNotSupported)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            19 => {
                match name {
                    "ServiceNotSupported" => {
                        ::core::option::Option::Some(ResolveError::ServiceNotSupported)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            20 => {
                match name {
                    "ProtocolNotSupported" => {
                        ::core::option::Option::Some(ResolveError::ProtocolNotSupported)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            22 => {
                match name {
                    "SocketTypeNotSupported" => {
                        ::core::option::Option::Some(
                            ResolveError::SocketTypeNotSupported,
                        )
                    }
                    _ => ::core::option::Option::None,
                }
            }
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn __by_name_ignore_case(name: &::core::primitive::str) -> ::core::primitive::usize {
        ::errtable::__private::search_name_ignore_case(
            __name_bucket(<::core::primitive::str>::len(name)),
            name,
            __COUNT,
        )
    }
    ::errtable::__private::std_only! {
        const __KIND : [::errtable::__private::io::ErrorKind; __COUNT] =
        [::errtable::__private::kind::InvalidInput,
        ::errtable::__private::kind::NotFound, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::NotFound,
        ::errtable::__private::kind::InvalidInput,
        ::errtable::__private::kind::InvalidInput,
        ::errtable::__private::kind::InvalidInput, ::errtable::__private::kind::NotFound,
        ::errtable::__private::kind::OutOfMemory, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::InvalidInput,
        ::errtable::__private::kind::InvalidInput,
        ::errtable::__private::kind::InvalidInput, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Interrupted,
        ::errtable::__private::kind::InvalidInput, ::errtable::__private::kind::NotFound,
        ::errtable::__private::kind::Other, ::errtable::__private::io::ErrorKind::Other];
    }
    #[inline]
    const fn __os_codes_on(
        platform: ::errtable::__private::Platform,
    ) -> ::core::primitive::bool {
        ::core::matches!(platform, ::errtable::__private::Platform::Windows)
    }
    const __OS_CODES_CURRENT: ::core::option::Option<::errtable::__private::Platform> = match ::errtable::__private::CURRENT {
        ::core::option::Option::Some(platform) if __os_codes_on(platform) => {
            ::core::option::Option::Some(platform)
        }
        _ => ::core::option::Option::None,
    };
    #[automatically_derived]
    impl ::core::fmt::Debug for ResolveError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Formatter::write_str(f, __name(__index(self)))
        }
    }
    #[inline]
    const fn __raw_os_error_of(
        value: &ResolveError,
    ) -> ::core::option::Option<::core::primitive::i32> {
        match (value, __OS_CODES_CURRENT) {
            (_, ::core::option::Option::Some(platform)) => {
                __code(__index(value), platform)
            }
            (_, ::core::option::Option::None) => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __symbol_of(
        index: ::core::primitive::usize,
        platform: ::errtable::__private::Platform,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        match __symbol(index, platform) {
            symbol if <::core::primitive::str>::is_empty(symbol) => {
                ::core::option::Option::None
            }
            symbol => ::core::option::Option::Some(symbol),
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for ResolveError {
        type Err = ::errtable::__private::UnknownName;
        /// As `from_name`: case matters.
        #[inline]
        fn from_str(
            name: &::core::primitive::str,
        ) -> ::core::result::Result<Self, ::errtable::__private::UnknownName> {
            match __by_name(name) {
                ::core::option::Option::Some(row) => ::core::result::Result::Ok(row),
                ::core::option::Option::None => {
                    ::core::result::Result::Err(::errtable::__private::UnknownName)
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for ResolveError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match *self {
                _ if ::core::fmt::Formatter::alternate(f) => {
                    #[cold]
                    fn alternate(
                        value: &ResolveError,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        ::errtable::__private::fmt_row(
                            f,
                            __message(__index(value)),
                            match __OS_CODES_CURRENT {
                                ::core::option::Option::Some(p) => {
                                    __symbol_of(__index(value), p)
                                }
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                            match __OS_CODES_CURRENT {
                                ::core::option::Option::Some(p) => __code(__index(value), p),
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                        )
                    }
                    alternate(self, f)
                }
                _ => {
                    ::errtable::__private::fmt_row(
                        f,
                        __message(__index(self)),
                        ::core::option::Option::None,
                        ::core::option::Option::None,
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::errtable::__private::Error for ResolveError {}
    ::errtable::__private::std_only! {
        fn __from_io_error(error : & ::errtable::__private::io::Error) ->
        ::core::option::Option < ResolveError > { let error =
        ::errtable::__private::innermost(error); if let
        ::core::option::Option::Some(code) =
        ::errtable::__private::io::Error::raw_os_error(error) { return match
        __OS_CODES_CURRENT { ::core::option::Option::Some(platform) => __decode(platform,
        code), ::core::option::Option::None => ::core::option::Option::None, }; } match
        ::errtable::__private::inner:: < ResolveError > (error) {
        ::core::option::Option::Some(value) => __row(__index(value)),
        ::core::option::Option::None => ::core::option::Option::None, } } fn
        __kind_of(value : & ResolveError) -> ::errtable::__private::io::ErrorKind {
        __KIND[__index(value)] } #[automatically_derived] impl ::core::convert::TryFrom <
        ::errtable::__private::io::Error > for ResolveError { type Error =
        ::errtable::__private::io::Error; #[doc =
        r" Decodes the error (see `from_io_error`); one the table does not decode"] #[doc
        = r" comes back unchanged."] #[inline] fn try_from(error :
        ::errtable::__private::io::Error) -> ::core::result::Result < Self,
        ::errtable::__private::io::Error > { match __from_io_error(& error) {
        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
        ::core::option::Option::None => ::core::result::Result::Err(error), } } } #[doc =
        r" Whether a raw OS code of this platform decodes to a row."] fn __is_listed(code
        : ::core::primitive::i32) -> ::core::primitive::bool { match __OS_CODES_CURRENT {
        ::core::option::Option::Some(platform) => ::core::option::Option::is_some(&
        __decode(platform, code)), ::core::option::Option::None => false, } } #[doc =
        r" The raw OS code whose error decodes back to `value`: its code here, except"]
        #[doc = r" where another row has the same number and decodes it."] fn
        __io_code(value : & ResolveError) -> ::core::option::Option <
        ::core::primitive::i32 > { __raw_os_error_of(value) } #[automatically_derived]
        impl ::core::convert::From < ResolveError > for ::errtable::__private::io::Error
        { #[doc =
        r" The OS's own error where decoding it gives the value back (so its kind"] #[doc
        = r" and message stay), otherwise a custom error of the value's kind that"] #[doc
        = r" wraps it (`get_ref`)."] #[inline] fn from(value : ResolveError) -> Self {
        ::errtable::__private::into_io_error(__io_code(& value), __kind_of(& value),
        value) } }
    }
    ::errtable::__private::serde_only! {
        #[automatically_derived] impl ::errtable::__private::serde::Serialize for
        ResolveError { #[allow(clippy::cast_possible_truncation)] fn serialize < __S :
        ::errtable::__private::serde::Serializer > (& self, serializer : __S) ->
        ::core::result::Result < __S::Ok, __S::Error > { { let index = __index(self);
        ::errtable::__private::serde::serialize_row(serializer, "ResolveError", index as
        ::core::primitive::u32, __name(index)) } } } #[doc =
        r" The row named exactly `name`."] fn __row_named(name : &
        ::core::primitive::str) -> ::core::option::Option < ResolveError > { for index in
        0..__COUNT - 1 { if __name(index) == name { return __row(index); } }
        ::core::option::Option::None } #[automatically_derived] impl < '__de >
        ::errtable::__private::serde::Deserialize < '__de > for ResolveError { fn
        deserialize < __D : ::errtable::__private::serde::Deserializer < '__de >>
        (deserializer : __D) -> ::core::result::Result < Self, __D::Error > { const
        __VARIANTS : & [& ::core::primitive::str] = & ["BadFlags", "NoName", "TryAgain",
        "NoRecovery", "NoData", "FamilyNotSupported", "SocketTypeNotSupported",
        "ServiceNotSupported", "NoAddressInFamily", "OutOfMemory", "System", "Overflow",
        "BadHints", "ProtocolNotSupported", "InProgress", "Canceled", "NotCanceled",
        "AllDone", "Interrupted", "IdnEncode", "NoSecureName", "IpsecPolicy"];
        ::errtable::__private::serde::deserialize_rows(deserializer, "ResolveError",
        __VARIANTS, __row_named) } }
    }
    #[inline]
    const fn __symbol_of_code(
        platform: ::errtable::__private::Platform,
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        let found = __decode(platform, code);
        let index = match &found {
            ::core::option::Option::Some(row) => __index(row),
            ::core::option::Option::None => __COUNT - 1,
        };
        ::core::mem::forget(found);
        let mut entries = __names(index, platform);
        while let [(name, value), part @ ..] = entries {
            if *value == code {
                return ::core::option::Option::Some(*name);
            }
            entries = part;
        }
        ::core::option::Option::None
    }
};
