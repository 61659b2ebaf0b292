// @generated from the `error_table!` in runtime/src/table.rs by `ERRTABLE_REGEN=1 cargo test -p errtable-macros regen`.
// Do not edit: change the table there and run that command.

/// The canonical OS and socket error table: Winsock and Win32 codes and the errno
/// values of Linux (all numberings), macOS, the BSDs, illumos, AIX, Haiku, Redox, the
/// Hurd, Cygwin, WASI and Emscripten, one variant per meaning.
///
/// Decode a number from any platform on any host, translate it to another platform,
/// look it up by its symbolic name, or match an `io::Error` portably:
///
/// ```
/// use errtable::{OsError, Platform};
///
/// // ECONNREFUSED from a Linux/mips log, shown the way Windows would number it.
/// let e = OsError::from_code(Platform::LinuxMips, 146).unwrap();
/// assert_eq!(e, OsError::ConnectionRefused);
/// assert_eq!(e.code(Platform::Windows), Some(10061));
/// assert_eq!(e.symbol(Platform::Windows), Some("WSAECONNREFUSED"));
/// assert_eq!(e.to_string(), "Connection refused");
///
/// // EWOULDBLOCK is an alias of EAGAIN; the numbers differ between systems.
/// assert_eq!(OsError::from_name("EWOULDBLOCK"), Some(OsError::WouldBlock));
/// assert_eq!(OsError::translate(11, Platform::Linux, Platform::MacOs), Some(35));
///
/// // Resolver codes are Winsock-only: Unix reports them through h_errno / EAI_*.
/// assert_eq!(OsError::HostNotFound.code(Platform::Linux), None);
///
/// // Windows reports many failures as Win32 codes; they decode to the same rows.
/// assert_eq!(OsError::from_code(Platform::Windows, 64), Some(OsError::ConnectionReset));
/// assert_eq!(OsError::from_code(Platform::Windows, 2), Some(OsError::NotFound));
/// assert_eq!(OsError::NotFound.code(Platform::Linux), Some(2));
///
/// // Every numbering is a column: WASI's 44 is ENOENT (Linux's 44 is ECHRNG), Haiku's
/// // codes are negative, and Redox gives EWOULDBLOCK a number of its own.
/// assert_eq!(OsError::from_code(Platform::Wasi, 44), Some(OsError::NotFound));
/// assert_eq!(OsError::NotFound.code(Platform::Haiku), Some(-2147459069));
/// assert_eq!(OsError::from_code(Platform::Redox, 41), Some(OsError::WouldBlock));
///
/// // A number no row lists is kept, not lost.
/// assert_eq!(OsError::decode(Platform::Linux, 4242).code(Platform::Linux), Some(4242));
/// ```
///
/// The enum is `#[non_exhaustive]`, as `io::ErrorKind` is: a later release may add rows
/// (a code an OS newly defines), so a `match` needs a `_` arm.
///
/// # Every method, by example
///
/// The methods are generated, and their own docs are the same for every table; here
/// each is shown on this one. A row's docs list its codes on every platform.
///
/// ```
/// use errtable::{OsError, Platform, Unlisted};
/// use std::io;
///
/// // The rows, and what each knows about itself.
/// assert!(OsError::ALL.contains(&OsError::ConnectionReset));
/// let e = OsError::WouldBlock;
/// assert_eq!(e.name(), "WouldBlock");
/// assert_eq!(e.message(), "Resource temporarily unavailable");
/// assert!(e.description().is_some());
/// assert_eq!(e.kind(), io::ErrorKind::WouldBlock);
/// // Whether, and how, to try again: the same class for every number of the row.
/// assert_eq!(e.persistence(), errtable::Persistence::Transient);
///
/// // Its codes, names and aliases on each platform.
/// assert_eq!(e.code(Platform::Linux), Some(11));
/// assert_eq!(e.symbol(Platform::Linux), Some("EAGAIN"));
/// assert_eq!(e.aliases(Platform::Linux), ["EWOULDBLOCK"]);
/// assert_eq!(e.names(Platform::MacOs), [("EAGAIN", 35), ("EWOULDBLOCK", 35)]);
///
/// // From a code: `from_code` gives a row or `None`, `decode` keeps what it does
/// // not know in `Unlisted`, `translate` goes from one platform's number to another's.
/// assert_eq!(OsError::from_code(Platform::Windows, 10035), Some(e));
/// assert_eq!(
///     OsError::decode(Platform::FreeBsd, 4242),
///     OsError::Unlisted(Unlisted::Code { platform: Platform::FreeBsd, code: 4242 })
/// );
/// assert_eq!(OsError::translate(10035, Platform::Windows, Platform::Linux), Some(11));
///
/// // By name: any symbol or alias of any platform, or the variant's name; case matters.
/// assert_eq!(OsError::from_name("WSAEWOULDBLOCK"), Some(e));
/// assert_eq!("EWOULDBLOCK".parse::<OsError>(), Ok(e));
/// assert!("ewouldblock".parse::<OsError>().is_err());
///
/// // The current platform's raw OS code, both ways, and `io::Error` both ways.
/// let current = Platform::CURRENT.unwrap();
/// assert_eq!(e.raw_os_error(), e.code(current));
/// let raw = e.raw_os_error().unwrap();
/// assert_eq!(OsError::from_raw_os_error(raw), Some(e));
/// let err = io::Error::from(e);
/// assert_eq!(err.raw_os_error(), Some(raw));
/// assert_eq!(OsError::from_io_error(&err), Some(e));
/// assert_eq!(OsError::from(&err), e);
/// assert_eq!(OsError::from(io::Error::from_raw_os_error(raw)), e);
///
/// // Display: the message; `{:#}` adds the current platform's symbol and number.
/// assert_eq!(e.to_string(), "Resource temporarily unavailable");
/// let symbol = e.symbol(current).unwrap();
/// assert_eq!(format!("{e:#}"), format!("Resource temporarily unavailable ({symbol} {raw})"));
/// ```
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub enum OsError {
    /// Incorrect function (`ERROR_INVALID_FUNCTION`).
    #[doc(alias("ERROR_INVALID_FUNCTION"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_INVALID_FUNCTION` | 1 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidFunction,
    /// No such file or directory (`ERROR_FILE_NOT_FOUND`, `ENOENT`).
    #[doc(
        alias(
            "ERROR_FILE_NOT_FOUND",
            "ERROR_PATH_NOT_FOUND",
            "ERROR_INVALID_DRIVE",
            "ERROR_BAD_NETPATH",
            "ERROR_BAD_NET_NAME",
            "ERROR_MOD_NOT_FOUND",
            "ERROR_ENVVAR_NOT_FOUND",
            "ENOENT"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_FILE_NOT_FOUND`, `ERROR_PATH_NOT_FOUND` (3), `ERROR_INVALID_DRIVE` (15), `ERROR_BAD_NETPATH` (53), `ERROR_BAD_NET_NAME` (67), `ERROR_MOD_NOT_FOUND` (126), `ERROR_ENVVAR_NOT_FOUND` (203) | 2 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENOENT` | 2 |
| `haiku` | `ENOENT` | -2147459069 |
| `hurd` | `ENOENT` | 1073741826 |
| `wasi`, `emscripten` | `ENOENT` | 44 |

Kind: `io::ErrorKind::NotFound`. Persistence: `Persistence::Permanent`.*/
    NotFound,
    /// The handle is invalid (`WSA_INVALID_HANDLE`).
    #[doc(alias("WSA_INVALID_HANDLE", "ERROR_INVALID_HANDLE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_INVALID_HANDLE`, `ERROR_INVALID_HANDLE` | 6 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidHandle,
    /// Cannot allocate memory (`WSA_NOT_ENOUGH_MEMORY`, `ENOMEM`).
    #[doc(
        alias(
            "WSA_NOT_ENOUGH_MEMORY",
            "ERROR_NOT_ENOUGH_MEMORY",
            "ERROR_OUTOFMEMORY",
            "ERROR_NOT_ENOUGH_QUOTA",
            "ENOMEM"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_NOT_ENOUGH_MEMORY`, `ERROR_NOT_ENOUGH_MEMORY`, `ERROR_OUTOFMEMORY` (14), `ERROR_NOT_ENOUGH_QUOTA` (1816) | 8 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENOMEM` | 12 |
| `haiku` | `ENOMEM` | -2147483648 |
| `hurd` | `ENOMEM` | 1073741836 |
| `wasi`, `emscripten` | `ENOMEM` | 48 |

Kind: `io::ErrorKind::OutOfMemory`. Persistence: `Persistence::Transient`.*/
    OutOfMemory,
    /// Invalid cross-device link (`ERROR_NOT_SAME_DEVICE`, `EXDEV`).
    #[doc(alias("ERROR_NOT_SAME_DEVICE", "EXDEV"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_NOT_SAME_DEVICE` | 17 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EXDEV` | 18 |
| `haiku` | `EXDEV` | -2147459061 |
| `hurd` | `EXDEV` | 1073741842 |
| `wasi`, `emscripten` | `EXDEV` | 75 |

Kind: `io::ErrorKind::CrossesDevices`. Persistence: `Persistence::Permanent`.*/
    CrossesDevices,
    /// Read-only file system (`ERROR_WRITE_PROTECT`, `EROFS`).
    #[doc(alias("ERROR_WRITE_PROTECT", "EROFS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_WRITE_PROTECT` | 19 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EROFS` | 30 |
| `haiku` | `EROFS` | -2147459064 |
| `hurd` | `EROFS` | 1073741854 |
| `wasi`, `emscripten` | `EROFS` | 69 |

Kind: `io::ErrorKind::ReadOnlyFilesystem`. Persistence: `Persistence::Permanent`.*/
    ReadOnlyFilesystem,
    /// The process cannot access the file because it is being used by another process (`ERROR_SHARING_VIOLATION`).
    #[doc(alias("ERROR_SHARING_VIOLATION"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_SHARING_VIOLATION` | 32 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    SharingViolation,
    /// The process cannot access the file because another process has locked a portion of the file (`ERROR_LOCK_VIOLATION`).
    #[doc(alias("ERROR_LOCK_VIOLATION"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_LOCK_VIOLATION` | 33 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    LockViolation,
    /// Operation not supported (`ERROR_NOT_SUPPORTED`, `ENOTSUP`).
    #[doc(alias("ERROR_NOT_SUPPORTED", "ENOTSUP"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_NOT_SUPPORTED` | 50 |
| `linux`, `linux_powerpc`, `redox` | `ENOTSUP` | 95 (shared: decodes as `OperationNotSupported`) |
| `linux_alpha`, `linux_sparc`, `freebsd`, `dragonfly` | `ENOTSUP` | 45 (shared: decodes as `OperationNotSupported`) |
| `linux_mips` | `ENOTSUP` | 122 (shared: decodes as `OperationNotSupported`) |
| `linux_parisc` | `ENOTSUP` | 223 (shared: decodes as `OperationNotSupported`) |
| `macos` | `ENOTSUP` | 45 |
| `netbsd` | `ENOTSUP` | 86 |
| `openbsd` | `ENOTSUP` | 91 |
| `illumos` | `ENOTSUP` | 48 |
| `aix` | `ENOTSUP` | 124 |
| `haiku` | `ENOTSUP` | -2147454920 |
| `hurd` | `ENOTSUP` | 1073741942 |
| `cygwin` | `ENOTSUP` | 134 |
| `wasi` | `ENOTSUP` | 58 (shared: decodes as `OperationNotSupported`) |
| `emscripten` | `ENOTSUP` | 138 (shared: decodes as `OperationNotSupported`) |

Kind: `io::ErrorKind::Unsupported`. Persistence: `Persistence::Permanent`.*/
    NotSupported,
    /// File exists (`ERROR_FILE_EXISTS`, `EEXIST`).
    #[doc(alias("ERROR_FILE_EXISTS", "ERROR_ALREADY_EXISTS", "EEXIST"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_FILE_EXISTS`, `ERROR_ALREADY_EXISTS` (183) | 80 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EEXIST` | 17 |
| `haiku` | `EEXIST` | -2147459070 |
| `hurd` | `EEXIST` | 1073741841 |
| `wasi`, `emscripten` | `EEXIST` | 20 |

Kind: `io::ErrorKind::AlreadyExists`. Persistence: `Persistence::Permanent`.*/
    AlreadyExists,
    /// The parameter is incorrect (`WSA_INVALID_PARAMETER`).
    #[doc(alias("WSA_INVALID_PARAMETER", "ERROR_INVALID_PARAMETER"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_INVALID_PARAMETER`, `ERROR_INVALID_PARAMETER` | 87 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    InvalidParameter,
    /// Broken pipe (`ERROR_BROKEN_PIPE`, `EPIPE`).
    #[doc(
        alias("ERROR_BROKEN_PIPE", "ERROR_NO_DATA", "ERROR_PIPE_NOT_CONNECTED", "EPIPE")
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_BROKEN_PIPE`, `ERROR_NO_DATA` (232), `ERROR_PIPE_NOT_CONNECTED` (233) | 109 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EPIPE` | 32 |
| `haiku` | `EPIPE` | -2147459059 |
| `hurd` | `EPIPE` | 1073741856 |
| `wasi`, `emscripten` | `EPIPE` | 64 |

Kind: `io::ErrorKind::BrokenPipe`. Persistence: `Persistence::ConnectionLost`.*/
    BrokenPipe,
    /// No space left on device (`ERROR_DISK_FULL`, `ENOSPC`).
    #[doc(
        alias(
            "ERROR_DISK_FULL",
            "ERROR_HANDLE_DISK_FULL",
            "ERROR_CANNOT_MAKE",
            "ERROR_EA_TABLE_FULL",
            "ERROR_END_OF_MEDIA",
            "ENOSPC"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_DISK_FULL`, `ERROR_HANDLE_DISK_FULL` (39), `ERROR_CANNOT_MAKE` (82), `ERROR_EA_TABLE_FULL` (277), `ERROR_END_OF_MEDIA` (1100) | 112 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENOSPC` | 28 |
| `haiku` | `ENOSPC` | -2147459065 |
| `hurd` | `ENOSPC` | 1073741852 |
| `wasi`, `emscripten` | `ENOSPC` | 51 |

Kind: `io::ErrorKind::StorageFull`. Persistence: `Persistence::Permanent`.*/
    StorageFull,
    /// Function not implemented (`ERROR_CALL_NOT_IMPLEMENTED`, `ENOSYS`).
    #[doc(alias("ERROR_CALL_NOT_IMPLEMENTED", "ENOSYS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_CALL_NOT_IMPLEMENTED` | 120 |
| `linux`, `linux_powerpc`, `redox` | `ENOSYS` | 38 |
| `linux_alpha`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENOSYS` | 78 |
| `linux_mips`, `illumos` | `ENOSYS` | 89 |
| `linux_parisc` | `ENOSYS` | 251 |
| `linux_sparc` | `ENOSYS` | 90 |
| `aix` | `ENOSYS` | 109 |
| `haiku` | `ENOSYS` | -2147454967 |
| `hurd` | `ENOSYS` | 1073741902 |
| `cygwin` | `ENOSYS` | 88 |
| `wasi`, `emscripten` | `ENOSYS` | 52 |

Kind: `io::ErrorKind::Unsupported`. Persistence: `Persistence::Permanent`.*/
    FunctionNotImplemented,
    /// The filename, directory name, or volume label syntax is incorrect (`ERROR_INVALID_NAME`).
    #[doc(alias("ERROR_INVALID_NAME", "ERROR_BAD_PATHNAME"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_INVALID_NAME`, `ERROR_BAD_PATHNAME` (161) | 123 |

Kind: `io::ErrorKind::InvalidFilename`. Persistence: `Persistence::Permanent`.*/
    InvalidName,
    /// No child processes (`ERROR_WAIT_NO_CHILDREN`, `ECHILD`).
    #[doc(alias("ERROR_WAIT_NO_CHILDREN", "ECHILD"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_WAIT_NO_CHILDREN` | 128 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ECHILD` | 10 |
| `haiku` | `ECHILD` | -2147454974 |
| `hurd` | `ECHILD` | 1073741834 |
| `wasi`, `emscripten` | `ECHILD` | 12 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoChildProcesses,
    /// Illegal seek (`ERROR_SEEK_ON_DEVICE`, `ESPIPE`).
    #[doc(alias("ERROR_SEEK_ON_DEVICE", "ESPIPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_SEEK_ON_DEVICE` | 132 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ESPIPE` | 29 |
| `haiku` | `ESPIPE` | -2147454964 |
| `hurd` | `ESPIPE` | 1073741853 |
| `wasi`, `emscripten` | `ESPIPE` | 70 |

Kind: `io::ErrorKind::NotSeekable`. Persistence: `Persistence::Permanent`.*/
    NotSeekable,
    /// Device or resource busy (`ERROR_BUSY`, `EBUSY`).
    #[doc(alias("ERROR_BUSY", "EBUSY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_BUSY` | 170 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EBUSY` | 16 |
| `haiku` | `EBUSY` | -2147483634 |
| `hurd` | `EBUSY` | 1073741840 |
| `wasi`, `emscripten` | `EBUSY` | 10 |

Kind: `io::ErrorKind::ResourceBusy`. Persistence: `Persistence::Transient`.*/
    ResourceBusy,
    /// Exec format error (`ERROR_BAD_EXE_FORMAT`, `ENOEXEC`).
    #[doc(
        alias(
            "ERROR_BAD_EXE_FORMAT",
            "ERROR_BAD_FORMAT",
            "ERROR_INVALID_STARTING_CODESEG",
            "ERROR_INVALID_STACKSEG",
            "ERROR_INVALID_MODULETYPE",
            "ERROR_INVALID_EXE_SIGNATURE",
            "ERROR_EXE_MARKED_INVALID",
            "ERROR_ITERATED_DATA_EXCEEDS_64k",
            "ERROR_INVALID_MINALLOCSIZE",
            "ERROR_DYNLINK_FROM_INVALID_RING",
            "ERROR_IOPL_NOT_ENABLED",
            "ERROR_INVALID_SEGDPL",
            "ERROR_AUTODATASEG_EXCEEDS_64k",
            "ERROR_RING2SEG_MUST_BE_MOVABLE",
            "ERROR_RELOC_CHAIN_XEEDS_SEGLIM",
            "ERROR_INFLOOP_IN_RELOC_CHAIN",
            "ENOEXEC"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_BAD_EXE_FORMAT`, `ERROR_BAD_FORMAT` (11), `ERROR_INVALID_STARTING_CODESEG` (188), `ERROR_INVALID_STACKSEG` (189), `ERROR_INVALID_MODULETYPE` (190), `ERROR_INVALID_EXE_SIGNATURE` (191), `ERROR_EXE_MARKED_INVALID` (192), `ERROR_ITERATED_DATA_EXCEEDS_64k` (194), `ERROR_INVALID_MINALLOCSIZE` (195), `ERROR_DYNLINK_FROM_INVALID_RING` (196), `ERROR_IOPL_NOT_ENABLED` (197), `ERROR_INVALID_SEGDPL` (198), `ERROR_AUTODATASEG_EXCEEDS_64k` (199), `ERROR_RING2SEG_MUST_BE_MOVABLE` (200), `ERROR_RELOC_CHAIN_XEEDS_SEGLIM` (201), `ERROR_INFLOOP_IN_RELOC_CHAIN` (202) | 193 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENOEXEC` | 8 |
| `haiku` | `ENOEXEC` | -2147478782 |
| `hurd` | `ENOEXEC` | 1073741832 |
| `wasi`, `emscripten` | `ENOEXEC` | 45 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ExecFormatError,
    /// Argument list too long (`ERROR_META_EXPANSION_TOO_LONG`, `E2BIG`).
    #[doc(alias("ERROR_META_EXPANSION_TOO_LONG", "E2BIG"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_META_EXPANSION_TOO_LONG` | 208 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `E2BIG` | 7 |
| `haiku` | `E2BIG` | -2147454975 |
| `hurd` | `E2BIG` | 1073741831 |
| `wasi`, `emscripten` | `E2BIG` | 1 |

Kind: `io::ErrorKind::ArgumentListTooLong`. Persistence: `Persistence::Permanent`.*/
    ArgumentListTooLong,
    /// File too large (`ERROR_FILE_TOO_LARGE`, `EFBIG`).
    #[doc(alias("ERROR_FILE_TOO_LARGE", "EFBIG"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_FILE_TOO_LARGE` | 223 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EFBIG` | 27 |
| `haiku` | `EFBIG` | -2147454972 |
| `hurd` | `EFBIG` | 1073741851 |
| `wasi`, `emscripten` | `EFBIG` | 22 |

Kind: `io::ErrorKind::FileTooLarge`. Persistence: `Persistence::Permanent`.*/
    FileTooLarge,
    /// The pipe state is invalid (`ERROR_BAD_PIPE`).
    #[doc(alias("ERROR_BAD_PIPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_BAD_PIPE` | 230 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidPipeState,
    /// All pipe instances are busy (`ERROR_PIPE_BUSY`).
    #[doc(alias("ERROR_PIPE_BUSY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_PIPE_BUSY` | 231 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    PipeBusy,
    /// More data is available (`ERROR_MORE_DATA`).
    #[doc(alias("ERROR_MORE_DATA"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_MORE_DATA` | 234 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    MoreData,
    /// Not a directory (`ERROR_DIRECTORY`, `ENOTDIR`).
    #[doc(alias("ERROR_DIRECTORY", "ENOTDIR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_DIRECTORY` | 267 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENOTDIR` | 20 |
| `haiku` | `ENOTDIR` | -2147459067 |
| `hurd` | `ENOTDIR` | 1073741844 |
| `wasi`, `emscripten` | `ENOTDIR` | 54 |

Kind: `io::ErrorKind::NotADirectory`. Persistence: `Persistence::Permanent`.*/
    NotADirectory,
    /// Is a directory (`ERROR_DIRECTORY_NOT_SUPPORTED`, `EISDIR`).
    #[doc(alias("ERROR_DIRECTORY_NOT_SUPPORTED", "EISDIR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_DIRECTORY_NOT_SUPPORTED` | 336 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EISDIR` | 21 |
| `haiku` | `EISDIR` | -2147459063 |
| `hurd` | `EISDIR` | 1073741845 |
| `wasi`, `emscripten` | `EISDIR` | 31 |

Kind: `io::ErrorKind::IsADirectory`. Persistence: `Persistence::Permanent`.*/
    IsADirectory,
    /// There is a process on other end of the pipe (`ERROR_PIPE_CONNECTED`).
    #[doc(alias("ERROR_PIPE_CONNECTED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_PIPE_CONNECTED` | 535 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    PipeConnected,
    /// Waiting for a process to open the other end of the pipe (`ERROR_PIPE_LISTENING`).
    #[doc(alias("ERROR_PIPE_LISTENING"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_PIPE_LISTENING` | 536 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    PipeListening,
    /// Operation canceled (`WSA_OPERATION_ABORTED`, `ECANCELED`).
    #[doc(
        alias(
            "WSA_OPERATION_ABORTED",
            "ERROR_OPERATION_ABORTED",
            "ECANCELED",
            "ECANCELLED"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_OPERATION_ABORTED`, `ERROR_OPERATION_ABORTED` | 995 |
| `linux`, `linux_powerpc`, `redox` | `ECANCELED` | 125 |
| `linux_alpha` | `ECANCELED` | 131 |
| `linux_mips` | `ECANCELED` | 158 |
| `linux_parisc` | `ECANCELED`, `ECANCELLED` | 253 |
| `linux_sparc` | `ECANCELED` | 127 |
| `macos` | `ECANCELED` | 89 |
| `freebsd`, `dragonfly` | `ECANCELED` | 85 |
| `netbsd` | `ECANCELED` | 87 |
| `openbsd` | `ECANCELED` | 88 |
| `illumos` | `ECANCELED` | 47 |
| `aix` | `ECANCELED` | 117 |
| `haiku` | `ECANCELED` | -2147454929 |
| `hurd` | `ECANCELED` | 1073741943 |
| `cygwin` | `ECANCELED` | 140 |
| `wasi`, `emscripten` | `ECANCELED` | 11 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    OperationCanceled,
    /// Overlapped I/O event object not in signaled state (`WSA_IO_INCOMPLETE`).
    #[doc(alias("WSA_IO_INCOMPLETE", "ERROR_IO_INCOMPLETE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_IO_INCOMPLETE`, `ERROR_IO_INCOMPLETE` | 996 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    IoIncomplete,
    /// Overlapped operations will complete later (`WSA_IO_PENDING`).
    #[doc(alias("WSA_IO_PENDING", "ERROR_IO_PENDING"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_IO_PENDING`, `ERROR_IO_PENDING` | 997 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    IoPending,
    /// Invalid or incomplete multibyte or wide character (`ERROR_NO_UNICODE_TRANSLATION`, `EILSEQ`).
    #[doc(alias("ERROR_NO_UNICODE_TRANSLATION", "EILSEQ"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_NO_UNICODE_TRANSLATION` | 1113 |
| `linux`, `linux_powerpc`, `openbsd`, `redox` | `EILSEQ` | 84 |
| `linux_alpha`, `aix` | `EILSEQ` | 116 |
| `linux_mips`, `illumos` | `EILSEQ` | 88 |
| `linux_parisc` | `EILSEQ` | 47 |
| `linux_sparc` | `EILSEQ` | 122 |
| `macos` | `EILSEQ` | 92 |
| `freebsd`, `dragonfly` | `EILSEQ` | 86 |
| `netbsd` | `EILSEQ` | 85 |
| `haiku` | `EILSEQ` | -2147454938 |
| `hurd` | `EILSEQ` | 1073741930 |
| `cygwin` | `EILSEQ` | 138 |
| `wasi`, `emscripten` | `EILSEQ` | 25 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    IllegalByteSequence,
    /// Input/output error (`ERROR_IO_DEVICE`, `EIO`).
    #[doc(
        alias(
            "ERROR_IO_DEVICE",
            "ERROR_CRC",
            "ERROR_SEEK",
            "ERROR_SECTOR_NOT_FOUND",
            "ERROR_WRITE_FAULT",
            "ERROR_READ_FAULT",
            "ERROR_GEN_FAILURE",
            "ERROR_OPEN_FAILED",
            "ERROR_FILEMARK_DETECTED",
            "ERROR_BEGINNING_OF_MEDIA",
            "ERROR_SETMARK_DETECTED",
            "ERROR_NO_DATA_DETECTED",
            "ERROR_INVALID_BLOCK_LENGTH",
            "ERROR_BUS_RESET",
            "ERROR_EOM_OVERFLOW",
            "ERROR_DEVICE_REQUIRES_CLEANING",
            "ERROR_DEVICE_DOOR_OPEN",
            "ERROR_DISK_CORRUPT",
            "EIO"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_IO_DEVICE`, `ERROR_CRC` (23), `ERROR_SEEK` (25), `ERROR_SECTOR_NOT_FOUND` (27), `ERROR_WRITE_FAULT` (29), `ERROR_READ_FAULT` (30), `ERROR_GEN_FAILURE` (31), `ERROR_OPEN_FAILED` (110), `ERROR_FILEMARK_DETECTED` (1101), `ERROR_BEGINNING_OF_MEDIA` (1102), `ERROR_SETMARK_DETECTED` (1103), `ERROR_NO_DATA_DETECTED` (1104), `ERROR_INVALID_BLOCK_LENGTH` (1106), `ERROR_BUS_RESET` (1111), `ERROR_EOM_OVERFLOW` (1129), `ERROR_DEVICE_REQUIRES_CLEANING` (1165), `ERROR_DEVICE_DOOR_OPEN` (1166), `ERROR_DISK_CORRUPT` (1393) | 1117 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EIO` | 5 |
| `haiku` | `EIO` | -2147483647 |
| `hurd` | `EIO` | 1073741829 |
| `wasi`, `emscripten` | `EIO` | 29 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    IoError,
    /// Resource deadlock avoided (`ERROR_POSSIBLE_DEADLOCK`, `EDEADLK`).
    #[doc(alias("ERROR_POSSIBLE_DEADLOCK", "EDEADLK", "EDEADLOCK"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_POSSIBLE_DEADLOCK` | 1131 |
| `linux` | `EDEADLK`, `EDEADLOCK` | 35 |
| `linux_alpha` | `EDEADLK`, `EDEADLOCK` | 11 |
| `linux_mips`, `illumos`, `cygwin` | `EDEADLK`, `EDEADLOCK` (56) | 45 |
| `linux_parisc` | `EDEADLK`, `EDEADLOCK` | 45 |
| `linux_powerpc`, `redox` | `EDEADLK`, `EDEADLOCK` (58) | 35 |
| `linux_sparc` | `EDEADLK`, `EDEADLOCK` (108) | 78 |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EDEADLK` | 11 |
| `aix` | `EDEADLK` | 45 |
| `haiku` | `EDEADLK` | -2147454973 |
| `hurd` | `EDEADLK` | 1073741835 |
| `wasi` | `EDEADLK` | 16 |
| `emscripten` | `EDEADLK`, `EDEADLOCK` | 16 |

Kind: `io::ErrorKind::Deadlock`. Persistence: `Persistence::Transient`.*/
    Deadlock,
    /// Too many links (`ERROR_TOO_MANY_LINKS`, `EMLINK`).
    #[doc(alias("ERROR_TOO_MANY_LINKS", "EMLINK"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_TOO_MANY_LINKS` | 1142 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EMLINK` | 31 |
| `haiku` | `EMLINK` | -2147454971 |
| `hurd` | `EMLINK` | 1073741855 |
| `wasi`, `emscripten` | `EMLINK` | 34 |

Kind: `io::ErrorKind::TooManyLinks`. Persistence: `Persistence::Permanent`.*/
    TooManyLinks,
    /// Element not found (`ERROR_NOT_FOUND`).
    #[doc(alias("ERROR_NOT_FOUND"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_NOT_FOUND` | 1168 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ElementNotFound,
    /// Operation not permitted (`ERROR_PRIVILEGE_NOT_HELD`, `EPERM`).
    #[doc(alias("ERROR_PRIVILEGE_NOT_HELD", "EPERM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_PRIVILEGE_NOT_HELD` | 1314 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EPERM` | 1 |
| `haiku` | `EPERM` | -2147483633 |
| `hurd` | `EPERM` | 1073741825 |
| `wasi`, `emscripten` | `EPERM` | 63 |

Kind: `io::ErrorKind::PermissionDenied`. Persistence: `Persistence::Permanent`.*/
    OperationNotPermitted,
    /// Interrupted system call (`WSAEINTR`, `EINTR`).
    #[doc(alias("WSAEINTR", "EINTR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINTR` | 10004 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EINTR` | 4 |
| `haiku` | `EINTR` | -2147483638 |
| `hurd` | `EINTR` | 1073741828 |
| `wasi`, `emscripten` | `EINTR` | 27 |

Kind: `io::ErrorKind::Interrupted`. Persistence: `Persistence::Transient`.*/
    Interrupted,
    /// Bad file descriptor (`WSAEBADF`, `EBADF`).
    #[doc(
        alias(
            "WSAEBADF",
            "ERROR_INVALID_TARGET_HANDLE",
            "ERROR_DIRECT_ACCESS_HANDLE",
            "EBADF"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEBADF`, `ERROR_INVALID_TARGET_HANDLE` (114), `ERROR_DIRECT_ACCESS_HANDLE` (130) | 10009 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EBADF` | 9 |
| `haiku` | `EBADF` | -2147459072 |
| `hurd` | `EBADF` | 1073741833 |
| `wasi`, `emscripten` | `EBADF` | 8 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadFileDescriptor,
    /// Permission denied (`WSAEACCES`, `EACCES`).
    #[doc(
        alias(
            "WSAEACCES",
            "ERROR_ACCESS_DENIED",
            "ERROR_CURRENT_DIRECTORY",
            "ERROR_NETWORK_ACCESS_DENIED",
            "ERROR_ELEVATION_REQUIRED",
            "ERROR_CANT_ACCESS_FILE",
            "EACCES"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEACCES`, `ERROR_ACCESS_DENIED` (5), `ERROR_CURRENT_DIRECTORY` (16), `ERROR_NETWORK_ACCESS_DENIED` (65), `ERROR_ELEVATION_REQUIRED` (740), `ERROR_CANT_ACCESS_FILE` (1920) | 10013 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EACCES` | 13 |
| `haiku` | `EACCES` | -2147483646 |
| `hurd` | `EACCES` | 1073741837 |
| `wasi`, `emscripten` | `EACCES` | 2 |

Kind: `io::ErrorKind::PermissionDenied`. Persistence: `Persistence::Permanent`.*/
    PermissionDenied,
    /// Bad address (`WSAEFAULT`, `EFAULT`).
    #[doc(alias("WSAEFAULT", "ERROR_NOACCESS", "EFAULT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEFAULT`, `ERROR_NOACCESS` (998) | 10014 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EFAULT` | 14 |
| `haiku` | `EFAULT` | -2147478783 |
| `hurd` | `EFAULT` | 1073741838 |
| `wasi`, `emscripten` | `EFAULT` | 21 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadAddress,
    /// Invalid argument (`WSAEINVAL`, `EINVAL`).
    #[doc(
        alias(
            "WSAEINVAL",
            "ERROR_INVALID_ACCESS",
            "ERROR_INVALID_DATA",
            "ERROR_INSUFFICIENT_BUFFER",
            "ERROR_NEGATIVE_SEEK",
            "ERROR_INVALID_FLAGS",
            "ERROR_SYMLINK_NOT_SUPPORTED",
            "ERROR_INVALID_REPARSE_DATA",
            "EINVAL"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINVAL`, `ERROR_INVALID_ACCESS` (12), `ERROR_INVALID_DATA` (13), `ERROR_INSUFFICIENT_BUFFER` (122), `ERROR_NEGATIVE_SEEK` (131), `ERROR_INVALID_FLAGS` (1004), `ERROR_SYMLINK_NOT_SUPPORTED` (1464), `ERROR_INVALID_REPARSE_DATA` (4392) | 10022 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EINVAL` | 22 |
| `haiku` | `EINVAL` | -2147483643 |
| `hurd` | `EINVAL` | 1073741846 |
| `wasi`, `emscripten` | `EINVAL` | 28 |

Kind: `io::ErrorKind::InvalidInput`. Persistence: `Persistence::Permanent`.*/
    InvalidArgument,
    /// Too many open files (`WSAEMFILE`, `EMFILE`).
    #[doc(alias("WSAEMFILE", "ERROR_TOO_MANY_OPEN_FILES", "EMFILE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEMFILE`, `ERROR_TOO_MANY_OPEN_FILES` (4) | 10024 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EMFILE` | 24 |
| `haiku` | `EMFILE` | -2147459062 |
| `hurd` | `EMFILE` | 1073741848 |
| `wasi`, `emscripten` | `EMFILE` | 33 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TooManyOpenFiles,
    /// Resource temporarily unavailable (`WSAEWOULDBLOCK`, `EAGAIN`).
    #[doc(alias("WSAEWOULDBLOCK", "EAGAIN", "EWOULDBLOCK"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEWOULDBLOCK` | 10035 |
| `linux`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `illumos`, `aix`, `cygwin` | `EAGAIN`, `EWOULDBLOCK` | 11 |
| `linux_alpha`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EAGAIN`, `EWOULDBLOCK` | 35 |
| `haiku` | `EAGAIN`, `EWOULDBLOCK` | -2147483637 |
| `redox` | `EAGAIN`, `EWOULDBLOCK` (41) | 11 |
| `hurd` | `EAGAIN`, `EWOULDBLOCK` | 1073741859 |
| `wasi`, `emscripten` | `EAGAIN`, `EWOULDBLOCK` | 6 |

Kind: `io::ErrorKind::WouldBlock`. Persistence: `Persistence::Transient`.*/
    WouldBlock,
    /// Operation now in progress (`WSAEINPROGRESS`, `EINPROGRESS`).
    #[doc(alias("WSAEINPROGRESS", "EINPROGRESS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINPROGRESS` | 10036 |
| `linux`, `linux_powerpc`, `redox` | `EINPROGRESS` | 115 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EINPROGRESS` | 36 |
| `linux_mips`, `illumos` | `EINPROGRESS` | 150 |
| `linux_parisc` | `EINPROGRESS` | 245 |
| `aix` | `EINPROGRESS` | 55 |
| `haiku` | `EINPROGRESS` | -2147454940 |
| `hurd` | `EINPROGRESS` | 1073741860 |
| `cygwin` | `EINPROGRESS` | 119 |
| `wasi`, `emscripten` | `EINPROGRESS` | 26 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    InProgress,
    /// Operation already in progress (`WSAEALREADY`, `EALREADY`).
    #[doc(alias("WSAEALREADY", "EALREADY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEALREADY` | 10037 |
| `linux`, `linux_powerpc`, `redox` | `EALREADY` | 114 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EALREADY` | 37 |
| `linux_mips`, `illumos` | `EALREADY` | 149 |
| `linux_parisc` | `EALREADY` | 244 |
| `aix` | `EALREADY` | 56 |
| `haiku` | `EALREADY` | -2147454939 |
| `hurd` | `EALREADY` | 1073741861 |
| `cygwin` | `EALREADY` | 120 |
| `wasi`, `emscripten` | `EALREADY` | 7 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    AlreadyInProgress,
    /// Socket operation on non-socket (`WSAENOTSOCK`, `ENOTSOCK`).
    #[doc(alias("WSAENOTSOCK", "ENOTSOCK"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOTSOCK` | 10038 |
| `linux`, `linux_powerpc`, `redox` | `ENOTSOCK` | 88 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENOTSOCK` | 38 |
| `linux_mips`, `illumos` | `ENOTSOCK` | 95 |
| `linux_parisc` | `ENOTSOCK` | 216 |
| `aix`, `wasi`, `emscripten` | `ENOTSOCK` | 57 |
| `haiku` | `ENOTSOCK` | -2147454932 |
| `hurd` | `ENOTSOCK` | 1073741862 |
| `cygwin` | `ENOTSOCK` | 108 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NotASocket,
    /// Destination address required (`WSAEDESTADDRREQ`, `EDESTADDRREQ`).
    #[doc(alias("WSAEDESTADDRREQ", "EDESTADDRREQ", "EDESTADDREQ"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEDESTADDRREQ` | 10039 |
| `linux`, `linux_powerpc`, `redox` | `EDESTADDRREQ` | 89 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EDESTADDRREQ` | 39 |
| `linux_mips`, `illumos` | `EDESTADDRREQ` | 96 |
| `linux_parisc` | `EDESTADDRREQ` | 217 |
| `aix` | `EDESTADDRREQ`, `EDESTADDREQ` | 58 |
| `haiku` | `EDESTADDRREQ` | -2147454928 |
| `hurd` | `EDESTADDRREQ` | 1073741863 |
| `cygwin` | `EDESTADDRREQ` | 121 |
| `wasi`, `emscripten` | `EDESTADDRREQ` | 17 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    DestinationAddressRequired,
    /// Message too long (`WSAEMSGSIZE`, `EMSGSIZE`).
    #[doc(alias("WSAEMSGSIZE", "EMSGSIZE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEMSGSIZE` | 10040 |
| `linux`, `linux_powerpc`, `redox` | `EMSGSIZE` | 90 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EMSGSIZE` | 40 |
| `linux_mips`, `illumos` | `EMSGSIZE` | 97 |
| `linux_parisc` | `EMSGSIZE` | 218 |
| `aix` | `EMSGSIZE` | 59 |
| `haiku` | `EMSGSIZE` | -2147454934 |
| `hurd` | `EMSGSIZE` | 1073741864 |
| `cygwin` | `EMSGSIZE` | 122 |
| `wasi`, `emscripten` | `EMSGSIZE` | 35 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    MessageTooLong,
    /// Protocol wrong type for socket (`WSAEPROTOTYPE`, `EPROTOTYPE`).
    #[doc(alias("WSAEPROTOTYPE", "EPROTOTYPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROTOTYPE` | 10041 |
| `linux`, `linux_powerpc`, `redox` | `EPROTOTYPE` | 91 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EPROTOTYPE` | 41 |
| `linux_mips`, `illumos` | `EPROTOTYPE` | 98 |
| `linux_parisc` | `EPROTOTYPE` | 219 |
| `aix` | `EPROTOTYPE` | 60 |
| `haiku` | `EPROTOTYPE` | -2147454958 |
| `hurd` | `EPROTOTYPE` | 1073741865 |
| `cygwin` | `EPROTOTYPE` | 107 |
| `wasi`, `emscripten` | `EPROTOTYPE` | 67 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    WrongProtocolType,
    /// Protocol not available (`WSAENOPROTOOPT`, `ENOPROTOOPT`).
    #[doc(alias("WSAENOPROTOOPT", "ENOPROTOOPT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOPROTOOPT` | 10042 |
| `linux`, `linux_powerpc`, `redox` | `ENOPROTOOPT` | 92 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENOPROTOOPT` | 42 |
| `linux_mips`, `illumos` | `ENOPROTOOPT` | 99 |
| `linux_parisc` | `ENOPROTOOPT` | 220 |
| `aix` | `ENOPROTOOPT` | 61 |
| `haiku` | `ENOPROTOOPT` | -2147454942 |
| `hurd` | `ENOPROTOOPT` | 1073741866 |
| `cygwin` | `ENOPROTOOPT` | 109 |
| `wasi`, `emscripten` | `ENOPROTOOPT` | 50 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadProtocolOption,
    /// Protocol not supported (`WSAEPROTONOSUPPORT`, `EPROTONOSUPPORT`).
    #[doc(alias("WSAEPROTONOSUPPORT", "EPROTONOSUPPORT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROTONOSUPPORT` | 10043 |
| `linux`, `linux_powerpc`, `redox` | `EPROTONOSUPPORT` | 93 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EPROTONOSUPPORT` | 43 |
| `linux_mips`, `illumos` | `EPROTONOSUPPORT` | 120 |
| `linux_parisc` | `EPROTONOSUPPORT` | 221 |
| `aix` | `EPROTONOSUPPORT` | 62 |
| `haiku` | `EPROTONOSUPPORT` | -2147454957 |
| `hurd` | `EPROTONOSUPPORT` | 1073741867 |
| `cygwin` | `EPROTONOSUPPORT` | 123 |
| `wasi`, `emscripten` | `EPROTONOSUPPORT` | 66 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ProtocolNotSupported,
    /// Socket type not supported (`WSAESOCKTNOSUPPORT`, `ESOCKTNOSUPPORT`).
    #[doc(alias("WSAESOCKTNOSUPPORT", "ESOCKTNOSUPPORT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAESOCKTNOSUPPORT` | 10044 |
| `linux`, `linux_powerpc`, `redox` | `ESOCKTNOSUPPORT` | 94 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ESOCKTNOSUPPORT` | 44 |
| `linux_mips`, `illumos` | `ESOCKTNOSUPPORT` | 121 |
| `linux_parisc` | `ESOCKTNOSUPPORT` | 222 |
| `aix` | `ESOCKTNOSUPPORT` | 63 |
| `haiku` | `ESOCKTNOSUPPORT` | -2147454913 |
| `hurd` | `ESOCKTNOSUPPORT` | 1073741868 |
| `cygwin` | `ESOCKTNOSUPPORT` | 124 |
| `emscripten` | `ESOCKTNOSUPPORT` | 137 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SocketTypeNotSupported,
    /// Operation not supported (`WSAEOPNOTSUPP`, `EOPNOTSUPP`).
    #[doc(alias("WSAEOPNOTSUPP", "EOPNOTSUPP"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEOPNOTSUPP` | 10045 |
| `linux`, `linux_powerpc`, `redox`, `cygwin` | `EOPNOTSUPP` | 95 |
| `linux_alpha`, `linux_sparc`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EOPNOTSUPP` | 45 |
| `linux_mips`, `illumos` | `EOPNOTSUPP` | 122 |
| `linux_parisc` | `EOPNOTSUPP` | 223 |
| `macos` | `EOPNOTSUPP` | 102 |
| `aix` | `EOPNOTSUPP` | 64 |
| `haiku` | `EOPNOTSUPP` | -2147454933 |
| `hurd` | `EOPNOTSUPP` | 1073741869 |
| `wasi` | `EOPNOTSUPP` | 58 |
| `emscripten` | `EOPNOTSUPP` | 138 |

Kind: `io::ErrorKind::Unsupported`. Persistence: `Persistence::Permanent`.*/
    OperationNotSupported,
    /// Protocol family not supported (`WSAEPFNOSUPPORT`, `EPFNOSUPPORT`).
    #[doc(alias("WSAEPFNOSUPPORT", "EPFNOSUPPORT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPFNOSUPPORT` | 10046 |
| `linux`, `linux_powerpc`, `redox`, `cygwin` | `EPFNOSUPPORT` | 96 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EPFNOSUPPORT` | 46 |
| `linux_mips`, `illumos` | `EPFNOSUPPORT` | 123 |
| `linux_parisc` | `EPFNOSUPPORT` | 224 |
| `aix` | `EPFNOSUPPORT` | 65 |
| `haiku` | `EPFNOSUPPORT` | -2147454956 |
| `hurd` | `EPFNOSUPPORT` | 1073741870 |
| `emscripten` | `EPFNOSUPPORT` | 139 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ProtocolFamilyNotSupported,
    /// Address family not supported by protocol (`WSAEAFNOSUPPORT`, `EAFNOSUPPORT`).
    #[doc(alias("WSAEAFNOSUPPORT", "EAFNOSUPPORT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEAFNOSUPPORT` | 10047 |
| `linux`, `linux_powerpc`, `redox` | `EAFNOSUPPORT` | 97 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EAFNOSUPPORT` | 47 |
| `linux_mips`, `illumos` | `EAFNOSUPPORT` | 124 |
| `linux_parisc` | `EAFNOSUPPORT` | 225 |
| `aix` | `EAFNOSUPPORT` | 66 |
| `haiku` | `EAFNOSUPPORT` | -2147454955 |
| `hurd` | `EAFNOSUPPORT` | 1073741871 |
| `cygwin` | `EAFNOSUPPORT` | 106 |
| `wasi`, `emscripten` | `EAFNOSUPPORT` | 5 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    AddressFamilyNotSupported,
    /// Address already in use (`WSAEADDRINUSE`, `EADDRINUSE`).
    #[doc(alias("WSAEADDRINUSE", "ERROR_ADDRESS_ALREADY_ASSOCIATED", "EADDRINUSE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEADDRINUSE`, `ERROR_ADDRESS_ALREADY_ASSOCIATED` (1227) | 10048 |
| `linux`, `linux_powerpc`, `redox` | `EADDRINUSE` | 98 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EADDRINUSE` | 48 |
| `linux_mips`, `illumos` | `EADDRINUSE` | 125 |
| `linux_parisc` | `EADDRINUSE` | 226 |
| `aix` | `EADDRINUSE` | 67 |
| `haiku` | `EADDRINUSE` | -2147454954 |
| `hurd` | `EADDRINUSE` | 1073741872 |
| `cygwin` | `EADDRINUSE` | 112 |
| `wasi`, `emscripten` | `EADDRINUSE` | 3 |

Kind: `io::ErrorKind::AddrInUse`. Persistence: `Persistence::Transient`.*/
    AddressInUse,
    /// Cannot assign requested address (`WSAEADDRNOTAVAIL`, `EADDRNOTAVAIL`).
    #[doc(alias("WSAEADDRNOTAVAIL", "EADDRNOTAVAIL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEADDRNOTAVAIL` | 10049 |
| `linux`, `linux_powerpc`, `redox` | `EADDRNOTAVAIL` | 99 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EADDRNOTAVAIL` | 49 |
| `linux_mips`, `illumos` | `EADDRNOTAVAIL` | 126 |
| `linux_parisc` | `EADDRNOTAVAIL` | 227 |
| `aix` | `EADDRNOTAVAIL` | 68 |
| `haiku` | `EADDRNOTAVAIL` | -2147454953 |
| `hurd` | `EADDRNOTAVAIL` | 1073741873 |
| `cygwin` | `EADDRNOTAVAIL` | 125 |
| `wasi`, `emscripten` | `EADDRNOTAVAIL` | 4 |

Kind: `io::ErrorKind::AddrNotAvailable`. Persistence: `Persistence::Transient`.*/
    AddressNotAvailable,
    /// Network is down (`WSAENETDOWN`, `ENETDOWN`).
    #[doc(alias("WSAENETDOWN", "ENETDOWN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENETDOWN` | 10050 |
| `linux`, `linux_powerpc`, `redox` | `ENETDOWN` | 100 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENETDOWN` | 50 |
| `linux_mips`, `illumos` | `ENETDOWN` | 127 |
| `linux_parisc` | `ENETDOWN` | 228 |
| `aix` | `ENETDOWN` | 69 |
| `haiku` | `ENETDOWN` | -2147454952 |
| `hurd` | `ENETDOWN` | 1073741874 |
| `cygwin` | `ENETDOWN` | 115 |
| `wasi`, `emscripten` | `ENETDOWN` | 38 |

Kind: `io::ErrorKind::NetworkDown`. Persistence: `Persistence::Transient`.*/
    NetworkDown,
    /// Network is unreachable (`WSAENETUNREACH`, `ENETUNREACH`).
    #[doc(alias("WSAENETUNREACH", "ERROR_NETWORK_UNREACHABLE", "ENETUNREACH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENETUNREACH`, `ERROR_NETWORK_UNREACHABLE` (1231) | 10051 |
| `linux`, `linux_powerpc`, `redox` | `ENETUNREACH` | 101 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENETUNREACH` | 51 |
| `linux_mips`, `illumos` | `ENETUNREACH` | 128 |
| `linux_parisc` | `ENETUNREACH` | 229 |
| `aix` | `ENETUNREACH` | 70 |
| `haiku` | `ENETUNREACH` | -2147454951 |
| `hurd` | `ENETUNREACH` | 1073741875 |
| `cygwin` | `ENETUNREACH` | 114 |
| `wasi`, `emscripten` | `ENETUNREACH` | 40 |

Kind: `io::ErrorKind::NetworkUnreachable`. Persistence: `Persistence::Transient`.*/
    NetworkUnreachable,
    /// Network dropped connection on reset (`WSAENETRESET`, `ENETRESET`).
    #[doc(alias("WSAENETRESET", "ENETRESET"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENETRESET` | 10052 |
| `linux`, `linux_powerpc`, `redox` | `ENETRESET` | 102 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENETRESET` | 52 |
| `linux_mips`, `illumos` | `ENETRESET` | 129 |
| `linux_parisc` | `ENETRESET` | 230 |
| `aix` | `ENETRESET` | 71 |
| `haiku` | `ENETRESET` | -2147454950 |
| `hurd` | `ENETRESET` | 1073741876 |
| `cygwin` | `ENETRESET` | 126 |
| `wasi`, `emscripten` | `ENETRESET` | 39 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::ConnectionLost`.*/
    NetworkReset,
    /// Software caused connection abort (`WSAECONNABORTED`, `ECONNABORTED`).
    #[doc(alias("WSAECONNABORTED", "ERROR_CONNECTION_ABORTED", "ECONNABORTED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECONNABORTED`, `ERROR_CONNECTION_ABORTED` (1236) | 10053 |
| `linux`, `linux_powerpc`, `redox` | `ECONNABORTED` | 103 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ECONNABORTED` | 53 |
| `linux_mips`, `illumos` | `ECONNABORTED` | 130 |
| `linux_parisc` | `ECONNABORTED` | 231 |
| `aix` | `ECONNABORTED` | 72 |
| `haiku` | `ECONNABORTED` | -2147454949 |
| `hurd` | `ECONNABORTED` | 1073741877 |
| `cygwin` | `ECONNABORTED` | 113 |
| `wasi`, `emscripten` | `ECONNABORTED` | 13 |

Kind: `io::ErrorKind::ConnectionAborted`. Persistence: `Persistence::ConnectionLost`.*/
    ConnectionAborted,
    /// Connection reset by peer (`WSAECONNRESET`, `ECONNRESET`).
    #[doc(alias("WSAECONNRESET", "ERROR_NETNAME_DELETED", "ECONNRESET"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECONNRESET`, `ERROR_NETNAME_DELETED` (64) | 10054 |
| `linux`, `linux_powerpc`, `redox`, `cygwin` | `ECONNRESET` | 104 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ECONNRESET` | 54 |
| `linux_mips`, `illumos` | `ECONNRESET` | 131 |
| `linux_parisc` | `ECONNRESET` | 232 |
| `aix` | `ECONNRESET` | 73 |
| `haiku` | `ECONNRESET` | -2147454948 |
| `hurd` | `ECONNRESET` | 1073741878 |
| `wasi`, `emscripten` | `ECONNRESET` | 15 |

Kind: `io::ErrorKind::ConnectionReset`. Persistence: `Persistence::ConnectionLost`.*/
    ConnectionReset,
    /// No buffer space available (`WSAENOBUFS`, `ENOBUFS`).
    #[doc(alias("WSAENOBUFS", "ENOBUFS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOBUFS` | 10055 |
| `linux`, `linux_powerpc`, `redox`, `cygwin` | `ENOBUFS` | 105 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENOBUFS` | 55 |
| `linux_mips`, `illumos` | `ENOBUFS` | 132 |
| `linux_parisc` | `ENOBUFS` | 233 |
| `aix` | `ENOBUFS` | 74 |
| `haiku` | `ENOBUFS` | -2147454941 |
| `hurd` | `ENOBUFS` | 1073741879 |
| `wasi`, `emscripten` | `ENOBUFS` | 42 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    NoBufferSpace,
    /// Transport endpoint is already connected (`WSAEISCONN`, `EISCONN`).
    #[doc(alias("WSAEISCONN", "EISCONN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEISCONN` | 10056 |
| `linux`, `linux_powerpc`, `redox` | `EISCONN` | 106 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EISCONN` | 56 |
| `linux_mips`, `illumos` | `EISCONN` | 133 |
| `linux_parisc` | `EISCONN` | 234 |
| `aix` | `EISCONN` | 75 |
| `haiku` | `EISCONN` | -2147454947 |
| `hurd` | `EISCONN` | 1073741880 |
| `cygwin` | `EISCONN` | 127 |
| `wasi`, `emscripten` | `EISCONN` | 30 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    AlreadyConnected,
    /// Transport endpoint is not connected (`WSAENOTCONN`, `ENOTCONN`).
    #[doc(alias("WSAENOTCONN", "ERROR_NOT_CONNECTED", "ENOTCONN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOTCONN`, `ERROR_NOT_CONNECTED` (2250) | 10057 |
| `linux`, `linux_powerpc`, `redox` | `ENOTCONN` | 107 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENOTCONN` | 57 |
| `linux_mips`, `illumos` | `ENOTCONN` | 134 |
| `linux_parisc` | `ENOTCONN` | 235 |
| `aix` | `ENOTCONN` | 76 |
| `haiku` | `ENOTCONN` | -2147454946 |
| `hurd` | `ENOTCONN` | 1073741881 |
| `cygwin` | `ENOTCONN` | 128 |
| `wasi`, `emscripten` | `ENOTCONN` | 53 |

Kind: `io::ErrorKind::NotConnected`. Persistence: `Persistence::ConnectionLost`.*/
    NotConnected,
    /// Cannot send after transport endpoint shutdown (`WSAESHUTDOWN`, `ESHUTDOWN`).
    #[doc(alias("WSAESHUTDOWN", "ESHUTDOWN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAESHUTDOWN` | 10058 |
| `linux`, `linux_powerpc`, `redox` | `ESHUTDOWN` | 108 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ESHUTDOWN` | 58 |
| `linux_mips`, `illumos` | `ESHUTDOWN` | 143 |
| `linux_parisc` | `ESHUTDOWN` | 236 |
| `aix` | `ESHUTDOWN` | 77 |
| `haiku` | `ESHUTDOWN` | -2147454945 |
| `hurd` | `ESHUTDOWN` | 1073741882 |
| `cygwin` | `ESHUTDOWN` | 110 |
| `emscripten` | `ESHUTDOWN` | 140 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::ConnectionLost`.*/
    SocketShutdown,
    /// Too many references: cannot splice (`WSAETOOMANYREFS`, `ETOOMANYREFS`).
    #[doc(alias("WSAETOOMANYREFS", "ETOOMANYREFS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAETOOMANYREFS` | 10059 |
| `linux`, `linux_powerpc`, `redox` | `ETOOMANYREFS` | 109 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ETOOMANYREFS` | 59 |
| `linux_mips`, `illumos` | `ETOOMANYREFS` | 144 |
| `linux_parisc` | `ETOOMANYREFS` | 237 |
| `aix` | `ETOOMANYREFS` | 115 |
| `hurd` | `ETOOMANYREFS` | 1073741883 |
| `cygwin` | `ETOOMANYREFS` | 129 |
| `emscripten` | `ETOOMANYREFS` | 141 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TooManyReferences,
    /// Connection timed out (`WSAETIMEDOUT`, `ETIMEDOUT`).
    #[doc(
        alias(
            "WSAETIMEDOUT",
            "ERROR_SEM_TIMEOUT",
            "WAIT_TIMEOUT",
            "ERROR_DRIVER_CANCEL_TIMEOUT",
            "ERROR_SERVICE_REQUEST_TIMEOUT",
            "ERROR_COUNTER_TIMEOUT",
            "ERROR_TIMEOUT",
            "ERROR_RESOURCE_CALL_TIMED_OUT",
            "ERROR_CTX_MODEM_RESPONSE_TIMEOUT",
            "ERROR_CTX_CLIENT_QUERY_TIMEOUT",
            "FRS_ERR_SYSVOL_POPULATE_TIMEOUT",
            "ERROR_DS_TIMELIMIT_EXCEEDED",
            "DNS_ERROR_RECORD_TIMED_OUT",
            "ERROR_IPSEC_IKE_TIMED_OUT",
            "ERROR_RUNLEVEL_SWITCH_TIMEOUT",
            "ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT",
            "ETIMEDOUT"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAETIMEDOUT`, `ERROR_SEM_TIMEOUT` (121), `WAIT_TIMEOUT` (258), `ERROR_DRIVER_CANCEL_TIMEOUT` (594), `ERROR_SERVICE_REQUEST_TIMEOUT` (1053), `ERROR_COUNTER_TIMEOUT` (1121), `ERROR_TIMEOUT` (1460), `ERROR_RESOURCE_CALL_TIMED_OUT` (5910), `ERROR_CTX_MODEM_RESPONSE_TIMEOUT` (7012), `ERROR_CTX_CLIENT_QUERY_TIMEOUT` (7040), `FRS_ERR_SYSVOL_POPULATE_TIMEOUT` (8014), `ERROR_DS_TIMELIMIT_EXCEEDED` (8226), `DNS_ERROR_RECORD_TIMED_OUT` (9705), `ERROR_IPSEC_IKE_TIMED_OUT` (13805), `ERROR_RUNLEVEL_SWITCH_TIMEOUT` (15402), `ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT` (15403) | 10060 |
| `linux`, `linux_powerpc`, `redox` | `ETIMEDOUT` | 110 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ETIMEDOUT` | 60 |
| `linux_mips`, `illumos` | `ETIMEDOUT` | 145 |
| `linux_parisc` | `ETIMEDOUT` | 238 |
| `aix` | `ETIMEDOUT` | 78 |
| `haiku` | `ETIMEDOUT` | -2147483639 |
| `hurd` | `ETIMEDOUT` | 1073741884 |
| `cygwin` | `ETIMEDOUT` | 116 |
| `wasi`, `emscripten` | `ETIMEDOUT` | 73 |

Kind: `io::ErrorKind::TimedOut`. Persistence: `Persistence::TimedOut`.*/
    TimedOut,
    /// Connection refused (`WSAECONNREFUSED`, `ECONNREFUSED`).
    #[doc(
        alias(
            "WSAECONNREFUSED",
            "ERROR_CONNECTION_REFUSED",
            "ERROR_PORT_UNREACHABLE",
            "ECONNREFUSED",
            "EREFUSED"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECONNREFUSED`, `ERROR_CONNECTION_REFUSED` (1225), `ERROR_PORT_UNREACHABLE` (1234) | 10061 |
| `linux`, `linux_powerpc`, `redox`, `cygwin` | `ECONNREFUSED` | 111 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ECONNREFUSED` | 61 |
| `linux_mips`, `illumos` | `ECONNREFUSED` | 146 |
| `linux_parisc` | `ECONNREFUSED`, `EREFUSED` | 239 |
| `aix` | `ECONNREFUSED` | 79 |
| `haiku` | `ECONNREFUSED` | -2147454944 |
| `hurd` | `ECONNREFUSED` | 1073741885 |
| `wasi`, `emscripten` | `ECONNREFUSED` | 14 |

Kind: `io::ErrorKind::ConnectionRefused`. Persistence: `Persistence::Transient`.*/
    ConnectionRefused,
    /// Too many levels of symbolic links (`WSAELOOP`, `ELOOP`).
    #[doc(alias("WSAELOOP", "ERROR_CANT_RESOLVE_FILENAME", "ELOOP"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAELOOP`, `ERROR_CANT_RESOLVE_FILENAME` (1921) | 10062 |
| `linux`, `linux_powerpc`, `redox` | `ELOOP` | 40 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ELOOP` | 62 |
| `linux_mips`, `illumos` | `ELOOP` | 90 |
| `linux_parisc` | `ELOOP` | 249 |
| `aix` | `ELOOP` | 85 |
| `haiku` | `ELOOP` | -2147459060 |
| `hurd` | `ELOOP` | 1073741886 |
| `cygwin` | `ELOOP` | 92 |
| `wasi`, `emscripten` | `ELOOP` | 32 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    FilesystemLoop,
    /// File name too long (`WSAENAMETOOLONG`, `ENAMETOOLONG`).
    #[doc(
        alias(
            "WSAENAMETOOLONG",
            "ERROR_BUFFER_OVERFLOW",
            "ERROR_FILENAME_EXCED_RANGE",
            "ENAMETOOLONG"
        )
    )]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENAMETOOLONG`, `ERROR_BUFFER_OVERFLOW` (111), `ERROR_FILENAME_EXCED_RANGE` (206) | 10063 |
| `linux`, `linux_powerpc`, `redox` | `ENAMETOOLONG` | 36 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENAMETOOLONG` | 63 |
| `linux_mips`, `illumos` | `ENAMETOOLONG` | 78 |
| `linux_parisc` | `ENAMETOOLONG` | 248 |
| `aix` | `ENAMETOOLONG` | 86 |
| `haiku` | `ENAMETOOLONG` | -2147459068 |
| `hurd` | `ENAMETOOLONG` | 1073741887 |
| `cygwin` | `ENAMETOOLONG` | 91 |
| `wasi`, `emscripten` | `ENAMETOOLONG` | 37 |

Kind: `io::ErrorKind::InvalidFilename`. Persistence: `Persistence::Permanent`.*/
    NameTooLong,
    /// Host is down (`WSAEHOSTDOWN`, `EHOSTDOWN`).
    #[doc(alias("WSAEHOSTDOWN", "EHOSTDOWN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEHOSTDOWN` | 10064 |
| `linux`, `linux_powerpc`, `redox` | `EHOSTDOWN` | 112 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EHOSTDOWN` | 64 |
| `linux_mips`, `illumos` | `EHOSTDOWN` | 147 |
| `linux_parisc` | `EHOSTDOWN` | 241 |
| `aix` | `EHOSTDOWN` | 80 |
| `haiku` | `EHOSTDOWN` | -2147454931 |
| `hurd` | `EHOSTDOWN` | 1073741888 |
| `cygwin` | `EHOSTDOWN` | 117 |
| `emscripten` | `EHOSTDOWN` | 142 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    HostDown,
    /// No route to host (`WSAEHOSTUNREACH`, `EHOSTUNREACH`).
    #[doc(alias("WSAEHOSTUNREACH", "ERROR_HOST_UNREACHABLE", "EHOSTUNREACH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEHOSTUNREACH`, `ERROR_HOST_UNREACHABLE` (1232) | 10065 |
| `linux`, `linux_powerpc`, `redox` | `EHOSTUNREACH` | 113 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EHOSTUNREACH` | 65 |
| `linux_mips`, `illumos` | `EHOSTUNREACH` | 148 |
| `linux_parisc` | `EHOSTUNREACH` | 242 |
| `aix` | `EHOSTUNREACH` | 81 |
| `haiku` | `EHOSTUNREACH` | -2147454943 |
| `hurd` | `EHOSTUNREACH` | 1073741889 |
| `cygwin` | `EHOSTUNREACH` | 118 |
| `wasi`, `emscripten` | `EHOSTUNREACH` | 23 |

Kind: `io::ErrorKind::HostUnreachable`. Persistence: `Persistence::Transient`.*/
    HostUnreachable,
    /// Directory not empty (`WSAENOTEMPTY`, `ENOTEMPTY`).
    #[doc(alias("WSAENOTEMPTY", "ERROR_DIR_NOT_EMPTY", "ENOTEMPTY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOTEMPTY`, `ERROR_DIR_NOT_EMPTY` (145) | 10066 |
| `linux`, `linux_powerpc`, `redox` | `ENOTEMPTY` | 39 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENOTEMPTY` | 66 |
| `linux_mips`, `illumos` | `ENOTEMPTY` | 93 |
| `linux_parisc` | `ENOTEMPTY` | 247 |
| `aix` | `ENOTEMPTY` | 87 |
| `haiku` | `ENOTEMPTY` | -2147459066 |
| `hurd` | `ENOTEMPTY` | 1073741890 |
| `cygwin` | `ENOTEMPTY` | 90 |
| `wasi`, `emscripten` | `ENOTEMPTY` | 55 |

Kind: `io::ErrorKind::DirectoryNotEmpty`. Persistence: `Persistence::Permanent`.*/
    DirectoryNotEmpty,
    /// Too many processes (`WSAEPROCLIM`, `EPROCLIM`).
    #[doc(alias("WSAEPROCLIM", "EPROCLIM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROCLIM` | 10067 |
| `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EPROCLIM` | 67 |
| `aix` | `EPROCLIM` | 83 |
| `hurd` | `EPROCLIM` | 1073741891 |
| `cygwin` | `EPROCLIM` | 130 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TooManyProcesses,
    /// Too many users (`WSAEUSERS`, `EUSERS`).
    #[doc(alias("WSAEUSERS", "EUSERS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEUSERS` | 10068 |
| `linux`, `linux_powerpc`, `redox` | `EUSERS` | 87 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EUSERS` | 68 |
| `linux_mips`, `illumos` | `EUSERS` | 94 |
| `aix` | `EUSERS` | 84 |
| `hurd` | `EUSERS` | 1073741892 |
| `cygwin` | `EUSERS` | 131 |
| `emscripten` | `EUSERS` | 136 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TooManyUsers,
    /// Disk quota exceeded (`WSAEDQUOT`, `EDQUOT`).
    #[doc(alias("WSAEDQUOT", "ERROR_DISK_QUOTA_EXCEEDED", "EDQUOT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEDQUOT`, `ERROR_DISK_QUOTA_EXCEEDED` (1295) | 10069 |
| `linux`, `linux_powerpc`, `redox` | `EDQUOT` | 122 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EDQUOT` | 69 |
| `linux_mips` | `EDQUOT` | 1133 |
| `illumos` | `EDQUOT` | 49 |
| `aix` | `EDQUOT` | 88 |
| `haiku` | `EDQUOT` | -2147454927 |
| `hurd` | `EDQUOT` | 1073741893 |
| `cygwin` | `EDQUOT` | 132 |
| `wasi`, `emscripten` | `EDQUOT` | 19 |

Kind: `io::ErrorKind::QuotaExceeded`. Persistence: `Persistence::Permanent`.*/
    QuotaExceeded,
    /// Stale file handle (`WSAESTALE`, `ESTALE`).
    #[doc(alias("WSAESTALE", "ESTALE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAESTALE` | 10070 |
| `linux`, `linux_powerpc`, `redox` | `ESTALE` | 116 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ESTALE` | 70 |
| `linux_mips`, `illumos` | `ESTALE` | 151 |
| `aix` | `ESTALE` | 52 |
| `haiku` | `ESTALE` | -2147454936 |
| `hurd` | `ESTALE` | 1073741894 |
| `cygwin` | `ESTALE` | 133 |
| `wasi`, `emscripten` | `ESTALE` | 72 |

Kind: `io::ErrorKind::StaleNetworkFileHandle`. Persistence: `Persistence::ConnectionLost`.*/
    StaleFileHandle,
    /// Object is remote (`WSAEREMOTE`, `EREMOTE`).
    #[doc(alias("WSAEREMOTE", "EREMOTE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEREMOTE` | 10071 |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `EREMOTE` | 66 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EREMOTE` | 71 |
| `aix` | `EREMOTE` | 93 |
| `hurd` | `EREMOTE` | 1073741895 |
| `emscripten` | `EREMOTE` | 121 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ObjectIsRemote,
    /// Network subsystem is unavailable (`WSASYSNOTREADY`).
    #[doc(alias("WSASYSNOTREADY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSASYSNOTREADY` | 10091 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    SystemNotReady,
    /// Winsock.dll version out of range (`WSAVERNOTSUPPORTED`).
    #[doc(alias("WSAVERNOTSUPPORTED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAVERNOTSUPPORTED` | 10092 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    VersionNotSupported,
    /// Successful WSAStartup not yet performed (`WSANOTINITIALISED`).
    #[doc(alias("WSANOTINITIALISED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSANOTINITIALISED` | 10093 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NotInitialized,
    /// Graceful shutdown in progress (`WSAEDISCON`).
    #[doc(alias("WSAEDISCON"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEDISCON` | 10101 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::ConnectionLost`.*/
    Disconnecting,
    /// No more results (`WSAENOMORE`).
    #[doc(alias("WSAENOMORE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOMORE` | 10102 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    LookupNoMore,
    /// Call has been canceled (`WSAECANCELLED`).
    #[doc(alias("WSAECANCELLED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECANCELLED` | 10103 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    LookupCanceled,
    /// Procedure call table is invalid (`WSAEINVALIDPROCTABLE`).
    #[doc(alias("WSAEINVALIDPROCTABLE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINVALIDPROCTABLE` | 10104 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidProcedureTable,
    /// Service provider is invalid (`WSAEINVALIDPROVIDER`).
    #[doc(alias("WSAEINVALIDPROVIDER"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINVALIDPROVIDER` | 10105 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidProvider,
    /// Service provider failed to initialize (`WSAEPROVIDERFAILEDINIT`).
    #[doc(alias("WSAEPROVIDERFAILEDINIT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROVIDERFAILEDINIT` | 10106 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ProviderFailedInit,
    /// System call failure (`WSASYSCALLFAILURE`).
    #[doc(alias("WSASYSCALLFAILURE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSASYSCALLFAILURE` | 10107 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SystemCallFailure,
    /// Service not found (`WSASERVICE_NOT_FOUND`).
    #[doc(alias("WSASERVICE_NOT_FOUND"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSASERVICE_NOT_FOUND` | 10108 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ServiceNotFound,
    /// Class type not found (`WSATYPE_NOT_FOUND`).
    #[doc(alias("WSATYPE_NOT_FOUND"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSATYPE_NOT_FOUND` | 10109 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ClassTypeNotFound,
    /// No more results (`WSA_E_NO_MORE`).
    #[doc(alias("WSA_E_NO_MORE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_E_NO_MORE` | 10110 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    LookupNoMoreResults,
    /// Call was canceled (`WSA_E_CANCELLED`).
    #[doc(alias("WSA_E_CANCELLED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_E_CANCELLED` | 10111 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    LookupCallCanceled,
    /// Database query was refused (`WSAEREFUSED`).
    #[doc(alias("WSAEREFUSED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEREFUSED` | 10112 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QueryRefused,
    /// Host not found (`WSAHOST_NOT_FOUND`).
    #[doc(alias("WSAHOST_NOT_FOUND"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAHOST_NOT_FOUND` | 11001 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    HostNotFound,
    /// Nonauthoritative host not found (`WSATRY_AGAIN`).
    #[doc(alias("WSATRY_AGAIN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSATRY_AGAIN` | 11002 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TryAgain,
    /// This is a nonrecoverable error (`WSANO_RECOVERY`).
    #[doc(alias("WSANO_RECOVERY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSANO_RECOVERY` | 11003 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoRecovery,
    /// Valid name, no data record of requested type (`WSANO_DATA`).
    #[doc(alias("WSANO_DATA", "WSANO_ADDRESS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSANO_DATA`, `WSANO_ADDRESS` | 11004 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoData,
    /// QoS receivers (`WSA_QOS_RECEIVERS`).
    #[doc(alias("WSA_QOS_RECEIVERS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_RECEIVERS` | 11005 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosReceivers,
    /// QoS senders (`WSA_QOS_SENDERS`).
    #[doc(alias("WSA_QOS_SENDERS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_SENDERS` | 11006 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosSenders,
    /// No QoS senders (`WSA_QOS_NO_SENDERS`).
    #[doc(alias("WSA_QOS_NO_SENDERS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_NO_SENDERS` | 11007 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosNoSenders,
    /// QoS no receivers (`WSA_QOS_NO_RECEIVERS`).
    #[doc(alias("WSA_QOS_NO_RECEIVERS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_NO_RECEIVERS` | 11008 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosNoReceivers,
    /// QoS request confirmed (`WSA_QOS_REQUEST_CONFIRMED`).
    #[doc(alias("WSA_QOS_REQUEST_CONFIRMED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_REQUEST_CONFIRMED` | 11009 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosRequestConfirmed,
    /// QoS admission error (`WSA_QOS_ADMISSION_FAILURE`).
    #[doc(alias("WSA_QOS_ADMISSION_FAILURE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ADMISSION_FAILURE` | 11010 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    QosAdmissionFailure,
    /// QoS policy failure (`WSA_QOS_POLICY_FAILURE`).
    #[doc(alias("WSA_QOS_POLICY_FAILURE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_POLICY_FAILURE` | 11011 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosPolicyFailure,
    /// QoS bad style (`WSA_QOS_BAD_STYLE`).
    #[doc(alias("WSA_QOS_BAD_STYLE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_BAD_STYLE` | 11012 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosBadStyle,
    /// QoS bad object (`WSA_QOS_BAD_OBJECT`).
    #[doc(alias("WSA_QOS_BAD_OBJECT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_BAD_OBJECT` | 11013 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosBadObject,
    /// QoS traffic control error (`WSA_QOS_TRAFFIC_CTRL_ERROR`).
    #[doc(alias("WSA_QOS_TRAFFIC_CTRL_ERROR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_TRAFFIC_CTRL_ERROR` | 11014 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosTrafficControlError,
    /// QoS generic error (`WSA_QOS_GENERIC_ERROR`).
    #[doc(alias("WSA_QOS_GENERIC_ERROR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_GENERIC_ERROR` | 11015 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosGenericError,
    /// QoS service type error (`WSA_QOS_ESERVICETYPE`).
    #[doc(alias("WSA_QOS_ESERVICETYPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ESERVICETYPE` | 11016 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosServiceTypeError,
    /// QoS flowspec error (`WSA_QOS_EFLOWSPEC`).
    #[doc(alias("WSA_QOS_EFLOWSPEC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFLOWSPEC` | 11017 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosFlowspecError,
    /// Invalid QoS provider buffer (`WSA_QOS_EPROVSPECBUF`).
    #[doc(alias("WSA_QOS_EPROVSPECBUF"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPROVSPECBUF` | 11018 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidProviderBuffer,
    /// Invalid QoS filter style (`WSA_QOS_EFILTERSTYLE`).
    #[doc(alias("WSA_QOS_EFILTERSTYLE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFILTERSTYLE` | 11019 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidFilterStyle,
    /// Invalid QoS filter type (`WSA_QOS_EFILTERTYPE`).
    #[doc(alias("WSA_QOS_EFILTERTYPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFILTERTYPE` | 11020 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidFilterType,
    /// Incorrect QoS filter count (`WSA_QOS_EFILTERCOUNT`).
    #[doc(alias("WSA_QOS_EFILTERCOUNT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFILTERCOUNT` | 11021 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidFilterCount,
    /// Invalid QoS object length (`WSA_QOS_EOBJLENGTH`).
    #[doc(alias("WSA_QOS_EOBJLENGTH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EOBJLENGTH` | 11022 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidObjectLength,
    /// Incorrect QoS flow count (`WSA_QOS_EFLOWCOUNT`).
    #[doc(alias("WSA_QOS_EFLOWCOUNT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFLOWCOUNT` | 11023 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidFlowCount,
    /// Unrecognized QoS object (`WSA_QOS_EUNKOWNPSOBJ`).
    #[doc(alias("WSA_QOS_EUNKOWNPSOBJ", "WSA_QOS_EUNKNOWNPSOBJ"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EUNKOWNPSOBJ`, `WSA_QOS_EUNKNOWNPSOBJ` | 11024 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosUnknownObject,
    /// Invalid QoS policy object (`WSA_QOS_EPOLICYOBJ`).
    #[doc(alias("WSA_QOS_EPOLICYOBJ"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPOLICYOBJ` | 11025 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidPolicyObject,
    /// Invalid QoS flow descriptor (`WSA_QOS_EFLOWDESC`).
    #[doc(alias("WSA_QOS_EFLOWDESC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFLOWDESC` | 11026 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidFlowDescriptor,
    /// Invalid QoS provider-specific flowspec (`WSA_QOS_EPSFLOWSPEC`).
    #[doc(alias("WSA_QOS_EPSFLOWSPEC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPSFLOWSPEC` | 11027 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidProviderFlowspec,
    /// Invalid QoS provider-specific filterspec (`WSA_QOS_EPSFILTERSPEC`).
    #[doc(alias("WSA_QOS_EPSFILTERSPEC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPSFILTERSPEC` | 11028 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidProviderFilterspec,
    /// Invalid QoS shape discard mode object (`WSA_QOS_ESDMODEOBJ`).
    #[doc(alias("WSA_QOS_ESDMODEOBJ"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ESDMODEOBJ` | 11029 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidShapeDiscardMode,
    /// Invalid QoS shaping rate object (`WSA_QOS_ESHAPERATEOBJ`).
    #[doc(alias("WSA_QOS_ESHAPERATEOBJ"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ESHAPERATEOBJ` | 11030 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosInvalidShapingRate,
    /// Reserved policy QoS element type (`WSA_QOS_RESERVED_PETYPE`).
    #[doc(alias("WSA_QOS_RESERVED_PETYPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_RESERVED_PETYPE` | 11031 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    QosReservedPolicyElement,
    /// No such process (`ESRCH`).
    #[doc(alias("ESRCH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ESRCH` | 3 |
| `haiku` | `ESRCH` | -2147454963 |
| `hurd` | `ESRCH` | 1073741827 |
| `wasi`, `emscripten` | `ESRCH` | 71 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoSuchProcess,
    /// No such device or address (`ENXIO`).
    #[doc(alias("ENXIO"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENXIO` | 6 |
| `haiku` | `ENXIO` | -2147454965 |
| `hurd` | `ENXIO` | 1073741830 |
| `wasi`, `emscripten` | `ENXIO` | 60 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoSuchDeviceOrAddress,
    /// Block device required (`ENOTBLK`).
    #[doc(alias("ENOTBLK"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENOTBLK` | 15 |
| `hurd` | `ENOTBLK` | 1073741839 |
| `emscripten` | `ENOTBLK` | 105 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BlockDeviceRequired,
    /// No such device (`ENODEV`).
    #[doc(alias("ENODEV"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENODEV` | 19 |
| `haiku` | `ENODEV` | -2147454969 |
| `hurd` | `ENODEV` | 1073741843 |
| `wasi`, `emscripten` | `ENODEV` | 43 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoSuchDevice,
    /// Too many open files in system (`ENFILE`).
    #[doc(alias("ENFILE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENFILE` | 23 |
| `haiku` | `ENFILE` | -2147454970 |
| `hurd` | `ENFILE` | 1073741847 |
| `wasi`, `emscripten` | `ENFILE` | 41 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TooManyOpenFilesInSystem,
    /// Inappropriate ioctl for device (`ENOTTY`).
    #[doc(alias("ENOTTY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ENOTTY` | 25 |
| `haiku` | `ENOTTY` | -2147454966 |
| `hurd` | `ENOTTY` | 1073741849 |
| `wasi`, `emscripten` | `ENOTTY` | 59 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InappropriateIoctl,
    /// Text file busy (`ETXTBSY`).
    #[doc(alias("ETXTBSY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ETXTBSY` | 26 |
| `haiku` | `ETXTBSY` | -2147454917 |
| `hurd` | `ETXTBSY` | 1073741850 |
| `wasi`, `emscripten` | `ETXTBSY` | 74 |

Kind: `io::ErrorKind::ExecutableFileBusy`. Persistence: `Persistence::Transient`.*/
    ExecutableFileBusy,
    /// Numerical argument out of domain (`EDOM`).
    #[doc(alias("EDOM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `EDOM` | 33 |
| `haiku` | `EDOM` | -2147454960 |
| `hurd` | `EDOM` | 1073741857 |
| `wasi`, `emscripten` | `EDOM` | 18 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ArgumentOutOfDomain,
    /// Numerical result out of range (`ERANGE`).
    #[doc(alias("ERANGE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `illumos`, `aix`, `redox`, `cygwin` | `ERANGE` | 34 |
| `haiku` | `ERANGE` | -2147454959 |
| `hurd` | `ERANGE` | 1073741858 |
| `wasi`, `emscripten` | `ERANGE` | 68 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ResultOutOfRange,
    /// No locks available (`ENOLCK`).
    #[doc(alias("ENOLCK"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOLCK` | 37 |
| `linux_alpha`, `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENOLCK` | 77 |
| `linux_mips`, `linux_parisc`, `illumos`, `cygwin`, `wasi`, `emscripten` | `ENOLCK` | 46 |
| `linux_sparc` | `ENOLCK` | 79 |
| `aix` | `ENOLCK` | 49 |
| `haiku` | `ENOLCK` | -2147454968 |
| `hurd` | `ENOLCK` | 1073741901 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    NoLocksAvailable,
    /// No message of desired type (`ENOMSG`).
    #[doc(alias("ENOMSG"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOMSG` | 42 |
| `linux_alpha` | `ENOMSG` | 80 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `ENOMSG` | 35 |
| `linux_sparc` | `ENOMSG` | 75 |
| `macos` | `ENOMSG` | 91 |
| `freebsd`, `netbsd`, `dragonfly` | `ENOMSG` | 83 |
| `openbsd` | `ENOMSG` | 90 |
| `haiku` | `ENOMSG` | -2147454937 |
| `hurd` | `ENOMSG` | 1073741936 |
| `wasi`, `emscripten` | `ENOMSG` | 49 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    NoMessage,
    /// Identifier removed (`EIDRM`).
    #[doc(alias("EIDRM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EIDRM` | 43 |
| `linux_alpha` | `EIDRM` | 81 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `EIDRM` | 36 |
| `linux_sparc` | `EIDRM` | 77 |
| `macos` | `EIDRM` | 90 |
| `freebsd`, `netbsd`, `dragonfly` | `EIDRM` | 82 |
| `openbsd` | `EIDRM` | 89 |
| `haiku` | `EIDRM` | -2147454926 |
| `hurd` | `EIDRM` | 1073741932 |
| `wasi`, `emscripten` | `EIDRM` | 24 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    IdentifierRemoved,
    /// Channel number out of range (`ECHRNG`).
    #[doc(alias("ECHRNG"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ECHRNG` | 44 |
| `linux_alpha` | `ECHRNG` | 88 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `ECHRNG` | 37 |
| `linux_sparc` | `ECHRNG` | 94 |
| `emscripten` | `ECHRNG` | 106 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ChannelOutOfRange,
    /// Level 2 not synchronized (`EL2NSYNC`).
    #[doc(alias("EL2NSYNC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EL2NSYNC` | 45 |
| `linux_alpha` | `EL2NSYNC` | 89 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `EL2NSYNC` | 38 |
| `linux_sparc` | `EL2NSYNC` | 95 |
| `emscripten` | `EL2NSYNC` | 156 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    Level2NotSynchronized,
    /// Level 3 halted (`EL3HLT`).
    #[doc(alias("EL3HLT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EL3HLT` | 46 |
| `linux_alpha` | `EL3HLT` | 90 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `EL3HLT` | 39 |
| `linux_sparc` | `EL3HLT` | 96 |
| `emscripten` | `EL3HLT` | 107 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    Level3Halted,
    /// Level 3 reset (`EL3RST`).
    #[doc(alias("EL3RST"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EL3RST` | 47 |
| `linux_alpha` | `EL3RST` | 91 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `EL3RST` | 40 |
| `linux_sparc` | `EL3RST` | 97 |
| `emscripten` | `EL3RST` | 108 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    Level3Reset,
    /// Link number out of range (`ELNRNG`).
    #[doc(alias("ELNRNG"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ELNRNG` | 48 |
| `linux_alpha` | `ELNRNG` | 93 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `ELNRNG` | 41 |
| `linux_sparc` | `ELNRNG` | 98 |
| `emscripten` | `ELNRNG` | 109 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    LinkNumberOutOfRange,
    /// Protocol driver not attached (`EUNATCH`).
    #[doc(alias("EUNATCH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EUNATCH` | 49 |
| `linux_alpha` | `EUNATCH` | 94 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `EUNATCH` | 42 |
| `linux_sparc` | `EUNATCH` | 99 |
| `emscripten` | `EUNATCH` | 110 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ProtocolDriverNotAttached,
    /// No CSI structure available (`ENOCSI`).
    #[doc(alias("ENOCSI"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOCSI` | 50 |
| `linux_alpha` | `ENOCSI` | 95 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `ENOCSI` | 43 |
| `linux_sparc` | `ENOCSI` | 100 |
| `emscripten` | `ENOCSI` | 111 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoCsiStructure,
    /// Level 2 halted (`EL2HLT`).
    #[doc(alias("EL2HLT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EL2HLT` | 51 |
| `linux_alpha` | `EL2HLT` | 96 |
| `linux_mips`, `linux_parisc`, `illumos`, `aix`, `cygwin` | `EL2HLT` | 44 |
| `linux_sparc` | `EL2HLT` | 101 |
| `emscripten` | `EL2HLT` | 112 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    Level2Halted,
    /// Invalid exchange (`EBADE`).
    #[doc(alias("EBADE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EBADE` | 52 |
| `linux_alpha` | `EBADE` | 97 |
| `linux_mips`, `illumos`, `cygwin` | `EBADE` | 50 |
| `linux_parisc` | `EBADE` | 160 |
| `linux_sparc` | `EBADE` | 102 |
| `emscripten` | `EBADE` | 113 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidExchange,
    /// Invalid request descriptor (`EBADR`).
    #[doc(alias("EBADR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EBADR` | 53 |
| `linux_alpha` | `EBADR` | 98 |
| `linux_mips`, `illumos`, `cygwin` | `EBADR` | 51 |
| `linux_parisc` | `EBADR` | 161 |
| `linux_sparc` | `EBADR` | 103 |
| `emscripten` | `EBADR` | 114 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidRequestDescriptor,
    /// Exchange full (`EXFULL`).
    #[doc(alias("EXFULL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EXFULL` | 54 |
| `linux_alpha` | `EXFULL` | 99 |
| `linux_mips`, `illumos`, `cygwin` | `EXFULL` | 52 |
| `linux_parisc` | `EXFULL` | 162 |
| `linux_sparc` | `EXFULL` | 104 |
| `emscripten` | `EXFULL` | 115 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ExchangeFull,
    /// No anode (`ENOANO`).
    #[doc(alias("ENOANO"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOANO` | 55 |
| `linux_alpha` | `ENOANO` | 100 |
| `linux_mips`, `illumos`, `cygwin` | `ENOANO` | 53 |
| `linux_parisc` | `ENOANO` | 163 |
| `linux_sparc` | `ENOANO` | 105 |
| `emscripten` | `ENOANO` | 104 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoAnode,
    /// Invalid request code (`EBADRQC`).
    #[doc(alias("EBADRQC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EBADRQC` | 56 |
| `linux_alpha` | `EBADRQC` | 101 |
| `linux_mips`, `illumos`, `cygwin` | `EBADRQC` | 54 |
| `linux_parisc` | `EBADRQC` | 164 |
| `linux_sparc` | `EBADRQC` | 106 |
| `emscripten` | `EBADRQC` | 103 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidRequestCode,
    /// Invalid slot (`EBADSLT`).
    #[doc(alias("EBADSLT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EBADSLT` | 57 |
| `linux_alpha`, `emscripten` | `EBADSLT` | 102 |
| `linux_mips`, `illumos`, `cygwin` | `EBADSLT` | 55 |
| `linux_parisc` | `EBADSLT` | 165 |
| `linux_sparc` | `EBADSLT` | 107 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InvalidSlot,
    /// Bad font file format (`EBFONT`).
    #[doc(alias("EBFONT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `redox` | `EBFONT` | 59 |
| `linux_alpha` | `EBFONT` | 104 |
| `linux_parisc` | `EBFONT` | 166 |
| `linux_sparc` | `EBFONT` | 109 |
| `illumos`, `cygwin` | `EBFONT` | 57 |
| `emscripten` | `EBFONT` | 101 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadFontFile,
    /// Device not a stream (`ENOSTR`).
    #[doc(alias("ENOSTR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ENOSTR` | 60 |
| `linux_alpha` | `ENOSTR` | 87 |
| `linux_parisc` | `ENOSTR` | 54 |
| `linux_sparc` | `ENOSTR` | 72 |
| `macos` | `ENOSTR` | 99 |
| `netbsd` | `ENOSTR` | 91 |
| `aix` | `ENOSTR` | 123 |
| `haiku` | `ENOSTR` | -2147454921 |
| `hurd` | `ENOSTR` | 1073741938 |
| `emscripten` | `ENOSTR` | 100 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NotAStream,
    /// No data available (`ENODATA`).
    #[doc(alias("ENODATA"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ENODATA` | 61 |
| `linux_alpha` | `ENODATA` | 86 |
| `linux_parisc` | `ENODATA` | 51 |
| `linux_sparc` | `ENODATA` | 111 |
| `macos` | `ENODATA` | 96 |
| `netbsd` | `ENODATA` | 89 |
| `aix` | `ENODATA` | 122 |
| `haiku` | `ENODATA` | -2147454924 |
| `hurd` | `ENODATA` | 1073741934 |
| `emscripten` | `ENODATA` | 116 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoDataAvailable,
    /// Timer expired (`ETIME`).
    #[doc(alias("ETIME"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ETIME` | 62 |
| `linux_alpha` | `ETIME` | 83 |
| `linux_parisc` | `ETIME` | 52 |
| `linux_sparc` | `ETIME` | 73 |
| `macos` | `ETIME` | 101 |
| `netbsd` | `ETIME` | 92 |
| `aix` | `ETIME` | 119 |
| `haiku` | `ETIME` | -2147454918 |
| `hurd` | `ETIME` | 1073741941 |
| `emscripten` | `ETIME` | 117 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::TimedOut`.*/
    TimerExpired,
    /// Out of streams resources (`ENOSR`).
    #[doc(alias("ENOSR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ENOSR` | 63 |
| `linux_alpha` | `ENOSR` | 82 |
| `linux_parisc` | `ENOSR` | 53 |
| `linux_sparc` | `ENOSR` | 74 |
| `macos` | `ENOSR` | 98 |
| `netbsd` | `ENOSR` | 90 |
| `aix`, `emscripten` | `ENOSR` | 118 |
| `haiku` | `ENOSR` | -2147454922 |
| `hurd` | `ENOSR` | 1073741937 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    OutOfStreamsResources,
    /// Machine is not on the network (`ENONET`).
    #[doc(alias("ENONET"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ENONET` | 64 |
| `linux_alpha` | `ENONET` | 105 |
| `linux_parisc` | `ENONET` | 50 |
| `linux_sparc` | `ENONET` | 80 |
| `emscripten` | `ENONET` | 119 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    NotOnNetwork,
    /// Package not installed (`ENOPKG`).
    #[doc(alias("ENOPKG"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ENOPKG` | 65 |
| `linux_alpha` | `ENOPKG` | 92 |
| `linux_parisc` | `ENOPKG` | 55 |
| `linux_sparc` | `ENOPKG` | 113 |
| `emscripten` | `ENOPKG` | 120 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    PackageNotInstalled,
    /// Link has been severed (`ENOLINK`).
    #[doc(alias("ENOLINK"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ENOLINK` | 67 |
| `linux_alpha` | `ENOLINK` | 106 |
| `linux_parisc` | `ENOLINK` | 57 |
| `linux_sparc` | `ENOLINK` | 82 |
| `macos` | `ENOLINK` | 97 |
| `freebsd`, `dragonfly` | `ENOLINK` | 91 |
| `netbsd` | `ENOLINK` | 95 |
| `aix` | `ENOLINK` | 126 |
| `haiku` | `ENOLINK` | -2147454923 |
| `hurd` | `ENOLINK` | 1073741935 |
| `wasi`, `emscripten` | `ENOLINK` | 47 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::ConnectionLost`.*/
    LinkSevered,
    /// Advertise error (`EADV`).
    #[doc(alias("EADV"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `EADV` | 68 |
| `linux_alpha` | `EADV` | 107 |
| `linux_parisc` | `EADV` | 58 |
| `linux_sparc` | `EADV` | 83 |
| `emscripten` | `EADV` | 122 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    AdvertiseError,
    /// Srmount error (`ESRMNT`).
    #[doc(alias("ESRMNT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ESRMNT` | 69 |
| `linux_alpha` | `ESRMNT` | 108 |
| `linux_parisc` | `ESRMNT` | 59 |
| `linux_sparc` | `ESRMNT` | 84 |
| `emscripten` | `ESRMNT` | 123 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SrmountError,
    /// Communication error on send (`ECOMM`).
    #[doc(alias("ECOMM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `ECOMM` | 70 |
| `linux_alpha` | `ECOMM` | 109 |
| `linux_parisc` | `ECOMM` | 60 |
| `linux_sparc` | `ECOMM` | 85 |
| `emscripten` | `ECOMM` | 124 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    CommunicationError,
    /// Protocol error (`EPROTO`).
    #[doc(alias("EPROTO"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `illumos`, `redox`, `cygwin` | `EPROTO` | 71 |
| `linux_alpha` | `EPROTO` | 85 |
| `linux_parisc` | `EPROTO` | 61 |
| `linux_sparc` | `EPROTO` | 86 |
| `macos` | `EPROTO` | 100 |
| `freebsd`, `dragonfly` | `EPROTO` | 92 |
| `netbsd` | `EPROTO` | 96 |
| `openbsd` | `EPROTO` | 95 |
| `aix` | `EPROTO` | 121 |
| `haiku` | `EPROTO` | -2147454919 |
| `hurd` | `EPROTO` | 1073741940 |
| `wasi`, `emscripten` | `EPROTO` | 65 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ProtocolError,
    /// Multihop attempted (`EMULTIHOP`).
    #[doc(alias("EMULTIHOP"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EMULTIHOP` | 72 |
| `linux_alpha` | `EMULTIHOP` | 110 |
| `linux_mips`, `illumos`, `cygwin` | `EMULTIHOP` | 74 |
| `linux_parisc` | `EMULTIHOP` | 64 |
| `linux_sparc` | `EMULTIHOP` | 87 |
| `macos` | `EMULTIHOP` | 95 |
| `freebsd`, `dragonfly` | `EMULTIHOP` | 90 |
| `netbsd` | `EMULTIHOP` | 94 |
| `aix` | `EMULTIHOP` | 125 |
| `haiku` | `EMULTIHOP` | -2147454925 |
| `hurd` | `EMULTIHOP` | 1073741933 |
| `wasi`, `emscripten` | `EMULTIHOP` | 36 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    MultihopAttempted,
    /// RFS specific error (`EDOTDOT`).
    #[doc(alias("EDOTDOT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc`, `redox` | `EDOTDOT` | 73 |
| `linux_alpha` | `EDOTDOT` | 111 |
| `linux_parisc` | `EDOTDOT` | 66 |
| `linux_sparc` | `EDOTDOT` | 88 |
| `cygwin` | `EDOTDOT` | 76 |
| `emscripten` | `EDOTDOT` | 125 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RfsSpecificError,
    /// Bad message (`EBADMSG`).
    #[doc(alias("EBADMSG", "EFSBADCRC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EBADMSG`, `EFSBADCRC` | 74 |
| `linux_alpha` | `EBADMSG`, `EFSBADCRC` | 84 |
| `linux_mips` | `EBADMSG`, `EFSBADCRC` | 77 |
| `linux_parisc` | `EBADMSG`, `EFSBADCRC` | 67 |
| `linux_sparc` | `EBADMSG`, `EFSBADCRC` | 76 |
| `macos` | `EBADMSG` | 94 |
| `freebsd`, `dragonfly` | `EBADMSG` | 89 |
| `netbsd` | `EBADMSG` | 88 |
| `openbsd` | `EBADMSG` | 92 |
| `illumos`, `cygwin` | `EBADMSG` | 77 |
| `aix` | `EBADMSG` | 120 |
| `haiku` | `EBADMSG` | -2147454930 |
| `redox` | `EBADMSG` | 74 |
| `hurd` | `EBADMSG` | 1073741931 |
| `wasi`, `emscripten` | `EBADMSG` | 9 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadMessage,
    /// Value too large for defined data type (`EOVERFLOW`).
    #[doc(alias("EOVERFLOW"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EOVERFLOW` | 75 |
| `linux_alpha` | `EOVERFLOW` | 112 |
| `linux_mips`, `illumos` | `EOVERFLOW` | 79 |
| `linux_parisc` | `EOVERFLOW` | 72 |
| `linux_sparc` | `EOVERFLOW` | 92 |
| `macos`, `freebsd`, `netbsd`, `dragonfly` | `EOVERFLOW` | 84 |
| `openbsd` | `EOVERFLOW` | 87 |
| `aix` | `EOVERFLOW` | 127 |
| `haiku` | `EOVERFLOW` | -2147454935 |
| `hurd` | `EOVERFLOW` | 1073741939 |
| `cygwin` | `EOVERFLOW` | 139 |
| `wasi`, `emscripten` | `EOVERFLOW` | 61 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ValueOverflow,
    /// Name not unique on network (`ENOTUNIQ`).
    #[doc(alias("ENOTUNIQ"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOTUNIQ` | 76 |
| `linux_alpha` | `ENOTUNIQ` | 113 |
| `linux_mips`, `illumos`, `cygwin` | `ENOTUNIQ` | 80 |
| `linux_parisc` | `ENOTUNIQ` | 167 |
| `linux_sparc` | `ENOTUNIQ` | 115 |
| `emscripten` | `ENOTUNIQ` | 126 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NameNotUnique,
    /// File descriptor in bad state (`EBADFD`).
    #[doc(alias("EBADFD"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EBADFD` | 77 |
| `linux_alpha` | `EBADFD` | 114 |
| `linux_mips`, `illumos`, `cygwin` | `EBADFD` | 81 |
| `linux_parisc` | `EBADFD` | 168 |
| `linux_sparc` | `EBADFD` | 93 |
| `emscripten` | `EBADFD` | 127 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    FileDescriptorBadState,
    /// Remote address changed (`EREMCHG`).
    #[doc(alias("EREMCHG"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EREMCHG` | 78 |
| `linux_alpha` | `EREMCHG` | 115 |
| `linux_mips`, `illumos`, `cygwin` | `EREMCHG` | 82 |
| `linux_parisc` | `EREMCHG` | 169 |
| `linux_sparc` | `EREMCHG` | 89 |
| `emscripten` | `EREMCHG` | 128 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RemoteAddressChanged,
    /// Can not access a needed shared library (`ELIBACC`).
    #[doc(alias("ELIBACC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ELIBACC` | 79 |
| `linux_alpha` | `ELIBACC` | 122 |
| `linux_mips`, `illumos`, `cygwin` | `ELIBACC` | 83 |
| `linux_parisc` | `ELIBACC` | 170 |
| `linux_sparc` | `ELIBACC` | 114 |
| `emscripten` | `ELIBACC` | 129 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SharedLibraryInaccessible,
    /// Accessing a corrupted shared library (`ELIBBAD`).
    #[doc(alias("ELIBBAD"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ELIBBAD` | 80 |
| `linux_alpha` | `ELIBBAD` | 123 |
| `linux_mips`, `illumos`, `cygwin` | `ELIBBAD` | 84 |
| `linux_parisc` | `ELIBBAD` | 171 |
| `linux_sparc` | `ELIBBAD` | 112 |
| `emscripten` | `ELIBBAD` | 130 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SharedLibraryCorrupted,
    /// .lib section in a.out corrupted (`ELIBSCN`).
    #[doc(alias("ELIBSCN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ELIBSCN` | 81 |
| `linux_alpha`, `linux_sparc` | `ELIBSCN` | 124 |
| `linux_mips`, `illumos`, `cygwin` | `ELIBSCN` | 85 |
| `linux_parisc` | `ELIBSCN` | 172 |
| `emscripten` | `ELIBSCN` | 131 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    LibSectionCorrupted,
    /// Attempting to link in too many shared libraries (`ELIBMAX`).
    #[doc(alias("ELIBMAX"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ELIBMAX` | 82 |
| `linux_alpha` | `ELIBMAX` | 125 |
| `linux_mips`, `illumos`, `cygwin` | `ELIBMAX` | 86 |
| `linux_parisc` | `ELIBMAX` | 173 |
| `linux_sparc` | `ELIBMAX` | 123 |
| `emscripten` | `ELIBMAX` | 132 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    TooManySharedLibraries,
    /// Cannot exec a shared library directly (`ELIBEXEC`).
    #[doc(alias("ELIBEXEC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ELIBEXEC` | 83 |
| `linux_alpha` | `ELIBEXEC` | 126 |
| `linux_mips`, `illumos`, `cygwin` | `ELIBEXEC` | 87 |
| `linux_parisc` | `ELIBEXEC` | 174 |
| `linux_sparc` | `ELIBEXEC` | 110 |
| `hurd` | `ELIBEXEC` | 1073741907 |
| `emscripten` | `ELIBEXEC` | 133 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    CannotExecSharedLibrary,
    /// Interrupted system call should be restarted (`ERESTART`).
    #[doc(alias("ERESTART", "ECLONEME"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ERESTART` | 85 |
| `linux_alpha` | `ERESTART` | 127 |
| `linux_mips`, `illumos` | `ERESTART` | 91 |
| `linux_parisc` | `ERESTART` | 175 |
| `linux_sparc` | `ERESTART` | 116 |
| `aix` | `ERESTART`, `ECLONEME` | 82 |
| `emscripten` | `ERESTART` | 134 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    ShouldRestart,
    /// Streams pipe error (`ESTRPIPE`).
    #[doc(alias("ESTRPIPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ESTRPIPE` | 86 |
| `linux_alpha` | `ESTRPIPE` | 128 |
| `linux_mips`, `illumos` | `ESTRPIPE` | 92 |
| `linux_parisc` | `ESTRPIPE` | 176 |
| `linux_sparc` | `ESTRPIPE` | 91 |
| `cygwin` | `ESTRPIPE` | 143 |
| `emscripten` | `ESTRPIPE` | 135 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    StreamsPipeError,
    /// Structure needs cleaning (`EUCLEAN`).
    #[doc(alias("EUCLEAN", "EFSCORRUPTED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc` | `EUCLEAN`, `EFSCORRUPTED` | 117 |
| `linux_mips` | `EUCLEAN`, `EFSCORRUPTED` | 135 |
| `linux_parisc` | `EUCLEAN`, `EFSCORRUPTED` | 177 |
| `redox` | `EUCLEAN` | 117 |
| `emscripten` | `EUCLEAN` | 143 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    StructureNeedsCleaning,
    /// Not a XENIX named type file (`ENOTNAM`).
    #[doc(alias("ENOTNAM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc`, `redox` | `ENOTNAM` | 118 |
| `linux_mips` | `ENOTNAM` | 137 |
| `linux_parisc` | `ENOTNAM` | 178 |
| `emscripten` | `ENOTNAM` | 144 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NotXenixNamedType,
    /// No XENIX semaphores available (`ENAVAIL`).
    #[doc(alias("ENAVAIL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc`, `redox` | `ENAVAIL` | 119 |
| `linux_mips` | `ENAVAIL` | 138 |
| `linux_parisc` | `ENAVAIL` | 179 |
| `emscripten` | `ENAVAIL` | 145 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    NoXenixSemaphores,
    /// Is a named type file (`EISNAM`).
    #[doc(alias("EISNAM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc`, `redox` | `EISNAM` | 120 |
| `linux_mips` | `EISNAM` | 139 |
| `linux_parisc` | `EISNAM` | 180 |
| `emscripten` | `EISNAM` | 146 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    IsNamedTypeFile,
    /// Remote I/O error (`EREMOTEIO`).
    #[doc(alias("EREMOTEIO"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc`, `redox` | `EREMOTEIO` | 121 |
| `linux_mips` | `EREMOTEIO` | 140 |
| `linux_parisc` | `EREMOTEIO` | 181 |
| `emscripten` | `EREMOTEIO` | 147 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RemoteIoError,
    /// No medium found (`ENOMEDIUM`).
    #[doc(alias("ENOMEDIUM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOMEDIUM` | 123 |
| `linux_alpha` | `ENOMEDIUM` | 129 |
| `linux_mips` | `ENOMEDIUM` | 159 |
| `linux_parisc` | `ENOMEDIUM` | 182 |
| `linux_sparc` | `ENOMEDIUM` | 125 |
| `openbsd` | `ENOMEDIUM` | 85 |
| `dragonfly` | `ENOMEDIUM` | 93 |
| `cygwin` | `ENOMEDIUM` | 135 |
| `emscripten` | `ENOMEDIUM` | 148 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoMedium,
    /// Wrong medium type (`EMEDIUMTYPE`).
    #[doc(alias("EMEDIUMTYPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EMEDIUMTYPE` | 124 |
| `linux_alpha` | `EMEDIUMTYPE` | 130 |
| `linux_mips` | `EMEDIUMTYPE` | 160 |
| `linux_parisc` | `EMEDIUMTYPE` | 183 |
| `linux_sparc` | `EMEDIUMTYPE` | 126 |
| `openbsd` | `EMEDIUMTYPE` | 86 |
| `emscripten` | `EMEDIUMTYPE` | 149 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    WrongMediumType,
    /// Required key not available (`ENOKEY`).
    #[doc(alias("ENOKEY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOKEY` | 126 |
| `linux_alpha` | `ENOKEY` | 132 |
| `linux_mips` | `ENOKEY` | 161 |
| `linux_parisc` | `ENOKEY` | 184 |
| `linux_sparc` | `ENOKEY` | 128 |
| `emscripten` | `ENOKEY` | 150 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    KeyNotAvailable,
    /// Key has expired (`EKEYEXPIRED`).
    #[doc(alias("EKEYEXPIRED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EKEYEXPIRED` | 127 |
| `linux_alpha` | `EKEYEXPIRED` | 133 |
| `linux_mips` | `EKEYEXPIRED` | 162 |
| `linux_parisc` | `EKEYEXPIRED` | 185 |
| `linux_sparc` | `EKEYEXPIRED` | 129 |
| `emscripten` | `EKEYEXPIRED` | 151 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    KeyExpired,
    /// Key has been revoked (`EKEYREVOKED`).
    #[doc(alias("EKEYREVOKED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EKEYREVOKED` | 128 |
| `linux_alpha` | `EKEYREVOKED` | 134 |
| `linux_mips` | `EKEYREVOKED` | 163 |
| `linux_parisc` | `EKEYREVOKED` | 186 |
| `linux_sparc` | `EKEYREVOKED` | 130 |
| `emscripten` | `EKEYREVOKED` | 152 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    KeyRevoked,
    /// Key was rejected by service (`EKEYREJECTED`).
    #[doc(alias("EKEYREJECTED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EKEYREJECTED` | 129 |
| `linux_alpha` | `EKEYREJECTED` | 135 |
| `linux_mips` | `EKEYREJECTED` | 164 |
| `linux_parisc` | `EKEYREJECTED` | 187 |
| `linux_sparc` | `EKEYREJECTED` | 131 |
| `emscripten` | `EKEYREJECTED` | 153 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    KeyRejected,
    /// Owner died (`EOWNERDEAD`).
    #[doc(alias("EOWNERDEAD"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `EOWNERDEAD` | 130 |
| `linux_alpha` | `EOWNERDEAD` | 136 |
| `linux_mips` | `EOWNERDEAD` | 165 |
| `linux_parisc` | `EOWNERDEAD` | 254 |
| `linux_sparc` | `EOWNERDEAD` | 132 |
| `macos` | `EOWNERDEAD` | 105 |
| `freebsd` | `EOWNERDEAD` | 96 |
| `netbsd` | `EOWNERDEAD` | 97 |
| `openbsd` | `EOWNERDEAD` | 94 |
| `illumos` | `EOWNERDEAD` | 58 |
| `aix` | `EOWNERDEAD` | 95 |
| `haiku` | `EOWNERDEAD` | -2147454914 |
| `hurd` | `EOWNERDEAD` | 1073741944 |
| `cygwin` | `EOWNERDEAD` | 142 |
| `wasi`, `emscripten` | `EOWNERDEAD` | 62 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    OwnerDied,
    /// State not recoverable (`ENOTRECOVERABLE`).
    #[doc(alias("ENOTRECOVERABLE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc`, `redox` | `ENOTRECOVERABLE` | 131 |
| `linux_alpha` | `ENOTRECOVERABLE` | 137 |
| `linux_mips` | `ENOTRECOVERABLE` | 166 |
| `linux_parisc` | `ENOTRECOVERABLE` | 255 |
| `linux_sparc` | `ENOTRECOVERABLE` | 133 |
| `macos` | `ENOTRECOVERABLE` | 104 |
| `freebsd` | `ENOTRECOVERABLE` | 95 |
| `netbsd` | `ENOTRECOVERABLE` | 98 |
| `openbsd` | `ENOTRECOVERABLE` | 93 |
| `illumos` | `ENOTRECOVERABLE` | 59 |
| `aix` | `ENOTRECOVERABLE` | 94 |
| `haiku` | `ENOTRECOVERABLE` | -2147454915 |
| `hurd` | `ENOTRECOVERABLE` | 1073741945 |
| `cygwin` | `ENOTRECOVERABLE` | 141 |
| `wasi`, `emscripten` | `ENOTRECOVERABLE` | 56 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NotRecoverable,
    /// Operation not possible due to RF-kill (`ERFKILL`).
    #[doc(alias("ERFKILL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ERFKILL` | 132 |
| `linux_alpha` | `ERFKILL` | 138 |
| `linux_mips` | `ERFKILL` | 167 |
| `linux_parisc` | `ERFKILL` | 256 |
| `linux_sparc` | `ERFKILL` | 134 |
| `emscripten` | `ERFKILL` | 154 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RfKill,
    /// Memory page has hardware error (`EHWPOISON`).
    #[doc(alias("EHWPOISON"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EHWPOISON` | 133 |
| `linux_alpha` | `EHWPOISON` | 139 |
| `linux_mips` | `EHWPOISON` | 168 |
| `linux_parisc` | `EHWPOISON` | 257 |
| `linux_sparc` | `EHWPOISON` | 135 |
| `emscripten` | `EHWPOISON` | 155 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    HardwarePoison,
    /// RPC struct is bad (`EBADRPC`).
    #[doc(alias("EBADRPC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EBADRPC` | 72 |
| `hurd` | `EBADRPC` | 1073741896 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadRpcStruct,
    /// RPC version wrong (`ERPCMISMATCH`).
    #[doc(alias("ERPCMISMATCH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ERPCMISMATCH` | 73 |
| `hurd` | `ERPCMISMATCH` | 1073741897 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RpcVersionMismatch,
    /// RPC prog. not avail (`EPROGUNAVAIL`).
    #[doc(alias("EPROGUNAVAIL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EPROGUNAVAIL` | 74 |
| `hurd` | `EPROGUNAVAIL` | 1073741898 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RpcProgramUnavailable,
    /// Program version wrong (`EPROGMISMATCH`).
    #[doc(alias("EPROGMISMATCH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EPROGMISMATCH` | 75 |
| `hurd` | `EPROGMISMATCH` | 1073741899 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RpcProgramVersionMismatch,
    /// Bad procedure for program (`EPROCUNAVAIL`).
    #[doc(alias("EPROCUNAVAIL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EPROCUNAVAIL` | 76 |
| `hurd` | `EPROCUNAVAIL` | 1073741900 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RpcProcedureUnavailable,
    /// Inappropriate file type or format (`EFTYPE`).
    #[doc(alias("EFTYPE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly`, `cygwin` | `EFTYPE` | 79 |
| `hurd` | `EFTYPE` | 1073741903 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    InappropriateFileType,
    /// Authentication error (`EAUTH`).
    #[doc(alias("EAUTH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `EAUTH` | 80 |
| `hurd` | `EAUTH` | 1073741904 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    AuthenticationError,
    /// Need authenticator (`ENEEDAUTH`).
    #[doc(alias("ENEEDAUTH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd`, `netbsd`, `openbsd`, `dragonfly` | `ENEEDAUTH` | 81 |
| `hurd` | `ENEEDAUTH` | 1073741905 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NeedAuthenticator,
    /// Device power is off (`EPWROFF`).
    #[doc(alias("EPWROFF"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EPWROFF` | 82 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    DevicePowerOff,
    /// Device error (`EDEVERR`).
    #[doc(alias("EDEVERR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EDEVERR` | 83 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    DeviceError,
    /// Bad executable (or shared library) (`EBADEXEC`).
    #[doc(alias("EBADEXEC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EBADEXEC` | 85 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadExecutable,
    /// Bad CPU type in executable (`EBADARCH`).
    #[doc(alias("EBADARCH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EBADARCH` | 86 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BadCpuType,
    /// Shared library version mismatch (`ESHLIBVERS`).
    #[doc(alias("ESHLIBVERS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `ESHLIBVERS` | 87 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SharedLibraryVersionMismatch,
    /// Malformed Mach-o file (`EBADMACHO`).
    #[doc(alias("EBADMACHO"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EBADMACHO` | 88 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    MalformedMachO,
    /// Attribute not found (`ENOATTR`).
    #[doc(alias("ENOATTR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `netbsd` | `ENOATTR` | 93 |
| `freebsd`, `dragonfly` | `ENOATTR` | 87 |
| `openbsd` | `ENOATTR` | 83 |
| `aix` | `ENOATTR` | 112 |
| `haiku` | `ENOATTR` | -2147454916 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    AttributeNotFound,
    /// Policy not found (`ENOPOLICY`).
    #[doc(alias("ENOPOLICY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `ENOPOLICY` | 103 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    PolicyNotFound,
    /// Interface output queue is full (`EQFULL`).
    #[doc(alias("EQFULL"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EQFULL` | 106 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    InterfaceQueueFull,
    /// Capabilities insufficient (`ENOTCAPABLE`).
    #[doc(alias("ENOTCAPABLE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `ENOTCAPABLE` | 107 |
| `freebsd` | `ENOTCAPABLE` | 93 |
| `wasi` | `ENOTCAPABLE` | 76 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NotCapable,
    /// Programming error (`EDOOFUS`).
    #[doc(alias("EDOOFUS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `freebsd`, `dragonfly` | `EDOOFUS` | 88 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    ProgrammingError,
    /// Not permitted in capability mode (`ECAPMODE`).
    #[doc(alias("ECAPMODE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `freebsd` | `ECAPMODE` | 94 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    CapabilityMode,
    /// Integrity check failed (`EINTEGRITY`).
    #[doc(alias("EINTEGRITY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `freebsd` | `EINTEGRITY` | 97 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    IntegrityCheckFailed,
    /// IPsec processing failure (`EIPSEC`).
    #[doc(alias("EIPSEC"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `openbsd` | `EIPSEC` | 82 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    IpsecFailure,
    /// Locked lock was unmapped (`ELOCKUNMAPPED`).
    #[doc(alias("ELOCKUNMAPPED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `illumos` | `ELOCKUNMAPPED` | 72 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    LockUnmapped,
    /// Facility is not active (`ENOTACTIVE`).
    #[doc(alias("ENOTACTIVE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `illumos` | `ENOTACTIVE` | 73 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    FacilityNotActive,
    /// Device not ready (`ENOTREADY`).
    #[doc(alias("ENOTREADY"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `ENOTREADY` | 46 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    DeviceNotReady,
    /// Write-protected media (`EWRPROTECT`).
    #[doc(alias("EWRPROTECT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `EWRPROTECT` | 47 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    WriteProtectedMedia,
    /// Unformatted or incompatible media (`EFORMAT`).
    #[doc(alias("EFORMAT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `EFORMAT` | 48 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    UnformattedMedia,
    /// Cannot Establish Connection (`ENOCONNECT`).
    #[doc(alias("ENOCONNECT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `ENOCONNECT` | 50 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    CannotEstablishConnection,
    /// Requests blocked by Administrator (`EDIST`).
    #[doc(alias("EDIST"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `EDIST` | 53 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BlockedByAdministrator,
    /// Invalid file system control data detected (`ECORRUPT`).
    #[doc(alias("ECORRUPT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `ECORRUPT` | 89 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    CorruptFilesystem,
    /// For future use (`ESYSERROR`).
    #[doc(alias("ESYSERROR"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `ESYSERROR` | 90 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    SystemErrorReserved,
    /// Media surface error (`EMEDIA`).
    #[doc(alias("EMEDIA"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `EMEDIA` | 110 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    MediaSurfaceError,
    /// I/O completed, but needs relocation (`ESOFT`).
    #[doc(alias("ESOFT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `ESOFT` | 111 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NeedsRelocation,
    /// Security Authentication Denied (`ESAD`).
    #[doc(alias("ESAD"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `ESAD` | 113 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SecurityAuthenticationDenied,
    /// Not a Trusted Program (`ENOTRUST`).
    #[doc(alias("ENOTRUST"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `aix` | `ENOTRUST` | 114 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NotTrustedProgram,
    /// File Position Error (`EFPOS`).
    #[doc(alias("EFPOS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `haiku` | `EFPOS` | -2147454962 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    FilePositionError,
    /// Signal Error (`ESIGPARM`).
    #[doc(alias("ESIGPARM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `haiku` | `ESIGPARM` | -2147454961 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SignalError,
    /// Inappropriate operation for background process (`EBACKGROUND`).
    #[doc(alias("EBACKGROUND"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `hurd` | `EBACKGROUND` | 1073741924 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    BackgroundProcess,
    /// Translator died (`EDIED`).
    #[doc(alias("EDIED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `hurd` | `EDIED` | 1073741925 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Transient`.*/
    TranslatorDied,
    /// ? (`ED`).
    #[doc(alias("ED"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `hurd` | `ED` | 1073741926 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    Unexplained,
    /// You really blew it this time (`EGREGIOUS`).
    #[doc(alias("EGREGIOUS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `hurd` | `EGREGIOUS` | 1073741927 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    Egregious,
    /// Computer bought the farm (`EIEIO`).
    #[doc(alias("EIEIO"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `hurd` | `EIEIO` | 1073741928 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    ComputerBoughtTheFarm,
    /// Gratuitous error (`EGRATUITOUS`).
    #[doc(alias("EGRATUITOUS"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `hurd` | `EGRATUITOUS` | 1073741929 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    Gratuitous,
    /// Inode is remote (not really error) (`ELBIN`).
    #[doc(alias("ELBIN"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `cygwin` | `ELBIN` | 75 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    RemoteInode,
    /// No more files (`ENMFILE`).
    #[doc(alias("ENMFILE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `cygwin` | `ENMFILE` | 89 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoMoreFiles,
    /// No such host or network path (`ENOSHARE`).
    #[doc(alias("ENOSHARE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `cygwin` | `ENOSHARE` | 136 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    NoSuchShare,
    /// Filename exists with different case (`ECASECLASH`).
    #[doc(alias("ECASECLASH"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `cygwin` | `ECASECLASH` | 137 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    CaseClash,
    /// Reserved (`EINIT`).
    #[doc(alias("EINIT"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_mips` | `EINIT` | 141 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    InitReserved,
    /// Error 142 (`EREMDEV`).
    #[doc(alias("EREMDEV"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_mips` | `EREMDEV` | 142 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`.*/
    RemoteDeviceReserved,
    /// Symbol does not exist in executable (`ENOSYM`).
    #[doc(alias("ENOSYM"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_parisc` | `ENOSYM` | 215 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    SymbolNotFound,
    /// Remote peer released connection (`EREMOTERELEASE`).
    #[doc(alias("EREMOTERELEASE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_parisc` | `EREMOTERELEASE` | 240 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::ConnectionLost`.*/
    RemotePeerReleased,
    /// Too many levels of remote in path (`ERREMOTE`).
    #[doc(alias("ERREMOTE"))]
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_sparc` | `ERREMOTE` | 81 |

Kind: `io::ErrorKind::Other`. Persistence: `Persistence::Permanent`.*/
    TooManyRemoteLevels,
    /// Keeps a code this table does not list, losslessly (see [`Unlisted`](crate::Unlisted)).
    Unlisted(::errtable::__private::Unlisted),
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
    impl OsError {
        ///Every row of the table, in table order (the catch-all is not a row).
        /**
# Example

```
use errtable::{OsError, Platform};
assert!(matches!(OsError::ALL.first(), Some(OsError::InvalidFunction)));
```*/
        pub const ALL: &[Self] = &__ALL;
        /// The variant's name, as the table writes it.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{OsError, Platform};
assert_eq!(OsError::InvalidFunction.name(), "InvalidFunction");
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
use errtable::{OsError, Platform};
assert_eq!(OsError::InvalidFunction.message(), "Incorrect function");
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
use errtable::{OsError, Platform};
assert_eq!(OsError::InvalidFunction.description(), Some("The object behind the handle does not offer the operation asked of it: a control code a driver does not know, or a read from a handle that refers to a directory. Windows-only; libuv reports it as EISDIR because that is where programs meet it most, CPython as EINVAL."));
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
use errtable::{OsError, Platform};
assert_eq!(OsError::InvalidFunction.code(Platform::Windows), Some(1));
```*/
        pub const fn code(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> ::core::option::Option<::core::primitive::i32> {
            match *self {
                Self::Unlisted(ref unlisted) => {
                    ::errtable::__private::unlisted_table_code(
                        unlisted,
                        platform,
                        __os_codes_on(platform),
                    )
                }
                _ => __code(__index(self), platform),
            }
        }
        ///The symbolic name on `platform`, such as `ECONNREFUSED`, if any.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{OsError, Platform};
assert_eq!(OsError::InvalidFunction.symbol(Platform::Windows), Some("ERROR_INVALID_FUNCTION"));
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
use errtable::{OsError, Platform};
assert_eq!(OsError::InvalidFunction.aliases(Platform::Windows), &[] as &[&str]);
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
use errtable::{OsError, Platform};
assert_eq!(OsError::InvalidFunction.names(Platform::Windows), &[("ERROR_INVALID_FUNCTION", 1)] as &[(&str, i32)]);
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
use errtable::{OsError, Platform};
assert!(matches!(OsError::from_code(Platform::Windows, 1), Some(OsError::InvalidFunction)));
```*/
        pub const fn from_code(
            platform: ::errtable::__private::Platform,
            code: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            __decode(platform, code)
        }
        ///Decodes `code` of `platform`; a code no row lists is kept in the catch-all: as `Unlisted::Code` where the table's codes on `platform` are its OS error codes, else (a platform `os_error_codes` leaves out) as `Unlisted::NonOsCode`, which never claims to be an OS error.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{OsError, Platform};
assert!(matches!(OsError::decode(Platform::Windows, 1), OsError::InvalidFunction));
```*/
        pub const fn decode(
            platform: ::errtable::__private::Platform,
            code: ::core::primitive::i32,
        ) -> Self {
            match __decode(platform, code) {
                ::core::option::Option::Some(found) => found,
                ::core::option::Option::None => {
                    OsError::Unlisted(
                        ::errtable::__private::unlisted_of_table_code(
                            platform,
                            code,
                            __os_codes_on(platform),
                        ),
                    )
                }
            }
        }
        /// The code on `to` of what `code` means on `from`, if both have it.
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{OsError, Platform};
assert_eq!(OsError::translate(1, Platform::Windows, Platform::Windows), OsError::InvalidFunction.code(Platform::Windows));
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
use errtable::{OsError, Platform};
// The code on the platform this runs on, where the table's codes are its OS's.
if let Some(code) = OsError::InvalidFunction.raw_os_error() {
    assert_eq!(Platform::CURRENT.and_then(|platform| OsError::InvalidFunction.code(platform)), Some(code));
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
use errtable::{OsError, Platform};
if let Some(code) = OsError::InvalidFunction.raw_os_error() {
    assert!(OsError::from_raw_os_error(code).is_some());
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
use errtable::{OsError, Platform};
assert!(matches!(OsError::from_name("InvalidFunction"), Some(OsError::InvalidFunction)));
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
use errtable::{OsError, Platform};
assert!(matches!(OsError::from_name_ignore_case("invalidfunction"), Some(OsError::InvalidFunction)));
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
            "\n# Example\n\n```\nuse errtable::{OsError, Platform};\nlet error = std::io::Error::from(OsError::InvalidFunction);\nassert!(matches!(OsError::from_io_error(&error), Some(OsError::InvalidFunction)));\n```"]
            pub fn from_io_error(error : & ::errtable::__private::io::Error) ->
            ::core::option::Option < Self > { __from_io_error(error) } #[doc =
            "The `std::io::ErrorKind` this row corresponds to.\n\nBuilt by a Rust older than the kind (1.83 for most of the kinds std stabilized for OS errors, such as `NotADirectory` and `HostUnreachable`; 1.85 for `QuotaExceeded`; 1.87 for `InvalidFilename`), which cannot name it, `kind()` is `ErrorKind::Other` for those rows instead."]
            #[inline] #[must_use] #[doc =
            "\n# Example\n\n```\nuse errtable::{OsError, Platform};\nassert_eq!(OsError::InvalidFunction.kind(), std::io::ErrorKind::Other);\n```"]
            pub fn kind(& self) -> ::errtable::__private::io::ErrorKind { __kind_of(self)
            }
        }
        ///The exact symbol of `code` on `platform`: of the names of the row that `code` decodes to there, the first with that number, so the primary symbol where several names share it (`EAGAIN`, not `EWOULDBLOCK`, for Linux's 11), and the decoding row's where a number is two rows' (`=> Row`). `None` for a code no row lists. Unlike `symbol()`, which gives a row's primary symbol, this keeps which of a row's codes `code` was (in `errtable::OsError`, `BrokenPipe` has the Windows codes 109 and 232, which give `ERROR_BROKEN_PIPE` and `ERROR_NO_DATA`).
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{OsError, Platform};
assert_eq!(OsError::symbol_of(Platform::Windows, 1), Some("ERROR_INVALID_FUNCTION"));
assert_eq!(OsError::symbol_of(Platform::Windows, 1073741946), None);
```*/
        pub const fn symbol_of(
            platform: ::errtable::__private::Platform,
            code: ::core::primitive::i32,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            __symbol_of_code(platform, code)
        }
        ///Decodes `code`, a raw OS error code of the platform this program runs on, as `io::Error::raw_os_error` reports it: the row `from_raw_os_error` gives, else the catch-all keeping the code. Total where `from_raw_os_error` is partial; it gives what `From<&io::Error>` gives for `io::Error::from_raw_os_error(code)`, without making one. Where the table's codes are the OS's, that is the current platform's `decode(platform, code)`. Where they are not (`os_error_codes` leaves this platform out), no row is this OS's error: the catch-all keeps it as the OS error it is (`Unlisted::from_raw_os_error(code)`), whose `raw_os_error()` is `code` and whose `io::Error` is `io::Error::from_raw_os_error(code)` again, and which is no code of the table's column (`code(platform)` is `None`; the table's own number `code` there decodes as `decode` says).
        #[inline]
        #[must_use]
        /**
# Example

```
use errtable::{OsError, Platform};
if let Some(code) = OsError::InvalidFunction.raw_os_error() {
    assert!(matches!(OsError::decode_raw_os_error(code), OsError::InvalidFunction));
}
assert!(matches!(OsError::decode_raw_os_error(1073741946), OsError::Unlisted(..)));
```*/
        pub const fn decode_raw_os_error(code: ::core::primitive::i32) -> Self {
            match match __OS_CODES_CURRENT {
                ::core::option::Option::Some(platform) => __decode(platform, code),
                ::core::option::Option::None => ::core::option::Option::None,
            } {
                ::core::option::Option::Some(found) => found,
                ::core::option::Option::None => {
                    OsError::Unlisted(
                        ::errtable::__private::Unlisted::from_raw_os_error(code),
                    )
                }
            }
        }
    }
    const __COUNT: ::core::primitive::usize = 246;
    #[inline]
    const fn __index(value: &OsError) -> ::core::primitive::usize {
        match *value {
            OsError::InvalidFunction => 0,
            OsError::NotFound => 1,
            OsError::InvalidHandle => 2,
            OsError::OutOfMemory => 3,
            OsError::CrossesDevices => 4,
            OsError::ReadOnlyFilesystem => 5,
            OsError::SharingViolation => 6,
            OsError::LockViolation => 7,
            OsError::NotSupported => 8,
            OsError::AlreadyExists => 9,
            OsError::InvalidParameter => 10,
            OsError::BrokenPipe => 11,
            OsError::StorageFull => 12,
            OsError::FunctionNotImplemented => 13,
            OsError::InvalidName => 14,
            OsError::NoChildProcesses => 15,
            OsError::NotSeekable => 16,
            OsError::ResourceBusy => 17,
            OsError::ExecFormatError => 18,
            OsError::ArgumentListTooLong => 19,
            OsError::FileTooLarge => 20,
            OsError::InvalidPipeState => 21,
            OsError::PipeBusy => 22,
            OsError::MoreData => 23,
            OsError::NotADirectory => 24,
            OsError::IsADirectory => 25,
            OsError::PipeConnected => 26,
            OsError::PipeListening => 27,
            OsError::OperationCanceled => 28,
            OsError::IoIncomplete => 29,
            OsError::IoPending => 30,
            OsError::IllegalByteSequence => 31,
            OsError::IoError => 32,
            OsError::Deadlock => 33,
            OsError::TooManyLinks => 34,
            OsError::ElementNotFound => 35,
            OsError::OperationNotPermitted => 36,
            OsError::Interrupted => 37,
            OsError::BadFileDescriptor => 38,
            OsError::PermissionDenied => 39,
            OsError::BadAddress => 40,
            OsError::InvalidArgument => 41,
            OsError::TooManyOpenFiles => 42,
            OsError::WouldBlock => 43,
            OsError::InProgress => 44,
            OsError::AlreadyInProgress => 45,
            OsError::NotASocket => 46,
            OsError::DestinationAddressRequired => 47,
            OsError::MessageTooLong => 48,
            OsError::WrongProtocolType => 49,
            OsError::BadProtocolOption => 50,
            OsError::ProtocolNotSupported => 51,
            OsError::SocketTypeNotSupported => 52,
            OsError::OperationNotSupported => 53,
            OsError::ProtocolFamilyNotSupported => 54,
            OsError::AddressFamilyNotSupported => 55,
            OsError::AddressInUse => 56,
            OsError::AddressNotAvailable => 57,
            OsError::NetworkDown => 58,
            OsError::NetworkUnreachable => 59,
            OsError::NetworkReset => 60,
            OsError::ConnectionAborted => 61,
            OsError::ConnectionReset => 62,
            OsError::NoBufferSpace => 63,
            OsError::AlreadyConnected => 64,
            OsError::NotConnected => 65,
            OsError::SocketShutdown => 66,
            OsError::TooManyReferences => 67,
            OsError::TimedOut => 68,
            OsError::ConnectionRefused => 69,
            OsError::FilesystemLoop => 70,
            OsError::NameTooLong => 71,
            OsError::HostDown => 72,
            OsError::HostUnreachable => 73,
            OsError::DirectoryNotEmpty => 74,
            OsError::TooManyProcesses => 75,
            OsError::TooManyUsers => 76,
            OsError::QuotaExceeded => 77,
            OsError::StaleFileHandle => 78,
            OsError::ObjectIsRemote => 79,
            OsError::SystemNotReady => 80,
            OsError::VersionNotSupported => 81,
            OsError::NotInitialized => 82,
            OsError::Disconnecting => 83,
            OsError::LookupNoMore => 84,
            OsError::LookupCanceled => 85,
            OsError::InvalidProcedureTable => 86,
            OsError::InvalidProvider => 87,
            OsError::ProviderFailedInit => 88,
            OsError::SystemCallFailure => 89,
            OsError::ServiceNotFound => 90,
            OsError::ClassTypeNotFound => 91,
            OsError::LookupNoMoreResults => 92,
            OsError::LookupCallCanceled => 93,
            OsError::QueryRefused => 94,
            OsError::HostNotFound => 95,
            OsError::TryAgain => 96,
            OsError::NoRecovery => 97,
            OsError::NoData => 98,
            OsError::QosReceivers => 99,
            OsError::QosSenders => 100,
            OsError::QosNoSenders => 101,
            OsError::QosNoReceivers => 102,
            OsError::QosRequestConfirmed => 103,
            OsError::QosAdmissionFailure => 104,
            OsError::QosPolicyFailure => 105,
            OsError::QosBadStyle => 106,
            OsError::QosBadObject => 107,
            OsError::QosTrafficControlError => 108,
            OsError::QosGenericError => 109,
            OsError::QosServiceTypeError => 110,
            OsError::QosFlowspecError => 111,
            OsError::QosInvalidProviderBuffer => 112,
            OsError::QosInvalidFilterStyle => 113,
            OsError::QosInvalidFilterType => 114,
            OsError::QosInvalidFilterCount => 115,
            OsError::QosInvalidObjectLength => 116,
            OsError::QosInvalidFlowCount => 117,
            OsError::QosUnknownObject => 118,
            OsError::QosInvalidPolicyObject => 119,
            OsError::QosInvalidFlowDescriptor => 120,
            OsError::QosInvalidProviderFlowspec => 121,
            OsError::QosInvalidProviderFilterspec => 122,
            OsError::QosInvalidShapeDiscardMode => 123,
            OsError::QosInvalidShapingRate => 124,
            OsError::QosReservedPolicyElement => 125,
            OsError::NoSuchProcess => 126,
            OsError::NoSuchDeviceOrAddress => 127,
            OsError::BlockDeviceRequired => 128,
            OsError::NoSuchDevice => 129,
            OsError::TooManyOpenFilesInSystem => 130,
            OsError::InappropriateIoctl => 131,
            OsError::ExecutableFileBusy => 132,
            OsError::ArgumentOutOfDomain => 133,
            OsError::ResultOutOfRange => 134,
            OsError::NoLocksAvailable => 135,
            OsError::NoMessage => 136,
            OsError::IdentifierRemoved => 137,
            OsError::ChannelOutOfRange => 138,
            OsError::Level2NotSynchronized => 139,
            OsError::Level3Halted => 140,
            OsError::Level3Reset => 141,
            OsError::LinkNumberOutOfRange => 142,
            OsError::ProtocolDriverNotAttached => 143,
            OsError::NoCsiStructure => 144,
            OsError::Level2Halted => 145,
            OsError::InvalidExchange => 146,
            OsError::InvalidRequestDescriptor => 147,
            OsError::ExchangeFull => 148,
            OsError::NoAnode => 149,
            OsError::InvalidRequestCode => 150,
            OsError::InvalidSlot => 151,
            OsError::BadFontFile => 152,
            OsError::NotAStream => 153,
            OsError::NoDataAvailable => 154,
            OsError::TimerExpired => 155,
            OsError::OutOfStreamsResources => 156,
            OsError::NotOnNetwork => 157,
            OsError::PackageNotInstalled => 158,
            OsError::LinkSevered => 159,
            OsError::AdvertiseError => 160,
            OsError::SrmountError => 161,
            OsError::CommunicationError => 162,
            OsError::ProtocolError => 163,
            OsError::MultihopAttempted => 164,
            OsError::RfsSpecificError => 165,
            OsError::BadMessage => 166,
            OsError::ValueOverflow => 167,
            OsError::NameNotUnique => 168,
            OsError::FileDescriptorBadState => 169,
            OsError::RemoteAddressChanged => 170,
            OsError::SharedLibraryInaccessible => 171,
            OsError::SharedLibraryCorrupted => 172,
            OsError::LibSectionCorrupted => 173,
            OsError::TooManySharedLibraries => 174,
            OsError::CannotExecSharedLibrary => 175,
            OsError::ShouldRestart => 176,
            OsError::StreamsPipeError => 177,
            OsError::StructureNeedsCleaning => 178,
            OsError::NotXenixNamedType => 179,
            OsError::NoXenixSemaphores => 180,
            OsError::IsNamedTypeFile => 181,
            OsError::RemoteIoError => 182,
            OsError::NoMedium => 183,
            OsError::WrongMediumType => 184,
            OsError::KeyNotAvailable => 185,
            OsError::KeyExpired => 186,
            OsError::KeyRevoked => 187,
            OsError::KeyRejected => 188,
            OsError::OwnerDied => 189,
            OsError::NotRecoverable => 190,
            OsError::RfKill => 191,
            OsError::HardwarePoison => 192,
            OsError::BadRpcStruct => 193,
            OsError::RpcVersionMismatch => 194,
            OsError::RpcProgramUnavailable => 195,
            OsError::RpcProgramVersionMismatch => 196,
            OsError::RpcProcedureUnavailable => 197,
            OsError::InappropriateFileType => 198,
            OsError::AuthenticationError => 199,
            OsError::NeedAuthenticator => 200,
            OsError::DevicePowerOff => 201,
            OsError::DeviceError => 202,
            OsError::BadExecutable => 203,
            OsError::BadCpuType => 204,
            OsError::SharedLibraryVersionMismatch => 205,
            OsError::MalformedMachO => 206,
            OsError::AttributeNotFound => 207,
            OsError::PolicyNotFound => 208,
            OsError::InterfaceQueueFull => 209,
            OsError::NotCapable => 210,
            OsError::ProgrammingError => 211,
            OsError::CapabilityMode => 212,
            OsError::IntegrityCheckFailed => 213,
            OsError::IpsecFailure => 214,
            OsError::LockUnmapped => 215,
            OsError::FacilityNotActive => 216,
            OsError::DeviceNotReady => 217,
            OsError::WriteProtectedMedia => 218,
            OsError::UnformattedMedia => 219,
            OsError::CannotEstablishConnection => 220,
            OsError::BlockedByAdministrator => 221,
            OsError::CorruptFilesystem => 222,
            OsError::SystemErrorReserved => 223,
            OsError::MediaSurfaceError => 224,
            OsError::NeedsRelocation => 225,
            OsError::SecurityAuthenticationDenied => 226,
            OsError::NotTrustedProgram => 227,
            OsError::FilePositionError => 228,
            OsError::SignalError => 229,
            OsError::BackgroundProcess => 230,
            OsError::TranslatorDied => 231,
            OsError::Unexplained => 232,
            OsError::Egregious => 233,
            OsError::ComputerBoughtTheFarm => 234,
            OsError::Gratuitous => 235,
            OsError::RemoteInode => 236,
            OsError::NoMoreFiles => 237,
            OsError::NoSuchShare => 238,
            OsError::CaseClash => 239,
            OsError::InitReserved => 240,
            OsError::RemoteDeviceReserved => 241,
            OsError::SymbolNotFound => 242,
            OsError::RemotePeerReleased => 243,
            OsError::TooManyRemoteLevels => 244,
            OsError::Unlisted(..) => 245,
        }
    }
    const __ALL: [OsError; 245] = [
        OsError::InvalidFunction,
        OsError::NotFound,
        OsError::InvalidHandle,
        OsError::OutOfMemory,
        OsError::CrossesDevices,
        OsError::ReadOnlyFilesystem,
        OsError::SharingViolation,
        OsError::LockViolation,
        OsError::NotSupported,
        OsError::AlreadyExists,
        OsError::InvalidParameter,
        OsError::BrokenPipe,
        OsError::StorageFull,
        OsError::FunctionNotImplemented,
        OsError::InvalidName,
        OsError::NoChildProcesses,
        OsError::NotSeekable,
        OsError::ResourceBusy,
        OsError::ExecFormatError,
        OsError::ArgumentListTooLong,
        OsError::FileTooLarge,
        OsError::InvalidPipeState,
        OsError::PipeBusy,
        OsError::MoreData,
        OsError::NotADirectory,
        OsError::IsADirectory,
        OsError::PipeConnected,
        OsError::PipeListening,
        OsError::OperationCanceled,
        OsError::IoIncomplete,
        OsError::IoPending,
        OsError::IllegalByteSequence,
        OsError::IoError,
        OsError::Deadlock,
        OsError::TooManyLinks,
        OsError::ElementNotFound,
        OsError::OperationNotPermitted,
        OsError::Interrupted,
        OsError::BadFileDescriptor,
        OsError::PermissionDenied,
        OsError::BadAddress,
        OsError::InvalidArgument,
        OsError::TooManyOpenFiles,
        OsError::WouldBlock,
        OsError::InProgress,
        OsError::AlreadyInProgress,
        OsError::NotASocket,
        OsError::DestinationAddressRequired,
        OsError::MessageTooLong,
        OsError::WrongProtocolType,
        OsError::BadProtocolOption,
        OsError::ProtocolNotSupported,
        OsError::SocketTypeNotSupported,
        OsError::OperationNotSupported,
        OsError::ProtocolFamilyNotSupported,
        OsError::AddressFamilyNotSupported,
        OsError::AddressInUse,
        OsError::AddressNotAvailable,
        OsError::NetworkDown,
        OsError::NetworkUnreachable,
        OsError::NetworkReset,
        OsError::ConnectionAborted,
        OsError::ConnectionReset,
        OsError::NoBufferSpace,
        OsError::AlreadyConnected,
        OsError::NotConnected,
        OsError::SocketShutdown,
        OsError::TooManyReferences,
        OsError::TimedOut,
        OsError::ConnectionRefused,
        OsError::FilesystemLoop,
        OsError::NameTooLong,
        OsError::HostDown,
        OsError::HostUnreachable,
        OsError::DirectoryNotEmpty,
        OsError::TooManyProcesses,
        OsError::TooManyUsers,
        OsError::QuotaExceeded,
        OsError::StaleFileHandle,
        OsError::ObjectIsRemote,
        OsError::SystemNotReady,
        OsError::VersionNotSupported,
        OsError::NotInitialized,
        OsError::Disconnecting,
        OsError::LookupNoMore,
        OsError::LookupCanceled,
        OsError::InvalidProcedureTable,
        OsError::InvalidProvider,
        OsError::ProviderFailedInit,
        OsError::SystemCallFailure,
        OsError::ServiceNotFound,
        OsError::ClassTypeNotFound,
        OsError::LookupNoMoreResults,
        OsError::LookupCallCanceled,
        OsError::QueryRefused,
        OsError::HostNotFound,
        OsError::TryAgain,
        OsError::NoRecovery,
        OsError::NoData,
        OsError::QosReceivers,
        OsError::QosSenders,
        OsError::QosNoSenders,
        OsError::QosNoReceivers,
        OsError::QosRequestConfirmed,
        OsError::QosAdmissionFailure,
        OsError::QosPolicyFailure,
        OsError::QosBadStyle,
        OsError::QosBadObject,
        OsError::QosTrafficControlError,
        OsError::QosGenericError,
        OsError::QosServiceTypeError,
        OsError::QosFlowspecError,
        OsError::QosInvalidProviderBuffer,
        OsError::QosInvalidFilterStyle,
        OsError::QosInvalidFilterType,
        OsError::QosInvalidFilterCount,
        OsError::QosInvalidObjectLength,
        OsError::QosInvalidFlowCount,
        OsError::QosUnknownObject,
        OsError::QosInvalidPolicyObject,
        OsError::QosInvalidFlowDescriptor,
        OsError::QosInvalidProviderFlowspec,
        OsError::QosInvalidProviderFilterspec,
        OsError::QosInvalidShapeDiscardMode,
        OsError::QosInvalidShapingRate,
        OsError::QosReservedPolicyElement,
        OsError::NoSuchProcess,
        OsError::NoSuchDeviceOrAddress,
        OsError::BlockDeviceRequired,
        OsError::NoSuchDevice,
        OsError::TooManyOpenFilesInSystem,
        OsError::InappropriateIoctl,
        OsError::ExecutableFileBusy,
        OsError::ArgumentOutOfDomain,
        OsError::ResultOutOfRange,
        OsError::NoLocksAvailable,
        OsError::NoMessage,
        OsError::IdentifierRemoved,
        OsError::ChannelOutOfRange,
        OsError::Level2NotSynchronized,
        OsError::Level3Halted,
        OsError::Level3Reset,
        OsError::LinkNumberOutOfRange,
        OsError::ProtocolDriverNotAttached,
        OsError::NoCsiStructure,
        OsError::Level2Halted,
        OsError::InvalidExchange,
        OsError::InvalidRequestDescriptor,
        OsError::ExchangeFull,
        OsError::NoAnode,
        OsError::InvalidRequestCode,
        OsError::InvalidSlot,
        OsError::BadFontFile,
        OsError::NotAStream,
        OsError::NoDataAvailable,
        OsError::TimerExpired,
        OsError::OutOfStreamsResources,
        OsError::NotOnNetwork,
        OsError::PackageNotInstalled,
        OsError::LinkSevered,
        OsError::AdvertiseError,
        OsError::SrmountError,
        OsError::CommunicationError,
        OsError::ProtocolError,
        OsError::MultihopAttempted,
        OsError::RfsSpecificError,
        OsError::BadMessage,
        OsError::ValueOverflow,
        OsError::NameNotUnique,
        OsError::FileDescriptorBadState,
        OsError::RemoteAddressChanged,
        OsError::SharedLibraryInaccessible,
        OsError::SharedLibraryCorrupted,
        OsError::LibSectionCorrupted,
        OsError::TooManySharedLibraries,
        OsError::CannotExecSharedLibrary,
        OsError::ShouldRestart,
        OsError::StreamsPipeError,
        OsError::StructureNeedsCleaning,
        OsError::NotXenixNamedType,
        OsError::NoXenixSemaphores,
        OsError::IsNamedTypeFile,
        OsError::RemoteIoError,
        OsError::NoMedium,
        OsError::WrongMediumType,
        OsError::KeyNotAvailable,
        OsError::KeyExpired,
        OsError::KeyRevoked,
        OsError::KeyRejected,
        OsError::OwnerDied,
        OsError::NotRecoverable,
        OsError::RfKill,
        OsError::HardwarePoison,
        OsError::BadRpcStruct,
        OsError::RpcVersionMismatch,
        OsError::RpcProgramUnavailable,
        OsError::RpcProgramVersionMismatch,
        OsError::RpcProcedureUnavailable,
        OsError::InappropriateFileType,
        OsError::AuthenticationError,
        OsError::NeedAuthenticator,
        OsError::DevicePowerOff,
        OsError::DeviceError,
        OsError::BadExecutable,
        OsError::BadCpuType,
        OsError::SharedLibraryVersionMismatch,
        OsError::MalformedMachO,
        OsError::AttributeNotFound,
        OsError::PolicyNotFound,
        OsError::InterfaceQueueFull,
        OsError::NotCapable,
        OsError::ProgrammingError,
        OsError::CapabilityMode,
        OsError::IntegrityCheckFailed,
        OsError::IpsecFailure,
        OsError::LockUnmapped,
        OsError::FacilityNotActive,
        OsError::DeviceNotReady,
        OsError::WriteProtectedMedia,
        OsError::UnformattedMedia,
        OsError::CannotEstablishConnection,
        OsError::BlockedByAdministrator,
        OsError::CorruptFilesystem,
        OsError::SystemErrorReserved,
        OsError::MediaSurfaceError,
        OsError::NeedsRelocation,
        OsError::SecurityAuthenticationDenied,
        OsError::NotTrustedProgram,
        OsError::FilePositionError,
        OsError::SignalError,
        OsError::BackgroundProcess,
        OsError::TranslatorDied,
        OsError::Unexplained,
        OsError::Egregious,
        OsError::ComputerBoughtTheFarm,
        OsError::Gratuitous,
        OsError::RemoteInode,
        OsError::NoMoreFiles,
        OsError::NoSuchShare,
        OsError::CaseClash,
        OsError::InitReserved,
        OsError::RemoteDeviceReserved,
        OsError::SymbolNotFound,
        OsError::RemotePeerReleased,
        OsError::TooManyRemoteLevels,
    ];
    /// The row at `index`; `None` past the last row (the catch-all's slot).
    #[inline]
    const fn __row(index: ::core::primitive::usize) -> ::core::option::Option<OsError> {
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
    const __NAME_TEXT: &::core::primitive::str = "InvalidFunctionNotFoundInvalidHandleOutOfMemoryCrossesDevicesReadOnlyFilesystemSharingViolationLockViolationNotSupportedAlreadyExistsInvalidParameterBrokenPipeStorageFullFunctionNotImplementedInvalidNameNoChildProcessesNotSeekableResourceBusyExecFormatErrorArgumentListTooLongFileTooLargeInvalidPipeStatePipeBusyMoreDataNotADirectoryIsADirectoryPipeConnectedPipeListeningOperationCanceledIoIncompleteIoPendingIllegalByteSequenceIoErrorDeadlockTooManyLinksElementNotFoundOperationNotPermittedInterruptedBadFileDescriptorPermissionDeniedBadAddressInvalidArgumentTooManyOpenFilesWouldBlockInProgressAlreadyInProgressNotASocketDestinationAddressRequiredMessageTooLongWrongProtocolTypeBadProtocolOptionProtocolNotSupportedSocketTypeNotSupportedOperationNotSupportedProtocolFamilyNotSupportedAddressFamilyNotSupportedAddressInUseAddressNotAvailableNetworkDownNetworkUnreachableNetworkResetConnectionAbortedConnectionResetNoBufferSpaceAlreadyConnectedNotConnectedSocketShutdownTooManyReferencesTimedOutConnectionRefusedFilesystemLoopNameTooLongHostDownHostUnreachableDirectoryNotEmptyTooManyProcessesTooManyUsersQuotaExceededStaleFileHandleObjectIsRemoteSystemNotReadyVersionNotSupportedNotInitializedDisconnectingLookupNoMoreLookupCanceledInvalidProcedureTableInvalidProviderProviderFailedInitSystemCallFailureServiceNotFoundClassTypeNotFoundLookupNoMoreResultsLookupCallCanceledQueryRefusedHostNotFoundTryAgainNoRecoveryNoDataQosReceiversQosSendersQosNoSendersQosNoReceiversQosRequestConfirmedQosAdmissionFailureQosPolicyFailureQosBadStyleQosBadObjectQosTrafficControlErrorQosGenericErrorQosServiceTypeErrorQosFlowspecErrorQosInvalidProviderBufferQosInvalidFilterStyleQosInvalidFilterTypeQosInvalidFilterCountQosInvalidObjectLengthQosInvalidFlowCountQosUnknownObjectQosInvalidPolicyObjectQosInvalidFlowDescriptorQosInvalidProviderFlowspecQosInvalidProviderFilterspecQosInvalidShapeDiscardModeQosInvalidShapingRateQosReservedPolicyElementNoSuchProcessNoSuchDeviceOrAddressBlockDeviceRequiredNoSuchDeviceTooManyOpenFilesInSystemInappropriateIoctlExecutableFileBusyArgumentOutOfDomainResultOutOfRangeNoLocksAvailableNoMessageIdentifierRemovedChannelOutOfRangeLevel2NotSynchronizedLevel3HaltedLevel3ResetLinkNumberOutOfRangeProtocolDriverNotAttachedNoCsiStructureLevel2HaltedInvalidExchangeInvalidRequestDescriptorExchangeFullNoAnodeInvalidRequestCodeInvalidSlotBadFontFileNotAStreamNoDataAvailableTimerExpiredOutOfStreamsResourcesNotOnNetworkPackageNotInstalledLinkSeveredAdvertiseErrorSrmountErrorCommunicationErrorProtocolErrorMultihopAttemptedRfsSpecificErrorBadMessageValueOverflowNameNotUniqueFileDescriptorBadStateRemoteAddressChangedSharedLibraryInaccessibleSharedLibraryCorruptedLibSectionCorruptedTooManySharedLibrariesCannotExecSharedLibraryShouldRestartStreamsPipeErrorStructureNeedsCleaningNotXenixNamedTypeNoXenixSemaphoresIsNamedTypeFileRemoteIoErrorNoMediumWrongMediumTypeKeyNotAvailableKeyExpiredKeyRevokedKeyRejectedOwnerDiedNotRecoverableRfKillHardwarePoisonBadRpcStructRpcVersionMismatchRpcProgramUnavailableRpcProgramVersionMismatchRpcProcedureUnavailableInappropriateFileTypeAuthenticationErrorNeedAuthenticatorDevicePowerOffDeviceErrorBadExecutableBadCpuTypeSharedLibraryVersionMismatchMalformedMachOAttributeNotFoundPolicyNotFoundInterfaceQueueFullNotCapableProgrammingErrorCapabilityModeIntegrityCheckFailedIpsecFailureLockUnmappedFacilityNotActiveDeviceNotReadyWriteProtectedMediaUnformattedMediaCannotEstablishConnectionBlockedByAdministratorCorruptFilesystemSystemErrorReservedMediaSurfaceErrorNeedsRelocationSecurityAuthenticationDeniedNotTrustedProgramFilePositionErrorSignalErrorBackgroundProcessTranslatorDiedUnexplainedEgregiousComputerBoughtTheFarmGratuitousRemoteInodeNoMoreFilesNoSuchShareCaseClashInitReservedRemoteDeviceReservedSymbolNotFoundRemotePeerReleasedTooManyRemoteLevelsUnlisted";
    const __NAME_START: [::core::primitive::u16; __COUNT + 1] = [
        0, 15, 23, 36, 47, 61, 79, 95, 108, 120, 133, 149, 159, 170, 192, 203, 219, 230,
        242, 257, 276, 288, 304, 312, 320, 333, 345, 358, 371, 388, 400, 409, 428, 435,
        443, 455, 470, 491, 502, 519, 535, 545, 560, 576, 586, 596, 613, 623, 649, 663,
        680, 697, 717, 739, 760, 786, 811, 823, 842, 853, 871, 883, 900, 915, 928, 944,
        956, 970, 987, 995, 1012, 1026, 1037, 1045, 1060, 1077, 1093, 1105, 1118, 1133,
        1147, 1161, 1180, 1194, 1207, 1219, 1233, 1254, 1269, 1287, 1304, 1319, 1336,
        1355, 1373, 1385, 1397, 1405, 1415, 1421, 1433, 1443, 1455, 1469, 1488, 1507,
        1523, 1534, 1546, 1568, 1583, 1602, 1618, 1642, 1663, 1683, 1704, 1726, 1745,
        1761, 1783, 1807, 1833, 1861, 1887, 1908, 1932, 1945, 1966, 1985, 1997, 2021,
        2039, 2057, 2076, 2092, 2108, 2117, 2134, 2151, 2172, 2184, 2195, 2215, 2240,
        2254, 2266, 2281, 2305, 2317, 2324, 2342, 2353, 2364, 2374, 2389, 2401, 2422,
        2434, 2453, 2464, 2478, 2490, 2508, 2521, 2538, 2554, 2564, 2577, 2590, 2612,
        2632, 2657, 2679, 2698, 2720, 2743, 2756, 2772, 2794, 2811, 2828, 2843, 2856,
        2864, 2879, 2894, 2904, 2914, 2925, 2934, 2948, 2954, 2968, 2980, 2998, 3019,
        3044, 3067, 3088, 3107, 3124, 3138, 3149, 3162, 3172, 3200, 3214, 3231, 3245,
        3263, 3273, 3289, 3303, 3323, 3335, 3347, 3364, 3378, 3397, 3413, 3438, 3460,
        3477, 3496, 3513, 3528, 3556, 3573, 3590, 3601, 3618, 3632, 3643, 3652, 3673,
        3683, 3694, 3705, 3716, 3725, 3737, 3757, 3771, 3789, 3808, 3816,
    ];
    const __MESSAGE_TEXT: &::core::primitive::str = "Incorrect functionNo such file or directoryThe handle is invalidCannot allocate memoryInvalid cross-device linkRead-only file systemThe process cannot access the file because it is being used by another processThe process cannot access the file because another process has locked a portion of the fileOperation not supportedFile existsThe parameter is incorrectBroken pipeNo space left on deviceFunction not implementedThe filename, directory name, or volume label syntax is incorrectNo child processesIllegal seekDevice or resource busyExec format errorArgument list too longFile too largeThe pipe state is invalidAll pipe instances are busyMore data is availableNot a directoryIs a directoryThere is a process on other end of the pipeWaiting for a process to open the other end of the pipeOperation canceledOverlapped I/O event object not in signaled stateOverlapped operations will complete laterInvalid or incomplete multibyte or wide characterInput/output errorResource deadlock avoidedToo many linksElement not foundOperation not permittedInterrupted system callBad file descriptorPermission deniedBad addressInvalid argumentToo many open filesResource temporarily unavailableOperation now in progressOperation already in progressSocket operation on non-socketDestination address requiredMessage too longProtocol wrong type for socketProtocol not availableProtocol not supportedSocket type not supportedOperation not supportedProtocol family not supportedAddress family not supported by protocolAddress already in useCannot assign requested addressNetwork is downNetwork is unreachableNetwork dropped connection on resetSoftware caused connection abortConnection reset by peerNo buffer space availableTransport endpoint is already connectedTransport endpoint is not connectedCannot send after transport endpoint shutdownToo many references: cannot spliceConnection timed outConnection refusedToo many levels of symbolic linksFile name too longHost is downNo route to hostDirectory not emptyToo many processesToo many usersDisk quota exceededStale file handleObject is remoteNetwork subsystem is unavailableWinsock.dll version out of rangeSuccessful WSAStartup not yet performedGraceful shutdown in progressNo more resultsCall has been canceledProcedure call table is invalidService provider is invalidService provider failed to initializeSystem call failureService not foundClass type not foundNo more resultsCall was canceledDatabase query was refusedHost not foundNonauthoritative host not foundThis is a nonrecoverable errorValid name, no data record of requested typeQoS receiversQoS sendersNo QoS sendersQoS no receiversQoS request confirmedQoS admission errorQoS policy failureQoS bad styleQoS bad objectQoS traffic control errorQoS generic errorQoS service type errorQoS flowspec errorInvalid QoS provider bufferInvalid QoS filter styleInvalid QoS filter typeIncorrect QoS filter countInvalid QoS object lengthIncorrect QoS flow countUnrecognized QoS objectInvalid QoS policy objectInvalid QoS flow descriptorInvalid QoS provider-specific flowspecInvalid QoS provider-specific filterspecInvalid QoS shape discard mode objectInvalid QoS shaping rate objectReserved policy QoS element typeNo such processNo such device or addressBlock device requiredNo such deviceToo many open files in systemInappropriate ioctl for deviceText file busyNumerical argument out of domainNumerical result out of rangeNo locks availableNo message of desired typeIdentifier removedChannel number out of rangeLevel 2 not synchronizedLevel 3 haltedLevel 3 resetLink number out of rangeProtocol driver not attachedNo CSI structure availableLevel 2 haltedInvalid exchangeInvalid request descriptorExchange fullNo anodeInvalid request codeInvalid slotBad font file formatDevice not a streamNo data availableTimer expiredOut of streams resourcesMachine is not on the networkPackage not installedLink has been severedAdvertise errorSrmount errorCommunication error on sendProtocol errorMultihop attemptedRFS specific errorBad messageValue too large for defined data typeName not unique on networkFile descriptor in bad stateRemote address changedCan not access a needed shared libraryAccessing a corrupted shared library.lib section in a.out corruptedAttempting to link in too many shared librariesCannot exec a shared library directlyInterrupted system call should be restartedStreams pipe errorStructure needs cleaningNot a XENIX named type fileNo XENIX semaphores availableIs a named type fileRemote I/O errorNo medium foundWrong medium typeRequired key not availableKey has expiredKey has been revokedKey was rejected by serviceOwner diedState not recoverableOperation not possible due to RF-killMemory page has hardware errorRPC struct is badRPC version wrongRPC prog. not availProgram version wrongBad procedure for programInappropriate file type or formatAuthentication errorNeed authenticatorDevice power is offDevice errorBad executable (or shared library)Bad CPU type in executableShared library version mismatchMalformed Mach-o fileAttribute not foundPolicy not foundInterface output queue is fullCapabilities insufficientProgramming errorNot permitted in capability modeIntegrity check failedIPsec processing failureLocked lock was unmappedFacility is not activeDevice not readyWrite-protected mediaUnformatted or incompatible mediaCannot Establish ConnectionRequests blocked by AdministratorInvalid file system control data detectedFor future useMedia surface errorI/O completed, but needs relocationSecurity Authentication DeniedNot a Trusted ProgramFile Position ErrorSignal ErrorInappropriate operation for background processTranslator died?You really blew it this timeComputer bought the farmGratuitous errorInode is remote (not really error)No more filesNo such host or network pathFilename exists with different caseReservedError 142Symbol does not exist in executableRemote peer released connectionToo many levels of remote in pathUnknown error";
    const __MESSAGE_START: [::core::primitive::u16; __COUNT + 1] = [
        0, 18, 43, 64, 86, 111, 132, 210, 301, 324, 335, 361, 372, 395, 419, 484, 502,
        514, 537, 554, 576, 590, 615, 642, 664, 679, 693, 736, 791, 809, 858, 899, 948,
        966, 991, 1005, 1022, 1045, 1068, 1087, 1104, 1115, 1131, 1150, 1182, 1207, 1236,
        1266, 1294, 1310, 1340, 1362, 1384, 1409, 1432, 1461, 1501, 1523, 1554, 1569,
        1591, 1626, 1658, 1682, 1707, 1746, 1781, 1826, 1860, 1880, 1898, 1931, 1949,
        1961, 1977, 1996, 2014, 2028, 2047, 2064, 2080, 2112, 2144, 2183, 2212, 2227,
        2249, 2280, 2307, 2344, 2363, 2380, 2400, 2415, 2432, 2458, 2472, 2503, 2533,
        2577, 2590, 2601, 2615, 2631, 2652, 2671, 2689, 2702, 2716, 2741, 2758, 2780,
        2798, 2825, 2849, 2872, 2898, 2923, 2947, 2970, 2995, 3022, 3060, 3100, 3137,
        3168, 3200, 3215, 3240, 3261, 3275, 3304, 3334, 3348, 3380, 3409, 3427, 3453,
        3471, 3498, 3522, 3536, 3549, 3573, 3601, 3627, 3641, 3657, 3683, 3696, 3704,
        3724, 3736, 3756, 3775, 3792, 3805, 3829, 3858, 3879, 3900, 3915, 3928, 3955,
        3969, 3987, 4005, 4016, 4053, 4079, 4107, 4129, 4167, 4203, 4234, 4281, 4318,
        4361, 4379, 4403, 4430, 4459, 4479, 4495, 4510, 4527, 4553, 4568, 4588, 4615,
        4625, 4646, 4683, 4713, 4730, 4747, 4766, 4787, 4812, 4845, 4865, 4883, 4902,
        4914, 4948, 4974, 5005, 5026, 5045, 5061, 5091, 5116, 5133, 5165, 5187, 5211,
        5235, 5257, 5273, 5294, 5327, 5354, 5387, 5428, 5442, 5461, 5496, 5526, 5547,
        5566, 5578, 5624, 5639, 5640, 5668, 5692, 5708, 5742, 5755, 5783, 5818, 5826,
        5835, 5870, 5901, 5934, 5947,
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
        "The object behind the handle does not offer the operation asked of it: a control code a driver does not know, or a read from a handle that refers to a directory. Windows-only; libuv reports it as EISDIR because that is where programs meet it most, CPython as EINVAL.",
        "A file or directory named in the call does not exist, or a component of its path is missing. Windows says ERROR_FILE_NOT_FOUND (2) for the last component and ERROR_PATH_NOT_FOUND (3) for a directory on the way; a missing drive, network path or share, module or environment variable decodes here too.",
        "A call got a handle that is not open or not of the right type: a closed file, socket or event handle, or a value that never was a handle. Winsock gives the same number the name WSA_INVALID_HANDLE for its event objects. The Unix counterpart is EBADF, whose row (BadFileDescriptor) carries Winsock's WSAEBADF on Windows; a Windows number belongs to one row, so 6 keeps this row.",
        "The system could not supply the memory the call needed. Winsock reports the Win32 code ERROR_NOT_ENOUGH_MEMORY under the name WSA_NOT_ENOUGH_MEMORY; Unix systems report ENOMEM. Free memory or ask for less.",
        "A hard link or rename would cross from one file system to another; copy and delete instead.",
        "A change was attempted on a file system mounted read-only.",
        "Another open handle to the file has a sharing mode that forbids the access requested now, such as a writer that did not allow FILE_SHARE_READ. Windows-only: Unix opens do not lock files. Close the other handle, open with a compatible share mode, or retry later.",
        "A read or write touched a byte range that another handle holds locked with LockFile or LockFileEx. Windows-only: Unix record locks are advisory and do not make I/O fail. Wait for the lock to be released or access another range.",
        "The operation or the value asked for is not supported (the POSIX ENOTSUP; Windows' ERROR_NOT_SUPPORTED). It has its own number on Windows, macOS, NetBSD, OpenBSD, illumos, AIX, Haiku, the Hurd and Cygwin; on Linux, FreeBSD, DragonFly, Redox, WASI and Emscripten it equals EOPNOTSUPP and decodes to OperationNotSupported.",
        "The file or object to be created exists already. Windows says ERROR_FILE_EXISTS (80) when creating a file and ERROR_ALREADY_EXISTS (183) for directories, renames and named objects.",
        "A Win32 call, or a Winsock call that forwards to one, rejected one of its parameters: a flag, length, pointer or value out of range. Winsock gives the same number the name WSA_INVALID_PARAMETER. The Unix counterpart is EINVAL, whose row (InvalidArgument) carries Winsock's WSAEINVAL on Windows; both rows have the kind InvalidInput.",
        "A write went to a pipe or socket whose reading side is closed. Unix also raises SIGPIPE unless it is ignored or suppressed (MSG_NOSIGNAL, SO_NOSIGPIPE). On Windows three pipe codes say the other end is gone: ERROR_BROKEN_PIPE (109, the other end closed its handle; std and mio read it as end of file), ERROR_NO_DATA (232, this end is being closed; ConnectNamedPipe also returns it for a client that came and went, and a PIPE_NOWAIT read for an empty pipe) and ERROR_PIPE_NOT_CONNECTED (233, the server disconnected the instance).",
        "The device has no free space (or no free inodes) left. Windows reports ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39), and a full directory table or medium in the other codes listed here.",
        "The kernel does not implement the system call, or not for this kind of object.",
        "The path cannot be a Windows path at all: it holds a reserved character such as `<`, `>`, `:`, `\"`, `|`, `?` or `*`, or a malformed drive or device part. ERROR_BAD_PATHNAME (161) is reported for paths that are malformed in a similar way. Windows-only; fix the name rather than looking for the file.",
        "The process has no child that matches the wait request.",
        "A seek was attempted on a pipe, FIFO or socket.",
        "The device or resource is in use and cannot be taken or released now, as when unmounting a file system with open files.",
        "exec (CreateProcess or LoadLibrary on Windows) was given a file that is not in an executable format the system recognises. Windows' ERROR_BAD_EXE_FORMAT (193), ERROR_BAD_FORMAT (11) and the old segmented-executable codes 188-202 decode to this row.",
        "The arguments and environment passed to exec together exceed the system's limit.",
        "The file would grow past the largest size the file system or the process limit allows.",
        "The call does not fit the state or mode of the pipe handle: a message-mode operation on a byte-mode pipe, or a transaction on an instance that is not connected. The peer has not gone away; the program asked for something the pipe cannot do.",
        "Every instance of the named pipe is connected to a client already. Wait with WaitNamedPipe and open it again, or have the server create more instances.",
        "Not a failure of the data: the buffer was filled and more remains. A read from a message-mode pipe delivered the first part of a longer message (the rest comes with the next read), and registry and enumeration calls ask for a larger buffer the same way.",
        "A path component that has to be a directory is something else.",
        "The target is a directory where a non-directory is required, e.g. when opening it for writing.",
        "ConnectNamedPipe found a client connected already, between CreateNamedPipe and the call. The connection is made: treat it as success.",
        "A read or write on a server's pipe instance that no client has opened yet. Nothing is lost: wait for the client to connect (ConnectNamedPipe) and try again.",
        "A pending operation was cancelled before it finished. Overlapped socket I/O on Windows ends this way when the socket is closed or its I/O is cancelled (CancelIoEx, SIO_FLUSH); on Unix ECANCELED reports a cancelled asynchronous request.",
        "The result of an overlapped operation was polled before the operation had finished. Keep waiting on its event or completion port, or let WSAGetOverlappedResult wait for it.",
        "Not a failure: an overlapped operation was queued and will finish asynchronously. Wait for its completion notification (event, completion routine or I/O completion port) before using the result.",
        "A byte sequence is not valid in the character encoding in use.",
        "A low-level input/output failure, often a hardware, medium or network file system fault. On Windows ERROR_IO_DEVICE (1117) and the device and medium failures listed here (CRC errors, unreadable sectors, tape marks, an open drive door) decode to this row.",
        "Granting the lock would deadlock, so the system refused. EDEADLOCK names the same code on most platforms but has a number of its own on mips, powerpc and sparc Linux, illumos, Redox and Cygwin.",
        "The file already has the largest number of hard links allowed.",
        "The item the call looks for does not exist; no file is meant. CancelIoEx returns it when no I/O of that handle or OVERLAPPED is left to cancel (it finished first), which callers usually treat as success.",
        "The caller lacks the privilege the operation needs, or the operation is forbidden for this object whatever the file modes say, e.g. signalling another user's process or changing a file's owner.",
        "A blocking call was interrupted before it completed: by a signal on Unix, or on Windows by WSACancelBlockingCall in old Winsock 1.1 blocking hooks. Retrying the call is normally right.",
        "The descriptor or handle given to the call is not open, or not open for the access requested. Look for use after close or a handle of the wrong kind.",
        "Permissions forbid the access. With sockets the usual causes are sending to a broadcast address without enabling SO_BROADCAST, binding a port below 1024 without privileges (Unix), or binding an address another socket holds with SO_EXCLUSIVEADDRUSE (Windows). Windows file calls report ERROR_ACCESS_DENIED (5), which also covers deleting a file that is still open or writing a read-only file.",
        "A pointer argument lies outside memory the caller may use, or a buffer or length argument (such as a sockaddr length) is too small for the call. This points at a bug in the calling program. Windows reports ERROR_NOACCESS (998) for memory it may not touch.",
        "An argument is invalid, or the call does not suit the object's current state, for example an unknown option level passed to setsockopt, or accept called before listen.",
        "The process has used up its allowance of descriptors or socket handles. Close what is no longer needed (a leak is the common cause) or raise the per-process limit.",
        "A non-blocking operation cannot finish right now, e.g. recv with nothing queued or send with full buffers. It is not a failure: wait for readiness (select, poll, epoll, kqueue) and try again. Windows also reports it for a non-blocking connect that is still being set up.",
        "On Unix a non-blocking connect has started and finishes later; wait until the socket is writable, then read SO_ERROR. On Windows the code means something else: another blocking Winsock call is already running in this thread, which Winsock 1.1 does not allow.",
        "An operation is already under way on this non-blocking object, such as a second connect while the first is pending, or cancelling an asynchronous lookup that already ended.",
        "A socket call got a descriptor that refers to something else: a closed or never-valid socket, a file descriptor, or a bad entry in an fd_set passed to select.",
        "A send on an unconnected socket carried no usable destination (Windows also counts the wildcard address ADDR_ANY). Give an address to sendto or connect the socket first.",
        "A datagram exceeded the protocol's or the buffer's size limit, or the receive buffer could not hold the arriving datagram, which is then cut short. Send smaller messages or receive into a bigger buffer.",
        "The protocol passed to socket() cannot work with the requested socket type, as with UDP on a SOCK_STREAM socket.",
        "getsockopt or setsockopt named an option or level that the protocol does not know or does not support.",
        "The protocol asked for is not available on this system, or not for this socket type, such as a stream protocol with SOCK_DGRAM.",
        "The address family has no support for the requested socket type, for instance SOCK_RAW where raw sockets are not provided.",
        "The object does not support the operation, e.g. listen or accept on a datagram socket, or a flag the protocol lacks. Where ENOTSUP has the same number (Linux, FreeBSD, DragonFly, Redox, WASI, Emscripten) that number decodes to this row; elsewhere the two are numbered apart (see NotSupported).",
        "The protocol family is not configured or not implemented. Most calls report the related AddressFamilyNotSupported instead.",
        "An address of a family the socket cannot use was passed (say an IPv6 address to bind, connect or sendto on an IPv4 socket), or the family is not available at all.",
        "The local address and port are taken by another socket, perhaps one still closing in TIME_WAIT; overlapped socket I/O on Windows reports ERROR_ADDRESS_ALREADY_ASSOCIATED (1227). Choose another port, stop the other listener, or use SO_REUSEADDR where that is safe. After a wildcard bind the error may show up only at listen or connect.",
        "The address cannot be used here: bind named an address no local interface has, or connect/sendto aimed at an unusable remote address or port such as port 0. Running out of ephemeral ports gives it too.",
        "The local network stack, interface or network is not working. Check the adapter, its driver and the link.",
        "There is no route to the destination network. Check the routing table and the default gateway.",
        "The network dropped the connection, typically because keep-alive probes found the peer gone while an operation was pending. Turning on SO_KEEPALIVE for an already broken connection can also return it.",
        "The local system aborted an established connection, for example after data retransmissions timed out or on a protocol error; overlapped socket I/O on Windows reports ERROR_CONNECTION_ABORTED (1236). Reconnect; if it recurs, suspect the path or a local firewall.",
        "The peer dropped the connection abruptly with a reset: its program died, its host restarted, or it closed with a zero linger time. Overlapped (I/O completion port) socket I/O on Windows reports it as ERROR_NETNAME_DELETED (64). Treat the connection as lost and reconnect.",
        "The system lacked buffer space or a queue was full. It signals resource exhaustion on the host, such as too many sockets or too much unsent data; close unused sockets and try again later.",
        "connect was called again on an already connected socket; some systems also return it when sendto names a destination on a connected socket.",
        "The call needs a connected socket (or, for a datagram send, a destination address) and there is none, or its connection was reset; overlapped socket I/O on Windows reports ERROR_NOT_CONNECTED (2250). Connect first or pass an address.",
        "Data was sent or received in a direction already closed with shutdown(). Stop using that direction after shutting it down.",
        "A kernel object has too many references and the related resource is used up. Rarely seen in practice.",
        "The peer did not answer in time, either while connecting or on an established connection. Overlapped socket I/O on Windows reports ERROR_SEM_TIMEOUT (121); the other Win32 timeout codes listed here (waits, services, directory and DNS queries) decode to this row as std does. Check that the address is right, the host is up and no firewall silently drops the packets.",
        "The host was reached but rejected the connection, usually because nothing listens on that port. Overlapped socket I/O on Windows reports ERROR_CONNECTION_REFUSED (1225), or ERROR_PORT_UNREACHABLE (1234) when an ICMP port-unreachable answers a datagram. Check the port number and that the server runs.",
        "Resolving a path met too many symbolic links, normally because of a loop. Winsock defines WSAELOOP only to mirror the Berkeley list.",
        "A path or one of its components is longer than the system allows. Winsock defines WSAENAMETOOLONG only to mirror the Berkeley list. Windows' ERROR_BUFFER_OVERFLOW (111) says \"The file name is too long\" too; the IP Helper calls (GetAdaptersAddresses and others) return it for an output buffer that is too small, which the caller answers by growing the buffer.",
        "The destination host is known to be down. Most stacks report a timeout in this situation instead; check that the peer is switched on and connected.",
        "No route leads to the destination host, often after a router sent an ICMP host-unreachable message. Check the addressing and the routes towards that host.",
        "A directory that was to be removed, or replaced by rename, still has entries. Winsock defines WSAENOTEMPTY only to mirror the Berkeley list.",
        "A process limit was hit: on BSD systems (and AIX, the Hurd, Cygwin) the per-user process limit (fork), on Windows the number of applications a Winsock implementation serves at once (WSAStartup). Generic Linux has no such errno.",
        "A table of users, such as the quota system's, has no free entries.",
        "The disk-block or inode quota of the user is exhausted. Free space or have the quota raised.",
        "A handle to a file on a network file system such as NFS refers to something the server no longer has, e.g. a file deleted there. Reopen the file by its path.",
        "The object lives on a remote system and cannot be used locally this way. BSD systems use the same name for too many levels of remote mounts in a path.",
        "WSAStartup found the network subsystem unusable. Check that the intended Winsock DLL is loaded rather than a stale copy found earlier on the search path, that only one Winsock implementation is in use, and that the networking components are installed.",
        "WSAStartup was asked for a Winsock specification version that this implementation cannot provide. Request a version it supports (2.2 is available everywhere) and make sure an outdated Winsock DLL is not being picked up.",
        "A Winsock function ran before a successful WSAStartup, after the matching WSACleanup, or on a socket owned by another task. Call WSAStartup once before any socket use and pair every call with one WSACleanup.",
        "The peer has started an orderly close; WSARecv and WSARecvFrom report it on message-oriented protocols. Finish reading what is left and close this side too.",
        "WSALookupServiceNext has nothing more to return. WSAENOMORE and WSA_E_NO_MORE (10110) mean the same thing; the second number was introduced to avoid a clash, so code should accept both.",
        "WSALookupServiceEnd was called while a WSALookupServiceNext call on the same handle was still running, which cancelled it. Same meaning as WSA_E_CANCELLED (10111).",
        "A Winsock service provider handed Ws2_32.dll an unusable procedure table, usually with missing entries. The installed provider (for instance a layered provider) is faulty; remove or reinstall it, or reset the Winsock catalog.",
        "The service provider is unusable: none matches the given protocol entry, or it reported an interface version other than 2.0. Inspect the Winsock catalog.",
        "Setting up a service provider failed: its DLL did not load or its WSPStartup/NSPStartup call failed. Repair the provider or reset the Winsock catalog.",
        "A system call that is not expected to fail did, or a provider failed without giving a specific code. A damaged Winsock catalog or a faulty provider is the usual explanation.",
        "The service asked for is unknown in the name space that was searched.",
        "The service class named in the request does not exist.",
        "WSALookupServiceNext has nothing more to return; the newer number for WSAENOMORE (10102), so accept both.",
        "A lookup was cancelled by WSALookupServiceEnd while still running; the newer number for WSAECANCELLED (10103).",
        "The server behind a name-space query refused to answer it.",
        "Name resolution knows no such host: the name is neither a host name nor an alias in the databases consulted (DNS, hosts file). Check the spelling and the DNS setup. A resolver code, not an errno: Unix reports it through h_errno (HOST_NOT_FOUND) or getaddrinfo (EAI_NONAME).",
        "A temporary resolver failure: no authoritative answer could be obtained, for example because the DNS server did not reply. Retrying later may work. A resolver code, not an errno: Unix uses h_errno TRY_AGAIN or EAI_AGAIN.",
        "The lookup failed for good: the DNS server returned a hard error, or a local database such as the hosts or services file is missing. A resolver code, not an errno: Unix uses h_errno NO_RECOVERY or EAI_FAIL.",
        "The name exists but has no record of the kind requested, such as a DNS name without any A or AAAA record. WSANO_ADDRESS is a second name for it. A resolver code, not an errno: Unix uses h_errno NO_DATA or EAI_NODATA.",
        "A notification rather than a failure: a reservation (RESV) message has arrived for the flow. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "A notification rather than a failure: a path (PATH) message has arrived for the flow. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The flow currently has no senders. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The flow currently has no receivers. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "A notification: the network confirmed the reservation request. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The reservation was turned down because resources are lacking. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "Policy control turned the reservation down: what was asked for exceeds what the policy grants. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The reservation style is unknown or clashes with the styles already in use. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "Something in the filterspec or in the provider-specific buffer is malformed. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The traffic control (TC) layer refused the request when it was translated for local enforcement, e.g. from lack of memory or a provider fault. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "A QoS failure without a more specific code. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The flowspec names a service type that is invalid or unknown. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The flowspec in the QOS structure is malformed or self-contradictory. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The provider-specific buffer attached to the QOS structure is unusable. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The filter style given is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The filter type given is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "A FLOWDESCRIPTOR holds the wrong number of FILTERSPECs. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "An object in the provider-specific buffer carries a wrong ObjectLength. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The QOS structure holds the wrong number of flow descriptors. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The provider-specific buffer contains an object type the provider does not know. The Windows SDK spells the constant WSA_QOS_EUNKOWNPSOBJ; mingw-w64 also defines the corrected spelling. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "A policy object in the provider-specific buffer is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The flow descriptor list contains an invalid entry. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The provider-specific buffer carries a flowspec that is malformed or self-contradictory. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The provider-specific buffer carries a FILTERSPEC that is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The shape-discard-mode object in the provider-specific buffer is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The shaping-rate object in the provider-specific buffer is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "The provider-specific buffer uses a policy element type that is reserved. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        "No process, process group or thread has the given ID.",
        "The device is missing or not configured, or the request lies outside what the device can address.",
        "The call, such as mount, needs a block device and got something else.",
        "The device does not exist or does not support the requested operation.",
        "The system-wide table of open files is full; no process can open more until some are closed.",
        "The ioctl request does not apply to this kind of file, e.g. a terminal request on something that is not a terminal.",
        "The file is a running program and cannot be written, or is open for writing and cannot be executed.",
        "A math function was called with an argument outside its domain.",
        "A result does not fit in the type that has to hold it.",
        "No lock could be granted: the system lock table is full or the file system offers no locking.",
        "The message queue holds no message of the requested type.",
        "The System V IPC object (queue, semaphore set, shared memory) has been removed.",
        "A channel number is out of range. Inherited from System V; current Linux kernels seldom or never return it.",
        "Level 2 is not synchronized. Inherited from System V; current Linux kernels seldom or never return it.",
        "Level 3 is halted. Inherited from System V; current Linux kernels seldom or never return it.",
        "Level 3 was reset. Inherited from System V; current Linux kernels seldom or never return it.",
        "A link number is out of range. Inherited from System V; current Linux kernels seldom or never return it.",
        "The protocol driver is not attached. Some Linux drivers still return it when a device lacks the needed protocol support.",
        "No CSI structure is available. Inherited from System V; current Linux kernels seldom or never return it.",
        "Level 2 is halted. Inherited from System V; current Linux kernels seldom or never return it.",
        "An exchange is invalid. Linux file systems reuse it to report a checksum or structure error.",
        "A request descriptor is invalid. Inherited from System V; current Linux kernels seldom or never return it.",
        "The exchange is full. Inherited from System V; current Linux kernels seldom or never return it.",
        "No anode is available. Inherited from System V; current Linux kernels seldom or never return it.",
        "A request code is invalid. Inherited from System V; current Linux kernels seldom or never return it.",
        "A slot is invalid. Inherited from System V; current Linux kernels seldom or never return it.",
        "A font file has a bad format. Inherited from System V; current Linux kernels seldom or never return it.",
        "The descriptor does not refer to a STREAMS device.",
        "No data is available: on Linux typically a missing extended attribute, on STREAMS systems an empty stream head.",
        "A timer ran out, such as the timeout of a STREAMS ioctl.",
        "The STREAMS subsystem has run out of resources.",
        "The machine is not attached to the network. Inherited from System V; current Linux kernels seldom or never return it.",
        "A required package or facility is not installed.",
        "The link to a remote machine or resource has been cut.",
        "An RFS advertise error. Inherited from System V; current Linux kernels seldom or never return it.",
        "An RFS srmount error. Inherited from System V; current Linux kernels seldom or never return it.",
        "A send failed because of a communication fault on the link.",
        "A protocol error was detected, e.g. malformed data from a device or a peer.",
        "A remote operation would have needed more than one hop between machines, which is not allowed.",
        "An RFS-specific error. Inherited from System V; current Linux kernels seldom or never return it.",
        "A message or data structure is malformed, such as an unreadable STREAMS message or corrupt on-disk metadata.",
        "A value is too large for the type meant to hold it, e.g. a file size or offset in a 32-bit structure.",
        "A name is not unique on the network. Inherited from System V; current Linux kernels seldom or never return it.",
        "The descriptor is open but in a state that does not allow the operation.",
        "The remote address changed. Inherited from System V; current Linux kernels seldom or never return it.",
        "A shared library needed by the program cannot be accessed.",
        "A shared library needed by the program is corrupted.",
        "The .lib section of an a.out executable is corrupted.",
        "The program tries to link more shared libraries than the system permits.",
        "A shared library was given to exec as if it were a program.",
        "The kernel wants the interrupted system call restarted; normally handled inside the kernel and not seen by programs.",
        "A STREAMS pipe error occurred.",
        "A file system structure is corrupted and needs repair with fsck.",
        "The file is not a XENIX named type file. Legacy XENIX compatibility code.",
        "No XENIX semaphores are available. Legacy XENIX compatibility code.",
        "The file is a named type file. Legacy XENIX compatibility code.",
        "An I/O error happened on a remote device or server.",
        "No medium (disc, tape, card) is in the drive.",
        "The medium in the drive is of the wrong type for the request.",
        "A required key is not in the kernel keyring.",
        "A key in the kernel keyring has expired.",
        "A key in the kernel keyring has been revoked.",
        "A key was rejected by the service that checked it.",
        "The owner of a robust mutex died while holding it; the new owner has to make the protected state consistent.",
        "The state protected by a robust mutex can no longer be recovered.",
        "The operation is blocked because the radio is switched off by an RF kill switch.",
        "A memory page has an uncorrectable hardware error.",
        "A Sun RPC message structure is invalid.",
        "The Sun RPC protocol versions of client and server do not match.",
        "The server does not offer the requested Sun RPC program.",
        "The server offers the Sun RPC program but not in the requested version.",
        "The Sun RPC program has no such procedure.",
        "The file's type or format is wrong for the operation.",
        "Authentication failed, e.g. an NFS server rejected the credentials.",
        "The operation needs authentication credentials that were not supplied.",
        "The device is powered off.",
        "The device reported an error, e.g. a printer that is out of paper.",
        "The executable or shared library is malformed.",
        "The executable contains no code for this machine's CPU architecture.",
        "A shared library's version is not compatible with the program using it.",
        "A Mach-O file has an invalid structure.",
        "The requested extended attribute does not exist. Linux reports this case as ENODATA.",
        "No such policy is registered.",
        "The network interface's output queue is full; retry after it drains.",
        "The descriptor lacks the capability rights the operation needs (Capsicum on FreeBSD; WASI when the rights of a preopened directory or descriptor do not allow it; newer macOS defines the code too).",
        "FreeBSD's (and DragonFly's) code for a detected programming error, such as a library used in a way it does not allow.",
        "The process is in Capsicum capability mode, where the operation is forbidden.",
        "An integrity check failed, e.g. a file system metadata checksum did not match.",
        "OpenBSD's IPsec stack could not process a packet for the socket, for example because no security association matches it. OpenBSD-only.",
        "A robust lock held by a process lay in memory that has since been unmapped, so the lock can no longer be reached. illumos and Solaris only.",
        "The system facility the call depends on (such as process accounting or auditing) is switched off. illumos and Solaris only.",
        "The device is there but cannot take requests yet, such as a drive without a medium loaded. AIX-only.",
        "A write went to a medium whose write protection is on. AIX-only.",
        "The medium in the device has no format, or one the driver cannot read. AIX-only.",
        "A connection to a device or remote service could not be set up. AIX-only.",
        "The administrator has blocked requests to the resource; AIX's header marks the code as old and unused. AIX-only.",
        "The file system's own metadata failed a consistency check; the file system needs repair. AIX-only.",
        "A code AIX reserves; its strerror text says it is for future use. AIX-only.",
        "The disk driver found a defect on the recording surface of the medium. AIX-only.",
        "The transfer succeeded only after retries, so the disk driver asks for the block to be moved elsewhere. AIX-only.",
        "AIX's security subsystem refused to authenticate the caller. AIX-only.",
        "The operation is reserved for programs of AIX's trusted computing base, and the caller is not one. AIX-only.",
        "A file position was out of range or could not be represented. Haiku-only.",
        "A signal-related call received a bad parameter. Haiku-only.",
        "A process in a background process group tried an operation that only the terminal's foreground group may do; the Hurd's terminal server reports it where other systems stop the process with SIGTTIN or SIGTTOU. GNU/Hurd only.",
        "The Hurd translator (the user-space server behind a file or port) went away while the call was using it. GNU/Hurd only.",
        "One of glibc's humorous GNU/Hurd codes, with no defined meaning; its strerror text is a lone question mark. GNU/Hurd only.",
        "One of glibc's humorous GNU/Hurd codes, with no defined meaning. GNU/Hurd only.",
        "One of glibc's humorous GNU/Hurd codes, with no defined meaning. GNU/Hurd only.",
        "One of glibc's humorous GNU/Hurd codes, reserved for errors that serve no purpose. GNU/Hurd only.",
        "An inode lies on a remote file system: a code newlib inherited from System V's remote file sharing, which Cygwin defines but does not return. Cygwin-only.",
        "A directory search found no further entries, the Cygwin spelling of Windows' ERROR_NO_MORE_FILES. Cygwin-only.",
        "A UNC path named a server or share that cannot be found on the network. Cygwin-only.",
        "On a case-sensitive Cygwin mount over a case-insensitive Windows file system, a file whose name differs only in letter case is already there. Cygwin-only.",
        "A code reserved by the Linux MIPS errno header; the kernel does not return it.",
        "A code reserved by the Linux MIPS errno header (named EREMDEV); the kernel does not return it.",
        "A symbol does not exist in the executable. Defined only by the Linux PA-RISC header, for HP-UX compatibility.",
        "The remote peer released the connection. Defined only by the Linux PA-RISC header, for HP-UX compatibility.",
        "A path crossed too many levels of remote mounts. Defined only by the Linux SPARC header, after SunOS; it carries the meaning that BSD gives EREMOTE.",
        "",
    ];
    const __PERSISTENCE: [::errtable::__private::Persistence; __COUNT] = [
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::TimedOut,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::TimedOut,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Transient,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Unknown,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::ConnectionLost,
        ::errtable::__private::Persistence::Permanent,
        ::errtable::__private::Persistence::Unknown,
    ];
    const __PAIRS_WINDOWS: [(&::core::primitive::str, ::core::primitive::i32); 226] = [
        ("ERROR_INVALID_FUNCTION", 1),
        ("ERROR_FILE_NOT_FOUND", 2),
        ("ERROR_PATH_NOT_FOUND", 3),
        ("ERROR_INVALID_DRIVE", 15),
        ("ERROR_BAD_NETPATH", 53),
        ("ERROR_BAD_NET_NAME", 67),
        ("ERROR_MOD_NOT_FOUND", 126),
        ("ERROR_ENVVAR_NOT_FOUND", 203),
        ("WSA_INVALID_HANDLE", 6),
        ("ERROR_INVALID_HANDLE", 6),
        ("WSA_NOT_ENOUGH_MEMORY", 8),
        ("ERROR_NOT_ENOUGH_MEMORY", 8),
        ("ERROR_OUTOFMEMORY", 14),
        ("ERROR_NOT_ENOUGH_QUOTA", 1816),
        ("ERROR_NOT_SAME_DEVICE", 17),
        ("ERROR_WRITE_PROTECT", 19),
        ("ERROR_SHARING_VIOLATION", 32),
        ("ERROR_LOCK_VIOLATION", 33),
        ("ERROR_NOT_SUPPORTED", 50),
        ("ERROR_FILE_EXISTS", 80),
        ("ERROR_ALREADY_EXISTS", 183),
        ("WSA_INVALID_PARAMETER", 87),
        ("ERROR_INVALID_PARAMETER", 87),
        ("ERROR_BROKEN_PIPE", 109),
        ("ERROR_NO_DATA", 232),
        ("ERROR_PIPE_NOT_CONNECTED", 233),
        ("ERROR_DISK_FULL", 112),
        ("ERROR_HANDLE_DISK_FULL", 39),
        ("ERROR_CANNOT_MAKE", 82),
        ("ERROR_EA_TABLE_FULL", 277),
        ("ERROR_END_OF_MEDIA", 1100),
        ("ERROR_CALL_NOT_IMPLEMENTED", 120),
        ("ERROR_INVALID_NAME", 123),
        ("ERROR_BAD_PATHNAME", 161),
        ("ERROR_WAIT_NO_CHILDREN", 128),
        ("ERROR_SEEK_ON_DEVICE", 132),
        ("ERROR_BUSY", 170),
        ("ERROR_BAD_EXE_FORMAT", 193),
        ("ERROR_BAD_FORMAT", 11),
        ("ERROR_INVALID_STARTING_CODESEG", 188),
        ("ERROR_INVALID_STACKSEG", 189),
        ("ERROR_INVALID_MODULETYPE", 190),
        ("ERROR_INVALID_EXE_SIGNATURE", 191),
        ("ERROR_EXE_MARKED_INVALID", 192),
        ("ERROR_ITERATED_DATA_EXCEEDS_64k", 194),
        ("ERROR_INVALID_MINALLOCSIZE", 195),
        ("ERROR_DYNLINK_FROM_INVALID_RING", 196),
        ("ERROR_IOPL_NOT_ENABLED", 197),
        ("ERROR_INVALID_SEGDPL", 198),
        ("ERROR_AUTODATASEG_EXCEEDS_64k", 199),
        ("ERROR_RING2SEG_MUST_BE_MOVABLE", 200),
        ("ERROR_RELOC_CHAIN_XEEDS_SEGLIM", 201),
        ("ERROR_INFLOOP_IN_RELOC_CHAIN", 202),
        ("ERROR_META_EXPANSION_TOO_LONG", 208),
        ("ERROR_FILE_TOO_LARGE", 223),
        ("ERROR_BAD_PIPE", 230),
        ("ERROR_PIPE_BUSY", 231),
        ("ERROR_MORE_DATA", 234),
        ("ERROR_DIRECTORY", 267),
        ("ERROR_DIRECTORY_NOT_SUPPORTED", 336),
        ("ERROR_PIPE_CONNECTED", 535),
        ("ERROR_PIPE_LISTENING", 536),
        ("WSA_OPERATION_ABORTED", 995),
        ("ERROR_OPERATION_ABORTED", 995),
        ("WSA_IO_INCOMPLETE", 996),
        ("ERROR_IO_INCOMPLETE", 996),
        ("WSA_IO_PENDING", 997),
        ("ERROR_IO_PENDING", 997),
        ("ERROR_NO_UNICODE_TRANSLATION", 1113),
        ("ERROR_IO_DEVICE", 1117),
        ("ERROR_CRC", 23),
        ("ERROR_SEEK", 25),
        ("ERROR_SECTOR_NOT_FOUND", 27),
        ("ERROR_WRITE_FAULT", 29),
        ("ERROR_READ_FAULT", 30),
        ("ERROR_GEN_FAILURE", 31),
        ("ERROR_OPEN_FAILED", 110),
        ("ERROR_FILEMARK_DETECTED", 1101),
        ("ERROR_BEGINNING_OF_MEDIA", 1102),
        ("ERROR_SETMARK_DETECTED", 1103),
        ("ERROR_NO_DATA_DETECTED", 1104),
        ("ERROR_INVALID_BLOCK_LENGTH", 1106),
        ("ERROR_BUS_RESET", 1111),
        ("ERROR_EOM_OVERFLOW", 1129),
        ("ERROR_DEVICE_REQUIRES_CLEANING", 1165),
        ("ERROR_DEVICE_DOOR_OPEN", 1166),
        ("ERROR_DISK_CORRUPT", 1393),
        ("ERROR_POSSIBLE_DEADLOCK", 1131),
        ("ERROR_TOO_MANY_LINKS", 1142),
        ("ERROR_NOT_FOUND", 1168),
        ("ERROR_PRIVILEGE_NOT_HELD", 1314),
        ("WSAEINTR", 10004),
        ("WSAEBADF", 10009),
        ("ERROR_INVALID_TARGET_HANDLE", 114),
        ("ERROR_DIRECT_ACCESS_HANDLE", 130),
        ("WSAEACCES", 10013),
        ("ERROR_ACCESS_DENIED", 5),
        ("ERROR_CURRENT_DIRECTORY", 16),
        ("ERROR_NETWORK_ACCESS_DENIED", 65),
        ("ERROR_ELEVATION_REQUIRED", 740),
        ("ERROR_CANT_ACCESS_FILE", 1920),
        ("WSAEFAULT", 10014),
        ("ERROR_NOACCESS", 998),
        ("WSAEINVAL", 10022),
        ("ERROR_INVALID_ACCESS", 12),
        ("ERROR_INVALID_DATA", 13),
        ("ERROR_INSUFFICIENT_BUFFER", 122),
        ("ERROR_NEGATIVE_SEEK", 131),
        ("ERROR_INVALID_FLAGS", 1004),
        ("ERROR_SYMLINK_NOT_SUPPORTED", 1464),
        ("ERROR_INVALID_REPARSE_DATA", 4392),
        ("WSAEMFILE", 10024),
        ("ERROR_TOO_MANY_OPEN_FILES", 4),
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
        ("ERROR_ADDRESS_ALREADY_ASSOCIATED", 1227),
        ("WSAEADDRNOTAVAIL", 10049),
        ("WSAENETDOWN", 10050),
        ("WSAENETUNREACH", 10051),
        ("ERROR_NETWORK_UNREACHABLE", 1231),
        ("WSAENETRESET", 10052),
        ("WSAECONNABORTED", 10053),
        ("ERROR_CONNECTION_ABORTED", 1236),
        ("WSAECONNRESET", 10054),
        ("ERROR_NETNAME_DELETED", 64),
        ("WSAENOBUFS", 10055),
        ("WSAEISCONN", 10056),
        ("WSAENOTCONN", 10057),
        ("ERROR_NOT_CONNECTED", 2250),
        ("WSAESHUTDOWN", 10058),
        ("WSAETOOMANYREFS", 10059),
        ("WSAETIMEDOUT", 10060),
        ("ERROR_SEM_TIMEOUT", 121),
        ("WAIT_TIMEOUT", 258),
        ("ERROR_DRIVER_CANCEL_TIMEOUT", 594),
        ("ERROR_SERVICE_REQUEST_TIMEOUT", 1053),
        ("ERROR_COUNTER_TIMEOUT", 1121),
        ("ERROR_TIMEOUT", 1460),
        ("ERROR_RESOURCE_CALL_TIMED_OUT", 5910),
        ("ERROR_CTX_MODEM_RESPONSE_TIMEOUT", 7012),
        ("ERROR_CTX_CLIENT_QUERY_TIMEOUT", 7040),
        ("FRS_ERR_SYSVOL_POPULATE_TIMEOUT", 8014),
        ("ERROR_DS_TIMELIMIT_EXCEEDED", 8226),
        ("DNS_ERROR_RECORD_TIMED_OUT", 9705),
        ("ERROR_IPSEC_IKE_TIMED_OUT", 13805),
        ("ERROR_RUNLEVEL_SWITCH_TIMEOUT", 15402),
        ("ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT", 15403),
        ("WSAECONNREFUSED", 10061),
        ("ERROR_CONNECTION_REFUSED", 1225),
        ("ERROR_PORT_UNREACHABLE", 1234),
        ("WSAELOOP", 10062),
        ("ERROR_CANT_RESOLVE_FILENAME", 1921),
        ("WSAENAMETOOLONG", 10063),
        ("ERROR_BUFFER_OVERFLOW", 111),
        ("ERROR_FILENAME_EXCED_RANGE", 206),
        ("WSAEHOSTDOWN", 10064),
        ("WSAEHOSTUNREACH", 10065),
        ("ERROR_HOST_UNREACHABLE", 1232),
        ("WSAENOTEMPTY", 10066),
        ("ERROR_DIR_NOT_EMPTY", 145),
        ("WSAEPROCLIM", 10067),
        ("WSAEUSERS", 10068),
        ("WSAEDQUOT", 10069),
        ("ERROR_DISK_QUOTA_EXCEEDED", 1295),
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
        ("WSANO_DATA", 11004),
        ("WSANO_ADDRESS", 11004),
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
        ("WSA_QOS_EUNKOWNPSOBJ", 11024),
        ("WSA_QOS_EUNKNOWNPSOBJ", 11024),
        ("WSA_QOS_EPOLICYOBJ", 11025),
        ("WSA_QOS_EFLOWDESC", 11026),
        ("WSA_QOS_EPSFLOWSPEC", 11027),
        ("WSA_QOS_EPSFILTERSPEC", 11028),
        ("WSA_QOS_ESDMODEOBJ", 11029),
        ("WSA_QOS_ESHAPERATEOBJ", 11030),
        ("WSA_QOS_RESERVED_PETYPE", 11031),
    ];
    const __OFFSETS_WINDOWS: [::core::primitive::u16; __COUNT + 1] = [
        0, 1, 8, 10, 14, 15, 16, 17, 18, 19, 21, 23, 26, 31, 32, 34, 35, 36, 37, 53, 54,
        55, 56, 57, 58, 59, 60, 61, 62, 64, 66, 68, 69, 87, 88, 89, 90, 91, 92, 95, 101,
        103, 111, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126,
        128, 129, 130, 132, 133, 135, 137, 138, 139, 141, 142, 143, 159, 162, 164, 167,
        168, 170, 172, 173, 174, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186,
        187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 198, 199, 200, 201, 202, 203,
        204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220,
        221, 222, 223, 224, 225, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
        226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
        226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
        226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
        226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
        226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
        226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
        226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226, 226,
    ];
    const __SYMBOL_TEXT_WINDOWS: &::core::primitive::str = "ERROR_INVALID_FUNCTIONERROR_FILE_NOT_FOUNDWSA_INVALID_HANDLEWSA_NOT_ENOUGH_MEMORYERROR_NOT_SAME_DEVICEERROR_WRITE_PROTECTERROR_SHARING_VIOLATIONERROR_LOCK_VIOLATIONERROR_NOT_SUPPORTEDERROR_FILE_EXISTSWSA_INVALID_PARAMETERERROR_BROKEN_PIPEERROR_DISK_FULLERROR_CALL_NOT_IMPLEMENTEDERROR_INVALID_NAMEERROR_WAIT_NO_CHILDRENERROR_SEEK_ON_DEVICEERROR_BUSYERROR_BAD_EXE_FORMATERROR_META_EXPANSION_TOO_LONGERROR_FILE_TOO_LARGEERROR_BAD_PIPEERROR_PIPE_BUSYERROR_MORE_DATAERROR_DIRECTORYERROR_DIRECTORY_NOT_SUPPORTEDERROR_PIPE_CONNECTEDERROR_PIPE_LISTENINGWSA_OPERATION_ABORTEDWSA_IO_INCOMPLETEWSA_IO_PENDINGERROR_NO_UNICODE_TRANSLATIONERROR_IO_DEVICEERROR_POSSIBLE_DEADLOCKERROR_TOO_MANY_LINKSERROR_NOT_FOUNDERROR_PRIVILEGE_NOT_HELDWSAEINTRWSAEBADFWSAEACCESWSAEFAULTWSAEINVALWSAEMFILEWSAEWOULDBLOCKWSAEINPROGRESSWSAEALREADYWSAENOTSOCKWSAEDESTADDRREQWSAEMSGSIZEWSAEPROTOTYPEWSAENOPROTOOPTWSAEPROTONOSUPPORTWSAESOCKTNOSUPPORTWSAEOPNOTSUPPWSAEPFNOSUPPORTWSAEAFNOSUPPORTWSAEADDRINUSEWSAEADDRNOTAVAILWSAENETDOWNWSAENETUNREACHWSAENETRESETWSAECONNABORTEDWSAECONNRESETWSAENOBUFSWSAEISCONNWSAENOTCONNWSAESHUTDOWNWSAETOOMANYREFSWSAETIMEDOUTWSAECONNREFUSEDWSAELOOPWSAENAMETOOLONGWSAEHOSTDOWNWSAEHOSTUNREACHWSAENOTEMPTYWSAEPROCLIMWSAEUSERSWSAEDQUOTWSAESTALEWSAEREMOTEWSASYSNOTREADYWSAVERNOTSUPPORTEDWSANOTINITIALISEDWSAEDISCONWSAENOMOREWSAECANCELLEDWSAEINVALIDPROCTABLEWSAEINVALIDPROVIDERWSAEPROVIDERFAILEDINITWSASYSCALLFAILUREWSASERVICE_NOT_FOUNDWSATYPE_NOT_FOUNDWSA_E_NO_MOREWSA_E_CANCELLEDWSAEREFUSEDWSAHOST_NOT_FOUNDWSATRY_AGAINWSANO_RECOVERYWSANO_DATAWSA_QOS_RECEIVERSWSA_QOS_SENDERSWSA_QOS_NO_SENDERSWSA_QOS_NO_RECEIVERSWSA_QOS_REQUEST_CONFIRMEDWSA_QOS_ADMISSION_FAILUREWSA_QOS_POLICY_FAILUREWSA_QOS_BAD_STYLEWSA_QOS_BAD_OBJECTWSA_QOS_TRAFFIC_CTRL_ERRORWSA_QOS_GENERIC_ERRORWSA_QOS_ESERVICETYPEWSA_QOS_EFLOWSPECWSA_QOS_EPROVSPECBUFWSA_QOS_EFILTERSTYLEWSA_QOS_EFILTERTYPEWSA_QOS_EFILTERCOUNTWSA_QOS_EOBJLENGTHWSA_QOS_EFLOWCOUNTWSA_QOS_EUNKOWNPSOBJWSA_QOS_EPOLICYOBJWSA_QOS_EFLOWDESCWSA_QOS_EPSFLOWSPECWSA_QOS_EPSFILTERSPECWSA_QOS_ESDMODEOBJWSA_QOS_ESHAPERATEOBJWSA_QOS_RESERVED_PETYPE";
    const __SYMBOL_START_WINDOWS: [::core::primitive::u16; __COUNT + 1] = [
        0, 22, 42, 60, 81, 102, 121, 144, 164, 183, 200, 221, 238, 253, 279, 297, 319,
        339, 349, 369, 398, 418, 432, 447, 462, 477, 506, 526, 546, 567, 584, 598, 626,
        641, 664, 684, 699, 723, 731, 739, 748, 757, 766, 775, 789, 803, 814, 825, 840,
        851, 864, 878, 896, 914, 927, 942, 957, 970, 986, 997, 1011, 1023, 1038, 1051,
        1061, 1071, 1082, 1094, 1109, 1121, 1136, 1144, 1159, 1171, 1186, 1198, 1209,
        1218, 1227, 1236, 1246, 1260, 1278, 1295, 1305, 1315, 1328, 1348, 1367, 1389,
        1406, 1426, 1443, 1456, 1471, 1482, 1499, 1511, 1525, 1535, 1552, 1567, 1585,
        1605, 1630, 1655, 1677, 1694, 1712, 1738, 1759, 1779, 1796, 1816, 1836, 1855,
        1875, 1893, 1911, 1931, 1949, 1966, 1985, 2006, 2024, 2045, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068, 2068,
        2068,
    ];
    const __PRIMARY_WINDOWS: [::core::primitive::i32; __COUNT] = [
        1, 2, 6, 8, 17, 19, 32, 33, 50, 80, 87, 109, 112, 120, 123, 128, 132, 170, 193,
        208, 223, 230, 231, 234, 267, 336, 535, 536, 995, 996, 997, 1113, 1117, 1131,
        1142, 1168, 1314, 10004, 10009, 10013, 10014, 10022, 10024, 10035, 10036, 10037,
        10038, 10039, 10040, 10041, 10042, 10043, 10044, 10045, 10046, 10047, 10048,
        10049, 10050, 10051, 10052, 10053, 10054, 10055, 10056, 10057, 10058, 10059,
        10060, 10061, 10062, 10063, 10064, 10065, 10066, 10067, 10068, 10069, 10070,
        10071, 10091, 10092, 10093, 10101, 10102, 10103, 10104, 10105, 10106, 10107,
        10108, 10109, 10110, 10111, 10112, 11001, 11002, 11003, 11004, 11005, 11006,
        11007, 11008, 11009, 11010, 11011, 11012, 11013, 11014, 11015, 11016, 11017,
        11018, 11019, 11020, 11021, 11022, 11023, 11024, 11025, 11026, 11027, 11028,
        11029, 11030, 11031, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_WINDOWS: [&::core::primitive::str; 100] = [
        "ERROR_PATH_NOT_FOUND",
        "ERROR_INVALID_DRIVE",
        "ERROR_BAD_NETPATH",
        "ERROR_BAD_NET_NAME",
        "ERROR_MOD_NOT_FOUND",
        "ERROR_ENVVAR_NOT_FOUND",
        "ERROR_INVALID_HANDLE",
        "ERROR_NOT_ENOUGH_MEMORY",
        "ERROR_OUTOFMEMORY",
        "ERROR_NOT_ENOUGH_QUOTA",
        "ERROR_ALREADY_EXISTS",
        "ERROR_INVALID_PARAMETER",
        "ERROR_NO_DATA",
        "ERROR_PIPE_NOT_CONNECTED",
        "ERROR_HANDLE_DISK_FULL",
        "ERROR_CANNOT_MAKE",
        "ERROR_EA_TABLE_FULL",
        "ERROR_END_OF_MEDIA",
        "ERROR_BAD_PATHNAME",
        "ERROR_BAD_FORMAT",
        "ERROR_INVALID_STARTING_CODESEG",
        "ERROR_INVALID_STACKSEG",
        "ERROR_INVALID_MODULETYPE",
        "ERROR_INVALID_EXE_SIGNATURE",
        "ERROR_EXE_MARKED_INVALID",
        "ERROR_ITERATED_DATA_EXCEEDS_64k",
        "ERROR_INVALID_MINALLOCSIZE",
        "ERROR_DYNLINK_FROM_INVALID_RING",
        "ERROR_IOPL_NOT_ENABLED",
        "ERROR_INVALID_SEGDPL",
        "ERROR_AUTODATASEG_EXCEEDS_64k",
        "ERROR_RING2SEG_MUST_BE_MOVABLE",
        "ERROR_RELOC_CHAIN_XEEDS_SEGLIM",
        "ERROR_INFLOOP_IN_RELOC_CHAIN",
        "ERROR_OPERATION_ABORTED",
        "ERROR_IO_INCOMPLETE",
        "ERROR_IO_PENDING",
        "ERROR_CRC",
        "ERROR_SEEK",
        "ERROR_SECTOR_NOT_FOUND",
        "ERROR_WRITE_FAULT",
        "ERROR_READ_FAULT",
        "ERROR_GEN_FAILURE",
        "ERROR_OPEN_FAILED",
        "ERROR_FILEMARK_DETECTED",
        "ERROR_BEGINNING_OF_MEDIA",
        "ERROR_SETMARK_DETECTED",
        "ERROR_NO_DATA_DETECTED",
        "ERROR_INVALID_BLOCK_LENGTH",
        "ERROR_BUS_RESET",
        "ERROR_EOM_OVERFLOW",
        "ERROR_DEVICE_REQUIRES_CLEANING",
        "ERROR_DEVICE_DOOR_OPEN",
        "ERROR_DISK_CORRUPT",
        "ERROR_INVALID_TARGET_HANDLE",
        "ERROR_DIRECT_ACCESS_HANDLE",
        "ERROR_ACCESS_DENIED",
        "ERROR_CURRENT_DIRECTORY",
        "ERROR_NETWORK_ACCESS_DENIED",
        "ERROR_ELEVATION_REQUIRED",
        "ERROR_CANT_ACCESS_FILE",
        "ERROR_NOACCESS",
        "ERROR_INVALID_ACCESS",
        "ERROR_INVALID_DATA",
        "ERROR_INSUFFICIENT_BUFFER",
        "ERROR_NEGATIVE_SEEK",
        "ERROR_INVALID_FLAGS",
        "ERROR_SYMLINK_NOT_SUPPORTED",
        "ERROR_INVALID_REPARSE_DATA",
        "ERROR_TOO_MANY_OPEN_FILES",
        "ERROR_ADDRESS_ALREADY_ASSOCIATED",
        "ERROR_NETWORK_UNREACHABLE",
        "ERROR_CONNECTION_ABORTED",
        "ERROR_NETNAME_DELETED",
        "ERROR_NOT_CONNECTED",
        "ERROR_SEM_TIMEOUT",
        "WAIT_TIMEOUT",
        "ERROR_DRIVER_CANCEL_TIMEOUT",
        "ERROR_SERVICE_REQUEST_TIMEOUT",
        "ERROR_COUNTER_TIMEOUT",
        "ERROR_TIMEOUT",
        "ERROR_RESOURCE_CALL_TIMED_OUT",
        "ERROR_CTX_MODEM_RESPONSE_TIMEOUT",
        "ERROR_CTX_CLIENT_QUERY_TIMEOUT",
        "FRS_ERR_SYSVOL_POPULATE_TIMEOUT",
        "ERROR_DS_TIMELIMIT_EXCEEDED",
        "DNS_ERROR_RECORD_TIMED_OUT",
        "ERROR_IPSEC_IKE_TIMED_OUT",
        "ERROR_RUNLEVEL_SWITCH_TIMEOUT",
        "ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT",
        "ERROR_CONNECTION_REFUSED",
        "ERROR_PORT_UNREACHABLE",
        "ERROR_CANT_RESOLVE_FILENAME",
        "ERROR_BUFFER_OVERFLOW",
        "ERROR_FILENAME_EXCED_RANGE",
        "ERROR_HOST_UNREACHABLE",
        "ERROR_DIR_NOT_EMPTY",
        "ERROR_DISK_QUOTA_EXCEEDED",
        "WSANO_ADDRESS",
        "WSA_QOS_EUNKNOWNPSOBJ",
    ];
    const __ALIAS_OFFSETS_WINDOWS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 7, 10, 10, 10, 10, 10, 10, 11, 12, 14, 18, 18, 19, 19, 19, 19, 34, 34,
        34, 34, 34, 34, 34, 34, 34, 34, 35, 36, 37, 37, 54, 54, 54, 54, 54, 54, 56, 61,
        62, 69, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 71, 71, 71, 72,
        72, 73, 74, 74, 74, 75, 75, 75, 90, 92, 93, 95, 95, 96, 97, 97, 97, 98, 98, 98,
        98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 98, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
    ];
    const __PAIRS_LINUX: [(&::core::primitive::str, ::core::primitive::i32); 136] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 95),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 38),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 125),
        ("EILSEQ", 84),
        ("EIO", 5),
        ("EDEADLK", 35),
        ("EDEADLOCK", 35),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 115),
        ("EALREADY", 114),
        ("ENOTSOCK", 88),
        ("EDESTADDRREQ", 89),
        ("EMSGSIZE", 90),
        ("EPROTOTYPE", 91),
        ("ENOPROTOOPT", 92),
        ("EPROTONOSUPPORT", 93),
        ("ESOCKTNOSUPPORT", 94),
        ("EOPNOTSUPP", 95),
        ("EPFNOSUPPORT", 96),
        ("EAFNOSUPPORT", 97),
        ("EADDRINUSE", 98),
        ("EADDRNOTAVAIL", 99),
        ("ENETDOWN", 100),
        ("ENETUNREACH", 101),
        ("ENETRESET", 102),
        ("ECONNABORTED", 103),
        ("ECONNRESET", 104),
        ("ENOBUFS", 105),
        ("EISCONN", 106),
        ("ENOTCONN", 107),
        ("ESHUTDOWN", 108),
        ("ETOOMANYREFS", 109),
        ("ETIMEDOUT", 110),
        ("ECONNREFUSED", 111),
        ("ELOOP", 40),
        ("ENAMETOOLONG", 36),
        ("EHOSTDOWN", 112),
        ("EHOSTUNREACH", 113),
        ("ENOTEMPTY", 39),
        ("EUSERS", 87),
        ("EDQUOT", 122),
        ("ESTALE", 116),
        ("EREMOTE", 66),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 37),
        ("ENOMSG", 42),
        ("EIDRM", 43),
        ("ECHRNG", 44),
        ("EL2NSYNC", 45),
        ("EL3HLT", 46),
        ("EL3RST", 47),
        ("ELNRNG", 48),
        ("EUNATCH", 49),
        ("ENOCSI", 50),
        ("EL2HLT", 51),
        ("EBADE", 52),
        ("EBADR", 53),
        ("EXFULL", 54),
        ("ENOANO", 55),
        ("EBADRQC", 56),
        ("EBADSLT", 57),
        ("EBFONT", 59),
        ("ENOSTR", 60),
        ("ENODATA", 61),
        ("ETIME", 62),
        ("ENOSR", 63),
        ("ENONET", 64),
        ("ENOPKG", 65),
        ("ENOLINK", 67),
        ("EADV", 68),
        ("ESRMNT", 69),
        ("ECOMM", 70),
        ("EPROTO", 71),
        ("EMULTIHOP", 72),
        ("EDOTDOT", 73),
        ("EBADMSG", 74),
        ("EFSBADCRC", 74),
        ("EOVERFLOW", 75),
        ("ENOTUNIQ", 76),
        ("EBADFD", 77),
        ("EREMCHG", 78),
        ("ELIBACC", 79),
        ("ELIBBAD", 80),
        ("ELIBSCN", 81),
        ("ELIBMAX", 82),
        ("ELIBEXEC", 83),
        ("ERESTART", 85),
        ("ESTRPIPE", 86),
        ("EUCLEAN", 117),
        ("EFSCORRUPTED", 117),
        ("ENOTNAM", 118),
        ("ENAVAIL", 119),
        ("EISNAM", 120),
        ("EREMOTEIO", 121),
        ("ENOMEDIUM", 123),
        ("EMEDIUMTYPE", 124),
        ("ENOKEY", 126),
        ("EKEYEXPIRED", 127),
        ("EKEYREVOKED", 128),
        ("EKEYREJECTED", 129),
        ("EOWNERDEAD", 130),
        ("ENOTRECOVERABLE", 131),
        ("ERFKILL", 132),
        ("EHWPOISON", 133),
    ];
    const __OFFSETS_LINUX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
        122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136,
    ];
    const __SYMBOL_TEXT_LINUX: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISON";
    const __SYMBOL_START_LINUX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757,
        764, 773, 781, 787, 794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873,
        882, 891, 902, 908, 919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
    ];
    const __PRIMARY_LINUX: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 95, 17, 0, 32, 28, 38, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 125, 0, 0, 84, 5, 35, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11, 115,
        114, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
        105, 106, 107, 108, 109, 110, 111, 40, 36, 112, 113, 39, 0, 87, 122, 116, 66, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26,
        33, 34, 37, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 59,
        60, 61, 62, 63, 64, 65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
        81, 82, 83, 85, 86, 117, 118, 119, 120, 121, 123, 124, 126, 127, 128, 129, 130,
        131, 132, 133, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0,
    ];
    const __ALIASES_LINUX: [&::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4,
    ];
    const __PAIRS_LINUXALPHA: [(&::core::primitive::str, ::core::primitive::i32); 136] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 45),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 78),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 131),
        ("EILSEQ", 116),
        ("EIO", 5),
        ("EDEADLK", 11),
        ("EDEADLOCK", 11),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 35),
        ("EWOULDBLOCK", 35),
        ("EINPROGRESS", 36),
        ("EALREADY", 37),
        ("ENOTSOCK", 38),
        ("EDESTADDRREQ", 39),
        ("EMSGSIZE", 40),
        ("EPROTOTYPE", 41),
        ("ENOPROTOOPT", 42),
        ("EPROTONOSUPPORT", 43),
        ("ESOCKTNOSUPPORT", 44),
        ("EOPNOTSUPP", 45),
        ("EPFNOSUPPORT", 46),
        ("EAFNOSUPPORT", 47),
        ("EADDRINUSE", 48),
        ("EADDRNOTAVAIL", 49),
        ("ENETDOWN", 50),
        ("ENETUNREACH", 51),
        ("ENETRESET", 52),
        ("ECONNABORTED", 53),
        ("ECONNRESET", 54),
        ("ENOBUFS", 55),
        ("EISCONN", 56),
        ("ENOTCONN", 57),
        ("ESHUTDOWN", 58),
        ("ETOOMANYREFS", 59),
        ("ETIMEDOUT", 60),
        ("ECONNREFUSED", 61),
        ("ELOOP", 62),
        ("ENAMETOOLONG", 63),
        ("EHOSTDOWN", 64),
        ("EHOSTUNREACH", 65),
        ("ENOTEMPTY", 66),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 77),
        ("ENOMSG", 80),
        ("EIDRM", 81),
        ("ECHRNG", 88),
        ("EL2NSYNC", 89),
        ("EL3HLT", 90),
        ("EL3RST", 91),
        ("ELNRNG", 93),
        ("EUNATCH", 94),
        ("ENOCSI", 95),
        ("EL2HLT", 96),
        ("EBADE", 97),
        ("EBADR", 98),
        ("EXFULL", 99),
        ("ENOANO", 100),
        ("EBADRQC", 101),
        ("EBADSLT", 102),
        ("EBFONT", 104),
        ("ENOSTR", 87),
        ("ENODATA", 86),
        ("ETIME", 83),
        ("ENOSR", 82),
        ("ENONET", 105),
        ("ENOPKG", 92),
        ("ENOLINK", 106),
        ("EADV", 107),
        ("ESRMNT", 108),
        ("ECOMM", 109),
        ("EPROTO", 85),
        ("EMULTIHOP", 110),
        ("EDOTDOT", 111),
        ("EBADMSG", 84),
        ("EFSBADCRC", 84),
        ("EOVERFLOW", 112),
        ("ENOTUNIQ", 113),
        ("EBADFD", 114),
        ("EREMCHG", 115),
        ("ELIBACC", 122),
        ("ELIBBAD", 123),
        ("ELIBSCN", 124),
        ("ELIBMAX", 125),
        ("ELIBEXEC", 126),
        ("ERESTART", 127),
        ("ESTRPIPE", 128),
        ("EUCLEAN", 117),
        ("EFSCORRUPTED", 117),
        ("ENOTNAM", 118),
        ("ENAVAIL", 119),
        ("EISNAM", 120),
        ("EREMOTEIO", 121),
        ("ENOMEDIUM", 129),
        ("EMEDIUMTYPE", 130),
        ("ENOKEY", 132),
        ("EKEYEXPIRED", 133),
        ("EKEYREVOKED", 134),
        ("EKEYREJECTED", 135),
        ("EOWNERDEAD", 136),
        ("ENOTRECOVERABLE", 137),
        ("ERFKILL", 138),
        ("EHWPOISON", 139),
    ];
    const __OFFSETS_LINUXALPHA: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
        122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136,
    ];
    const __SYMBOL_TEXT_LINUXALPHA: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISON";
    const __SYMBOL_START_LINUXALPHA: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757,
        764, 773, 781, 787, 794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873,
        882, 891, 902, 908, 919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
    ];
    const __PRIMARY_LINUXALPHA: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 131, 0, 0, 116, 5, 11, 31, 0, 1, 4, 9, 13, 14, 22, 24, 35, 36,
        37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
        57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 0, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 80, 81,
        88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 87, 86, 83, 82,
        105, 92, 106, 107, 108, 109, 85, 110, 111, 84, 112, 113, 114, 115, 122, 123, 124,
        125, 126, 127, 128, 117, 118, 119, 120, 121, 129, 130, 132, 133, 134, 135, 136,
        137, 138, 139, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0,
    ];
    const __ALIASES_LINUXALPHA: [&::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXALPHA: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4,
    ];
    const __PAIRS_LINUXMIPS: [(&::core::primitive::str, ::core::primitive::i32); 138] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 122),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 89),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 158),
        ("EILSEQ", 88),
        ("EIO", 5),
        ("EDEADLK", 45),
        ("EDEADLOCK", 56),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 150),
        ("EALREADY", 149),
        ("ENOTSOCK", 95),
        ("EDESTADDRREQ", 96),
        ("EMSGSIZE", 97),
        ("EPROTOTYPE", 98),
        ("ENOPROTOOPT", 99),
        ("EPROTONOSUPPORT", 120),
        ("ESOCKTNOSUPPORT", 121),
        ("EOPNOTSUPP", 122),
        ("EPFNOSUPPORT", 123),
        ("EAFNOSUPPORT", 124),
        ("EADDRINUSE", 125),
        ("EADDRNOTAVAIL", 126),
        ("ENETDOWN", 127),
        ("ENETUNREACH", 128),
        ("ENETRESET", 129),
        ("ECONNABORTED", 130),
        ("ECONNRESET", 131),
        ("ENOBUFS", 132),
        ("EISCONN", 133),
        ("ENOTCONN", 134),
        ("ESHUTDOWN", 143),
        ("ETOOMANYREFS", 144),
        ("ETIMEDOUT", 145),
        ("ECONNREFUSED", 146),
        ("ELOOP", 90),
        ("ENAMETOOLONG", 78),
        ("EHOSTDOWN", 147),
        ("EHOSTUNREACH", 148),
        ("ENOTEMPTY", 93),
        ("EUSERS", 94),
        ("EDQUOT", 1133),
        ("ESTALE", 151),
        ("EREMOTE", 66),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 46),
        ("ENOMSG", 35),
        ("EIDRM", 36),
        ("ECHRNG", 37),
        ("EL2NSYNC", 38),
        ("EL3HLT", 39),
        ("EL3RST", 40),
        ("ELNRNG", 41),
        ("EUNATCH", 42),
        ("ENOCSI", 43),
        ("EL2HLT", 44),
        ("EBADE", 50),
        ("EBADR", 51),
        ("EXFULL", 52),
        ("ENOANO", 53),
        ("EBADRQC", 54),
        ("EBADSLT", 55),
        ("EBFONT", 59),
        ("ENOSTR", 60),
        ("ENODATA", 61),
        ("ETIME", 62),
        ("ENOSR", 63),
        ("ENONET", 64),
        ("ENOPKG", 65),
        ("ENOLINK", 67),
        ("EADV", 68),
        ("ESRMNT", 69),
        ("ECOMM", 70),
        ("EPROTO", 71),
        ("EMULTIHOP", 74),
        ("EDOTDOT", 73),
        ("EBADMSG", 77),
        ("EFSBADCRC", 77),
        ("EOVERFLOW", 79),
        ("ENOTUNIQ", 80),
        ("EBADFD", 81),
        ("EREMCHG", 82),
        ("ELIBACC", 83),
        ("ELIBBAD", 84),
        ("ELIBSCN", 85),
        ("ELIBMAX", 86),
        ("ELIBEXEC", 87),
        ("ERESTART", 91),
        ("ESTRPIPE", 92),
        ("EUCLEAN", 135),
        ("EFSCORRUPTED", 135),
        ("ENOTNAM", 137),
        ("ENAVAIL", 138),
        ("EISNAM", 139),
        ("EREMOTEIO", 140),
        ("ENOMEDIUM", 159),
        ("EMEDIUMTYPE", 160),
        ("ENOKEY", 161),
        ("EKEYEXPIRED", 162),
        ("EKEYREVOKED", 163),
        ("EKEYREJECTED", 164),
        ("EOWNERDEAD", 165),
        ("ENOTRECOVERABLE", 166),
        ("ERFKILL", 167),
        ("EHWPOISON", 168),
        ("EINIT", 141),
        ("EREMDEV", 142),
    ];
    const __OFFSETS_LINUXMIPS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
        122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 137, 138,
        138, 138, 138, 138,
    ];
    const __SYMBOL_TEXT_LINUXMIPS: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISONEINITEREMDEV";
    const __SYMBOL_START_LINUXMIPS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757,
        764, 773, 781, 787, 794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873,
        882, 891, 902, 908, 919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 988, 995, 995, 995, 995, 995,
    ];
    const __PRIMARY_LINUXMIPS: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 122, 17, 0, 32, 28, 89, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 158, 0, 0, 88, 5, 45, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11, 150,
        149, 95, 96, 97, 98, 99, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130,
        131, 132, 133, 134, 143, 144, 145, 146, 90, 78, 147, 148, 93, 0, 94, 1133, 151,
        66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25,
        26, 33, 34, 46, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 50, 51, 52, 53, 54, 55,
        59, 60, 61, 62, 63, 64, 65, 67, 68, 69, 70, 71, 74, 73, 77, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 91, 92, 135, 137, 138, 139, 140, 159, 160, 161, 162, 163, 164,
        165, 166, 167, 168, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        141, 142, 0, 0, 0, 0,
    ];
    const __ALIASES_LINUXMIPS: [&::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXMIPS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4,
    ];
    const __PAIRS_LINUXPARISC: [(
        &::core::primitive::str,
        ::core::primitive::i32,
    ); 140] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 223),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 251),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 253),
        ("ECANCELLED", 253),
        ("EILSEQ", 47),
        ("EIO", 5),
        ("EDEADLK", 45),
        ("EDEADLOCK", 45),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 245),
        ("EALREADY", 244),
        ("ENOTSOCK", 216),
        ("EDESTADDRREQ", 217),
        ("EMSGSIZE", 218),
        ("EPROTOTYPE", 219),
        ("ENOPROTOOPT", 220),
        ("EPROTONOSUPPORT", 221),
        ("ESOCKTNOSUPPORT", 222),
        ("EOPNOTSUPP", 223),
        ("EPFNOSUPPORT", 224),
        ("EAFNOSUPPORT", 225),
        ("EADDRINUSE", 226),
        ("EADDRNOTAVAIL", 227),
        ("ENETDOWN", 228),
        ("ENETUNREACH", 229),
        ("ENETRESET", 230),
        ("ECONNABORTED", 231),
        ("ECONNRESET", 232),
        ("ENOBUFS", 233),
        ("EISCONN", 234),
        ("ENOTCONN", 235),
        ("ESHUTDOWN", 236),
        ("ETOOMANYREFS", 237),
        ("ETIMEDOUT", 238),
        ("ECONNREFUSED", 239),
        ("EREFUSED", 239),
        ("ELOOP", 249),
        ("ENAMETOOLONG", 248),
        ("EHOSTDOWN", 241),
        ("EHOSTUNREACH", 242),
        ("ENOTEMPTY", 247),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 46),
        ("ENOMSG", 35),
        ("EIDRM", 36),
        ("ECHRNG", 37),
        ("EL2NSYNC", 38),
        ("EL3HLT", 39),
        ("EL3RST", 40),
        ("ELNRNG", 41),
        ("EUNATCH", 42),
        ("ENOCSI", 43),
        ("EL2HLT", 44),
        ("EBADE", 160),
        ("EBADR", 161),
        ("EXFULL", 162),
        ("ENOANO", 163),
        ("EBADRQC", 164),
        ("EBADSLT", 165),
        ("EBFONT", 166),
        ("ENOSTR", 54),
        ("ENODATA", 51),
        ("ETIME", 52),
        ("ENOSR", 53),
        ("ENONET", 50),
        ("ENOPKG", 55),
        ("ENOLINK", 57),
        ("EADV", 58),
        ("ESRMNT", 59),
        ("ECOMM", 60),
        ("EPROTO", 61),
        ("EMULTIHOP", 64),
        ("EDOTDOT", 66),
        ("EBADMSG", 67),
        ("EFSBADCRC", 67),
        ("EOVERFLOW", 72),
        ("ENOTUNIQ", 167),
        ("EBADFD", 168),
        ("EREMCHG", 169),
        ("ELIBACC", 170),
        ("ELIBBAD", 171),
        ("ELIBSCN", 172),
        ("ELIBMAX", 173),
        ("ELIBEXEC", 174),
        ("ERESTART", 175),
        ("ESTRPIPE", 176),
        ("EUCLEAN", 177),
        ("EFSCORRUPTED", 177),
        ("ENOTNAM", 178),
        ("ENAVAIL", 179),
        ("EISNAM", 180),
        ("EREMOTEIO", 181),
        ("ENOMEDIUM", 182),
        ("EMEDIUMTYPE", 183),
        ("ENOKEY", 184),
        ("EKEYEXPIRED", 185),
        ("EKEYREVOKED", 186),
        ("EKEYREJECTED", 187),
        ("EOWNERDEAD", 254),
        ("ENOTRECOVERABLE", 255),
        ("ERFKILL", 256),
        ("EHWPOISON", 257),
        ("ENOSYM", 215),
        ("EREMOTERELEASE", 240),
    ];
    const __OFFSETS_LINUXPARISC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 19, 19, 19, 20, 21, 23, 24, 24, 25, 26, 27, 28, 29, 30, 31,
        33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52,
        53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 65, 66, 67, 68, 69, 69, 69, 69,
        69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69,
        69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69,
        69, 69, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86,
        87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105,
        106, 107, 108, 109, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
        124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 138,
        138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138,
        138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138,
        138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138,
        139, 140, 140, 140,
    ];
    const __SYMBOL_TEXT_LINUXPARISC: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISONENOSYMEREMOTERELEASE";
    const __SYMBOL_START_LINUXPARISC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757,
        764, 773, 781, 787, 794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873,
        882, 891, 902, 908, 919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 989, 1003, 1003, 1003,
    ];
    const __PRIMARY_LINUXPARISC: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 223, 17, 0, 32, 28, 251, 0, 10, 29, 16, 8, 7, 27, 0,
        0, 0, 20, 21, 0, 0, 253, 0, 0, 47, 5, 45, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11,
        245, 244, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229,
        230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 249, 248, 241, 242, 247, 0, 68,
        69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15,
        19, 23, 25, 26, 33, 34, 46, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 160, 161,
        162, 163, 164, 165, 166, 54, 51, 52, 53, 50, 55, 57, 58, 59, 60, 61, 64, 66, 67,
        72, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181,
        182, 183, 184, 185, 186, 187, 254, 255, 256, 257, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 215, 240, 0, 0,
    ];
    const __ALIASES_LINUXPARISC: [&::core::primitive::str; 6] = [
        "ECANCELLED",
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EREFUSED",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXPARISC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6,
    ];
    const __PAIRS_LINUXPOWERPC: [(
        &::core::primitive::str,
        ::core::primitive::i32,
    ); 136] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 95),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 38),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 125),
        ("EILSEQ", 84),
        ("EIO", 5),
        ("EDEADLK", 35),
        ("EDEADLOCK", 58),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 115),
        ("EALREADY", 114),
        ("ENOTSOCK", 88),
        ("EDESTADDRREQ", 89),
        ("EMSGSIZE", 90),
        ("EPROTOTYPE", 91),
        ("ENOPROTOOPT", 92),
        ("EPROTONOSUPPORT", 93),
        ("ESOCKTNOSUPPORT", 94),
        ("EOPNOTSUPP", 95),
        ("EPFNOSUPPORT", 96),
        ("EAFNOSUPPORT", 97),
        ("EADDRINUSE", 98),
        ("EADDRNOTAVAIL", 99),
        ("ENETDOWN", 100),
        ("ENETUNREACH", 101),
        ("ENETRESET", 102),
        ("ECONNABORTED", 103),
        ("ECONNRESET", 104),
        ("ENOBUFS", 105),
        ("EISCONN", 106),
        ("ENOTCONN", 107),
        ("ESHUTDOWN", 108),
        ("ETOOMANYREFS", 109),
        ("ETIMEDOUT", 110),
        ("ECONNREFUSED", 111),
        ("ELOOP", 40),
        ("ENAMETOOLONG", 36),
        ("EHOSTDOWN", 112),
        ("EHOSTUNREACH", 113),
        ("ENOTEMPTY", 39),
        ("EUSERS", 87),
        ("EDQUOT", 122),
        ("ESTALE", 116),
        ("EREMOTE", 66),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 37),
        ("ENOMSG", 42),
        ("EIDRM", 43),
        ("ECHRNG", 44),
        ("EL2NSYNC", 45),
        ("EL3HLT", 46),
        ("EL3RST", 47),
        ("ELNRNG", 48),
        ("EUNATCH", 49),
        ("ENOCSI", 50),
        ("EL2HLT", 51),
        ("EBADE", 52),
        ("EBADR", 53),
        ("EXFULL", 54),
        ("ENOANO", 55),
        ("EBADRQC", 56),
        ("EBADSLT", 57),
        ("EBFONT", 59),
        ("ENOSTR", 60),
        ("ENODATA", 61),
        ("ETIME", 62),
        ("ENOSR", 63),
        ("ENONET", 64),
        ("ENOPKG", 65),
        ("ENOLINK", 67),
        ("EADV", 68),
        ("ESRMNT", 69),
        ("ECOMM", 70),
        ("EPROTO", 71),
        ("EMULTIHOP", 72),
        ("EDOTDOT", 73),
        ("EBADMSG", 74),
        ("EFSBADCRC", 74),
        ("EOVERFLOW", 75),
        ("ENOTUNIQ", 76),
        ("EBADFD", 77),
        ("EREMCHG", 78),
        ("ELIBACC", 79),
        ("ELIBBAD", 80),
        ("ELIBSCN", 81),
        ("ELIBMAX", 82),
        ("ELIBEXEC", 83),
        ("ERESTART", 85),
        ("ESTRPIPE", 86),
        ("EUCLEAN", 117),
        ("EFSCORRUPTED", 117),
        ("ENOTNAM", 118),
        ("ENAVAIL", 119),
        ("EISNAM", 120),
        ("EREMOTEIO", 121),
        ("ENOMEDIUM", 123),
        ("EMEDIUMTYPE", 124),
        ("ENOKEY", 126),
        ("EKEYEXPIRED", 127),
        ("EKEYREVOKED", 128),
        ("EKEYREJECTED", 129),
        ("EOWNERDEAD", 130),
        ("ENOTRECOVERABLE", 131),
        ("ERFKILL", 132),
        ("EHWPOISON", 133),
    ];
    const __OFFSETS_LINUXPOWERPC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
        122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136,
    ];
    const __SYMBOL_TEXT_LINUXPOWERPC: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISON";
    const __SYMBOL_START_LINUXPOWERPC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757,
        764, 773, 781, 787, 794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873,
        882, 891, 902, 908, 919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
    ];
    const __PRIMARY_LINUXPOWERPC: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 95, 17, 0, 32, 28, 38, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 125, 0, 0, 84, 5, 35, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11, 115,
        114, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
        105, 106, 107, 108, 109, 110, 111, 40, 36, 112, 113, 39, 0, 87, 122, 116, 66, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26,
        33, 34, 37, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 59,
        60, 61, 62, 63, 64, 65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
        81, 82, 83, 85, 86, 117, 118, 119, 120, 121, 123, 124, 126, 127, 128, 129, 130,
        131, 132, 133, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0,
    ];
    const __ALIASES_LINUXPOWERPC: [&::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXPOWERPC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4,
    ];
    const __PAIRS_LINUXSPARC: [(&::core::primitive::str, ::core::primitive::i32); 138] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 45),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 90),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 127),
        ("EILSEQ", 122),
        ("EIO", 5),
        ("EDEADLK", 78),
        ("EDEADLOCK", 108),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 36),
        ("EALREADY", 37),
        ("ENOTSOCK", 38),
        ("EDESTADDRREQ", 39),
        ("EMSGSIZE", 40),
        ("EPROTOTYPE", 41),
        ("ENOPROTOOPT", 42),
        ("EPROTONOSUPPORT", 43),
        ("ESOCKTNOSUPPORT", 44),
        ("EOPNOTSUPP", 45),
        ("EPFNOSUPPORT", 46),
        ("EAFNOSUPPORT", 47),
        ("EADDRINUSE", 48),
        ("EADDRNOTAVAIL", 49),
        ("ENETDOWN", 50),
        ("ENETUNREACH", 51),
        ("ENETRESET", 52),
        ("ECONNABORTED", 53),
        ("ECONNRESET", 54),
        ("ENOBUFS", 55),
        ("EISCONN", 56),
        ("ENOTCONN", 57),
        ("ESHUTDOWN", 58),
        ("ETOOMANYREFS", 59),
        ("ETIMEDOUT", 60),
        ("ECONNREFUSED", 61),
        ("ELOOP", 62),
        ("ENAMETOOLONG", 63),
        ("EHOSTDOWN", 64),
        ("EHOSTUNREACH", 65),
        ("ENOTEMPTY", 66),
        ("EPROCLIM", 67),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 79),
        ("ENOMSG", 75),
        ("EIDRM", 77),
        ("ECHRNG", 94),
        ("EL2NSYNC", 95),
        ("EL3HLT", 96),
        ("EL3RST", 97),
        ("ELNRNG", 98),
        ("EUNATCH", 99),
        ("ENOCSI", 100),
        ("EL2HLT", 101),
        ("EBADE", 102),
        ("EBADR", 103),
        ("EXFULL", 104),
        ("ENOANO", 105),
        ("EBADRQC", 106),
        ("EBADSLT", 107),
        ("EBFONT", 109),
        ("ENOSTR", 72),
        ("ENODATA", 111),
        ("ETIME", 73),
        ("ENOSR", 74),
        ("ENONET", 80),
        ("ENOPKG", 113),
        ("ENOLINK", 82),
        ("EADV", 83),
        ("ESRMNT", 84),
        ("ECOMM", 85),
        ("EPROTO", 86),
        ("EMULTIHOP", 87),
        ("EDOTDOT", 88),
        ("EBADMSG", 76),
        ("EFSBADCRC", 76),
        ("EOVERFLOW", 92),
        ("ENOTUNIQ", 115),
        ("EBADFD", 93),
        ("EREMCHG", 89),
        ("ELIBACC", 114),
        ("ELIBBAD", 112),
        ("ELIBSCN", 124),
        ("ELIBMAX", 123),
        ("ELIBEXEC", 110),
        ("ERESTART", 116),
        ("ESTRPIPE", 91),
        ("EUCLEAN", 117),
        ("EFSCORRUPTED", 117),
        ("ENOTNAM", 118),
        ("ENAVAIL", 119),
        ("EISNAM", 120),
        ("EREMOTEIO", 121),
        ("ENOMEDIUM", 125),
        ("EMEDIUMTYPE", 126),
        ("ENOKEY", 128),
        ("EKEYEXPIRED", 129),
        ("EKEYREVOKED", 130),
        ("EKEYREJECTED", 131),
        ("EOWNERDEAD", 132),
        ("ENOTRECOVERABLE", 133),
        ("ERFKILL", 134),
        ("EHWPOISON", 135),
        ("ERREMOTE", 81),
    ];
    const __OFFSETS_LINUXSPARC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
        86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
        105, 106, 107, 108, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
        123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 137,
        137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137,
        137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137,
        137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137,
        137, 137, 138, 138,
    ];
    const __SYMBOL_TEXT_LINUXSPARC: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISONERREMOTE";
    const __SYMBOL_START_LINUXSPARC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 599, 607, 613, 619, 625, 632, 638, 644, 649, 654, 660, 666,
        673, 680, 686, 692, 699, 704, 709, 715, 721, 728, 732, 738, 743, 749, 758, 765,
        772, 781, 789, 795, 802, 809, 816, 823, 830, 838, 846, 854, 861, 868, 875, 881,
        890, 899, 910, 916, 927, 938, 950, 960, 975, 982, 991, 991, 991, 991, 991, 991,
        991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991,
        991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991,
        991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 999, 999,
    ];
    const __PRIMARY_LINUXSPARC: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 90, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 127, 0, 0, 122, 5, 78, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11, 36,
        37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
        57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 79, 75, 77,
        94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 109, 72, 111, 73,
        74, 80, 113, 82, 83, 84, 85, 86, 87, 88, 76, 92, 115, 93, 89, 114, 112, 124, 123,
        110, 116, 91, 117, 118, 119, 120, 121, 125, 126, 128, 129, 130, 131, 132, 133,
        134, 135, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        81, 0,
    ];
    const __ALIASES_LINUXSPARC: [&::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXSPARC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4,
    ];
    const __PAIRS_MACOS: [(&::core::primitive::str, ::core::primitive::i32); 108] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 45),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 78),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 89),
        ("EILSEQ", 92),
        ("EIO", 5),
        ("EDEADLK", 11),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 35),
        ("EWOULDBLOCK", 35),
        ("EINPROGRESS", 36),
        ("EALREADY", 37),
        ("ENOTSOCK", 38),
        ("EDESTADDRREQ", 39),
        ("EMSGSIZE", 40),
        ("EPROTOTYPE", 41),
        ("ENOPROTOOPT", 42),
        ("EPROTONOSUPPORT", 43),
        ("ESOCKTNOSUPPORT", 44),
        ("EOPNOTSUPP", 102),
        ("EPFNOSUPPORT", 46),
        ("EAFNOSUPPORT", 47),
        ("EADDRINUSE", 48),
        ("EADDRNOTAVAIL", 49),
        ("ENETDOWN", 50),
        ("ENETUNREACH", 51),
        ("ENETRESET", 52),
        ("ECONNABORTED", 53),
        ("ECONNRESET", 54),
        ("ENOBUFS", 55),
        ("EISCONN", 56),
        ("ENOTCONN", 57),
        ("ESHUTDOWN", 58),
        ("ETOOMANYREFS", 59),
        ("ETIMEDOUT", 60),
        ("ECONNREFUSED", 61),
        ("ELOOP", 62),
        ("ENAMETOOLONG", 63),
        ("EHOSTDOWN", 64),
        ("EHOSTUNREACH", 65),
        ("ENOTEMPTY", 66),
        ("EPROCLIM", 67),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 77),
        ("ENOMSG", 91),
        ("EIDRM", 90),
        ("ENOSTR", 99),
        ("ENODATA", 96),
        ("ETIME", 101),
        ("ENOSR", 98),
        ("ENOLINK", 97),
        ("EPROTO", 100),
        ("EMULTIHOP", 95),
        ("EBADMSG", 94),
        ("EOVERFLOW", 84),
        ("EOWNERDEAD", 105),
        ("ENOTRECOVERABLE", 104),
        ("EBADRPC", 72),
        ("ERPCMISMATCH", 73),
        ("EPROGUNAVAIL", 74),
        ("EPROGMISMATCH", 75),
        ("EPROCUNAVAIL", 76),
        ("EFTYPE", 79),
        ("EAUTH", 80),
        ("ENEEDAUTH", 81),
        ("EPWROFF", 82),
        ("EDEVERR", 83),
        ("EBADEXEC", 85),
        ("EBADARCH", 86),
        ("ESHLIBVERS", 87),
        ("EBADMACHO", 88),
        ("ENOATTR", 93),
        ("ENOPOLICY", 103),
        ("EQFULL", 106),
        ("ENOTCAPABLE", 107),
    ];
    const __OFFSETS_MACOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 80, 81, 82, 83, 83, 83, 84, 84, 84, 84,
        85, 86, 86, 87, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88,
        88, 88, 88, 88, 88, 88, 89, 90, 90, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100,
        101, 102, 103, 104, 105, 106, 107, 108, 108, 108, 108, 108, 108, 108, 108, 108,
        108, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108,
        108, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108,
    ];
    const __SYMBOL_TEXT_MACOS: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOSTRENODATAETIMEENOSRENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWEOWNERDEADENOTRECOVERABLEEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHEPWROFFEDEVERREBADEXECEBADARCHESHLIBVERSEBADMACHOENOATTRENOPOLICYEQFULLENOTCAPABLE";
    const __SYMBOL_START_MACOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593,
        593, 593, 593, 599, 606, 611, 616, 616, 616, 623, 623, 623, 623, 629, 638, 638,
        645, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654,
        654, 654, 654, 654, 654, 654, 654, 664, 679, 679, 679, 686, 698, 710, 723, 735,
        741, 746, 755, 762, 769, 777, 785, 795, 804, 811, 820, 826, 837, 837, 837, 837,
        837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837,
        837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837, 837,
    ];
    const __PRIMARY_MACOS: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 89, 0, 0, 92, 5, 11, 31, 0, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37,
        38, 39, 40, 41, 42, 43, 44, 102, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 91, 90, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 99, 96, 101, 98, 0, 0, 97, 0, 0, 0,
        100, 95, 0, 94, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 105, 104, 0, 0, 72, 73, 74, 75, 76, 79, 80, 81, 82, 83, 85, 86, 87, 88, 93,
        103, 106, 107, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_MACOS: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_MACOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_FREEBSD: [(&::core::primitive::str, ::core::primitive::i32); 99] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 45),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 78),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 85),
        ("EILSEQ", 86),
        ("EIO", 5),
        ("EDEADLK", 11),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 35),
        ("EWOULDBLOCK", 35),
        ("EINPROGRESS", 36),
        ("EALREADY", 37),
        ("ENOTSOCK", 38),
        ("EDESTADDRREQ", 39),
        ("EMSGSIZE", 40),
        ("EPROTOTYPE", 41),
        ("ENOPROTOOPT", 42),
        ("EPROTONOSUPPORT", 43),
        ("ESOCKTNOSUPPORT", 44),
        ("EOPNOTSUPP", 45),
        ("EPFNOSUPPORT", 46),
        ("EAFNOSUPPORT", 47),
        ("EADDRINUSE", 48),
        ("EADDRNOTAVAIL", 49),
        ("ENETDOWN", 50),
        ("ENETUNREACH", 51),
        ("ENETRESET", 52),
        ("ECONNABORTED", 53),
        ("ECONNRESET", 54),
        ("ENOBUFS", 55),
        ("EISCONN", 56),
        ("ENOTCONN", 57),
        ("ESHUTDOWN", 58),
        ("ETOOMANYREFS", 59),
        ("ETIMEDOUT", 60),
        ("ECONNREFUSED", 61),
        ("ELOOP", 62),
        ("ENAMETOOLONG", 63),
        ("EHOSTDOWN", 64),
        ("EHOSTUNREACH", 65),
        ("ENOTEMPTY", 66),
        ("EPROCLIM", 67),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 77),
        ("ENOMSG", 83),
        ("EIDRM", 82),
        ("ENOLINK", 91),
        ("EPROTO", 92),
        ("EMULTIHOP", 90),
        ("EBADMSG", 89),
        ("EOVERFLOW", 84),
        ("EOWNERDEAD", 96),
        ("ENOTRECOVERABLE", 95),
        ("EBADRPC", 72),
        ("ERPCMISMATCH", 73),
        ("EPROGUNAVAIL", 74),
        ("EPROGMISMATCH", 75),
        ("EPROCUNAVAIL", 76),
        ("EFTYPE", 79),
        ("EAUTH", 80),
        ("ENEEDAUTH", 81),
        ("ENOATTR", 87),
        ("ENOTCAPABLE", 93),
        ("EDOOFUS", 88),
        ("ECAPMODE", 94),
        ("EINTEGRITY", 97),
    ];
    const __OFFSETS_FREEBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 80, 80, 80, 80,
        81, 82, 82, 83, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84,
        84, 84, 84, 84, 84, 84, 85, 86, 86, 86, 87, 88, 89, 90, 91, 92, 93, 94, 94, 94,
        94, 94, 94, 94, 95, 95, 95, 96, 97, 98, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99,
    ];
    const __SYMBOL_TEXT_FREEBSD: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWEOWNERDEADENOTRECOVERABLEEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHENOATTRENOTCAPABLEEDOOFUSECAPMODEEINTEGRITY";
    const __SYMBOL_START_FREEBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593,
        593, 593, 593, 593, 593, 593, 593, 593, 593, 600, 600, 600, 600, 606, 615, 615,
        622, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631,
        631, 631, 631, 631, 631, 631, 631, 641, 656, 656, 656, 663, 675, 687, 700, 712,
        718, 723, 732, 732, 732, 732, 732, 732, 732, 739, 739, 739, 750, 757, 765, 775,
        775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775,
        775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775, 775,
    ];
    const __PRIMARY_FREEBSD: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 85, 0, 0, 86, 5, 11, 31, 0, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37,
        38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 83, 82, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 0, 0, 92, 90,
        0, 89, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 96, 95,
        0, 0, 72, 73, 74, 75, 76, 79, 80, 81, 0, 0, 0, 0, 0, 0, 87, 0, 0, 93, 88, 94, 97,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0,
    ];
    const __ALIASES_FREEBSD: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_FREEBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_NETBSD: [(&::core::primitive::str, ::core::primitive::i32); 99] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 86),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 78),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 87),
        ("EILSEQ", 85),
        ("EIO", 5),
        ("EDEADLK", 11),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 35),
        ("EWOULDBLOCK", 35),
        ("EINPROGRESS", 36),
        ("EALREADY", 37),
        ("ENOTSOCK", 38),
        ("EDESTADDRREQ", 39),
        ("EMSGSIZE", 40),
        ("EPROTOTYPE", 41),
        ("ENOPROTOOPT", 42),
        ("EPROTONOSUPPORT", 43),
        ("ESOCKTNOSUPPORT", 44),
        ("EOPNOTSUPP", 45),
        ("EPFNOSUPPORT", 46),
        ("EAFNOSUPPORT", 47),
        ("EADDRINUSE", 48),
        ("EADDRNOTAVAIL", 49),
        ("ENETDOWN", 50),
        ("ENETUNREACH", 51),
        ("ENETRESET", 52),
        ("ECONNABORTED", 53),
        ("ECONNRESET", 54),
        ("ENOBUFS", 55),
        ("EISCONN", 56),
        ("ENOTCONN", 57),
        ("ESHUTDOWN", 58),
        ("ETOOMANYREFS", 59),
        ("ETIMEDOUT", 60),
        ("ECONNREFUSED", 61),
        ("ELOOP", 62),
        ("ENAMETOOLONG", 63),
        ("EHOSTDOWN", 64),
        ("EHOSTUNREACH", 65),
        ("ENOTEMPTY", 66),
        ("EPROCLIM", 67),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 77),
        ("ENOMSG", 83),
        ("EIDRM", 82),
        ("ENOSTR", 91),
        ("ENODATA", 89),
        ("ETIME", 92),
        ("ENOSR", 90),
        ("ENOLINK", 95),
        ("EPROTO", 96),
        ("EMULTIHOP", 94),
        ("EBADMSG", 88),
        ("EOVERFLOW", 84),
        ("EOWNERDEAD", 97),
        ("ENOTRECOVERABLE", 98),
        ("EBADRPC", 72),
        ("ERPCMISMATCH", 73),
        ("EPROGUNAVAIL", 74),
        ("EPROGMISMATCH", 75),
        ("EPROCUNAVAIL", 76),
        ("EFTYPE", 79),
        ("EAUTH", 80),
        ("ENEEDAUTH", 81),
        ("ENOATTR", 93),
    ];
    const __OFFSETS_NETBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 80, 81, 82, 83, 83, 83, 84, 84, 84, 84,
        85, 86, 86, 87, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88,
        88, 88, 88, 88, 88, 88, 89, 90, 90, 90, 91, 92, 93, 94, 95, 96, 97, 98, 98, 98,
        98, 98, 98, 98, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99,
    ];
    const __SYMBOL_TEXT_NETBSD: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOSTRENODATAETIMEENOSRENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWEOWNERDEADENOTRECOVERABLEEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHENOATTR";
    const __SYMBOL_START_NETBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593,
        593, 593, 593, 599, 606, 611, 616, 616, 616, 623, 623, 623, 623, 629, 638, 638,
        645, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654,
        654, 654, 654, 654, 654, 654, 654, 664, 679, 679, 679, 686, 698, 710, 723, 735,
        741, 746, 755, 755, 755, 755, 755, 755, 755, 762, 762, 762, 762, 762, 762, 762,
        762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762,
        762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762, 762,
    ];
    const __PRIMARY_NETBSD: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 86, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 87, 0, 0, 85, 5, 11, 31, 0, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37,
        38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 83, 82, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 89, 92, 90, 0, 0, 95, 0, 0, 0, 96,
        94, 0, 88, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 97,
        98, 0, 0, 72, 73, 74, 75, 76, 79, 80, 81, 0, 0, 0, 0, 0, 0, 93, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0,
    ];
    const __ALIASES_NETBSD: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_NETBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_OPENBSD: [(&::core::primitive::str, ::core::primitive::i32); 96] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 91),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 78),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 88),
        ("EILSEQ", 84),
        ("EIO", 5),
        ("EDEADLK", 11),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 35),
        ("EWOULDBLOCK", 35),
        ("EINPROGRESS", 36),
        ("EALREADY", 37),
        ("ENOTSOCK", 38),
        ("EDESTADDRREQ", 39),
        ("EMSGSIZE", 40),
        ("EPROTOTYPE", 41),
        ("ENOPROTOOPT", 42),
        ("EPROTONOSUPPORT", 43),
        ("ESOCKTNOSUPPORT", 44),
        ("EOPNOTSUPP", 45),
        ("EPFNOSUPPORT", 46),
        ("EAFNOSUPPORT", 47),
        ("EADDRINUSE", 48),
        ("EADDRNOTAVAIL", 49),
        ("ENETDOWN", 50),
        ("ENETUNREACH", 51),
        ("ENETRESET", 52),
        ("ECONNABORTED", 53),
        ("ECONNRESET", 54),
        ("ENOBUFS", 55),
        ("EISCONN", 56),
        ("ENOTCONN", 57),
        ("ESHUTDOWN", 58),
        ("ETOOMANYREFS", 59),
        ("ETIMEDOUT", 60),
        ("ECONNREFUSED", 61),
        ("ELOOP", 62),
        ("ENAMETOOLONG", 63),
        ("EHOSTDOWN", 64),
        ("EHOSTUNREACH", 65),
        ("ENOTEMPTY", 66),
        ("EPROCLIM", 67),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 77),
        ("ENOMSG", 90),
        ("EIDRM", 89),
        ("EPROTO", 95),
        ("EBADMSG", 92),
        ("EOVERFLOW", 87),
        ("ENOMEDIUM", 85),
        ("EMEDIUMTYPE", 86),
        ("EOWNERDEAD", 94),
        ("ENOTRECOVERABLE", 93),
        ("EBADRPC", 72),
        ("ERPCMISMATCH", 73),
        ("EPROGUNAVAIL", 74),
        ("EPROGMISMATCH", 75),
        ("EPROCUNAVAIL", 76),
        ("EFTYPE", 79),
        ("EAUTH", 80),
        ("ENEEDAUTH", 81),
        ("ENOATTR", 83),
        ("EIPSEC", 82),
    ];
    const __OFFSETS_OPENBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
        80, 80, 80, 81, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82,
        83, 84, 84, 84, 84, 84, 85, 86, 86, 86, 87, 88, 89, 90, 91, 92, 93, 94, 94, 94,
        94, 94, 94, 94, 95, 95, 95, 95, 95, 95, 95, 96, 96, 96, 96, 96, 96, 96, 96, 96,
        96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96,
        96, 96, 96,
    ];
    const __SYMBOL_TEXT_OPENBSD: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMEPROTOEBADMSGEOVERFLOWENOMEDIUMEMEDIUMTYPEEOWNERDEADENOTRECOVERABLEEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHENOATTREIPSEC";
    const __SYMBOL_START_OPENBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593,
        593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 599, 599, 599,
        606, 615, 615, 615, 615, 615, 615, 615, 615, 615, 615, 615, 615, 615, 615, 615,
        615, 624, 635, 635, 635, 635, 635, 645, 660, 660, 660, 667, 679, 691, 704, 716,
        722, 727, 736, 736, 736, 736, 736, 736, 736, 743, 743, 743, 743, 743, 743, 743,
        749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749,
        749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749, 749,
    ];
    const __PRIMARY_OPENBSD: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 91, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 88, 0, 0, 84, 5, 11, 31, 0, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37,
        38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 90, 89, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 95, 0, 0,
        92, 87, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 86, 0, 0, 0, 0, 94, 93,
        0, 0, 72, 73, 74, 75, 76, 79, 80, 81, 0, 0, 0, 0, 0, 0, 83, 0, 0, 0, 0, 0, 0, 82,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0,
    ];
    const __ALIASES_OPENBSD: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_OPENBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_DRAGONFLY: [(&::core::primitive::str, ::core::primitive::i32); 95] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 45),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 78),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 85),
        ("EILSEQ", 86),
        ("EIO", 5),
        ("EDEADLK", 11),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 35),
        ("EWOULDBLOCK", 35),
        ("EINPROGRESS", 36),
        ("EALREADY", 37),
        ("ENOTSOCK", 38),
        ("EDESTADDRREQ", 39),
        ("EMSGSIZE", 40),
        ("EPROTOTYPE", 41),
        ("ENOPROTOOPT", 42),
        ("EPROTONOSUPPORT", 43),
        ("ESOCKTNOSUPPORT", 44),
        ("EOPNOTSUPP", 45),
        ("EPFNOSUPPORT", 46),
        ("EAFNOSUPPORT", 47),
        ("EADDRINUSE", 48),
        ("EADDRNOTAVAIL", 49),
        ("ENETDOWN", 50),
        ("ENETUNREACH", 51),
        ("ENETRESET", 52),
        ("ECONNABORTED", 53),
        ("ECONNRESET", 54),
        ("ENOBUFS", 55),
        ("EISCONN", 56),
        ("ENOTCONN", 57),
        ("ESHUTDOWN", 58),
        ("ETOOMANYREFS", 59),
        ("ETIMEDOUT", 60),
        ("ECONNREFUSED", 61),
        ("ELOOP", 62),
        ("ENAMETOOLONG", 63),
        ("EHOSTDOWN", 64),
        ("EHOSTUNREACH", 65),
        ("ENOTEMPTY", 66),
        ("EPROCLIM", 67),
        ("EUSERS", 68),
        ("EDQUOT", 69),
        ("ESTALE", 70),
        ("EREMOTE", 71),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 77),
        ("ENOMSG", 83),
        ("EIDRM", 82),
        ("ENOLINK", 91),
        ("EPROTO", 92),
        ("EMULTIHOP", 90),
        ("EBADMSG", 89),
        ("EOVERFLOW", 84),
        ("ENOMEDIUM", 93),
        ("EBADRPC", 72),
        ("ERPCMISMATCH", 73),
        ("EPROGUNAVAIL", 74),
        ("EPROGMISMATCH", 75),
        ("EPROCUNAVAIL", 76),
        ("EFTYPE", 79),
        ("EAUTH", 80),
        ("ENEEDAUTH", 81),
        ("ENOATTR", 87),
        ("EDOOFUS", 88),
    ];
    const __OFFSETS_DRAGONFLY: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 80, 80, 80, 80,
        81, 82, 82, 83, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84,
        85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 86, 87, 88, 89, 90, 91, 92, 93, 93, 93,
        93, 93, 93, 93, 94, 94, 94, 94, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95,
        95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95,
        95, 95, 95,
    ];
    const __SYMBOL_TEXT_DRAGONFLY: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWENOMEDIUMEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHENOATTREDOOFUS";
    const __SYMBOL_START_DRAGONFLY: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593,
        593, 593, 593, 593, 593, 593, 593, 593, 593, 600, 600, 600, 600, 606, 615, 615,
        622, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631,
        631, 640, 640, 640, 640, 640, 640, 640, 640, 640, 640, 647, 659, 671, 684, 696,
        702, 707, 716, 716, 716, 716, 716, 716, 716, 723, 723, 723, 723, 730, 730, 730,
        730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730,
        730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730, 730,
    ];
    const __PRIMARY_DRAGONFLY: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 85, 0, 0, 86, 5, 11, 31, 0, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37,
        38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 83, 82, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 0, 0, 92, 90,
        0, 89, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 93, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 72, 73, 74, 75, 76, 79, 80, 81, 0, 0, 0, 0, 0, 0, 87, 0, 0, 0, 88, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0,
    ];
    const __ALIASES_DRAGONFLY: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_DRAGONFLY: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_ILLUMOS: [(&::core::primitive::str, ::core::primitive::i32); 122] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 48),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 89),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 47),
        ("EILSEQ", 88),
        ("EIO", 5),
        ("EDEADLK", 45),
        ("EDEADLOCK", 56),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 150),
        ("EALREADY", 149),
        ("ENOTSOCK", 95),
        ("EDESTADDRREQ", 96),
        ("EMSGSIZE", 97),
        ("EPROTOTYPE", 98),
        ("ENOPROTOOPT", 99),
        ("EPROTONOSUPPORT", 120),
        ("ESOCKTNOSUPPORT", 121),
        ("EOPNOTSUPP", 122),
        ("EPFNOSUPPORT", 123),
        ("EAFNOSUPPORT", 124),
        ("EADDRINUSE", 125),
        ("EADDRNOTAVAIL", 126),
        ("ENETDOWN", 127),
        ("ENETUNREACH", 128),
        ("ENETRESET", 129),
        ("ECONNABORTED", 130),
        ("ECONNRESET", 131),
        ("ENOBUFS", 132),
        ("EISCONN", 133),
        ("ENOTCONN", 134),
        ("ESHUTDOWN", 143),
        ("ETOOMANYREFS", 144),
        ("ETIMEDOUT", 145),
        ("ECONNREFUSED", 146),
        ("ELOOP", 90),
        ("ENAMETOOLONG", 78),
        ("EHOSTDOWN", 147),
        ("EHOSTUNREACH", 148),
        ("ENOTEMPTY", 93),
        ("EUSERS", 94),
        ("EDQUOT", 49),
        ("ESTALE", 151),
        ("EREMOTE", 66),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 46),
        ("ENOMSG", 35),
        ("EIDRM", 36),
        ("ECHRNG", 37),
        ("EL2NSYNC", 38),
        ("EL3HLT", 39),
        ("EL3RST", 40),
        ("ELNRNG", 41),
        ("EUNATCH", 42),
        ("ENOCSI", 43),
        ("EL2HLT", 44),
        ("EBADE", 50),
        ("EBADR", 51),
        ("EXFULL", 52),
        ("ENOANO", 53),
        ("EBADRQC", 54),
        ("EBADSLT", 55),
        ("EBFONT", 57),
        ("ENOSTR", 60),
        ("ENODATA", 61),
        ("ETIME", 62),
        ("ENOSR", 63),
        ("ENONET", 64),
        ("ENOPKG", 65),
        ("ENOLINK", 67),
        ("EADV", 68),
        ("ESRMNT", 69),
        ("ECOMM", 70),
        ("EPROTO", 71),
        ("EMULTIHOP", 74),
        ("EBADMSG", 77),
        ("EOVERFLOW", 79),
        ("ENOTUNIQ", 80),
        ("EBADFD", 81),
        ("EREMCHG", 82),
        ("ELIBACC", 83),
        ("ELIBBAD", 84),
        ("ELIBSCN", 85),
        ("ELIBMAX", 86),
        ("ELIBEXEC", 87),
        ("ERESTART", 91),
        ("ESTRPIPE", 92),
        ("EOWNERDEAD", 58),
        ("ENOTRECOVERABLE", 59),
        ("ELOCKUNMAPPED", 72),
        ("ENOTACTIVE", 73),
    ];
    const __OFFSETS_ILLUMOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
        118, 118, 118, 118, 118, 118, 118, 118, 118, 118, 118, 119, 120, 120, 120, 120,
        120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120,
        120, 120, 120, 120, 120, 121, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
        122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
        122, 122, 122, 122,
    ];
    const __SYMBOL_TEXT_ILLUMOS: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEOWNERDEADENOTRECOVERABLEELOCKUNMAPPEDENOTACTIVE";
    const __SYMBOL_START_ILLUMOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 750,
        757, 766, 774, 780, 787, 794, 801, 808, 815, 823, 831, 839, 839, 839, 839, 839,
        839, 839, 839, 839, 839, 839, 839, 849, 864, 864, 864, 864, 864, 864, 864, 864,
        864, 864, 864, 864, 864, 864, 864, 864, 864, 864, 864, 864, 864, 864, 864, 864,
        864, 877, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887,
        887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887, 887,
    ];
    const __PRIMARY_ILLUMOS: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 48, 17, 0, 32, 28, 89, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 47, 0, 0, 88, 5, 45, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11, 150,
        149, 95, 96, 97, 98, 99, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130,
        131, 132, 133, 134, 143, 144, 145, 146, 90, 78, 147, 148, 93, 0, 94, 49, 151, 66,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25,
        26, 33, 34, 46, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 50, 51, 52, 53, 54, 55,
        57, 60, 61, 62, 63, 64, 65, 67, 68, 69, 70, 71, 74, 0, 77, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 91, 92, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 58, 59, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 72, 73, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_ILLUMOS: [&::core::primitive::str; 2] = ["EDEADLOCK", "EWOULDBLOCK"];
    const __ALIAS_OFFSETS_ILLUMOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2,
    ];
    const __PAIRS_AIX: [(&::core::primitive::str, ::core::primitive::i32); 113] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 124),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 109),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 117),
        ("EILSEQ", 116),
        ("EIO", 5),
        ("EDEADLK", 45),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 55),
        ("EALREADY", 56),
        ("ENOTSOCK", 57),
        ("EDESTADDRREQ", 58),
        ("EDESTADDREQ", 58),
        ("EMSGSIZE", 59),
        ("EPROTOTYPE", 60),
        ("ENOPROTOOPT", 61),
        ("EPROTONOSUPPORT", 62),
        ("ESOCKTNOSUPPORT", 63),
        ("EOPNOTSUPP", 64),
        ("EPFNOSUPPORT", 65),
        ("EAFNOSUPPORT", 66),
        ("EADDRINUSE", 67),
        ("EADDRNOTAVAIL", 68),
        ("ENETDOWN", 69),
        ("ENETUNREACH", 70),
        ("ENETRESET", 71),
        ("ECONNABORTED", 72),
        ("ECONNRESET", 73),
        ("ENOBUFS", 74),
        ("EISCONN", 75),
        ("ENOTCONN", 76),
        ("ESHUTDOWN", 77),
        ("ETOOMANYREFS", 115),
        ("ETIMEDOUT", 78),
        ("ECONNREFUSED", 79),
        ("ELOOP", 85),
        ("ENAMETOOLONG", 86),
        ("EHOSTDOWN", 80),
        ("EHOSTUNREACH", 81),
        ("ENOTEMPTY", 87),
        ("EPROCLIM", 83),
        ("EUSERS", 84),
        ("EDQUOT", 88),
        ("ESTALE", 52),
        ("EREMOTE", 93),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 49),
        ("ENOMSG", 35),
        ("EIDRM", 36),
        ("ECHRNG", 37),
        ("EL2NSYNC", 38),
        ("EL3HLT", 39),
        ("EL3RST", 40),
        ("ELNRNG", 41),
        ("EUNATCH", 42),
        ("ENOCSI", 43),
        ("EL2HLT", 44),
        ("ENOSTR", 123),
        ("ENODATA", 122),
        ("ETIME", 119),
        ("ENOSR", 118),
        ("ENOLINK", 126),
        ("EPROTO", 121),
        ("EMULTIHOP", 125),
        ("EBADMSG", 120),
        ("EOVERFLOW", 127),
        ("ERESTART", 82),
        ("ECLONEME", 82),
        ("EOWNERDEAD", 95),
        ("ENOTRECOVERABLE", 94),
        ("ENOATTR", 112),
        ("ENOTREADY", 46),
        ("EWRPROTECT", 47),
        ("EFORMAT", 48),
        ("ENOCONNECT", 50),
        ("EDIST", 53),
        ("ECORRUPT", 89),
        ("ESYSERROR", 90),
        ("EMEDIA", 110),
        ("ESOFT", 111),
        ("ESAD", 113),
        ("ENOTRUST", 114),
    ];
    const __OFFSETS_AIX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
        86, 87, 88, 88, 88, 88, 88, 88, 88, 88, 89, 90, 91, 92, 92, 92, 93, 93, 93, 93,
        94, 95, 95, 96, 97, 97, 97, 97, 97, 97, 97, 97, 97, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 100, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101,
        101, 101, 101, 101, 101, 101, 101, 102, 102, 102, 102, 102, 102, 102, 102, 102,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 113, 113, 113, 113,
        113, 113, 113, 113, 113, 113, 113, 113, 113, 113, 113, 113, 113, 113,
    ];
    const __SYMBOL_TEXT_AIX: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTENOSTRENODATAETIMEENOSRENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWERESTARTEOWNERDEADENOTRECOVERABLEENOATTRENOTREADYEWRPROTECTEFORMATENOCONNECTEDISTECORRUPTESYSERROREMEDIAESOFTESADENOTRUST";
    const __SYMBOL_START_AIX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 599, 607, 613, 619, 625, 632, 638, 644, 644, 644, 644, 644,
        644, 644, 644, 650, 657, 662, 667, 667, 667, 674, 674, 674, 674, 680, 689, 689,
        696, 705, 705, 705, 705, 705, 705, 705, 705, 705, 713, 713, 713, 713, 713, 713,
        713, 713, 713, 713, 713, 713, 713, 723, 738, 738, 738, 738, 738, 738, 738, 738,
        738, 738, 738, 738, 738, 738, 738, 738, 738, 745, 745, 745, 745, 745, 745, 745,
        745, 745, 745, 754, 764, 771, 781, 786, 794, 803, 809, 814, 818, 826, 826, 826,
        826, 826, 826, 826, 826, 826, 826, 826, 826, 826, 826, 826, 826, 826, 826, 826,
    ];
    const __PRIMARY_AIX: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 124, 17, 0, 32, 28, 109, 0, 10, 29, 16, 8, 7, 27, 0,
        0, 0, 20, 21, 0, 0, 117, 0, 0, 116, 5, 45, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11,
        55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74,
        75, 76, 77, 115, 78, 79, 85, 86, 80, 81, 87, 83, 84, 88, 52, 93, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 49,
        35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 0, 0, 0, 0, 0, 0, 0, 123, 122, 119, 118,
        0, 0, 126, 0, 0, 0, 121, 125, 0, 120, 127, 0, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 95, 94, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 112, 0, 0, 0, 0, 0, 0, 0, 0, 0, 46, 47, 48, 50, 53, 89, 90, 110, 111, 113,
        114, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_AIX: [&::core::primitive::str; 3] = [
        "EWOULDBLOCK",
        "EDESTADDREQ",
        "ECLONEME",
    ];
    const __ALIAS_OFFSETS_AIX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3,
    ];
    const __PAIRS_HAIKU: [(&::core::primitive::str, ::core::primitive::i32); 88] = [
        ("ENOENT", -2147459069),
        ("ENOMEM", -2147483648),
        ("EXDEV", -2147459061),
        ("EROFS", -2147459064),
        ("ENOTSUP", -2147454920),
        ("EEXIST", -2147459070),
        ("EPIPE", -2147459059),
        ("ENOSPC", -2147459065),
        ("ENOSYS", -2147454967),
        ("ECHILD", -2147454974),
        ("ESPIPE", -2147454964),
        ("EBUSY", -2147483634),
        ("ENOEXEC", -2147478782),
        ("E2BIG", -2147454975),
        ("EFBIG", -2147454972),
        ("ENOTDIR", -2147459067),
        ("EISDIR", -2147459063),
        ("ECANCELED", -2147454929),
        ("EILSEQ", -2147454938),
        ("EIO", -2147483647),
        ("EDEADLK", -2147454973),
        ("EMLINK", -2147454971),
        ("EPERM", -2147483633),
        ("EINTR", -2147483638),
        ("EBADF", -2147459072),
        ("EACCES", -2147483646),
        ("EFAULT", -2147478783),
        ("EINVAL", -2147483643),
        ("EMFILE", -2147459062),
        ("EAGAIN", -2147483637),
        ("EWOULDBLOCK", -2147483637),
        ("EINPROGRESS", -2147454940),
        ("EALREADY", -2147454939),
        ("ENOTSOCK", -2147454932),
        ("EDESTADDRREQ", -2147454928),
        ("EMSGSIZE", -2147454934),
        ("EPROTOTYPE", -2147454958),
        ("ENOPROTOOPT", -2147454942),
        ("EPROTONOSUPPORT", -2147454957),
        ("ESOCKTNOSUPPORT", -2147454913),
        ("EOPNOTSUPP", -2147454933),
        ("EPFNOSUPPORT", -2147454956),
        ("EAFNOSUPPORT", -2147454955),
        ("EADDRINUSE", -2147454954),
        ("EADDRNOTAVAIL", -2147454953),
        ("ENETDOWN", -2147454952),
        ("ENETUNREACH", -2147454951),
        ("ENETRESET", -2147454950),
        ("ECONNABORTED", -2147454949),
        ("ECONNRESET", -2147454948),
        ("ENOBUFS", -2147454941),
        ("EISCONN", -2147454947),
        ("ENOTCONN", -2147454946),
        ("ESHUTDOWN", -2147454945),
        ("ETIMEDOUT", -2147483639),
        ("ECONNREFUSED", -2147454944),
        ("ELOOP", -2147459060),
        ("ENAMETOOLONG", -2147459068),
        ("EHOSTDOWN", -2147454931),
        ("EHOSTUNREACH", -2147454943),
        ("ENOTEMPTY", -2147459066),
        ("EDQUOT", -2147454927),
        ("ESTALE", -2147454936),
        ("ESRCH", -2147454963),
        ("ENXIO", -2147454965),
        ("ENODEV", -2147454969),
        ("ENFILE", -2147454970),
        ("ENOTTY", -2147454966),
        ("ETXTBSY", -2147454917),
        ("EDOM", -2147454960),
        ("ERANGE", -2147454959),
        ("ENOLCK", -2147454968),
        ("ENOMSG", -2147454937),
        ("EIDRM", -2147454926),
        ("ENOSTR", -2147454921),
        ("ENODATA", -2147454924),
        ("ETIME", -2147454918),
        ("ENOSR", -2147454922),
        ("ENOLINK", -2147454923),
        ("EPROTO", -2147454919),
        ("EMULTIHOP", -2147454925),
        ("EBADMSG", -2147454930),
        ("EOVERFLOW", -2147454935),
        ("EOWNERDEAD", -2147454914),
        ("ENOTRECOVERABLE", -2147454915),
        ("ENOATTR", -2147454916),
        ("EFPOS", -2147454962),
        ("ESIGPARM", -2147454961),
    ];
    const __OFFSETS_HAIKU: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 54, 55, 56, 57, 58, 59, 60, 61, 61, 61, 62, 63, 63, 63, 63, 63,
        63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63,
        63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63,
        63, 63, 63, 64, 65, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 74, 74, 74, 74, 74,
        74, 74, 74, 74, 74, 74, 74, 74, 74, 74, 75, 76, 77, 78, 78, 78, 79, 79, 79, 79,
        80, 81, 81, 82, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83,
        83, 83, 83, 83, 83, 83, 84, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85,
        85, 85, 85, 85, 86, 86, 86, 86, 86, 86, 86, 86, 86, 86, 86, 86, 86, 86, 86, 86,
        86, 86, 86, 86, 86, 87, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88,
        88, 88, 88,
    ];
    const __SYMBOL_TEXT_HAIKU: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEDQUOTESTALEESRCHENXIOENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOSTRENODATAETIMEENOSRENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWEOWNERDEADENOTRECOVERABLEENOATTREFPOSESIGPARM";
    const __SYMBOL_START_HAIKU: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 411, 420, 432,
        437, 449, 458, 470, 479, 479, 479, 485, 491, 491, 491, 491, 491, 491, 491, 491,
        491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491,
        491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491, 491,
        491, 491, 491, 491, 491, 491, 491, 491, 496, 501, 501, 507, 513, 519, 526, 530,
        536, 542, 548, 553, 553, 553, 553, 553, 553, 553, 553, 553, 553, 553, 553, 553,
        553, 553, 553, 559, 566, 571, 576, 576, 576, 583, 583, 583, 583, 589, 598, 598,
        605, 614, 614, 614, 614, 614, 614, 614, 614, 614, 614, 614, 614, 614, 614, 614,
        614, 614, 614, 614, 614, 614, 614, 624, 639, 639, 639, 639, 639, 639, 639, 639,
        639, 639, 639, 639, 639, 639, 639, 639, 639, 646, 646, 646, 646, 646, 646, 646,
        646, 646, 646, 646, 646, 646, 646, 646, 646, 646, 646, 646, 646, 646, 651, 659,
        659, 659, 659, 659, 659, 659, 659, 659, 659, 659, 659, 659, 659, 659, 659, 659,
    ];
    const __PRIMARY_HAIKU: [::core::primitive::i32; __COUNT] = [
        0,
        -2147459069,
        0,
        -2147483648,
        -2147459061,
        -2147459064,
        0,
        0,
        -2147454920,
        -2147459070,
        0,
        -2147459059,
        -2147459065,
        -2147454967,
        0,
        -2147454974,
        -2147454964,
        -2147483634,
        -2147478782,
        -2147454975,
        -2147454972,
        0,
        0,
        0,
        -2147459067,
        -2147459063,
        0,
        0,
        -2147454929,
        0,
        0,
        -2147454938,
        -2147483647,
        -2147454973,
        -2147454971,
        0,
        -2147483633,
        -2147483638,
        -2147459072,
        -2147483646,
        -2147478783,
        -2147483643,
        -2147459062,
        -2147483637,
        -2147454940,
        -2147454939,
        -2147454932,
        -2147454928,
        -2147454934,
        -2147454958,
        -2147454942,
        -2147454957,
        -2147454913,
        -2147454933,
        -2147454956,
        -2147454955,
        -2147454954,
        -2147454953,
        -2147454952,
        -2147454951,
        -2147454950,
        -2147454949,
        -2147454948,
        -2147454941,
        -2147454947,
        -2147454946,
        -2147454945,
        0,
        -2147483639,
        -2147454944,
        -2147459060,
        -2147459068,
        -2147454931,
        -2147454943,
        -2147459066,
        0,
        0,
        -2147454927,
        -2147454936,
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
        0,
        0,
        0,
        -2147454963,
        -2147454965,
        0,
        -2147454969,
        -2147454970,
        -2147454966,
        -2147454917,
        -2147454960,
        -2147454959,
        -2147454968,
        -2147454937,
        -2147454926,
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
        0,
        0,
        0,
        0,
        -2147454921,
        -2147454924,
        -2147454918,
        -2147454922,
        0,
        0,
        -2147454923,
        0,
        0,
        0,
        -2147454919,
        -2147454925,
        0,
        -2147454930,
        -2147454935,
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
        -2147454914,
        -2147454915,
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
        0,
        0,
        0,
        0,
        0,
        -2147454916,
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
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        -2147454962,
        -2147454961,
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
        0,
        0,
        0,
        0,
        0,
    ];
    const __ALIASES_HAIKU: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_HAIKU: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_REDOX: [(&::core::primitive::str, ::core::primitive::i32); 132] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 95),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 38),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 125),
        ("EILSEQ", 84),
        ("EIO", 5),
        ("EDEADLK", 35),
        ("EDEADLOCK", 58),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 41),
        ("EINPROGRESS", 115),
        ("EALREADY", 114),
        ("ENOTSOCK", 88),
        ("EDESTADDRREQ", 89),
        ("EMSGSIZE", 90),
        ("EPROTOTYPE", 91),
        ("ENOPROTOOPT", 92),
        ("EPROTONOSUPPORT", 93),
        ("ESOCKTNOSUPPORT", 94),
        ("EOPNOTSUPP", 95),
        ("EPFNOSUPPORT", 96),
        ("EAFNOSUPPORT", 97),
        ("EADDRINUSE", 98),
        ("EADDRNOTAVAIL", 99),
        ("ENETDOWN", 100),
        ("ENETUNREACH", 101),
        ("ENETRESET", 102),
        ("ECONNABORTED", 103),
        ("ECONNRESET", 104),
        ("ENOBUFS", 105),
        ("EISCONN", 106),
        ("ENOTCONN", 107),
        ("ESHUTDOWN", 108),
        ("ETOOMANYREFS", 109),
        ("ETIMEDOUT", 110),
        ("ECONNREFUSED", 111),
        ("ELOOP", 40),
        ("ENAMETOOLONG", 36),
        ("EHOSTDOWN", 112),
        ("EHOSTUNREACH", 113),
        ("ENOTEMPTY", 39),
        ("EUSERS", 87),
        ("EDQUOT", 122),
        ("ESTALE", 116),
        ("EREMOTE", 66),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 37),
        ("ENOMSG", 42),
        ("EIDRM", 43),
        ("ECHRNG", 44),
        ("EL2NSYNC", 45),
        ("EL3HLT", 46),
        ("EL3RST", 47),
        ("ELNRNG", 48),
        ("EUNATCH", 49),
        ("ENOCSI", 50),
        ("EL2HLT", 51),
        ("EBADE", 52),
        ("EBADR", 53),
        ("EXFULL", 54),
        ("ENOANO", 55),
        ("EBADRQC", 56),
        ("EBADSLT", 57),
        ("EBFONT", 59),
        ("ENOSTR", 60),
        ("ENODATA", 61),
        ("ETIME", 62),
        ("ENOSR", 63),
        ("ENONET", 64),
        ("ENOPKG", 65),
        ("ENOLINK", 67),
        ("EADV", 68),
        ("ESRMNT", 69),
        ("ECOMM", 70),
        ("EPROTO", 71),
        ("EMULTIHOP", 72),
        ("EDOTDOT", 73),
        ("EBADMSG", 74),
        ("EOVERFLOW", 75),
        ("ENOTUNIQ", 76),
        ("EBADFD", 77),
        ("EREMCHG", 78),
        ("ELIBACC", 79),
        ("ELIBBAD", 80),
        ("ELIBSCN", 81),
        ("ELIBMAX", 82),
        ("ELIBEXEC", 83),
        ("ERESTART", 85),
        ("ESTRPIPE", 86),
        ("EUCLEAN", 117),
        ("ENOTNAM", 118),
        ("ENAVAIL", 119),
        ("EISNAM", 120),
        ("EREMOTEIO", 121),
        ("ENOMEDIUM", 123),
        ("EMEDIUMTYPE", 124),
        ("ENOKEY", 126),
        ("EKEYEXPIRED", 127),
        ("EKEYREVOKED", 128),
        ("EKEYREJECTED", 129),
        ("EOWNERDEAD", 130),
        ("ENOTRECOVERABLE", 131),
    ];
    const __OFFSETS_REDOX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
        120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 132, 132, 132,
        132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132,
        132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132,
        132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132,
        132, 132, 132, 132,
    ];
    const __SYMBOL_TEXT_REDOX: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLE";
    const __SYMBOL_START_REDOX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757,
        764, 773, 781, 787, 794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873,
        882, 891, 902, 908, 919, 930, 942, 952, 967, 967, 967, 967, 967, 967, 967, 967,
        967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967,
        967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967,
        967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967, 967,
    ];
    const __PRIMARY_REDOX: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 95, 17, 0, 32, 28, 38, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 125, 0, 0, 84, 5, 35, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11, 115,
        114, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
        105, 106, 107, 108, 109, 110, 111, 40, 36, 112, 113, 39, 0, 87, 122, 116, 66, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26,
        33, 34, 37, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 59,
        60, 61, 62, 63, 64, 65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
        81, 82, 83, 85, 86, 117, 118, 119, 120, 121, 123, 124, 126, 127, 128, 129, 130,
        131, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0,
    ];
    const __ALIASES_REDOX: [&::core::primitive::str; 2] = ["EDEADLOCK", "EWOULDBLOCK"];
    const __ALIAS_OFFSETS_REDOX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2,
    ];
    const __PAIRS_HURD: [(&::core::primitive::str, ::core::primitive::i32); 105] = [
        ("ENOENT", 1073741826),
        ("ENOMEM", 1073741836),
        ("EXDEV", 1073741842),
        ("EROFS", 1073741854),
        ("ENOTSUP", 1073741942),
        ("EEXIST", 1073741841),
        ("EPIPE", 1073741856),
        ("ENOSPC", 1073741852),
        ("ENOSYS", 1073741902),
        ("ECHILD", 1073741834),
        ("ESPIPE", 1073741853),
        ("EBUSY", 1073741840),
        ("ENOEXEC", 1073741832),
        ("E2BIG", 1073741831),
        ("EFBIG", 1073741851),
        ("ENOTDIR", 1073741844),
        ("EISDIR", 1073741845),
        ("ECANCELED", 1073741943),
        ("EILSEQ", 1073741930),
        ("EIO", 1073741829),
        ("EDEADLK", 1073741835),
        ("EMLINK", 1073741855),
        ("EPERM", 1073741825),
        ("EINTR", 1073741828),
        ("EBADF", 1073741833),
        ("EACCES", 1073741837),
        ("EFAULT", 1073741838),
        ("EINVAL", 1073741846),
        ("EMFILE", 1073741848),
        ("EAGAIN", 1073741859),
        ("EWOULDBLOCK", 1073741859),
        ("EINPROGRESS", 1073741860),
        ("EALREADY", 1073741861),
        ("ENOTSOCK", 1073741862),
        ("EDESTADDRREQ", 1073741863),
        ("EMSGSIZE", 1073741864),
        ("EPROTOTYPE", 1073741865),
        ("ENOPROTOOPT", 1073741866),
        ("EPROTONOSUPPORT", 1073741867),
        ("ESOCKTNOSUPPORT", 1073741868),
        ("EOPNOTSUPP", 1073741869),
        ("EPFNOSUPPORT", 1073741870),
        ("EAFNOSUPPORT", 1073741871),
        ("EADDRINUSE", 1073741872),
        ("EADDRNOTAVAIL", 1073741873),
        ("ENETDOWN", 1073741874),
        ("ENETUNREACH", 1073741875),
        ("ENETRESET", 1073741876),
        ("ECONNABORTED", 1073741877),
        ("ECONNRESET", 1073741878),
        ("ENOBUFS", 1073741879),
        ("EISCONN", 1073741880),
        ("ENOTCONN", 1073741881),
        ("ESHUTDOWN", 1073741882),
        ("ETOOMANYREFS", 1073741883),
        ("ETIMEDOUT", 1073741884),
        ("ECONNREFUSED", 1073741885),
        ("ELOOP", 1073741886),
        ("ENAMETOOLONG", 1073741887),
        ("EHOSTDOWN", 1073741888),
        ("EHOSTUNREACH", 1073741889),
        ("ENOTEMPTY", 1073741890),
        ("EPROCLIM", 1073741891),
        ("EUSERS", 1073741892),
        ("EDQUOT", 1073741893),
        ("ESTALE", 1073741894),
        ("EREMOTE", 1073741895),
        ("ESRCH", 1073741827),
        ("ENXIO", 1073741830),
        ("ENOTBLK", 1073741839),
        ("ENODEV", 1073741843),
        ("ENFILE", 1073741847),
        ("ENOTTY", 1073741849),
        ("ETXTBSY", 1073741850),
        ("EDOM", 1073741857),
        ("ERANGE", 1073741858),
        ("ENOLCK", 1073741901),
        ("ENOMSG", 1073741936),
        ("EIDRM", 1073741932),
        ("ENOSTR", 1073741938),
        ("ENODATA", 1073741934),
        ("ETIME", 1073741941),
        ("ENOSR", 1073741937),
        ("ENOLINK", 1073741935),
        ("EPROTO", 1073741940),
        ("EMULTIHOP", 1073741933),
        ("EBADMSG", 1073741931),
        ("EOVERFLOW", 1073741939),
        ("ELIBEXEC", 1073741907),
        ("EOWNERDEAD", 1073741944),
        ("ENOTRECOVERABLE", 1073741945),
        ("EBADRPC", 1073741896),
        ("ERPCMISMATCH", 1073741897),
        ("EPROGUNAVAIL", 1073741898),
        ("EPROGMISMATCH", 1073741899),
        ("EPROCUNAVAIL", 1073741900),
        ("EFTYPE", 1073741903),
        ("EAUTH", 1073741904),
        ("ENEEDAUTH", 1073741905),
        ("EBACKGROUND", 1073741924),
        ("EDIED", 1073741925),
        ("ED", 1073741926),
        ("EGREGIOUS", 1073741927),
        ("EIEIO", 1073741928),
        ("EGRATUITOUS", 1073741929),
    ];
    const __OFFSETS_HURD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 80, 81, 82, 83, 83, 83, 84, 84, 84, 84,
        85, 86, 86, 87, 88, 88, 88, 88, 88, 88, 88, 88, 89, 89, 89, 89, 89, 89, 89, 89,
        89, 89, 89, 89, 89, 89, 90, 91, 91, 91, 92, 93, 94, 95, 96, 97, 98, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 100, 101, 102, 103, 104, 105, 105, 105, 105, 105,
        105, 105, 105, 105, 105, 105,
    ];
    const __SYMBOL_TEXT_HURD: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOSTRENODATAETIMEENOSRENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWELIBEXECEOWNERDEADENOTRECOVERABLEEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHEBACKGROUNDEDIEDEDEGREGIOUSEIEIOEGRATUITOUS";
    const __SYMBOL_START_HURD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593,
        593, 593, 593, 599, 606, 611, 616, 616, 616, 623, 623, 623, 623, 629, 638, 638,
        645, 654, 654, 654, 654, 654, 654, 654, 654, 662, 662, 662, 662, 662, 662, 662,
        662, 662, 662, 662, 662, 662, 662, 672, 687, 687, 687, 694, 706, 718, 731, 743,
        749, 754, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763,
        763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763, 763,
        774, 779, 781, 790, 795, 806, 806, 806, 806, 806, 806, 806, 806, 806, 806, 806,
    ];
    const __PRIMARY_HURD: [::core::primitive::i32; __COUNT] = [
        0, 1073741826, 0, 1073741836, 1073741842, 1073741854, 0, 0, 1073741942,
        1073741841, 0, 1073741856, 1073741852, 1073741902, 0, 1073741834, 1073741853,
        1073741840, 1073741832, 1073741831, 1073741851, 0, 0, 0, 1073741844, 1073741845,
        0, 0, 1073741943, 0, 0, 1073741930, 1073741829, 1073741835, 1073741855, 0,
        1073741825, 1073741828, 1073741833, 1073741837, 1073741838, 1073741846,
        1073741848, 1073741859, 1073741860, 1073741861, 1073741862, 1073741863,
        1073741864, 1073741865, 1073741866, 1073741867, 1073741868, 1073741869,
        1073741870, 1073741871, 1073741872, 1073741873, 1073741874, 1073741875,
        1073741876, 1073741877, 1073741878, 1073741879, 1073741880, 1073741881,
        1073741882, 1073741883, 1073741884, 1073741885, 1073741886, 1073741887,
        1073741888, 1073741889, 1073741890, 1073741891, 1073741892, 1073741893,
        1073741894, 1073741895, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1073741827, 1073741830, 1073741839, 1073741843, 1073741847, 1073741849,
        1073741850, 1073741857, 1073741858, 1073741901, 1073741936, 1073741932, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1073741938, 1073741934, 1073741941,
        1073741937, 0, 0, 1073741935, 0, 0, 0, 1073741940, 1073741933, 0, 1073741931,
        1073741939, 0, 0, 0, 0, 0, 0, 0, 1073741907, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1073741944, 1073741945, 0, 0, 1073741896, 1073741897, 1073741898, 1073741899,
        1073741900, 1073741903, 1073741904, 1073741905, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1073741924, 1073741925,
        1073741926, 1073741927, 1073741928, 1073741929, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_HURD: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_HURD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_CYGWIN: [(&::core::primitive::str, ::core::primitive::i32); 127] = [
        ("ENOENT", 2),
        ("ENOMEM", 12),
        ("EXDEV", 18),
        ("EROFS", 30),
        ("ENOTSUP", 134),
        ("EEXIST", 17),
        ("EPIPE", 32),
        ("ENOSPC", 28),
        ("ENOSYS", 88),
        ("ECHILD", 10),
        ("ESPIPE", 29),
        ("EBUSY", 16),
        ("ENOEXEC", 8),
        ("E2BIG", 7),
        ("EFBIG", 27),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("ECANCELED", 140),
        ("EILSEQ", 138),
        ("EIO", 5),
        ("EDEADLK", 45),
        ("EDEADLOCK", 56),
        ("EMLINK", 31),
        ("EPERM", 1),
        ("EINTR", 4),
        ("EBADF", 9),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("EINVAL", 22),
        ("EMFILE", 24),
        ("EAGAIN", 11),
        ("EWOULDBLOCK", 11),
        ("EINPROGRESS", 119),
        ("EALREADY", 120),
        ("ENOTSOCK", 108),
        ("EDESTADDRREQ", 121),
        ("EMSGSIZE", 122),
        ("EPROTOTYPE", 107),
        ("ENOPROTOOPT", 109),
        ("EPROTONOSUPPORT", 123),
        ("ESOCKTNOSUPPORT", 124),
        ("EOPNOTSUPP", 95),
        ("EPFNOSUPPORT", 96),
        ("EAFNOSUPPORT", 106),
        ("EADDRINUSE", 112),
        ("EADDRNOTAVAIL", 125),
        ("ENETDOWN", 115),
        ("ENETUNREACH", 114),
        ("ENETRESET", 126),
        ("ECONNABORTED", 113),
        ("ECONNRESET", 104),
        ("ENOBUFS", 105),
        ("EISCONN", 127),
        ("ENOTCONN", 128),
        ("ESHUTDOWN", 110),
        ("ETOOMANYREFS", 129),
        ("ETIMEDOUT", 116),
        ("ECONNREFUSED", 111),
        ("ELOOP", 92),
        ("ENAMETOOLONG", 91),
        ("EHOSTDOWN", 117),
        ("EHOSTUNREACH", 118),
        ("ENOTEMPTY", 90),
        ("EPROCLIM", 130),
        ("EUSERS", 131),
        ("EDQUOT", 132),
        ("ESTALE", 133),
        ("EREMOTE", 66),
        ("ESRCH", 3),
        ("ENXIO", 6),
        ("ENOTBLK", 15),
        ("ENODEV", 19),
        ("ENFILE", 23),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("ENOLCK", 46),
        ("ENOMSG", 35),
        ("EIDRM", 36),
        ("ECHRNG", 37),
        ("EL2NSYNC", 38),
        ("EL3HLT", 39),
        ("EL3RST", 40),
        ("ELNRNG", 41),
        ("EUNATCH", 42),
        ("ENOCSI", 43),
        ("EL2HLT", 44),
        ("EBADE", 50),
        ("EBADR", 51),
        ("EXFULL", 52),
        ("ENOANO", 53),
        ("EBADRQC", 54),
        ("EBADSLT", 55),
        ("EBFONT", 57),
        ("ENOSTR", 60),
        ("ENODATA", 61),
        ("ETIME", 62),
        ("ENOSR", 63),
        ("ENONET", 64),
        ("ENOPKG", 65),
        ("ENOLINK", 67),
        ("EADV", 68),
        ("ESRMNT", 69),
        ("ECOMM", 70),
        ("EPROTO", 71),
        ("EMULTIHOP", 74),
        ("EDOTDOT", 76),
        ("EBADMSG", 77),
        ("EOVERFLOW", 139),
        ("ENOTUNIQ", 80),
        ("EBADFD", 81),
        ("EREMCHG", 82),
        ("ELIBACC", 83),
        ("ELIBBAD", 84),
        ("ELIBSCN", 85),
        ("ELIBMAX", 86),
        ("ELIBEXEC", 87),
        ("ESTRPIPE", 143),
        ("ENOMEDIUM", 135),
        ("EOWNERDEAD", 142),
        ("ENOTRECOVERABLE", 141),
        ("EFTYPE", 79),
        ("ELBIN", 75),
        ("ENMFILE", 89),
        ("ENOSHARE", 136),
        ("ECASECLASH", 137),
    ];
    const __OFFSETS_CYGWIN: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
        86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
        105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 118, 119,
        119, 119, 119, 119, 119, 120, 120, 120, 120, 120, 120, 121, 122, 122, 122, 122,
        122, 122, 122, 122, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123,
        123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 123,
        123, 123, 123, 123, 123, 123, 123, 123, 123, 123, 124, 125, 126, 127, 127, 127,
        127, 127, 127, 127,
    ];
    const __SYMBOL_TEXT_CYGWIN: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECESTRPIPEENOMEDIUMEOWNERDEADENOTRECOVERABLEEFTYPEELBINENMFILEENOSHAREECASECLASH";
    const __SYMBOL_START_CYGWIN: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570,
        576, 582, 588, 593, 599, 607, 613, 619, 625, 632, 638, 644, 649, 654, 660, 666,
        673, 680, 686, 692, 699, 704, 709, 715, 721, 728, 732, 738, 743, 749, 758, 765,
        772, 781, 789, 795, 802, 809, 816, 823, 830, 838, 838, 846, 846, 846, 846, 846,
        846, 855, 855, 855, 855, 855, 855, 865, 880, 880, 880, 880, 880, 880, 880, 880,
        886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886,
        886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886, 886,
        886, 886, 886, 886, 886, 886, 891, 898, 906, 916, 916, 916, 916, 916, 916, 916,
    ];
    const __PRIMARY_CYGWIN: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 134, 17, 0, 32, 28, 88, 0, 10, 29, 16, 8, 7, 27, 0, 0,
        0, 20, 21, 0, 0, 140, 0, 0, 138, 5, 45, 31, 0, 1, 4, 9, 13, 14, 22, 24, 11, 119,
        120, 108, 121, 122, 107, 109, 123, 124, 95, 96, 106, 112, 125, 115, 114, 126,
        113, 104, 105, 127, 128, 110, 129, 116, 111, 92, 91, 117, 118, 90, 130, 131, 132,
        133, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19,
        23, 25, 26, 33, 34, 46, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 50, 51, 52, 53,
        54, 55, 57, 60, 61, 62, 63, 64, 65, 67, 68, 69, 70, 71, 74, 76, 77, 139, 80, 81,
        82, 83, 84, 85, 86, 87, 0, 143, 0, 0, 0, 0, 0, 135, 0, 0, 0, 0, 0, 142, 141, 0,
        0, 0, 0, 0, 0, 0, 79, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 75, 89, 136, 137, 0, 0, 0, 0,
        0, 0,
    ];
    const __ALIASES_CYGWIN: [&::core::primitive::str; 2] = ["EDEADLOCK", "EWOULDBLOCK"];
    const __ALIAS_OFFSETS_CYGWIN: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2,
    ];
    const __PAIRS_WASI: [(&::core::primitive::str, ::core::primitive::i32); 78] = [
        ("ENOENT", 44),
        ("ENOMEM", 48),
        ("EXDEV", 75),
        ("EROFS", 69),
        ("ENOTSUP", 58),
        ("EEXIST", 20),
        ("EPIPE", 64),
        ("ENOSPC", 51),
        ("ENOSYS", 52),
        ("ECHILD", 12),
        ("ESPIPE", 70),
        ("EBUSY", 10),
        ("ENOEXEC", 45),
        ("E2BIG", 1),
        ("EFBIG", 22),
        ("ENOTDIR", 54),
        ("EISDIR", 31),
        ("ECANCELED", 11),
        ("EILSEQ", 25),
        ("EIO", 29),
        ("EDEADLK", 16),
        ("EMLINK", 34),
        ("EPERM", 63),
        ("EINTR", 27),
        ("EBADF", 8),
        ("EACCES", 2),
        ("EFAULT", 21),
        ("EINVAL", 28),
        ("EMFILE", 33),
        ("EAGAIN", 6),
        ("EWOULDBLOCK", 6),
        ("EINPROGRESS", 26),
        ("EALREADY", 7),
        ("ENOTSOCK", 57),
        ("EDESTADDRREQ", 17),
        ("EMSGSIZE", 35),
        ("EPROTOTYPE", 67),
        ("ENOPROTOOPT", 50),
        ("EPROTONOSUPPORT", 66),
        ("EOPNOTSUPP", 58),
        ("EAFNOSUPPORT", 5),
        ("EADDRINUSE", 3),
        ("EADDRNOTAVAIL", 4),
        ("ENETDOWN", 38),
        ("ENETUNREACH", 40),
        ("ENETRESET", 39),
        ("ECONNABORTED", 13),
        ("ECONNRESET", 15),
        ("ENOBUFS", 42),
        ("EISCONN", 30),
        ("ENOTCONN", 53),
        ("ETIMEDOUT", 73),
        ("ECONNREFUSED", 14),
        ("ELOOP", 32),
        ("ENAMETOOLONG", 37),
        ("EHOSTUNREACH", 23),
        ("ENOTEMPTY", 55),
        ("EDQUOT", 19),
        ("ESTALE", 72),
        ("ESRCH", 71),
        ("ENXIO", 60),
        ("ENODEV", 43),
        ("ENFILE", 41),
        ("ENOTTY", 59),
        ("ETXTBSY", 74),
        ("EDOM", 18),
        ("ERANGE", 68),
        ("ENOLCK", 46),
        ("ENOMSG", 49),
        ("EIDRM", 24),
        ("ENOLINK", 47),
        ("EPROTO", 65),
        ("EMULTIHOP", 36),
        ("EBADMSG", 9),
        ("EOVERFLOW", 61),
        ("EOWNERDEAD", 62),
        ("ENOTRECOVERABLE", 56),
        ("ENOTCAPABLE", 76),
    ];
    const __OFFSETS_WASI: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 21, 22, 22, 23, 24, 25, 26, 27, 28, 29,
        31, 32, 33, 34, 35, 36, 37, 38, 39, 39, 40, 40, 41, 42, 43, 44, 45, 46, 47, 48,
        49, 50, 51, 51, 51, 52, 53, 54, 55, 55, 56, 57, 57, 57, 58, 59, 59, 59, 59, 59,
        59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
        59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
        59, 59, 59, 60, 61, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 70, 70, 70, 70, 70,
        70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 71, 71, 71, 71,
        72, 73, 73, 74, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
        75, 75, 75, 75, 75, 75, 76, 77, 77, 77, 77, 77, 77, 77, 77, 77, 77, 77, 77, 77,
        77, 77, 77, 77, 77, 77, 77, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78,
        78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78, 78,
        78, 78, 78,
    ];
    const __SYMBOL_TEXT_WASI: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTEOPNOTSUPPEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTUNREACHENOTEMPTYEDQUOTESTALEESRCHENXIOENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWEOWNERDEADENOTRECOVERABLEENOTCAPABLE";
    const __SYMBOL_START_WASI: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 258, 268,
        268, 280, 290, 303, 311, 322, 331, 343, 353, 360, 367, 375, 375, 375, 384, 396,
        401, 413, 413, 425, 434, 434, 434, 440, 446, 446, 446, 446, 446, 446, 446, 446,
        446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446,
        446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446, 446,
        446, 446, 446, 446, 446, 446, 446, 446, 451, 456, 456, 462, 468, 474, 481, 485,
        491, 497, 503, 508, 508, 508, 508, 508, 508, 508, 508, 508, 508, 508, 508, 508,
        508, 508, 508, 508, 508, 508, 508, 508, 508, 515, 515, 515, 515, 521, 530, 530,
        537, 546, 546, 546, 546, 546, 546, 546, 546, 546, 546, 546, 546, 546, 546, 546,
        546, 546, 546, 546, 546, 546, 546, 556, 571, 571, 571, 571, 571, 571, 571, 571,
        571, 571, 571, 571, 571, 571, 571, 571, 571, 571, 571, 571, 582, 582, 582, 582,
        582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582,
        582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582, 582,
    ];
    const __PRIMARY_WASI: [::core::primitive::i32; __COUNT] = [
        0, 44, 0, 48, 75, 69, 0, 0, 58, 20, 0, 64, 51, 52, 0, 12, 70, 10, 45, 1, 22, 0,
        0, 0, 54, 31, 0, 0, 11, 0, 0, 25, 29, 16, 34, 0, 63, 27, 8, 2, 21, 28, 33, 6, 26,
        7, 57, 17, 35, 67, 50, 66, 0, 58, 0, 5, 3, 4, 38, 40, 39, 13, 15, 42, 30, 53, 0,
        0, 73, 14, 32, 37, 0, 23, 55, 0, 0, 19, 72, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 71, 60, 0, 43, 41, 59, 74, 18, 68, 46, 49, 24, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 47, 0, 0, 0, 65, 36, 0, 9,
        61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 62, 56, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 76, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_WASI: [&::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_WASI: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1,
    ];
    const __PAIRS_EMSCRIPTEN: [(&::core::primitive::str, ::core::primitive::i32); 134] = [
        ("ENOENT", 44),
        ("ENOMEM", 48),
        ("EXDEV", 75),
        ("EROFS", 69),
        ("ENOTSUP", 138),
        ("EEXIST", 20),
        ("EPIPE", 64),
        ("ENOSPC", 51),
        ("ENOSYS", 52),
        ("ECHILD", 12),
        ("ESPIPE", 70),
        ("EBUSY", 10),
        ("ENOEXEC", 45),
        ("E2BIG", 1),
        ("EFBIG", 22),
        ("ENOTDIR", 54),
        ("EISDIR", 31),
        ("ECANCELED", 11),
        ("EILSEQ", 25),
        ("EIO", 29),
        ("EDEADLK", 16),
        ("EDEADLOCK", 16),
        ("EMLINK", 34),
        ("EPERM", 63),
        ("EINTR", 27),
        ("EBADF", 8),
        ("EACCES", 2),
        ("EFAULT", 21),
        ("EINVAL", 28),
        ("EMFILE", 33),
        ("EAGAIN", 6),
        ("EWOULDBLOCK", 6),
        ("EINPROGRESS", 26),
        ("EALREADY", 7),
        ("ENOTSOCK", 57),
        ("EDESTADDRREQ", 17),
        ("EMSGSIZE", 35),
        ("EPROTOTYPE", 67),
        ("ENOPROTOOPT", 50),
        ("EPROTONOSUPPORT", 66),
        ("ESOCKTNOSUPPORT", 137),
        ("EOPNOTSUPP", 138),
        ("EPFNOSUPPORT", 139),
        ("EAFNOSUPPORT", 5),
        ("EADDRINUSE", 3),
        ("EADDRNOTAVAIL", 4),
        ("ENETDOWN", 38),
        ("ENETUNREACH", 40),
        ("ENETRESET", 39),
        ("ECONNABORTED", 13),
        ("ECONNRESET", 15),
        ("ENOBUFS", 42),
        ("EISCONN", 30),
        ("ENOTCONN", 53),
        ("ESHUTDOWN", 140),
        ("ETOOMANYREFS", 141),
        ("ETIMEDOUT", 73),
        ("ECONNREFUSED", 14),
        ("ELOOP", 32),
        ("ENAMETOOLONG", 37),
        ("EHOSTDOWN", 142),
        ("EHOSTUNREACH", 23),
        ("ENOTEMPTY", 55),
        ("EUSERS", 136),
        ("EDQUOT", 19),
        ("ESTALE", 72),
        ("EREMOTE", 121),
        ("ESRCH", 71),
        ("ENXIO", 60),
        ("ENOTBLK", 105),
        ("ENODEV", 43),
        ("ENFILE", 41),
        ("ENOTTY", 59),
        ("ETXTBSY", 74),
        ("EDOM", 18),
        ("ERANGE", 68),
        ("ENOLCK", 46),
        ("ENOMSG", 49),
        ("EIDRM", 24),
        ("ECHRNG", 106),
        ("EL2NSYNC", 156),
        ("EL3HLT", 107),
        ("EL3RST", 108),
        ("ELNRNG", 109),
        ("EUNATCH", 110),
        ("ENOCSI", 111),
        ("EL2HLT", 112),
        ("EBADE", 113),
        ("EBADR", 114),
        ("EXFULL", 115),
        ("ENOANO", 104),
        ("EBADRQC", 103),
        ("EBADSLT", 102),
        ("EBFONT", 101),
        ("ENOSTR", 100),
        ("ENODATA", 116),
        ("ETIME", 117),
        ("ENOSR", 118),
        ("ENONET", 119),
        ("ENOPKG", 120),
        ("ENOLINK", 47),
        ("EADV", 122),
        ("ESRMNT", 123),
        ("ECOMM", 124),
        ("EPROTO", 65),
        ("EMULTIHOP", 36),
        ("EDOTDOT", 125),
        ("EBADMSG", 9),
        ("EOVERFLOW", 61),
        ("ENOTUNIQ", 126),
        ("EBADFD", 127),
        ("EREMCHG", 128),
        ("ELIBACC", 129),
        ("ELIBBAD", 130),
        ("ELIBSCN", 131),
        ("ELIBMAX", 132),
        ("ELIBEXEC", 133),
        ("ERESTART", 134),
        ("ESTRPIPE", 135),
        ("EUCLEAN", 143),
        ("ENOTNAM", 144),
        ("ENAVAIL", 145),
        ("EISNAM", 146),
        ("EREMOTEIO", 147),
        ("ENOMEDIUM", 148),
        ("EMEDIUMTYPE", 149),
        ("ENOKEY", 150),
        ("EKEYEXPIRED", 151),
        ("EKEYREVOKED", 152),
        ("EKEYREJECTED", 153),
        ("EOWNERDEAD", 62),
        ("ENOTRECOVERABLE", 56),
        ("ERFKILL", 154),
        ("EHWPOISON", 155),
    ];
    const __OFFSETS_EMSCRIPTEN: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 15,
        15, 16, 17, 17, 17, 18, 18, 18, 19, 20, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
        120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 134,
        134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134,
        134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134,
        134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134, 134,
        134, 134, 134, 134,
    ];
    const __SYMBOL_TEXT_EMSCRIPTEN: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISON";
    const __SYMBOL_START_EMSCRIPTEN: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 86, 86, 93, 99, 99, 99, 108, 108, 108, 114, 117, 124, 130, 130, 135, 140,
        145, 151, 157, 163, 169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283,
        295, 307, 317, 330, 338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444,
        449, 461, 470, 482, 491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562,
        568, 574, 580, 585, 591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658,
        665, 672, 678, 684, 691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757,
        764, 773, 781, 787, 794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873,
        882, 891, 902, 908, 919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
    ];
    const __PRIMARY_EMSCRIPTEN: [::core::primitive::i32; __COUNT] = [
        0, 44, 0, 48, 75, 69, 0, 0, 138, 20, 0, 64, 51, 52, 0, 12, 70, 10, 45, 1, 22, 0,
        0, 0, 54, 31, 0, 0, 11, 0, 0, 25, 29, 16, 34, 0, 63, 27, 8, 2, 21, 28, 33, 6, 26,
        7, 57, 17, 35, 67, 50, 66, 137, 138, 139, 5, 3, 4, 38, 40, 39, 13, 15, 42, 30,
        53, 140, 141, 73, 14, 32, 37, 142, 23, 55, 0, 136, 19, 72, 121, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 71, 60, 105, 43, 41, 59, 74, 18, 68, 46,
        49, 24, 106, 156, 107, 108, 109, 110, 111, 112, 113, 114, 115, 104, 103, 102,
        101, 100, 116, 117, 118, 119, 120, 47, 122, 123, 124, 65, 36, 125, 9, 61, 126,
        127, 128, 129, 130, 131, 132, 133, 134, 135, 143, 144, 145, 146, 147, 148, 149,
        150, 151, 152, 153, 62, 56, 154, 155, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_EMSCRIPTEN: [&::core::primitive::str; 2] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
    ];
    const __ALIAS_OFFSETS_EMSCRIPTEN: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2,
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
            ::errtable::__private::Platform::Aix => {
                __text(
                    __SYMBOL_TEXT_AIX,
                    __SYMBOL_START_AIX[index] as ::core::primitive::usize,
                    __SYMBOL_START_AIX[index + 1] as ::core::primitive::usize,
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
            ::errtable::__private::Platform::Aix => {
                if __SYMBOL_START_AIX[index] < __SYMBOL_START_AIX[index + 1] {
                    ::core::option::Option::Some(__PRIMARY_AIX[index])
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
            ::errtable::__private::Platform::Aix => {
                __slice(
                    &__PAIRS_AIX,
                    __OFFSETS_AIX[index] as ::core::primitive::usize,
                    __OFFSETS_AIX[index + 1] as ::core::primitive::usize,
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
                __slice(
                    &__ALIASES_WINDOWS,
                    __ALIAS_OFFSETS_WINDOWS[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_WINDOWS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Linux => {
                __slice(
                    &__ALIASES_LINUX,
                    __ALIAS_OFFSETS_LINUX[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_LINUX[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxAlpha => {
                __slice(
                    &__ALIASES_LINUXALPHA,
                    __ALIAS_OFFSETS_LINUXALPHA[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_LINUXALPHA[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxMips => {
                __slice(
                    &__ALIASES_LINUXMIPS,
                    __ALIAS_OFFSETS_LINUXMIPS[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_LINUXMIPS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxParisc => {
                __slice(
                    &__ALIASES_LINUXPARISC,
                    __ALIAS_OFFSETS_LINUXPARISC[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_LINUXPARISC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxPowerpc => {
                __slice(
                    &__ALIASES_LINUXPOWERPC,
                    __ALIAS_OFFSETS_LINUXPOWERPC[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_LINUXPOWERPC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::LinuxSparc => {
                __slice(
                    &__ALIASES_LINUXSPARC,
                    __ALIAS_OFFSETS_LINUXSPARC[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_LINUXSPARC[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::MacOs => {
                __slice(
                    &__ALIASES_MACOS,
                    __ALIAS_OFFSETS_MACOS[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_MACOS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::FreeBsd => {
                __slice(
                    &__ALIASES_FREEBSD,
                    __ALIAS_OFFSETS_FREEBSD[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_FREEBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::NetBsd => {
                __slice(
                    &__ALIASES_NETBSD,
                    __ALIAS_OFFSETS_NETBSD[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_NETBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::OpenBsd => {
                __slice(
                    &__ALIASES_OPENBSD,
                    __ALIAS_OFFSETS_OPENBSD[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_OPENBSD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::DragonFly => {
                __slice(
                    &__ALIASES_DRAGONFLY,
                    __ALIAS_OFFSETS_DRAGONFLY[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_DRAGONFLY[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Illumos => {
                __slice(
                    &__ALIASES_ILLUMOS,
                    __ALIAS_OFFSETS_ILLUMOS[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_ILLUMOS[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Aix => {
                __slice(
                    &__ALIASES_AIX,
                    __ALIAS_OFFSETS_AIX[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_AIX[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Haiku => {
                __slice(
                    &__ALIASES_HAIKU,
                    __ALIAS_OFFSETS_HAIKU[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_HAIKU[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Redox => {
                __slice(
                    &__ALIASES_REDOX,
                    __ALIAS_OFFSETS_REDOX[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_REDOX[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Hurd => {
                __slice(
                    &__ALIASES_HURD,
                    __ALIAS_OFFSETS_HURD[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_HURD[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Cygwin => {
                __slice(
                    &__ALIASES_CYGWIN,
                    __ALIAS_OFFSETS_CYGWIN[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_CYGWIN[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Wasi => {
                __slice(
                    &__ALIASES_WASI,
                    __ALIAS_OFFSETS_WASI[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_WASI[index + 1] as ::core::primitive::usize,
                )
            }
            ::errtable::__private::Platform::Emscripten => {
                __slice(
                    &__ALIASES_EMSCRIPTEN,
                    __ALIAS_OFFSETS_EMSCRIPTEN[index] as ::core::primitive::usize,
                    __ALIAS_OFFSETS_EMSCRIPTEN[index + 1] as ::core::primitive::usize,
                )
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
    ) -> ::core::option::Option<OsError> {
        match code {
            1 => ::core::option::Option::Some(OsError::InvalidFunction),
            2 => ::core::option::Option::Some(OsError::NotFound),
            3 => ::core::option::Option::Some(OsError::NotFound),
            15 => ::core::option::Option::Some(OsError::NotFound),
            53 => ::core::option::Option::Some(OsError::NotFound),
            67 => ::core::option::Option::Some(OsError::NotFound),
            126 => ::core::option::Option::Some(OsError::NotFound),
            203 => ::core::option::Option::Some(OsError::NotFound),
            6 => ::core::option::Option::Some(OsError::InvalidHandle),
            8 => ::core::option::Option::Some(OsError::OutOfMemory),
            14 => ::core::option::Option::Some(OsError::OutOfMemory),
            1816 => ::core::option::Option::Some(OsError::OutOfMemory),
            17 => ::core::option::Option::Some(OsError::CrossesDevices),
            19 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            32 => ::core::option::Option::Some(OsError::SharingViolation),
            33 => ::core::option::Option::Some(OsError::LockViolation),
            50 => ::core::option::Option::Some(OsError::NotSupported),
            80 => ::core::option::Option::Some(OsError::AlreadyExists),
            183 => ::core::option::Option::Some(OsError::AlreadyExists),
            87 => ::core::option::Option::Some(OsError::InvalidParameter),
            109 => ::core::option::Option::Some(OsError::BrokenPipe),
            232 => ::core::option::Option::Some(OsError::BrokenPipe),
            233 => ::core::option::Option::Some(OsError::BrokenPipe),
            112 => ::core::option::Option::Some(OsError::StorageFull),
            39 => ::core::option::Option::Some(OsError::StorageFull),
            82 => ::core::option::Option::Some(OsError::StorageFull),
            277 => ::core::option::Option::Some(OsError::StorageFull),
            1100 => ::core::option::Option::Some(OsError::StorageFull),
            120 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            123 => ::core::option::Option::Some(OsError::InvalidName),
            161 => ::core::option::Option::Some(OsError::InvalidName),
            128 => ::core::option::Option::Some(OsError::NoChildProcesses),
            132 => ::core::option::Option::Some(OsError::NotSeekable),
            170 => ::core::option::Option::Some(OsError::ResourceBusy),
            193 => ::core::option::Option::Some(OsError::ExecFormatError),
            11 => ::core::option::Option::Some(OsError::ExecFormatError),
            188 => ::core::option::Option::Some(OsError::ExecFormatError),
            189 => ::core::option::Option::Some(OsError::ExecFormatError),
            190 => ::core::option::Option::Some(OsError::ExecFormatError),
            191 => ::core::option::Option::Some(OsError::ExecFormatError),
            192 => ::core::option::Option::Some(OsError::ExecFormatError),
            194 => ::core::option::Option::Some(OsError::ExecFormatError),
            195 => ::core::option::Option::Some(OsError::ExecFormatError),
            196 => ::core::option::Option::Some(OsError::ExecFormatError),
            197 => ::core::option::Option::Some(OsError::ExecFormatError),
            198 => ::core::option::Option::Some(OsError::ExecFormatError),
            199 => ::core::option::Option::Some(OsError::ExecFormatError),
            200 => ::core::option::Option::Some(OsError::ExecFormatError),
            201 => ::core::option::Option::Some(OsError::ExecFormatError),
            202 => ::core::option::Option::Some(OsError::ExecFormatError),
            208 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            223 => ::core::option::Option::Some(OsError::FileTooLarge),
            230 => ::core::option::Option::Some(OsError::InvalidPipeState),
            231 => ::core::option::Option::Some(OsError::PipeBusy),
            234 => ::core::option::Option::Some(OsError::MoreData),
            267 => ::core::option::Option::Some(OsError::NotADirectory),
            336 => ::core::option::Option::Some(OsError::IsADirectory),
            535 => ::core::option::Option::Some(OsError::PipeConnected),
            536 => ::core::option::Option::Some(OsError::PipeListening),
            995 => ::core::option::Option::Some(OsError::OperationCanceled),
            996 => ::core::option::Option::Some(OsError::IoIncomplete),
            997 => ::core::option::Option::Some(OsError::IoPending),
            1113 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            1117 => ::core::option::Option::Some(OsError::IoError),
            23 => ::core::option::Option::Some(OsError::IoError),
            25 => ::core::option::Option::Some(OsError::IoError),
            27 => ::core::option::Option::Some(OsError::IoError),
            29 => ::core::option::Option::Some(OsError::IoError),
            30 => ::core::option::Option::Some(OsError::IoError),
            31 => ::core::option::Option::Some(OsError::IoError),
            110 => ::core::option::Option::Some(OsError::IoError),
            1101 => ::core::option::Option::Some(OsError::IoError),
            1102 => ::core::option::Option::Some(OsError::IoError),
            1103 => ::core::option::Option::Some(OsError::IoError),
            1104 => ::core::option::Option::Some(OsError::IoError),
            1106 => ::core::option::Option::Some(OsError::IoError),
            1111 => ::core::option::Option::Some(OsError::IoError),
            1129 => ::core::option::Option::Some(OsError::IoError),
            1165 => ::core::option::Option::Some(OsError::IoError),
            1166 => ::core::option::Option::Some(OsError::IoError),
            1393 => ::core::option::Option::Some(OsError::IoError),
            1131 => ::core::option::Option::Some(OsError::Deadlock),
            1142 => ::core::option::Option::Some(OsError::TooManyLinks),
            1168 => ::core::option::Option::Some(OsError::ElementNotFound),
            1314 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            10004 => ::core::option::Option::Some(OsError::Interrupted),
            10009 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            114 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            130 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            10013 => ::core::option::Option::Some(OsError::PermissionDenied),
            5 => ::core::option::Option::Some(OsError::PermissionDenied),
            16 => ::core::option::Option::Some(OsError::PermissionDenied),
            65 => ::core::option::Option::Some(OsError::PermissionDenied),
            740 => ::core::option::Option::Some(OsError::PermissionDenied),
            1920 => ::core::option::Option::Some(OsError::PermissionDenied),
            10014 => ::core::option::Option::Some(OsError::BadAddress),
            998 => ::core::option::Option::Some(OsError::BadAddress),
            10022 => ::core::option::Option::Some(OsError::InvalidArgument),
            12 => ::core::option::Option::Some(OsError::InvalidArgument),
            13 => ::core::option::Option::Some(OsError::InvalidArgument),
            122 => ::core::option::Option::Some(OsError::InvalidArgument),
            131 => ::core::option::Option::Some(OsError::InvalidArgument),
            1004 => ::core::option::Option::Some(OsError::InvalidArgument),
            1464 => ::core::option::Option::Some(OsError::InvalidArgument),
            4392 => ::core::option::Option::Some(OsError::InvalidArgument),
            10024 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            4 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            10035 => ::core::option::Option::Some(OsError::WouldBlock),
            10036 => ::core::option::Option::Some(OsError::InProgress),
            10037 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            10038 => ::core::option::Option::Some(OsError::NotASocket),
            10039 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            10040 => ::core::option::Option::Some(OsError::MessageTooLong),
            10041 => ::core::option::Option::Some(OsError::WrongProtocolType),
            10042 => ::core::option::Option::Some(OsError::BadProtocolOption),
            10043 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            10044 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            10045 => ::core::option::Option::Some(OsError::OperationNotSupported),
            10046 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            10047 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            10048 => ::core::option::Option::Some(OsError::AddressInUse),
            1227 => ::core::option::Option::Some(OsError::AddressInUse),
            10049 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            10050 => ::core::option::Option::Some(OsError::NetworkDown),
            10051 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            1231 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            10052 => ::core::option::Option::Some(OsError::NetworkReset),
            10053 => ::core::option::Option::Some(OsError::ConnectionAborted),
            1236 => ::core::option::Option::Some(OsError::ConnectionAborted),
            10054 => ::core::option::Option::Some(OsError::ConnectionReset),
            64 => ::core::option::Option::Some(OsError::ConnectionReset),
            10055 => ::core::option::Option::Some(OsError::NoBufferSpace),
            10056 => ::core::option::Option::Some(OsError::AlreadyConnected),
            10057 => ::core::option::Option::Some(OsError::NotConnected),
            2250 => ::core::option::Option::Some(OsError::NotConnected),
            10058 => ::core::option::Option::Some(OsError::SocketShutdown),
            10059 => ::core::option::Option::Some(OsError::TooManyReferences),
            10060 => ::core::option::Option::Some(OsError::TimedOut),
            121 => ::core::option::Option::Some(OsError::TimedOut),
            258 => ::core::option::Option::Some(OsError::TimedOut),
            594 => ::core::option::Option::Some(OsError::TimedOut),
            1053 => ::core::option::Option::Some(OsError::TimedOut),
            1121 => ::core::option::Option::Some(OsError::TimedOut),
            1460 => ::core::option::Option::Some(OsError::TimedOut),
            5910 => ::core::option::Option::Some(OsError::TimedOut),
            7012 => ::core::option::Option::Some(OsError::TimedOut),
            7040 => ::core::option::Option::Some(OsError::TimedOut),
            8014 => ::core::option::Option::Some(OsError::TimedOut),
            8226 => ::core::option::Option::Some(OsError::TimedOut),
            9705 => ::core::option::Option::Some(OsError::TimedOut),
            13805 => ::core::option::Option::Some(OsError::TimedOut),
            15402 => ::core::option::Option::Some(OsError::TimedOut),
            15403 => ::core::option::Option::Some(OsError::TimedOut),
            10061 => ::core::option::Option::Some(OsError::ConnectionRefused),
            1225 => ::core::option::Option::Some(OsError::ConnectionRefused),
            1234 => ::core::option::Option::Some(OsError::ConnectionRefused),
            10062 => ::core::option::Option::Some(OsError::FilesystemLoop),
            1921 => ::core::option::Option::Some(OsError::FilesystemLoop),
            10063 => ::core::option::Option::Some(OsError::NameTooLong),
            111 => ::core::option::Option::Some(OsError::NameTooLong),
            206 => ::core::option::Option::Some(OsError::NameTooLong),
            10064 => ::core::option::Option::Some(OsError::HostDown),
            10065 => ::core::option::Option::Some(OsError::HostUnreachable),
            1232 => ::core::option::Option::Some(OsError::HostUnreachable),
            10066 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            145 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            10067 => ::core::option::Option::Some(OsError::TooManyProcesses),
            10068 => ::core::option::Option::Some(OsError::TooManyUsers),
            10069 => ::core::option::Option::Some(OsError::QuotaExceeded),
            1295 => ::core::option::Option::Some(OsError::QuotaExceeded),
            10070 => ::core::option::Option::Some(OsError::StaleFileHandle),
            10071 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            10091 => ::core::option::Option::Some(OsError::SystemNotReady),
            10092 => ::core::option::Option::Some(OsError::VersionNotSupported),
            10093 => ::core::option::Option::Some(OsError::NotInitialized),
            10101 => ::core::option::Option::Some(OsError::Disconnecting),
            10102 => ::core::option::Option::Some(OsError::LookupNoMore),
            10103 => ::core::option::Option::Some(OsError::LookupCanceled),
            10104 => ::core::option::Option::Some(OsError::InvalidProcedureTable),
            10105 => ::core::option::Option::Some(OsError::InvalidProvider),
            10106 => ::core::option::Option::Some(OsError::ProviderFailedInit),
            10107 => ::core::option::Option::Some(OsError::SystemCallFailure),
            10108 => ::core::option::Option::Some(OsError::ServiceNotFound),
            10109 => ::core::option::Option::Some(OsError::ClassTypeNotFound),
            10110 => ::core::option::Option::Some(OsError::LookupNoMoreResults),
            10111 => ::core::option::Option::Some(OsError::LookupCallCanceled),
            10112 => ::core::option::Option::Some(OsError::QueryRefused),
            11001 => ::core::option::Option::Some(OsError::HostNotFound),
            11002 => ::core::option::Option::Some(OsError::TryAgain),
            11003 => ::core::option::Option::Some(OsError::NoRecovery),
            11004 => ::core::option::Option::Some(OsError::NoData),
            11005 => ::core::option::Option::Some(OsError::QosReceivers),
            11006 => ::core::option::Option::Some(OsError::QosSenders),
            11007 => ::core::option::Option::Some(OsError::QosNoSenders),
            11008 => ::core::option::Option::Some(OsError::QosNoReceivers),
            11009 => ::core::option::Option::Some(OsError::QosRequestConfirmed),
            11010 => ::core::option::Option::Some(OsError::QosAdmissionFailure),
            11011 => ::core::option::Option::Some(OsError::QosPolicyFailure),
            11012 => ::core::option::Option::Some(OsError::QosBadStyle),
            11013 => ::core::option::Option::Some(OsError::QosBadObject),
            11014 => ::core::option::Option::Some(OsError::QosTrafficControlError),
            11015 => ::core::option::Option::Some(OsError::QosGenericError),
            11016 => ::core::option::Option::Some(OsError::QosServiceTypeError),
            11017 => ::core::option::Option::Some(OsError::QosFlowspecError),
            11018 => ::core::option::Option::Some(OsError::QosInvalidProviderBuffer),
            11019 => ::core::option::Option::Some(OsError::QosInvalidFilterStyle),
            11020 => ::core::option::Option::Some(OsError::QosInvalidFilterType),
            11021 => ::core::option::Option::Some(OsError::QosInvalidFilterCount),
            11022 => ::core::option::Option::Some(OsError::QosInvalidObjectLength),
            11023 => ::core::option::Option::Some(OsError::QosInvalidFlowCount),
            11024 => ::core::option::Option::Some(OsError::QosUnknownObject),
            11025 => ::core::option::Option::Some(OsError::QosInvalidPolicyObject),
            11026 => ::core::option::Option::Some(OsError::QosInvalidFlowDescriptor),
            11027 => ::core::option::Option::Some(OsError::QosInvalidProviderFlowspec),
            11028 => ::core::option::Option::Some(OsError::QosInvalidProviderFilterspec),
            11029 => ::core::option::Option::Some(OsError::QosInvalidShapeDiscardMode),
            11030 => ::core::option::Option::Some(OsError::QosInvalidShapingRate),
            11031 => ::core::option::Option::Some(OsError::QosReservedPolicyElement),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linux(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            38 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            125 => ::core::option::Option::Some(OsError::OperationCanceled),
            84 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            35 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            115 => ::core::option::Option::Some(OsError::InProgress),
            114 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            88 => ::core::option::Option::Some(OsError::NotASocket),
            89 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            90 => ::core::option::Option::Some(OsError::MessageTooLong),
            91 => ::core::option::Option::Some(OsError::WrongProtocolType),
            92 => ::core::option::Option::Some(OsError::BadProtocolOption),
            93 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            94 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            95 => ::core::option::Option::Some(OsError::OperationNotSupported),
            96 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            97 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            98 => ::core::option::Option::Some(OsError::AddressInUse),
            99 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            100 => ::core::option::Option::Some(OsError::NetworkDown),
            101 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            102 => ::core::option::Option::Some(OsError::NetworkReset),
            103 => ::core::option::Option::Some(OsError::ConnectionAborted),
            104 => ::core::option::Option::Some(OsError::ConnectionReset),
            105 => ::core::option::Option::Some(OsError::NoBufferSpace),
            106 => ::core::option::Option::Some(OsError::AlreadyConnected),
            107 => ::core::option::Option::Some(OsError::NotConnected),
            108 => ::core::option::Option::Some(OsError::SocketShutdown),
            109 => ::core::option::Option::Some(OsError::TooManyReferences),
            110 => ::core::option::Option::Some(OsError::TimedOut),
            111 => ::core::option::Option::Some(OsError::ConnectionRefused),
            40 => ::core::option::Option::Some(OsError::FilesystemLoop),
            36 => ::core::option::Option::Some(OsError::NameTooLong),
            112 => ::core::option::Option::Some(OsError::HostDown),
            113 => ::core::option::Option::Some(OsError::HostUnreachable),
            39 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            87 => ::core::option::Option::Some(OsError::TooManyUsers),
            122 => ::core::option::Option::Some(OsError::QuotaExceeded),
            116 => ::core::option::Option::Some(OsError::StaleFileHandle),
            66 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            37 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            42 => ::core::option::Option::Some(OsError::NoMessage),
            43 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            44 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            45 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            46 => ::core::option::Option::Some(OsError::Level3Halted),
            47 => ::core::option::Option::Some(OsError::Level3Reset),
            48 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            49 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            50 => ::core::option::Option::Some(OsError::NoCsiStructure),
            51 => ::core::option::Option::Some(OsError::Level2Halted),
            52 => ::core::option::Option::Some(OsError::InvalidExchange),
            53 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            54 => ::core::option::Option::Some(OsError::ExchangeFull),
            55 => ::core::option::Option::Some(OsError::NoAnode),
            56 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            57 => ::core::option::Option::Some(OsError::InvalidSlot),
            59 => ::core::option::Option::Some(OsError::BadFontFile),
            60 => ::core::option::Option::Some(OsError::NotAStream),
            61 => ::core::option::Option::Some(OsError::NoDataAvailable),
            62 => ::core::option::Option::Some(OsError::TimerExpired),
            63 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            64 => ::core::option::Option::Some(OsError::NotOnNetwork),
            65 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            67 => ::core::option::Option::Some(OsError::LinkSevered),
            68 => ::core::option::Option::Some(OsError::AdvertiseError),
            69 => ::core::option::Option::Some(OsError::SrmountError),
            70 => ::core::option::Option::Some(OsError::CommunicationError),
            71 => ::core::option::Option::Some(OsError::ProtocolError),
            72 => ::core::option::Option::Some(OsError::MultihopAttempted),
            73 => ::core::option::Option::Some(OsError::RfsSpecificError),
            74 => ::core::option::Option::Some(OsError::BadMessage),
            75 => ::core::option::Option::Some(OsError::ValueOverflow),
            76 => ::core::option::Option::Some(OsError::NameNotUnique),
            77 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            78 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            79 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            80 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            81 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            82 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            83 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            85 => ::core::option::Option::Some(OsError::ShouldRestart),
            86 => ::core::option::Option::Some(OsError::StreamsPipeError),
            117 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            118 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            119 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            120 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            121 => ::core::option::Option::Some(OsError::RemoteIoError),
            123 => ::core::option::Option::Some(OsError::NoMedium),
            124 => ::core::option::Option::Some(OsError::WrongMediumType),
            126 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            127 => ::core::option::Option::Some(OsError::KeyExpired),
            128 => ::core::option::Option::Some(OsError::KeyRevoked),
            129 => ::core::option::Option::Some(OsError::KeyRejected),
            130 => ::core::option::Option::Some(OsError::OwnerDied),
            131 => ::core::option::Option::Some(OsError::NotRecoverable),
            132 => ::core::option::Option::Some(OsError::RfKill),
            133 => ::core::option::Option::Some(OsError::HardwarePoison),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxalpha(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            78 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            131 => ::core::option::Option::Some(OsError::OperationCanceled),
            116 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            11 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            35 => ::core::option::Option::Some(OsError::WouldBlock),
            36 => ::core::option::Option::Some(OsError::InProgress),
            37 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            38 => ::core::option::Option::Some(OsError::NotASocket),
            39 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            40 => ::core::option::Option::Some(OsError::MessageTooLong),
            41 => ::core::option::Option::Some(OsError::WrongProtocolType),
            42 => ::core::option::Option::Some(OsError::BadProtocolOption),
            43 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            44 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            45 => ::core::option::Option::Some(OsError::OperationNotSupported),
            46 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            47 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            48 => ::core::option::Option::Some(OsError::AddressInUse),
            49 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            50 => ::core::option::Option::Some(OsError::NetworkDown),
            51 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            52 => ::core::option::Option::Some(OsError::NetworkReset),
            53 => ::core::option::Option::Some(OsError::ConnectionAborted),
            54 => ::core::option::Option::Some(OsError::ConnectionReset),
            55 => ::core::option::Option::Some(OsError::NoBufferSpace),
            56 => ::core::option::Option::Some(OsError::AlreadyConnected),
            57 => ::core::option::Option::Some(OsError::NotConnected),
            58 => ::core::option::Option::Some(OsError::SocketShutdown),
            59 => ::core::option::Option::Some(OsError::TooManyReferences),
            60 => ::core::option::Option::Some(OsError::TimedOut),
            61 => ::core::option::Option::Some(OsError::ConnectionRefused),
            62 => ::core::option::Option::Some(OsError::FilesystemLoop),
            63 => ::core::option::Option::Some(OsError::NameTooLong),
            64 => ::core::option::Option::Some(OsError::HostDown),
            65 => ::core::option::Option::Some(OsError::HostUnreachable),
            66 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            77 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            80 => ::core::option::Option::Some(OsError::NoMessage),
            81 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            88 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            89 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            90 => ::core::option::Option::Some(OsError::Level3Halted),
            91 => ::core::option::Option::Some(OsError::Level3Reset),
            93 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            94 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            95 => ::core::option::Option::Some(OsError::NoCsiStructure),
            96 => ::core::option::Option::Some(OsError::Level2Halted),
            97 => ::core::option::Option::Some(OsError::InvalidExchange),
            98 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            99 => ::core::option::Option::Some(OsError::ExchangeFull),
            100 => ::core::option::Option::Some(OsError::NoAnode),
            101 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            102 => ::core::option::Option::Some(OsError::InvalidSlot),
            104 => ::core::option::Option::Some(OsError::BadFontFile),
            87 => ::core::option::Option::Some(OsError::NotAStream),
            86 => ::core::option::Option::Some(OsError::NoDataAvailable),
            83 => ::core::option::Option::Some(OsError::TimerExpired),
            82 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            105 => ::core::option::Option::Some(OsError::NotOnNetwork),
            92 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            106 => ::core::option::Option::Some(OsError::LinkSevered),
            107 => ::core::option::Option::Some(OsError::AdvertiseError),
            108 => ::core::option::Option::Some(OsError::SrmountError),
            109 => ::core::option::Option::Some(OsError::CommunicationError),
            85 => ::core::option::Option::Some(OsError::ProtocolError),
            110 => ::core::option::Option::Some(OsError::MultihopAttempted),
            111 => ::core::option::Option::Some(OsError::RfsSpecificError),
            84 => ::core::option::Option::Some(OsError::BadMessage),
            112 => ::core::option::Option::Some(OsError::ValueOverflow),
            113 => ::core::option::Option::Some(OsError::NameNotUnique),
            114 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            115 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            122 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            123 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            124 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            125 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            126 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            127 => ::core::option::Option::Some(OsError::ShouldRestart),
            128 => ::core::option::Option::Some(OsError::StreamsPipeError),
            117 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            118 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            119 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            120 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            121 => ::core::option::Option::Some(OsError::RemoteIoError),
            129 => ::core::option::Option::Some(OsError::NoMedium),
            130 => ::core::option::Option::Some(OsError::WrongMediumType),
            132 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            133 => ::core::option::Option::Some(OsError::KeyExpired),
            134 => ::core::option::Option::Some(OsError::KeyRevoked),
            135 => ::core::option::Option::Some(OsError::KeyRejected),
            136 => ::core::option::Option::Some(OsError::OwnerDied),
            137 => ::core::option::Option::Some(OsError::NotRecoverable),
            138 => ::core::option::Option::Some(OsError::RfKill),
            139 => ::core::option::Option::Some(OsError::HardwarePoison),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxmips(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            89 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            158 => ::core::option::Option::Some(OsError::OperationCanceled),
            88 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            45 => ::core::option::Option::Some(OsError::Deadlock),
            56 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            150 => ::core::option::Option::Some(OsError::InProgress),
            149 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            95 => ::core::option::Option::Some(OsError::NotASocket),
            96 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            97 => ::core::option::Option::Some(OsError::MessageTooLong),
            98 => ::core::option::Option::Some(OsError::WrongProtocolType),
            99 => ::core::option::Option::Some(OsError::BadProtocolOption),
            120 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            121 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            122 => ::core::option::Option::Some(OsError::OperationNotSupported),
            123 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            124 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            125 => ::core::option::Option::Some(OsError::AddressInUse),
            126 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            127 => ::core::option::Option::Some(OsError::NetworkDown),
            128 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            129 => ::core::option::Option::Some(OsError::NetworkReset),
            130 => ::core::option::Option::Some(OsError::ConnectionAborted),
            131 => ::core::option::Option::Some(OsError::ConnectionReset),
            132 => ::core::option::Option::Some(OsError::NoBufferSpace),
            133 => ::core::option::Option::Some(OsError::AlreadyConnected),
            134 => ::core::option::Option::Some(OsError::NotConnected),
            143 => ::core::option::Option::Some(OsError::SocketShutdown),
            144 => ::core::option::Option::Some(OsError::TooManyReferences),
            145 => ::core::option::Option::Some(OsError::TimedOut),
            146 => ::core::option::Option::Some(OsError::ConnectionRefused),
            90 => ::core::option::Option::Some(OsError::FilesystemLoop),
            78 => ::core::option::Option::Some(OsError::NameTooLong),
            147 => ::core::option::Option::Some(OsError::HostDown),
            148 => ::core::option::Option::Some(OsError::HostUnreachable),
            93 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            94 => ::core::option::Option::Some(OsError::TooManyUsers),
            1133 => ::core::option::Option::Some(OsError::QuotaExceeded),
            151 => ::core::option::Option::Some(OsError::StaleFileHandle),
            66 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            46 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            35 => ::core::option::Option::Some(OsError::NoMessage),
            36 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            37 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            38 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            39 => ::core::option::Option::Some(OsError::Level3Halted),
            40 => ::core::option::Option::Some(OsError::Level3Reset),
            41 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            42 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            43 => ::core::option::Option::Some(OsError::NoCsiStructure),
            44 => ::core::option::Option::Some(OsError::Level2Halted),
            50 => ::core::option::Option::Some(OsError::InvalidExchange),
            51 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            52 => ::core::option::Option::Some(OsError::ExchangeFull),
            53 => ::core::option::Option::Some(OsError::NoAnode),
            54 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            55 => ::core::option::Option::Some(OsError::InvalidSlot),
            59 => ::core::option::Option::Some(OsError::BadFontFile),
            60 => ::core::option::Option::Some(OsError::NotAStream),
            61 => ::core::option::Option::Some(OsError::NoDataAvailable),
            62 => ::core::option::Option::Some(OsError::TimerExpired),
            63 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            64 => ::core::option::Option::Some(OsError::NotOnNetwork),
            65 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            67 => ::core::option::Option::Some(OsError::LinkSevered),
            68 => ::core::option::Option::Some(OsError::AdvertiseError),
            69 => ::core::option::Option::Some(OsError::SrmountError),
            70 => ::core::option::Option::Some(OsError::CommunicationError),
            71 => ::core::option::Option::Some(OsError::ProtocolError),
            74 => ::core::option::Option::Some(OsError::MultihopAttempted),
            73 => ::core::option::Option::Some(OsError::RfsSpecificError),
            77 => ::core::option::Option::Some(OsError::BadMessage),
            79 => ::core::option::Option::Some(OsError::ValueOverflow),
            80 => ::core::option::Option::Some(OsError::NameNotUnique),
            81 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            82 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            83 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            84 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            85 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            86 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            87 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            91 => ::core::option::Option::Some(OsError::ShouldRestart),
            92 => ::core::option::Option::Some(OsError::StreamsPipeError),
            135 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            137 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            138 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            139 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            140 => ::core::option::Option::Some(OsError::RemoteIoError),
            159 => ::core::option::Option::Some(OsError::NoMedium),
            160 => ::core::option::Option::Some(OsError::WrongMediumType),
            161 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            162 => ::core::option::Option::Some(OsError::KeyExpired),
            163 => ::core::option::Option::Some(OsError::KeyRevoked),
            164 => ::core::option::Option::Some(OsError::KeyRejected),
            165 => ::core::option::Option::Some(OsError::OwnerDied),
            166 => ::core::option::Option::Some(OsError::NotRecoverable),
            167 => ::core::option::Option::Some(OsError::RfKill),
            168 => ::core::option::Option::Some(OsError::HardwarePoison),
            141 => ::core::option::Option::Some(OsError::InitReserved),
            142 => ::core::option::Option::Some(OsError::RemoteDeviceReserved),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxparisc(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            251 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            253 => ::core::option::Option::Some(OsError::OperationCanceled),
            47 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            45 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            245 => ::core::option::Option::Some(OsError::InProgress),
            244 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            216 => ::core::option::Option::Some(OsError::NotASocket),
            217 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            218 => ::core::option::Option::Some(OsError::MessageTooLong),
            219 => ::core::option::Option::Some(OsError::WrongProtocolType),
            220 => ::core::option::Option::Some(OsError::BadProtocolOption),
            221 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            222 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            223 => ::core::option::Option::Some(OsError::OperationNotSupported),
            224 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            225 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            226 => ::core::option::Option::Some(OsError::AddressInUse),
            227 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            228 => ::core::option::Option::Some(OsError::NetworkDown),
            229 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            230 => ::core::option::Option::Some(OsError::NetworkReset),
            231 => ::core::option::Option::Some(OsError::ConnectionAborted),
            232 => ::core::option::Option::Some(OsError::ConnectionReset),
            233 => ::core::option::Option::Some(OsError::NoBufferSpace),
            234 => ::core::option::Option::Some(OsError::AlreadyConnected),
            235 => ::core::option::Option::Some(OsError::NotConnected),
            236 => ::core::option::Option::Some(OsError::SocketShutdown),
            237 => ::core::option::Option::Some(OsError::TooManyReferences),
            238 => ::core::option::Option::Some(OsError::TimedOut),
            239 => ::core::option::Option::Some(OsError::ConnectionRefused),
            249 => ::core::option::Option::Some(OsError::FilesystemLoop),
            248 => ::core::option::Option::Some(OsError::NameTooLong),
            241 => ::core::option::Option::Some(OsError::HostDown),
            242 => ::core::option::Option::Some(OsError::HostUnreachable),
            247 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            46 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            35 => ::core::option::Option::Some(OsError::NoMessage),
            36 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            37 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            38 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            39 => ::core::option::Option::Some(OsError::Level3Halted),
            40 => ::core::option::Option::Some(OsError::Level3Reset),
            41 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            42 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            43 => ::core::option::Option::Some(OsError::NoCsiStructure),
            44 => ::core::option::Option::Some(OsError::Level2Halted),
            160 => ::core::option::Option::Some(OsError::InvalidExchange),
            161 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            162 => ::core::option::Option::Some(OsError::ExchangeFull),
            163 => ::core::option::Option::Some(OsError::NoAnode),
            164 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            165 => ::core::option::Option::Some(OsError::InvalidSlot),
            166 => ::core::option::Option::Some(OsError::BadFontFile),
            54 => ::core::option::Option::Some(OsError::NotAStream),
            51 => ::core::option::Option::Some(OsError::NoDataAvailable),
            52 => ::core::option::Option::Some(OsError::TimerExpired),
            53 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            50 => ::core::option::Option::Some(OsError::NotOnNetwork),
            55 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            57 => ::core::option::Option::Some(OsError::LinkSevered),
            58 => ::core::option::Option::Some(OsError::AdvertiseError),
            59 => ::core::option::Option::Some(OsError::SrmountError),
            60 => ::core::option::Option::Some(OsError::CommunicationError),
            61 => ::core::option::Option::Some(OsError::ProtocolError),
            64 => ::core::option::Option::Some(OsError::MultihopAttempted),
            66 => ::core::option::Option::Some(OsError::RfsSpecificError),
            67 => ::core::option::Option::Some(OsError::BadMessage),
            72 => ::core::option::Option::Some(OsError::ValueOverflow),
            167 => ::core::option::Option::Some(OsError::NameNotUnique),
            168 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            169 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            170 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            171 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            172 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            173 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            174 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            175 => ::core::option::Option::Some(OsError::ShouldRestart),
            176 => ::core::option::Option::Some(OsError::StreamsPipeError),
            177 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            178 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            179 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            180 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            181 => ::core::option::Option::Some(OsError::RemoteIoError),
            182 => ::core::option::Option::Some(OsError::NoMedium),
            183 => ::core::option::Option::Some(OsError::WrongMediumType),
            184 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            185 => ::core::option::Option::Some(OsError::KeyExpired),
            186 => ::core::option::Option::Some(OsError::KeyRevoked),
            187 => ::core::option::Option::Some(OsError::KeyRejected),
            254 => ::core::option::Option::Some(OsError::OwnerDied),
            255 => ::core::option::Option::Some(OsError::NotRecoverable),
            256 => ::core::option::Option::Some(OsError::RfKill),
            257 => ::core::option::Option::Some(OsError::HardwarePoison),
            215 => ::core::option::Option::Some(OsError::SymbolNotFound),
            240 => ::core::option::Option::Some(OsError::RemotePeerReleased),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxpowerpc(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            38 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            125 => ::core::option::Option::Some(OsError::OperationCanceled),
            84 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            35 => ::core::option::Option::Some(OsError::Deadlock),
            58 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            115 => ::core::option::Option::Some(OsError::InProgress),
            114 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            88 => ::core::option::Option::Some(OsError::NotASocket),
            89 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            90 => ::core::option::Option::Some(OsError::MessageTooLong),
            91 => ::core::option::Option::Some(OsError::WrongProtocolType),
            92 => ::core::option::Option::Some(OsError::BadProtocolOption),
            93 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            94 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            95 => ::core::option::Option::Some(OsError::OperationNotSupported),
            96 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            97 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            98 => ::core::option::Option::Some(OsError::AddressInUse),
            99 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            100 => ::core::option::Option::Some(OsError::NetworkDown),
            101 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            102 => ::core::option::Option::Some(OsError::NetworkReset),
            103 => ::core::option::Option::Some(OsError::ConnectionAborted),
            104 => ::core::option::Option::Some(OsError::ConnectionReset),
            105 => ::core::option::Option::Some(OsError::NoBufferSpace),
            106 => ::core::option::Option::Some(OsError::AlreadyConnected),
            107 => ::core::option::Option::Some(OsError::NotConnected),
            108 => ::core::option::Option::Some(OsError::SocketShutdown),
            109 => ::core::option::Option::Some(OsError::TooManyReferences),
            110 => ::core::option::Option::Some(OsError::TimedOut),
            111 => ::core::option::Option::Some(OsError::ConnectionRefused),
            40 => ::core::option::Option::Some(OsError::FilesystemLoop),
            36 => ::core::option::Option::Some(OsError::NameTooLong),
            112 => ::core::option::Option::Some(OsError::HostDown),
            113 => ::core::option::Option::Some(OsError::HostUnreachable),
            39 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            87 => ::core::option::Option::Some(OsError::TooManyUsers),
            122 => ::core::option::Option::Some(OsError::QuotaExceeded),
            116 => ::core::option::Option::Some(OsError::StaleFileHandle),
            66 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            37 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            42 => ::core::option::Option::Some(OsError::NoMessage),
            43 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            44 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            45 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            46 => ::core::option::Option::Some(OsError::Level3Halted),
            47 => ::core::option::Option::Some(OsError::Level3Reset),
            48 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            49 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            50 => ::core::option::Option::Some(OsError::NoCsiStructure),
            51 => ::core::option::Option::Some(OsError::Level2Halted),
            52 => ::core::option::Option::Some(OsError::InvalidExchange),
            53 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            54 => ::core::option::Option::Some(OsError::ExchangeFull),
            55 => ::core::option::Option::Some(OsError::NoAnode),
            56 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            57 => ::core::option::Option::Some(OsError::InvalidSlot),
            59 => ::core::option::Option::Some(OsError::BadFontFile),
            60 => ::core::option::Option::Some(OsError::NotAStream),
            61 => ::core::option::Option::Some(OsError::NoDataAvailable),
            62 => ::core::option::Option::Some(OsError::TimerExpired),
            63 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            64 => ::core::option::Option::Some(OsError::NotOnNetwork),
            65 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            67 => ::core::option::Option::Some(OsError::LinkSevered),
            68 => ::core::option::Option::Some(OsError::AdvertiseError),
            69 => ::core::option::Option::Some(OsError::SrmountError),
            70 => ::core::option::Option::Some(OsError::CommunicationError),
            71 => ::core::option::Option::Some(OsError::ProtocolError),
            72 => ::core::option::Option::Some(OsError::MultihopAttempted),
            73 => ::core::option::Option::Some(OsError::RfsSpecificError),
            74 => ::core::option::Option::Some(OsError::BadMessage),
            75 => ::core::option::Option::Some(OsError::ValueOverflow),
            76 => ::core::option::Option::Some(OsError::NameNotUnique),
            77 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            78 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            79 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            80 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            81 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            82 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            83 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            85 => ::core::option::Option::Some(OsError::ShouldRestart),
            86 => ::core::option::Option::Some(OsError::StreamsPipeError),
            117 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            118 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            119 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            120 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            121 => ::core::option::Option::Some(OsError::RemoteIoError),
            123 => ::core::option::Option::Some(OsError::NoMedium),
            124 => ::core::option::Option::Some(OsError::WrongMediumType),
            126 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            127 => ::core::option::Option::Some(OsError::KeyExpired),
            128 => ::core::option::Option::Some(OsError::KeyRevoked),
            129 => ::core::option::Option::Some(OsError::KeyRejected),
            130 => ::core::option::Option::Some(OsError::OwnerDied),
            131 => ::core::option::Option::Some(OsError::NotRecoverable),
            132 => ::core::option::Option::Some(OsError::RfKill),
            133 => ::core::option::Option::Some(OsError::HardwarePoison),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_linuxsparc(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            90 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            127 => ::core::option::Option::Some(OsError::OperationCanceled),
            122 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            78 => ::core::option::Option::Some(OsError::Deadlock),
            108 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            36 => ::core::option::Option::Some(OsError::InProgress),
            37 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            38 => ::core::option::Option::Some(OsError::NotASocket),
            39 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            40 => ::core::option::Option::Some(OsError::MessageTooLong),
            41 => ::core::option::Option::Some(OsError::WrongProtocolType),
            42 => ::core::option::Option::Some(OsError::BadProtocolOption),
            43 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            44 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            45 => ::core::option::Option::Some(OsError::OperationNotSupported),
            46 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            47 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            48 => ::core::option::Option::Some(OsError::AddressInUse),
            49 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            50 => ::core::option::Option::Some(OsError::NetworkDown),
            51 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            52 => ::core::option::Option::Some(OsError::NetworkReset),
            53 => ::core::option::Option::Some(OsError::ConnectionAborted),
            54 => ::core::option::Option::Some(OsError::ConnectionReset),
            55 => ::core::option::Option::Some(OsError::NoBufferSpace),
            56 => ::core::option::Option::Some(OsError::AlreadyConnected),
            57 => ::core::option::Option::Some(OsError::NotConnected),
            58 => ::core::option::Option::Some(OsError::SocketShutdown),
            59 => ::core::option::Option::Some(OsError::TooManyReferences),
            60 => ::core::option::Option::Some(OsError::TimedOut),
            61 => ::core::option::Option::Some(OsError::ConnectionRefused),
            62 => ::core::option::Option::Some(OsError::FilesystemLoop),
            63 => ::core::option::Option::Some(OsError::NameTooLong),
            64 => ::core::option::Option::Some(OsError::HostDown),
            65 => ::core::option::Option::Some(OsError::HostUnreachable),
            66 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            67 => ::core::option::Option::Some(OsError::TooManyProcesses),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            79 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            75 => ::core::option::Option::Some(OsError::NoMessage),
            77 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            94 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            95 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            96 => ::core::option::Option::Some(OsError::Level3Halted),
            97 => ::core::option::Option::Some(OsError::Level3Reset),
            98 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            99 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            100 => ::core::option::Option::Some(OsError::NoCsiStructure),
            101 => ::core::option::Option::Some(OsError::Level2Halted),
            102 => ::core::option::Option::Some(OsError::InvalidExchange),
            103 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            104 => ::core::option::Option::Some(OsError::ExchangeFull),
            105 => ::core::option::Option::Some(OsError::NoAnode),
            106 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            107 => ::core::option::Option::Some(OsError::InvalidSlot),
            109 => ::core::option::Option::Some(OsError::BadFontFile),
            72 => ::core::option::Option::Some(OsError::NotAStream),
            111 => ::core::option::Option::Some(OsError::NoDataAvailable),
            73 => ::core::option::Option::Some(OsError::TimerExpired),
            74 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            80 => ::core::option::Option::Some(OsError::NotOnNetwork),
            113 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            82 => ::core::option::Option::Some(OsError::LinkSevered),
            83 => ::core::option::Option::Some(OsError::AdvertiseError),
            84 => ::core::option::Option::Some(OsError::SrmountError),
            85 => ::core::option::Option::Some(OsError::CommunicationError),
            86 => ::core::option::Option::Some(OsError::ProtocolError),
            87 => ::core::option::Option::Some(OsError::MultihopAttempted),
            88 => ::core::option::Option::Some(OsError::RfsSpecificError),
            76 => ::core::option::Option::Some(OsError::BadMessage),
            92 => ::core::option::Option::Some(OsError::ValueOverflow),
            115 => ::core::option::Option::Some(OsError::NameNotUnique),
            93 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            89 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            114 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            112 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            124 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            123 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            110 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            116 => ::core::option::Option::Some(OsError::ShouldRestart),
            91 => ::core::option::Option::Some(OsError::StreamsPipeError),
            117 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            118 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            119 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            120 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            121 => ::core::option::Option::Some(OsError::RemoteIoError),
            125 => ::core::option::Option::Some(OsError::NoMedium),
            126 => ::core::option::Option::Some(OsError::WrongMediumType),
            128 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            129 => ::core::option::Option::Some(OsError::KeyExpired),
            130 => ::core::option::Option::Some(OsError::KeyRevoked),
            131 => ::core::option::Option::Some(OsError::KeyRejected),
            132 => ::core::option::Option::Some(OsError::OwnerDied),
            133 => ::core::option::Option::Some(OsError::NotRecoverable),
            134 => ::core::option::Option::Some(OsError::RfKill),
            135 => ::core::option::Option::Some(OsError::HardwarePoison),
            81 => ::core::option::Option::Some(OsError::TooManyRemoteLevels),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_macos(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            45 => ::core::option::Option::Some(OsError::NotSupported),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            78 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            89 => ::core::option::Option::Some(OsError::OperationCanceled),
            92 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            11 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            35 => ::core::option::Option::Some(OsError::WouldBlock),
            36 => ::core::option::Option::Some(OsError::InProgress),
            37 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            38 => ::core::option::Option::Some(OsError::NotASocket),
            39 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            40 => ::core::option::Option::Some(OsError::MessageTooLong),
            41 => ::core::option::Option::Some(OsError::WrongProtocolType),
            42 => ::core::option::Option::Some(OsError::BadProtocolOption),
            43 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            44 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            102 => ::core::option::Option::Some(OsError::OperationNotSupported),
            46 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            47 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            48 => ::core::option::Option::Some(OsError::AddressInUse),
            49 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            50 => ::core::option::Option::Some(OsError::NetworkDown),
            51 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            52 => ::core::option::Option::Some(OsError::NetworkReset),
            53 => ::core::option::Option::Some(OsError::ConnectionAborted),
            54 => ::core::option::Option::Some(OsError::ConnectionReset),
            55 => ::core::option::Option::Some(OsError::NoBufferSpace),
            56 => ::core::option::Option::Some(OsError::AlreadyConnected),
            57 => ::core::option::Option::Some(OsError::NotConnected),
            58 => ::core::option::Option::Some(OsError::SocketShutdown),
            59 => ::core::option::Option::Some(OsError::TooManyReferences),
            60 => ::core::option::Option::Some(OsError::TimedOut),
            61 => ::core::option::Option::Some(OsError::ConnectionRefused),
            62 => ::core::option::Option::Some(OsError::FilesystemLoop),
            63 => ::core::option::Option::Some(OsError::NameTooLong),
            64 => ::core::option::Option::Some(OsError::HostDown),
            65 => ::core::option::Option::Some(OsError::HostUnreachable),
            66 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            67 => ::core::option::Option::Some(OsError::TooManyProcesses),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            77 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            91 => ::core::option::Option::Some(OsError::NoMessage),
            90 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            99 => ::core::option::Option::Some(OsError::NotAStream),
            96 => ::core::option::Option::Some(OsError::NoDataAvailable),
            101 => ::core::option::Option::Some(OsError::TimerExpired),
            98 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            97 => ::core::option::Option::Some(OsError::LinkSevered),
            100 => ::core::option::Option::Some(OsError::ProtocolError),
            95 => ::core::option::Option::Some(OsError::MultihopAttempted),
            94 => ::core::option::Option::Some(OsError::BadMessage),
            84 => ::core::option::Option::Some(OsError::ValueOverflow),
            105 => ::core::option::Option::Some(OsError::OwnerDied),
            104 => ::core::option::Option::Some(OsError::NotRecoverable),
            72 => ::core::option::Option::Some(OsError::BadRpcStruct),
            73 => ::core::option::Option::Some(OsError::RpcVersionMismatch),
            74 => ::core::option::Option::Some(OsError::RpcProgramUnavailable),
            75 => ::core::option::Option::Some(OsError::RpcProgramVersionMismatch),
            76 => ::core::option::Option::Some(OsError::RpcProcedureUnavailable),
            79 => ::core::option::Option::Some(OsError::InappropriateFileType),
            80 => ::core::option::Option::Some(OsError::AuthenticationError),
            81 => ::core::option::Option::Some(OsError::NeedAuthenticator),
            82 => ::core::option::Option::Some(OsError::DevicePowerOff),
            83 => ::core::option::Option::Some(OsError::DeviceError),
            85 => ::core::option::Option::Some(OsError::BadExecutable),
            86 => ::core::option::Option::Some(OsError::BadCpuType),
            87 => ::core::option::Option::Some(OsError::SharedLibraryVersionMismatch),
            88 => ::core::option::Option::Some(OsError::MalformedMachO),
            93 => ::core::option::Option::Some(OsError::AttributeNotFound),
            103 => ::core::option::Option::Some(OsError::PolicyNotFound),
            106 => ::core::option::Option::Some(OsError::InterfaceQueueFull),
            107 => ::core::option::Option::Some(OsError::NotCapable),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_freebsd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            78 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            85 => ::core::option::Option::Some(OsError::OperationCanceled),
            86 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            11 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            35 => ::core::option::Option::Some(OsError::WouldBlock),
            36 => ::core::option::Option::Some(OsError::InProgress),
            37 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            38 => ::core::option::Option::Some(OsError::NotASocket),
            39 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            40 => ::core::option::Option::Some(OsError::MessageTooLong),
            41 => ::core::option::Option::Some(OsError::WrongProtocolType),
            42 => ::core::option::Option::Some(OsError::BadProtocolOption),
            43 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            44 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            45 => ::core::option::Option::Some(OsError::OperationNotSupported),
            46 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            47 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            48 => ::core::option::Option::Some(OsError::AddressInUse),
            49 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            50 => ::core::option::Option::Some(OsError::NetworkDown),
            51 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            52 => ::core::option::Option::Some(OsError::NetworkReset),
            53 => ::core::option::Option::Some(OsError::ConnectionAborted),
            54 => ::core::option::Option::Some(OsError::ConnectionReset),
            55 => ::core::option::Option::Some(OsError::NoBufferSpace),
            56 => ::core::option::Option::Some(OsError::AlreadyConnected),
            57 => ::core::option::Option::Some(OsError::NotConnected),
            58 => ::core::option::Option::Some(OsError::SocketShutdown),
            59 => ::core::option::Option::Some(OsError::TooManyReferences),
            60 => ::core::option::Option::Some(OsError::TimedOut),
            61 => ::core::option::Option::Some(OsError::ConnectionRefused),
            62 => ::core::option::Option::Some(OsError::FilesystemLoop),
            63 => ::core::option::Option::Some(OsError::NameTooLong),
            64 => ::core::option::Option::Some(OsError::HostDown),
            65 => ::core::option::Option::Some(OsError::HostUnreachable),
            66 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            67 => ::core::option::Option::Some(OsError::TooManyProcesses),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            77 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            83 => ::core::option::Option::Some(OsError::NoMessage),
            82 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            91 => ::core::option::Option::Some(OsError::LinkSevered),
            92 => ::core::option::Option::Some(OsError::ProtocolError),
            90 => ::core::option::Option::Some(OsError::MultihopAttempted),
            89 => ::core::option::Option::Some(OsError::BadMessage),
            84 => ::core::option::Option::Some(OsError::ValueOverflow),
            96 => ::core::option::Option::Some(OsError::OwnerDied),
            95 => ::core::option::Option::Some(OsError::NotRecoverable),
            72 => ::core::option::Option::Some(OsError::BadRpcStruct),
            73 => ::core::option::Option::Some(OsError::RpcVersionMismatch),
            74 => ::core::option::Option::Some(OsError::RpcProgramUnavailable),
            75 => ::core::option::Option::Some(OsError::RpcProgramVersionMismatch),
            76 => ::core::option::Option::Some(OsError::RpcProcedureUnavailable),
            79 => ::core::option::Option::Some(OsError::InappropriateFileType),
            80 => ::core::option::Option::Some(OsError::AuthenticationError),
            81 => ::core::option::Option::Some(OsError::NeedAuthenticator),
            87 => ::core::option::Option::Some(OsError::AttributeNotFound),
            93 => ::core::option::Option::Some(OsError::NotCapable),
            88 => ::core::option::Option::Some(OsError::ProgrammingError),
            94 => ::core::option::Option::Some(OsError::CapabilityMode),
            97 => ::core::option::Option::Some(OsError::IntegrityCheckFailed),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_netbsd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            86 => ::core::option::Option::Some(OsError::NotSupported),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            78 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            87 => ::core::option::Option::Some(OsError::OperationCanceled),
            85 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            11 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            35 => ::core::option::Option::Some(OsError::WouldBlock),
            36 => ::core::option::Option::Some(OsError::InProgress),
            37 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            38 => ::core::option::Option::Some(OsError::NotASocket),
            39 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            40 => ::core::option::Option::Some(OsError::MessageTooLong),
            41 => ::core::option::Option::Some(OsError::WrongProtocolType),
            42 => ::core::option::Option::Some(OsError::BadProtocolOption),
            43 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            44 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            45 => ::core::option::Option::Some(OsError::OperationNotSupported),
            46 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            47 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            48 => ::core::option::Option::Some(OsError::AddressInUse),
            49 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            50 => ::core::option::Option::Some(OsError::NetworkDown),
            51 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            52 => ::core::option::Option::Some(OsError::NetworkReset),
            53 => ::core::option::Option::Some(OsError::ConnectionAborted),
            54 => ::core::option::Option::Some(OsError::ConnectionReset),
            55 => ::core::option::Option::Some(OsError::NoBufferSpace),
            56 => ::core::option::Option::Some(OsError::AlreadyConnected),
            57 => ::core::option::Option::Some(OsError::NotConnected),
            58 => ::core::option::Option::Some(OsError::SocketShutdown),
            59 => ::core::option::Option::Some(OsError::TooManyReferences),
            60 => ::core::option::Option::Some(OsError::TimedOut),
            61 => ::core::option::Option::Some(OsError::ConnectionRefused),
            62 => ::core::option::Option::Some(OsError::FilesystemLoop),
            63 => ::core::option::Option::Some(OsError::NameTooLong),
            64 => ::core::option::Option::Some(OsError::HostDown),
            65 => ::core::option::Option::Some(OsError::HostUnreachable),
            66 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            67 => ::core::option::Option::Some(OsError::TooManyProcesses),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            77 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            83 => ::core::option::Option::Some(OsError::NoMessage),
            82 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            91 => ::core::option::Option::Some(OsError::NotAStream),
            89 => ::core::option::Option::Some(OsError::NoDataAvailable),
            92 => ::core::option::Option::Some(OsError::TimerExpired),
            90 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            95 => ::core::option::Option::Some(OsError::LinkSevered),
            96 => ::core::option::Option::Some(OsError::ProtocolError),
            94 => ::core::option::Option::Some(OsError::MultihopAttempted),
            88 => ::core::option::Option::Some(OsError::BadMessage),
            84 => ::core::option::Option::Some(OsError::ValueOverflow),
            97 => ::core::option::Option::Some(OsError::OwnerDied),
            98 => ::core::option::Option::Some(OsError::NotRecoverable),
            72 => ::core::option::Option::Some(OsError::BadRpcStruct),
            73 => ::core::option::Option::Some(OsError::RpcVersionMismatch),
            74 => ::core::option::Option::Some(OsError::RpcProgramUnavailable),
            75 => ::core::option::Option::Some(OsError::RpcProgramVersionMismatch),
            76 => ::core::option::Option::Some(OsError::RpcProcedureUnavailable),
            79 => ::core::option::Option::Some(OsError::InappropriateFileType),
            80 => ::core::option::Option::Some(OsError::AuthenticationError),
            81 => ::core::option::Option::Some(OsError::NeedAuthenticator),
            93 => ::core::option::Option::Some(OsError::AttributeNotFound),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_openbsd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            91 => ::core::option::Option::Some(OsError::NotSupported),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            78 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            88 => ::core::option::Option::Some(OsError::OperationCanceled),
            84 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            11 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            35 => ::core::option::Option::Some(OsError::WouldBlock),
            36 => ::core::option::Option::Some(OsError::InProgress),
            37 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            38 => ::core::option::Option::Some(OsError::NotASocket),
            39 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            40 => ::core::option::Option::Some(OsError::MessageTooLong),
            41 => ::core::option::Option::Some(OsError::WrongProtocolType),
            42 => ::core::option::Option::Some(OsError::BadProtocolOption),
            43 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            44 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            45 => ::core::option::Option::Some(OsError::OperationNotSupported),
            46 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            47 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            48 => ::core::option::Option::Some(OsError::AddressInUse),
            49 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            50 => ::core::option::Option::Some(OsError::NetworkDown),
            51 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            52 => ::core::option::Option::Some(OsError::NetworkReset),
            53 => ::core::option::Option::Some(OsError::ConnectionAborted),
            54 => ::core::option::Option::Some(OsError::ConnectionReset),
            55 => ::core::option::Option::Some(OsError::NoBufferSpace),
            56 => ::core::option::Option::Some(OsError::AlreadyConnected),
            57 => ::core::option::Option::Some(OsError::NotConnected),
            58 => ::core::option::Option::Some(OsError::SocketShutdown),
            59 => ::core::option::Option::Some(OsError::TooManyReferences),
            60 => ::core::option::Option::Some(OsError::TimedOut),
            61 => ::core::option::Option::Some(OsError::ConnectionRefused),
            62 => ::core::option::Option::Some(OsError::FilesystemLoop),
            63 => ::core::option::Option::Some(OsError::NameTooLong),
            64 => ::core::option::Option::Some(OsError::HostDown),
            65 => ::core::option::Option::Some(OsError::HostUnreachable),
            66 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            67 => ::core::option::Option::Some(OsError::TooManyProcesses),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            77 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            90 => ::core::option::Option::Some(OsError::NoMessage),
            89 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            95 => ::core::option::Option::Some(OsError::ProtocolError),
            92 => ::core::option::Option::Some(OsError::BadMessage),
            87 => ::core::option::Option::Some(OsError::ValueOverflow),
            85 => ::core::option::Option::Some(OsError::NoMedium),
            86 => ::core::option::Option::Some(OsError::WrongMediumType),
            94 => ::core::option::Option::Some(OsError::OwnerDied),
            93 => ::core::option::Option::Some(OsError::NotRecoverable),
            72 => ::core::option::Option::Some(OsError::BadRpcStruct),
            73 => ::core::option::Option::Some(OsError::RpcVersionMismatch),
            74 => ::core::option::Option::Some(OsError::RpcProgramUnavailable),
            75 => ::core::option::Option::Some(OsError::RpcProgramVersionMismatch),
            76 => ::core::option::Option::Some(OsError::RpcProcedureUnavailable),
            79 => ::core::option::Option::Some(OsError::InappropriateFileType),
            80 => ::core::option::Option::Some(OsError::AuthenticationError),
            81 => ::core::option::Option::Some(OsError::NeedAuthenticator),
            83 => ::core::option::Option::Some(OsError::AttributeNotFound),
            82 => ::core::option::Option::Some(OsError::IpsecFailure),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_dragonfly(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            78 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            85 => ::core::option::Option::Some(OsError::OperationCanceled),
            86 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            11 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            35 => ::core::option::Option::Some(OsError::WouldBlock),
            36 => ::core::option::Option::Some(OsError::InProgress),
            37 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            38 => ::core::option::Option::Some(OsError::NotASocket),
            39 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            40 => ::core::option::Option::Some(OsError::MessageTooLong),
            41 => ::core::option::Option::Some(OsError::WrongProtocolType),
            42 => ::core::option::Option::Some(OsError::BadProtocolOption),
            43 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            44 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            45 => ::core::option::Option::Some(OsError::OperationNotSupported),
            46 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            47 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            48 => ::core::option::Option::Some(OsError::AddressInUse),
            49 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            50 => ::core::option::Option::Some(OsError::NetworkDown),
            51 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            52 => ::core::option::Option::Some(OsError::NetworkReset),
            53 => ::core::option::Option::Some(OsError::ConnectionAborted),
            54 => ::core::option::Option::Some(OsError::ConnectionReset),
            55 => ::core::option::Option::Some(OsError::NoBufferSpace),
            56 => ::core::option::Option::Some(OsError::AlreadyConnected),
            57 => ::core::option::Option::Some(OsError::NotConnected),
            58 => ::core::option::Option::Some(OsError::SocketShutdown),
            59 => ::core::option::Option::Some(OsError::TooManyReferences),
            60 => ::core::option::Option::Some(OsError::TimedOut),
            61 => ::core::option::Option::Some(OsError::ConnectionRefused),
            62 => ::core::option::Option::Some(OsError::FilesystemLoop),
            63 => ::core::option::Option::Some(OsError::NameTooLong),
            64 => ::core::option::Option::Some(OsError::HostDown),
            65 => ::core::option::Option::Some(OsError::HostUnreachable),
            66 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            67 => ::core::option::Option::Some(OsError::TooManyProcesses),
            68 => ::core::option::Option::Some(OsError::TooManyUsers),
            69 => ::core::option::Option::Some(OsError::QuotaExceeded),
            70 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            77 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            83 => ::core::option::Option::Some(OsError::NoMessage),
            82 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            91 => ::core::option::Option::Some(OsError::LinkSevered),
            92 => ::core::option::Option::Some(OsError::ProtocolError),
            90 => ::core::option::Option::Some(OsError::MultihopAttempted),
            89 => ::core::option::Option::Some(OsError::BadMessage),
            84 => ::core::option::Option::Some(OsError::ValueOverflow),
            93 => ::core::option::Option::Some(OsError::NoMedium),
            72 => ::core::option::Option::Some(OsError::BadRpcStruct),
            73 => ::core::option::Option::Some(OsError::RpcVersionMismatch),
            74 => ::core::option::Option::Some(OsError::RpcProgramUnavailable),
            75 => ::core::option::Option::Some(OsError::RpcProgramVersionMismatch),
            76 => ::core::option::Option::Some(OsError::RpcProcedureUnavailable),
            79 => ::core::option::Option::Some(OsError::InappropriateFileType),
            80 => ::core::option::Option::Some(OsError::AuthenticationError),
            81 => ::core::option::Option::Some(OsError::NeedAuthenticator),
            87 => ::core::option::Option::Some(OsError::AttributeNotFound),
            88 => ::core::option::Option::Some(OsError::ProgrammingError),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_illumos(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            48 => ::core::option::Option::Some(OsError::NotSupported),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            89 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            47 => ::core::option::Option::Some(OsError::OperationCanceled),
            88 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            45 => ::core::option::Option::Some(OsError::Deadlock),
            56 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            150 => ::core::option::Option::Some(OsError::InProgress),
            149 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            95 => ::core::option::Option::Some(OsError::NotASocket),
            96 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            97 => ::core::option::Option::Some(OsError::MessageTooLong),
            98 => ::core::option::Option::Some(OsError::WrongProtocolType),
            99 => ::core::option::Option::Some(OsError::BadProtocolOption),
            120 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            121 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            122 => ::core::option::Option::Some(OsError::OperationNotSupported),
            123 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            124 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            125 => ::core::option::Option::Some(OsError::AddressInUse),
            126 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            127 => ::core::option::Option::Some(OsError::NetworkDown),
            128 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            129 => ::core::option::Option::Some(OsError::NetworkReset),
            130 => ::core::option::Option::Some(OsError::ConnectionAborted),
            131 => ::core::option::Option::Some(OsError::ConnectionReset),
            132 => ::core::option::Option::Some(OsError::NoBufferSpace),
            133 => ::core::option::Option::Some(OsError::AlreadyConnected),
            134 => ::core::option::Option::Some(OsError::NotConnected),
            143 => ::core::option::Option::Some(OsError::SocketShutdown),
            144 => ::core::option::Option::Some(OsError::TooManyReferences),
            145 => ::core::option::Option::Some(OsError::TimedOut),
            146 => ::core::option::Option::Some(OsError::ConnectionRefused),
            90 => ::core::option::Option::Some(OsError::FilesystemLoop),
            78 => ::core::option::Option::Some(OsError::NameTooLong),
            147 => ::core::option::Option::Some(OsError::HostDown),
            148 => ::core::option::Option::Some(OsError::HostUnreachable),
            93 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            94 => ::core::option::Option::Some(OsError::TooManyUsers),
            49 => ::core::option::Option::Some(OsError::QuotaExceeded),
            151 => ::core::option::Option::Some(OsError::StaleFileHandle),
            66 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            46 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            35 => ::core::option::Option::Some(OsError::NoMessage),
            36 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            37 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            38 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            39 => ::core::option::Option::Some(OsError::Level3Halted),
            40 => ::core::option::Option::Some(OsError::Level3Reset),
            41 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            42 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            43 => ::core::option::Option::Some(OsError::NoCsiStructure),
            44 => ::core::option::Option::Some(OsError::Level2Halted),
            50 => ::core::option::Option::Some(OsError::InvalidExchange),
            51 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            52 => ::core::option::Option::Some(OsError::ExchangeFull),
            53 => ::core::option::Option::Some(OsError::NoAnode),
            54 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            55 => ::core::option::Option::Some(OsError::InvalidSlot),
            57 => ::core::option::Option::Some(OsError::BadFontFile),
            60 => ::core::option::Option::Some(OsError::NotAStream),
            61 => ::core::option::Option::Some(OsError::NoDataAvailable),
            62 => ::core::option::Option::Some(OsError::TimerExpired),
            63 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            64 => ::core::option::Option::Some(OsError::NotOnNetwork),
            65 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            67 => ::core::option::Option::Some(OsError::LinkSevered),
            68 => ::core::option::Option::Some(OsError::AdvertiseError),
            69 => ::core::option::Option::Some(OsError::SrmountError),
            70 => ::core::option::Option::Some(OsError::CommunicationError),
            71 => ::core::option::Option::Some(OsError::ProtocolError),
            74 => ::core::option::Option::Some(OsError::MultihopAttempted),
            77 => ::core::option::Option::Some(OsError::BadMessage),
            79 => ::core::option::Option::Some(OsError::ValueOverflow),
            80 => ::core::option::Option::Some(OsError::NameNotUnique),
            81 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            82 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            83 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            84 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            85 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            86 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            87 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            91 => ::core::option::Option::Some(OsError::ShouldRestart),
            92 => ::core::option::Option::Some(OsError::StreamsPipeError),
            58 => ::core::option::Option::Some(OsError::OwnerDied),
            59 => ::core::option::Option::Some(OsError::NotRecoverable),
            72 => ::core::option::Option::Some(OsError::LockUnmapped),
            73 => ::core::option::Option::Some(OsError::FacilityNotActive),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_aix(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            124 => ::core::option::Option::Some(OsError::NotSupported),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            109 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            117 => ::core::option::Option::Some(OsError::OperationCanceled),
            116 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            45 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            55 => ::core::option::Option::Some(OsError::InProgress),
            56 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            57 => ::core::option::Option::Some(OsError::NotASocket),
            58 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            59 => ::core::option::Option::Some(OsError::MessageTooLong),
            60 => ::core::option::Option::Some(OsError::WrongProtocolType),
            61 => ::core::option::Option::Some(OsError::BadProtocolOption),
            62 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            63 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            64 => ::core::option::Option::Some(OsError::OperationNotSupported),
            65 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            66 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            67 => ::core::option::Option::Some(OsError::AddressInUse),
            68 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            69 => ::core::option::Option::Some(OsError::NetworkDown),
            70 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            71 => ::core::option::Option::Some(OsError::NetworkReset),
            72 => ::core::option::Option::Some(OsError::ConnectionAborted),
            73 => ::core::option::Option::Some(OsError::ConnectionReset),
            74 => ::core::option::Option::Some(OsError::NoBufferSpace),
            75 => ::core::option::Option::Some(OsError::AlreadyConnected),
            76 => ::core::option::Option::Some(OsError::NotConnected),
            77 => ::core::option::Option::Some(OsError::SocketShutdown),
            115 => ::core::option::Option::Some(OsError::TooManyReferences),
            78 => ::core::option::Option::Some(OsError::TimedOut),
            79 => ::core::option::Option::Some(OsError::ConnectionRefused),
            85 => ::core::option::Option::Some(OsError::FilesystemLoop),
            86 => ::core::option::Option::Some(OsError::NameTooLong),
            80 => ::core::option::Option::Some(OsError::HostDown),
            81 => ::core::option::Option::Some(OsError::HostUnreachable),
            87 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            83 => ::core::option::Option::Some(OsError::TooManyProcesses),
            84 => ::core::option::Option::Some(OsError::TooManyUsers),
            88 => ::core::option::Option::Some(OsError::QuotaExceeded),
            52 => ::core::option::Option::Some(OsError::StaleFileHandle),
            93 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            49 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            35 => ::core::option::Option::Some(OsError::NoMessage),
            36 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            37 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            38 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            39 => ::core::option::Option::Some(OsError::Level3Halted),
            40 => ::core::option::Option::Some(OsError::Level3Reset),
            41 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            42 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            43 => ::core::option::Option::Some(OsError::NoCsiStructure),
            44 => ::core::option::Option::Some(OsError::Level2Halted),
            123 => ::core::option::Option::Some(OsError::NotAStream),
            122 => ::core::option::Option::Some(OsError::NoDataAvailable),
            119 => ::core::option::Option::Some(OsError::TimerExpired),
            118 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            126 => ::core::option::Option::Some(OsError::LinkSevered),
            121 => ::core::option::Option::Some(OsError::ProtocolError),
            125 => ::core::option::Option::Some(OsError::MultihopAttempted),
            120 => ::core::option::Option::Some(OsError::BadMessage),
            127 => ::core::option::Option::Some(OsError::ValueOverflow),
            82 => ::core::option::Option::Some(OsError::ShouldRestart),
            95 => ::core::option::Option::Some(OsError::OwnerDied),
            94 => ::core::option::Option::Some(OsError::NotRecoverable),
            112 => ::core::option::Option::Some(OsError::AttributeNotFound),
            46 => ::core::option::Option::Some(OsError::DeviceNotReady),
            47 => ::core::option::Option::Some(OsError::WriteProtectedMedia),
            48 => ::core::option::Option::Some(OsError::UnformattedMedia),
            50 => ::core::option::Option::Some(OsError::CannotEstablishConnection),
            53 => ::core::option::Option::Some(OsError::BlockedByAdministrator),
            89 => ::core::option::Option::Some(OsError::CorruptFilesystem),
            90 => ::core::option::Option::Some(OsError::SystemErrorReserved),
            110 => ::core::option::Option::Some(OsError::MediaSurfaceError),
            111 => ::core::option::Option::Some(OsError::NeedsRelocation),
            113 => ::core::option::Option::Some(OsError::SecurityAuthenticationDenied),
            114 => ::core::option::Option::Some(OsError::NotTrustedProgram),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_haiku(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            -2147459069 => ::core::option::Option::Some(OsError::NotFound),
            -2147483648 => ::core::option::Option::Some(OsError::OutOfMemory),
            -2147459061 => ::core::option::Option::Some(OsError::CrossesDevices),
            -2147459064 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            -2147454920 => ::core::option::Option::Some(OsError::NotSupported),
            -2147459070 => ::core::option::Option::Some(OsError::AlreadyExists),
            -2147459059 => ::core::option::Option::Some(OsError::BrokenPipe),
            -2147459065 => ::core::option::Option::Some(OsError::StorageFull),
            -2147454967 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            -2147454974 => ::core::option::Option::Some(OsError::NoChildProcesses),
            -2147454964 => ::core::option::Option::Some(OsError::NotSeekable),
            -2147483634 => ::core::option::Option::Some(OsError::ResourceBusy),
            -2147478782 => ::core::option::Option::Some(OsError::ExecFormatError),
            -2147454975 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            -2147454972 => ::core::option::Option::Some(OsError::FileTooLarge),
            -2147459067 => ::core::option::Option::Some(OsError::NotADirectory),
            -2147459063 => ::core::option::Option::Some(OsError::IsADirectory),
            -2147454929 => ::core::option::Option::Some(OsError::OperationCanceled),
            -2147454938 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            -2147483647 => ::core::option::Option::Some(OsError::IoError),
            -2147454973 => ::core::option::Option::Some(OsError::Deadlock),
            -2147454971 => ::core::option::Option::Some(OsError::TooManyLinks),
            -2147483633 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            -2147483638 => ::core::option::Option::Some(OsError::Interrupted),
            -2147459072 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            -2147483646 => ::core::option::Option::Some(OsError::PermissionDenied),
            -2147478783 => ::core::option::Option::Some(OsError::BadAddress),
            -2147483643 => ::core::option::Option::Some(OsError::InvalidArgument),
            -2147459062 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            -2147483637 => ::core::option::Option::Some(OsError::WouldBlock),
            -2147454940 => ::core::option::Option::Some(OsError::InProgress),
            -2147454939 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            -2147454932 => ::core::option::Option::Some(OsError::NotASocket),
            -2147454928 => {
                ::core::option::Option::Some(OsError::DestinationAddressRequired)
            }
            -2147454934 => ::core::option::Option::Some(OsError::MessageTooLong),
            -2147454958 => ::core::option::Option::Some(OsError::WrongProtocolType),
            -2147454942 => ::core::option::Option::Some(OsError::BadProtocolOption),
            -2147454957 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            -2147454913 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            -2147454933 => ::core::option::Option::Some(OsError::OperationNotSupported),
            -2147454956 => {
                ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported)
            }
            -2147454955 => {
                ::core::option::Option::Some(OsError::AddressFamilyNotSupported)
            }
            -2147454954 => ::core::option::Option::Some(OsError::AddressInUse),
            -2147454953 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            -2147454952 => ::core::option::Option::Some(OsError::NetworkDown),
            -2147454951 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            -2147454950 => ::core::option::Option::Some(OsError::NetworkReset),
            -2147454949 => ::core::option::Option::Some(OsError::ConnectionAborted),
            -2147454948 => ::core::option::Option::Some(OsError::ConnectionReset),
            -2147454941 => ::core::option::Option::Some(OsError::NoBufferSpace),
            -2147454947 => ::core::option::Option::Some(OsError::AlreadyConnected),
            -2147454946 => ::core::option::Option::Some(OsError::NotConnected),
            -2147454945 => ::core::option::Option::Some(OsError::SocketShutdown),
            -2147483639 => ::core::option::Option::Some(OsError::TimedOut),
            -2147454944 => ::core::option::Option::Some(OsError::ConnectionRefused),
            -2147459060 => ::core::option::Option::Some(OsError::FilesystemLoop),
            -2147459068 => ::core::option::Option::Some(OsError::NameTooLong),
            -2147454931 => ::core::option::Option::Some(OsError::HostDown),
            -2147454943 => ::core::option::Option::Some(OsError::HostUnreachable),
            -2147459066 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            -2147454927 => ::core::option::Option::Some(OsError::QuotaExceeded),
            -2147454936 => ::core::option::Option::Some(OsError::StaleFileHandle),
            -2147454963 => ::core::option::Option::Some(OsError::NoSuchProcess),
            -2147454965 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            -2147454969 => ::core::option::Option::Some(OsError::NoSuchDevice),
            -2147454970 => {
                ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem)
            }
            -2147454966 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            -2147454917 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            -2147454960 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            -2147454959 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            -2147454968 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            -2147454937 => ::core::option::Option::Some(OsError::NoMessage),
            -2147454926 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            -2147454921 => ::core::option::Option::Some(OsError::NotAStream),
            -2147454924 => ::core::option::Option::Some(OsError::NoDataAvailable),
            -2147454918 => ::core::option::Option::Some(OsError::TimerExpired),
            -2147454922 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            -2147454923 => ::core::option::Option::Some(OsError::LinkSevered),
            -2147454919 => ::core::option::Option::Some(OsError::ProtocolError),
            -2147454925 => ::core::option::Option::Some(OsError::MultihopAttempted),
            -2147454930 => ::core::option::Option::Some(OsError::BadMessage),
            -2147454935 => ::core::option::Option::Some(OsError::ValueOverflow),
            -2147454914 => ::core::option::Option::Some(OsError::OwnerDied),
            -2147454915 => ::core::option::Option::Some(OsError::NotRecoverable),
            -2147454916 => ::core::option::Option::Some(OsError::AttributeNotFound),
            -2147454962 => ::core::option::Option::Some(OsError::FilePositionError),
            -2147454961 => ::core::option::Option::Some(OsError::SignalError),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_redox(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            38 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            125 => ::core::option::Option::Some(OsError::OperationCanceled),
            84 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            35 => ::core::option::Option::Some(OsError::Deadlock),
            58 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            41 => ::core::option::Option::Some(OsError::WouldBlock),
            115 => ::core::option::Option::Some(OsError::InProgress),
            114 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            88 => ::core::option::Option::Some(OsError::NotASocket),
            89 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            90 => ::core::option::Option::Some(OsError::MessageTooLong),
            91 => ::core::option::Option::Some(OsError::WrongProtocolType),
            92 => ::core::option::Option::Some(OsError::BadProtocolOption),
            93 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            94 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            95 => ::core::option::Option::Some(OsError::OperationNotSupported),
            96 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            97 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            98 => ::core::option::Option::Some(OsError::AddressInUse),
            99 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            100 => ::core::option::Option::Some(OsError::NetworkDown),
            101 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            102 => ::core::option::Option::Some(OsError::NetworkReset),
            103 => ::core::option::Option::Some(OsError::ConnectionAborted),
            104 => ::core::option::Option::Some(OsError::ConnectionReset),
            105 => ::core::option::Option::Some(OsError::NoBufferSpace),
            106 => ::core::option::Option::Some(OsError::AlreadyConnected),
            107 => ::core::option::Option::Some(OsError::NotConnected),
            108 => ::core::option::Option::Some(OsError::SocketShutdown),
            109 => ::core::option::Option::Some(OsError::TooManyReferences),
            110 => ::core::option::Option::Some(OsError::TimedOut),
            111 => ::core::option::Option::Some(OsError::ConnectionRefused),
            40 => ::core::option::Option::Some(OsError::FilesystemLoop),
            36 => ::core::option::Option::Some(OsError::NameTooLong),
            112 => ::core::option::Option::Some(OsError::HostDown),
            113 => ::core::option::Option::Some(OsError::HostUnreachable),
            39 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            87 => ::core::option::Option::Some(OsError::TooManyUsers),
            122 => ::core::option::Option::Some(OsError::QuotaExceeded),
            116 => ::core::option::Option::Some(OsError::StaleFileHandle),
            66 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            37 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            42 => ::core::option::Option::Some(OsError::NoMessage),
            43 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            44 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            45 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            46 => ::core::option::Option::Some(OsError::Level3Halted),
            47 => ::core::option::Option::Some(OsError::Level3Reset),
            48 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            49 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            50 => ::core::option::Option::Some(OsError::NoCsiStructure),
            51 => ::core::option::Option::Some(OsError::Level2Halted),
            52 => ::core::option::Option::Some(OsError::InvalidExchange),
            53 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            54 => ::core::option::Option::Some(OsError::ExchangeFull),
            55 => ::core::option::Option::Some(OsError::NoAnode),
            56 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            57 => ::core::option::Option::Some(OsError::InvalidSlot),
            59 => ::core::option::Option::Some(OsError::BadFontFile),
            60 => ::core::option::Option::Some(OsError::NotAStream),
            61 => ::core::option::Option::Some(OsError::NoDataAvailable),
            62 => ::core::option::Option::Some(OsError::TimerExpired),
            63 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            64 => ::core::option::Option::Some(OsError::NotOnNetwork),
            65 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            67 => ::core::option::Option::Some(OsError::LinkSevered),
            68 => ::core::option::Option::Some(OsError::AdvertiseError),
            69 => ::core::option::Option::Some(OsError::SrmountError),
            70 => ::core::option::Option::Some(OsError::CommunicationError),
            71 => ::core::option::Option::Some(OsError::ProtocolError),
            72 => ::core::option::Option::Some(OsError::MultihopAttempted),
            73 => ::core::option::Option::Some(OsError::RfsSpecificError),
            74 => ::core::option::Option::Some(OsError::BadMessage),
            75 => ::core::option::Option::Some(OsError::ValueOverflow),
            76 => ::core::option::Option::Some(OsError::NameNotUnique),
            77 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            78 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            79 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            80 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            81 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            82 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            83 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            85 => ::core::option::Option::Some(OsError::ShouldRestart),
            86 => ::core::option::Option::Some(OsError::StreamsPipeError),
            117 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            118 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            119 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            120 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            121 => ::core::option::Option::Some(OsError::RemoteIoError),
            123 => ::core::option::Option::Some(OsError::NoMedium),
            124 => ::core::option::Option::Some(OsError::WrongMediumType),
            126 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            127 => ::core::option::Option::Some(OsError::KeyExpired),
            128 => ::core::option::Option::Some(OsError::KeyRevoked),
            129 => ::core::option::Option::Some(OsError::KeyRejected),
            130 => ::core::option::Option::Some(OsError::OwnerDied),
            131 => ::core::option::Option::Some(OsError::NotRecoverable),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_hurd(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            1073741826 => ::core::option::Option::Some(OsError::NotFound),
            1073741836 => ::core::option::Option::Some(OsError::OutOfMemory),
            1073741842 => ::core::option::Option::Some(OsError::CrossesDevices),
            1073741854 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            1073741942 => ::core::option::Option::Some(OsError::NotSupported),
            1073741841 => ::core::option::Option::Some(OsError::AlreadyExists),
            1073741856 => ::core::option::Option::Some(OsError::BrokenPipe),
            1073741852 => ::core::option::Option::Some(OsError::StorageFull),
            1073741902 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            1073741834 => ::core::option::Option::Some(OsError::NoChildProcesses),
            1073741853 => ::core::option::Option::Some(OsError::NotSeekable),
            1073741840 => ::core::option::Option::Some(OsError::ResourceBusy),
            1073741832 => ::core::option::Option::Some(OsError::ExecFormatError),
            1073741831 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            1073741851 => ::core::option::Option::Some(OsError::FileTooLarge),
            1073741844 => ::core::option::Option::Some(OsError::NotADirectory),
            1073741845 => ::core::option::Option::Some(OsError::IsADirectory),
            1073741943 => ::core::option::Option::Some(OsError::OperationCanceled),
            1073741930 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            1073741829 => ::core::option::Option::Some(OsError::IoError),
            1073741835 => ::core::option::Option::Some(OsError::Deadlock),
            1073741855 => ::core::option::Option::Some(OsError::TooManyLinks),
            1073741825 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            1073741828 => ::core::option::Option::Some(OsError::Interrupted),
            1073741833 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            1073741837 => ::core::option::Option::Some(OsError::PermissionDenied),
            1073741838 => ::core::option::Option::Some(OsError::BadAddress),
            1073741846 => ::core::option::Option::Some(OsError::InvalidArgument),
            1073741848 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            1073741859 => ::core::option::Option::Some(OsError::WouldBlock),
            1073741860 => ::core::option::Option::Some(OsError::InProgress),
            1073741861 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            1073741862 => ::core::option::Option::Some(OsError::NotASocket),
            1073741863 => {
                ::core::option::Option::Some(OsError::DestinationAddressRequired)
            }
            1073741864 => ::core::option::Option::Some(OsError::MessageTooLong),
            1073741865 => ::core::option::Option::Some(OsError::WrongProtocolType),
            1073741866 => ::core::option::Option::Some(OsError::BadProtocolOption),
            1073741867 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            1073741868 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            1073741869 => ::core::option::Option::Some(OsError::OperationNotSupported),
            1073741870 => {
                ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported)
            }
            1073741871 => {
                ::core::option::Option::Some(OsError::AddressFamilyNotSupported)
            }
            1073741872 => ::core::option::Option::Some(OsError::AddressInUse),
            1073741873 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            1073741874 => ::core::option::Option::Some(OsError::NetworkDown),
            1073741875 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            1073741876 => ::core::option::Option::Some(OsError::NetworkReset),
            1073741877 => ::core::option::Option::Some(OsError::ConnectionAborted),
            1073741878 => ::core::option::Option::Some(OsError::ConnectionReset),
            1073741879 => ::core::option::Option::Some(OsError::NoBufferSpace),
            1073741880 => ::core::option::Option::Some(OsError::AlreadyConnected),
            1073741881 => ::core::option::Option::Some(OsError::NotConnected),
            1073741882 => ::core::option::Option::Some(OsError::SocketShutdown),
            1073741883 => ::core::option::Option::Some(OsError::TooManyReferences),
            1073741884 => ::core::option::Option::Some(OsError::TimedOut),
            1073741885 => ::core::option::Option::Some(OsError::ConnectionRefused),
            1073741886 => ::core::option::Option::Some(OsError::FilesystemLoop),
            1073741887 => ::core::option::Option::Some(OsError::NameTooLong),
            1073741888 => ::core::option::Option::Some(OsError::HostDown),
            1073741889 => ::core::option::Option::Some(OsError::HostUnreachable),
            1073741890 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            1073741891 => ::core::option::Option::Some(OsError::TooManyProcesses),
            1073741892 => ::core::option::Option::Some(OsError::TooManyUsers),
            1073741893 => ::core::option::Option::Some(OsError::QuotaExceeded),
            1073741894 => ::core::option::Option::Some(OsError::StaleFileHandle),
            1073741895 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            1073741827 => ::core::option::Option::Some(OsError::NoSuchProcess),
            1073741830 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            1073741839 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            1073741843 => ::core::option::Option::Some(OsError::NoSuchDevice),
            1073741847 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            1073741849 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            1073741850 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            1073741857 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            1073741858 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            1073741901 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            1073741936 => ::core::option::Option::Some(OsError::NoMessage),
            1073741932 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            1073741938 => ::core::option::Option::Some(OsError::NotAStream),
            1073741934 => ::core::option::Option::Some(OsError::NoDataAvailable),
            1073741941 => ::core::option::Option::Some(OsError::TimerExpired),
            1073741937 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            1073741935 => ::core::option::Option::Some(OsError::LinkSevered),
            1073741940 => ::core::option::Option::Some(OsError::ProtocolError),
            1073741933 => ::core::option::Option::Some(OsError::MultihopAttempted),
            1073741931 => ::core::option::Option::Some(OsError::BadMessage),
            1073741939 => ::core::option::Option::Some(OsError::ValueOverflow),
            1073741907 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            1073741944 => ::core::option::Option::Some(OsError::OwnerDied),
            1073741945 => ::core::option::Option::Some(OsError::NotRecoverable),
            1073741896 => ::core::option::Option::Some(OsError::BadRpcStruct),
            1073741897 => ::core::option::Option::Some(OsError::RpcVersionMismatch),
            1073741898 => ::core::option::Option::Some(OsError::RpcProgramUnavailable),
            1073741899 => {
                ::core::option::Option::Some(OsError::RpcProgramVersionMismatch)
            }
            1073741900 => ::core::option::Option::Some(OsError::RpcProcedureUnavailable),
            1073741903 => ::core::option::Option::Some(OsError::InappropriateFileType),
            1073741904 => ::core::option::Option::Some(OsError::AuthenticationError),
            1073741905 => ::core::option::Option::Some(OsError::NeedAuthenticator),
            1073741924 => ::core::option::Option::Some(OsError::BackgroundProcess),
            1073741925 => ::core::option::Option::Some(OsError::TranslatorDied),
            1073741926 => ::core::option::Option::Some(OsError::Unexplained),
            1073741927 => ::core::option::Option::Some(OsError::Egregious),
            1073741928 => ::core::option::Option::Some(OsError::ComputerBoughtTheFarm),
            1073741929 => ::core::option::Option::Some(OsError::Gratuitous),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_cygwin(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            2 => ::core::option::Option::Some(OsError::NotFound),
            12 => ::core::option::Option::Some(OsError::OutOfMemory),
            18 => ::core::option::Option::Some(OsError::CrossesDevices),
            30 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            134 => ::core::option::Option::Some(OsError::NotSupported),
            17 => ::core::option::Option::Some(OsError::AlreadyExists),
            32 => ::core::option::Option::Some(OsError::BrokenPipe),
            28 => ::core::option::Option::Some(OsError::StorageFull),
            88 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            10 => ::core::option::Option::Some(OsError::NoChildProcesses),
            29 => ::core::option::Option::Some(OsError::NotSeekable),
            16 => ::core::option::Option::Some(OsError::ResourceBusy),
            8 => ::core::option::Option::Some(OsError::ExecFormatError),
            7 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            27 => ::core::option::Option::Some(OsError::FileTooLarge),
            20 => ::core::option::Option::Some(OsError::NotADirectory),
            21 => ::core::option::Option::Some(OsError::IsADirectory),
            140 => ::core::option::Option::Some(OsError::OperationCanceled),
            138 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            5 => ::core::option::Option::Some(OsError::IoError),
            45 => ::core::option::Option::Some(OsError::Deadlock),
            56 => ::core::option::Option::Some(OsError::Deadlock),
            31 => ::core::option::Option::Some(OsError::TooManyLinks),
            1 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            4 => ::core::option::Option::Some(OsError::Interrupted),
            9 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            13 => ::core::option::Option::Some(OsError::PermissionDenied),
            14 => ::core::option::Option::Some(OsError::BadAddress),
            22 => ::core::option::Option::Some(OsError::InvalidArgument),
            24 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            11 => ::core::option::Option::Some(OsError::WouldBlock),
            119 => ::core::option::Option::Some(OsError::InProgress),
            120 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            108 => ::core::option::Option::Some(OsError::NotASocket),
            121 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            122 => ::core::option::Option::Some(OsError::MessageTooLong),
            107 => ::core::option::Option::Some(OsError::WrongProtocolType),
            109 => ::core::option::Option::Some(OsError::BadProtocolOption),
            123 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            124 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            95 => ::core::option::Option::Some(OsError::OperationNotSupported),
            96 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            106 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            112 => ::core::option::Option::Some(OsError::AddressInUse),
            125 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            115 => ::core::option::Option::Some(OsError::NetworkDown),
            114 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            126 => ::core::option::Option::Some(OsError::NetworkReset),
            113 => ::core::option::Option::Some(OsError::ConnectionAborted),
            104 => ::core::option::Option::Some(OsError::ConnectionReset),
            105 => ::core::option::Option::Some(OsError::NoBufferSpace),
            127 => ::core::option::Option::Some(OsError::AlreadyConnected),
            128 => ::core::option::Option::Some(OsError::NotConnected),
            110 => ::core::option::Option::Some(OsError::SocketShutdown),
            129 => ::core::option::Option::Some(OsError::TooManyReferences),
            116 => ::core::option::Option::Some(OsError::TimedOut),
            111 => ::core::option::Option::Some(OsError::ConnectionRefused),
            92 => ::core::option::Option::Some(OsError::FilesystemLoop),
            91 => ::core::option::Option::Some(OsError::NameTooLong),
            117 => ::core::option::Option::Some(OsError::HostDown),
            118 => ::core::option::Option::Some(OsError::HostUnreachable),
            90 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            130 => ::core::option::Option::Some(OsError::TooManyProcesses),
            131 => ::core::option::Option::Some(OsError::TooManyUsers),
            132 => ::core::option::Option::Some(OsError::QuotaExceeded),
            133 => ::core::option::Option::Some(OsError::StaleFileHandle),
            66 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            3 => ::core::option::Option::Some(OsError::NoSuchProcess),
            6 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            15 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            19 => ::core::option::Option::Some(OsError::NoSuchDevice),
            23 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            25 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            26 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            33 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            34 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            46 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            35 => ::core::option::Option::Some(OsError::NoMessage),
            36 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            37 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            38 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            39 => ::core::option::Option::Some(OsError::Level3Halted),
            40 => ::core::option::Option::Some(OsError::Level3Reset),
            41 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            42 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            43 => ::core::option::Option::Some(OsError::NoCsiStructure),
            44 => ::core::option::Option::Some(OsError::Level2Halted),
            50 => ::core::option::Option::Some(OsError::InvalidExchange),
            51 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            52 => ::core::option::Option::Some(OsError::ExchangeFull),
            53 => ::core::option::Option::Some(OsError::NoAnode),
            54 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            55 => ::core::option::Option::Some(OsError::InvalidSlot),
            57 => ::core::option::Option::Some(OsError::BadFontFile),
            60 => ::core::option::Option::Some(OsError::NotAStream),
            61 => ::core::option::Option::Some(OsError::NoDataAvailable),
            62 => ::core::option::Option::Some(OsError::TimerExpired),
            63 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            64 => ::core::option::Option::Some(OsError::NotOnNetwork),
            65 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            67 => ::core::option::Option::Some(OsError::LinkSevered),
            68 => ::core::option::Option::Some(OsError::AdvertiseError),
            69 => ::core::option::Option::Some(OsError::SrmountError),
            70 => ::core::option::Option::Some(OsError::CommunicationError),
            71 => ::core::option::Option::Some(OsError::ProtocolError),
            74 => ::core::option::Option::Some(OsError::MultihopAttempted),
            76 => ::core::option::Option::Some(OsError::RfsSpecificError),
            77 => ::core::option::Option::Some(OsError::BadMessage),
            139 => ::core::option::Option::Some(OsError::ValueOverflow),
            80 => ::core::option::Option::Some(OsError::NameNotUnique),
            81 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            82 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            83 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            84 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            85 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            86 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            87 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            143 => ::core::option::Option::Some(OsError::StreamsPipeError),
            135 => ::core::option::Option::Some(OsError::NoMedium),
            142 => ::core::option::Option::Some(OsError::OwnerDied),
            141 => ::core::option::Option::Some(OsError::NotRecoverable),
            79 => ::core::option::Option::Some(OsError::InappropriateFileType),
            75 => ::core::option::Option::Some(OsError::RemoteInode),
            89 => ::core::option::Option::Some(OsError::NoMoreFiles),
            136 => ::core::option::Option::Some(OsError::NoSuchShare),
            137 => ::core::option::Option::Some(OsError::CaseClash),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_wasi(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            44 => ::core::option::Option::Some(OsError::NotFound),
            48 => ::core::option::Option::Some(OsError::OutOfMemory),
            75 => ::core::option::Option::Some(OsError::CrossesDevices),
            69 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            20 => ::core::option::Option::Some(OsError::AlreadyExists),
            64 => ::core::option::Option::Some(OsError::BrokenPipe),
            51 => ::core::option::Option::Some(OsError::StorageFull),
            52 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            12 => ::core::option::Option::Some(OsError::NoChildProcesses),
            70 => ::core::option::Option::Some(OsError::NotSeekable),
            10 => ::core::option::Option::Some(OsError::ResourceBusy),
            45 => ::core::option::Option::Some(OsError::ExecFormatError),
            1 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            22 => ::core::option::Option::Some(OsError::FileTooLarge),
            54 => ::core::option::Option::Some(OsError::NotADirectory),
            31 => ::core::option::Option::Some(OsError::IsADirectory),
            11 => ::core::option::Option::Some(OsError::OperationCanceled),
            25 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            29 => ::core::option::Option::Some(OsError::IoError),
            16 => ::core::option::Option::Some(OsError::Deadlock),
            34 => ::core::option::Option::Some(OsError::TooManyLinks),
            63 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            27 => ::core::option::Option::Some(OsError::Interrupted),
            8 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            2 => ::core::option::Option::Some(OsError::PermissionDenied),
            21 => ::core::option::Option::Some(OsError::BadAddress),
            28 => ::core::option::Option::Some(OsError::InvalidArgument),
            33 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            6 => ::core::option::Option::Some(OsError::WouldBlock),
            26 => ::core::option::Option::Some(OsError::InProgress),
            7 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            57 => ::core::option::Option::Some(OsError::NotASocket),
            17 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            35 => ::core::option::Option::Some(OsError::MessageTooLong),
            67 => ::core::option::Option::Some(OsError::WrongProtocolType),
            50 => ::core::option::Option::Some(OsError::BadProtocolOption),
            66 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            58 => ::core::option::Option::Some(OsError::OperationNotSupported),
            5 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            3 => ::core::option::Option::Some(OsError::AddressInUse),
            4 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            38 => ::core::option::Option::Some(OsError::NetworkDown),
            40 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            39 => ::core::option::Option::Some(OsError::NetworkReset),
            13 => ::core::option::Option::Some(OsError::ConnectionAborted),
            15 => ::core::option::Option::Some(OsError::ConnectionReset),
            42 => ::core::option::Option::Some(OsError::NoBufferSpace),
            30 => ::core::option::Option::Some(OsError::AlreadyConnected),
            53 => ::core::option::Option::Some(OsError::NotConnected),
            73 => ::core::option::Option::Some(OsError::TimedOut),
            14 => ::core::option::Option::Some(OsError::ConnectionRefused),
            32 => ::core::option::Option::Some(OsError::FilesystemLoop),
            37 => ::core::option::Option::Some(OsError::NameTooLong),
            23 => ::core::option::Option::Some(OsError::HostUnreachable),
            55 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            19 => ::core::option::Option::Some(OsError::QuotaExceeded),
            72 => ::core::option::Option::Some(OsError::StaleFileHandle),
            71 => ::core::option::Option::Some(OsError::NoSuchProcess),
            60 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            43 => ::core::option::Option::Some(OsError::NoSuchDevice),
            41 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            59 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            74 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            18 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            68 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            46 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            49 => ::core::option::Option::Some(OsError::NoMessage),
            24 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            47 => ::core::option::Option::Some(OsError::LinkSevered),
            65 => ::core::option::Option::Some(OsError::ProtocolError),
            36 => ::core::option::Option::Some(OsError::MultihopAttempted),
            9 => ::core::option::Option::Some(OsError::BadMessage),
            61 => ::core::option::Option::Some(OsError::ValueOverflow),
            62 => ::core::option::Option::Some(OsError::OwnerDied),
            56 => ::core::option::Option::Some(OsError::NotRecoverable),
            76 => ::core::option::Option::Some(OsError::NotCapable),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    const fn __decode_emscripten(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
        match code {
            44 => ::core::option::Option::Some(OsError::NotFound),
            48 => ::core::option::Option::Some(OsError::OutOfMemory),
            75 => ::core::option::Option::Some(OsError::CrossesDevices),
            69 => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
            20 => ::core::option::Option::Some(OsError::AlreadyExists),
            64 => ::core::option::Option::Some(OsError::BrokenPipe),
            51 => ::core::option::Option::Some(OsError::StorageFull),
            52 => ::core::option::Option::Some(OsError::FunctionNotImplemented),
            12 => ::core::option::Option::Some(OsError::NoChildProcesses),
            70 => ::core::option::Option::Some(OsError::NotSeekable),
            10 => ::core::option::Option::Some(OsError::ResourceBusy),
            45 => ::core::option::Option::Some(OsError::ExecFormatError),
            1 => ::core::option::Option::Some(OsError::ArgumentListTooLong),
            22 => ::core::option::Option::Some(OsError::FileTooLarge),
            54 => ::core::option::Option::Some(OsError::NotADirectory),
            31 => ::core::option::Option::Some(OsError::IsADirectory),
            11 => ::core::option::Option::Some(OsError::OperationCanceled),
            25 => ::core::option::Option::Some(OsError::IllegalByteSequence),
            29 => ::core::option::Option::Some(OsError::IoError),
            16 => ::core::option::Option::Some(OsError::Deadlock),
            34 => ::core::option::Option::Some(OsError::TooManyLinks),
            63 => ::core::option::Option::Some(OsError::OperationNotPermitted),
            27 => ::core::option::Option::Some(OsError::Interrupted),
            8 => ::core::option::Option::Some(OsError::BadFileDescriptor),
            2 => ::core::option::Option::Some(OsError::PermissionDenied),
            21 => ::core::option::Option::Some(OsError::BadAddress),
            28 => ::core::option::Option::Some(OsError::InvalidArgument),
            33 => ::core::option::Option::Some(OsError::TooManyOpenFiles),
            6 => ::core::option::Option::Some(OsError::WouldBlock),
            26 => ::core::option::Option::Some(OsError::InProgress),
            7 => ::core::option::Option::Some(OsError::AlreadyInProgress),
            57 => ::core::option::Option::Some(OsError::NotASocket),
            17 => ::core::option::Option::Some(OsError::DestinationAddressRequired),
            35 => ::core::option::Option::Some(OsError::MessageTooLong),
            67 => ::core::option::Option::Some(OsError::WrongProtocolType),
            50 => ::core::option::Option::Some(OsError::BadProtocolOption),
            66 => ::core::option::Option::Some(OsError::ProtocolNotSupported),
            137 => ::core::option::Option::Some(OsError::SocketTypeNotSupported),
            138 => ::core::option::Option::Some(OsError::OperationNotSupported),
            139 => ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported),
            5 => ::core::option::Option::Some(OsError::AddressFamilyNotSupported),
            3 => ::core::option::Option::Some(OsError::AddressInUse),
            4 => ::core::option::Option::Some(OsError::AddressNotAvailable),
            38 => ::core::option::Option::Some(OsError::NetworkDown),
            40 => ::core::option::Option::Some(OsError::NetworkUnreachable),
            39 => ::core::option::Option::Some(OsError::NetworkReset),
            13 => ::core::option::Option::Some(OsError::ConnectionAborted),
            15 => ::core::option::Option::Some(OsError::ConnectionReset),
            42 => ::core::option::Option::Some(OsError::NoBufferSpace),
            30 => ::core::option::Option::Some(OsError::AlreadyConnected),
            53 => ::core::option::Option::Some(OsError::NotConnected),
            140 => ::core::option::Option::Some(OsError::SocketShutdown),
            141 => ::core::option::Option::Some(OsError::TooManyReferences),
            73 => ::core::option::Option::Some(OsError::TimedOut),
            14 => ::core::option::Option::Some(OsError::ConnectionRefused),
            32 => ::core::option::Option::Some(OsError::FilesystemLoop),
            37 => ::core::option::Option::Some(OsError::NameTooLong),
            142 => ::core::option::Option::Some(OsError::HostDown),
            23 => ::core::option::Option::Some(OsError::HostUnreachable),
            55 => ::core::option::Option::Some(OsError::DirectoryNotEmpty),
            136 => ::core::option::Option::Some(OsError::TooManyUsers),
            19 => ::core::option::Option::Some(OsError::QuotaExceeded),
            72 => ::core::option::Option::Some(OsError::StaleFileHandle),
            121 => ::core::option::Option::Some(OsError::ObjectIsRemote),
            71 => ::core::option::Option::Some(OsError::NoSuchProcess),
            60 => ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress),
            105 => ::core::option::Option::Some(OsError::BlockDeviceRequired),
            43 => ::core::option::Option::Some(OsError::NoSuchDevice),
            41 => ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem),
            59 => ::core::option::Option::Some(OsError::InappropriateIoctl),
            74 => ::core::option::Option::Some(OsError::ExecutableFileBusy),
            18 => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
            68 => ::core::option::Option::Some(OsError::ResultOutOfRange),
            46 => ::core::option::Option::Some(OsError::NoLocksAvailable),
            49 => ::core::option::Option::Some(OsError::NoMessage),
            24 => ::core::option::Option::Some(OsError::IdentifierRemoved),
            106 => ::core::option::Option::Some(OsError::ChannelOutOfRange),
            156 => ::core::option::Option::Some(OsError::Level2NotSynchronized),
            107 => ::core::option::Option::Some(OsError::Level3Halted),
            108 => ::core::option::Option::Some(OsError::Level3Reset),
            109 => ::core::option::Option::Some(OsError::LinkNumberOutOfRange),
            110 => ::core::option::Option::Some(OsError::ProtocolDriverNotAttached),
            111 => ::core::option::Option::Some(OsError::NoCsiStructure),
            112 => ::core::option::Option::Some(OsError::Level2Halted),
            113 => ::core::option::Option::Some(OsError::InvalidExchange),
            114 => ::core::option::Option::Some(OsError::InvalidRequestDescriptor),
            115 => ::core::option::Option::Some(OsError::ExchangeFull),
            104 => ::core::option::Option::Some(OsError::NoAnode),
            103 => ::core::option::Option::Some(OsError::InvalidRequestCode),
            102 => ::core::option::Option::Some(OsError::InvalidSlot),
            101 => ::core::option::Option::Some(OsError::BadFontFile),
            100 => ::core::option::Option::Some(OsError::NotAStream),
            116 => ::core::option::Option::Some(OsError::NoDataAvailable),
            117 => ::core::option::Option::Some(OsError::TimerExpired),
            118 => ::core::option::Option::Some(OsError::OutOfStreamsResources),
            119 => ::core::option::Option::Some(OsError::NotOnNetwork),
            120 => ::core::option::Option::Some(OsError::PackageNotInstalled),
            47 => ::core::option::Option::Some(OsError::LinkSevered),
            122 => ::core::option::Option::Some(OsError::AdvertiseError),
            123 => ::core::option::Option::Some(OsError::SrmountError),
            124 => ::core::option::Option::Some(OsError::CommunicationError),
            65 => ::core::option::Option::Some(OsError::ProtocolError),
            36 => ::core::option::Option::Some(OsError::MultihopAttempted),
            125 => ::core::option::Option::Some(OsError::RfsSpecificError),
            9 => ::core::option::Option::Some(OsError::BadMessage),
            61 => ::core::option::Option::Some(OsError::ValueOverflow),
            126 => ::core::option::Option::Some(OsError::NameNotUnique),
            127 => ::core::option::Option::Some(OsError::FileDescriptorBadState),
            128 => ::core::option::Option::Some(OsError::RemoteAddressChanged),
            129 => ::core::option::Option::Some(OsError::SharedLibraryInaccessible),
            130 => ::core::option::Option::Some(OsError::SharedLibraryCorrupted),
            131 => ::core::option::Option::Some(OsError::LibSectionCorrupted),
            132 => ::core::option::Option::Some(OsError::TooManySharedLibraries),
            133 => ::core::option::Option::Some(OsError::CannotExecSharedLibrary),
            134 => ::core::option::Option::Some(OsError::ShouldRestart),
            135 => ::core::option::Option::Some(OsError::StreamsPipeError),
            143 => ::core::option::Option::Some(OsError::StructureNeedsCleaning),
            144 => ::core::option::Option::Some(OsError::NotXenixNamedType),
            145 => ::core::option::Option::Some(OsError::NoXenixSemaphores),
            146 => ::core::option::Option::Some(OsError::IsNamedTypeFile),
            147 => ::core::option::Option::Some(OsError::RemoteIoError),
            148 => ::core::option::Option::Some(OsError::NoMedium),
            149 => ::core::option::Option::Some(OsError::WrongMediumType),
            150 => ::core::option::Option::Some(OsError::KeyNotAvailable),
            151 => ::core::option::Option::Some(OsError::KeyExpired),
            152 => ::core::option::Option::Some(OsError::KeyRevoked),
            153 => ::core::option::Option::Some(OsError::KeyRejected),
            62 => ::core::option::Option::Some(OsError::OwnerDied),
            56 => ::core::option::Option::Some(OsError::NotRecoverable),
            154 => ::core::option::Option::Some(OsError::RfKill),
            155 => ::core::option::Option::Some(OsError::HardwarePoison),
            _ => ::core::option::Option::None,
        }
    }
    #[inline(always)]
    const fn __decode(
        platform: ::errtable::__private::Platform,
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<OsError> {
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
            ::errtable::__private::Platform::Aix => __decode_aix(code),
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
    const __NAME_LIST: [(&::core::primitive::str, ::core::primitive::u32); 664] = [
        ("ED", 232),
        ("EIO", 32),
        ("EADV", 160),
        ("EDOM", 133),
        ("ESAD", 226),
        ("E2BIG", 19),
        ("EAUTH", 199),
        ("EBADE", 146),
        ("EBADF", 38),
        ("EBADR", 147),
        ("EBUSY", 17),
        ("ECOMM", 162),
        ("EDIED", 231),
        ("EDIST", 221),
        ("EFBIG", 20),
        ("EFPOS", 228),
        ("EIDRM", 137),
        ("EIEIO", 234),
        ("EINIT", 240),
        ("EINTR", 37),
        ("ELBIN", 236),
        ("ELOOP", 70),
        ("ENOSR", 156),
        ("ENXIO", 127),
        ("EPERM", 36),
        ("EPIPE", 11),
        ("EROFS", 5),
        ("ESOFT", 225),
        ("ESRCH", 126),
        ("ETIME", 155),
        ("EXDEV", 4),
        ("EACCES", 39),
        ("EAGAIN", 43),
        ("EBADFD", 169),
        ("EBFONT", 152),
        ("ECHILD", 15),
        ("ECHRNG", 138),
        ("EDQUOT", 77),
        ("EEXIST", 9),
        ("EFAULT", 40),
        ("EFTYPE", 198),
        ("EILSEQ", 31),
        ("EINVAL", 41),
        ("EIPSEC", 214),
        ("EISDIR", 25),
        ("EISNAM", 181),
        ("EL2HLT", 145),
        ("EL3HLT", 140),
        ("EL3RST", 141),
        ("ELNRNG", 142),
        ("EMEDIA", 224),
        ("EMFILE", 42),
        ("EMLINK", 34),
        ("ENFILE", 130),
        ("ENOANO", 149),
        ("ENOCSI", 144),
        ("ENODEV", 129),
        ("ENOENT", 1),
        ("ENOKEY", 185),
        ("ENOLCK", 135),
        ("ENOMEM", 3),
        ("ENOMSG", 136),
        ("ENONET", 157),
        ("ENOPKG", 158),
        ("ENOSPC", 12),
        ("ENOSTR", 153),
        ("ENOSYM", 242),
        ("ENOSYS", 13),
        ("ENOTTY", 131),
        ("EPROTO", 163),
        ("EQFULL", 209),
        ("ERANGE", 134),
        ("ESPIPE", 16),
        ("ESRMNT", 161),
        ("ESTALE", 78),
        ("EUSERS", 76),
        ("EXFULL", 148),
        ("NoData", 98),
        ("RfKill", 191),
        ("EBADMSG", 166),
        ("EBADRPC", 193),
        ("EBADRQC", 150),
        ("EBADSLT", 151),
        ("EDEADLK", 33),
        ("EDEVERR", 202),
        ("EDOOFUS", 211),
        ("EDOTDOT", 165),
        ("EFORMAT", 219),
        ("EISCONN", 64),
        ("ELIBACC", 171),
        ("ELIBBAD", 172),
        ("ELIBMAX", 174),
        ("ELIBSCN", 173),
        ("ENAVAIL", 180),
        ("ENMFILE", 237),
        ("ENOATTR", 207),
        ("ENOBUFS", 63),
        ("ENODATA", 154),
        ("ENOEXEC", 18),
        ("ENOLINK", 159),
        ("ENOTBLK", 128),
        ("ENOTDIR", 24),
        ("ENOTNAM", 179),
        ("ENOTSUP", 8),
        ("EPWROFF", 201),
        ("EREMCHG", 170),
        ("EREMDEV", 241),
        ("EREMOTE", 79),
        ("ERFKILL", 191),
        ("ETXTBSY", 132),
        ("EUCLEAN", 178),
        ("EUNATCH", 143),
        ("IoError", 32),
        ("NoAnode", 149),
        ("Deadlock", 33),
        ("EALREADY", 45),
        ("EBADARCH", 204),
        ("EBADEXEC", 203),
        ("ECAPMODE", 212),
        ("ECLONEME", 176),
        ("ECORRUPT", 222),
        ("EL2NSYNC", 139),
        ("ELIBEXEC", 175),
        ("EMSGSIZE", 48),
        ("ENETDOWN", 58),
        ("ENOSHARE", 238),
        ("ENOTCONN", 65),
        ("ENOTRUST", 227),
        ("ENOTSOCK", 46),
        ("ENOTUNIQ", 168),
        ("EPROCLIM", 75),
        ("EREFUSED", 69),
        ("ERESTART", 176),
        ("ERREMOTE", 244),
        ("ESIGPARM", 229),
        ("ESTRPIPE", 177),
        ("HostDown", 72),
        ("MoreData", 23),
        ("NoMedium", 183),
        ("NotFound", 1),
        ("PipeBusy", 22),
        ("TimedOut", 68),
        ("TryAgain", 96),
        ("WSAEBADF", 38),
        ("WSAEINTR", 37),
        ("WSAELOOP", 70),
        ("CaseClash", 239),
        ("EBADMACHO", 206),
        ("ECANCELED", 28),
        ("EDEADLOCK", 33),
        ("EFSBADCRC", 166),
        ("EGREGIOUS", 233),
        ("EHOSTDOWN", 72),
        ("EHWPOISON", 192),
        ("EMULTIHOP", 164),
        ("ENEEDAUTH", 200),
        ("ENETRESET", 60),
        ("ENOMEDIUM", 183),
        ("ENOPOLICY", 208),
        ("ENOTEMPTY", 74),
        ("ENOTREADY", 217),
        ("EOVERFLOW", 167),
        ("EREMOTEIO", 182),
        ("ERROR_CRC", 32),
        ("ESHUTDOWN", 66),
        ("ESYSERROR", 223),
        ("ETIMEDOUT", 68),
        ("Egregious", 233),
        ("IoPending", 30),
        ("NoMessage", 136),
        ("OwnerDied", 189),
        ("WSAEACCES", 39),
        ("WSAEDQUOT", 77),
        ("WSAEFAULT", 40),
        ("WSAEINVAL", 41),
        ("WSAEMFILE", 42),
        ("WSAESTALE", 78),
        ("WSAEUSERS", 76),
        ("BadAddress", 40),
        ("BadCpuType", 204),
        ("BadMessage", 166),
        ("BrokenPipe", 11),
        ("EADDRINUSE", 56),
        ("ECANCELLED", 28),
        ("ECASECLASH", 239),
        ("ECONNRESET", 62),
        ("EINTEGRITY", 213),
        ("ENOCONNECT", 220),
        ("ENOTACTIVE", 216),
        ("EOPNOTSUPP", 53),
        ("EOWNERDEAD", 189),
        ("EPROTOTYPE", 49),
        ("ERROR_BUSY", 17),
        ("ERROR_SEEK", 32),
        ("ESHLIBVERS", 205),
        ("EWRPROTECT", 218),
        ("Gratuitous", 235),
        ("InProgress", 44),
        ("KeyExpired", 186),
        ("KeyRevoked", 187),
        ("NoRecovery", 97),
        ("NotASocket", 46),
        ("NotAStream", 153),
        ("NotCapable", 210),
        ("QosSenders", 100),
        ("WSAEDISCON", 83),
        ("WSAEISCONN", 64),
        ("WSAENOBUFS", 63),
        ("WSAENOMORE", 84),
        ("WSAEREMOTE", 79),
        ("WSANO_DATA", 98),
        ("WouldBlock", 43),
        ("BadFontFile", 152),
        ("DeviceError", 202),
        ("EBACKGROUND", 230),
        ("EDESTADDREQ", 47),
        ("EGRATUITOUS", 235),
        ("EINPROGRESS", 44),
        ("EKEYEXPIRED", 186),
        ("EKEYREVOKED", 187),
        ("EMEDIUMTYPE", 184),
        ("ENETUNREACH", 59),
        ("ENOPROTOOPT", 50),
        ("ENOTCAPABLE", 210),
        ("EWOULDBLOCK", 43),
        ("Interrupted", 37),
        ("InvalidName", 14),
        ("InvalidSlot", 151),
        ("KeyRejected", 188),
        ("Level3Reset", 141),
        ("LinkSevered", 159),
        ("NameTooLong", 71),
        ("NetworkDown", 58),
        ("NoMoreFiles", 237),
        ("NoSuchShare", 238),
        ("NotSeekable", 16),
        ("OutOfMemory", 3),
        ("QosBadStyle", 106),
        ("RemoteInode", 236),
        ("SignalError", 229),
        ("StorageFull", 12),
        ("Unexplained", 232),
        ("WSAEALREADY", 45),
        ("WSAEMSGSIZE", 48),
        ("WSAENETDOWN", 58),
        ("WSAENOTCONN", 65),
        ("WSAENOTSOCK", 46),
        ("WSAEPROCLIM", 75),
        ("WSAEREFUSED", 94),
        ("AddressInUse", 56),
        ("BadRpcStruct", 193),
        ("EAFNOSUPPORT", 55),
        ("ECONNABORTED", 61),
        ("ECONNREFUSED", 69),
        ("EDESTADDRREQ", 47),
        ("EFSCORRUPTED", 178),
        ("EHOSTUNREACH", 73),
        ("EKEYREJECTED", 188),
        ("ENAMETOOLONG", 71),
        ("EPFNOSUPPORT", 54),
        ("EPROCUNAVAIL", 197),
        ("EPROGUNAVAIL", 195),
        ("ERPCMISMATCH", 194),
        ("ETOOMANYREFS", 67),
        ("ExchangeFull", 148),
        ("FileTooLarge", 20),
        ("HostNotFound", 95),
        ("InitReserved", 240),
        ("IoIncomplete", 29),
        ("IpsecFailure", 214),
        ("IsADirectory", 25),
        ("Level2Halted", 145),
        ("Level3Halted", 140),
        ("LockUnmapped", 215),
        ("LookupNoMore", 84),
        ("NetworkReset", 60),
        ("NoSuchDevice", 129),
        ("NotConnected", 65),
        ("NotOnNetwork", 157),
        ("NotSupported", 8),
        ("QosBadObject", 107),
        ("QosNoSenders", 101),
        ("QosReceivers", 99),
        ("QueryRefused", 94),
        ("ResourceBusy", 17),
        ("SrmountError", 161),
        ("TimerExpired", 155),
        ("TooManyLinks", 34),
        ("TooManyUsers", 76),
        ("WAIT_TIMEOUT", 68),
        ("WSAEHOSTDOWN", 72),
        ("WSAENETRESET", 60),
        ("WSAENOTEMPTY", 74),
        ("WSAESHUTDOWN", 66),
        ("WSAETIMEDOUT", 68),
        ("WSATRY_AGAIN", 96),
        ("AlreadyExists", 9),
        ("BadExecutable", 203),
        ("Disconnecting", 83),
        ("EADDRNOTAVAIL", 57),
        ("ELOCKUNMAPPED", 215),
        ("EPROGMISMATCH", 196),
        ("ERROR_NO_DATA", 11),
        ("ERROR_TIMEOUT", 68),
        ("InvalidHandle", 2),
        ("LockViolation", 7),
        ("NameNotUnique", 168),
        ("NoBufferSpace", 63),
        ("NoSuchProcess", 126),
        ("NotADirectory", 24),
        ("PipeConnected", 26),
        ("PipeListening", 27),
        ("ProtocolError", 163),
        ("QuotaExceeded", 77),
        ("RemoteIoError", 182),
        ("ShouldRestart", 176),
        ("ValueOverflow", 167),
        ("WSAEADDRINUSE", 56),
        ("WSAECANCELLED", 85),
        ("WSAECONNRESET", 62),
        ("WSAEOPNOTSUPP", 53),
        ("WSAEPROTOTYPE", 49),
        ("WSANO_ADDRESS", 98),
        ("WSA_E_NO_MORE", 92),
        ("AdvertiseError", 160),
        ("CapabilityMode", 212),
        ("CrossesDevices", 4),
        ("DeviceNotReady", 217),
        ("DevicePowerOff", 201),
        ("EREMOTERELEASE", 243),
        ("ERROR_BAD_PIPE", 21),
        ("ERROR_NOACCESS", 40),
        ("FilesystemLoop", 70),
        ("HardwarePoison", 192),
        ("LookupCanceled", 85),
        ("MalformedMachO", 206),
        ("MessageTooLong", 48),
        ("NoCsiStructure", 144),
        ("NotInitialized", 82),
        ("NotRecoverable", 190),
        ("ObjectIsRemote", 79),
        ("PolicyNotFound", 208),
        ("QosNoReceivers", 102),
        ("SocketShutdown", 66),
        ("SymbolNotFound", 242),
        ("SystemNotReady", 80),
        ("TranslatorDied", 231),
        ("WSAEINPROGRESS", 44),
        ("WSAENETUNREACH", 59),
        ("WSAENOPROTOOPT", 50),
        ("WSAEWOULDBLOCK", 43),
        ("WSANO_RECOVERY", 97),
        ("WSASYSNOTREADY", 80),
        ("WSA_IO_PENDING", 30),
        ("ConnectionReset", 62),
        ("ENOTRECOVERABLE", 190),
        ("EPROTONOSUPPORT", 51),
        ("ERROR_BUS_RESET", 32),
        ("ERROR_DIRECTORY", 24),
        ("ERROR_DISK_FULL", 12),
        ("ERROR_IO_DEVICE", 32),
        ("ERROR_MORE_DATA", 23),
        ("ERROR_NOT_FOUND", 35),
        ("ERROR_PIPE_BUSY", 22),
        ("ESOCKTNOSUPPORT", 52),
        ("ElementNotFound", 35),
        ("ExecFormatError", 18),
        ("HostUnreachable", 73),
        ("InvalidArgument", 41),
        ("InvalidExchange", 146),
        ("InvalidFunction", 0),
        ("InvalidProvider", 87),
        ("IsNamedTypeFile", 181),
        ("KeyNotAvailable", 185),
        ("NeedsRelocation", 225),
        ("NoDataAvailable", 154),
        ("QosGenericError", 109),
        ("ServiceNotFound", 90),
        ("StaleFileHandle", 78),
        ("WSAEAFNOSUPPORT", 55),
        ("WSAECONNABORTED", 61),
        ("WSAECONNREFUSED", 69),
        ("WSAEDESTADDRREQ", 47),
        ("WSAEHOSTUNREACH", 73),
        ("WSAENAMETOOLONG", 71),
        ("WSAEPFNOSUPPORT", 54),
        ("WSAETOOMANYREFS", 67),
        ("WSA_E_CANCELLED", 93),
        ("WSA_QOS_SENDERS", 100),
        ("WrongMediumType", 184),
        ("AlreadyConnected", 64),
        ("ERROR_BAD_FORMAT", 18),
        ("ERROR_IO_PENDING", 30),
        ("ERROR_READ_FAULT", 32),
        ("InvalidParameter", 10),
        ("InvalidPipeState", 21),
        ("NoChildProcesses", 15),
        ("NoLocksAvailable", 135),
        ("PermissionDenied", 39),
        ("ProgrammingError", 211),
        ("QosFlowspecError", 111),
        ("QosPolicyFailure", 105),
        ("QosUnknownObject", 118),
        ("ResultOutOfRange", 134),
        ("RfsSpecificError", 165),
        ("SharingViolation", 6),
        ("StreamsPipeError", 177),
        ("TooManyOpenFiles", 42),
        ("TooManyProcesses", 75),
        ("UnformattedMedia", 219),
        ("WSAEADDRNOTAVAIL", 57),
        ("AlreadyInProgress", 45),
        ("AttributeNotFound", 207),
        ("BackgroundProcess", 230),
        ("BadFileDescriptor", 38),
        ("BadProtocolOption", 50),
        ("ChannelOutOfRange", 138),
        ("ClassTypeNotFound", 91),
        ("ConnectionAborted", 61),
        ("ConnectionRefused", 69),
        ("CorruptFilesystem", 222),
        ("DirectoryNotEmpty", 74),
        ("ERROR_BAD_NETPATH", 1),
        ("ERROR_BROKEN_PIPE", 11),
        ("ERROR_CANNOT_MAKE", 12),
        ("ERROR_FILE_EXISTS", 9),
        ("ERROR_GEN_FAILURE", 32),
        ("ERROR_OPEN_FAILED", 32),
        ("ERROR_OUTOFMEMORY", 3),
        ("ERROR_SEM_TIMEOUT", 68),
        ("ERROR_WRITE_FAULT", 32),
        ("FacilityNotActive", 216),
        ("FilePositionError", 228),
        ("IdentifierRemoved", 137),
        ("MediaSurfaceError", 224),
        ("MultihopAttempted", 164),
        ("NeedAuthenticator", 200),
        ("NoXenixSemaphores", 180),
        ("NotTrustedProgram", 227),
        ("NotXenixNamedType", 179),
        ("OperationCanceled", 28),
        ("SystemCallFailure", 89),
        ("TooManyReferences", 67),
        ("WSAHOST_NOT_FOUND", 95),
        ("WSANOTINITIALISED", 82),
        ("WSASYSCALLFAILURE", 89),
        ("WSATYPE_NOT_FOUND", 91),
        ("WSA_IO_INCOMPLETE", 29),
        ("WSA_QOS_BAD_STYLE", 106),
        ("WSA_QOS_EFLOWDESC", 120),
        ("WSA_QOS_EFLOWSPEC", 111),
        ("WSA_QOS_RECEIVERS", 99),
        ("WrongProtocolType", 49),
        ("CommunicationError", 162),
        ("ERROR_BAD_NET_NAME", 1),
        ("ERROR_BAD_PATHNAME", 14),
        ("ERROR_DISK_CORRUPT", 32),
        ("ERROR_END_OF_MEDIA", 12),
        ("ERROR_EOM_OVERFLOW", 32),
        ("ERROR_INVALID_DATA", 41),
        ("ERROR_INVALID_NAME", 14),
        ("ExecutableFileBusy", 132),
        ("InappropriateIoctl", 131),
        ("InterfaceQueueFull", 209),
        ("InvalidRequestCode", 150),
        ("LookupCallCanceled", 93),
        ("NetworkUnreachable", 59),
        ("ProviderFailedInit", 88),
        ("ReadOnlyFilesystem", 5),
        ("RemotePeerReleased", 243),
        ("RpcVersionMismatch", 194),
        ("WSAEPROTONOSUPPORT", 51),
        ("WSAESOCKTNOSUPPORT", 52),
        ("WSAVERNOTSUPPORTED", 81),
        ("WSA_INVALID_HANDLE", 2),
        ("WSA_QOS_BAD_OBJECT", 107),
        ("WSA_QOS_EFLOWCOUNT", 117),
        ("WSA_QOS_EOBJLENGTH", 116),
        ("WSA_QOS_EPOLICYOBJ", 119),
        ("WSA_QOS_ESDMODEOBJ", 123),
        ("WSA_QOS_NO_SENDERS", 101),
        ("AddressNotAvailable", 57),
        ("ArgumentListTooLong", 19),
        ("ArgumentOutOfDomain", 133),
        ("AuthenticationError", 199),
        ("BlockDeviceRequired", 128),
        ("ERROR_ACCESS_DENIED", 39),
        ("ERROR_DIR_NOT_EMPTY", 74),
        ("ERROR_EA_TABLE_FULL", 12),
        ("ERROR_INVALID_DRIVE", 1),
        ("ERROR_INVALID_FLAGS", 41),
        ("ERROR_IO_INCOMPLETE", 29),
        ("ERROR_MOD_NOT_FOUND", 1),
        ("ERROR_NEGATIVE_SEEK", 41),
        ("ERROR_NOT_CONNECTED", 65),
        ("ERROR_NOT_SUPPORTED", 8),
        ("ERROR_WRITE_PROTECT", 5),
        ("IllegalByteSequence", 31),
        ("LibSectionCorrupted", 173),
        ("LookupNoMoreResults", 92),
        ("PackageNotInstalled", 158),
        ("QosAdmissionFailure", 104),
        ("QosInvalidFlowCount", 117),
        ("QosRequestConfirmed", 103),
        ("QosServiceTypeError", 110),
        ("SystemErrorReserved", 223),
        ("TooManyRemoteLevels", 244),
        ("VersionNotSupported", 81),
        ("WSAEINVALIDPROVIDER", 87),
        ("WSA_QOS_EFILTERTYPE", 114),
        ("WSA_QOS_EPSFLOWSPEC", 121),
        ("WriteProtectedMedia", 218),
        ("ERROR_ALREADY_EXISTS", 9),
        ("ERROR_BAD_EXE_FORMAT", 18),
        ("ERROR_FILE_NOT_FOUND", 1),
        ("ERROR_FILE_TOO_LARGE", 20),
        ("ERROR_INVALID_ACCESS", 41),
        ("ERROR_INVALID_HANDLE", 2),
        ("ERROR_INVALID_SEGDPL", 18),
        ("ERROR_LOCK_VIOLATION", 7),
        ("ERROR_PATH_NOT_FOUND", 1),
        ("ERROR_PIPE_CONNECTED", 26),
        ("ERROR_PIPE_LISTENING", 27),
        ("ERROR_SEEK_ON_DEVICE", 16),
        ("ERROR_TOO_MANY_LINKS", 34),
        ("IntegrityCheckFailed", 213),
        ("LinkNumberOutOfRange", 142),
        ("ProtocolNotSupported", 51),
        ("QosInvalidFilterType", 114),
        ("RemoteAddressChanged", 170),
        ("RemoteDeviceReserved", 241),
        ("WSAEINVALIDPROCTABLE", 86),
        ("WSASERVICE_NOT_FOUND", 90),
        ("WSA_QOS_EFILTERCOUNT", 115),
        ("WSA_QOS_EFILTERSTYLE", 113),
        ("WSA_QOS_EPROVSPECBUF", 112),
        ("WSA_QOS_ESERVICETYPE", 110),
        ("WSA_QOS_EUNKOWNPSOBJ", 118),
        ("WSA_QOS_NO_RECEIVERS", 102),
        ("ComputerBoughtTheFarm", 234),
        ("ERROR_BUFFER_OVERFLOW", 71),
        ("ERROR_COUNTER_TIMEOUT", 68),
        ("ERROR_NETNAME_DELETED", 62),
        ("ERROR_NOT_SAME_DEVICE", 4),
        ("InappropriateFileType", 198),
        ("InvalidProcedureTable", 86),
        ("Level2NotSynchronized", 139),
        ("NoSuchDeviceOrAddress", 127),
        ("OperationNotPermitted", 36),
        ("OperationNotSupported", 53),
        ("OutOfStreamsResources", 156),
        ("QosInvalidFilterCount", 115),
        ("QosInvalidFilterStyle", 113),
        ("QosInvalidShapingRate", 124),
        ("RpcProgramUnavailable", 195),
        ("WSA_INVALID_PARAMETER", 10),
        ("WSA_NOT_ENOUGH_MEMORY", 3),
        ("WSA_OPERATION_ABORTED", 28),
        ("WSA_QOS_EPSFILTERSPEC", 122),
        ("WSA_QOS_ESHAPERATEOBJ", 124),
        ("WSA_QOS_EUNKNOWNPSOBJ", 118),
        ("WSA_QOS_GENERIC_ERROR", 109),
        ("BlockedByAdministrator", 221),
        ("ERROR_CANT_ACCESS_FILE", 39),
        ("ERROR_DEVICE_DOOR_OPEN", 32),
        ("ERROR_ENVVAR_NOT_FOUND", 1),
        ("ERROR_HANDLE_DISK_FULL", 12),
        ("ERROR_HOST_UNREACHABLE", 73),
        ("ERROR_INVALID_FUNCTION", 0),
        ("ERROR_INVALID_STACKSEG", 18),
        ("ERROR_IOPL_NOT_ENABLED", 18),
        ("ERROR_NOT_ENOUGH_QUOTA", 3),
        ("ERROR_NO_DATA_DETECTED", 32),
        ("ERROR_PORT_UNREACHABLE", 69),
        ("ERROR_SECTOR_NOT_FOUND", 32),
        ("ERROR_SETMARK_DETECTED", 32),
        ("ERROR_WAIT_NO_CHILDREN", 15),
        ("FileDescriptorBadState", 169),
        ("FunctionNotImplemented", 13),
        ("QosInvalidObjectLength", 116),
        ("QosInvalidPolicyObject", 119),
        ("QosTrafficControlError", 108),
        ("SharedLibraryCorrupted", 172),
        ("SocketTypeNotSupported", 52),
        ("StructureNeedsCleaning", 178),
        ("TooManySharedLibraries", 174),
        ("WSAEPROVIDERFAILEDINIT", 88),
        ("WSA_QOS_POLICY_FAILURE", 105),
        ("CannotExecSharedLibrary", 175),
        ("ERROR_CURRENT_DIRECTORY", 39),
        ("ERROR_FILEMARK_DETECTED", 32),
        ("ERROR_INVALID_PARAMETER", 10),
        ("ERROR_NOT_ENOUGH_MEMORY", 3),
        ("ERROR_OPERATION_ABORTED", 28),
        ("ERROR_POSSIBLE_DEADLOCK", 33),
        ("ERROR_SHARING_VIOLATION", 6),
        ("RpcProcedureUnavailable", 197),
        ("WSA_QOS_RESERVED_PETYPE", 125),
        ("ERROR_BEGINNING_OF_MEDIA", 32),
        ("ERROR_CONNECTION_ABORTED", 61),
        ("ERROR_CONNECTION_REFUSED", 69),
        ("ERROR_ELEVATION_REQUIRED", 39),
        ("ERROR_EXE_MARKED_INVALID", 18),
        ("ERROR_INVALID_MODULETYPE", 18),
        ("ERROR_PIPE_NOT_CONNECTED", 11),
        ("ERROR_PRIVILEGE_NOT_HELD", 36),
        ("InvalidRequestDescriptor", 147),
        ("QosInvalidFlowDescriptor", 120),
        ("QosInvalidProviderBuffer", 112),
        ("QosReservedPolicyElement", 125),
        ("TooManyOpenFilesInSystem", 130),
        ("AddressFamilyNotSupported", 55),
        ("CannotEstablishConnection", 220),
        ("ERROR_DISK_QUOTA_EXCEEDED", 77),
        ("ERROR_INSUFFICIENT_BUFFER", 41),
        ("ERROR_IPSEC_IKE_TIMED_OUT", 68),
        ("ERROR_NETWORK_UNREACHABLE", 59),
        ("ERROR_TOO_MANY_OPEN_FILES", 42),
        ("ProtocolDriverNotAttached", 143),
        ("RpcProgramVersionMismatch", 196),
        ("SharedLibraryInaccessible", 171),
        ("WSA_QOS_ADMISSION_FAILURE", 104),
        ("WSA_QOS_REQUEST_CONFIRMED", 103),
        ("DNS_ERROR_RECORD_TIMED_OUT", 68),
        ("DestinationAddressRequired", 47),
        ("ERROR_CALL_NOT_IMPLEMENTED", 13),
        ("ERROR_DIRECT_ACCESS_HANDLE", 38),
        ("ERROR_FILENAME_EXCED_RANGE", 71),
        ("ERROR_INVALID_BLOCK_LENGTH", 32),
        ("ERROR_INVALID_MINALLOCSIZE", 18),
        ("ERROR_INVALID_REPARSE_DATA", 41),
        ("ProtocolFamilyNotSupported", 54),
        ("QosInvalidProviderFlowspec", 121),
        ("QosInvalidShapeDiscardMode", 123),
        ("WSA_QOS_TRAFFIC_CTRL_ERROR", 108),
        ("ERROR_CANT_RESOLVE_FILENAME", 70),
        ("ERROR_DRIVER_CANCEL_TIMEOUT", 68),
        ("ERROR_DS_TIMELIMIT_EXCEEDED", 68),
        ("ERROR_INVALID_EXE_SIGNATURE", 18),
        ("ERROR_INVALID_TARGET_HANDLE", 38),
        ("ERROR_NETWORK_ACCESS_DENIED", 39),
        ("ERROR_SYMLINK_NOT_SUPPORTED", 41),
        ("ERROR_INFLOOP_IN_RELOC_CHAIN", 18),
        ("ERROR_NO_UNICODE_TRANSLATION", 31),
        ("QosInvalidProviderFilterspec", 122),
        ("SecurityAuthenticationDenied", 226),
        ("SharedLibraryVersionMismatch", 205),
        ("ERROR_AUTODATASEG_EXCEEDS_64k", 18),
        ("ERROR_DIRECTORY_NOT_SUPPORTED", 25),
        ("ERROR_META_EXPANSION_TOO_LONG", 19),
        ("ERROR_RESOURCE_CALL_TIMED_OUT", 68),
        ("ERROR_RUNLEVEL_SWITCH_TIMEOUT", 68),
        ("ERROR_SERVICE_REQUEST_TIMEOUT", 68),
        ("ERROR_CTX_CLIENT_QUERY_TIMEOUT", 68),
        ("ERROR_DEVICE_REQUIRES_CLEANING", 32),
        ("ERROR_INVALID_STARTING_CODESEG", 18),
        ("ERROR_RELOC_CHAIN_XEEDS_SEGLIM", 18),
        ("ERROR_RING2SEG_MUST_BE_MOVABLE", 18),
        ("ERROR_DYNLINK_FROM_INVALID_RING", 18),
        ("ERROR_ITERATED_DATA_EXCEEDS_64k", 18),
        ("FRS_ERR_SYSVOL_POPULATE_TIMEOUT", 68),
        ("ERROR_ADDRESS_ALREADY_ASSOCIATED", 56),
        ("ERROR_CTX_MODEM_RESPONSE_TIMEOUT", 68),
        ("ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT", 68),
    ];
    /// The names of `length` bytes, sorted.
    #[inline]
    const fn __name_bucket(
        length: ::core::primitive::usize,
    ) -> &'static [(&'static ::core::primitive::str, ::core::primitive::u32)] {
        match length {
            2 => __slice(&__NAME_LIST, 0, 1),
            3 => __slice(&__NAME_LIST, 1, 2),
            4 => __slice(&__NAME_LIST, 2, 5),
            5 => __slice(&__NAME_LIST, 5, 31),
            6 => __slice(&__NAME_LIST, 31, 79),
            7 => __slice(&__NAME_LIST, 79, 114),
            8 => __slice(&__NAME_LIST, 114, 146),
            9 => __slice(&__NAME_LIST, 146, 178),
            10 => __slice(&__NAME_LIST, 178, 212),
            11 => __slice(&__NAME_LIST, 212, 249),
            12 => __slice(&__NAME_LIST, 249, 296),
            13 => __slice(&__NAME_LIST, 296, 324),
            14 => __slice(&__NAME_LIST, 324, 354),
            15 => __slice(&__NAME_LIST, 354, 390),
            16 => __slice(&__NAME_LIST, 390, 411),
            17 => __slice(&__NAME_LIST, 411, 453),
            18 => __slice(&__NAME_LIST, 453, 481),
            19 => __slice(&__NAME_LIST, 481, 512),
            20 => __slice(&__NAME_LIST, 512, 539),
            21 => __slice(&__NAME_LIST, 539, 562),
            22 => __slice(&__NAME_LIST, 562, 588),
            23 => __slice(&__NAME_LIST, 588, 598),
            24 => __slice(&__NAME_LIST, 598, 611),
            25 => __slice(&__NAME_LIST, 611, 623),
            26 => __slice(&__NAME_LIST, 623, 635),
            27 => __slice(&__NAME_LIST, 635, 642),
            28 => __slice(&__NAME_LIST, 642, 647),
            29 => __slice(&__NAME_LIST, 647, 653),
            30 => __slice(&__NAME_LIST, 653, 658),
            31 => __slice(&__NAME_LIST, 658, 661),
            32 => __slice(&__NAME_LIST, 661, 663),
            35 => __slice(&__NAME_LIST, 663, 664),
            _ => &[],
        }
    }
    #[inline]
    fn __by_name(name: &::core::primitive::str) -> ::core::option::Option<OsError> {
        match <::core::primitive::str>::len(name) {
            2 => {
                match name {
                    "ED" => ::core::option::Option::Some(OsError::Unexplained),
                    _ => ::core::option::Option::None,
                }
            }
            3 => {
                match name {
                    "EIO" => ::core::option::Option::Some(OsError::IoError),
                    _ => ::core::option::Option::None,
                }
            }
            4 => {
                match name {
                    "EDOM" => ::core::option::Option::Some(OsError::ArgumentOutOfDomain),
                    "EADV" => ::core::option::Option::Some(OsError::AdvertiseError),
                    "ESAD" => {
                        ::core::option::Option::Some(
                            OsError::SecurityAuthenticationDenied,
                        )
                    }
                    _ => ::core::option::Option::None,
                }
            }
            5 => {
                match name {
                    "EXDEV" => ::core::option::Option::Some(OsError::CrossesDevices),
                    "EROFS" => ::core::option::Option::Some(OsError::ReadOnlyFilesystem),
                    "EPIPE" => ::core::option::Option::Some(OsError::BrokenPipe),
                    "EBUSY" => ::core::option::Option::Some(OsError::ResourceBusy),
                    "E2BIG" => ::core::option::Option::Some(OsError::ArgumentListTooLong),
                    "EFBIG" => ::core::option::Option::Some(OsError::FileTooLarge),
                    "EPERM" => {
                        ::core::option::Option::Some(OsError::OperationNotPermitted)
                    }
                    "EINTR" => ::core::option::Option::Some(OsError::Interrupted),
                    "EBADF" => ::core::option::Option::Some(OsError::BadFileDescriptor),
                    "ELOOP" => ::core::option::Option::Some(OsError::FilesystemLoop),
                    "ESRCH" => ::core::option::Option::Some(OsError::NoSuchProcess),
                    "ENXIO" => {
                        ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress)
                    }
                    "EIDRM" => ::core::option::Option::Some(OsError::IdentifierRemoved),
                    "EBADE" => ::core::option::Option::Some(OsError::InvalidExchange),
                    "EBADR" => {
                        ::core::option::Option::Some(OsError::InvalidRequestDescriptor)
                    }
                    "ETIME" => ::core::option::Option::Some(OsError::TimerExpired),
                    "ENOSR" => {
                        ::core::option::Option::Some(OsError::OutOfStreamsResources)
                    }
                    "ECOMM" => ::core::option::Option::Some(OsError::CommunicationError),
                    "EAUTH" => ::core::option::Option::Some(OsError::AuthenticationError),
                    "EDIST" => {
                        ::core::option::Option::Some(OsError::BlockedByAdministrator)
                    }
                    "ESOFT" => ::core::option::Option::Some(OsError::NeedsRelocation),
                    "EFPOS" => ::core::option::Option::Some(OsError::FilePositionError),
                    "EDIED" => ::core::option::Option::Some(OsError::TranslatorDied),
                    "EIEIO" => {
                        ::core::option::Option::Some(OsError::ComputerBoughtTheFarm)
                    }
                    "ELBIN" => ::core::option::Option::Some(OsError::RemoteInode),
                    "EINIT" => ::core::option::Option::Some(OsError::InitReserved),
                    _ => ::core::option::Option::None,
                }
            }
            6 => {
                match name {
                    "ENOENT" => ::core::option::Option::Some(OsError::NotFound),
                    "ENOMEM" => ::core::option::Option::Some(OsError::OutOfMemory),
                    "EEXIST" => ::core::option::Option::Some(OsError::AlreadyExists),
                    "ENOSPC" => ::core::option::Option::Some(OsError::StorageFull),
                    "ENOSYS" => {
                        ::core::option::Option::Some(OsError::FunctionNotImplemented)
                    }
                    "ECHILD" => ::core::option::Option::Some(OsError::NoChildProcesses),
                    "ESPIPE" => ::core::option::Option::Some(OsError::NotSeekable),
                    "EISDIR" => ::core::option::Option::Some(OsError::IsADirectory),
                    "EILSEQ" => {
                        ::core::option::Option::Some(OsError::IllegalByteSequence)
                    }
                    "EMLINK" => ::core::option::Option::Some(OsError::TooManyLinks),
                    "EACCES" => ::core::option::Option::Some(OsError::PermissionDenied),
                    "EFAULT" => ::core::option::Option::Some(OsError::BadAddress),
                    "EINVAL" => ::core::option::Option::Some(OsError::InvalidArgument),
                    "EMFILE" => ::core::option::Option::Some(OsError::TooManyOpenFiles),
                    "EAGAIN" => ::core::option::Option::Some(OsError::WouldBlock),
                    "EUSERS" => ::core::option::Option::Some(OsError::TooManyUsers),
                    "EDQUOT" => ::core::option::Option::Some(OsError::QuotaExceeded),
                    "ESTALE" => ::core::option::Option::Some(OsError::StaleFileHandle),
                    "NoData" => ::core::option::Option::Some(OsError::NoData),
                    "ENODEV" => ::core::option::Option::Some(OsError::NoSuchDevice),
                    "ENFILE" => {
                        ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem)
                    }
                    "ENOTTY" => ::core::option::Option::Some(OsError::InappropriateIoctl),
                    "ERANGE" => ::core::option::Option::Some(OsError::ResultOutOfRange),
                    "ENOLCK" => ::core::option::Option::Some(OsError::NoLocksAvailable),
                    "ENOMSG" => ::core::option::Option::Some(OsError::NoMessage),
                    "ECHRNG" => ::core::option::Option::Some(OsError::ChannelOutOfRange),
                    "EL3HLT" => ::core::option::Option::Some(OsError::Level3Halted),
                    "EL3RST" => ::core::option::Option::Some(OsError::Level3Reset),
                    "ELNRNG" => {
                        ::core::option::Option::Some(OsError::LinkNumberOutOfRange)
                    }
                    "ENOCSI" => ::core::option::Option::Some(OsError::NoCsiStructure),
                    "EL2HLT" => ::core::option::Option::Some(OsError::Level2Halted),
                    "EXFULL" => ::core::option::Option::Some(OsError::ExchangeFull),
                    "ENOANO" => ::core::option::Option::Some(OsError::NoAnode),
                    "EBFONT" => ::core::option::Option::Some(OsError::BadFontFile),
                    "ENOSTR" => ::core::option::Option::Some(OsError::NotAStream),
                    "ENONET" => ::core::option::Option::Some(OsError::NotOnNetwork),
                    "ENOPKG" => {
                        ::core::option::Option::Some(OsError::PackageNotInstalled)
                    }
                    "ESRMNT" => ::core::option::Option::Some(OsError::SrmountError),
                    "EPROTO" => ::core::option::Option::Some(OsError::ProtocolError),
                    "EBADFD" => {
                        ::core::option::Option::Some(OsError::FileDescriptorBadState)
                    }
                    "EISNAM" => ::core::option::Option::Some(OsError::IsNamedTypeFile),
                    "ENOKEY" => ::core::option::Option::Some(OsError::KeyNotAvailable),
                    "RfKill" => ::core::option::Option::Some(OsError::RfKill),
                    "EFTYPE" => {
                        ::core::option::Option::Some(OsError::InappropriateFileType)
                    }
                    "EQFULL" => ::core::option::Option::Some(OsError::InterfaceQueueFull),
                    "EIPSEC" => ::core::option::Option::Some(OsError::IpsecFailure),
                    "EMEDIA" => ::core::option::Option::Some(OsError::MediaSurfaceError),
                    "ENOSYM" => ::core::option::Option::Some(OsError::SymbolNotFound),
                    _ => ::core::option::Option::None,
                }
            }
            7 => {
                match name {
                    "ENOTSUP" => ::core::option::Option::Some(OsError::NotSupported),
                    "ENOEXEC" => ::core::option::Option::Some(OsError::ExecFormatError),
                    "ENOTDIR" => ::core::option::Option::Some(OsError::NotADirectory),
                    "IoError" => ::core::option::Option::Some(OsError::IoError),
                    "EDEADLK" => ::core::option::Option::Some(OsError::Deadlock),
                    "ENOBUFS" => ::core::option::Option::Some(OsError::NoBufferSpace),
                    "EISCONN" => ::core::option::Option::Some(OsError::AlreadyConnected),
                    "EREMOTE" => ::core::option::Option::Some(OsError::ObjectIsRemote),
                    "ENOTBLK" => {
                        ::core::option::Option::Some(OsError::BlockDeviceRequired)
                    }
                    "ETXTBSY" => {
                        ::core::option::Option::Some(OsError::ExecutableFileBusy)
                    }
                    "EUNATCH" => {
                        ::core::option::Option::Some(OsError::ProtocolDriverNotAttached)
                    }
                    "NoAnode" => ::core::option::Option::Some(OsError::NoAnode),
                    "EBADRQC" => {
                        ::core::option::Option::Some(OsError::InvalidRequestCode)
                    }
                    "EBADSLT" => ::core::option::Option::Some(OsError::InvalidSlot),
                    "ENODATA" => ::core::option::Option::Some(OsError::NoDataAvailable),
                    "ENOLINK" => ::core::option::Option::Some(OsError::LinkSevered),
                    "EDOTDOT" => ::core::option::Option::Some(OsError::RfsSpecificError),
                    "EBADMSG" => ::core::option::Option::Some(OsError::BadMessage),
                    "EREMCHG" => {
                        ::core::option::Option::Some(OsError::RemoteAddressChanged)
                    }
                    "ELIBACC" => {
                        ::core::option::Option::Some(OsError::SharedLibraryInaccessible)
                    }
                    "ELIBBAD" => {
                        ::core::option::Option::Some(OsError::SharedLibraryCorrupted)
                    }
                    "ELIBSCN" => {
                        ::core::option::Option::Some(OsError::LibSectionCorrupted)
                    }
                    "ELIBMAX" => {
                        ::core::option::Option::Some(OsError::TooManySharedLibraries)
                    }
                    "EUCLEAN" => {
                        ::core::option::Option::Some(OsError::StructureNeedsCleaning)
                    }
                    "ENOTNAM" => ::core::option::Option::Some(OsError::NotXenixNamedType),
                    "ENAVAIL" => ::core::option::Option::Some(OsError::NoXenixSemaphores),
                    "ERFKILL" => ::core::option::Option::Some(OsError::RfKill),
                    "EBADRPC" => ::core::option::Option::Some(OsError::BadRpcStruct),
                    "EPWROFF" => ::core::option::Option::Some(OsError::DevicePowerOff),
                    "EDEVERR" => ::core::option::Option::Some(OsError::DeviceError),
                    "ENOATTR" => ::core::option::Option::Some(OsError::AttributeNotFound),
                    "EDOOFUS" => ::core::option::Option::Some(OsError::ProgrammingError),
                    "EFORMAT" => ::core::option::Option::Some(OsError::UnformattedMedia),
                    "ENMFILE" => ::core::option::Option::Some(OsError::NoMoreFiles),
                    "EREMDEV" => {
                        ::core::option::Option::Some(OsError::RemoteDeviceReserved)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            8 => {
                match name {
                    "NotFound" => ::core::option::Option::Some(OsError::NotFound),
                    "PipeBusy" => ::core::option::Option::Some(OsError::PipeBusy),
                    "MoreData" => ::core::option::Option::Some(OsError::MoreData),
                    "Deadlock" => ::core::option::Option::Some(OsError::Deadlock),
                    "WSAEINTR" => ::core::option::Option::Some(OsError::Interrupted),
                    "WSAEBADF" => {
                        ::core::option::Option::Some(OsError::BadFileDescriptor)
                    }
                    "EALREADY" => {
                        ::core::option::Option::Some(OsError::AlreadyInProgress)
                    }
                    "ENOTSOCK" => ::core::option::Option::Some(OsError::NotASocket),
                    "EMSGSIZE" => ::core::option::Option::Some(OsError::MessageTooLong),
                    "ENETDOWN" => ::core::option::Option::Some(OsError::NetworkDown),
                    "ENOTCONN" => ::core::option::Option::Some(OsError::NotConnected),
                    "TimedOut" => ::core::option::Option::Some(OsError::TimedOut),
                    "EREFUSED" => {
                        ::core::option::Option::Some(OsError::ConnectionRefused)
                    }
                    "WSAELOOP" => ::core::option::Option::Some(OsError::FilesystemLoop),
                    "HostDown" => ::core::option::Option::Some(OsError::HostDown),
                    "EPROCLIM" => ::core::option::Option::Some(OsError::TooManyProcesses),
                    "TryAgain" => ::core::option::Option::Some(OsError::TryAgain),
                    "EL2NSYNC" => {
                        ::core::option::Option::Some(OsError::Level2NotSynchronized)
                    }
                    "ENOTUNIQ" => ::core::option::Option::Some(OsError::NameNotUnique),
                    "ELIBEXEC" => {
                        ::core::option::Option::Some(OsError::CannotExecSharedLibrary)
                    }
                    "ERESTART" => ::core::option::Option::Some(OsError::ShouldRestart),
                    "ECLONEME" => ::core::option::Option::Some(OsError::ShouldRestart),
                    "ESTRPIPE" => ::core::option::Option::Some(OsError::StreamsPipeError),
                    "NoMedium" => ::core::option::Option::Some(OsError::NoMedium),
                    "EBADEXEC" => ::core::option::Option::Some(OsError::BadExecutable),
                    "EBADARCH" => ::core::option::Option::Some(OsError::BadCpuType),
                    "ECAPMODE" => ::core::option::Option::Some(OsError::CapabilityMode),
                    "ECORRUPT" => {
                        ::core::option::Option::Some(OsError::CorruptFilesystem)
                    }
                    "ENOTRUST" => {
                        ::core::option::Option::Some(OsError::NotTrustedProgram)
                    }
                    "ESIGPARM" => ::core::option::Option::Some(OsError::SignalError),
                    "ENOSHARE" => ::core::option::Option::Some(OsError::NoSuchShare),
                    "ERREMOTE" => {
                        ::core::option::Option::Some(OsError::TooManyRemoteLevels)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            9 => {
                match name {
                    "ECANCELED" => {
                        ::core::option::Option::Some(OsError::OperationCanceled)
                    }
                    "IoPending" => ::core::option::Option::Some(OsError::IoPending),
                    "ERROR_CRC" => ::core::option::Option::Some(OsError::IoError),
                    "EDEADLOCK" => ::core::option::Option::Some(OsError::Deadlock),
                    "WSAEACCES" => {
                        ::core::option::Option::Some(OsError::PermissionDenied)
                    }
                    "WSAEFAULT" => ::core::option::Option::Some(OsError::BadAddress),
                    "WSAEINVAL" => ::core::option::Option::Some(OsError::InvalidArgument),
                    "WSAEMFILE" => {
                        ::core::option::Option::Some(OsError::TooManyOpenFiles)
                    }
                    "ENETRESET" => ::core::option::Option::Some(OsError::NetworkReset),
                    "ESHUTDOWN" => ::core::option::Option::Some(OsError::SocketShutdown),
                    "ETIMEDOUT" => ::core::option::Option::Some(OsError::TimedOut),
                    "EHOSTDOWN" => ::core::option::Option::Some(OsError::HostDown),
                    "ENOTEMPTY" => {
                        ::core::option::Option::Some(OsError::DirectoryNotEmpty)
                    }
                    "WSAEUSERS" => ::core::option::Option::Some(OsError::TooManyUsers),
                    "WSAEDQUOT" => ::core::option::Option::Some(OsError::QuotaExceeded),
                    "WSAESTALE" => ::core::option::Option::Some(OsError::StaleFileHandle),
                    "NoMessage" => ::core::option::Option::Some(OsError::NoMessage),
                    "EMULTIHOP" => {
                        ::core::option::Option::Some(OsError::MultihopAttempted)
                    }
                    "EFSBADCRC" => ::core::option::Option::Some(OsError::BadMessage),
                    "EOVERFLOW" => ::core::option::Option::Some(OsError::ValueOverflow),
                    "EREMOTEIO" => ::core::option::Option::Some(OsError::RemoteIoError),
                    "ENOMEDIUM" => ::core::option::Option::Some(OsError::NoMedium),
                    "OwnerDied" => ::core::option::Option::Some(OsError::OwnerDied),
                    "EHWPOISON" => ::core::option::Option::Some(OsError::HardwarePoison),
                    "ENEEDAUTH" => {
                        ::core::option::Option::Some(OsError::NeedAuthenticator)
                    }
                    "EBADMACHO" => ::core::option::Option::Some(OsError::MalformedMachO),
                    "ENOPOLICY" => ::core::option::Option::Some(OsError::PolicyNotFound),
                    "ENOTREADY" => ::core::option::Option::Some(OsError::DeviceNotReady),
                    "ESYSERROR" => {
                        ::core::option::Option::Some(OsError::SystemErrorReserved)
                    }
                    "Egregious" => ::core::option::Option::Some(OsError::Egregious),
                    "EGREGIOUS" => ::core::option::Option::Some(OsError::Egregious),
                    "CaseClash" => ::core::option::Option::Some(OsError::CaseClash),
                    _ => ::core::option::Option::None,
                }
            }
            10 => {
                match name {
                    "BrokenPipe" => ::core::option::Option::Some(OsError::BrokenPipe),
                    "ERROR_BUSY" => ::core::option::Option::Some(OsError::ResourceBusy),
                    "ECANCELLED" => {
                        ::core::option::Option::Some(OsError::OperationCanceled)
                    }
                    "ERROR_SEEK" => ::core::option::Option::Some(OsError::IoError),
                    "BadAddress" => ::core::option::Option::Some(OsError::BadAddress),
                    "WouldBlock" => ::core::option::Option::Some(OsError::WouldBlock),
                    "InProgress" => ::core::option::Option::Some(OsError::InProgress),
                    "NotASocket" => ::core::option::Option::Some(OsError::NotASocket),
                    "EPROTOTYPE" => {
                        ::core::option::Option::Some(OsError::WrongProtocolType)
                    }
                    "EOPNOTSUPP" => {
                        ::core::option::Option::Some(OsError::OperationNotSupported)
                    }
                    "EADDRINUSE" => ::core::option::Option::Some(OsError::AddressInUse),
                    "ECONNRESET" => {
                        ::core::option::Option::Some(OsError::ConnectionReset)
                    }
                    "WSAENOBUFS" => ::core::option::Option::Some(OsError::NoBufferSpace),
                    "WSAEISCONN" => {
                        ::core::option::Option::Some(OsError::AlreadyConnected)
                    }
                    "WSAEREMOTE" => ::core::option::Option::Some(OsError::ObjectIsRemote),
                    "WSAEDISCON" => ::core::option::Option::Some(OsError::Disconnecting),
                    "WSAENOMORE" => ::core::option::Option::Some(OsError::LookupNoMore),
                    "NoRecovery" => ::core::option::Option::Some(OsError::NoRecovery),
                    "WSANO_DATA" => ::core::option::Option::Some(OsError::NoData),
                    "QosSenders" => ::core::option::Option::Some(OsError::QosSenders),
                    "NotAStream" => ::core::option::Option::Some(OsError::NotAStream),
                    "BadMessage" => ::core::option::Option::Some(OsError::BadMessage),
                    "KeyExpired" => ::core::option::Option::Some(OsError::KeyExpired),
                    "KeyRevoked" => ::core::option::Option::Some(OsError::KeyRevoked),
                    "EOWNERDEAD" => ::core::option::Option::Some(OsError::OwnerDied),
                    "BadCpuType" => ::core::option::Option::Some(OsError::BadCpuType),
                    "ESHLIBVERS" => {
                        ::core::option::Option::Some(
                            OsError::SharedLibraryVersionMismatch,
                        )
                    }
                    "NotCapable" => ::core::option::Option::Some(OsError::NotCapable),
                    "EINTEGRITY" => {
                        ::core::option::Option::Some(OsError::IntegrityCheckFailed)
                    }
                    "ENOTACTIVE" => {
                        ::core::option::Option::Some(OsError::FacilityNotActive)
                    }
                    "EWRPROTECT" => {
                        ::core::option::Option::Some(OsError::WriteProtectedMedia)
                    }
                    "ENOCONNECT" => {
                        ::core::option::Option::Some(OsError::CannotEstablishConnection)
                    }
                    "Gratuitous" => ::core::option::Option::Some(OsError::Gratuitous),
                    "ECASECLASH" => ::core::option::Option::Some(OsError::CaseClash),
                    _ => ::core::option::Option::None,
                }
            }
            11 => {
                match name {
                    "OutOfMemory" => ::core::option::Option::Some(OsError::OutOfMemory),
                    "StorageFull" => ::core::option::Option::Some(OsError::StorageFull),
                    "InvalidName" => ::core::option::Option::Some(OsError::InvalidName),
                    "NotSeekable" => ::core::option::Option::Some(OsError::NotSeekable),
                    "Interrupted" => ::core::option::Option::Some(OsError::Interrupted),
                    "EWOULDBLOCK" => ::core::option::Option::Some(OsError::WouldBlock),
                    "EINPROGRESS" => ::core::option::Option::Some(OsError::InProgress),
                    "WSAEALREADY" => {
                        ::core::option::Option::Some(OsError::AlreadyInProgress)
                    }
                    "WSAENOTSOCK" => ::core::option::Option::Some(OsError::NotASocket),
                    "EDESTADDREQ" => {
                        ::core::option::Option::Some(OsError::DestinationAddressRequired)
                    }
                    "WSAEMSGSIZE" => {
                        ::core::option::Option::Some(OsError::MessageTooLong)
                    }
                    "ENOPROTOOPT" => {
                        ::core::option::Option::Some(OsError::BadProtocolOption)
                    }
                    "NetworkDown" => ::core::option::Option::Some(OsError::NetworkDown),
                    "WSAENETDOWN" => ::core::option::Option::Some(OsError::NetworkDown),
                    "ENETUNREACH" => {
                        ::core::option::Option::Some(OsError::NetworkUnreachable)
                    }
                    "WSAENOTCONN" => ::core::option::Option::Some(OsError::NotConnected),
                    "NameTooLong" => ::core::option::Option::Some(OsError::NameTooLong),
                    "WSAEPROCLIM" => {
                        ::core::option::Option::Some(OsError::TooManyProcesses)
                    }
                    "WSAEREFUSED" => ::core::option::Option::Some(OsError::QueryRefused),
                    "QosBadStyle" => ::core::option::Option::Some(OsError::QosBadStyle),
                    "Level3Reset" => ::core::option::Option::Some(OsError::Level3Reset),
                    "InvalidSlot" => ::core::option::Option::Some(OsError::InvalidSlot),
                    "BadFontFile" => ::core::option::Option::Some(OsError::BadFontFile),
                    "LinkSevered" => ::core::option::Option::Some(OsError::LinkSevered),
                    "EMEDIUMTYPE" => {
                        ::core::option::Option::Some(OsError::WrongMediumType)
                    }
                    "EKEYEXPIRED" => ::core::option::Option::Some(OsError::KeyExpired),
                    "EKEYREVOKED" => ::core::option::Option::Some(OsError::KeyRevoked),
                    "KeyRejected" => ::core::option::Option::Some(OsError::KeyRejected),
                    "DeviceError" => ::core::option::Option::Some(OsError::DeviceError),
                    "ENOTCAPABLE" => ::core::option::Option::Some(OsError::NotCapable),
                    "SignalError" => ::core::option::Option::Some(OsError::SignalError),
                    "EBACKGROUND" => {
                        ::core::option::Option::Some(OsError::BackgroundProcess)
                    }
                    "Unexplained" => ::core::option::Option::Some(OsError::Unexplained),
                    "EGRATUITOUS" => ::core::option::Option::Some(OsError::Gratuitous),
                    "RemoteInode" => ::core::option::Option::Some(OsError::RemoteInode),
                    "NoMoreFiles" => ::core::option::Option::Some(OsError::NoMoreFiles),
                    "NoSuchShare" => ::core::option::Option::Some(OsError::NoSuchShare),
                    _ => ::core::option::Option::None,
                }
            }
            12 => {
                match name {
                    "NotSupported" => ::core::option::Option::Some(OsError::NotSupported),
                    "ResourceBusy" => ::core::option::Option::Some(OsError::ResourceBusy),
                    "FileTooLarge" => ::core::option::Option::Some(OsError::FileTooLarge),
                    "IsADirectory" => ::core::option::Option::Some(OsError::IsADirectory),
                    "IoIncomplete" => ::core::option::Option::Some(OsError::IoIncomplete),
                    "TooManyLinks" => ::core::option::Option::Some(OsError::TooManyLinks),
                    "EDESTADDRREQ" => {
                        ::core::option::Option::Some(OsError::DestinationAddressRequired)
                    }
                    "EPFNOSUPPORT" => {
                        ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported)
                    }
                    "EAFNOSUPPORT" => {
                        ::core::option::Option::Some(OsError::AddressFamilyNotSupported)
                    }
                    "AddressInUse" => ::core::option::Option::Some(OsError::AddressInUse),
                    "NetworkReset" => ::core::option::Option::Some(OsError::NetworkReset),
                    "WSAENETRESET" => ::core::option::Option::Some(OsError::NetworkReset),
                    "ECONNABORTED" => {
                        ::core::option::Option::Some(OsError::ConnectionAborted)
                    }
                    "NotConnected" => ::core::option::Option::Some(OsError::NotConnected),
                    "WSAESHUTDOWN" => {
                        ::core::option::Option::Some(OsError::SocketShutdown)
                    }
                    "ETOOMANYREFS" => {
                        ::core::option::Option::Some(OsError::TooManyReferences)
                    }
                    "WSAETIMEDOUT" => ::core::option::Option::Some(OsError::TimedOut),
                    "WAIT_TIMEOUT" => ::core::option::Option::Some(OsError::TimedOut),
                    "ECONNREFUSED" => {
                        ::core::option::Option::Some(OsError::ConnectionRefused)
                    }
                    "ENAMETOOLONG" => ::core::option::Option::Some(OsError::NameTooLong),
                    "WSAEHOSTDOWN" => ::core::option::Option::Some(OsError::HostDown),
                    "EHOSTUNREACH" => {
                        ::core::option::Option::Some(OsError::HostUnreachable)
                    }
                    "WSAENOTEMPTY" => {
                        ::core::option::Option::Some(OsError::DirectoryNotEmpty)
                    }
                    "TooManyUsers" => ::core::option::Option::Some(OsError::TooManyUsers),
                    "LookupNoMore" => ::core::option::Option::Some(OsError::LookupNoMore),
                    "QueryRefused" => ::core::option::Option::Some(OsError::QueryRefused),
                    "HostNotFound" => ::core::option::Option::Some(OsError::HostNotFound),
                    "WSATRY_AGAIN" => ::core::option::Option::Some(OsError::TryAgain),
                    "QosReceivers" => ::core::option::Option::Some(OsError::QosReceivers),
                    "QosNoSenders" => ::core::option::Option::Some(OsError::QosNoSenders),
                    "QosBadObject" => ::core::option::Option::Some(OsError::QosBadObject),
                    "NoSuchDevice" => ::core::option::Option::Some(OsError::NoSuchDevice),
                    "Level3Halted" => ::core::option::Option::Some(OsError::Level3Halted),
                    "Level2Halted" => ::core::option::Option::Some(OsError::Level2Halted),
                    "ExchangeFull" => ::core::option::Option::Some(OsError::ExchangeFull),
                    "TimerExpired" => ::core::option::Option::Some(OsError::TimerExpired),
                    "NotOnNetwork" => ::core::option::Option::Some(OsError::NotOnNetwork),
                    "SrmountError" => ::core::option::Option::Some(OsError::SrmountError),
                    "EFSCORRUPTED" => {
                        ::core::option::Option::Some(OsError::StructureNeedsCleaning)
                    }
                    "EKEYREJECTED" => ::core::option::Option::Some(OsError::KeyRejected),
                    "BadRpcStruct" => ::core::option::Option::Some(OsError::BadRpcStruct),
                    "ERPCMISMATCH" => {
                        ::core::option::Option::Some(OsError::RpcVersionMismatch)
                    }
                    "EPROGUNAVAIL" => {
                        ::core::option::Option::Some(OsError::RpcProgramUnavailable)
                    }
                    "EPROCUNAVAIL" => {
                        ::core::option::Option::Some(OsError::RpcProcedureUnavailable)
                    }
                    "IpsecFailure" => ::core::option::Option::Some(OsError::IpsecFailure),
                    "LockUnmapped" => ::core::option::Option::Some(OsError::LockUnmapped),
                    "InitReserved" => ::core::option::Option::Some(OsError::InitReserved),
                    _ => ::core::option::Option::None,
                }
            }
            13 => {
                match name {
                    "InvalidHandle" => {
                        ::core::option::Option::Some(OsError::InvalidHandle)
                    }
                    "LockViolation" => {
                        ::core::option::Option::Some(OsError::LockViolation)
                    }
                    "AlreadyExists" => {
                        ::core::option::Option::Some(OsError::AlreadyExists)
                    }
                    "ERROR_NO_DATA" => ::core::option::Option::Some(OsError::BrokenPipe),
                    "NotADirectory" => {
                        ::core::option::Option::Some(OsError::NotADirectory)
                    }
                    "PipeConnected" => {
                        ::core::option::Option::Some(OsError::PipeConnected)
                    }
                    "PipeListening" => {
                        ::core::option::Option::Some(OsError::PipeListening)
                    }
                    "WSAEPROTOTYPE" => {
                        ::core::option::Option::Some(OsError::WrongProtocolType)
                    }
                    "WSAEOPNOTSUPP" => {
                        ::core::option::Option::Some(OsError::OperationNotSupported)
                    }
                    "WSAEADDRINUSE" => {
                        ::core::option::Option::Some(OsError::AddressInUse)
                    }
                    "EADDRNOTAVAIL" => {
                        ::core::option::Option::Some(OsError::AddressNotAvailable)
                    }
                    "WSAECONNRESET" => {
                        ::core::option::Option::Some(OsError::ConnectionReset)
                    }
                    "NoBufferSpace" => {
                        ::core::option::Option::Some(OsError::NoBufferSpace)
                    }
                    "ERROR_TIMEOUT" => ::core::option::Option::Some(OsError::TimedOut),
                    "QuotaExceeded" => {
                        ::core::option::Option::Some(OsError::QuotaExceeded)
                    }
                    "Disconnecting" => {
                        ::core::option::Option::Some(OsError::Disconnecting)
                    }
                    "WSAECANCELLED" => {
                        ::core::option::Option::Some(OsError::LookupCanceled)
                    }
                    "WSA_E_NO_MORE" => {
                        ::core::option::Option::Some(OsError::LookupNoMoreResults)
                    }
                    "WSANO_ADDRESS" => ::core::option::Option::Some(OsError::NoData),
                    "NoSuchProcess" => {
                        ::core::option::Option::Some(OsError::NoSuchProcess)
                    }
                    "ProtocolError" => {
                        ::core::option::Option::Some(OsError::ProtocolError)
                    }
                    "ValueOverflow" => {
                        ::core::option::Option::Some(OsError::ValueOverflow)
                    }
                    "NameNotUnique" => {
                        ::core::option::Option::Some(OsError::NameNotUnique)
                    }
                    "ShouldRestart" => {
                        ::core::option::Option::Some(OsError::ShouldRestart)
                    }
                    "RemoteIoError" => {
                        ::core::option::Option::Some(OsError::RemoteIoError)
                    }
                    "EPROGMISMATCH" => {
                        ::core::option::Option::Some(OsError::RpcProgramVersionMismatch)
                    }
                    "BadExecutable" => {
                        ::core::option::Option::Some(OsError::BadExecutable)
                    }
                    "ELOCKUNMAPPED" => {
                        ::core::option::Option::Some(OsError::LockUnmapped)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            14 => {
                match name {
                    "CrossesDevices" => {
                        ::core::option::Option::Some(OsError::CrossesDevices)
                    }
                    "ERROR_BAD_PIPE" => {
                        ::core::option::Option::Some(OsError::InvalidPipeState)
                    }
                    "WSA_IO_PENDING" => ::core::option::Option::Some(OsError::IoPending),
                    "ERROR_NOACCESS" => ::core::option::Option::Some(OsError::BadAddress),
                    "WSAEWOULDBLOCK" => ::core::option::Option::Some(OsError::WouldBlock),
                    "WSAEINPROGRESS" => ::core::option::Option::Some(OsError::InProgress),
                    "MessageTooLong" => {
                        ::core::option::Option::Some(OsError::MessageTooLong)
                    }
                    "WSAENOPROTOOPT" => {
                        ::core::option::Option::Some(OsError::BadProtocolOption)
                    }
                    "WSAENETUNREACH" => {
                        ::core::option::Option::Some(OsError::NetworkUnreachable)
                    }
                    "SocketShutdown" => {
                        ::core::option::Option::Some(OsError::SocketShutdown)
                    }
                    "FilesystemLoop" => {
                        ::core::option::Option::Some(OsError::FilesystemLoop)
                    }
                    "ObjectIsRemote" => {
                        ::core::option::Option::Some(OsError::ObjectIsRemote)
                    }
                    "SystemNotReady" => {
                        ::core::option::Option::Some(OsError::SystemNotReady)
                    }
                    "WSASYSNOTREADY" => {
                        ::core::option::Option::Some(OsError::SystemNotReady)
                    }
                    "NotInitialized" => {
                        ::core::option::Option::Some(OsError::NotInitialized)
                    }
                    "LookupCanceled" => {
                        ::core::option::Option::Some(OsError::LookupCanceled)
                    }
                    "WSANO_RECOVERY" => ::core::option::Option::Some(OsError::NoRecovery),
                    "QosNoReceivers" => {
                        ::core::option::Option::Some(OsError::QosNoReceivers)
                    }
                    "NoCsiStructure" => {
                        ::core::option::Option::Some(OsError::NoCsiStructure)
                    }
                    "AdvertiseError" => {
                        ::core::option::Option::Some(OsError::AdvertiseError)
                    }
                    "NotRecoverable" => {
                        ::core::option::Option::Some(OsError::NotRecoverable)
                    }
                    "HardwarePoison" => {
                        ::core::option::Option::Some(OsError::HardwarePoison)
                    }
                    "DevicePowerOff" => {
                        ::core::option::Option::Some(OsError::DevicePowerOff)
                    }
                    "MalformedMachO" => {
                        ::core::option::Option::Some(OsError::MalformedMachO)
                    }
                    "PolicyNotFound" => {
                        ::core::option::Option::Some(OsError::PolicyNotFound)
                    }
                    "CapabilityMode" => {
                        ::core::option::Option::Some(OsError::CapabilityMode)
                    }
                    "DeviceNotReady" => {
                        ::core::option::Option::Some(OsError::DeviceNotReady)
                    }
                    "TranslatorDied" => {
                        ::core::option::Option::Some(OsError::TranslatorDied)
                    }
                    "SymbolNotFound" => {
                        ::core::option::Option::Some(OsError::SymbolNotFound)
                    }
                    "EREMOTERELEASE" => {
                        ::core::option::Option::Some(OsError::RemotePeerReleased)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            15 => {
                match name {
                    "InvalidFunction" => {
                        ::core::option::Option::Some(OsError::InvalidFunction)
                    }
                    "ERROR_DISK_FULL" => {
                        ::core::option::Option::Some(OsError::StorageFull)
                    }
                    "ExecFormatError" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_PIPE_BUSY" => ::core::option::Option::Some(OsError::PipeBusy),
                    "ERROR_MORE_DATA" => ::core::option::Option::Some(OsError::MoreData),
                    "ERROR_DIRECTORY" => {
                        ::core::option::Option::Some(OsError::NotADirectory)
                    }
                    "ERROR_IO_DEVICE" => ::core::option::Option::Some(OsError::IoError),
                    "ERROR_BUS_RESET" => ::core::option::Option::Some(OsError::IoError),
                    "ElementNotFound" => {
                        ::core::option::Option::Some(OsError::ElementNotFound)
                    }
                    "ERROR_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::ElementNotFound)
                    }
                    "InvalidArgument" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "WSAEDESTADDRREQ" => {
                        ::core::option::Option::Some(OsError::DestinationAddressRequired)
                    }
                    "EPROTONOSUPPORT" => {
                        ::core::option::Option::Some(OsError::ProtocolNotSupported)
                    }
                    "ESOCKTNOSUPPORT" => {
                        ::core::option::Option::Some(OsError::SocketTypeNotSupported)
                    }
                    "WSAEPFNOSUPPORT" => {
                        ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported)
                    }
                    "WSAEAFNOSUPPORT" => {
                        ::core::option::Option::Some(OsError::AddressFamilyNotSupported)
                    }
                    "WSAECONNABORTED" => {
                        ::core::option::Option::Some(OsError::ConnectionAborted)
                    }
                    "ConnectionReset" => {
                        ::core::option::Option::Some(OsError::ConnectionReset)
                    }
                    "WSAETOOMANYREFS" => {
                        ::core::option::Option::Some(OsError::TooManyReferences)
                    }
                    "WSAECONNREFUSED" => {
                        ::core::option::Option::Some(OsError::ConnectionRefused)
                    }
                    "WSAENAMETOOLONG" => {
                        ::core::option::Option::Some(OsError::NameTooLong)
                    }
                    "HostUnreachable" => {
                        ::core::option::Option::Some(OsError::HostUnreachable)
                    }
                    "WSAEHOSTUNREACH" => {
                        ::core::option::Option::Some(OsError::HostUnreachable)
                    }
                    "StaleFileHandle" => {
                        ::core::option::Option::Some(OsError::StaleFileHandle)
                    }
                    "InvalidProvider" => {
                        ::core::option::Option::Some(OsError::InvalidProvider)
                    }
                    "ServiceNotFound" => {
                        ::core::option::Option::Some(OsError::ServiceNotFound)
                    }
                    "WSA_E_CANCELLED" => {
                        ::core::option::Option::Some(OsError::LookupCallCanceled)
                    }
                    "WSA_QOS_SENDERS" => {
                        ::core::option::Option::Some(OsError::QosSenders)
                    }
                    "QosGenericError" => {
                        ::core::option::Option::Some(OsError::QosGenericError)
                    }
                    "InvalidExchange" => {
                        ::core::option::Option::Some(OsError::InvalidExchange)
                    }
                    "NoDataAvailable" => {
                        ::core::option::Option::Some(OsError::NoDataAvailable)
                    }
                    "IsNamedTypeFile" => {
                        ::core::option::Option::Some(OsError::IsNamedTypeFile)
                    }
                    "WrongMediumType" => {
                        ::core::option::Option::Some(OsError::WrongMediumType)
                    }
                    "KeyNotAvailable" => {
                        ::core::option::Option::Some(OsError::KeyNotAvailable)
                    }
                    "ENOTRECOVERABLE" => {
                        ::core::option::Option::Some(OsError::NotRecoverable)
                    }
                    "NeedsRelocation" => {
                        ::core::option::Option::Some(OsError::NeedsRelocation)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            16 => {
                match name {
                    "SharingViolation" => {
                        ::core::option::Option::Some(OsError::SharingViolation)
                    }
                    "InvalidParameter" => {
                        ::core::option::Option::Some(OsError::InvalidParameter)
                    }
                    "NoChildProcesses" => {
                        ::core::option::Option::Some(OsError::NoChildProcesses)
                    }
                    "ERROR_BAD_FORMAT" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "InvalidPipeState" => {
                        ::core::option::Option::Some(OsError::InvalidPipeState)
                    }
                    "ERROR_IO_PENDING" => {
                        ::core::option::Option::Some(OsError::IoPending)
                    }
                    "ERROR_READ_FAULT" => ::core::option::Option::Some(OsError::IoError),
                    "PermissionDenied" => {
                        ::core::option::Option::Some(OsError::PermissionDenied)
                    }
                    "TooManyOpenFiles" => {
                        ::core::option::Option::Some(OsError::TooManyOpenFiles)
                    }
                    "WSAEADDRNOTAVAIL" => {
                        ::core::option::Option::Some(OsError::AddressNotAvailable)
                    }
                    "AlreadyConnected" => {
                        ::core::option::Option::Some(OsError::AlreadyConnected)
                    }
                    "TooManyProcesses" => {
                        ::core::option::Option::Some(OsError::TooManyProcesses)
                    }
                    "QosPolicyFailure" => {
                        ::core::option::Option::Some(OsError::QosPolicyFailure)
                    }
                    "QosFlowspecError" => {
                        ::core::option::Option::Some(OsError::QosFlowspecError)
                    }
                    "QosUnknownObject" => {
                        ::core::option::Option::Some(OsError::QosUnknownObject)
                    }
                    "ResultOutOfRange" => {
                        ::core::option::Option::Some(OsError::ResultOutOfRange)
                    }
                    "NoLocksAvailable" => {
                        ::core::option::Option::Some(OsError::NoLocksAvailable)
                    }
                    "RfsSpecificError" => {
                        ::core::option::Option::Some(OsError::RfsSpecificError)
                    }
                    "StreamsPipeError" => {
                        ::core::option::Option::Some(OsError::StreamsPipeError)
                    }
                    "ProgrammingError" => {
                        ::core::option::Option::Some(OsError::ProgrammingError)
                    }
                    "UnformattedMedia" => {
                        ::core::option::Option::Some(OsError::UnformattedMedia)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            17 => {
                match name {
                    "ERROR_BAD_NETPATH" => {
                        ::core::option::Option::Some(OsError::NotFound)
                    }
                    "ERROR_OUTOFMEMORY" => {
                        ::core::option::Option::Some(OsError::OutOfMemory)
                    }
                    "ERROR_FILE_EXISTS" => {
                        ::core::option::Option::Some(OsError::AlreadyExists)
                    }
                    "ERROR_BROKEN_PIPE" => {
                        ::core::option::Option::Some(OsError::BrokenPipe)
                    }
                    "ERROR_CANNOT_MAKE" => {
                        ::core::option::Option::Some(OsError::StorageFull)
                    }
                    "OperationCanceled" => {
                        ::core::option::Option::Some(OsError::OperationCanceled)
                    }
                    "WSA_IO_INCOMPLETE" => {
                        ::core::option::Option::Some(OsError::IoIncomplete)
                    }
                    "ERROR_WRITE_FAULT" => ::core::option::Option::Some(OsError::IoError),
                    "ERROR_GEN_FAILURE" => ::core::option::Option::Some(OsError::IoError),
                    "ERROR_OPEN_FAILED" => ::core::option::Option::Some(OsError::IoError),
                    "BadFileDescriptor" => {
                        ::core::option::Option::Some(OsError::BadFileDescriptor)
                    }
                    "AlreadyInProgress" => {
                        ::core::option::Option::Some(OsError::AlreadyInProgress)
                    }
                    "WrongProtocolType" => {
                        ::core::option::Option::Some(OsError::WrongProtocolType)
                    }
                    "BadProtocolOption" => {
                        ::core::option::Option::Some(OsError::BadProtocolOption)
                    }
                    "ConnectionAborted" => {
                        ::core::option::Option::Some(OsError::ConnectionAborted)
                    }
                    "TooManyReferences" => {
                        ::core::option::Option::Some(OsError::TooManyReferences)
                    }
                    "ERROR_SEM_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ConnectionRefused" => {
                        ::core::option::Option::Some(OsError::ConnectionRefused)
                    }
                    "DirectoryNotEmpty" => {
                        ::core::option::Option::Some(OsError::DirectoryNotEmpty)
                    }
                    "WSANOTINITIALISED" => {
                        ::core::option::Option::Some(OsError::NotInitialized)
                    }
                    "SystemCallFailure" => {
                        ::core::option::Option::Some(OsError::SystemCallFailure)
                    }
                    "WSASYSCALLFAILURE" => {
                        ::core::option::Option::Some(OsError::SystemCallFailure)
                    }
                    "ClassTypeNotFound" => {
                        ::core::option::Option::Some(OsError::ClassTypeNotFound)
                    }
                    "WSATYPE_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::ClassTypeNotFound)
                    }
                    "WSAHOST_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::HostNotFound)
                    }
                    "WSA_QOS_RECEIVERS" => {
                        ::core::option::Option::Some(OsError::QosReceivers)
                    }
                    "WSA_QOS_BAD_STYLE" => {
                        ::core::option::Option::Some(OsError::QosBadStyle)
                    }
                    "WSA_QOS_EFLOWSPEC" => {
                        ::core::option::Option::Some(OsError::QosFlowspecError)
                    }
                    "WSA_QOS_EFLOWDESC" => {
                        ::core::option::Option::Some(OsError::QosInvalidFlowDescriptor)
                    }
                    "IdentifierRemoved" => {
                        ::core::option::Option::Some(OsError::IdentifierRemoved)
                    }
                    "ChannelOutOfRange" => {
                        ::core::option::Option::Some(OsError::ChannelOutOfRange)
                    }
                    "MultihopAttempted" => {
                        ::core::option::Option::Some(OsError::MultihopAttempted)
                    }
                    "NotXenixNamedType" => {
                        ::core::option::Option::Some(OsError::NotXenixNamedType)
                    }
                    "NoXenixSemaphores" => {
                        ::core::option::Option::Some(OsError::NoXenixSemaphores)
                    }
                    "NeedAuthenticator" => {
                        ::core::option::Option::Some(OsError::NeedAuthenticator)
                    }
                    "AttributeNotFound" => {
                        ::core::option::Option::Some(OsError::AttributeNotFound)
                    }
                    "FacilityNotActive" => {
                        ::core::option::Option::Some(OsError::FacilityNotActive)
                    }
                    "CorruptFilesystem" => {
                        ::core::option::Option::Some(OsError::CorruptFilesystem)
                    }
                    "MediaSurfaceError" => {
                        ::core::option::Option::Some(OsError::MediaSurfaceError)
                    }
                    "NotTrustedProgram" => {
                        ::core::option::Option::Some(OsError::NotTrustedProgram)
                    }
                    "FilePositionError" => {
                        ::core::option::Option::Some(OsError::FilePositionError)
                    }
                    "BackgroundProcess" => {
                        ::core::option::Option::Some(OsError::BackgroundProcess)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            18 => {
                match name {
                    "ERROR_BAD_NET_NAME" => {
                        ::core::option::Option::Some(OsError::NotFound)
                    }
                    "WSA_INVALID_HANDLE" => {
                        ::core::option::Option::Some(OsError::InvalidHandle)
                    }
                    "ReadOnlyFilesystem" => {
                        ::core::option::Option::Some(OsError::ReadOnlyFilesystem)
                    }
                    "ERROR_END_OF_MEDIA" => {
                        ::core::option::Option::Some(OsError::StorageFull)
                    }
                    "ERROR_INVALID_NAME" => {
                        ::core::option::Option::Some(OsError::InvalidName)
                    }
                    "ERROR_BAD_PATHNAME" => {
                        ::core::option::Option::Some(OsError::InvalidName)
                    }
                    "ERROR_EOM_OVERFLOW" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_DISK_CORRUPT" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_INVALID_DATA" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "WSAEPROTONOSUPPORT" => {
                        ::core::option::Option::Some(OsError::ProtocolNotSupported)
                    }
                    "WSAESOCKTNOSUPPORT" => {
                        ::core::option::Option::Some(OsError::SocketTypeNotSupported)
                    }
                    "NetworkUnreachable" => {
                        ::core::option::Option::Some(OsError::NetworkUnreachable)
                    }
                    "WSAVERNOTSUPPORTED" => {
                        ::core::option::Option::Some(OsError::VersionNotSupported)
                    }
                    "ProviderFailedInit" => {
                        ::core::option::Option::Some(OsError::ProviderFailedInit)
                    }
                    "LookupCallCanceled" => {
                        ::core::option::Option::Some(OsError::LookupCallCanceled)
                    }
                    "WSA_QOS_NO_SENDERS" => {
                        ::core::option::Option::Some(OsError::QosNoSenders)
                    }
                    "WSA_QOS_BAD_OBJECT" => {
                        ::core::option::Option::Some(OsError::QosBadObject)
                    }
                    "WSA_QOS_EOBJLENGTH" => {
                        ::core::option::Option::Some(OsError::QosInvalidObjectLength)
                    }
                    "WSA_QOS_EFLOWCOUNT" => {
                        ::core::option::Option::Some(OsError::QosInvalidFlowCount)
                    }
                    "WSA_QOS_EPOLICYOBJ" => {
                        ::core::option::Option::Some(OsError::QosInvalidPolicyObject)
                    }
                    "WSA_QOS_ESDMODEOBJ" => {
                        ::core::option::Option::Some(OsError::QosInvalidShapeDiscardMode)
                    }
                    "InappropriateIoctl" => {
                        ::core::option::Option::Some(OsError::InappropriateIoctl)
                    }
                    "ExecutableFileBusy" => {
                        ::core::option::Option::Some(OsError::ExecutableFileBusy)
                    }
                    "InvalidRequestCode" => {
                        ::core::option::Option::Some(OsError::InvalidRequestCode)
                    }
                    "CommunicationError" => {
                        ::core::option::Option::Some(OsError::CommunicationError)
                    }
                    "RpcVersionMismatch" => {
                        ::core::option::Option::Some(OsError::RpcVersionMismatch)
                    }
                    "InterfaceQueueFull" => {
                        ::core::option::Option::Some(OsError::InterfaceQueueFull)
                    }
                    "RemotePeerReleased" => {
                        ::core::option::Option::Some(OsError::RemotePeerReleased)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            19 => {
                match name {
                    "ERROR_INVALID_DRIVE" => {
                        ::core::option::Option::Some(OsError::NotFound)
                    }
                    "ERROR_MOD_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::NotFound)
                    }
                    "ERROR_WRITE_PROTECT" => {
                        ::core::option::Option::Some(OsError::ReadOnlyFilesystem)
                    }
                    "ERROR_NOT_SUPPORTED" => {
                        ::core::option::Option::Some(OsError::NotSupported)
                    }
                    "ERROR_EA_TABLE_FULL" => {
                        ::core::option::Option::Some(OsError::StorageFull)
                    }
                    "ArgumentListTooLong" => {
                        ::core::option::Option::Some(OsError::ArgumentListTooLong)
                    }
                    "ERROR_IO_INCOMPLETE" => {
                        ::core::option::Option::Some(OsError::IoIncomplete)
                    }
                    "IllegalByteSequence" => {
                        ::core::option::Option::Some(OsError::IllegalByteSequence)
                    }
                    "ERROR_ACCESS_DENIED" => {
                        ::core::option::Option::Some(OsError::PermissionDenied)
                    }
                    "ERROR_NEGATIVE_SEEK" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "ERROR_INVALID_FLAGS" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "AddressNotAvailable" => {
                        ::core::option::Option::Some(OsError::AddressNotAvailable)
                    }
                    "ERROR_NOT_CONNECTED" => {
                        ::core::option::Option::Some(OsError::NotConnected)
                    }
                    "ERROR_DIR_NOT_EMPTY" => {
                        ::core::option::Option::Some(OsError::DirectoryNotEmpty)
                    }
                    "VersionNotSupported" => {
                        ::core::option::Option::Some(OsError::VersionNotSupported)
                    }
                    "WSAEINVALIDPROVIDER" => {
                        ::core::option::Option::Some(OsError::InvalidProvider)
                    }
                    "LookupNoMoreResults" => {
                        ::core::option::Option::Some(OsError::LookupNoMoreResults)
                    }
                    "QosRequestConfirmed" => {
                        ::core::option::Option::Some(OsError::QosRequestConfirmed)
                    }
                    "QosAdmissionFailure" => {
                        ::core::option::Option::Some(OsError::QosAdmissionFailure)
                    }
                    "QosServiceTypeError" => {
                        ::core::option::Option::Some(OsError::QosServiceTypeError)
                    }
                    "WSA_QOS_EFILTERTYPE" => {
                        ::core::option::Option::Some(OsError::QosInvalidFilterType)
                    }
                    "QosInvalidFlowCount" => {
                        ::core::option::Option::Some(OsError::QosInvalidFlowCount)
                    }
                    "WSA_QOS_EPSFLOWSPEC" => {
                        ::core::option::Option::Some(OsError::QosInvalidProviderFlowspec)
                    }
                    "BlockDeviceRequired" => {
                        ::core::option::Option::Some(OsError::BlockDeviceRequired)
                    }
                    "ArgumentOutOfDomain" => {
                        ::core::option::Option::Some(OsError::ArgumentOutOfDomain)
                    }
                    "PackageNotInstalled" => {
                        ::core::option::Option::Some(OsError::PackageNotInstalled)
                    }
                    "LibSectionCorrupted" => {
                        ::core::option::Option::Some(OsError::LibSectionCorrupted)
                    }
                    "AuthenticationError" => {
                        ::core::option::Option::Some(OsError::AuthenticationError)
                    }
                    "WriteProtectedMedia" => {
                        ::core::option::Option::Some(OsError::WriteProtectedMedia)
                    }
                    "SystemErrorReserved" => {
                        ::core::option::Option::Some(OsError::SystemErrorReserved)
                    }
                    "TooManyRemoteLevels" => {
                        ::core::option::Option::Some(OsError::TooManyRemoteLevels)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            20 => {
                match name {
                    "ERROR_FILE_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::NotFound)
                    }
                    "ERROR_PATH_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::NotFound)
                    }
                    "ERROR_INVALID_HANDLE" => {
                        ::core::option::Option::Some(OsError::InvalidHandle)
                    }
                    "ERROR_LOCK_VIOLATION" => {
                        ::core::option::Option::Some(OsError::LockViolation)
                    }
                    "ERROR_ALREADY_EXISTS" => {
                        ::core::option::Option::Some(OsError::AlreadyExists)
                    }
                    "ERROR_SEEK_ON_DEVICE" => {
                        ::core::option::Option::Some(OsError::NotSeekable)
                    }
                    "ERROR_BAD_EXE_FORMAT" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_INVALID_SEGDPL" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_FILE_TOO_LARGE" => {
                        ::core::option::Option::Some(OsError::FileTooLarge)
                    }
                    "ERROR_PIPE_CONNECTED" => {
                        ::core::option::Option::Some(OsError::PipeConnected)
                    }
                    "ERROR_PIPE_LISTENING" => {
                        ::core::option::Option::Some(OsError::PipeListening)
                    }
                    "ERROR_TOO_MANY_LINKS" => {
                        ::core::option::Option::Some(OsError::TooManyLinks)
                    }
                    "ERROR_INVALID_ACCESS" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "ProtocolNotSupported" => {
                        ::core::option::Option::Some(OsError::ProtocolNotSupported)
                    }
                    "WSAEINVALIDPROCTABLE" => {
                        ::core::option::Option::Some(OsError::InvalidProcedureTable)
                    }
                    "WSASERVICE_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::ServiceNotFound)
                    }
                    "WSA_QOS_NO_RECEIVERS" => {
                        ::core::option::Option::Some(OsError::QosNoReceivers)
                    }
                    "WSA_QOS_ESERVICETYPE" => {
                        ::core::option::Option::Some(OsError::QosServiceTypeError)
                    }
                    "WSA_QOS_EPROVSPECBUF" => {
                        ::core::option::Option::Some(OsError::QosInvalidProviderBuffer)
                    }
                    "WSA_QOS_EFILTERSTYLE" => {
                        ::core::option::Option::Some(OsError::QosInvalidFilterStyle)
                    }
                    "QosInvalidFilterType" => {
                        ::core::option::Option::Some(OsError::QosInvalidFilterType)
                    }
                    "WSA_QOS_EFILTERCOUNT" => {
                        ::core::option::Option::Some(OsError::QosInvalidFilterCount)
                    }
                    "WSA_QOS_EUNKOWNPSOBJ" => {
                        ::core::option::Option::Some(OsError::QosUnknownObject)
                    }
                    "LinkNumberOutOfRange" => {
                        ::core::option::Option::Some(OsError::LinkNumberOutOfRange)
                    }
                    "RemoteAddressChanged" => {
                        ::core::option::Option::Some(OsError::RemoteAddressChanged)
                    }
                    "IntegrityCheckFailed" => {
                        ::core::option::Option::Some(OsError::IntegrityCheckFailed)
                    }
                    "RemoteDeviceReserved" => {
                        ::core::option::Option::Some(OsError::RemoteDeviceReserved)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            21 => {
                match name {
                    "WSA_NOT_ENOUGH_MEMORY" => {
                        ::core::option::Option::Some(OsError::OutOfMemory)
                    }
                    "ERROR_NOT_SAME_DEVICE" => {
                        ::core::option::Option::Some(OsError::CrossesDevices)
                    }
                    "WSA_INVALID_PARAMETER" => {
                        ::core::option::Option::Some(OsError::InvalidParameter)
                    }
                    "WSA_OPERATION_ABORTED" => {
                        ::core::option::Option::Some(OsError::OperationCanceled)
                    }
                    "OperationNotPermitted" => {
                        ::core::option::Option::Some(OsError::OperationNotPermitted)
                    }
                    "OperationNotSupported" => {
                        ::core::option::Option::Some(OsError::OperationNotSupported)
                    }
                    "ERROR_NETNAME_DELETED" => {
                        ::core::option::Option::Some(OsError::ConnectionReset)
                    }
                    "ERROR_COUNTER_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ERROR_BUFFER_OVERFLOW" => {
                        ::core::option::Option::Some(OsError::NameTooLong)
                    }
                    "InvalidProcedureTable" => {
                        ::core::option::Option::Some(OsError::InvalidProcedureTable)
                    }
                    "WSA_QOS_GENERIC_ERROR" => {
                        ::core::option::Option::Some(OsError::QosGenericError)
                    }
                    "QosInvalidFilterStyle" => {
                        ::core::option::Option::Some(OsError::QosInvalidFilterStyle)
                    }
                    "QosInvalidFilterCount" => {
                        ::core::option::Option::Some(OsError::QosInvalidFilterCount)
                    }
                    "WSA_QOS_EUNKNOWNPSOBJ" => {
                        ::core::option::Option::Some(OsError::QosUnknownObject)
                    }
                    "WSA_QOS_EPSFILTERSPEC" => {
                        ::core::option::Option::Some(
                            OsError::QosInvalidProviderFilterspec,
                        )
                    }
                    "QosInvalidShapingRate" => {
                        ::core::option::Option::Some(OsError::QosInvalidShapingRate)
                    }
                    "WSA_QOS_ESHAPERATEOBJ" => {
                        ::core::option::Option::Some(OsError::QosInvalidShapingRate)
                    }
                    "NoSuchDeviceOrAddress" => {
                        ::core::option::Option::Some(OsError::NoSuchDeviceOrAddress)
                    }
                    "Level2NotSynchronized" => {
                        ::core::option::Option::Some(OsError::Level2NotSynchronized)
                    }
                    "OutOfStreamsResources" => {
                        ::core::option::Option::Some(OsError::OutOfStreamsResources)
                    }
                    "RpcProgramUnavailable" => {
                        ::core::option::Option::Some(OsError::RpcProgramUnavailable)
                    }
                    "InappropriateFileType" => {
                        ::core::option::Option::Some(OsError::InappropriateFileType)
                    }
                    "ComputerBoughtTheFarm" => {
                        ::core::option::Option::Some(OsError::ComputerBoughtTheFarm)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            22 => {
                match name {
                    "ERROR_INVALID_FUNCTION" => {
                        ::core::option::Option::Some(OsError::InvalidFunction)
                    }
                    "ERROR_ENVVAR_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::NotFound)
                    }
                    "ERROR_NOT_ENOUGH_QUOTA" => {
                        ::core::option::Option::Some(OsError::OutOfMemory)
                    }
                    "ERROR_HANDLE_DISK_FULL" => {
                        ::core::option::Option::Some(OsError::StorageFull)
                    }
                    "FunctionNotImplemented" => {
                        ::core::option::Option::Some(OsError::FunctionNotImplemented)
                    }
                    "ERROR_WAIT_NO_CHILDREN" => {
                        ::core::option::Option::Some(OsError::NoChildProcesses)
                    }
                    "ERROR_INVALID_STACKSEG" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_IOPL_NOT_ENABLED" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_SECTOR_NOT_FOUND" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_SETMARK_DETECTED" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_NO_DATA_DETECTED" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_DEVICE_DOOR_OPEN" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_CANT_ACCESS_FILE" => {
                        ::core::option::Option::Some(OsError::PermissionDenied)
                    }
                    "SocketTypeNotSupported" => {
                        ::core::option::Option::Some(OsError::SocketTypeNotSupported)
                    }
                    "ERROR_PORT_UNREACHABLE" => {
                        ::core::option::Option::Some(OsError::ConnectionRefused)
                    }
                    "ERROR_HOST_UNREACHABLE" => {
                        ::core::option::Option::Some(OsError::HostUnreachable)
                    }
                    "WSAEPROVIDERFAILEDINIT" => {
                        ::core::option::Option::Some(OsError::ProviderFailedInit)
                    }
                    "WSA_QOS_POLICY_FAILURE" => {
                        ::core::option::Option::Some(OsError::QosPolicyFailure)
                    }
                    "QosTrafficControlError" => {
                        ::core::option::Option::Some(OsError::QosTrafficControlError)
                    }
                    "QosInvalidObjectLength" => {
                        ::core::option::Option::Some(OsError::QosInvalidObjectLength)
                    }
                    "QosInvalidPolicyObject" => {
                        ::core::option::Option::Some(OsError::QosInvalidPolicyObject)
                    }
                    "FileDescriptorBadState" => {
                        ::core::option::Option::Some(OsError::FileDescriptorBadState)
                    }
                    "SharedLibraryCorrupted" => {
                        ::core::option::Option::Some(OsError::SharedLibraryCorrupted)
                    }
                    "TooManySharedLibraries" => {
                        ::core::option::Option::Some(OsError::TooManySharedLibraries)
                    }
                    "StructureNeedsCleaning" => {
                        ::core::option::Option::Some(OsError::StructureNeedsCleaning)
                    }
                    "BlockedByAdministrator" => {
                        ::core::option::Option::Some(OsError::BlockedByAdministrator)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            23 => {
                match name {
                    "ERROR_NOT_ENOUGH_MEMORY" => {
                        ::core::option::Option::Some(OsError::OutOfMemory)
                    }
                    "ERROR_SHARING_VIOLATION" => {
                        ::core::option::Option::Some(OsError::SharingViolation)
                    }
                    "ERROR_INVALID_PARAMETER" => {
                        ::core::option::Option::Some(OsError::InvalidParameter)
                    }
                    "ERROR_OPERATION_ABORTED" => {
                        ::core::option::Option::Some(OsError::OperationCanceled)
                    }
                    "ERROR_FILEMARK_DETECTED" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_POSSIBLE_DEADLOCK" => {
                        ::core::option::Option::Some(OsError::Deadlock)
                    }
                    "ERROR_CURRENT_DIRECTORY" => {
                        ::core::option::Option::Some(OsError::PermissionDenied)
                    }
                    "WSA_QOS_RESERVED_PETYPE" => {
                        ::core::option::Option::Some(OsError::QosReservedPolicyElement)
                    }
                    "CannotExecSharedLibrary" => {
                        ::core::option::Option::Some(OsError::CannotExecSharedLibrary)
                    }
                    "RpcProcedureUnavailable" => {
                        ::core::option::Option::Some(OsError::RpcProcedureUnavailable)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            24 => {
                match name {
                    "ERROR_PIPE_NOT_CONNECTED" => {
                        ::core::option::Option::Some(OsError::BrokenPipe)
                    }
                    "ERROR_INVALID_MODULETYPE" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_EXE_MARKED_INVALID" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_BEGINNING_OF_MEDIA" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_PRIVILEGE_NOT_HELD" => {
                        ::core::option::Option::Some(OsError::OperationNotPermitted)
                    }
                    "ERROR_ELEVATION_REQUIRED" => {
                        ::core::option::Option::Some(OsError::PermissionDenied)
                    }
                    "ERROR_CONNECTION_ABORTED" => {
                        ::core::option::Option::Some(OsError::ConnectionAborted)
                    }
                    "ERROR_CONNECTION_REFUSED" => {
                        ::core::option::Option::Some(OsError::ConnectionRefused)
                    }
                    "QosInvalidProviderBuffer" => {
                        ::core::option::Option::Some(OsError::QosInvalidProviderBuffer)
                    }
                    "QosInvalidFlowDescriptor" => {
                        ::core::option::Option::Some(OsError::QosInvalidFlowDescriptor)
                    }
                    "QosReservedPolicyElement" => {
                        ::core::option::Option::Some(OsError::QosReservedPolicyElement)
                    }
                    "TooManyOpenFilesInSystem" => {
                        ::core::option::Option::Some(OsError::TooManyOpenFilesInSystem)
                    }
                    "InvalidRequestDescriptor" => {
                        ::core::option::Option::Some(OsError::InvalidRequestDescriptor)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            25 => {
                match name {
                    "ERROR_INSUFFICIENT_BUFFER" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "ERROR_TOO_MANY_OPEN_FILES" => {
                        ::core::option::Option::Some(OsError::TooManyOpenFiles)
                    }
                    "AddressFamilyNotSupported" => {
                        ::core::option::Option::Some(OsError::AddressFamilyNotSupported)
                    }
                    "ERROR_NETWORK_UNREACHABLE" => {
                        ::core::option::Option::Some(OsError::NetworkUnreachable)
                    }
                    "ERROR_IPSEC_IKE_TIMED_OUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ERROR_DISK_QUOTA_EXCEEDED" => {
                        ::core::option::Option::Some(OsError::QuotaExceeded)
                    }
                    "WSA_QOS_REQUEST_CONFIRMED" => {
                        ::core::option::Option::Some(OsError::QosRequestConfirmed)
                    }
                    "WSA_QOS_ADMISSION_FAILURE" => {
                        ::core::option::Option::Some(OsError::QosAdmissionFailure)
                    }
                    "ProtocolDriverNotAttached" => {
                        ::core::option::Option::Some(OsError::ProtocolDriverNotAttached)
                    }
                    "SharedLibraryInaccessible" => {
                        ::core::option::Option::Some(OsError::SharedLibraryInaccessible)
                    }
                    "RpcProgramVersionMismatch" => {
                        ::core::option::Option::Some(OsError::RpcProgramVersionMismatch)
                    }
                    "CannotEstablishConnection" => {
                        ::core::option::Option::Some(OsError::CannotEstablishConnection)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            26 => {
                match name {
                    "ERROR_CALL_NOT_IMPLEMENTED" => {
                        ::core::option::Option::Some(OsError::FunctionNotImplemented)
                    }
                    "ERROR_INVALID_MINALLOCSIZE" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_INVALID_BLOCK_LENGTH" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_DIRECT_ACCESS_HANDLE" => {
                        ::core::option::Option::Some(OsError::BadFileDescriptor)
                    }
                    "ERROR_INVALID_REPARSE_DATA" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "DestinationAddressRequired" => {
                        ::core::option::Option::Some(OsError::DestinationAddressRequired)
                    }
                    "ProtocolFamilyNotSupported" => {
                        ::core::option::Option::Some(OsError::ProtocolFamilyNotSupported)
                    }
                    "DNS_ERROR_RECORD_TIMED_OUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ERROR_FILENAME_EXCED_RANGE" => {
                        ::core::option::Option::Some(OsError::NameTooLong)
                    }
                    "WSA_QOS_TRAFFIC_CTRL_ERROR" => {
                        ::core::option::Option::Some(OsError::QosTrafficControlError)
                    }
                    "QosInvalidProviderFlowspec" => {
                        ::core::option::Option::Some(OsError::QosInvalidProviderFlowspec)
                    }
                    "QosInvalidShapeDiscardMode" => {
                        ::core::option::Option::Some(OsError::QosInvalidShapeDiscardMode)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            27 => {
                match name {
                    "ERROR_INVALID_EXE_SIGNATURE" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_INVALID_TARGET_HANDLE" => {
                        ::core::option::Option::Some(OsError::BadFileDescriptor)
                    }
                    "ERROR_NETWORK_ACCESS_DENIED" => {
                        ::core::option::Option::Some(OsError::PermissionDenied)
                    }
                    "ERROR_SYMLINK_NOT_SUPPORTED" => {
                        ::core::option::Option::Some(OsError::InvalidArgument)
                    }
                    "ERROR_DRIVER_CANCEL_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ERROR_DS_TIMELIMIT_EXCEEDED" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ERROR_CANT_RESOLVE_FILENAME" => {
                        ::core::option::Option::Some(OsError::FilesystemLoop)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            28 => {
                match name {
                    "ERROR_INFLOOP_IN_RELOC_CHAIN" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_NO_UNICODE_TRANSLATION" => {
                        ::core::option::Option::Some(OsError::IllegalByteSequence)
                    }
                    "QosInvalidProviderFilterspec" => {
                        ::core::option::Option::Some(
                            OsError::QosInvalidProviderFilterspec,
                        )
                    }
                    "SharedLibraryVersionMismatch" => {
                        ::core::option::Option::Some(
                            OsError::SharedLibraryVersionMismatch,
                        )
                    }
                    "SecurityAuthenticationDenied" => {
                        ::core::option::Option::Some(
                            OsError::SecurityAuthenticationDenied,
                        )
                    }
                    _ => ::core::option::Option::None,
                }
            }
            29 => {
                match name {
                    "ERROR_AUTODATASEG_EXCEEDS_64k" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_META_EXPANSION_TOO_LONG" => {
                        ::core::option::Option::Some(OsError::ArgumentListTooLong)
                    }
                    "ERROR_DIRECTORY_NOT_SUPPORTED" => {
                        ::core::option::Option::Some(OsError::IsADirectory)
                    }
                    "ERROR_SERVICE_REQUEST_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ERROR_RESOURCE_CALL_TIMED_OUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    "ERROR_RUNLEVEL_SWITCH_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            30 => {
                match name {
                    "ERROR_INVALID_STARTING_CODESEG" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_RING2SEG_MUST_BE_MOVABLE" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_RELOC_CHAIN_XEEDS_SEGLIM" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_DEVICE_REQUIRES_CLEANING" => {
                        ::core::option::Option::Some(OsError::IoError)
                    }
                    "ERROR_CTX_CLIENT_QUERY_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            31 => {
                match name {
                    "ERROR_ITERATED_DATA_EXCEEDS_64k" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "ERROR_DYNLINK_FROM_INVALID_RING" => {
                        ::core::option::Option::Some(OsError::ExecFormatError)
                    }
                    "FRS_ERR_SYSVOL_POPULATE_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            32 => {
                match name {
                    "ERROR_ADDRESS_ALREADY_ASSOCIATED" => {
                        ::core::option::Option::Some(OsError::AddressInUse)
                    }
                    "ERROR_CTX_MODEM_RESPONSE_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
                    }
                    _ => ::core::option::Option::None,
                }
            }
            35 => {
                match name {
                    "ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT" => {
                        ::core::option::Option::Some(OsError::TimedOut)
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
        [::errtable::__private::kind::Other, ::errtable::__private::kind::NotFound,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::OutOfMemory,
        ::errtable::__private::kind::CrossesDevices,
        ::errtable::__private::kind::ReadOnlyFilesystem,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Unsupported,
        ::errtable::__private::kind::AlreadyExists,
        ::errtable::__private::kind::InvalidInput,
        ::errtable::__private::kind::BrokenPipe,
        ::errtable::__private::kind::StorageFull,
        ::errtable::__private::kind::Unsupported,
        ::errtable::__private::kind::InvalidFilename, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::NotSeekable,
        ::errtable::__private::kind::ResourceBusy, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::ArgumentListTooLong,
        ::errtable::__private::kind::FileTooLarge, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::NotADirectory,
        ::errtable::__private::kind::IsADirectory, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Deadlock, ::errtable::__private::kind::TooManyLinks,
        ::errtable::__private::kind::Other,
        ::errtable::__private::kind::PermissionDenied,
        ::errtable::__private::kind::Interrupted, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::PermissionDenied,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::InvalidInput,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::WouldBlock,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Unsupported,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::AddrInUse,
        ::errtable::__private::kind::AddrNotAvailable,
        ::errtable::__private::kind::NetworkDown,
        ::errtable::__private::kind::NetworkUnreachable,
        ::errtable::__private::kind::Other,
        ::errtable::__private::kind::ConnectionAborted,
        ::errtable::__private::kind::ConnectionReset, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::NotConnected,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::TimedOut,
        ::errtable::__private::kind::ConnectionRefused,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::InvalidFilename,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::HostUnreachable,
        ::errtable::__private::kind::DirectoryNotEmpty,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::QuotaExceeded,
        ::errtable::__private::kind::StaleNetworkFileHandle,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other,
        ::errtable::__private::kind::ExecutableFileBusy,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::kind::Other, ::errtable::__private::kind::Other,
        ::errtable::__private::io::ErrorKind::Other];
    }
    #[inline]
    const fn __os_codes_on(
        platform: ::errtable::__private::Platform,
    ) -> ::core::primitive::bool {
        {
            let _ = platform;
            true
        }
    }
    const __OS_CODES_CURRENT: ::core::option::Option<::errtable::__private::Platform> = match ::errtable::__private::CURRENT {
        ::core::option::Option::Some(platform) if __os_codes_on(platform) => {
            ::core::option::Option::Some(platform)
        }
        _ => ::core::option::Option::None,
    };
    #[automatically_derived]
    impl ::core::fmt::Debug for OsError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match *self {
                Self::Unlisted(ref kept) => {
                    ::core::fmt::DebugTuple::finish(
                        ::core::fmt::DebugTuple::field(
                            &mut ::core::fmt::Formatter::debug_tuple(f, "Unlisted"),
                            kept,
                        ),
                    )
                }
                _ => ::core::fmt::Formatter::write_str(f, __name(__index(self))),
            }
        }
    }
    #[inline]
    const fn __raw_os_error_of(
        value: &OsError,
    ) -> ::core::option::Option<::core::primitive::i32> {
        match (value, __OS_CODES_CURRENT) {
            (OsError::Unlisted(ref unlisted), _) => {
                ::errtable::__private::Unlisted::raw_os_error(unlisted)
            }
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
    impl ::core::str::FromStr for OsError {
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
    impl ::core::fmt::Display for OsError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match *self {
                Self::Unlisted(ref unlisted) => ::core::fmt::Display::fmt(unlisted, f),
                _ if ::core::fmt::Formatter::alternate(f) => {
                    #[cold]
                    fn alternate(
                        value: &OsError,
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
    impl ::errtable::__private::Error for OsError {}
    ::errtable::__private::std_only! {
        fn __from_io_error(error : & ::errtable::__private::io::Error) ->
        ::core::option::Option < OsError > { let error =
        ::errtable::__private::innermost(error); if let
        ::core::option::Option::Some(code) =
        ::errtable::__private::io::Error::raw_os_error(error) { return match
        __OS_CODES_CURRENT { ::core::option::Option::Some(platform) => __decode(platform,
        code), ::core::option::Option::None => ::core::option::Option::None, }; } match
        ::errtable::__private::inner:: < OsError > (error) {
        ::core::option::Option::Some(& OsError::Unlisted(kept)) =>
        ::core::option::Option::Some(OsError::Unlisted(kept)),
        ::core::option::Option::Some(value) => __row(__index(value)),
        ::core::option::Option::None => ::core::option::Option::None, } } #[cold] fn
        __from_io_error_slow(error : & ::errtable::__private::io::Error) -> OsError {
        match __from_io_error(error) { ::core::option::Option::Some(value) => value,
        ::core::option::Option::None =>
        OsError::Unlisted(::errtable::__private::unlisted_of(error)), } }
        #[automatically_derived] impl ::core::convert::From < &
        ::errtable::__private::io::Error > for OsError { #[doc =
        r" Decodes the error (see `from_io_error`); what no row stands for is"] #[doc =
        r" kept in the catch-all, a raw OS code as `decode_raw_os_error(code)`"] #[doc =
        r" keeps it (so that the value converts back to the same OS error)."] #[inline]
        fn from(error : & ::errtable::__private::io::Error) -> Self { if let
        ::core::option::Option::Some(code) =
        ::errtable::__private::io::Error::raw_os_error(error) { if let
        ::core::option::Option::Some(platform) = __OS_CODES_CURRENT { if let
        ::core::option::Option::Some(value) = __decode(platform, code) { return value; }
        } return
        OsError::Unlisted(::errtable::__private::Unlisted::from_raw_os_error(code)); }
        __from_io_error_slow(error) } } #[automatically_derived] impl
        ::core::convert::From < ::errtable::__private::io::Error > for OsError { #[doc =
        r" Decodes the error (see `from_io_error`); what no row stands for is"] #[doc =
        r" kept in the catch-all, as `From<&io::Error>` keeps it."] #[inline] fn
        from(error : ::errtable::__private::io::Error) -> Self { < Self as
        ::core::convert::From < & ::errtable::__private::io::Error >> ::from(& error) } }
        fn __kind_of(value : & OsError) -> ::errtable::__private::io::ErrorKind { match *
        value { OsError::Unlisted(ref unlisted) =>
        ::errtable::__private::Unlisted::kind(unlisted), _ => __KIND[__index(value)], } }
        #[doc = r" Whether a raw OS code of this platform decodes to a row."] fn
        __is_listed(code : ::core::primitive::i32) -> ::core::primitive::bool { match
        __OS_CODES_CURRENT { ::core::option::Option::Some(platform) =>
        ::core::option::Option::is_some(& __decode(platform, code)),
        ::core::option::Option::None => false, } } #[doc =
        r" The raw OS code whose error decodes back to `value`: its code here, except"]
        #[doc = r" where another row has the same number and decodes it."] fn
        __io_code(value : & OsError) -> ::core::option::Option < ::core::primitive::i32 >
        { match (__OS_CODES_CURRENT, value) {
        (::core::option::Option::Some(::errtable::__private::Platform::Linux), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::LinuxPowerpc), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::LinuxAlpha), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::LinuxSparc), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::FreeBsd), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::LinuxMips), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::LinuxParisc), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::DragonFly), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::Redox), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::Wasi), &
        OsError::NotSupported) => ::core::option::Option::None,
        (::core::option::Option::Some(::errtable::__private::Platform::Emscripten), &
        OsError::NotSupported) => ::core::option::Option::None, _ =>
        __raw_os_error_of(value), } } #[automatically_derived] impl ::core::convert::From
        < OsError > for ::errtable::__private::io::Error { #[doc =
        r" The OS's own error where decoding it gives the value back (so its kind"] #[doc
        = r" and message stay), otherwise a custom error of the value's kind that"] #[doc
        = r" wraps it (`get_ref`)."] #[inline] fn from(value : OsError) -> Self { match
        value { OsError::Unlisted(unlisted) =>
        ::errtable::__private::unlisted_into_io_error(unlisted, __is_listed), _ =>
        ::errtable::__private::into_io_error(__io_code(& value), __kind_of(& value),
        value), } } }
    }
    ::errtable::__private::serde_only! {
        #[automatically_derived] impl ::errtable::__private::serde::Serialize for OsError
        { #[allow(clippy::cast_possible_truncation)] fn serialize < __S :
        ::errtable::__private::serde::Serializer > (& self, serializer : __S) ->
        ::core::result::Result < __S::Ok, __S::Error > { match * self {
        Self::Unlisted(ref kept) =>
        ::errtable::__private::serde::serialize_catch_all(serializer, "OsError", 245,
        "Unlisted", kept), _ => { let index = __index(self);
        ::errtable::__private::serde::serialize_row(serializer, "OsError", index as
        ::core::primitive::u32, __name(index)) }, } } } #[doc =
        r" `Ok` where decoding keeps `kept` in the catch-all, else what it gives."] fn
        __kept_check(kept : & ::errtable::__private::Unlisted) -> ::core::result::Result
        < (), ::errtable::__private::serde::NotKept > {
        ::errtable::__private::serde::unlisted_kept(kept, __os_codes_on, | platform, code
        | { let found = __decode(platform, code); match found {
        ::core::option::Option::Some(row) =>
        ::core::option::Option::Some(__name(__index(& row))),
        ::core::option::Option::None => ::core::option::Option::None, } }) } #[doc =
        r" The row named exactly `name`."] fn __row_named(name : &
        ::core::primitive::str) -> ::core::option::Option < OsError > { for index in 0
        ..__COUNT - 1 { if __name(index) == name { return __row(index); } }
        ::core::option::Option::None } #[automatically_derived] impl < '__de >
        ::errtable::__private::serde::Deserialize < '__de > for OsError { fn deserialize
        < __D : ::errtable::__private::serde::Deserializer < '__de >> (deserializer :
        __D) -> ::core::result::Result < Self, __D::Error > { const __VARIANTS : & [&
        ::core::primitive::str] = & ["InvalidFunction", "NotFound", "InvalidHandle",
        "OutOfMemory", "CrossesDevices", "ReadOnlyFilesystem", "SharingViolation",
        "LockViolation", "NotSupported", "AlreadyExists", "InvalidParameter",
        "BrokenPipe", "StorageFull", "FunctionNotImplemented", "InvalidName",
        "NoChildProcesses", "NotSeekable", "ResourceBusy", "ExecFormatError",
        "ArgumentListTooLong", "FileTooLarge", "InvalidPipeState", "PipeBusy",
        "MoreData", "NotADirectory", "IsADirectory", "PipeConnected", "PipeListening",
        "OperationCanceled", "IoIncomplete", "IoPending", "IllegalByteSequence",
        "IoError", "Deadlock", "TooManyLinks", "ElementNotFound",
        "OperationNotPermitted", "Interrupted", "BadFileDescriptor", "PermissionDenied",
        "BadAddress", "InvalidArgument", "TooManyOpenFiles", "WouldBlock", "InProgress",
        "AlreadyInProgress", "NotASocket", "DestinationAddressRequired",
        "MessageTooLong", "WrongProtocolType", "BadProtocolOption",
        "ProtocolNotSupported", "SocketTypeNotSupported", "OperationNotSupported",
        "ProtocolFamilyNotSupported", "AddressFamilyNotSupported", "AddressInUse",
        "AddressNotAvailable", "NetworkDown", "NetworkUnreachable", "NetworkReset",
        "ConnectionAborted", "ConnectionReset", "NoBufferSpace", "AlreadyConnected",
        "NotConnected", "SocketShutdown", "TooManyReferences", "TimedOut",
        "ConnectionRefused", "FilesystemLoop", "NameTooLong", "HostDown",
        "HostUnreachable", "DirectoryNotEmpty", "TooManyProcesses", "TooManyUsers",
        "QuotaExceeded", "StaleFileHandle", "ObjectIsRemote", "SystemNotReady",
        "VersionNotSupported", "NotInitialized", "Disconnecting", "LookupNoMore",
        "LookupCanceled", "InvalidProcedureTable", "InvalidProvider",
        "ProviderFailedInit", "SystemCallFailure", "ServiceNotFound",
        "ClassTypeNotFound", "LookupNoMoreResults", "LookupCallCanceled", "QueryRefused",
        "HostNotFound", "TryAgain", "NoRecovery", "NoData", "QosReceivers", "QosSenders",
        "QosNoSenders", "QosNoReceivers", "QosRequestConfirmed", "QosAdmissionFailure",
        "QosPolicyFailure", "QosBadStyle", "QosBadObject", "QosTrafficControlError",
        "QosGenericError", "QosServiceTypeError", "QosFlowspecError",
        "QosInvalidProviderBuffer", "QosInvalidFilterStyle", "QosInvalidFilterType",
        "QosInvalidFilterCount", "QosInvalidObjectLength", "QosInvalidFlowCount",
        "QosUnknownObject", "QosInvalidPolicyObject", "QosInvalidFlowDescriptor",
        "QosInvalidProviderFlowspec", "QosInvalidProviderFilterspec",
        "QosInvalidShapeDiscardMode", "QosInvalidShapingRate",
        "QosReservedPolicyElement", "NoSuchProcess", "NoSuchDeviceOrAddress",
        "BlockDeviceRequired", "NoSuchDevice", "TooManyOpenFilesInSystem",
        "InappropriateIoctl", "ExecutableFileBusy", "ArgumentOutOfDomain",
        "ResultOutOfRange", "NoLocksAvailable", "NoMessage", "IdentifierRemoved",
        "ChannelOutOfRange", "Level2NotSynchronized", "Level3Halted", "Level3Reset",
        "LinkNumberOutOfRange", "ProtocolDriverNotAttached", "NoCsiStructure",
        "Level2Halted", "InvalidExchange", "InvalidRequestDescriptor", "ExchangeFull",
        "NoAnode", "InvalidRequestCode", "InvalidSlot", "BadFontFile", "NotAStream",
        "NoDataAvailable", "TimerExpired", "OutOfStreamsResources", "NotOnNetwork",
        "PackageNotInstalled", "LinkSevered", "AdvertiseError", "SrmountError",
        "CommunicationError", "ProtocolError", "MultihopAttempted", "RfsSpecificError",
        "BadMessage", "ValueOverflow", "NameNotUnique", "FileDescriptorBadState",
        "RemoteAddressChanged", "SharedLibraryInaccessible", "SharedLibraryCorrupted",
        "LibSectionCorrupted", "TooManySharedLibraries", "CannotExecSharedLibrary",
        "ShouldRestart", "StreamsPipeError", "StructureNeedsCleaning",
        "NotXenixNamedType", "NoXenixSemaphores", "IsNamedTypeFile", "RemoteIoError",
        "NoMedium", "WrongMediumType", "KeyNotAvailable", "KeyExpired", "KeyRevoked",
        "KeyRejected", "OwnerDied", "NotRecoverable", "RfKill", "HardwarePoison",
        "BadRpcStruct", "RpcVersionMismatch", "RpcProgramUnavailable",
        "RpcProgramVersionMismatch", "RpcProcedureUnavailable", "InappropriateFileType",
        "AuthenticationError", "NeedAuthenticator", "DevicePowerOff", "DeviceError",
        "BadExecutable", "BadCpuType", "SharedLibraryVersionMismatch", "MalformedMachO",
        "AttributeNotFound", "PolicyNotFound", "InterfaceQueueFull", "NotCapable",
        "ProgrammingError", "CapabilityMode", "IntegrityCheckFailed", "IpsecFailure",
        "LockUnmapped", "FacilityNotActive", "DeviceNotReady", "WriteProtectedMedia",
        "UnformattedMedia", "CannotEstablishConnection", "BlockedByAdministrator",
        "CorruptFilesystem", "SystemErrorReserved", "MediaSurfaceError",
        "NeedsRelocation", "SecurityAuthenticationDenied", "NotTrustedProgram",
        "FilePositionError", "SignalError", "BackgroundProcess", "TranslatorDied",
        "Unexplained", "Egregious", "ComputerBoughtTheFarm", "Gratuitous", "RemoteInode",
        "NoMoreFiles", "NoSuchShare", "CaseClash", "InitReserved",
        "RemoteDeviceReserved", "SymbolNotFound", "RemotePeerReleased",
        "TooManyRemoteLevels", "Unlisted"];
        ::errtable::__private::serde::deserialize_table(deserializer, "OsError",
        __VARIANTS, __row_named, ::errtable::__private::serde::CatchAll { keep :
        Self::Unlisted, check : __kept_check }) } }
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
