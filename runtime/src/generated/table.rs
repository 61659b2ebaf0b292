// @generated from the `error_table!` in runtime/src/table.rs by `ERRTABLE_REGEN=1 cargo test -p errtable-macros regen`.
// Do not edit: change the table there and run that command.

/// The canonical OS and socket error table: Winsock and Win32 codes and the errno
/// values of Linux (all numberings), macOS and FreeBSD, one variant per meaning.
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
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_INVALID_FUNCTION` | 1 |

Kind: `io::ErrorKind::Other`.*/
    InvalidFunction,
    /// No such file or directory (`ERROR_FILE_NOT_FOUND`, `ENOENT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_FILE_NOT_FOUND`, `ERROR_PATH_NOT_FOUND` (3), `ERROR_INVALID_DRIVE` (15), `ERROR_BAD_NETPATH` (53), `ERROR_BAD_NET_NAME` (67), `ERROR_MOD_NOT_FOUND` (126), `ERROR_ENVVAR_NOT_FOUND` (203) | 2 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENOENT` | 2 |

Kind: `io::ErrorKind::NotFound`.*/
    NotFound,
    /// The handle is invalid (`WSA_INVALID_HANDLE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_INVALID_HANDLE`, `ERROR_INVALID_HANDLE` | 6 |

Kind: `io::ErrorKind::Other`.*/
    InvalidHandle,
    /// Cannot allocate memory (`WSA_NOT_ENOUGH_MEMORY`, `ENOMEM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_NOT_ENOUGH_MEMORY`, `ERROR_NOT_ENOUGH_MEMORY`, `ERROR_OUTOFMEMORY` (14), `ERROR_NOT_ENOUGH_QUOTA` (1816) | 8 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENOMEM` | 12 |

Kind: `io::ErrorKind::OutOfMemory`.*/
    OutOfMemory,
    /// Invalid cross-device link (`ERROR_NOT_SAME_DEVICE`, `EXDEV`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_NOT_SAME_DEVICE` | 17 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EXDEV` | 18 |

Kind: `io::ErrorKind::CrossesDevices`.*/
    CrossesDevices,
    /// Read-only file system (`ERROR_WRITE_PROTECT`, `EROFS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_WRITE_PROTECT` | 19 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EROFS` | 30 |

Kind: `io::ErrorKind::ReadOnlyFilesystem`.*/
    ReadOnlyFilesystem,
    /// The process cannot access the file because it is being used by another process (`ERROR_SHARING_VIOLATION`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_SHARING_VIOLATION` | 32 |

Kind: `io::ErrorKind::Other`.*/
    SharingViolation,
    /// The process cannot access the file because another process has locked a portion of the file (`ERROR_LOCK_VIOLATION`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_LOCK_VIOLATION` | 33 |

Kind: `io::ErrorKind::Other`.*/
    LockViolation,
    /// Operation not supported (`ERROR_NOT_SUPPORTED`, `ENOTSUP`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_NOT_SUPPORTED` | 50 |
| `linux`, `linux_powerpc` | `ENOTSUP` | 95 (shared: decodes as `OperationNotSupported`) |
| `linux_alpha`, `linux_sparc`, `freebsd` | `ENOTSUP` | 45 (shared: decodes as `OperationNotSupported`) |
| `linux_mips` | `ENOTSUP` | 122 (shared: decodes as `OperationNotSupported`) |
| `linux_parisc` | `ENOTSUP` | 223 (shared: decodes as `OperationNotSupported`) |
| `macos` | `ENOTSUP` | 45 |

Kind: `io::ErrorKind::Unsupported`.*/
    NotSupported,
    /// File exists (`ERROR_FILE_EXISTS`, `EEXIST`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_FILE_EXISTS`, `ERROR_ALREADY_EXISTS` (183) | 80 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EEXIST` | 17 |

Kind: `io::ErrorKind::AlreadyExists`.*/
    AlreadyExists,
    /// The parameter is incorrect (`WSA_INVALID_PARAMETER`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_INVALID_PARAMETER`, `ERROR_INVALID_PARAMETER` | 87 |

Kind: `io::ErrorKind::InvalidInput`.*/
    InvalidParameter,
    /// Broken pipe (`ERROR_BROKEN_PIPE`, `EPIPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_BROKEN_PIPE`, `ERROR_BAD_PIPE` (230), `ERROR_NO_DATA` (232), `ERROR_PIPE_NOT_CONNECTED` (233) | 109 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EPIPE` | 32 |

Kind: `io::ErrorKind::BrokenPipe`.*/
    BrokenPipe,
    /// No space left on device (`ERROR_DISK_FULL`, `ENOSPC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_DISK_FULL`, `ERROR_HANDLE_DISK_FULL` (39), `ERROR_CANNOT_MAKE` (82), `ERROR_EA_TABLE_FULL` (277), `ERROR_END_OF_MEDIA` (1100) | 112 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENOSPC` | 28 |

Kind: `io::ErrorKind::StorageFull`.*/
    StorageFull,
    /// Function not implemented (`ERROR_CALL_NOT_IMPLEMENTED`, `ENOSYS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_CALL_NOT_IMPLEMENTED` | 120 |
| `linux`, `linux_powerpc` | `ENOSYS` | 38 |
| `linux_alpha`, `macos`, `freebsd` | `ENOSYS` | 78 |
| `linux_mips` | `ENOSYS` | 89 |
| `linux_parisc` | `ENOSYS` | 251 |
| `linux_sparc` | `ENOSYS` | 90 |

Kind: `io::ErrorKind::Unsupported`.*/
    FunctionNotImplemented,
    /// The filename, directory name, or volume label syntax is incorrect (`ERROR_INVALID_NAME`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_INVALID_NAME`, `ERROR_BAD_PATHNAME` (161) | 123 |

Kind: `io::ErrorKind::InvalidFilename`.*/
    InvalidName,
    /// No child processes (`ERROR_WAIT_NO_CHILDREN`, `ECHILD`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_WAIT_NO_CHILDREN` | 128 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ECHILD` | 10 |

Kind: `io::ErrorKind::Other`.*/
    NoChildProcesses,
    /// Illegal seek (`ERROR_SEEK_ON_DEVICE`, `ESPIPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_SEEK_ON_DEVICE` | 132 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ESPIPE` | 29 |

Kind: `io::ErrorKind::NotSeekable`.*/
    NotSeekable,
    /// Device or resource busy (`ERROR_BUSY`, `EBUSY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_BUSY` | 170 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EBUSY` | 16 |

Kind: `io::ErrorKind::ResourceBusy`.*/
    ResourceBusy,
    /// Exec format error (`ERROR_BAD_EXE_FORMAT`, `ENOEXEC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_BAD_EXE_FORMAT`, `ERROR_BAD_FORMAT` (11), `ERROR_INVALID_STARTING_CODESEG` (188), `ERROR_INVALID_STACKSEG` (189), `ERROR_INVALID_MODULETYPE` (190), `ERROR_INVALID_EXE_SIGNATURE` (191), `ERROR_EXE_MARKED_INVALID` (192), `ERROR_ITERATED_DATA_EXCEEDS_64k` (194), `ERROR_INVALID_MINALLOCSIZE` (195), `ERROR_DYNLINK_FROM_INVALID_RING` (196), `ERROR_IOPL_NOT_ENABLED` (197), `ERROR_INVALID_SEGDPL` (198), `ERROR_AUTODATASEG_EXCEEDS_64k` (199), `ERROR_RING2SEG_MUST_BE_MOVABLE` (200), `ERROR_RELOC_CHAIN_XEEDS_SEGLIM` (201), `ERROR_INFLOOP_IN_RELOC_CHAIN` (202) | 193 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENOEXEC` | 8 |

Kind: `io::ErrorKind::Other`.*/
    ExecFormatError,
    /// Argument list too long (`ERROR_META_EXPANSION_TOO_LONG`, `E2BIG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_META_EXPANSION_TOO_LONG` | 208 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `E2BIG` | 7 |

Kind: `io::ErrorKind::ArgumentListTooLong`.*/
    ArgumentListTooLong,
    /// File too large (`ERROR_FILE_TOO_LARGE`, `EFBIG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_FILE_TOO_LARGE` | 223 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EFBIG` | 27 |

Kind: `io::ErrorKind::FileTooLarge`.*/
    FileTooLarge,
    /// All pipe instances are busy (`ERROR_PIPE_BUSY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_PIPE_BUSY` | 231 |

Kind: `io::ErrorKind::Other`.*/
    PipeBusy,
    /// Not a directory (`ERROR_DIRECTORY`, `ENOTDIR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_DIRECTORY` | 267 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENOTDIR` | 20 |

Kind: `io::ErrorKind::NotADirectory`.*/
    NotADirectory,
    /// Is a directory (`ERROR_DIRECTORY_NOT_SUPPORTED`, `EISDIR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_DIRECTORY_NOT_SUPPORTED` | 336 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EISDIR` | 21 |

Kind: `io::ErrorKind::IsADirectory`.*/
    IsADirectory,
    /// Operation canceled (`WSA_OPERATION_ABORTED`, `ECANCELED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_OPERATION_ABORTED`, `ERROR_OPERATION_ABORTED` | 995 |
| `linux`, `linux_powerpc` | `ECANCELED` | 125 |
| `linux_alpha` | `ECANCELED` | 131 |
| `linux_mips` | `ECANCELED` | 158 |
| `linux_parisc` | `ECANCELED`, `ECANCELLED` | 253 |
| `linux_sparc` | `ECANCELED` | 127 |
| `macos` | `ECANCELED` | 89 |
| `freebsd` | `ECANCELED` | 85 |

Kind: `io::ErrorKind::Other`.*/
    OperationCanceled,
    /// Overlapped I/O event object not in signaled state (`WSA_IO_INCOMPLETE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_IO_INCOMPLETE`, `ERROR_IO_INCOMPLETE` | 996 |

Kind: `io::ErrorKind::Other`.*/
    IoIncomplete,
    /// Overlapped operations will complete later (`WSA_IO_PENDING`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_IO_PENDING`, `ERROR_IO_PENDING` | 997 |

Kind: `io::ErrorKind::Other`.*/
    IoPending,
    /// Invalid or incomplete multibyte or wide character (`ERROR_NO_UNICODE_TRANSLATION`, `EILSEQ`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_NO_UNICODE_TRANSLATION` | 1113 |
| `linux`, `linux_powerpc` | `EILSEQ` | 84 |
| `linux_alpha` | `EILSEQ` | 116 |
| `linux_mips` | `EILSEQ` | 88 |
| `linux_parisc` | `EILSEQ` | 47 |
| `linux_sparc` | `EILSEQ` | 122 |
| `macos` | `EILSEQ` | 92 |
| `freebsd` | `EILSEQ` | 86 |

Kind: `io::ErrorKind::Other`.*/
    IllegalByteSequence,
    /// Input/output error (`ERROR_IO_DEVICE`, `EIO`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_IO_DEVICE`, `ERROR_CRC` (23), `ERROR_SEEK` (25), `ERROR_SECTOR_NOT_FOUND` (27), `ERROR_WRITE_FAULT` (29), `ERROR_READ_FAULT` (30), `ERROR_GEN_FAILURE` (31), `ERROR_OPEN_FAILED` (110), `ERROR_FILEMARK_DETECTED` (1101), `ERROR_BEGINNING_OF_MEDIA` (1102), `ERROR_SETMARK_DETECTED` (1103), `ERROR_NO_DATA_DETECTED` (1104), `ERROR_INVALID_BLOCK_LENGTH` (1106), `ERROR_BUS_RESET` (1111), `ERROR_EOM_OVERFLOW` (1129), `ERROR_DEVICE_REQUIRES_CLEANING` (1165), `ERROR_DEVICE_DOOR_OPEN` (1166), `ERROR_DISK_CORRUPT` (1393) | 1117 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EIO` | 5 |

Kind: `io::ErrorKind::Other`.*/
    IoError,
    /// Resource deadlock avoided (`ERROR_POSSIBLE_DEADLOCK`, `EDEADLK`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_POSSIBLE_DEADLOCK` | 1131 |
| `linux` | `EDEADLK`, `EDEADLOCK` | 35 |
| `linux_alpha` | `EDEADLK`, `EDEADLOCK` | 11 |
| `linux_mips` | `EDEADLK`, `EDEADLOCK` (56) | 45 |
| `linux_parisc` | `EDEADLK`, `EDEADLOCK` | 45 |
| `linux_powerpc` | `EDEADLK`, `EDEADLOCK` (58) | 35 |
| `linux_sparc` | `EDEADLK`, `EDEADLOCK` (108) | 78 |
| `macos`, `freebsd` | `EDEADLK` | 11 |

Kind: `io::ErrorKind::Deadlock`.*/
    Deadlock,
    /// Too many links (`ERROR_TOO_MANY_LINKS`, `EMLINK`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_TOO_MANY_LINKS` | 1142 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EMLINK` | 31 |

Kind: `io::ErrorKind::TooManyLinks`.*/
    TooManyLinks,
    /// Operation not permitted (`ERROR_PRIVILEGE_NOT_HELD`, `EPERM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `ERROR_PRIVILEGE_NOT_HELD` | 1314 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EPERM` | 1 |

Kind: `io::ErrorKind::PermissionDenied`.*/
    OperationNotPermitted,
    /// Interrupted system call (`WSAEINTR`, `EINTR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINTR` | 10004 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EINTR` | 4 |

Kind: `io::ErrorKind::Interrupted`.*/
    Interrupted,
    /// Bad file descriptor (`WSAEBADF`, `EBADF`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEBADF`, `ERROR_INVALID_TARGET_HANDLE` (114), `ERROR_DIRECT_ACCESS_HANDLE` (130) | 10009 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EBADF` | 9 |

Kind: `io::ErrorKind::Other`.*/
    BadFileDescriptor,
    /// Permission denied (`WSAEACCES`, `EACCES`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEACCES`, `ERROR_ACCESS_DENIED` (5), `ERROR_CURRENT_DIRECTORY` (16), `ERROR_NETWORK_ACCESS_DENIED` (65), `ERROR_ELEVATION_REQUIRED` (740), `ERROR_CANT_ACCESS_FILE` (1920) | 10013 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EACCES` | 13 |

Kind: `io::ErrorKind::PermissionDenied`.*/
    PermissionDenied,
    /// Bad address (`WSAEFAULT`, `EFAULT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEFAULT`, `ERROR_BUFFER_OVERFLOW` (111), `ERROR_NOACCESS` (998) | 10014 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EFAULT` | 14 |

Kind: `io::ErrorKind::Other`.*/
    BadAddress,
    /// Invalid argument (`WSAEINVAL`, `EINVAL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINVAL`, `ERROR_INVALID_ACCESS` (12), `ERROR_INVALID_DATA` (13), `ERROR_INSUFFICIENT_BUFFER` (122), `ERROR_NEGATIVE_SEEK` (131), `ERROR_INVALID_FLAGS` (1004), `ERROR_SYMLINK_NOT_SUPPORTED` (1464), `ERROR_INVALID_REPARSE_DATA` (4392) | 10022 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EINVAL` | 22 |

Kind: `io::ErrorKind::InvalidInput`.*/
    InvalidArgument,
    /// Too many open files (`WSAEMFILE`, `EMFILE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEMFILE`, `ERROR_TOO_MANY_OPEN_FILES` (4) | 10024 |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EMFILE` | 24 |

Kind: `io::ErrorKind::Other`.*/
    TooManyOpenFiles,
    /// Resource temporarily unavailable (`WSAEWOULDBLOCK`, `EAGAIN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEWOULDBLOCK` | 10035 |
| `linux`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc` | `EAGAIN`, `EWOULDBLOCK` | 11 |
| `linux_alpha`, `macos`, `freebsd` | `EAGAIN`, `EWOULDBLOCK` | 35 |

Kind: `io::ErrorKind::WouldBlock`.*/
    WouldBlock,
    /// Operation now in progress (`WSAEINPROGRESS`, `EINPROGRESS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINPROGRESS` | 10036 |
| `linux`, `linux_powerpc` | `EINPROGRESS` | 115 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EINPROGRESS` | 36 |
| `linux_mips` | `EINPROGRESS` | 150 |
| `linux_parisc` | `EINPROGRESS` | 245 |

Kind: `io::ErrorKind::Other`.*/
    InProgress,
    /// Operation already in progress (`WSAEALREADY`, `EALREADY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEALREADY` | 10037 |
| `linux`, `linux_powerpc` | `EALREADY` | 114 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EALREADY` | 37 |
| `linux_mips` | `EALREADY` | 149 |
| `linux_parisc` | `EALREADY` | 244 |

Kind: `io::ErrorKind::Other`.*/
    AlreadyInProgress,
    /// Socket operation on non-socket (`WSAENOTSOCK`, `ENOTSOCK`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOTSOCK` | 10038 |
| `linux`, `linux_powerpc` | `ENOTSOCK` | 88 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENOTSOCK` | 38 |
| `linux_mips` | `ENOTSOCK` | 95 |
| `linux_parisc` | `ENOTSOCK` | 216 |

Kind: `io::ErrorKind::Other`.*/
    NotASocket,
    /// Destination address required (`WSAEDESTADDRREQ`, `EDESTADDRREQ`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEDESTADDRREQ` | 10039 |
| `linux`, `linux_powerpc` | `EDESTADDRREQ` | 89 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EDESTADDRREQ` | 39 |
| `linux_mips` | `EDESTADDRREQ` | 96 |
| `linux_parisc` | `EDESTADDRREQ` | 217 |

Kind: `io::ErrorKind::Other`.*/
    DestinationAddressRequired,
    /// Message too long (`WSAEMSGSIZE`, `EMSGSIZE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEMSGSIZE` | 10040 |
| `linux`, `linux_powerpc` | `EMSGSIZE` | 90 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EMSGSIZE` | 40 |
| `linux_mips` | `EMSGSIZE` | 97 |
| `linux_parisc` | `EMSGSIZE` | 218 |

Kind: `io::ErrorKind::Other`.*/
    MessageTooLong,
    /// Protocol wrong type for socket (`WSAEPROTOTYPE`, `EPROTOTYPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROTOTYPE` | 10041 |
| `linux`, `linux_powerpc` | `EPROTOTYPE` | 91 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EPROTOTYPE` | 41 |
| `linux_mips` | `EPROTOTYPE` | 98 |
| `linux_parisc` | `EPROTOTYPE` | 219 |

Kind: `io::ErrorKind::Other`.*/
    WrongProtocolType,
    /// Protocol not available (`WSAENOPROTOOPT`, `ENOPROTOOPT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOPROTOOPT` | 10042 |
| `linux`, `linux_powerpc` | `ENOPROTOOPT` | 92 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENOPROTOOPT` | 42 |
| `linux_mips` | `ENOPROTOOPT` | 99 |
| `linux_parisc` | `ENOPROTOOPT` | 220 |

Kind: `io::ErrorKind::Other`.*/
    BadProtocolOption,
    /// Protocol not supported (`WSAEPROTONOSUPPORT`, `EPROTONOSUPPORT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROTONOSUPPORT` | 10043 |
| `linux`, `linux_powerpc` | `EPROTONOSUPPORT` | 93 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EPROTONOSUPPORT` | 43 |
| `linux_mips` | `EPROTONOSUPPORT` | 120 |
| `linux_parisc` | `EPROTONOSUPPORT` | 221 |

Kind: `io::ErrorKind::Other`.*/
    ProtocolNotSupported,
    /// Socket type not supported (`WSAESOCKTNOSUPPORT`, `ESOCKTNOSUPPORT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAESOCKTNOSUPPORT` | 10044 |
| `linux`, `linux_powerpc` | `ESOCKTNOSUPPORT` | 94 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ESOCKTNOSUPPORT` | 44 |
| `linux_mips` | `ESOCKTNOSUPPORT` | 121 |
| `linux_parisc` | `ESOCKTNOSUPPORT` | 222 |

Kind: `io::ErrorKind::Other`.*/
    SocketTypeNotSupported,
    /// Operation not supported (`WSAEOPNOTSUPP`, `EOPNOTSUPP`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEOPNOTSUPP` | 10045 |
| `linux`, `linux_powerpc` | `EOPNOTSUPP` | 95 |
| `linux_alpha`, `linux_sparc`, `freebsd` | `EOPNOTSUPP` | 45 |
| `linux_mips` | `EOPNOTSUPP` | 122 |
| `linux_parisc` | `EOPNOTSUPP` | 223 |
| `macos` | `EOPNOTSUPP` | 102 |

Kind: `io::ErrorKind::Unsupported`.*/
    OperationNotSupported,
    /// Protocol family not supported (`WSAEPFNOSUPPORT`, `EPFNOSUPPORT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPFNOSUPPORT` | 10046 |
| `linux`, `linux_powerpc` | `EPFNOSUPPORT` | 96 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EPFNOSUPPORT` | 46 |
| `linux_mips` | `EPFNOSUPPORT` | 123 |
| `linux_parisc` | `EPFNOSUPPORT` | 224 |

Kind: `io::ErrorKind::Other`.*/
    ProtocolFamilyNotSupported,
    /// Address family not supported by protocol (`WSAEAFNOSUPPORT`, `EAFNOSUPPORT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEAFNOSUPPORT` | 10047 |
| `linux`, `linux_powerpc` | `EAFNOSUPPORT` | 97 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EAFNOSUPPORT` | 47 |
| `linux_mips` | `EAFNOSUPPORT` | 124 |
| `linux_parisc` | `EAFNOSUPPORT` | 225 |

Kind: `io::ErrorKind::Other`.*/
    AddressFamilyNotSupported,
    /// Address already in use (`WSAEADDRINUSE`, `EADDRINUSE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEADDRINUSE`, `ERROR_ADDRESS_ALREADY_ASSOCIATED` (1227) | 10048 |
| `linux`, `linux_powerpc` | `EADDRINUSE` | 98 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EADDRINUSE` | 48 |
| `linux_mips` | `EADDRINUSE` | 125 |
| `linux_parisc` | `EADDRINUSE` | 226 |

Kind: `io::ErrorKind::AddrInUse`.*/
    AddressInUse,
    /// Cannot assign requested address (`WSAEADDRNOTAVAIL`, `EADDRNOTAVAIL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEADDRNOTAVAIL` | 10049 |
| `linux`, `linux_powerpc` | `EADDRNOTAVAIL` | 99 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EADDRNOTAVAIL` | 49 |
| `linux_mips` | `EADDRNOTAVAIL` | 126 |
| `linux_parisc` | `EADDRNOTAVAIL` | 227 |

Kind: `io::ErrorKind::AddrNotAvailable`.*/
    AddressNotAvailable,
    /// Network is down (`WSAENETDOWN`, `ENETDOWN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENETDOWN` | 10050 |
| `linux`, `linux_powerpc` | `ENETDOWN` | 100 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENETDOWN` | 50 |
| `linux_mips` | `ENETDOWN` | 127 |
| `linux_parisc` | `ENETDOWN` | 228 |

Kind: `io::ErrorKind::NetworkDown`.*/
    NetworkDown,
    /// Network is unreachable (`WSAENETUNREACH`, `ENETUNREACH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENETUNREACH`, `ERROR_NETWORK_UNREACHABLE` (1231) | 10051 |
| `linux`, `linux_powerpc` | `ENETUNREACH` | 101 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENETUNREACH` | 51 |
| `linux_mips` | `ENETUNREACH` | 128 |
| `linux_parisc` | `ENETUNREACH` | 229 |

Kind: `io::ErrorKind::NetworkUnreachable`.*/
    NetworkUnreachable,
    /// Network dropped connection on reset (`WSAENETRESET`, `ENETRESET`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENETRESET` | 10052 |
| `linux`, `linux_powerpc` | `ENETRESET` | 102 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENETRESET` | 52 |
| `linux_mips` | `ENETRESET` | 129 |
| `linux_parisc` | `ENETRESET` | 230 |

Kind: `io::ErrorKind::Other`.*/
    NetworkReset,
    /// Software caused connection abort (`WSAECONNABORTED`, `ECONNABORTED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECONNABORTED`, `ERROR_CONNECTION_ABORTED` (1236) | 10053 |
| `linux`, `linux_powerpc` | `ECONNABORTED` | 103 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ECONNABORTED` | 53 |
| `linux_mips` | `ECONNABORTED` | 130 |
| `linux_parisc` | `ECONNABORTED` | 231 |

Kind: `io::ErrorKind::ConnectionAborted`.*/
    ConnectionAborted,
    /// Connection reset by peer (`WSAECONNRESET`, `ECONNRESET`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECONNRESET`, `ERROR_NETNAME_DELETED` (64) | 10054 |
| `linux`, `linux_powerpc` | `ECONNRESET` | 104 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ECONNRESET` | 54 |
| `linux_mips` | `ECONNRESET` | 131 |
| `linux_parisc` | `ECONNRESET` | 232 |

Kind: `io::ErrorKind::ConnectionReset`.*/
    ConnectionReset,
    /// No buffer space available (`WSAENOBUFS`, `ENOBUFS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOBUFS` | 10055 |
| `linux`, `linux_powerpc` | `ENOBUFS` | 105 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENOBUFS` | 55 |
| `linux_mips` | `ENOBUFS` | 132 |
| `linux_parisc` | `ENOBUFS` | 233 |

Kind: `io::ErrorKind::Other`.*/
    NoBufferSpace,
    /// Transport endpoint is already connected (`WSAEISCONN`, `EISCONN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEISCONN` | 10056 |
| `linux`, `linux_powerpc` | `EISCONN` | 106 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EISCONN` | 56 |
| `linux_mips` | `EISCONN` | 133 |
| `linux_parisc` | `EISCONN` | 234 |

Kind: `io::ErrorKind::Other`.*/
    AlreadyConnected,
    /// Transport endpoint is not connected (`WSAENOTCONN`, `ENOTCONN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOTCONN`, `ERROR_NOT_CONNECTED` (2250) | 10057 |
| `linux`, `linux_powerpc` | `ENOTCONN` | 107 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENOTCONN` | 57 |
| `linux_mips` | `ENOTCONN` | 134 |
| `linux_parisc` | `ENOTCONN` | 235 |

Kind: `io::ErrorKind::NotConnected`.*/
    NotConnected,
    /// Cannot send after transport endpoint shutdown (`WSAESHUTDOWN`, `ESHUTDOWN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAESHUTDOWN` | 10058 |
| `linux`, `linux_powerpc` | `ESHUTDOWN` | 108 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ESHUTDOWN` | 58 |
| `linux_mips` | `ESHUTDOWN` | 143 |
| `linux_parisc` | `ESHUTDOWN` | 236 |

Kind: `io::ErrorKind::Other`.*/
    SocketShutdown,
    /// Too many references: cannot splice (`WSAETOOMANYREFS`, `ETOOMANYREFS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAETOOMANYREFS` | 10059 |
| `linux`, `linux_powerpc` | `ETOOMANYREFS` | 109 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ETOOMANYREFS` | 59 |
| `linux_mips` | `ETOOMANYREFS` | 144 |
| `linux_parisc` | `ETOOMANYREFS` | 237 |

Kind: `io::ErrorKind::Other`.*/
    TooManyReferences,
    /// Connection timed out (`WSAETIMEDOUT`, `ETIMEDOUT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAETIMEDOUT`, `ERROR_SEM_TIMEOUT` (121), `WAIT_TIMEOUT` (258), `ERROR_DRIVER_CANCEL_TIMEOUT` (594), `ERROR_SERVICE_REQUEST_TIMEOUT` (1053), `ERROR_COUNTER_TIMEOUT` (1121), `ERROR_TIMEOUT` (1460), `ERROR_RESOURCE_CALL_TIMED_OUT` (5910), `ERROR_CTX_MODEM_RESPONSE_TIMEOUT` (7012), `ERROR_CTX_CLIENT_QUERY_TIMEOUT` (7040), `FRS_ERR_SYSVOL_POPULATE_TIMEOUT` (8014), `ERROR_DS_TIMELIMIT_EXCEEDED` (8226), `DNS_ERROR_RECORD_TIMED_OUT` (9705), `ERROR_IPSEC_IKE_TIMED_OUT` (13805), `ERROR_RUNLEVEL_SWITCH_TIMEOUT` (15402), `ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT` (15403) | 10060 |
| `linux`, `linux_powerpc` | `ETIMEDOUT` | 110 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ETIMEDOUT` | 60 |
| `linux_mips` | `ETIMEDOUT` | 145 |
| `linux_parisc` | `ETIMEDOUT` | 238 |

Kind: `io::ErrorKind::TimedOut`.*/
    TimedOut,
    /// Connection refused (`WSAECONNREFUSED`, `ECONNREFUSED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECONNREFUSED`, `ERROR_CONNECTION_REFUSED` (1225), `ERROR_PORT_UNREACHABLE` (1234) | 10061 |
| `linux`, `linux_powerpc` | `ECONNREFUSED` | 111 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ECONNREFUSED` | 61 |
| `linux_mips` | `ECONNREFUSED` | 146 |
| `linux_parisc` | `ECONNREFUSED`, `EREFUSED` | 239 |

Kind: `io::ErrorKind::ConnectionRefused`.*/
    ConnectionRefused,
    /// Too many levels of symbolic links (`WSAELOOP`, `ELOOP`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAELOOP`, `ERROR_CANT_RESOLVE_FILENAME` (1921) | 10062 |
| `linux`, `linux_powerpc` | `ELOOP` | 40 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ELOOP` | 62 |
| `linux_mips` | `ELOOP` | 90 |
| `linux_parisc` | `ELOOP` | 249 |

Kind: `io::ErrorKind::Other`.*/
    FilesystemLoop,
    /// File name too long (`WSAENAMETOOLONG`, `ENAMETOOLONG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENAMETOOLONG`, `ERROR_FILENAME_EXCED_RANGE` (206) | 10063 |
| `linux`, `linux_powerpc` | `ENAMETOOLONG` | 36 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENAMETOOLONG` | 63 |
| `linux_mips` | `ENAMETOOLONG` | 78 |
| `linux_parisc` | `ENAMETOOLONG` | 248 |

Kind: `io::ErrorKind::InvalidFilename`.*/
    NameTooLong,
    /// Host is down (`WSAEHOSTDOWN`, `EHOSTDOWN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEHOSTDOWN` | 10064 |
| `linux`, `linux_powerpc` | `EHOSTDOWN` | 112 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EHOSTDOWN` | 64 |
| `linux_mips` | `EHOSTDOWN` | 147 |
| `linux_parisc` | `EHOSTDOWN` | 241 |

Kind: `io::ErrorKind::Other`.*/
    HostDown,
    /// No route to host (`WSAEHOSTUNREACH`, `EHOSTUNREACH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEHOSTUNREACH`, `ERROR_HOST_UNREACHABLE` (1232) | 10065 |
| `linux`, `linux_powerpc` | `EHOSTUNREACH` | 113 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `EHOSTUNREACH` | 65 |
| `linux_mips` | `EHOSTUNREACH` | 148 |
| `linux_parisc` | `EHOSTUNREACH` | 242 |

Kind: `io::ErrorKind::HostUnreachable`.*/
    HostUnreachable,
    /// Directory not empty (`WSAENOTEMPTY`, `ENOTEMPTY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOTEMPTY`, `ERROR_DIR_NOT_EMPTY` (145) | 10066 |
| `linux`, `linux_powerpc` | `ENOTEMPTY` | 39 |
| `linux_alpha`, `linux_sparc`, `macos`, `freebsd` | `ENOTEMPTY` | 66 |
| `linux_mips` | `ENOTEMPTY` | 93 |
| `linux_parisc` | `ENOTEMPTY` | 247 |

Kind: `io::ErrorKind::DirectoryNotEmpty`.*/
    DirectoryNotEmpty,
    /// Too many processes (`WSAEPROCLIM`, `EPROCLIM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROCLIM` | 10067 |
| `linux_sparc`, `macos`, `freebsd` | `EPROCLIM` | 67 |

Kind: `io::ErrorKind::Other`.*/
    TooManyProcesses,
    /// Too many users (`WSAEUSERS`, `EUSERS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEUSERS` | 10068 |
| `linux`, `linux_powerpc` | `EUSERS` | 87 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd` | `EUSERS` | 68 |
| `linux_mips` | `EUSERS` | 94 |

Kind: `io::ErrorKind::Other`.*/
    TooManyUsers,
    /// Disk quota exceeded (`WSAEDQUOT`, `EDQUOT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEDQUOT`, `ERROR_DISK_QUOTA_EXCEEDED` (1295) | 10069 |
| `linux`, `linux_powerpc` | `EDQUOT` | 122 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd` | `EDQUOT` | 69 |
| `linux_mips` | `EDQUOT` | 1133 |

Kind: `io::ErrorKind::QuotaExceeded`.*/
    QuotaExceeded,
    /// Stale file handle (`WSAESTALE`, `ESTALE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAESTALE` | 10070 |
| `linux`, `linux_powerpc` | `ESTALE` | 116 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd` | `ESTALE` | 70 |
| `linux_mips` | `ESTALE` | 151 |

Kind: `io::ErrorKind::StaleNetworkFileHandle`.*/
    StaleFileHandle,
    /// Object is remote (`WSAEREMOTE`, `EREMOTE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEREMOTE` | 10071 |
| `linux`, `linux_mips`, `linux_powerpc` | `EREMOTE` | 66 |
| `linux_alpha`, `linux_parisc`, `linux_sparc`, `macos`, `freebsd` | `EREMOTE` | 71 |

Kind: `io::ErrorKind::Other`.*/
    ObjectIsRemote,
    /// Network subsystem is unavailable (`WSASYSNOTREADY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSASYSNOTREADY` | 10091 |

Kind: `io::ErrorKind::Other`.*/
    SystemNotReady,
    /// Winsock.dll version out of range (`WSAVERNOTSUPPORTED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAVERNOTSUPPORTED` | 10092 |

Kind: `io::ErrorKind::Other`.*/
    VersionNotSupported,
    /// Successful WSAStartup not yet performed (`WSANOTINITIALISED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSANOTINITIALISED` | 10093 |

Kind: `io::ErrorKind::Other`.*/
    NotInitialized,
    /// Graceful shutdown in progress (`WSAEDISCON`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEDISCON` | 10101 |

Kind: `io::ErrorKind::Other`.*/
    Disconnecting,
    /// No more results (`WSAENOMORE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAENOMORE` | 10102 |

Kind: `io::ErrorKind::Other`.*/
    LookupNoMore,
    /// Call has been canceled (`WSAECANCELLED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAECANCELLED` | 10103 |

Kind: `io::ErrorKind::Other`.*/
    LookupCanceled,
    /// Procedure call table is invalid (`WSAEINVALIDPROCTABLE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINVALIDPROCTABLE` | 10104 |

Kind: `io::ErrorKind::Other`.*/
    InvalidProcedureTable,
    /// Service provider is invalid (`WSAEINVALIDPROVIDER`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEINVALIDPROVIDER` | 10105 |

Kind: `io::ErrorKind::Other`.*/
    InvalidProvider,
    /// Service provider failed to initialize (`WSAEPROVIDERFAILEDINIT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEPROVIDERFAILEDINIT` | 10106 |

Kind: `io::ErrorKind::Other`.*/
    ProviderFailedInit,
    /// System call failure (`WSASYSCALLFAILURE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSASYSCALLFAILURE` | 10107 |

Kind: `io::ErrorKind::Other`.*/
    SystemCallFailure,
    /// Service not found (`WSASERVICE_NOT_FOUND`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSASERVICE_NOT_FOUND` | 10108 |

Kind: `io::ErrorKind::Other`.*/
    ServiceNotFound,
    /// Class type not found (`WSATYPE_NOT_FOUND`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSATYPE_NOT_FOUND` | 10109 |

Kind: `io::ErrorKind::Other`.*/
    ClassTypeNotFound,
    /// No more results (`WSA_E_NO_MORE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_E_NO_MORE` | 10110 |

Kind: `io::ErrorKind::Other`.*/
    LookupNoMoreResults,
    /// Call was canceled (`WSA_E_CANCELLED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_E_CANCELLED` | 10111 |

Kind: `io::ErrorKind::Other`.*/
    LookupCallCanceled,
    /// Database query was refused (`WSAEREFUSED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAEREFUSED` | 10112 |

Kind: `io::ErrorKind::Other`.*/
    QueryRefused,
    /// Host not found (`WSAHOST_NOT_FOUND`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSAHOST_NOT_FOUND` | 11001 |

Kind: `io::ErrorKind::Other`.*/
    HostNotFound,
    /// Nonauthoritative host not found (`WSATRY_AGAIN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSATRY_AGAIN` | 11002 |

Kind: `io::ErrorKind::Other`.*/
    TryAgain,
    /// This is a nonrecoverable error (`WSANO_RECOVERY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSANO_RECOVERY` | 11003 |

Kind: `io::ErrorKind::Other`.*/
    NoRecovery,
    /// Valid name, no data record of requested type (`WSANO_DATA`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSANO_DATA`, `WSANO_ADDRESS` | 11004 |

Kind: `io::ErrorKind::Other`.*/
    NoData,
    /// QoS receivers (`WSA_QOS_RECEIVERS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_RECEIVERS` | 11005 |

Kind: `io::ErrorKind::Other`.*/
    QosReceivers,
    /// QoS senders (`WSA_QOS_SENDERS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_SENDERS` | 11006 |

Kind: `io::ErrorKind::Other`.*/
    QosSenders,
    /// No QoS senders (`WSA_QOS_NO_SENDERS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_NO_SENDERS` | 11007 |

Kind: `io::ErrorKind::Other`.*/
    QosNoSenders,
    /// QoS no receivers (`WSA_QOS_NO_RECEIVERS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_NO_RECEIVERS` | 11008 |

Kind: `io::ErrorKind::Other`.*/
    QosNoReceivers,
    /// QoS request confirmed (`WSA_QOS_REQUEST_CONFIRMED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_REQUEST_CONFIRMED` | 11009 |

Kind: `io::ErrorKind::Other`.*/
    QosRequestConfirmed,
    /// QoS admission error (`WSA_QOS_ADMISSION_FAILURE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ADMISSION_FAILURE` | 11010 |

Kind: `io::ErrorKind::Other`.*/
    QosAdmissionFailure,
    /// QoS policy failure (`WSA_QOS_POLICY_FAILURE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_POLICY_FAILURE` | 11011 |

Kind: `io::ErrorKind::Other`.*/
    QosPolicyFailure,
    /// QoS bad style (`WSA_QOS_BAD_STYLE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_BAD_STYLE` | 11012 |

Kind: `io::ErrorKind::Other`.*/
    QosBadStyle,
    /// QoS bad object (`WSA_QOS_BAD_OBJECT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_BAD_OBJECT` | 11013 |

Kind: `io::ErrorKind::Other`.*/
    QosBadObject,
    /// QoS traffic control error (`WSA_QOS_TRAFFIC_CTRL_ERROR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_TRAFFIC_CTRL_ERROR` | 11014 |

Kind: `io::ErrorKind::Other`.*/
    QosTrafficControlError,
    /// QoS generic error (`WSA_QOS_GENERIC_ERROR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_GENERIC_ERROR` | 11015 |

Kind: `io::ErrorKind::Other`.*/
    QosGenericError,
    /// QoS service type error (`WSA_QOS_ESERVICETYPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ESERVICETYPE` | 11016 |

Kind: `io::ErrorKind::Other`.*/
    QosServiceTypeError,
    /// QoS flowspec error (`WSA_QOS_EFLOWSPEC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFLOWSPEC` | 11017 |

Kind: `io::ErrorKind::Other`.*/
    QosFlowspecError,
    /// Invalid QoS provider buffer (`WSA_QOS_EPROVSPECBUF`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPROVSPECBUF` | 11018 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidProviderBuffer,
    /// Invalid QoS filter style (`WSA_QOS_EFILTERSTYLE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFILTERSTYLE` | 11019 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidFilterStyle,
    /// Invalid QoS filter type (`WSA_QOS_EFILTERTYPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFILTERTYPE` | 11020 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidFilterType,
    /// Incorrect QoS filter count (`WSA_QOS_EFILTERCOUNT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFILTERCOUNT` | 11021 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidFilterCount,
    /// Invalid QoS object length (`WSA_QOS_EOBJLENGTH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EOBJLENGTH` | 11022 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidObjectLength,
    /// Incorrect QoS flow count (`WSA_QOS_EFLOWCOUNT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFLOWCOUNT` | 11023 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidFlowCount,
    /// Unrecognized QoS object (`WSA_QOS_EUNKOWNPSOBJ`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EUNKOWNPSOBJ`, `WSA_QOS_EUNKNOWNPSOBJ` | 11024 |

Kind: `io::ErrorKind::Other`.*/
    QosUnknownObject,
    /// Invalid QoS policy object (`WSA_QOS_EPOLICYOBJ`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPOLICYOBJ` | 11025 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidPolicyObject,
    /// Invalid QoS flow descriptor (`WSA_QOS_EFLOWDESC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EFLOWDESC` | 11026 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidFlowDescriptor,
    /// Invalid QoS provider-specific flowspec (`WSA_QOS_EPSFLOWSPEC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPSFLOWSPEC` | 11027 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidProviderFlowspec,
    /// Invalid QoS provider-specific filterspec (`WSA_QOS_EPSFILTERSPEC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_EPSFILTERSPEC` | 11028 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidProviderFilterspec,
    /// Invalid QoS shape discard mode object (`WSA_QOS_ESDMODEOBJ`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ESDMODEOBJ` | 11029 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidShapeDiscardMode,
    /// Invalid QoS shaping rate object (`WSA_QOS_ESHAPERATEOBJ`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_ESHAPERATEOBJ` | 11030 |

Kind: `io::ErrorKind::Other`.*/
    QosInvalidShapingRate,
    /// Reserved policy QoS element type (`WSA_QOS_RESERVED_PETYPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `windows` | `WSA_QOS_RESERVED_PETYPE` | 11031 |

Kind: `io::ErrorKind::Other`.*/
    QosReservedPolicyElement,
    /// No such process (`ESRCH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ESRCH` | 3 |

Kind: `io::ErrorKind::Other`.*/
    NoSuchProcess,
    /// No such device or address (`ENXIO`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENXIO` | 6 |

Kind: `io::ErrorKind::Other`.*/
    NoSuchDeviceOrAddress,
    /// Block device required (`ENOTBLK`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENOTBLK` | 15 |

Kind: `io::ErrorKind::Other`.*/
    BlockDeviceRequired,
    /// No such device (`ENODEV`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENODEV` | 19 |

Kind: `io::ErrorKind::Other`.*/
    NoSuchDevice,
    /// Too many open files in system (`ENFILE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENFILE` | 23 |

Kind: `io::ErrorKind::Other`.*/
    TooManyOpenFilesInSystem,
    /// Inappropriate ioctl for device (`ENOTTY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ENOTTY` | 25 |

Kind: `io::ErrorKind::Other`.*/
    InappropriateIoctl,
    /// Text file busy (`ETXTBSY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ETXTBSY` | 26 |

Kind: `io::ErrorKind::ExecutableFileBusy`.*/
    ExecutableFileBusy,
    /// Numerical argument out of domain (`EDOM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `EDOM` | 33 |

Kind: `io::ErrorKind::Other`.*/
    ArgumentOutOfDomain,
    /// Numerical result out of range (`ERANGE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_mips`, `linux_parisc`, `linux_powerpc`, `linux_sparc`, `macos`, `freebsd` | `ERANGE` | 34 |

Kind: `io::ErrorKind::Other`.*/
    ResultOutOfRange,
    /// No locks available (`ENOLCK`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOLCK` | 37 |
| `linux_alpha`, `macos`, `freebsd` | `ENOLCK` | 77 |
| `linux_mips`, `linux_parisc` | `ENOLCK` | 46 |
| `linux_sparc` | `ENOLCK` | 79 |

Kind: `io::ErrorKind::Other`.*/
    NoLocksAvailable,
    /// No message of desired type (`ENOMSG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOMSG` | 42 |
| `linux_alpha` | `ENOMSG` | 80 |
| `linux_mips`, `linux_parisc` | `ENOMSG` | 35 |
| `linux_sparc` | `ENOMSG` | 75 |
| `macos` | `ENOMSG` | 91 |
| `freebsd` | `ENOMSG` | 83 |

Kind: `io::ErrorKind::Other`.*/
    NoMessage,
    /// Identifier removed (`EIDRM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EIDRM` | 43 |
| `linux_alpha` | `EIDRM` | 81 |
| `linux_mips`, `linux_parisc` | `EIDRM` | 36 |
| `linux_sparc` | `EIDRM` | 77 |
| `macos` | `EIDRM` | 90 |
| `freebsd` | `EIDRM` | 82 |

Kind: `io::ErrorKind::Other`.*/
    IdentifierRemoved,
    /// Channel number out of range (`ECHRNG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ECHRNG` | 44 |
| `linux_alpha` | `ECHRNG` | 88 |
| `linux_mips`, `linux_parisc` | `ECHRNG` | 37 |
| `linux_sparc` | `ECHRNG` | 94 |

Kind: `io::ErrorKind::Other`.*/
    ChannelOutOfRange,
    /// Level 2 not synchronized (`EL2NSYNC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EL2NSYNC` | 45 |
| `linux_alpha` | `EL2NSYNC` | 89 |
| `linux_mips`, `linux_parisc` | `EL2NSYNC` | 38 |
| `linux_sparc` | `EL2NSYNC` | 95 |

Kind: `io::ErrorKind::Other`.*/
    Level2NotSynchronized,
    /// Level 3 halted (`EL3HLT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EL3HLT` | 46 |
| `linux_alpha` | `EL3HLT` | 90 |
| `linux_mips`, `linux_parisc` | `EL3HLT` | 39 |
| `linux_sparc` | `EL3HLT` | 96 |

Kind: `io::ErrorKind::Other`.*/
    Level3Halted,
    /// Level 3 reset (`EL3RST`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EL3RST` | 47 |
| `linux_alpha` | `EL3RST` | 91 |
| `linux_mips`, `linux_parisc` | `EL3RST` | 40 |
| `linux_sparc` | `EL3RST` | 97 |

Kind: `io::ErrorKind::Other`.*/
    Level3Reset,
    /// Link number out of range (`ELNRNG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ELNRNG` | 48 |
| `linux_alpha` | `ELNRNG` | 93 |
| `linux_mips`, `linux_parisc` | `ELNRNG` | 41 |
| `linux_sparc` | `ELNRNG` | 98 |

Kind: `io::ErrorKind::Other`.*/
    LinkNumberOutOfRange,
    /// Protocol driver not attached (`EUNATCH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EUNATCH` | 49 |
| `linux_alpha` | `EUNATCH` | 94 |
| `linux_mips`, `linux_parisc` | `EUNATCH` | 42 |
| `linux_sparc` | `EUNATCH` | 99 |

Kind: `io::ErrorKind::Other`.*/
    ProtocolDriverNotAttached,
    /// No CSI structure available (`ENOCSI`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOCSI` | 50 |
| `linux_alpha` | `ENOCSI` | 95 |
| `linux_mips`, `linux_parisc` | `ENOCSI` | 43 |
| `linux_sparc` | `ENOCSI` | 100 |

Kind: `io::ErrorKind::Other`.*/
    NoCsiStructure,
    /// Level 2 halted (`EL2HLT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EL2HLT` | 51 |
| `linux_alpha` | `EL2HLT` | 96 |
| `linux_mips`, `linux_parisc` | `EL2HLT` | 44 |
| `linux_sparc` | `EL2HLT` | 101 |

Kind: `io::ErrorKind::Other`.*/
    Level2Halted,
    /// Invalid exchange (`EBADE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EBADE` | 52 |
| `linux_alpha` | `EBADE` | 97 |
| `linux_mips` | `EBADE` | 50 |
| `linux_parisc` | `EBADE` | 160 |
| `linux_sparc` | `EBADE` | 102 |

Kind: `io::ErrorKind::Other`.*/
    InvalidExchange,
    /// Invalid request descriptor (`EBADR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EBADR` | 53 |
| `linux_alpha` | `EBADR` | 98 |
| `linux_mips` | `EBADR` | 51 |
| `linux_parisc` | `EBADR` | 161 |
| `linux_sparc` | `EBADR` | 103 |

Kind: `io::ErrorKind::Other`.*/
    InvalidRequestDescriptor,
    /// Exchange full (`EXFULL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EXFULL` | 54 |
| `linux_alpha` | `EXFULL` | 99 |
| `linux_mips` | `EXFULL` | 52 |
| `linux_parisc` | `EXFULL` | 162 |
| `linux_sparc` | `EXFULL` | 104 |

Kind: `io::ErrorKind::Other`.*/
    ExchangeFull,
    /// No anode (`ENOANO`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOANO` | 55 |
| `linux_alpha` | `ENOANO` | 100 |
| `linux_mips` | `ENOANO` | 53 |
| `linux_parisc` | `ENOANO` | 163 |
| `linux_sparc` | `ENOANO` | 105 |

Kind: `io::ErrorKind::Other`.*/
    NoAnode,
    /// Invalid request code (`EBADRQC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EBADRQC` | 56 |
| `linux_alpha` | `EBADRQC` | 101 |
| `linux_mips` | `EBADRQC` | 54 |
| `linux_parisc` | `EBADRQC` | 164 |
| `linux_sparc` | `EBADRQC` | 106 |

Kind: `io::ErrorKind::Other`.*/
    InvalidRequestCode,
    /// Invalid slot (`EBADSLT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EBADSLT` | 57 |
| `linux_alpha` | `EBADSLT` | 102 |
| `linux_mips` | `EBADSLT` | 55 |
| `linux_parisc` | `EBADSLT` | 165 |
| `linux_sparc` | `EBADSLT` | 107 |

Kind: `io::ErrorKind::Other`.*/
    InvalidSlot,
    /// Bad font file format (`EBFONT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `EBFONT` | 59 |
| `linux_alpha` | `EBFONT` | 104 |
| `linux_parisc` | `EBFONT` | 166 |
| `linux_sparc` | `EBFONT` | 109 |

Kind: `io::ErrorKind::Other`.*/
    BadFontFile,
    /// Device not a stream (`ENOSTR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ENOSTR` | 60 |
| `linux_alpha` | `ENOSTR` | 87 |
| `linux_parisc` | `ENOSTR` | 54 |
| `linux_sparc` | `ENOSTR` | 72 |
| `macos` | `ENOSTR` | 99 |

Kind: `io::ErrorKind::Other`.*/
    NotAStream,
    /// No data available (`ENODATA`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ENODATA` | 61 |
| `linux_alpha` | `ENODATA` | 86 |
| `linux_parisc` | `ENODATA` | 51 |
| `linux_sparc` | `ENODATA` | 111 |
| `macos` | `ENODATA` | 96 |

Kind: `io::ErrorKind::Other`.*/
    NoDataAvailable,
    /// Timer expired (`ETIME`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ETIME` | 62 |
| `linux_alpha` | `ETIME` | 83 |
| `linux_parisc` | `ETIME` | 52 |
| `linux_sparc` | `ETIME` | 73 |
| `macos` | `ETIME` | 101 |

Kind: `io::ErrorKind::Other`.*/
    TimerExpired,
    /// Out of streams resources (`ENOSR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ENOSR` | 63 |
| `linux_alpha` | `ENOSR` | 82 |
| `linux_parisc` | `ENOSR` | 53 |
| `linux_sparc` | `ENOSR` | 74 |
| `macos` | `ENOSR` | 98 |

Kind: `io::ErrorKind::Other`.*/
    OutOfStreamsResources,
    /// Machine is not on the network (`ENONET`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ENONET` | 64 |
| `linux_alpha` | `ENONET` | 105 |
| `linux_parisc` | `ENONET` | 50 |
| `linux_sparc` | `ENONET` | 80 |

Kind: `io::ErrorKind::Other`.*/
    NotOnNetwork,
    /// Package not installed (`ENOPKG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ENOPKG` | 65 |
| `linux_alpha` | `ENOPKG` | 92 |
| `linux_parisc` | `ENOPKG` | 55 |
| `linux_sparc` | `ENOPKG` | 113 |

Kind: `io::ErrorKind::Other`.*/
    PackageNotInstalled,
    /// Link has been severed (`ENOLINK`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ENOLINK` | 67 |
| `linux_alpha` | `ENOLINK` | 106 |
| `linux_parisc` | `ENOLINK` | 57 |
| `linux_sparc` | `ENOLINK` | 82 |
| `macos` | `ENOLINK` | 97 |
| `freebsd` | `ENOLINK` | 91 |

Kind: `io::ErrorKind::Other`.*/
    LinkSevered,
    /// Advertise error (`EADV`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `EADV` | 68 |
| `linux_alpha` | `EADV` | 107 |
| `linux_parisc` | `EADV` | 58 |
| `linux_sparc` | `EADV` | 83 |

Kind: `io::ErrorKind::Other`.*/
    AdvertiseError,
    /// Srmount error (`ESRMNT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ESRMNT` | 69 |
| `linux_alpha` | `ESRMNT` | 108 |
| `linux_parisc` | `ESRMNT` | 59 |
| `linux_sparc` | `ESRMNT` | 84 |

Kind: `io::ErrorKind::Other`.*/
    SrmountError,
    /// Communication error on send (`ECOMM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `ECOMM` | 70 |
| `linux_alpha` | `ECOMM` | 109 |
| `linux_parisc` | `ECOMM` | 60 |
| `linux_sparc` | `ECOMM` | 85 |

Kind: `io::ErrorKind::Other`.*/
    CommunicationError,
    /// Protocol error (`EPROTO`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `EPROTO` | 71 |
| `linux_alpha` | `EPROTO` | 85 |
| `linux_parisc` | `EPROTO` | 61 |
| `linux_sparc` | `EPROTO` | 86 |
| `macos` | `EPROTO` | 100 |
| `freebsd` | `EPROTO` | 92 |

Kind: `io::ErrorKind::Other`.*/
    ProtocolError,
    /// Multihop attempted (`EMULTIHOP`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EMULTIHOP` | 72 |
| `linux_alpha` | `EMULTIHOP` | 110 |
| `linux_mips` | `EMULTIHOP` | 74 |
| `linux_parisc` | `EMULTIHOP` | 64 |
| `linux_sparc` | `EMULTIHOP` | 87 |
| `macos` | `EMULTIHOP` | 95 |
| `freebsd` | `EMULTIHOP` | 90 |

Kind: `io::ErrorKind::Other`.*/
    MultihopAttempted,
    /// RFS specific error (`EDOTDOT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_mips`, `linux_powerpc` | `EDOTDOT` | 73 |
| `linux_alpha` | `EDOTDOT` | 111 |
| `linux_parisc` | `EDOTDOT` | 66 |
| `linux_sparc` | `EDOTDOT` | 88 |

Kind: `io::ErrorKind::Other`.*/
    RfsSpecificError,
    /// Bad message (`EBADMSG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EBADMSG`, `EFSBADCRC` | 74 |
| `linux_alpha` | `EBADMSG`, `EFSBADCRC` | 84 |
| `linux_mips` | `EBADMSG`, `EFSBADCRC` | 77 |
| `linux_parisc` | `EBADMSG`, `EFSBADCRC` | 67 |
| `linux_sparc` | `EBADMSG`, `EFSBADCRC` | 76 |
| `macos` | `EBADMSG` | 94 |
| `freebsd` | `EBADMSG` | 89 |

Kind: `io::ErrorKind::Other`.*/
    BadMessage,
    /// Value too large for defined data type (`EOVERFLOW`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EOVERFLOW` | 75 |
| `linux_alpha` | `EOVERFLOW` | 112 |
| `linux_mips` | `EOVERFLOW` | 79 |
| `linux_parisc` | `EOVERFLOW` | 72 |
| `linux_sparc` | `EOVERFLOW` | 92 |
| `macos`, `freebsd` | `EOVERFLOW` | 84 |

Kind: `io::ErrorKind::Other`.*/
    ValueOverflow,
    /// Name not unique on network (`ENOTUNIQ`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOTUNIQ` | 76 |
| `linux_alpha` | `ENOTUNIQ` | 113 |
| `linux_mips` | `ENOTUNIQ` | 80 |
| `linux_parisc` | `ENOTUNIQ` | 167 |
| `linux_sparc` | `ENOTUNIQ` | 115 |

Kind: `io::ErrorKind::Other`.*/
    NameNotUnique,
    /// File descriptor in bad state (`EBADFD`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EBADFD` | 77 |
| `linux_alpha` | `EBADFD` | 114 |
| `linux_mips` | `EBADFD` | 81 |
| `linux_parisc` | `EBADFD` | 168 |
| `linux_sparc` | `EBADFD` | 93 |

Kind: `io::ErrorKind::Other`.*/
    FileDescriptorBadState,
    /// Remote address changed (`EREMCHG`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EREMCHG` | 78 |
| `linux_alpha` | `EREMCHG` | 115 |
| `linux_mips` | `EREMCHG` | 82 |
| `linux_parisc` | `EREMCHG` | 169 |
| `linux_sparc` | `EREMCHG` | 89 |

Kind: `io::ErrorKind::Other`.*/
    RemoteAddressChanged,
    /// Can not access a needed shared library (`ELIBACC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ELIBACC` | 79 |
| `linux_alpha` | `ELIBACC` | 122 |
| `linux_mips` | `ELIBACC` | 83 |
| `linux_parisc` | `ELIBACC` | 170 |
| `linux_sparc` | `ELIBACC` | 114 |

Kind: `io::ErrorKind::Other`.*/
    SharedLibraryInaccessible,
    /// Accessing a corrupted shared library (`ELIBBAD`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ELIBBAD` | 80 |
| `linux_alpha` | `ELIBBAD` | 123 |
| `linux_mips` | `ELIBBAD` | 84 |
| `linux_parisc` | `ELIBBAD` | 171 |
| `linux_sparc` | `ELIBBAD` | 112 |

Kind: `io::ErrorKind::Other`.*/
    SharedLibraryCorrupted,
    /// .lib section in a.out corrupted (`ELIBSCN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ELIBSCN` | 81 |
| `linux_alpha`, `linux_sparc` | `ELIBSCN` | 124 |
| `linux_mips` | `ELIBSCN` | 85 |
| `linux_parisc` | `ELIBSCN` | 172 |

Kind: `io::ErrorKind::Other`.*/
    LibSectionCorrupted,
    /// Attempting to link in too many shared libraries (`ELIBMAX`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ELIBMAX` | 82 |
| `linux_alpha` | `ELIBMAX` | 125 |
| `linux_mips` | `ELIBMAX` | 86 |
| `linux_parisc` | `ELIBMAX` | 173 |
| `linux_sparc` | `ELIBMAX` | 123 |

Kind: `io::ErrorKind::Other`.*/
    TooManySharedLibraries,
    /// Cannot exec a shared library directly (`ELIBEXEC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ELIBEXEC` | 83 |
| `linux_alpha` | `ELIBEXEC` | 126 |
| `linux_mips` | `ELIBEXEC` | 87 |
| `linux_parisc` | `ELIBEXEC` | 174 |
| `linux_sparc` | `ELIBEXEC` | 110 |

Kind: `io::ErrorKind::Other`.*/
    CannotExecSharedLibrary,
    /// Interrupted system call should be restarted (`ERESTART`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ERESTART` | 85 |
| `linux_alpha` | `ERESTART` | 127 |
| `linux_mips` | `ERESTART` | 91 |
| `linux_parisc` | `ERESTART` | 175 |
| `linux_sparc` | `ERESTART` | 116 |

Kind: `io::ErrorKind::Other`.*/
    ShouldRestart,
    /// Streams pipe error (`ESTRPIPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ESTRPIPE` | 86 |
| `linux_alpha` | `ESTRPIPE` | 128 |
| `linux_mips` | `ESTRPIPE` | 92 |
| `linux_parisc` | `ESTRPIPE` | 176 |
| `linux_sparc` | `ESTRPIPE` | 91 |

Kind: `io::ErrorKind::Other`.*/
    StreamsPipeError,
    /// Structure needs cleaning (`EUCLEAN`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc` | `EUCLEAN`, `EFSCORRUPTED` | 117 |
| `linux_mips` | `EUCLEAN`, `EFSCORRUPTED` | 135 |
| `linux_parisc` | `EUCLEAN`, `EFSCORRUPTED` | 177 |

Kind: `io::ErrorKind::Other`.*/
    StructureNeedsCleaning,
    /// Not a XENIX named type file (`ENOTNAM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc` | `ENOTNAM` | 118 |
| `linux_mips` | `ENOTNAM` | 137 |
| `linux_parisc` | `ENOTNAM` | 178 |

Kind: `io::ErrorKind::Other`.*/
    NotXenixNamedType,
    /// No XENIX semaphores available (`ENAVAIL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc` | `ENAVAIL` | 119 |
| `linux_mips` | `ENAVAIL` | 138 |
| `linux_parisc` | `ENAVAIL` | 179 |

Kind: `io::ErrorKind::Other`.*/
    NoXenixSemaphores,
    /// Is a named type file (`EISNAM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc` | `EISNAM` | 120 |
| `linux_mips` | `EISNAM` | 139 |
| `linux_parisc` | `EISNAM` | 180 |

Kind: `io::ErrorKind::Other`.*/
    IsNamedTypeFile,
    /// Remote I/O error (`EREMOTEIO`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_alpha`, `linux_powerpc`, `linux_sparc` | `EREMOTEIO` | 121 |
| `linux_mips` | `EREMOTEIO` | 140 |
| `linux_parisc` | `EREMOTEIO` | 181 |

Kind: `io::ErrorKind::Other`.*/
    RemoteIoError,
    /// No medium found (`ENOMEDIUM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOMEDIUM` | 123 |
| `linux_alpha` | `ENOMEDIUM` | 129 |
| `linux_mips` | `ENOMEDIUM` | 159 |
| `linux_parisc` | `ENOMEDIUM` | 182 |
| `linux_sparc` | `ENOMEDIUM` | 125 |

Kind: `io::ErrorKind::Other`.*/
    NoMedium,
    /// Wrong medium type (`EMEDIUMTYPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EMEDIUMTYPE` | 124 |
| `linux_alpha` | `EMEDIUMTYPE` | 130 |
| `linux_mips` | `EMEDIUMTYPE` | 160 |
| `linux_parisc` | `EMEDIUMTYPE` | 183 |
| `linux_sparc` | `EMEDIUMTYPE` | 126 |

Kind: `io::ErrorKind::Other`.*/
    WrongMediumType,
    /// Required key not available (`ENOKEY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOKEY` | 126 |
| `linux_alpha` | `ENOKEY` | 132 |
| `linux_mips` | `ENOKEY` | 161 |
| `linux_parisc` | `ENOKEY` | 184 |
| `linux_sparc` | `ENOKEY` | 128 |

Kind: `io::ErrorKind::Other`.*/
    KeyNotAvailable,
    /// Key has expired (`EKEYEXPIRED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EKEYEXPIRED` | 127 |
| `linux_alpha` | `EKEYEXPIRED` | 133 |
| `linux_mips` | `EKEYEXPIRED` | 162 |
| `linux_parisc` | `EKEYEXPIRED` | 185 |
| `linux_sparc` | `EKEYEXPIRED` | 129 |

Kind: `io::ErrorKind::Other`.*/
    KeyExpired,
    /// Key has been revoked (`EKEYREVOKED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EKEYREVOKED` | 128 |
| `linux_alpha` | `EKEYREVOKED` | 134 |
| `linux_mips` | `EKEYREVOKED` | 163 |
| `linux_parisc` | `EKEYREVOKED` | 186 |
| `linux_sparc` | `EKEYREVOKED` | 130 |

Kind: `io::ErrorKind::Other`.*/
    KeyRevoked,
    /// Key was rejected by service (`EKEYREJECTED`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EKEYREJECTED` | 129 |
| `linux_alpha` | `EKEYREJECTED` | 135 |
| `linux_mips` | `EKEYREJECTED` | 164 |
| `linux_parisc` | `EKEYREJECTED` | 187 |
| `linux_sparc` | `EKEYREJECTED` | 131 |

Kind: `io::ErrorKind::Other`.*/
    KeyRejected,
    /// Owner died (`EOWNERDEAD`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EOWNERDEAD` | 130 |
| `linux_alpha` | `EOWNERDEAD` | 136 |
| `linux_mips` | `EOWNERDEAD` | 165 |
| `linux_parisc` | `EOWNERDEAD` | 254 |
| `linux_sparc` | `EOWNERDEAD` | 132 |
| `macos` | `EOWNERDEAD` | 105 |
| `freebsd` | `EOWNERDEAD` | 96 |

Kind: `io::ErrorKind::Other`.*/
    OwnerDied,
    /// State not recoverable (`ENOTRECOVERABLE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ENOTRECOVERABLE` | 131 |
| `linux_alpha` | `ENOTRECOVERABLE` | 137 |
| `linux_mips` | `ENOTRECOVERABLE` | 166 |
| `linux_parisc` | `ENOTRECOVERABLE` | 255 |
| `linux_sparc` | `ENOTRECOVERABLE` | 133 |
| `macos` | `ENOTRECOVERABLE` | 104 |
| `freebsd` | `ENOTRECOVERABLE` | 95 |

Kind: `io::ErrorKind::Other`.*/
    NotRecoverable,
    /// Operation not possible due to RF-kill (`ERFKILL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `ERFKILL` | 132 |
| `linux_alpha` | `ERFKILL` | 138 |
| `linux_mips` | `ERFKILL` | 167 |
| `linux_parisc` | `ERFKILL` | 256 |
| `linux_sparc` | `ERFKILL` | 134 |

Kind: `io::ErrorKind::Other`.*/
    RfKill,
    /// Memory page has hardware error (`EHWPOISON`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux`, `linux_powerpc` | `EHWPOISON` | 133 |
| `linux_alpha` | `EHWPOISON` | 139 |
| `linux_mips` | `EHWPOISON` | 168 |
| `linux_parisc` | `EHWPOISON` | 257 |
| `linux_sparc` | `EHWPOISON` | 135 |

Kind: `io::ErrorKind::Other`.*/
    HardwarePoison,
    /// RPC struct is bad (`EBADRPC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `EBADRPC` | 72 |

Kind: `io::ErrorKind::Other`.*/
    BadRpcStruct,
    /// RPC version wrong (`ERPCMISMATCH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `ERPCMISMATCH` | 73 |

Kind: `io::ErrorKind::Other`.*/
    RpcVersionMismatch,
    /// RPC prog. not avail (`EPROGUNAVAIL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `EPROGUNAVAIL` | 74 |

Kind: `io::ErrorKind::Other`.*/
    RpcProgramUnavailable,
    /// Program version wrong (`EPROGMISMATCH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `EPROGMISMATCH` | 75 |

Kind: `io::ErrorKind::Other`.*/
    RpcProgramVersionMismatch,
    /// Bad procedure for program (`EPROCUNAVAIL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `EPROCUNAVAIL` | 76 |

Kind: `io::ErrorKind::Other`.*/
    RpcProcedureUnavailable,
    /// Inappropriate file type or format (`EFTYPE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `EFTYPE` | 79 |

Kind: `io::ErrorKind::Other`.*/
    InappropriateFileType,
    /// Authentication error (`EAUTH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `EAUTH` | 80 |

Kind: `io::ErrorKind::Other`.*/
    AuthenticationError,
    /// Need authenticator (`ENEEDAUTH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos`, `freebsd` | `ENEEDAUTH` | 81 |

Kind: `io::ErrorKind::Other`.*/
    NeedAuthenticator,
    /// Device power is off (`EPWROFF`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EPWROFF` | 82 |

Kind: `io::ErrorKind::Other`.*/
    DevicePowerOff,
    /// Device error (`EDEVERR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EDEVERR` | 83 |

Kind: `io::ErrorKind::Other`.*/
    DeviceError,
    /// Bad executable (or shared library) (`EBADEXEC`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EBADEXEC` | 85 |

Kind: `io::ErrorKind::Other`.*/
    BadExecutable,
    /// Bad CPU type in executable (`EBADARCH`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EBADARCH` | 86 |

Kind: `io::ErrorKind::Other`.*/
    BadCpuType,
    /// Shared library version mismatch (`ESHLIBVERS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `ESHLIBVERS` | 87 |

Kind: `io::ErrorKind::Other`.*/
    SharedLibraryVersionMismatch,
    /// Malformed Mach-o file (`EBADMACHO`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EBADMACHO` | 88 |

Kind: `io::ErrorKind::Other`.*/
    MalformedMachO,
    /// Attribute not found (`ENOATTR`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `ENOATTR` | 93 |
| `freebsd` | `ENOATTR` | 87 |

Kind: `io::ErrorKind::Other`.*/
    AttributeNotFound,
    /// Policy not found (`ENOPOLICY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `ENOPOLICY` | 103 |

Kind: `io::ErrorKind::Other`.*/
    PolicyNotFound,
    /// Interface output queue is full (`EQFULL`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `EQFULL` | 106 |

Kind: `io::ErrorKind::Other`.*/
    InterfaceQueueFull,
    /// Capabilities insufficient (`ENOTCAPABLE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `macos` | `ENOTCAPABLE` | 107 |
| `freebsd` | `ENOTCAPABLE` | 93 |

Kind: `io::ErrorKind::Other`.*/
    NotCapable,
    /// Programming error (`EDOOFUS`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `freebsd` | `EDOOFUS` | 88 |

Kind: `io::ErrorKind::Other`.*/
    ProgrammingError,
    /// Not permitted in capability mode (`ECAPMODE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `freebsd` | `ECAPMODE` | 94 |

Kind: `io::ErrorKind::Other`.*/
    CapabilityMode,
    /// Integrity check failed (`EINTEGRITY`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `freebsd` | `EINTEGRITY` | 97 |

Kind: `io::ErrorKind::Other`.*/
    IntegrityCheckFailed,
    /// Reserved (`EINIT`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_mips` | `EINIT` | 141 |

Kind: `io::ErrorKind::Other`.*/
    InitReserved,
    /// Error 142 (`EREMDEV`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_mips` | `EREMDEV` | 142 |

Kind: `io::ErrorKind::Other`.*/
    RemoteDeviceReserved,
    /// Symbol does not exist in executable (`ENOSYM`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_parisc` | `ENOSYM` | 215 |

Kind: `io::ErrorKind::Other`.*/
    SymbolNotFound,
    /// Remote peer released connection (`EREMOTERELEASE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_parisc` | `EREMOTERELEASE` | 240 |

Kind: `io::ErrorKind::Other`.*/
    RemotePeerReleased,
    /// Too many levels of remote in path (`ERREMOTE`).
    /**
| Platforms | Symbol | Code |
| --- | --- | --- |
| `linux_sparc` | `ERREMOTE` | 81 |

Kind: `io::ErrorKind::Other`.*/
    TooManyRemoteLevels,
    /// Keeps a code this table does not list, losslessly (see [`Unlisted`](crate::Unlisted)).
    Unlisted(::errtable::__private::Unlisted),
}
#[allow(
    deprecated,
    dead_code,
    unreachable_patterns,
    clippy::large_const_arrays,
    clippy::match_same_arms,
    clippy::too_many_lines,
    clippy::trivially_copy_pass_by_ref,
    clippy::unreadable_literal
)]
#[allow(clippy::match_single_binding, clippy::redundant_static_lifetimes)]
const _: () = {
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
        pub const ALL: &'static [Self] = &__ALL;
        /// The variant's name, as the table writes it.
        #[inline]
        #[must_use]
        pub const fn name(&self) -> &'static ::core::primitive::str {
            __name(__index(self))
        }
        ///The short message that `Display` prints.
        #[inline]
        #[must_use]
        pub const fn message(&self) -> &'static ::core::primitive::str {
            match *self {
                _ => __message(__index(self)),
            }
        }
        ///The longer description, where the table gives one.
        #[inline]
        #[must_use]
        pub const fn description(
            &self,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            match *self {
                _ => {
                    match __DESCRIPTION[__index(self)] {
                        description if description.is_empty() => {
                            ::core::option::Option::None
                        }
                        description => ::core::option::Option::Some(description),
                    }
                }
            }
        }
        ///The code on `platform` (the primary number where there are several), if any.
        #[inline]
        #[must_use]
        pub const fn code(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> ::core::option::Option<::core::primitive::i32> {
            match *self {
                Self::Unlisted(ref unlisted) => unlisted.code(platform),
                _ => __code(__index(self), platform),
            }
        }
        ///The symbolic name on `platform`, such as `ECONNREFUSED`, if any.
        #[inline]
        #[must_use]
        pub const fn symbol(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            match __symbol(__index(self), platform) {
                symbol if symbol.is_empty() => ::core::option::Option::None,
                symbol => ::core::option::Option::Some(symbol),
            }
        }
        ///The other names `platform` gives this row, such as `EWOULDBLOCK` for `EAGAIN`.
        #[inline]
        #[must_use]
        pub const fn aliases(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> &'static [&'static ::core::primitive::str] {
            __aliases(__index(self), platform)
        }
        ///Every name of the row on `platform` with the number it stands for, primary first, as `[("EDEADLK", 35), ("EDEADLOCK", 58)]` on `LinuxPowerpc`.
        #[inline]
        #[must_use]
        pub const fn names(
            &self,
            platform: ::errtable::__private::Platform,
        ) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
            __names(__index(self), platform)
        }
        ///The row that `code` stands for on `platform`, if the table lists it.
        #[inline(always)]
        #[must_use]
        pub const fn from_code(
            platform: ::errtable::__private::Platform,
            code: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            __decode(platform, code)
        }
        ///Decodes `code` of `platform`; a code no row lists is kept in the catch-all.
        #[inline]
        #[must_use]
        pub const fn decode(
            platform: ::errtable::__private::Platform,
            code: ::core::primitive::i32,
        ) -> Self {
            match __decode(platform, code) {
                ::core::option::Option::Some(row) => row,
                ::core::option::Option::None => {
                    OsError::Unlisted(::errtable::__private::Unlisted::Code {
                        platform,
                        code,
                    })
                }
            }
        }
        /// The code on `to` of what `code` means on `from`, if both have it.
        #[inline]
        #[must_use]
        pub const fn translate(
            code: ::core::primitive::i32,
            from: ::errtable::__private::Platform,
            to: ::errtable::__private::Platform,
        ) -> ::core::option::Option<::core::primitive::i32> {
            match __decode(from, code) {
                ::core::option::Option::Some(row) => row.code(to),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
        /// The code on the platform this program runs on, as `io::Error::raw_os_error`
        /// reports it.
        #[inline]
        #[must_use]
        pub const fn raw_os_error(
            &self,
        ) -> ::core::option::Option<::core::primitive::i32> {
            match (self, __OS_CODES_CURRENT) {
                (Self::Unlisted(unlisted), _) => unlisted.raw_os_error(),
                (_, ::core::option::Option::Some(platform)) => self.code(platform),
                (_, ::core::option::Option::None) => ::core::option::Option::None,
            }
        }
        /// The row that `code`, a raw OS code of this platform, stands for, if listed.
        #[inline]
        #[must_use]
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
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __by_name(name)
        }
        /// The row a name stands for as `from_name` finds it, ignoring ASCII case only
        /// (`econnrefused` finds `ECONNREFUSED`; other letters must match exactly). Where
        /// two rows' names differ only in case, the first row wins.
        #[inline]
        #[must_use]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __row(__by_name_ignore_case(name))
        }
        ::errtable::__private::std_only! {
            #[doc =
            "The row an `io::Error` stands for: by its raw OS code if it has one, else the value it wraps; the innermost of nested `io::Error`s counts. An error with neither is no row: its kind alone does not say which (`io::Error::from(ErrorKind::TimedOut)` may come from a timer); match on `kind()` for those."]
            #[inline] #[must_use] pub fn from_io_error(error : &
            ::errtable::__private::io::Error) -> ::core::option::Option < Self > {
            __from_io_error(error) } #[doc =
            r" The `std::io::ErrorKind` this row corresponds to."] #[inline] #[must_use]
            pub fn kind(& self) -> ::errtable::__private::io::ErrorKind { match * self {
            Self::Unlisted(ref unlisted) => unlisted.kind(), _ => __KIND[__index(self)],
            } }
        }
    }
    const __COUNT: ::core::primitive::usize = 215;
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
            OsError::PipeBusy => 21,
            OsError::NotADirectory => 22,
            OsError::IsADirectory => 23,
            OsError::OperationCanceled => 24,
            OsError::IoIncomplete => 25,
            OsError::IoPending => 26,
            OsError::IllegalByteSequence => 27,
            OsError::IoError => 28,
            OsError::Deadlock => 29,
            OsError::TooManyLinks => 30,
            OsError::OperationNotPermitted => 31,
            OsError::Interrupted => 32,
            OsError::BadFileDescriptor => 33,
            OsError::PermissionDenied => 34,
            OsError::BadAddress => 35,
            OsError::InvalidArgument => 36,
            OsError::TooManyOpenFiles => 37,
            OsError::WouldBlock => 38,
            OsError::InProgress => 39,
            OsError::AlreadyInProgress => 40,
            OsError::NotASocket => 41,
            OsError::DestinationAddressRequired => 42,
            OsError::MessageTooLong => 43,
            OsError::WrongProtocolType => 44,
            OsError::BadProtocolOption => 45,
            OsError::ProtocolNotSupported => 46,
            OsError::SocketTypeNotSupported => 47,
            OsError::OperationNotSupported => 48,
            OsError::ProtocolFamilyNotSupported => 49,
            OsError::AddressFamilyNotSupported => 50,
            OsError::AddressInUse => 51,
            OsError::AddressNotAvailable => 52,
            OsError::NetworkDown => 53,
            OsError::NetworkUnreachable => 54,
            OsError::NetworkReset => 55,
            OsError::ConnectionAborted => 56,
            OsError::ConnectionReset => 57,
            OsError::NoBufferSpace => 58,
            OsError::AlreadyConnected => 59,
            OsError::NotConnected => 60,
            OsError::SocketShutdown => 61,
            OsError::TooManyReferences => 62,
            OsError::TimedOut => 63,
            OsError::ConnectionRefused => 64,
            OsError::FilesystemLoop => 65,
            OsError::NameTooLong => 66,
            OsError::HostDown => 67,
            OsError::HostUnreachable => 68,
            OsError::DirectoryNotEmpty => 69,
            OsError::TooManyProcesses => 70,
            OsError::TooManyUsers => 71,
            OsError::QuotaExceeded => 72,
            OsError::StaleFileHandle => 73,
            OsError::ObjectIsRemote => 74,
            OsError::SystemNotReady => 75,
            OsError::VersionNotSupported => 76,
            OsError::NotInitialized => 77,
            OsError::Disconnecting => 78,
            OsError::LookupNoMore => 79,
            OsError::LookupCanceled => 80,
            OsError::InvalidProcedureTable => 81,
            OsError::InvalidProvider => 82,
            OsError::ProviderFailedInit => 83,
            OsError::SystemCallFailure => 84,
            OsError::ServiceNotFound => 85,
            OsError::ClassTypeNotFound => 86,
            OsError::LookupNoMoreResults => 87,
            OsError::LookupCallCanceled => 88,
            OsError::QueryRefused => 89,
            OsError::HostNotFound => 90,
            OsError::TryAgain => 91,
            OsError::NoRecovery => 92,
            OsError::NoData => 93,
            OsError::QosReceivers => 94,
            OsError::QosSenders => 95,
            OsError::QosNoSenders => 96,
            OsError::QosNoReceivers => 97,
            OsError::QosRequestConfirmed => 98,
            OsError::QosAdmissionFailure => 99,
            OsError::QosPolicyFailure => 100,
            OsError::QosBadStyle => 101,
            OsError::QosBadObject => 102,
            OsError::QosTrafficControlError => 103,
            OsError::QosGenericError => 104,
            OsError::QosServiceTypeError => 105,
            OsError::QosFlowspecError => 106,
            OsError::QosInvalidProviderBuffer => 107,
            OsError::QosInvalidFilterStyle => 108,
            OsError::QosInvalidFilterType => 109,
            OsError::QosInvalidFilterCount => 110,
            OsError::QosInvalidObjectLength => 111,
            OsError::QosInvalidFlowCount => 112,
            OsError::QosUnknownObject => 113,
            OsError::QosInvalidPolicyObject => 114,
            OsError::QosInvalidFlowDescriptor => 115,
            OsError::QosInvalidProviderFlowspec => 116,
            OsError::QosInvalidProviderFilterspec => 117,
            OsError::QosInvalidShapeDiscardMode => 118,
            OsError::QosInvalidShapingRate => 119,
            OsError::QosReservedPolicyElement => 120,
            OsError::NoSuchProcess => 121,
            OsError::NoSuchDeviceOrAddress => 122,
            OsError::BlockDeviceRequired => 123,
            OsError::NoSuchDevice => 124,
            OsError::TooManyOpenFilesInSystem => 125,
            OsError::InappropriateIoctl => 126,
            OsError::ExecutableFileBusy => 127,
            OsError::ArgumentOutOfDomain => 128,
            OsError::ResultOutOfRange => 129,
            OsError::NoLocksAvailable => 130,
            OsError::NoMessage => 131,
            OsError::IdentifierRemoved => 132,
            OsError::ChannelOutOfRange => 133,
            OsError::Level2NotSynchronized => 134,
            OsError::Level3Halted => 135,
            OsError::Level3Reset => 136,
            OsError::LinkNumberOutOfRange => 137,
            OsError::ProtocolDriverNotAttached => 138,
            OsError::NoCsiStructure => 139,
            OsError::Level2Halted => 140,
            OsError::InvalidExchange => 141,
            OsError::InvalidRequestDescriptor => 142,
            OsError::ExchangeFull => 143,
            OsError::NoAnode => 144,
            OsError::InvalidRequestCode => 145,
            OsError::InvalidSlot => 146,
            OsError::BadFontFile => 147,
            OsError::NotAStream => 148,
            OsError::NoDataAvailable => 149,
            OsError::TimerExpired => 150,
            OsError::OutOfStreamsResources => 151,
            OsError::NotOnNetwork => 152,
            OsError::PackageNotInstalled => 153,
            OsError::LinkSevered => 154,
            OsError::AdvertiseError => 155,
            OsError::SrmountError => 156,
            OsError::CommunicationError => 157,
            OsError::ProtocolError => 158,
            OsError::MultihopAttempted => 159,
            OsError::RfsSpecificError => 160,
            OsError::BadMessage => 161,
            OsError::ValueOverflow => 162,
            OsError::NameNotUnique => 163,
            OsError::FileDescriptorBadState => 164,
            OsError::RemoteAddressChanged => 165,
            OsError::SharedLibraryInaccessible => 166,
            OsError::SharedLibraryCorrupted => 167,
            OsError::LibSectionCorrupted => 168,
            OsError::TooManySharedLibraries => 169,
            OsError::CannotExecSharedLibrary => 170,
            OsError::ShouldRestart => 171,
            OsError::StreamsPipeError => 172,
            OsError::StructureNeedsCleaning => 173,
            OsError::NotXenixNamedType => 174,
            OsError::NoXenixSemaphores => 175,
            OsError::IsNamedTypeFile => 176,
            OsError::RemoteIoError => 177,
            OsError::NoMedium => 178,
            OsError::WrongMediumType => 179,
            OsError::KeyNotAvailable => 180,
            OsError::KeyExpired => 181,
            OsError::KeyRevoked => 182,
            OsError::KeyRejected => 183,
            OsError::OwnerDied => 184,
            OsError::NotRecoverable => 185,
            OsError::RfKill => 186,
            OsError::HardwarePoison => 187,
            OsError::BadRpcStruct => 188,
            OsError::RpcVersionMismatch => 189,
            OsError::RpcProgramUnavailable => 190,
            OsError::RpcProgramVersionMismatch => 191,
            OsError::RpcProcedureUnavailable => 192,
            OsError::InappropriateFileType => 193,
            OsError::AuthenticationError => 194,
            OsError::NeedAuthenticator => 195,
            OsError::DevicePowerOff => 196,
            OsError::DeviceError => 197,
            OsError::BadExecutable => 198,
            OsError::BadCpuType => 199,
            OsError::SharedLibraryVersionMismatch => 200,
            OsError::MalformedMachO => 201,
            OsError::AttributeNotFound => 202,
            OsError::PolicyNotFound => 203,
            OsError::InterfaceQueueFull => 204,
            OsError::NotCapable => 205,
            OsError::ProgrammingError => 206,
            OsError::CapabilityMode => 207,
            OsError::IntegrityCheckFailed => 208,
            OsError::InitReserved => 209,
            OsError::RemoteDeviceReserved => 210,
            OsError::SymbolNotFound => 211,
            OsError::RemotePeerReleased => 212,
            OsError::TooManyRemoteLevels => 213,
            OsError::Unlisted(..) => 214,
        }
    }
    const __ALL: [OsError; 214] = [
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
        OsError::PipeBusy,
        OsError::NotADirectory,
        OsError::IsADirectory,
        OsError::OperationCanceled,
        OsError::IoIncomplete,
        OsError::IoPending,
        OsError::IllegalByteSequence,
        OsError::IoError,
        OsError::Deadlock,
        OsError::TooManyLinks,
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
        OsError::InitReserved,
        OsError::RemoteDeviceReserved,
        OsError::SymbolNotFound,
        OsError::RemotePeerReleased,
        OsError::TooManyRemoteLevels,
    ];
    /// The row at `index`; `None` past the last row (the catch-all's slot).
    #[inline]
    const fn __row(index: ::core::primitive::usize) -> ::core::option::Option<OsError> {
        match __ALL.split_at_checked(index) {
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
        match text.split_at_checked(end) {
            ::core::option::Option::Some((head, _)) => {
                match head.split_at_checked(start) {
                    ::core::option::Option::Some((_, part)) => part,
                    ::core::option::Option::None => "",
                }
            }
            ::core::option::Option::None => "",
        }
    }
    const __NAME_TEXT: &::core::primitive::str = "InvalidFunctionNotFoundInvalidHandleOutOfMemoryCrossesDevicesReadOnlyFilesystemSharingViolationLockViolationNotSupportedAlreadyExistsInvalidParameterBrokenPipeStorageFullFunctionNotImplementedInvalidNameNoChildProcessesNotSeekableResourceBusyExecFormatErrorArgumentListTooLongFileTooLargePipeBusyNotADirectoryIsADirectoryOperationCanceledIoIncompleteIoPendingIllegalByteSequenceIoErrorDeadlockTooManyLinksOperationNotPermittedInterruptedBadFileDescriptorPermissionDeniedBadAddressInvalidArgumentTooManyOpenFilesWouldBlockInProgressAlreadyInProgressNotASocketDestinationAddressRequiredMessageTooLongWrongProtocolTypeBadProtocolOptionProtocolNotSupportedSocketTypeNotSupportedOperationNotSupportedProtocolFamilyNotSupportedAddressFamilyNotSupportedAddressInUseAddressNotAvailableNetworkDownNetworkUnreachableNetworkResetConnectionAbortedConnectionResetNoBufferSpaceAlreadyConnectedNotConnectedSocketShutdownTooManyReferencesTimedOutConnectionRefusedFilesystemLoopNameTooLongHostDownHostUnreachableDirectoryNotEmptyTooManyProcessesTooManyUsersQuotaExceededStaleFileHandleObjectIsRemoteSystemNotReadyVersionNotSupportedNotInitializedDisconnectingLookupNoMoreLookupCanceledInvalidProcedureTableInvalidProviderProviderFailedInitSystemCallFailureServiceNotFoundClassTypeNotFoundLookupNoMoreResultsLookupCallCanceledQueryRefusedHostNotFoundTryAgainNoRecoveryNoDataQosReceiversQosSendersQosNoSendersQosNoReceiversQosRequestConfirmedQosAdmissionFailureQosPolicyFailureQosBadStyleQosBadObjectQosTrafficControlErrorQosGenericErrorQosServiceTypeErrorQosFlowspecErrorQosInvalidProviderBufferQosInvalidFilterStyleQosInvalidFilterTypeQosInvalidFilterCountQosInvalidObjectLengthQosInvalidFlowCountQosUnknownObjectQosInvalidPolicyObjectQosInvalidFlowDescriptorQosInvalidProviderFlowspecQosInvalidProviderFilterspecQosInvalidShapeDiscardModeQosInvalidShapingRateQosReservedPolicyElementNoSuchProcessNoSuchDeviceOrAddressBlockDeviceRequiredNoSuchDeviceTooManyOpenFilesInSystemInappropriateIoctlExecutableFileBusyArgumentOutOfDomainResultOutOfRangeNoLocksAvailableNoMessageIdentifierRemovedChannelOutOfRangeLevel2NotSynchronizedLevel3HaltedLevel3ResetLinkNumberOutOfRangeProtocolDriverNotAttachedNoCsiStructureLevel2HaltedInvalidExchangeInvalidRequestDescriptorExchangeFullNoAnodeInvalidRequestCodeInvalidSlotBadFontFileNotAStreamNoDataAvailableTimerExpiredOutOfStreamsResourcesNotOnNetworkPackageNotInstalledLinkSeveredAdvertiseErrorSrmountErrorCommunicationErrorProtocolErrorMultihopAttemptedRfsSpecificErrorBadMessageValueOverflowNameNotUniqueFileDescriptorBadStateRemoteAddressChangedSharedLibraryInaccessibleSharedLibraryCorruptedLibSectionCorruptedTooManySharedLibrariesCannotExecSharedLibraryShouldRestartStreamsPipeErrorStructureNeedsCleaningNotXenixNamedTypeNoXenixSemaphoresIsNamedTypeFileRemoteIoErrorNoMediumWrongMediumTypeKeyNotAvailableKeyExpiredKeyRevokedKeyRejectedOwnerDiedNotRecoverableRfKillHardwarePoisonBadRpcStructRpcVersionMismatchRpcProgramUnavailableRpcProgramVersionMismatchRpcProcedureUnavailableInappropriateFileTypeAuthenticationErrorNeedAuthenticatorDevicePowerOffDeviceErrorBadExecutableBadCpuTypeSharedLibraryVersionMismatchMalformedMachOAttributeNotFoundPolicyNotFoundInterfaceQueueFullNotCapableProgrammingErrorCapabilityModeIntegrityCheckFailedInitReservedRemoteDeviceReservedSymbolNotFoundRemotePeerReleasedTooManyRemoteLevelsUnlisted";
    const __NAME_START: [::core::primitive::u16; __COUNT + 1] = [
        0, 15, 23, 36, 47, 61, 79, 95, 108, 120, 133, 149, 159, 170, 192, 203, 219, 230,
        242, 257, 276, 288, 296, 309, 321, 338, 350, 359, 378, 385, 393, 405, 426, 437,
        454, 470, 480, 495, 511, 521, 531, 548, 558, 584, 598, 615, 632, 652, 674, 695,
        721, 746, 758, 777, 788, 806, 818, 835, 850, 863, 879, 891, 905, 922, 930, 947,
        961, 972, 980, 995, 1012, 1028, 1040, 1053, 1068, 1082, 1096, 1115, 1129, 1142,
        1154, 1168, 1189, 1204, 1222, 1239, 1254, 1271, 1290, 1308, 1320, 1332, 1340,
        1350, 1356, 1368, 1378, 1390, 1404, 1423, 1442, 1458, 1469, 1481, 1503, 1518,
        1537, 1553, 1577, 1598, 1618, 1639, 1661, 1680, 1696, 1718, 1742, 1768, 1796,
        1822, 1843, 1867, 1880, 1901, 1920, 1932, 1956, 1974, 1992, 2011, 2027, 2043,
        2052, 2069, 2086, 2107, 2119, 2130, 2150, 2175, 2189, 2201, 2216, 2240, 2252,
        2259, 2277, 2288, 2299, 2309, 2324, 2336, 2357, 2369, 2388, 2399, 2413, 2425,
        2443, 2456, 2473, 2489, 2499, 2512, 2525, 2547, 2567, 2592, 2614, 2633, 2655,
        2678, 2691, 2707, 2729, 2746, 2763, 2778, 2791, 2799, 2814, 2829, 2839, 2849,
        2860, 2869, 2883, 2889, 2903, 2915, 2933, 2954, 2979, 3002, 3023, 3042, 3059,
        3073, 3084, 3097, 3107, 3135, 3149, 3166, 3180, 3198, 3208, 3224, 3238, 3258,
        3270, 3290, 3304, 3322, 3341, 3349,
    ];
    const __MESSAGE_TEXT: &::core::primitive::str = "Incorrect functionNo such file or directoryThe handle is invalidCannot allocate memoryInvalid cross-device linkRead-only file systemThe process cannot access the file because it is being used by another processThe process cannot access the file because another process has locked a portion of the fileOperation not supportedFile existsThe parameter is incorrectBroken pipeNo space left on deviceFunction not implementedThe filename, directory name, or volume label syntax is incorrectNo child processesIllegal seekDevice or resource busyExec format errorArgument list too longFile too largeAll pipe instances are busyNot a directoryIs a directoryOperation canceledOverlapped I/O event object not in signaled stateOverlapped operations will complete laterInvalid or incomplete multibyte or wide characterInput/output errorResource deadlock avoidedToo many linksOperation not permittedInterrupted system callBad file descriptorPermission deniedBad addressInvalid argumentToo many open filesResource temporarily unavailableOperation now in progressOperation already in progressSocket operation on non-socketDestination address requiredMessage too longProtocol wrong type for socketProtocol not availableProtocol not supportedSocket type not supportedOperation not supportedProtocol family not supportedAddress family not supported by protocolAddress already in useCannot assign requested addressNetwork is downNetwork is unreachableNetwork dropped connection on resetSoftware caused connection abortConnection reset by peerNo buffer space availableTransport endpoint is already connectedTransport endpoint is not connectedCannot send after transport endpoint shutdownToo many references: cannot spliceConnection timed outConnection refusedToo many levels of symbolic linksFile name too longHost is downNo route to hostDirectory not emptyToo many processesToo many usersDisk quota exceededStale file handleObject is remoteNetwork subsystem is unavailableWinsock.dll version out of rangeSuccessful WSAStartup not yet performedGraceful shutdown in progressNo more resultsCall has been canceledProcedure call table is invalidService provider is invalidService provider failed to initializeSystem call failureService not foundClass type not foundNo more resultsCall was canceledDatabase query was refusedHost not foundNonauthoritative host not foundThis is a nonrecoverable errorValid name, no data record of requested typeQoS receiversQoS sendersNo QoS sendersQoS no receiversQoS request confirmedQoS admission errorQoS policy failureQoS bad styleQoS bad objectQoS traffic control errorQoS generic errorQoS service type errorQoS flowspec errorInvalid QoS provider bufferInvalid QoS filter styleInvalid QoS filter typeIncorrect QoS filter countInvalid QoS object lengthIncorrect QoS flow countUnrecognized QoS objectInvalid QoS policy objectInvalid QoS flow descriptorInvalid QoS provider-specific flowspecInvalid QoS provider-specific filterspecInvalid QoS shape discard mode objectInvalid QoS shaping rate objectReserved policy QoS element typeNo such processNo such device or addressBlock device requiredNo such deviceToo many open files in systemInappropriate ioctl for deviceText file busyNumerical argument out of domainNumerical result out of rangeNo locks availableNo message of desired typeIdentifier removedChannel number out of rangeLevel 2 not synchronizedLevel 3 haltedLevel 3 resetLink number out of rangeProtocol driver not attachedNo CSI structure availableLevel 2 haltedInvalid exchangeInvalid request descriptorExchange fullNo anodeInvalid request codeInvalid slotBad font file formatDevice not a streamNo data availableTimer expiredOut of streams resourcesMachine is not on the networkPackage not installedLink has been severedAdvertise errorSrmount errorCommunication error on sendProtocol errorMultihop attemptedRFS specific errorBad messageValue too large for defined data typeName not unique on networkFile descriptor in bad stateRemote address changedCan not access a needed shared libraryAccessing a corrupted shared library.lib section in a.out corruptedAttempting to link in too many shared librariesCannot exec a shared library directlyInterrupted system call should be restartedStreams pipe errorStructure needs cleaningNot a XENIX named type fileNo XENIX semaphores availableIs a named type fileRemote I/O errorNo medium foundWrong medium typeRequired key not availableKey has expiredKey has been revokedKey was rejected by serviceOwner diedState not recoverableOperation not possible due to RF-killMemory page has hardware errorRPC struct is badRPC version wrongRPC prog. not availProgram version wrongBad procedure for programInappropriate file type or formatAuthentication errorNeed authenticatorDevice power is offDevice errorBad executable (or shared library)Bad CPU type in executableShared library version mismatchMalformed Mach-o fileAttribute not foundPolicy not foundInterface output queue is fullCapabilities insufficientProgramming errorNot permitted in capability modeIntegrity check failedReservedError 142Symbol does not exist in executableRemote peer released connectionToo many levels of remote in pathUnknown error";
    const __MESSAGE_START: [::core::primitive::u16; __COUNT + 1] = [
        0, 18, 43, 64, 86, 111, 132, 210, 301, 324, 335, 361, 372, 395, 419, 484, 502,
        514, 537, 554, 576, 590, 617, 632, 646, 664, 713, 754, 803, 821, 846, 860, 883,
        906, 925, 942, 953, 969, 988, 1020, 1045, 1074, 1104, 1132, 1148, 1178, 1200,
        1222, 1247, 1270, 1299, 1339, 1361, 1392, 1407, 1429, 1464, 1496, 1520, 1545,
        1584, 1619, 1664, 1698, 1718, 1736, 1769, 1787, 1799, 1815, 1834, 1852, 1866,
        1885, 1902, 1918, 1950, 1982, 2021, 2050, 2065, 2087, 2118, 2145, 2182, 2201,
        2218, 2238, 2253, 2270, 2296, 2310, 2341, 2371, 2415, 2428, 2439, 2453, 2469,
        2490, 2509, 2527, 2540, 2554, 2579, 2596, 2618, 2636, 2663, 2687, 2710, 2736,
        2761, 2785, 2808, 2833, 2860, 2898, 2938, 2975, 3006, 3038, 3053, 3078, 3099,
        3113, 3142, 3172, 3186, 3218, 3247, 3265, 3291, 3309, 3336, 3360, 3374, 3387,
        3411, 3439, 3465, 3479, 3495, 3521, 3534, 3542, 3562, 3574, 3594, 3613, 3630,
        3643, 3667, 3696, 3717, 3738, 3753, 3766, 3793, 3807, 3825, 3843, 3854, 3891,
        3917, 3945, 3967, 4005, 4041, 4072, 4119, 4156, 4199, 4217, 4241, 4268, 4297,
        4317, 4333, 4348, 4365, 4391, 4406, 4426, 4453, 4463, 4484, 4521, 4551, 4568,
        4585, 4604, 4625, 4650, 4683, 4703, 4721, 4740, 4752, 4786, 4812, 4843, 4864,
        4883, 4899, 4929, 4954, 4971, 5003, 5025, 5033, 5042, 5077, 5108, 5141, 5154,
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
        "The operation or the value asked for is not supported (the POSIX ENOTSUP; Windows' ERROR_NOT_SUPPORTED). It has its own number on macOS and Windows; on Linux and FreeBSD it equals EOPNOTSUPP and decodes to OperationNotSupported.",
        "The file or object to be created exists already. Windows says ERROR_FILE_EXISTS (80) when creating a file and ERROR_ALREADY_EXISTS (183) for directories, renames and named objects.",
        "A Win32 call, or a Winsock call that forwards to one, rejected one of its parameters: a flag, length, pointer or value out of range. Winsock gives the same number the name WSA_INVALID_PARAMETER. The Unix counterpart is EINVAL, whose row (InvalidArgument) carries Winsock's WSAEINVAL on Windows; both rows have the kind InvalidInput.",
        "A write went to a pipe or socket whose reading side is closed. Unix also raises SIGPIPE unless it is ignored or suppressed (MSG_NOSIGNAL, SO_NOSIGPIPE). On Windows the pipe codes say the same: ERROR_BROKEN_PIPE (109, the other end closed; a read sees it as end of file), ERROR_NO_DATA (232, the pipe is closing) and ERROR_PIPE_NOT_CONNECTED (233).",
        "The device has no free space (or no free inodes) left. Windows reports ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39), and a full directory table or medium in the other codes listed here.",
        "The kernel does not implement the system call, or not for this kind of object.",
        "The path cannot be a Windows path at all: it holds a reserved character such as `<`, `>`, `:`, `\"`, `|`, `?` or `*`, or a malformed drive or device part. ERROR_BAD_PATHNAME (161) is reported for paths that are malformed in a similar way. Windows-only; fix the name rather than looking for the file.",
        "The process has no child that matches the wait request.",
        "A seek was attempted on a pipe, FIFO or socket.",
        "The device or resource is in use and cannot be taken or released now, as when unmounting a file system with open files.",
        "exec (CreateProcess or LoadLibrary on Windows) was given a file that is not in an executable format the system recognises. Windows' ERROR_BAD_EXE_FORMAT (193), ERROR_BAD_FORMAT (11) and the old segmented-executable codes 188-202 decode to this row.",
        "The arguments and environment passed to exec together exceed the system's limit.",
        "The file would grow past the largest size the file system or the process limit allows.",
        "Every instance of the named pipe is connected to a client already. Wait with WaitNamedPipe and open it again, or have the server create more instances.",
        "A path component that has to be a directory is something else.",
        "The target is a directory where a non-directory is required, e.g. when opening it for writing.",
        "A pending operation was cancelled before it finished. Overlapped socket I/O on Windows ends this way when the socket is closed or its I/O is cancelled (CancelIoEx, SIO_FLUSH); on Unix ECANCELED reports a cancelled asynchronous request.",
        "The result of an overlapped operation was polled before the operation had finished. Keep waiting on its event or completion port, or let WSAGetOverlappedResult wait for it.",
        "Not a failure: an overlapped operation was queued and will finish asynchronously. Wait for its completion notification (event, completion routine or I/O completion port) before using the result.",
        "A byte sequence is not valid in the character encoding in use.",
        "A low-level input/output failure, often a hardware, medium or network file system fault. On Windows ERROR_IO_DEVICE (1117) and the device and medium failures listed here (CRC errors, unreadable sectors, tape marks, an open drive door) decode to this row.",
        "Granting the lock would deadlock, so the system refused. EDEADLOCK names the same code on most platforms but has a number of its own on mips, powerpc and sparc Linux.",
        "The file already has the largest number of hard links allowed.",
        "The caller lacks the privilege the operation needs, or the operation is forbidden for this object whatever the file modes say, e.g. signalling another user's process or changing a file's owner.",
        "A blocking call was interrupted before it completed: by a signal on Unix, or on Windows by WSACancelBlockingCall in old Winsock 1.1 blocking hooks. Retrying the call is normally right.",
        "The descriptor or handle given to the call is not open, or not open for the access requested. Look for use after close or a handle of the wrong kind.",
        "Permissions forbid the access. With sockets the usual causes are sending to a broadcast address without enabling SO_BROADCAST, binding a port below 1024 without privileges (Unix), or binding an address another socket holds with SO_EXCLUSIVEADDRUSE (Windows). Windows file calls report ERROR_ACCESS_DENIED (5), which also covers deleting a file that is still open or writing a read-only file.",
        "A pointer argument lies outside memory the caller may use, or a buffer or length argument (such as a sockaddr length) is too small for the call. This points at a bug in the calling program.",
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
        "The object does not support the operation, e.g. listen or accept on a datagram socket, or a flag the protocol lacks. Linux and FreeBSD give ENOTSUP the same number, which decodes to this row; macOS numbers them apart (see NotSupported).",
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
        "A path or one of its components is longer than the system allows. Winsock defines WSAENAMETOOLONG only to mirror the Berkeley list.",
        "The destination host is known to be down. Most stacks report a timeout in this situation instead; check that the peer is switched on and connected.",
        "No route leads to the destination host, often after a router sent an ICMP host-unreachable message. Check the addressing and the routes towards that host.",
        "A directory that was to be removed, or replaced by rename, still has entries. Winsock defines WSAENOTEMPTY only to mirror the Berkeley list.",
        "A process limit was hit: on BSD systems the per-user process limit (fork), on Windows the number of applications a Winsock implementation serves at once (WSAStartup). Generic Linux has no such errno.",
        "A table of users, such as the quota system's, has no free entries.",
        "The disk-block or inode quota of the user is exhausted. Free space or have the quota raised.",
        "A handle to a file on a network file system such as NFS refers to something the server no longer has, e.g. a file deleted there. Reopen the file by its path.",
        "The object lives on a remote system and cannot be used locally this way. BSD systems use the same number for too many levels of remote mounts in a path.",
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
        "The descriptor lacks the capability rights the operation needs (Capsicum on FreeBSD; newer macOS defines the code too).",
        "FreeBSD's code for a detected programming error, such as a library used in a way it does not allow.",
        "The process is in Capsicum capability mode, where the operation is forbidden.",
        "An integrity check failed, e.g. a file system metadata checksum did not match.",
        "A code reserved by the Linux MIPS errno header; the kernel does not return it.",
        "A code reserved by the Linux MIPS errno header (named EREMDEV); the kernel does not return it.",
        "A symbol does not exist in the executable. Defined only by the Linux PA-RISC header, for HP-UX compatibility.",
        "The remote peer released the connection. Defined only by the Linux PA-RISC header, for HP-UX compatibility.",
        "A path crossed too many levels of remote mounts. Defined only by the Linux SPARC header, after SunOS; it carries the meaning that BSD gives EREMOTE.",
        "",
    ];
    const __PAIRS_WINDOWS: [(
        &'static ::core::primitive::str,
        ::core::primitive::i32,
    ); 222] = [
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
        ("ERROR_BAD_PIPE", 230),
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
        ("ERROR_PIPE_BUSY", 231),
        ("ERROR_DIRECTORY", 267),
        ("ERROR_DIRECTORY_NOT_SUPPORTED", 336),
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
        ("ERROR_BUFFER_OVERFLOW", 111),
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
        0, 1, 8, 10, 14, 15, 16, 17, 18, 19, 21, 23, 27, 32, 33, 35, 36, 37, 38, 54, 55,
        56, 57, 58, 59, 61, 63, 65, 66, 84, 85, 86, 87, 88, 91, 97, 100, 108, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 125, 126, 127, 129,
        130, 132, 134, 135, 136, 138, 139, 140, 156, 159, 161, 163, 164, 166, 168, 169,
        170, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186,
        187, 188, 189, 190, 191, 192, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203,
        204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 215, 216, 217, 218, 219, 220,
        221, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222,
        222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222,
        222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222,
        222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222,
        222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222,
        222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222, 222,
    ];
    const __SYMBOL_TEXT_WINDOWS: &::core::primitive::str = "ERROR_INVALID_FUNCTIONERROR_FILE_NOT_FOUNDWSA_INVALID_HANDLEWSA_NOT_ENOUGH_MEMORYERROR_NOT_SAME_DEVICEERROR_WRITE_PROTECTERROR_SHARING_VIOLATIONERROR_LOCK_VIOLATIONERROR_NOT_SUPPORTEDERROR_FILE_EXISTSWSA_INVALID_PARAMETERERROR_BROKEN_PIPEERROR_DISK_FULLERROR_CALL_NOT_IMPLEMENTEDERROR_INVALID_NAMEERROR_WAIT_NO_CHILDRENERROR_SEEK_ON_DEVICEERROR_BUSYERROR_BAD_EXE_FORMATERROR_META_EXPANSION_TOO_LONGERROR_FILE_TOO_LARGEERROR_PIPE_BUSYERROR_DIRECTORYERROR_DIRECTORY_NOT_SUPPORTEDWSA_OPERATION_ABORTEDWSA_IO_INCOMPLETEWSA_IO_PENDINGERROR_NO_UNICODE_TRANSLATIONERROR_IO_DEVICEERROR_POSSIBLE_DEADLOCKERROR_TOO_MANY_LINKSERROR_PRIVILEGE_NOT_HELDWSAEINTRWSAEBADFWSAEACCESWSAEFAULTWSAEINVALWSAEMFILEWSAEWOULDBLOCKWSAEINPROGRESSWSAEALREADYWSAENOTSOCKWSAEDESTADDRREQWSAEMSGSIZEWSAEPROTOTYPEWSAENOPROTOOPTWSAEPROTONOSUPPORTWSAESOCKTNOSUPPORTWSAEOPNOTSUPPWSAEPFNOSUPPORTWSAEAFNOSUPPORTWSAEADDRINUSEWSAEADDRNOTAVAILWSAENETDOWNWSAENETUNREACHWSAENETRESETWSAECONNABORTEDWSAECONNRESETWSAENOBUFSWSAEISCONNWSAENOTCONNWSAESHUTDOWNWSAETOOMANYREFSWSAETIMEDOUTWSAECONNREFUSEDWSAELOOPWSAENAMETOOLONGWSAEHOSTDOWNWSAEHOSTUNREACHWSAENOTEMPTYWSAEPROCLIMWSAEUSERSWSAEDQUOTWSAESTALEWSAEREMOTEWSASYSNOTREADYWSAVERNOTSUPPORTEDWSANOTINITIALISEDWSAEDISCONWSAENOMOREWSAECANCELLEDWSAEINVALIDPROCTABLEWSAEINVALIDPROVIDERWSAEPROVIDERFAILEDINITWSASYSCALLFAILUREWSASERVICE_NOT_FOUNDWSATYPE_NOT_FOUNDWSA_E_NO_MOREWSA_E_CANCELLEDWSAEREFUSEDWSAHOST_NOT_FOUNDWSATRY_AGAINWSANO_RECOVERYWSANO_DATAWSA_QOS_RECEIVERSWSA_QOS_SENDERSWSA_QOS_NO_SENDERSWSA_QOS_NO_RECEIVERSWSA_QOS_REQUEST_CONFIRMEDWSA_QOS_ADMISSION_FAILUREWSA_QOS_POLICY_FAILUREWSA_QOS_BAD_STYLEWSA_QOS_BAD_OBJECTWSA_QOS_TRAFFIC_CTRL_ERRORWSA_QOS_GENERIC_ERRORWSA_QOS_ESERVICETYPEWSA_QOS_EFLOWSPECWSA_QOS_EPROVSPECBUFWSA_QOS_EFILTERSTYLEWSA_QOS_EFILTERTYPEWSA_QOS_EFILTERCOUNTWSA_QOS_EOBJLENGTHWSA_QOS_EFLOWCOUNTWSA_QOS_EUNKOWNPSOBJWSA_QOS_EPOLICYOBJWSA_QOS_EFLOWDESCWSA_QOS_EPSFLOWSPECWSA_QOS_EPSFILTERSPECWSA_QOS_ESDMODEOBJWSA_QOS_ESHAPERATEOBJWSA_QOS_RESERVED_PETYPE";
    const __SYMBOL_START_WINDOWS: [::core::primitive::u16; __COUNT + 1] = [
        0, 22, 42, 60, 81, 102, 121, 144, 164, 183, 200, 221, 238, 253, 279, 297, 319,
        339, 349, 369, 398, 418, 433, 448, 477, 498, 515, 529, 557, 572, 595, 615, 639,
        647, 655, 664, 673, 682, 691, 705, 719, 730, 741, 756, 767, 780, 794, 812, 830,
        843, 858, 873, 886, 902, 913, 927, 939, 954, 967, 977, 987, 998, 1010, 1025,
        1037, 1052, 1060, 1075, 1087, 1102, 1114, 1125, 1134, 1143, 1152, 1162, 1176,
        1194, 1211, 1221, 1231, 1244, 1264, 1283, 1305, 1322, 1342, 1359, 1372, 1387,
        1398, 1415, 1427, 1441, 1451, 1468, 1483, 1501, 1521, 1546, 1571, 1593, 1610,
        1628, 1654, 1675, 1695, 1712, 1732, 1752, 1771, 1791, 1809, 1827, 1847, 1865,
        1882, 1901, 1922, 1940, 1961, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
        1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
        1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
        1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
        1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
        1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
        1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
        1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984, 1984,
    ];
    const __PRIMARY_WINDOWS: [::core::primitive::i32; __COUNT] = [
        1, 2, 6, 8, 17, 19, 32, 33, 50, 80, 87, 109, 112, 120, 123, 128, 132, 170, 193,
        208, 223, 231, 267, 336, 995, 996, 997, 1113, 1117, 1131, 1142, 1314, 10004,
        10009, 10013, 10014, 10022, 10024, 10035, 10036, 10037, 10038, 10039, 10040,
        10041, 10042, 10043, 10044, 10045, 10046, 10047, 10048, 10049, 10050, 10051,
        10052, 10053, 10054, 10055, 10056, 10057, 10058, 10059, 10060, 10061, 10062,
        10063, 10064, 10065, 10066, 10067, 10068, 10069, 10070, 10071, 10091, 10092,
        10093, 10101, 10102, 10103, 10104, 10105, 10106, 10107, 10108, 10109, 10110,
        10111, 10112, 11001, 11002, 11003, 11004, 11005, 11006, 11007, 11008, 11009,
        11010, 11011, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020,
        11021, 11022, 11023, 11024, 11025, 11026, 11027, 11028, 11029, 11030, 11031, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_WINDOWS: [&'static ::core::primitive::str; 101] = [
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
        "ERROR_BAD_PIPE",
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
        "ERROR_BUFFER_OVERFLOW",
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
        "ERROR_FILENAME_EXCED_RANGE",
        "ERROR_HOST_UNREACHABLE",
        "ERROR_DIR_NOT_EMPTY",
        "ERROR_DISK_QUOTA_EXCEEDED",
        "WSANO_ADDRESS",
        "WSA_QOS_EUNKNOWNPSOBJ",
    ];
    const __ALIAS_OFFSETS_WINDOWS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 7, 10, 10, 10, 10, 10, 10, 11, 12, 15, 19, 19, 20, 20, 20, 20, 35, 35,
        35, 35, 35, 35, 36, 37, 38, 38, 55, 55, 55, 55, 55, 57, 62, 64, 71, 72, 72, 72,
        72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 73, 73, 73, 74, 74, 75, 76, 76, 76,
        77, 77, 77, 92, 94, 95, 96, 96, 97, 98, 98, 98, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 100, 100, 100, 100, 100, 100,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 101, 101,
        101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101,
        101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101,
        101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101,
        101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101,
        101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101,
        101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101,
        101, 101, 101, 101,
    ];
    const __PAIRS_LINUX: [(
        &'static ::core::primitive::str,
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 18, 18, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36,
        37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
        57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 68, 69,
        70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
        90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107,
        109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 122, 123, 124, 125,
        126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136,
    ];
    const __SYMBOL_TEXT_LINUX: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISON";
    const __SYMBOL_START_LINUX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562, 568, 574, 580, 585,
        591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658, 665, 672, 678, 684,
        691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757, 764, 773, 781, 787,
        794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873, 882, 891, 902, 908,
        919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983,
    ];
    const __PRIMARY_LINUX: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 95, 17, 0, 32, 28, 38, 0, 10, 29, 16, 8, 7, 27, 0, 20,
        21, 125, 0, 0, 84, 5, 35, 31, 1, 4, 9, 13, 14, 22, 24, 11, 115, 114, 88, 89, 90,
        91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108,
        109, 110, 111, 40, 36, 112, 113, 39, 0, 87, 122, 116, 66, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 37, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 59, 60, 61, 62, 63, 64,
        65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 85, 86,
        117, 118, 119, 120, 121, 123, 124, 126, 127, 128, 129, 130, 131, 132, 133, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_LINUX: [&'static ::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUX: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    ];
    const __PAIRS_LINUXALPHA: [(
        &'static ::core::primitive::str,
        ::core::primitive::i32,
    ); 136] = [
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 18, 18, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36,
        37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
        57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 68, 69,
        70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
        90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107,
        109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 122, 123, 124, 125,
        126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136,
    ];
    const __SYMBOL_TEXT_LINUXALPHA: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISON";
    const __SYMBOL_START_LINUXALPHA: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562, 568, 574, 580, 585,
        591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658, 665, 672, 678, 684,
        691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757, 764, 773, 781, 787,
        794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873, 882, 891, 902, 908,
        919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983,
    ];
    const __PRIMARY_LINUXALPHA: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 20,
        21, 131, 0, 0, 116, 5, 11, 31, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37, 38, 39, 40,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
        61, 62, 63, 64, 65, 66, 0, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 80, 81, 88, 89, 90, 91,
        93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 87, 86, 83, 82, 105, 92, 106,
        107, 108, 109, 85, 110, 111, 84, 112, 113, 114, 115, 122, 123, 124, 125, 126,
        127, 128, 117, 118, 119, 120, 121, 129, 130, 132, 133, 134, 135, 136, 137, 138,
        139, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0,
    ];
    const __ALIASES_LINUXALPHA: [&'static ::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXALPHA: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    ];
    const __PAIRS_LINUXMIPS: [(
        &'static ::core::primitive::str,
        ::core::primitive::i32,
    ); 138] = [
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 18, 18, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36,
        37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
        57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 68, 69,
        70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
        90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107,
        109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 122, 123, 124, 125,
        126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        137, 138, 138, 138, 138, 138,
    ];
    const __SYMBOL_TEXT_LINUXMIPS: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISONEINITEREMDEV";
    const __SYMBOL_START_LINUXMIPS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562, 568, 574, 580, 585,
        591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658, 665, 672, 678, 684,
        691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757, 764, 773, 781, 787,
        794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873, 882, 891, 902, 908,
        919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 988, 995, 995, 995,
        995, 995,
    ];
    const __PRIMARY_LINUXMIPS: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 122, 17, 0, 32, 28, 89, 0, 10, 29, 16, 8, 7, 27, 0,
        20, 21, 158, 0, 0, 88, 5, 45, 31, 1, 4, 9, 13, 14, 22, 24, 11, 150, 149, 95, 96,
        97, 98, 99, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 143, 144, 145, 146, 90, 78, 147, 148, 93, 0, 94, 1133, 151, 66, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34,
        46, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 50, 51, 52, 53, 54, 55, 59, 60, 61,
        62, 63, 64, 65, 67, 68, 69, 70, 71, 74, 73, 77, 79, 80, 81, 82, 83, 84, 85, 86,
        87, 91, 92, 135, 137, 138, 139, 140, 159, 160, 161, 162, 163, 164, 165, 166, 167,
        168, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 141, 142, 0,
        0, 0, 0,
    ];
    const __ALIASES_LINUXMIPS: [&'static ::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXMIPS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    ];
    const __PAIRS_LINUXPARISC: [(
        &'static ::core::primitive::str,
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 19, 19, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36, 37,
        38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 60, 61, 62, 63, 64, 65, 65, 66, 67, 68, 69, 69, 69, 69, 69, 69, 69, 69, 69,
        69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69,
        69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 69, 70, 71,
        72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91,
        92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109,
        111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 124, 125, 126, 127,
        128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 138, 138, 138, 138, 138,
        138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138,
        138, 138, 139, 140, 140, 140,
    ];
    const __SYMBOL_TEXT_LINUXPARISC: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISONENOSYMEREMOTERELEASE";
    const __SYMBOL_START_LINUXPARISC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562, 568, 574, 580, 585,
        591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658, 665, 672, 678, 684,
        691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757, 764, 773, 781, 787,
        794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873, 882, 891, 902, 908,
        919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 989, 1003,
        1003, 1003,
    ];
    const __PRIMARY_LINUXPARISC: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 223, 17, 0, 32, 28, 251, 0, 10, 29, 16, 8, 7, 27, 0,
        20, 21, 253, 0, 0, 47, 5, 45, 31, 1, 4, 9, 13, 14, 22, 24, 11, 245, 244, 216,
        217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232,
        233, 234, 235, 236, 237, 238, 239, 249, 248, 241, 242, 247, 0, 68, 69, 70, 71, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26,
        33, 34, 46, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 160, 161, 162, 163, 164, 165,
        166, 54, 51, 52, 53, 50, 55, 57, 58, 59, 60, 61, 64, 66, 67, 72, 167, 168, 169,
        170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185,
        186, 187, 254, 255, 256, 257, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 215, 240, 0, 0,
    ];
    const __ALIASES_LINUXPARISC: [&'static ::core::primitive::str; 6] = [
        "ECANCELLED",
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EREFUSED",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXPARISC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
        1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    ];
    const __PAIRS_LINUXPOWERPC: [(
        &'static ::core::primitive::str,
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 18, 18, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36,
        37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
        57, 58, 59, 60, 61, 62, 63, 63, 64, 65, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 68, 69,
        70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
        90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107,
        109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 122, 123, 124, 125,
        126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136, 136,
        136, 136, 136, 136, 136, 136,
    ];
    const __SYMBOL_TEXT_LINUXPOWERPC: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISON";
    const __SYMBOL_START_LINUXPOWERPC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 491, 497, 503, 509, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516, 516,
        516, 516, 516, 516, 521, 526, 533, 539, 545, 551, 558, 562, 568, 574, 580, 585,
        591, 599, 605, 611, 617, 624, 630, 636, 641, 646, 652, 658, 665, 672, 678, 684,
        691, 696, 701, 707, 713, 720, 724, 730, 735, 741, 750, 757, 764, 773, 781, 787,
        794, 801, 808, 815, 822, 830, 838, 846, 853, 860, 867, 873, 882, 891, 902, 908,
        919, 930, 942, 952, 967, 974, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983, 983,
        983, 983,
    ];
    const __PRIMARY_LINUXPOWERPC: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 95, 17, 0, 32, 28, 38, 0, 10, 29, 16, 8, 7, 27, 0, 20,
        21, 125, 0, 0, 84, 5, 35, 31, 1, 4, 9, 13, 14, 22, 24, 11, 115, 114, 88, 89, 90,
        91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108,
        109, 110, 111, 40, 36, 112, 113, 39, 0, 87, 122, 116, 66, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 37, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 59, 60, 61, 62, 63, 64,
        65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 85, 86,
        117, 118, 119, 120, 121, 123, 124, 126, 127, 128, 129, 130, 131, 132, 133, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_LINUXPOWERPC: [&'static ::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXPOWERPC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    ];
    const __PAIRS_LINUXSPARC: [(
        &'static ::core::primitive::str,
        ::core::primitive::i32,
    ); 138] = [
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 18, 18, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36,
        37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
        57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68,
        68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 68, 69, 70,
        71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
        91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108,
        110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 123, 124, 125, 126,
        127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 137, 137, 137, 137, 137,
        137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137, 137,
        137, 137, 137, 137, 138, 138,
    ];
    const __SYMBOL_TEXT_LINUXSPARC: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMECHRNGEL2NSYNCEL3HLTEL3RSTELNRNGEUNATCHENOCSIEL2HLTEBADEEBADREXFULLENOANOEBADRQCEBADSLTEBFONTENOSTRENODATAETIMEENOSRENONETENOPKGENOLINKEADVESRMNTECOMMEPROTOEMULTIHOPEDOTDOTEBADMSGEOVERFLOWENOTUNIQEBADFDEREMCHGELIBACCELIBBADELIBSCNELIBMAXELIBEXECERESTARTESTRPIPEEUCLEANENOTNAMENAVAILEISNAMEREMOTEIOENOMEDIUMEMEDIUMTYPEENOKEYEKEYEXPIREDEKEYREVOKEDEKEYREJECTEDEOWNERDEADENOTRECOVERABLEERFKILLEHWPOISONERREMOTE";
    const __SYMBOL_START_LINUXSPARC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570, 576, 582, 588, 593,
        599, 607, 613, 619, 625, 632, 638, 644, 649, 654, 660, 666, 673, 680, 686, 692,
        699, 704, 709, 715, 721, 728, 732, 738, 743, 749, 758, 765, 772, 781, 789, 795,
        802, 809, 816, 823, 830, 838, 846, 854, 861, 868, 875, 881, 890, 899, 910, 916,
        927, 938, 950, 960, 975, 982, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991,
        991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991, 991,
        999, 999,
    ];
    const __PRIMARY_LINUXSPARC: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 90, 0, 10, 29, 16, 8, 7, 27, 0, 20,
        21, 127, 0, 0, 122, 5, 78, 31, 1, 4, 9, 13, 14, 22, 24, 11, 36, 37, 38, 39, 40,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
        61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 79, 75, 77, 94, 95, 96,
        97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 109, 72, 111, 73, 74, 80,
        113, 82, 83, 84, 85, 86, 87, 88, 76, 92, 115, 93, 89, 114, 112, 124, 123, 110,
        116, 91, 117, 118, 119, 120, 121, 125, 126, 128, 129, 130, 131, 132, 133, 134,
        135, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        81, 0,
    ];
    const __ALIASES_LINUXSPARC: [&'static ::core::primitive::str; 4] = [
        "EDEADLOCK",
        "EWOULDBLOCK",
        "EFSBADCRC",
        "EFSCORRUPTED",
    ];
    const __ALIAS_OFFSETS_LINUXSPARC: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    ];
    const __PAIRS_MACOS: [(
        &'static ::core::primitive::str,
        ::core::primitive::i32,
    ); 108] = [
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 18, 18, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 34, 35,
        36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55,
        56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 68, 69,
        70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 80, 81, 82, 83, 83, 83, 84, 84, 84, 84, 85, 86, 86, 87, 88,
        88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88, 88,
        88, 89, 90, 90, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
        105, 106, 107, 108, 108, 108, 108, 108, 108, 108, 108, 108, 108,
    ];
    const __SYMBOL_TEXT_MACOS: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOSTRENODATAETIMEENOSRENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWEOWNERDEADENOTRECOVERABLEEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHEPWROFFEDEVERREBADEXECEBADARCHESHLIBVERSEBADMACHOENOATTRENOPOLICYEQFULLENOTCAPABLE";
    const __SYMBOL_START_MACOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570, 576, 582, 588, 593,
        593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 599,
        606, 611, 616, 616, 616, 623, 623, 623, 623, 629, 638, 638, 645, 654, 654, 654,
        654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654, 654,
        654, 654, 654, 664, 679, 679, 679, 686, 698, 710, 723, 735, 741, 746, 755, 762,
        769, 777, 785, 795, 804, 811, 820, 826, 837, 837, 837, 837, 837, 837, 837, 837,
        837, 837,
    ];
    const __PRIMARY_MACOS: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 20,
        21, 89, 0, 0, 92, 5, 11, 31, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37, 38, 39, 40, 41,
        42, 43, 44, 102, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
        62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 91, 90, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 99, 96, 101, 98, 0, 0, 97, 0, 0, 0, 100, 95, 0, 94, 84,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 105, 104, 0, 0,
        72, 73, 74, 75, 76, 79, 80, 81, 82, 83, 85, 86, 87, 88, 93, 103, 106, 107, 0, 0,
        0, 0, 0, 0, 0, 0, 0,
    ];
    const __ALIASES_MACOS: [&'static ::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_MACOS: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ];
    const __PAIRS_FREEBSD: [(
        &'static ::core::primitive::str,
        ::core::primitive::i32,
    ); 99] = [
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
        0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 15, 16,
        17, 18, 18, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 34, 35,
        36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55,
        56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 68, 69,
        70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
        79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 80, 80, 80, 80, 81, 82, 82, 83, 84,
        84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84, 84,
        84, 85, 86, 86, 86, 87, 88, 89, 90, 91, 92, 93, 94, 94, 94, 94, 94, 94, 94, 95,
        95, 95, 96, 97, 98, 99, 99, 99, 99, 99, 99, 99,
    ];
    const __SYMBOL_TEXT_FREEBSD: &::core::primitive::str = "ENOENTENOMEMEXDEVEROFSENOTSUPEEXISTEPIPEENOSPCENOSYSECHILDESPIPEEBUSYENOEXECE2BIGEFBIGENOTDIREISDIRECANCELEDEILSEQEIOEDEADLKEMLINKEPERMEINTREBADFEACCESEFAULTEINVALEMFILEEAGAINEINPROGRESSEALREADYENOTSOCKEDESTADDRREQEMSGSIZEEPROTOTYPEENOPROTOOPTEPROTONOSUPPORTESOCKTNOSUPPORTEOPNOTSUPPEPFNOSUPPORTEAFNOSUPPORTEADDRINUSEEADDRNOTAVAILENETDOWNENETUNREACHENETRESETECONNABORTEDECONNRESETENOBUFSEISCONNENOTCONNESHUTDOWNETOOMANYREFSETIMEDOUTECONNREFUSEDELOOPENAMETOOLONGEHOSTDOWNEHOSTUNREACHENOTEMPTYEPROCLIMEUSERSEDQUOTESTALEEREMOTEESRCHENXIOENOTBLKENODEVENFILEENOTTYETXTBSYEDOMERANGEENOLCKENOMSGEIDRMENOLINKEPROTOEMULTIHOPEBADMSGEOVERFLOWEOWNERDEADENOTRECOVERABLEEBADRPCERPCMISMATCHEPROGUNAVAILEPROGMISMATCHEPROCUNAVAILEFTYPEEAUTHENEEDAUTHENOATTRENOTCAPABLEEDOOFUSECAPMODEEINTEGRITY";
    const __SYMBOL_START_FREEBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 6, 6, 12, 17, 22, 22, 22, 29, 35, 35, 40, 46, 52, 52, 58, 64, 69, 76, 81,
        86, 86, 93, 99, 108, 108, 108, 114, 117, 124, 130, 135, 140, 145, 151, 157, 163,
        169, 175, 186, 194, 202, 214, 222, 232, 243, 258, 273, 283, 295, 307, 317, 330,
        338, 349, 358, 370, 380, 387, 394, 402, 411, 423, 432, 444, 449, 461, 470, 482,
        491, 499, 505, 511, 517, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524, 524,
        524, 524, 524, 524, 529, 534, 541, 547, 553, 559, 566, 570, 576, 582, 588, 593,
        593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593, 593,
        593, 593, 593, 593, 593, 600, 600, 600, 600, 606, 615, 615, 622, 631, 631, 631,
        631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631,
        631, 631, 631, 641, 656, 656, 656, 663, 675, 687, 700, 712, 718, 723, 732, 732,
        732, 732, 732, 732, 732, 739, 739, 739, 750, 757, 765, 775, 775, 775, 775, 775,
        775, 775,
    ];
    const __PRIMARY_FREEBSD: [::core::primitive::i32; __COUNT] = [
        0, 2, 0, 12, 18, 30, 0, 0, 45, 17, 0, 32, 28, 78, 0, 10, 29, 16, 8, 7, 27, 0, 20,
        21, 85, 0, 0, 86, 5, 11, 31, 1, 4, 9, 13, 14, 22, 24, 35, 36, 37, 38, 39, 40, 41,
        42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
        62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 3, 6, 15, 19, 23, 25, 26, 33, 34, 77, 83, 82, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 0, 0, 92, 90, 0, 89, 84, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 96, 95, 0, 0, 72, 73,
        74, 75, 76, 79, 80, 81, 0, 0, 0, 0, 0, 0, 87, 0, 0, 93, 88, 94, 97, 0, 0, 0, 0,
        0, 0,
    ];
    const __ALIASES_FREEBSD: [&'static ::core::primitive::str; 1] = ["EWOULDBLOCK"];
    const __ALIAS_OFFSETS_FREEBSD: [::core::primitive::u16; __COUNT + 1] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
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
            _ => {
                let _ = index;
                ::core::option::Option::None
            }
        }
    }
    /// `entries[start..end]` in a const fn, without a panic path (empty if out of
    /// range, which the offsets never are).
    #[inline]
    const fn __slice<E>(
        entries: &'static [E],
        start: ::core::primitive::usize,
        end: ::core::primitive::usize,
    ) -> &'static [E] {
        match entries.split_at_checked(end) {
            ::core::option::Option::Some((head, _)) => {
                match head.split_at_checked(start) {
                    ::core::option::Option::Some((_, part)) => part,
                    ::core::option::Option::None => &[],
                }
            }
            ::core::option::Option::None => &[],
        }
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
            230 => ::core::option::Option::Some(OsError::BrokenPipe),
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
            231 => ::core::option::Option::Some(OsError::PipeBusy),
            267 => ::core::option::Option::Some(OsError::NotADirectory),
            336 => ::core::option::Option::Some(OsError::IsADirectory),
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
            111 => ::core::option::Option::Some(OsError::BadAddress),
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
            _ => {
                let _ = code;
                ::core::option::Option::None
            }
        }
    }
    const __NAME_LIST: [(&::core::primitive::str, ::core::primitive::u32); 601] = [
        ("EIO", 28),
        ("EADV", 155),
        ("EDOM", 128),
        ("E2BIG", 19),
        ("EAUTH", 194),
        ("EBADE", 141),
        ("EBADF", 33),
        ("EBADR", 142),
        ("EBUSY", 17),
        ("ECOMM", 157),
        ("EFBIG", 20),
        ("EIDRM", 132),
        ("EINIT", 209),
        ("EINTR", 32),
        ("ELOOP", 65),
        ("ENOSR", 151),
        ("ENXIO", 122),
        ("EPERM", 31),
        ("EPIPE", 11),
        ("EROFS", 5),
        ("ESRCH", 121),
        ("ETIME", 150),
        ("EXDEV", 4),
        ("EACCES", 34),
        ("EAGAIN", 38),
        ("EBADFD", 164),
        ("EBFONT", 147),
        ("ECHILD", 15),
        ("ECHRNG", 133),
        ("EDQUOT", 72),
        ("EEXIST", 9),
        ("EFAULT", 35),
        ("EFTYPE", 193),
        ("EILSEQ", 27),
        ("EINVAL", 36),
        ("EISDIR", 23),
        ("EISNAM", 176),
        ("EL2HLT", 140),
        ("EL3HLT", 135),
        ("EL3RST", 136),
        ("ELNRNG", 137),
        ("EMFILE", 37),
        ("EMLINK", 30),
        ("ENFILE", 125),
        ("ENOANO", 144),
        ("ENOCSI", 139),
        ("ENODEV", 124),
        ("ENOENT", 1),
        ("ENOKEY", 180),
        ("ENOLCK", 130),
        ("ENOMEM", 3),
        ("ENOMSG", 131),
        ("ENONET", 152),
        ("ENOPKG", 153),
        ("ENOSPC", 12),
        ("ENOSTR", 148),
        ("ENOSYM", 211),
        ("ENOSYS", 13),
        ("ENOTTY", 126),
        ("EPROTO", 158),
        ("EQFULL", 204),
        ("ERANGE", 129),
        ("ESPIPE", 16),
        ("ESRMNT", 156),
        ("ESTALE", 73),
        ("EUSERS", 71),
        ("EXFULL", 143),
        ("NoData", 93),
        ("RfKill", 186),
        ("EBADMSG", 161),
        ("EBADRPC", 188),
        ("EBADRQC", 145),
        ("EBADSLT", 146),
        ("EDEADLK", 29),
        ("EDEVERR", 197),
        ("EDOOFUS", 206),
        ("EDOTDOT", 160),
        ("EISCONN", 59),
        ("ELIBACC", 166),
        ("ELIBBAD", 167),
        ("ELIBMAX", 169),
        ("ELIBSCN", 168),
        ("ENAVAIL", 175),
        ("ENOATTR", 202),
        ("ENOBUFS", 58),
        ("ENODATA", 149),
        ("ENOEXEC", 18),
        ("ENOLINK", 154),
        ("ENOTBLK", 123),
        ("ENOTDIR", 22),
        ("ENOTNAM", 174),
        ("ENOTSUP", 8),
        ("EPWROFF", 196),
        ("EREMCHG", 165),
        ("EREMDEV", 210),
        ("EREMOTE", 74),
        ("ERFKILL", 186),
        ("ETXTBSY", 127),
        ("EUCLEAN", 173),
        ("EUNATCH", 138),
        ("IoError", 28),
        ("NoAnode", 144),
        ("Deadlock", 29),
        ("EALREADY", 40),
        ("EBADARCH", 199),
        ("EBADEXEC", 198),
        ("ECAPMODE", 207),
        ("EL2NSYNC", 134),
        ("ELIBEXEC", 170),
        ("EMSGSIZE", 43),
        ("ENETDOWN", 53),
        ("ENOTCONN", 60),
        ("ENOTSOCK", 41),
        ("ENOTUNIQ", 163),
        ("EPROCLIM", 70),
        ("EREFUSED", 64),
        ("ERESTART", 171),
        ("ERREMOTE", 213),
        ("ESTRPIPE", 172),
        ("HostDown", 67),
        ("NoMedium", 178),
        ("NotFound", 1),
        ("PipeBusy", 21),
        ("TimedOut", 63),
        ("TryAgain", 91),
        ("WSAEBADF", 33),
        ("WSAEINTR", 32),
        ("WSAELOOP", 65),
        ("EBADMACHO", 201),
        ("ECANCELED", 24),
        ("EDEADLOCK", 29),
        ("EFSBADCRC", 161),
        ("EHOSTDOWN", 67),
        ("EHWPOISON", 187),
        ("EMULTIHOP", 159),
        ("ENEEDAUTH", 195),
        ("ENETRESET", 55),
        ("ENOMEDIUM", 178),
        ("ENOPOLICY", 203),
        ("ENOTEMPTY", 69),
        ("EOVERFLOW", 162),
        ("EREMOTEIO", 177),
        ("ERROR_CRC", 28),
        ("ESHUTDOWN", 61),
        ("ETIMEDOUT", 63),
        ("IoPending", 26),
        ("NoMessage", 131),
        ("OwnerDied", 184),
        ("WSAEACCES", 34),
        ("WSAEDQUOT", 72),
        ("WSAEFAULT", 35),
        ("WSAEINVAL", 36),
        ("WSAEMFILE", 37),
        ("WSAESTALE", 73),
        ("WSAEUSERS", 71),
        ("BadAddress", 35),
        ("BadCpuType", 199),
        ("BadMessage", 161),
        ("BrokenPipe", 11),
        ("EADDRINUSE", 51),
        ("ECANCELLED", 24),
        ("ECONNRESET", 57),
        ("EINTEGRITY", 208),
        ("EOPNOTSUPP", 48),
        ("EOWNERDEAD", 184),
        ("EPROTOTYPE", 44),
        ("ERROR_BUSY", 17),
        ("ERROR_SEEK", 28),
        ("ESHLIBVERS", 200),
        ("InProgress", 39),
        ("KeyExpired", 181),
        ("KeyRevoked", 182),
        ("NoRecovery", 92),
        ("NotASocket", 41),
        ("NotAStream", 148),
        ("NotCapable", 205),
        ("QosSenders", 95),
        ("WSAEDISCON", 78),
        ("WSAEISCONN", 59),
        ("WSAENOBUFS", 58),
        ("WSAENOMORE", 79),
        ("WSAEREMOTE", 74),
        ("WSANO_DATA", 93),
        ("WouldBlock", 38),
        ("BadFontFile", 147),
        ("DeviceError", 197),
        ("EINPROGRESS", 39),
        ("EKEYEXPIRED", 181),
        ("EKEYREVOKED", 182),
        ("EMEDIUMTYPE", 179),
        ("ENETUNREACH", 54),
        ("ENOPROTOOPT", 45),
        ("ENOTCAPABLE", 205),
        ("EWOULDBLOCK", 38),
        ("Interrupted", 32),
        ("InvalidName", 14),
        ("InvalidSlot", 146),
        ("KeyRejected", 183),
        ("Level3Reset", 136),
        ("LinkSevered", 154),
        ("NameTooLong", 66),
        ("NetworkDown", 53),
        ("NotSeekable", 16),
        ("OutOfMemory", 3),
        ("QosBadStyle", 101),
        ("StorageFull", 12),
        ("WSAEALREADY", 40),
        ("WSAEMSGSIZE", 43),
        ("WSAENETDOWN", 53),
        ("WSAENOTCONN", 60),
        ("WSAENOTSOCK", 41),
        ("WSAEPROCLIM", 70),
        ("WSAEREFUSED", 89),
        ("AddressInUse", 51),
        ("BadRpcStruct", 188),
        ("EAFNOSUPPORT", 50),
        ("ECONNABORTED", 56),
        ("ECONNREFUSED", 64),
        ("EDESTADDRREQ", 42),
        ("EFSCORRUPTED", 173),
        ("EHOSTUNREACH", 68),
        ("EKEYREJECTED", 183),
        ("ENAMETOOLONG", 66),
        ("EPFNOSUPPORT", 49),
        ("EPROCUNAVAIL", 192),
        ("EPROGUNAVAIL", 190),
        ("ERPCMISMATCH", 189),
        ("ETOOMANYREFS", 62),
        ("ExchangeFull", 143),
        ("FileTooLarge", 20),
        ("HostNotFound", 90),
        ("InitReserved", 209),
        ("IoIncomplete", 25),
        ("IsADirectory", 23),
        ("Level2Halted", 140),
        ("Level3Halted", 135),
        ("LookupNoMore", 79),
        ("NetworkReset", 55),
        ("NoSuchDevice", 124),
        ("NotConnected", 60),
        ("NotOnNetwork", 152),
        ("NotSupported", 8),
        ("QosBadObject", 102),
        ("QosNoSenders", 96),
        ("QosReceivers", 94),
        ("QueryRefused", 89),
        ("ResourceBusy", 17),
        ("SrmountError", 156),
        ("TimerExpired", 150),
        ("TooManyLinks", 30),
        ("TooManyUsers", 71),
        ("WAIT_TIMEOUT", 63),
        ("WSAEHOSTDOWN", 67),
        ("WSAENETRESET", 55),
        ("WSAENOTEMPTY", 69),
        ("WSAESHUTDOWN", 61),
        ("WSAETIMEDOUT", 63),
        ("WSATRY_AGAIN", 91),
        ("AlreadyExists", 9),
        ("BadExecutable", 198),
        ("Disconnecting", 78),
        ("EADDRNOTAVAIL", 52),
        ("EPROGMISMATCH", 191),
        ("ERROR_NO_DATA", 11),
        ("ERROR_TIMEOUT", 63),
        ("InvalidHandle", 2),
        ("LockViolation", 7),
        ("NameNotUnique", 163),
        ("NoBufferSpace", 58),
        ("NoSuchProcess", 121),
        ("NotADirectory", 22),
        ("ProtocolError", 158),
        ("QuotaExceeded", 72),
        ("RemoteIoError", 177),
        ("ShouldRestart", 171),
        ("ValueOverflow", 162),
        ("WSAEADDRINUSE", 51),
        ("WSAECANCELLED", 80),
        ("WSAECONNRESET", 57),
        ("WSAEOPNOTSUPP", 48),
        ("WSAEPROTOTYPE", 44),
        ("WSANO_ADDRESS", 93),
        ("WSA_E_NO_MORE", 87),
        ("AdvertiseError", 155),
        ("CapabilityMode", 207),
        ("CrossesDevices", 4),
        ("DevicePowerOff", 196),
        ("EREMOTERELEASE", 212),
        ("ERROR_BAD_PIPE", 11),
        ("ERROR_NOACCESS", 35),
        ("FilesystemLoop", 65),
        ("HardwarePoison", 187),
        ("LookupCanceled", 80),
        ("MalformedMachO", 201),
        ("MessageTooLong", 43),
        ("NoCsiStructure", 139),
        ("NotInitialized", 77),
        ("NotRecoverable", 185),
        ("ObjectIsRemote", 74),
        ("PolicyNotFound", 203),
        ("QosNoReceivers", 97),
        ("SocketShutdown", 61),
        ("SymbolNotFound", 211),
        ("SystemNotReady", 75),
        ("WSAEINPROGRESS", 39),
        ("WSAENETUNREACH", 54),
        ("WSAENOPROTOOPT", 45),
        ("WSAEWOULDBLOCK", 38),
        ("WSANO_RECOVERY", 92),
        ("WSASYSNOTREADY", 75),
        ("WSA_IO_PENDING", 26),
        ("ConnectionReset", 57),
        ("ENOTRECOVERABLE", 185),
        ("EPROTONOSUPPORT", 46),
        ("ERROR_BUS_RESET", 28),
        ("ERROR_DIRECTORY", 22),
        ("ERROR_DISK_FULL", 12),
        ("ERROR_IO_DEVICE", 28),
        ("ERROR_PIPE_BUSY", 21),
        ("ESOCKTNOSUPPORT", 47),
        ("ExecFormatError", 18),
        ("HostUnreachable", 68),
        ("InvalidArgument", 36),
        ("InvalidExchange", 141),
        ("InvalidFunction", 0),
        ("InvalidProvider", 82),
        ("IsNamedTypeFile", 176),
        ("KeyNotAvailable", 180),
        ("NoDataAvailable", 149),
        ("QosGenericError", 104),
        ("ServiceNotFound", 85),
        ("StaleFileHandle", 73),
        ("WSAEAFNOSUPPORT", 50),
        ("WSAECONNABORTED", 56),
        ("WSAECONNREFUSED", 64),
        ("WSAEDESTADDRREQ", 42),
        ("WSAEHOSTUNREACH", 68),
        ("WSAENAMETOOLONG", 66),
        ("WSAEPFNOSUPPORT", 49),
        ("WSAETOOMANYREFS", 62),
        ("WSA_E_CANCELLED", 88),
        ("WSA_QOS_SENDERS", 95),
        ("WrongMediumType", 179),
        ("AlreadyConnected", 59),
        ("ERROR_BAD_FORMAT", 18),
        ("ERROR_IO_PENDING", 26),
        ("ERROR_READ_FAULT", 28),
        ("InvalidParameter", 10),
        ("NoChildProcesses", 15),
        ("NoLocksAvailable", 130),
        ("PermissionDenied", 34),
        ("ProgrammingError", 206),
        ("QosFlowspecError", 106),
        ("QosPolicyFailure", 100),
        ("QosUnknownObject", 113),
        ("ResultOutOfRange", 129),
        ("RfsSpecificError", 160),
        ("SharingViolation", 6),
        ("StreamsPipeError", 172),
        ("TooManyOpenFiles", 37),
        ("TooManyProcesses", 70),
        ("WSAEADDRNOTAVAIL", 52),
        ("AlreadyInProgress", 40),
        ("AttributeNotFound", 202),
        ("BadFileDescriptor", 33),
        ("BadProtocolOption", 45),
        ("ChannelOutOfRange", 133),
        ("ClassTypeNotFound", 86),
        ("ConnectionAborted", 56),
        ("ConnectionRefused", 64),
        ("DirectoryNotEmpty", 69),
        ("ERROR_BAD_NETPATH", 1),
        ("ERROR_BROKEN_PIPE", 11),
        ("ERROR_CANNOT_MAKE", 12),
        ("ERROR_FILE_EXISTS", 9),
        ("ERROR_GEN_FAILURE", 28),
        ("ERROR_OPEN_FAILED", 28),
        ("ERROR_OUTOFMEMORY", 3),
        ("ERROR_SEM_TIMEOUT", 63),
        ("ERROR_WRITE_FAULT", 28),
        ("IdentifierRemoved", 132),
        ("MultihopAttempted", 159),
        ("NeedAuthenticator", 195),
        ("NoXenixSemaphores", 175),
        ("NotXenixNamedType", 174),
        ("OperationCanceled", 24),
        ("SystemCallFailure", 84),
        ("TooManyReferences", 62),
        ("WSAHOST_NOT_FOUND", 90),
        ("WSANOTINITIALISED", 77),
        ("WSASYSCALLFAILURE", 84),
        ("WSATYPE_NOT_FOUND", 86),
        ("WSA_IO_INCOMPLETE", 25),
        ("WSA_QOS_BAD_STYLE", 101),
        ("WSA_QOS_EFLOWDESC", 115),
        ("WSA_QOS_EFLOWSPEC", 106),
        ("WSA_QOS_RECEIVERS", 94),
        ("WrongProtocolType", 44),
        ("CommunicationError", 157),
        ("ERROR_BAD_NET_NAME", 1),
        ("ERROR_BAD_PATHNAME", 14),
        ("ERROR_DISK_CORRUPT", 28),
        ("ERROR_END_OF_MEDIA", 12),
        ("ERROR_EOM_OVERFLOW", 28),
        ("ERROR_INVALID_DATA", 36),
        ("ERROR_INVALID_NAME", 14),
        ("ExecutableFileBusy", 127),
        ("InappropriateIoctl", 126),
        ("InterfaceQueueFull", 204),
        ("InvalidRequestCode", 145),
        ("LookupCallCanceled", 88),
        ("NetworkUnreachable", 54),
        ("ProviderFailedInit", 83),
        ("ReadOnlyFilesystem", 5),
        ("RemotePeerReleased", 212),
        ("RpcVersionMismatch", 189),
        ("WSAEPROTONOSUPPORT", 46),
        ("WSAESOCKTNOSUPPORT", 47),
        ("WSAVERNOTSUPPORTED", 76),
        ("WSA_INVALID_HANDLE", 2),
        ("WSA_QOS_BAD_OBJECT", 102),
        ("WSA_QOS_EFLOWCOUNT", 112),
        ("WSA_QOS_EOBJLENGTH", 111),
        ("WSA_QOS_EPOLICYOBJ", 114),
        ("WSA_QOS_ESDMODEOBJ", 118),
        ("WSA_QOS_NO_SENDERS", 96),
        ("AddressNotAvailable", 52),
        ("ArgumentListTooLong", 19),
        ("ArgumentOutOfDomain", 128),
        ("AuthenticationError", 194),
        ("BlockDeviceRequired", 123),
        ("ERROR_ACCESS_DENIED", 34),
        ("ERROR_DIR_NOT_EMPTY", 69),
        ("ERROR_EA_TABLE_FULL", 12),
        ("ERROR_INVALID_DRIVE", 1),
        ("ERROR_INVALID_FLAGS", 36),
        ("ERROR_IO_INCOMPLETE", 25),
        ("ERROR_MOD_NOT_FOUND", 1),
        ("ERROR_NEGATIVE_SEEK", 36),
        ("ERROR_NOT_CONNECTED", 60),
        ("ERROR_NOT_SUPPORTED", 8),
        ("ERROR_WRITE_PROTECT", 5),
        ("IllegalByteSequence", 27),
        ("LibSectionCorrupted", 168),
        ("LookupNoMoreResults", 87),
        ("PackageNotInstalled", 153),
        ("QosAdmissionFailure", 99),
        ("QosInvalidFlowCount", 112),
        ("QosRequestConfirmed", 98),
        ("QosServiceTypeError", 105),
        ("TooManyRemoteLevels", 213),
        ("VersionNotSupported", 76),
        ("WSAEINVALIDPROVIDER", 82),
        ("WSA_QOS_EFILTERTYPE", 109),
        ("WSA_QOS_EPSFLOWSPEC", 116),
        ("ERROR_ALREADY_EXISTS", 9),
        ("ERROR_BAD_EXE_FORMAT", 18),
        ("ERROR_FILE_NOT_FOUND", 1),
        ("ERROR_FILE_TOO_LARGE", 20),
        ("ERROR_INVALID_ACCESS", 36),
        ("ERROR_INVALID_HANDLE", 2),
        ("ERROR_INVALID_SEGDPL", 18),
        ("ERROR_LOCK_VIOLATION", 7),
        ("ERROR_PATH_NOT_FOUND", 1),
        ("ERROR_SEEK_ON_DEVICE", 16),
        ("ERROR_TOO_MANY_LINKS", 30),
        ("IntegrityCheckFailed", 208),
        ("LinkNumberOutOfRange", 137),
        ("ProtocolNotSupported", 46),
        ("QosInvalidFilterType", 109),
        ("RemoteAddressChanged", 165),
        ("RemoteDeviceReserved", 210),
        ("WSAEINVALIDPROCTABLE", 81),
        ("WSASERVICE_NOT_FOUND", 85),
        ("WSA_QOS_EFILTERCOUNT", 110),
        ("WSA_QOS_EFILTERSTYLE", 108),
        ("WSA_QOS_EPROVSPECBUF", 107),
        ("WSA_QOS_ESERVICETYPE", 105),
        ("WSA_QOS_EUNKOWNPSOBJ", 113),
        ("WSA_QOS_NO_RECEIVERS", 97),
        ("ERROR_BUFFER_OVERFLOW", 35),
        ("ERROR_COUNTER_TIMEOUT", 63),
        ("ERROR_NETNAME_DELETED", 57),
        ("ERROR_NOT_SAME_DEVICE", 4),
        ("InappropriateFileType", 193),
        ("InvalidProcedureTable", 81),
        ("Level2NotSynchronized", 134),
        ("NoSuchDeviceOrAddress", 122),
        ("OperationNotPermitted", 31),
        ("OperationNotSupported", 48),
        ("OutOfStreamsResources", 151),
        ("QosInvalidFilterCount", 110),
        ("QosInvalidFilterStyle", 108),
        ("QosInvalidShapingRate", 119),
        ("RpcProgramUnavailable", 190),
        ("WSA_INVALID_PARAMETER", 10),
        ("WSA_NOT_ENOUGH_MEMORY", 3),
        ("WSA_OPERATION_ABORTED", 24),
        ("WSA_QOS_EPSFILTERSPEC", 117),
        ("WSA_QOS_ESHAPERATEOBJ", 119),
        ("WSA_QOS_EUNKNOWNPSOBJ", 113),
        ("WSA_QOS_GENERIC_ERROR", 104),
        ("ERROR_CANT_ACCESS_FILE", 34),
        ("ERROR_DEVICE_DOOR_OPEN", 28),
        ("ERROR_ENVVAR_NOT_FOUND", 1),
        ("ERROR_HANDLE_DISK_FULL", 12),
        ("ERROR_HOST_UNREACHABLE", 68),
        ("ERROR_INVALID_FUNCTION", 0),
        ("ERROR_INVALID_STACKSEG", 18),
        ("ERROR_IOPL_NOT_ENABLED", 18),
        ("ERROR_NOT_ENOUGH_QUOTA", 3),
        ("ERROR_NO_DATA_DETECTED", 28),
        ("ERROR_PORT_UNREACHABLE", 64),
        ("ERROR_SECTOR_NOT_FOUND", 28),
        ("ERROR_SETMARK_DETECTED", 28),
        ("ERROR_WAIT_NO_CHILDREN", 15),
        ("FileDescriptorBadState", 164),
        ("FunctionNotImplemented", 13),
        ("QosInvalidObjectLength", 111),
        ("QosInvalidPolicyObject", 114),
        ("QosTrafficControlError", 103),
        ("SharedLibraryCorrupted", 167),
        ("SocketTypeNotSupported", 47),
        ("StructureNeedsCleaning", 173),
        ("TooManySharedLibraries", 169),
        ("WSAEPROVIDERFAILEDINIT", 83),
        ("WSA_QOS_POLICY_FAILURE", 100),
        ("CannotExecSharedLibrary", 170),
        ("ERROR_CURRENT_DIRECTORY", 34),
        ("ERROR_FILEMARK_DETECTED", 28),
        ("ERROR_INVALID_PARAMETER", 10),
        ("ERROR_NOT_ENOUGH_MEMORY", 3),
        ("ERROR_OPERATION_ABORTED", 24),
        ("ERROR_POSSIBLE_DEADLOCK", 29),
        ("ERROR_SHARING_VIOLATION", 6),
        ("RpcProcedureUnavailable", 192),
        ("WSA_QOS_RESERVED_PETYPE", 120),
        ("ERROR_BEGINNING_OF_MEDIA", 28),
        ("ERROR_CONNECTION_ABORTED", 56),
        ("ERROR_CONNECTION_REFUSED", 64),
        ("ERROR_ELEVATION_REQUIRED", 34),
        ("ERROR_EXE_MARKED_INVALID", 18),
        ("ERROR_INVALID_MODULETYPE", 18),
        ("ERROR_PIPE_NOT_CONNECTED", 11),
        ("ERROR_PRIVILEGE_NOT_HELD", 31),
        ("InvalidRequestDescriptor", 142),
        ("QosInvalidFlowDescriptor", 115),
        ("QosInvalidProviderBuffer", 107),
        ("QosReservedPolicyElement", 120),
        ("TooManyOpenFilesInSystem", 125),
        ("AddressFamilyNotSupported", 50),
        ("ERROR_DISK_QUOTA_EXCEEDED", 72),
        ("ERROR_INSUFFICIENT_BUFFER", 36),
        ("ERROR_IPSEC_IKE_TIMED_OUT", 63),
        ("ERROR_NETWORK_UNREACHABLE", 54),
        ("ERROR_TOO_MANY_OPEN_FILES", 37),
        ("ProtocolDriverNotAttached", 138),
        ("RpcProgramVersionMismatch", 191),
        ("SharedLibraryInaccessible", 166),
        ("WSA_QOS_ADMISSION_FAILURE", 99),
        ("WSA_QOS_REQUEST_CONFIRMED", 98),
        ("DNS_ERROR_RECORD_TIMED_OUT", 63),
        ("DestinationAddressRequired", 42),
        ("ERROR_CALL_NOT_IMPLEMENTED", 13),
        ("ERROR_DIRECT_ACCESS_HANDLE", 33),
        ("ERROR_FILENAME_EXCED_RANGE", 66),
        ("ERROR_INVALID_BLOCK_LENGTH", 28),
        ("ERROR_INVALID_MINALLOCSIZE", 18),
        ("ERROR_INVALID_REPARSE_DATA", 36),
        ("ProtocolFamilyNotSupported", 49),
        ("QosInvalidProviderFlowspec", 116),
        ("QosInvalidShapeDiscardMode", 118),
        ("WSA_QOS_TRAFFIC_CTRL_ERROR", 103),
        ("ERROR_CANT_RESOLVE_FILENAME", 65),
        ("ERROR_DRIVER_CANCEL_TIMEOUT", 63),
        ("ERROR_DS_TIMELIMIT_EXCEEDED", 63),
        ("ERROR_INVALID_EXE_SIGNATURE", 18),
        ("ERROR_INVALID_TARGET_HANDLE", 33),
        ("ERROR_NETWORK_ACCESS_DENIED", 34),
        ("ERROR_SYMLINK_NOT_SUPPORTED", 36),
        ("ERROR_INFLOOP_IN_RELOC_CHAIN", 18),
        ("ERROR_NO_UNICODE_TRANSLATION", 27),
        ("QosInvalidProviderFilterspec", 117),
        ("SharedLibraryVersionMismatch", 200),
        ("ERROR_AUTODATASEG_EXCEEDS_64k", 18),
        ("ERROR_DIRECTORY_NOT_SUPPORTED", 23),
        ("ERROR_META_EXPANSION_TOO_LONG", 19),
        ("ERROR_RESOURCE_CALL_TIMED_OUT", 63),
        ("ERROR_RUNLEVEL_SWITCH_TIMEOUT", 63),
        ("ERROR_SERVICE_REQUEST_TIMEOUT", 63),
        ("ERROR_CTX_CLIENT_QUERY_TIMEOUT", 63),
        ("ERROR_DEVICE_REQUIRES_CLEANING", 28),
        ("ERROR_INVALID_STARTING_CODESEG", 18),
        ("ERROR_RELOC_CHAIN_XEEDS_SEGLIM", 18),
        ("ERROR_RING2SEG_MUST_BE_MOVABLE", 18),
        ("ERROR_DYNLINK_FROM_INVALID_RING", 18),
        ("ERROR_ITERATED_DATA_EXCEEDS_64k", 18),
        ("FRS_ERR_SYSVOL_POPULATE_TIMEOUT", 63),
        ("ERROR_ADDRESS_ALREADY_ASSOCIATED", 51),
        ("ERROR_CTX_MODEM_RESPONSE_TIMEOUT", 63),
        ("ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT", 63),
    ];
    /// The names of `length` bytes, sorted.
    #[inline]
    const fn __name_bucket(
        length: ::core::primitive::usize,
    ) -> &'static [(&'static ::core::primitive::str, ::core::primitive::u32)] {
        match length {
            3 => __slice(&__NAME_LIST, 0, 1),
            4 => __slice(&__NAME_LIST, 1, 3),
            5 => __slice(&__NAME_LIST, 3, 23),
            6 => __slice(&__NAME_LIST, 23, 69),
            7 => __slice(&__NAME_LIST, 69, 102),
            8 => __slice(&__NAME_LIST, 102, 128),
            9 => __slice(&__NAME_LIST, 128, 155),
            10 => __slice(&__NAME_LIST, 155, 184),
            11 => __slice(&__NAME_LIST, 184, 213),
            12 => __slice(&__NAME_LIST, 213, 258),
            13 => __slice(&__NAME_LIST, 258, 283),
            14 => __slice(&__NAME_LIST, 283, 311),
            15 => __slice(&__NAME_LIST, 311, 343),
            16 => __slice(&__NAME_LIST, 343, 362),
            17 => __slice(&__NAME_LIST, 362, 398),
            18 => __slice(&__NAME_LIST, 398, 426),
            19 => __slice(&__NAME_LIST, 426, 455),
            20 => __slice(&__NAME_LIST, 455, 480),
            21 => __slice(&__NAME_LIST, 480, 502),
            22 => __slice(&__NAME_LIST, 502, 527),
            23 => __slice(&__NAME_LIST, 527, 537),
            24 => __slice(&__NAME_LIST, 537, 550),
            25 => __slice(&__NAME_LIST, 550, 561),
            26 => __slice(&__NAME_LIST, 561, 573),
            27 => __slice(&__NAME_LIST, 573, 580),
            28 => __slice(&__NAME_LIST, 580, 584),
            29 => __slice(&__NAME_LIST, 584, 590),
            30 => __slice(&__NAME_LIST, 590, 595),
            31 => __slice(&__NAME_LIST, 595, 598),
            32 => __slice(&__NAME_LIST, 598, 600),
            35 => __slice(&__NAME_LIST, 600, 601),
            _ => &[],
        }
    }
    #[inline]
    fn __by_name(name: &::core::primitive::str) -> ::core::option::Option<OsError> {
        match name.len() {
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
                    "ESTRPIPE" => ::core::option::Option::Some(OsError::StreamsPipeError),
                    "NoMedium" => ::core::option::Option::Some(OsError::NoMedium),
                    "EBADEXEC" => ::core::option::Option::Some(OsError::BadExecutable),
                    "EBADARCH" => ::core::option::Option::Some(OsError::BadCpuType),
                    "ECAPMODE" => ::core::option::Option::Some(OsError::CapabilityMode),
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
                    _ => ::core::option::Option::None,
                }
            }
            14 => {
                match name {
                    "CrossesDevices" => {
                        ::core::option::Option::Some(OsError::CrossesDevices)
                    }
                    "ERROR_BAD_PIPE" => ::core::option::Option::Some(OsError::BrokenPipe),
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
                    "ERROR_DIRECTORY" => {
                        ::core::option::Option::Some(OsError::NotADirectory)
                    }
                    "ERROR_IO_DEVICE" => ::core::option::Option::Some(OsError::IoError),
                    "ERROR_BUS_RESET" => ::core::option::Option::Some(OsError::IoError),
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
                    "ERROR_BUFFER_OVERFLOW" => {
                        ::core::option::Option::Some(OsError::BadAddress)
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
            __name_bucket(name.len()),
            name,
            __COUNT,
        )
    }
    ::errtable::__private::std_only! {
        const __KIND : [::errtable::__private::io::ErrorKind; __COUNT] =
        [::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::NotFound,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::OutOfMemory,
        ::errtable::__private::io::ErrorKind::CrossesDevices,
        ::errtable::__private::io::ErrorKind::ReadOnlyFilesystem,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Unsupported,
        ::errtable::__private::io::ErrorKind::AlreadyExists,
        ::errtable::__private::io::ErrorKind::InvalidInput,
        ::errtable::__private::io::ErrorKind::BrokenPipe,
        ::errtable::__private::io::ErrorKind::StorageFull,
        ::errtable::__private::io::ErrorKind::Unsupported,
        ::errtable::__private::io::ErrorKind::InvalidFilename,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::NotSeekable,
        ::errtable::__private::io::ErrorKind::ResourceBusy,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::ArgumentListTooLong,
        ::errtable::__private::io::ErrorKind::FileTooLarge,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::NotADirectory,
        ::errtable::__private::io::ErrorKind::IsADirectory,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Deadlock,
        ::errtable::__private::io::ErrorKind::TooManyLinks,
        ::errtable::__private::io::ErrorKind::PermissionDenied,
        ::errtable::__private::io::ErrorKind::Interrupted,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::PermissionDenied,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::InvalidInput,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::WouldBlock,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Unsupported,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::AddrInUse,
        ::errtable::__private::io::ErrorKind::AddrNotAvailable,
        ::errtable::__private::io::ErrorKind::NetworkDown,
        ::errtable::__private::io::ErrorKind::NetworkUnreachable,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::ConnectionAborted,
        ::errtable::__private::io::ErrorKind::ConnectionReset,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::NotConnected,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::TimedOut,
        ::errtable::__private::io::ErrorKind::ConnectionRefused,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::InvalidFilename,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::HostUnreachable,
        ::errtable::__private::io::ErrorKind::DirectoryNotEmpty,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::QuotaExceeded,
        ::errtable::__private::io::ErrorKind::StaleNetworkFileHandle,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::ExecutableFileBusy,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other,
        ::errtable::__private::io::ErrorKind::Other];
    }
    const __OS_CODES_CURRENT: ::core::option::Option<::errtable::__private::Platform> = ::errtable::__private::CURRENT;
    #[automatically_derived]
    impl ::core::fmt::Debug for OsError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match *self {
                Self::Unlisted(ref kept) => {
                    f.debug_tuple("Unlisted").field(kept).finish()
                }
                _ => f.write_str(self.name()),
            }
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
                _ if f.alternate() => {
                    #[cold]
                    fn alternate(
                        value: &OsError,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        ::errtable::__private::fmt_row(
                            f,
                            value.message(),
                            match __OS_CODES_CURRENT {
                                ::core::option::Option::Some(p) => value.symbol(p),
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                            match __OS_CODES_CURRENT {
                                ::core::option::Option::Some(p) => value.code(p),
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                        )
                    }
                    alternate(self, f)
                }
                _ => {
                    ::errtable::__private::fmt_row(
                        f,
                        self.message(),
                        ::core::option::Option::None,
                        ::core::option::Option::None,
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for OsError {}
    ::errtable::__private::std_only! {
        fn __from_io_error(error : & ::errtable::__private::io::Error) ->
        ::core::option::Option < OsError > { let error =
        ::errtable::__private::innermost(error); if let
        ::core::option::Option::Some(code) = error.raw_os_error() { return match
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
        r" kept in the catch-all."] #[inline] fn from(error : &
        ::errtable::__private::io::Error) -> Self { if let
        ::core::option::Option::Some(code) = error.raw_os_error() { if let
        ::core::option::Option::Some(platform) = __OS_CODES_CURRENT { if let
        ::core::option::Option::Some(value) = __decode(platform, code) { return value; }
        } return
        OsError::Unlisted(::errtable::__private::Unlisted::from_raw_os_error(code)); }
        __from_io_error_slow(error) } } #[automatically_derived] impl
        ::core::convert::From < ::errtable::__private::io::Error > for OsError { #[doc =
        r" Decodes the error (see `from_io_error`); what no row stands for is"] #[doc =
        r" kept in the catch-all."] #[inline] fn from(error :
        ::errtable::__private::io::Error) -> Self { < Self as ::core::convert::From < &
        ::errtable::__private::io::Error >> ::from(& error) } } #[doc =
        r" Whether a raw OS code of this platform decodes to a row."] fn __is_listed(code
        : ::core::primitive::i32) -> ::core::primitive::bool { match __OS_CODES_CURRENT {
        ::core::option::Option::Some(platform) => __decode(platform, code).is_some(),
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
        OsError::NotSupported) => ::core::option::Option::None, _ => value
        .raw_os_error(), } } #[automatically_derived] impl ::core::convert::From <
        OsError > for ::errtable::__private::io::Error { #[doc =
        r" The OS's own error where decoding it gives the value back (so its kind"] #[doc
        = r" and message stay), otherwise a custom error of the value's kind that"] #[doc
        = r" wraps it (`get_ref`)."] #[inline] fn from(value : OsError) -> Self { match
        value { OsError::Unlisted(unlisted) =>
        ::errtable::__private::unlisted_into_io_error(unlisted, __is_listed), value =>
        ::errtable::__private::into_io_error(__io_code(& value), value.kind(), value), }
        } }
    }
    ::errtable::__private::serde_only! {
        #[automatically_derived] impl ::errtable::__private::serde::Serialize for OsError
        { #[allow(clippy::cast_possible_truncation)] fn serialize < S :
        ::errtable::__private::serde::Serializer > (& self, serializer : S) ->
        ::core::result::Result < S::Ok, S::Error > { match * self { Self::Unlisted(ref
        kept) => ::errtable::__private::serde::serialize_catch_all(serializer, "OsError",
        214, "Unlisted", kept), _ => { let index = __index(self);
        ::errtable::__private::serde::serialize_row(serializer, "OsError", index as
        ::core::primitive::u32, __name(index)) } } } } #[doc =
        r" The row named exactly `name`."] fn __row_named(name : &
        ::core::primitive::str) -> ::core::option::Option < OsError > { for index in 0
        ..__COUNT - 1 { if __name(index) == name { return __row(index); } }
        ::core::option::Option::None } #[automatically_derived] impl < 'de >
        ::errtable::__private::serde::Deserialize < 'de > for OsError { fn deserialize <
        D : ::errtable::__private::serde::Deserializer < 'de >> (deserializer : D) ->
        ::core::result::Result < Self, D::Error > { const __VARIANTS : & [&
        ::core::primitive::str] = & ["InvalidFunction", "NotFound", "InvalidHandle",
        "OutOfMemory", "CrossesDevices", "ReadOnlyFilesystem", "SharingViolation",
        "LockViolation", "NotSupported", "AlreadyExists", "InvalidParameter",
        "BrokenPipe", "StorageFull", "FunctionNotImplemented", "InvalidName",
        "NoChildProcesses", "NotSeekable", "ResourceBusy", "ExecFormatError",
        "ArgumentListTooLong", "FileTooLarge", "PipeBusy", "NotADirectory",
        "IsADirectory", "OperationCanceled", "IoIncomplete", "IoPending",
        "IllegalByteSequence", "IoError", "Deadlock", "TooManyLinks",
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
        "ProgrammingError", "CapabilityMode", "IntegrityCheckFailed", "InitReserved",
        "RemoteDeviceReserved", "SymbolNotFound", "RemotePeerReleased",
        "TooManyRemoteLevels", "Unlisted"];
        ::errtable::__private::serde::deserialize_table(deserializer, "OsError",
        __VARIANTS, __row_named, Self::Unlisted) } }
    }
};
