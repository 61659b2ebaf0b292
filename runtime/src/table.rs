//! The canonical table: every Winsock error code, the Win32 codes that Windows reports
//! for the same meanings, and every errno of Linux (generic and the alpha, mips, parisc,
//! powerpc and sparc numberings), macOS, FreeBSD, NetBSD, OpenBSD, DragonFly, illumos
//! (and Solaris), AIX, Haiku, Redox, GNU/Hurd, Cygwin, WASI and Emscripten, one row per
//! meaning.
//!
//! How the table is built (the reasons and the sources are in `runtime/DATA-NOTES.md`):
//!
//! - **Numbers** come from the OS headers, never from prose: Linux's uapi `errno.h` of
//!   each architecture, the libc crate's Apple and FreeBSD constants (checked against
//!   FreeBSD's `sys/errno.h`), `winerror.h` / `winsock2.h` for Windows, and for every
//!   other system the libc crate's constants checked against a second source (golang/sys,
//!   wasi-libc, relibc, Haiku's, glibc's, newlib's and Emscripten's headers).
//!   Haiku's numbers are negative (`B_POSIX_ERROR_BASE` + n) and the Hurd's are Mach error
//!   codes (`0x40000000` + n), written in hex as its header writes them.
//! - **One row per meaning**: a Winsock code and its Berkeley errno share a row
//!   (`WSAECONNREFUSED` and `ECONNREFUSED`).
//! - **Windows codes** are Winsock codes and Win32 codes, one number space on Windows
//!   (`GetLastError`, `WSAGetLastError` and `raw_os_error()` all report into it). A row
//!   with a Winsock code keeps it as its Windows code and lists the Win32 codes of the
//!   same meaning as aliases with numbers of their own (`WSAECONNRESET = 10054 |
//!   ERROR_NETNAME_DELETED = 64`); a row without one has a Win32 code as its Windows code
//!   (`ERROR_FILE_NOT_FOUND = 2` on the row of `ENOENT`). The Win32 codes are those that
//!   Rust's std, libuv or CPython give a meaning; a few have rows of their own because no
//!   errno means the same (`ERROR_SHARING_VIOLATION`, `ERROR_PIPE_BUSY`, …).
//! - **Aliases**: a second name of a number is an alias of the row (`EAGAIN = 11 |
//!   EWOULDBLOCK`, `WSA_INVALID_HANDLE = 6 | ERROR_INVALID_HANDLE`); an alias with a
//!   number of its own also decodes to the row (`EDEADLK = 35 | EDEADLOCK = 58` on
//!   powerpc and Redox, `EAGAIN = 11 | EWOULDBLOCK = 41` on Redox). One number decodes to
//!   one row on each platform.
//! - **Shared numbers**: `ENOTSUP` and `EOPNOTSUPP` are two rows because macOS, the other
//!   BSDs, illumos, AIX, Haiku, the Hurd and Cygwin number them apart; where they are one number
//!   (Linux, FreeBSD, DragonFly, Redox, WASI, Emscripten) it decodes to
//!   [`OsError::OperationNotSupported`], which Winsock's `WSAEOPNOTSUPP` belongs to.
//! - **Windows-only rows**: Winsock's own codes (WSAStartup, service providers, name
//!   space lookups, the resolver codes 11001–11004 and the QoS codes) and the Win32 codes
//!   without an errno counterpart have no Unix code. The resolver codes correspond to
//!   `h_errno` / `EAI_*` values on Unix, which are not errno values and so are not listed
//!   for Unix.
//! - **No inheritance** between Linux and its architecture variants, or between any two
//!   numberings: every platform a code exists on is written out. The numberings added
//!   after the first nine have lines of their own, after the older ones.
//!
//! **Row order**: first the rows with a Windows code, in the numeric order of their
//! primary Windows code (Win32 codes 1–15403, then the `WSAE…` block, Winsock's own codes,
//! the resolver and the QoS codes); then the errno-only rows in generic Linux numeric
//! order; then the codes only BSD systems have (macOS order, then FreeBSD's); then the
//! codes only one of the other systems has, in `Platform` order (OpenBSD, illumos, AIX,
//! Haiku, Hurd, Cygwin), each in its numeric order; last the codes only one Linux architecture
//! defines (mips, parisc, sparc).
//!
//! **Messages** are one per row, the same on every host: the glibc `strerror` text of the
//! row's generic Linux code where it has one, otherwise Microsoft's text for its Windows
//! code (the short Winsock text, or `FormatMessage`'s text for a Win32 code, without the
//! final period) or the BSD `strerror` text (BSD-only rows), or the `strerror` text of the
//! one system that has the code (OpenBSD, illumos, AIX, Haiku, glibc on the Hurd, Cygwin).
//!
//! **Kinds** follow what std reports for the generic Linux code; rows std leaves
//! uncategorized, and the Winsock-only rows, are `Other` (unless std's Windows mapping
//! names a stable kind). `ELOOP` and `EINPROGRESS` are `Other` because std's kinds for
//! them are unstable. Where std's kind for a Windows code, or for a code of one of the
//! other systems, differs from its row's kind, `runtime/DATA-NOTES.md` lists the code and
//! says why.

use crate::error_table;

error_table! {
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
    pub enum OsError {
        /// Incorrect function (`ERROR_INVALID_FUNCTION`).
        InvalidFunction {
            windows: ERROR_INVALID_FUNCTION = 1,
            kind: Other,
            message: "Incorrect function",
            description: "The object behind the handle does not offer the operation asked of it: a control code a driver does not know, or a read from a handle that refers to a directory. Windows-only; libuv reports it as EISDIR because that is where programs meet it most, CPython as EINVAL.",
        },
        /// No such file or directory (`ERROR_FILE_NOT_FOUND`, `ENOENT`).
        NotFound {
            windows: ERROR_FILE_NOT_FOUND = 2 | ERROR_PATH_NOT_FOUND = 3 | ERROR_INVALID_DRIVE = 15 | ERROR_BAD_NETPATH = 53 | ERROR_BAD_NET_NAME = 67 | ERROR_MOD_NOT_FOUND = 126 | ERROR_ENVVAR_NOT_FOUND = 203,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENOENT = 2,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENOENT = 2,
            haiku: ENOENT = -2147459069,
            hurd: ENOENT = 0x40000002,
            wasi | emscripten: ENOENT = 44,
            kind: NotFound,
            message: "No such file or directory",
            description: "A file or directory named in the call does not exist, or a component of its path is missing. Windows says ERROR_FILE_NOT_FOUND (2) for the last component and ERROR_PATH_NOT_FOUND (3) for a directory on the way; a missing drive, network path or share, module or environment variable decodes here too.",
        },
        /// The handle is invalid (`WSA_INVALID_HANDLE`).
        InvalidHandle {
            windows: WSA_INVALID_HANDLE = 6 | ERROR_INVALID_HANDLE,
            kind: Other,
            message: "The handle is invalid",
            description: "A call got a handle that is not open or not of the right type: a closed file, socket or event handle, or a value that never was a handle. Winsock gives the same number the name WSA_INVALID_HANDLE for its event objects. The Unix counterpart is EBADF, whose row (BadFileDescriptor) carries Winsock's WSAEBADF on Windows; a Windows number belongs to one row, so 6 keeps this row.",
        },
        /// Cannot allocate memory (`WSA_NOT_ENOUGH_MEMORY`, `ENOMEM`).
        OutOfMemory {
            windows: WSA_NOT_ENOUGH_MEMORY = 8 | ERROR_NOT_ENOUGH_MEMORY | ERROR_OUTOFMEMORY = 14 | ERROR_NOT_ENOUGH_QUOTA = 1816,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENOMEM = 12,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENOMEM = 12,
            haiku: ENOMEM = -2147483648,
            hurd: ENOMEM = 0x4000000c,
            wasi | emscripten: ENOMEM = 48,
            kind: OutOfMemory,
            message: "Cannot allocate memory",
            description: "The system could not supply the memory the call needed. Winsock reports the Win32 code ERROR_NOT_ENOUGH_MEMORY under the name WSA_NOT_ENOUGH_MEMORY; Unix systems report ENOMEM. Free memory or ask for less.",
        },
        /// Invalid cross-device link (`ERROR_NOT_SAME_DEVICE`, `EXDEV`).
        CrossesDevices {
            windows: ERROR_NOT_SAME_DEVICE = 17,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EXDEV = 18,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EXDEV = 18,
            haiku: EXDEV = -2147459061,
            hurd: EXDEV = 0x40000012,
            wasi | emscripten: EXDEV = 75,
            kind: CrossesDevices,
            message: "Invalid cross-device link",
            description: "A hard link or rename would cross from one file system to another; copy and delete instead.",
        },
        /// Read-only file system (`ERROR_WRITE_PROTECT`, `EROFS`).
        ReadOnlyFilesystem {
            windows: ERROR_WRITE_PROTECT = 19,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EROFS = 30,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EROFS = 30,
            haiku: EROFS = -2147459064,
            hurd: EROFS = 0x4000001e,
            wasi | emscripten: EROFS = 69,
            kind: ReadOnlyFilesystem,
            message: "Read-only file system",
            description: "A change was attempted on a file system mounted read-only.",
        },
        /// The process cannot access the file because it is being used by another process (`ERROR_SHARING_VIOLATION`).
        SharingViolation {
            windows: ERROR_SHARING_VIOLATION = 32,
            kind: Other,
            message: "The process cannot access the file because it is being used by another process",
            description: "Another open handle to the file has a sharing mode that forbids the access requested now, such as a writer that did not allow FILE_SHARE_READ. Windows-only: Unix opens do not lock files. Close the other handle, open with a compatible share mode, or retry later.",
        },
        /// The process cannot access the file because another process has locked a portion of the file (`ERROR_LOCK_VIOLATION`).
        LockViolation {
            windows: ERROR_LOCK_VIOLATION = 33,
            kind: Other,
            message: "The process cannot access the file because another process has locked a portion of the file",
            description: "A read or write touched a byte range that another handle holds locked with LockFile or LockFileEx. Windows-only: Unix record locks are advisory and do not make I/O fail. Wait for the lock to be released or access another range.",
        },
        /// Operation not supported (`ERROR_NOT_SUPPORTED`, `ENOTSUP`).
        NotSupported {
            windows: ERROR_NOT_SUPPORTED = 50,
            linux | linux_powerpc: ENOTSUP = 95 => OperationNotSupported,
            linux_alpha | linux_sparc | freebsd: ENOTSUP = 45 => OperationNotSupported,
            linux_mips: ENOTSUP = 122 => OperationNotSupported,
            linux_parisc: ENOTSUP = 223 => OperationNotSupported,
            macos: ENOTSUP = 45,
            netbsd: ENOTSUP = 86,
            openbsd: ENOTSUP = 91,
            dragonfly: ENOTSUP = 45 => OperationNotSupported,
            illumos: ENOTSUP = 48,
            aix: ENOTSUP = 124,
            haiku: ENOTSUP = -2147454920,
            redox: ENOTSUP = 95 => OperationNotSupported,
            hurd: ENOTSUP = 0x40000076,
            cygwin: ENOTSUP = 134,
            wasi: ENOTSUP = 58 => OperationNotSupported,
            emscripten: ENOTSUP = 138 => OperationNotSupported,
            kind: Unsupported,
            message: "Operation not supported",
            description: "The operation or the value asked for is not supported (the POSIX ENOTSUP; Windows' ERROR_NOT_SUPPORTED). It has its own number on Windows, macOS, NetBSD, OpenBSD, illumos, AIX, Haiku, the Hurd and Cygwin; on Linux, FreeBSD, DragonFly, Redox, WASI and Emscripten it equals EOPNOTSUPP and decodes to OperationNotSupported.",
        },
        /// File exists (`ERROR_FILE_EXISTS`, `EEXIST`).
        AlreadyExists {
            windows: ERROR_FILE_EXISTS = 80 | ERROR_ALREADY_EXISTS = 183,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EEXIST = 17,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EEXIST = 17,
            haiku: EEXIST = -2147459070,
            hurd: EEXIST = 0x40000011,
            wasi | emscripten: EEXIST = 20,
            kind: AlreadyExists,
            message: "File exists",
            description: "The file or object to be created exists already. Windows says ERROR_FILE_EXISTS (80) when creating a file and ERROR_ALREADY_EXISTS (183) for directories, renames and named objects.",
        },
        /// The parameter is incorrect (`WSA_INVALID_PARAMETER`).
        InvalidParameter {
            windows: WSA_INVALID_PARAMETER = 87 | ERROR_INVALID_PARAMETER,
            kind: InvalidInput,
            message: "The parameter is incorrect",
            description: "A Win32 call, or a Winsock call that forwards to one, rejected one of its parameters: a flag, length, pointer or value out of range. Winsock gives the same number the name WSA_INVALID_PARAMETER. The Unix counterpart is EINVAL, whose row (InvalidArgument) carries Winsock's WSAEINVAL on Windows; both rows have the kind InvalidInput.",
        },
        /// Broken pipe (`ERROR_BROKEN_PIPE`, `EPIPE`).
        BrokenPipe {
            windows: ERROR_BROKEN_PIPE = 109 | ERROR_BAD_PIPE = 230 | ERROR_NO_DATA = 232 | ERROR_PIPE_NOT_CONNECTED = 233,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EPIPE = 32,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EPIPE = 32,
            haiku: EPIPE = -2147459059,
            hurd: EPIPE = 0x40000020,
            wasi | emscripten: EPIPE = 64,
            kind: BrokenPipe,
            message: "Broken pipe",
            description: "A write went to a pipe or socket whose reading side is closed. Unix also raises SIGPIPE unless it is ignored or suppressed (MSG_NOSIGNAL, SO_NOSIGPIPE). On Windows the pipe codes say the same: ERROR_BROKEN_PIPE (109, the other end closed; a read sees it as end of file), ERROR_NO_DATA (232, the pipe is closing) and ERROR_PIPE_NOT_CONNECTED (233).",
        },
        /// No space left on device (`ERROR_DISK_FULL`, `ENOSPC`).
        StorageFull {
            windows: ERROR_DISK_FULL = 112 | ERROR_HANDLE_DISK_FULL = 39 | ERROR_CANNOT_MAKE = 82 | ERROR_EA_TABLE_FULL = 277 | ERROR_END_OF_MEDIA = 1100,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENOSPC = 28,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENOSPC = 28,
            haiku: ENOSPC = -2147459065,
            hurd: ENOSPC = 0x4000001c,
            wasi | emscripten: ENOSPC = 51,
            kind: StorageFull,
            message: "No space left on device",
            description: "The device has no free space (or no free inodes) left. Windows reports ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39), and a full directory table or medium in the other codes listed here.",
        },
        /// Function not implemented (`ERROR_CALL_NOT_IMPLEMENTED`, `ENOSYS`).
        FunctionNotImplemented {
            windows: ERROR_CALL_NOT_IMPLEMENTED = 120,
            linux | linux_powerpc: ENOSYS = 38,
            linux_alpha | macos | freebsd: ENOSYS = 78,
            linux_mips: ENOSYS = 89,
            linux_parisc: ENOSYS = 251,
            linux_sparc: ENOSYS = 90,
            netbsd | openbsd | dragonfly: ENOSYS = 78,
            illumos: ENOSYS = 89,
            aix: ENOSYS = 109,
            haiku: ENOSYS = -2147454967,
            redox: ENOSYS = 38,
            hurd: ENOSYS = 0x4000004e,
            cygwin: ENOSYS = 88,
            wasi | emscripten: ENOSYS = 52,
            kind: Unsupported,
            message: "Function not implemented",
            description: "The kernel does not implement the system call, or not for this kind of object.",
        },
        /// The filename, directory name, or volume label syntax is incorrect (`ERROR_INVALID_NAME`).
        InvalidName {
            windows: ERROR_INVALID_NAME = 123 | ERROR_BAD_PATHNAME = 161,
            kind: InvalidFilename,
            message: "The filename, directory name, or volume label syntax is incorrect",
            description: "The path cannot be a Windows path at all: it holds a reserved character such as `<`, `>`, `:`, `\"`, `|`, `?` or `*`, or a malformed drive or device part. ERROR_BAD_PATHNAME (161) is reported for paths that are malformed in a similar way. Windows-only; fix the name rather than looking for the file.",
        },
        /// No child processes (`ERROR_WAIT_NO_CHILDREN`, `ECHILD`).
        NoChildProcesses {
            windows: ERROR_WAIT_NO_CHILDREN = 128,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ECHILD = 10,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ECHILD = 10,
            haiku: ECHILD = -2147454974,
            hurd: ECHILD = 0x4000000a,
            wasi | emscripten: ECHILD = 12,
            kind: Other,
            message: "No child processes",
            description: "The process has no child that matches the wait request.",
        },
        /// Illegal seek (`ERROR_SEEK_ON_DEVICE`, `ESPIPE`).
        NotSeekable {
            windows: ERROR_SEEK_ON_DEVICE = 132,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ESPIPE = 29,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ESPIPE = 29,
            haiku: ESPIPE = -2147454964,
            hurd: ESPIPE = 0x4000001d,
            wasi | emscripten: ESPIPE = 70,
            kind: NotSeekable,
            message: "Illegal seek",
            description: "A seek was attempted on a pipe, FIFO or socket.",
        },
        /// Device or resource busy (`ERROR_BUSY`, `EBUSY`).
        ResourceBusy {
            windows: ERROR_BUSY = 170,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EBUSY = 16,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EBUSY = 16,
            haiku: EBUSY = -2147483634,
            hurd: EBUSY = 0x40000010,
            wasi | emscripten: EBUSY = 10,
            kind: ResourceBusy,
            message: "Device or resource busy",
            description: "The device or resource is in use and cannot be taken or released now, as when unmounting a file system with open files.",
        },
        /// Exec format error (`ERROR_BAD_EXE_FORMAT`, `ENOEXEC`).
        ExecFormatError {
            windows: ERROR_BAD_EXE_FORMAT = 193 | ERROR_BAD_FORMAT = 11 | ERROR_INVALID_STARTING_CODESEG = 188 | ERROR_INVALID_STACKSEG = 189 | ERROR_INVALID_MODULETYPE = 190 | ERROR_INVALID_EXE_SIGNATURE = 191 | ERROR_EXE_MARKED_INVALID = 192 | ERROR_ITERATED_DATA_EXCEEDS_64k = 194 | ERROR_INVALID_MINALLOCSIZE = 195 | ERROR_DYNLINK_FROM_INVALID_RING = 196 | ERROR_IOPL_NOT_ENABLED = 197 | ERROR_INVALID_SEGDPL = 198 | ERROR_AUTODATASEG_EXCEEDS_64k = 199 | ERROR_RING2SEG_MUST_BE_MOVABLE = 200 | ERROR_RELOC_CHAIN_XEEDS_SEGLIM = 201 | ERROR_INFLOOP_IN_RELOC_CHAIN = 202,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENOEXEC = 8,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENOEXEC = 8,
            haiku: ENOEXEC = -2147478782,
            hurd: ENOEXEC = 0x40000008,
            wasi | emscripten: ENOEXEC = 45,
            kind: Other,
            message: "Exec format error",
            description: "exec (CreateProcess or LoadLibrary on Windows) was given a file that is not in an executable format the system recognises. Windows' ERROR_BAD_EXE_FORMAT (193), ERROR_BAD_FORMAT (11) and the old segmented-executable codes 188-202 decode to this row.",
        },
        /// Argument list too long (`ERROR_META_EXPANSION_TOO_LONG`, `E2BIG`).
        ArgumentListTooLong {
            windows: ERROR_META_EXPANSION_TOO_LONG = 208,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: E2BIG = 7,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: E2BIG = 7,
            haiku: E2BIG = -2147454975,
            hurd: E2BIG = 0x40000007,
            wasi | emscripten: E2BIG = 1,
            kind: ArgumentListTooLong,
            message: "Argument list too long",
            description: "The arguments and environment passed to exec together exceed the system's limit.",
        },
        /// File too large (`ERROR_FILE_TOO_LARGE`, `EFBIG`).
        FileTooLarge {
            windows: ERROR_FILE_TOO_LARGE = 223,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EFBIG = 27,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EFBIG = 27,
            haiku: EFBIG = -2147454972,
            hurd: EFBIG = 0x4000001b,
            wasi | emscripten: EFBIG = 22,
            kind: FileTooLarge,
            message: "File too large",
            description: "The file would grow past the largest size the file system or the process limit allows.",
        },
        /// All pipe instances are busy (`ERROR_PIPE_BUSY`).
        PipeBusy {
            windows: ERROR_PIPE_BUSY = 231,
            kind: Other,
            message: "All pipe instances are busy",
            description: "Every instance of the named pipe is connected to a client already. Wait with WaitNamedPipe and open it again, or have the server create more instances.",
        },
        /// Not a directory (`ERROR_DIRECTORY`, `ENOTDIR`).
        NotADirectory {
            windows: ERROR_DIRECTORY = 267,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENOTDIR = 20,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENOTDIR = 20,
            haiku: ENOTDIR = -2147459067,
            hurd: ENOTDIR = 0x40000014,
            wasi | emscripten: ENOTDIR = 54,
            kind: NotADirectory,
            message: "Not a directory",
            description: "A path component that has to be a directory is something else.",
        },
        /// Is a directory (`ERROR_DIRECTORY_NOT_SUPPORTED`, `EISDIR`).
        IsADirectory {
            windows: ERROR_DIRECTORY_NOT_SUPPORTED = 336,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EISDIR = 21,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EISDIR = 21,
            haiku: EISDIR = -2147459063,
            hurd: EISDIR = 0x40000015,
            wasi | emscripten: EISDIR = 31,
            kind: IsADirectory,
            message: "Is a directory",
            description: "The target is a directory where a non-directory is required, e.g. when opening it for writing.",
        },
        /// Operation canceled (`WSA_OPERATION_ABORTED`, `ECANCELED`).
        OperationCanceled {
            windows: WSA_OPERATION_ABORTED = 995 | ERROR_OPERATION_ABORTED,
            linux | linux_powerpc: ECANCELED = 125,
            linux_alpha: ECANCELED = 131,
            linux_mips: ECANCELED = 158,
            linux_parisc: ECANCELED = 253 | ECANCELLED,
            linux_sparc: ECANCELED = 127,
            macos: ECANCELED = 89,
            freebsd: ECANCELED = 85,
            netbsd: ECANCELED = 87,
            openbsd: ECANCELED = 88,
            dragonfly: ECANCELED = 85,
            illumos: ECANCELED = 47,
            aix: ECANCELED = 117,
            haiku: ECANCELED = -2147454929,
            redox: ECANCELED = 125,
            hurd: ECANCELED = 0x40000077,
            cygwin: ECANCELED = 140,
            wasi | emscripten: ECANCELED = 11,
            kind: Other,
            message: "Operation canceled",
            description: "A pending operation was cancelled before it finished. Overlapped socket I/O on Windows ends this way when the socket is closed or its I/O is cancelled (CancelIoEx, SIO_FLUSH); on Unix ECANCELED reports a cancelled asynchronous request.",
        },
        /// Overlapped I/O event object not in signaled state (`WSA_IO_INCOMPLETE`).
        IoIncomplete {
            windows: WSA_IO_INCOMPLETE = 996 | ERROR_IO_INCOMPLETE,
            kind: Other,
            message: "Overlapped I/O event object not in signaled state",
            description: "The result of an overlapped operation was polled before the operation had finished. Keep waiting on its event or completion port, or let WSAGetOverlappedResult wait for it.",
        },
        /// Overlapped operations will complete later (`WSA_IO_PENDING`).
        IoPending {
            windows: WSA_IO_PENDING = 997 | ERROR_IO_PENDING,
            kind: Other,
            message: "Overlapped operations will complete later",
            description: "Not a failure: an overlapped operation was queued and will finish asynchronously. Wait for its completion notification (event, completion routine or I/O completion port) before using the result.",
        },
        /// Invalid or incomplete multibyte or wide character (`ERROR_NO_UNICODE_TRANSLATION`, `EILSEQ`).
        IllegalByteSequence {
            windows: ERROR_NO_UNICODE_TRANSLATION = 1113,
            linux | linux_powerpc: EILSEQ = 84,
            linux_alpha: EILSEQ = 116,
            linux_mips: EILSEQ = 88,
            linux_parisc: EILSEQ = 47,
            linux_sparc: EILSEQ = 122,
            macos: EILSEQ = 92,
            freebsd: EILSEQ = 86,
            netbsd: EILSEQ = 85,
            openbsd | redox: EILSEQ = 84,
            dragonfly: EILSEQ = 86,
            illumos: EILSEQ = 88,
            aix: EILSEQ = 116,
            haiku: EILSEQ = -2147454938,
            hurd: EILSEQ = 0x4000006a,
            cygwin: EILSEQ = 138,
            wasi | emscripten: EILSEQ = 25,
            kind: Other,
            message: "Invalid or incomplete multibyte or wide character",
            description: "A byte sequence is not valid in the character encoding in use.",
        },
        /// Input/output error (`ERROR_IO_DEVICE`, `EIO`).
        IoError {
            windows: ERROR_IO_DEVICE = 1117 | ERROR_CRC = 23 | ERROR_SEEK = 25 | ERROR_SECTOR_NOT_FOUND = 27 | ERROR_WRITE_FAULT = 29 | ERROR_READ_FAULT = 30 | ERROR_GEN_FAILURE = 31 | ERROR_OPEN_FAILED = 110 | ERROR_FILEMARK_DETECTED = 1101 | ERROR_BEGINNING_OF_MEDIA = 1102 | ERROR_SETMARK_DETECTED = 1103 | ERROR_NO_DATA_DETECTED = 1104 | ERROR_INVALID_BLOCK_LENGTH = 1106 | ERROR_BUS_RESET = 1111 | ERROR_EOM_OVERFLOW = 1129 | ERROR_DEVICE_REQUIRES_CLEANING = 1165 | ERROR_DEVICE_DOOR_OPEN = 1166 | ERROR_DISK_CORRUPT = 1393,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EIO = 5,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EIO = 5,
            haiku: EIO = -2147483647,
            hurd: EIO = 0x40000005,
            wasi | emscripten: EIO = 29,
            kind: Other,
            message: "Input/output error",
            description: "A low-level input/output failure, often a hardware, medium or network file system fault. On Windows ERROR_IO_DEVICE (1117) and the device and medium failures listed here (CRC errors, unreadable sectors, tape marks, an open drive door) decode to this row.",
        },
        /// Resource deadlock avoided (`ERROR_POSSIBLE_DEADLOCK`, `EDEADLK`).
        Deadlock {
            windows: ERROR_POSSIBLE_DEADLOCK = 1131,
            linux: EDEADLK = 35 | EDEADLOCK,
            linux_alpha: EDEADLK = 11 | EDEADLOCK,
            linux_mips: EDEADLK = 45 | EDEADLOCK = 56,
            linux_parisc: EDEADLK = 45 | EDEADLOCK,
            linux_powerpc: EDEADLK = 35 | EDEADLOCK = 58,
            linux_sparc: EDEADLK = 78 | EDEADLOCK = 108,
            macos | freebsd: EDEADLK = 11,
            netbsd | openbsd | dragonfly: EDEADLK = 11,
            illumos | cygwin: EDEADLK = 45 | EDEADLOCK = 56,
            aix: EDEADLK = 45,
            haiku: EDEADLK = -2147454973,
            redox: EDEADLK = 35 | EDEADLOCK = 58,
            hurd: EDEADLK = 0x4000000b,
            wasi: EDEADLK = 16,
            emscripten: EDEADLK = 16 | EDEADLOCK,
            kind: Deadlock,
            message: "Resource deadlock avoided",
            description: "Granting the lock would deadlock, so the system refused. EDEADLOCK names the same code on most platforms but has a number of its own on mips, powerpc and sparc Linux, illumos, Redox and Cygwin.",
        },
        /// Too many links (`ERROR_TOO_MANY_LINKS`, `EMLINK`).
        TooManyLinks {
            windows: ERROR_TOO_MANY_LINKS = 1142,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EMLINK = 31,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EMLINK = 31,
            haiku: EMLINK = -2147454971,
            hurd: EMLINK = 0x4000001f,
            wasi | emscripten: EMLINK = 34,
            kind: TooManyLinks,
            message: "Too many links",
            description: "The file already has the largest number of hard links allowed.",
        },
        /// Operation not permitted (`ERROR_PRIVILEGE_NOT_HELD`, `EPERM`).
        OperationNotPermitted {
            windows: ERROR_PRIVILEGE_NOT_HELD = 1314,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EPERM = 1,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EPERM = 1,
            haiku: EPERM = -2147483633,
            hurd: EPERM = 0x40000001,
            wasi | emscripten: EPERM = 63,
            kind: PermissionDenied,
            message: "Operation not permitted",
            description: "The caller lacks the privilege the operation needs, or the operation is forbidden for this object whatever the file modes say, e.g. signalling another user's process or changing a file's owner.",
        },
        /// Interrupted system call (`WSAEINTR`, `EINTR`).
        Interrupted {
            windows: WSAEINTR = 10004,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EINTR = 4,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EINTR = 4,
            haiku: EINTR = -2147483638,
            hurd: EINTR = 0x40000004,
            wasi | emscripten: EINTR = 27,
            kind: Interrupted,
            message: "Interrupted system call",
            description: "A blocking call was interrupted before it completed: by a signal on Unix, or on Windows by WSACancelBlockingCall in old Winsock 1.1 blocking hooks. Retrying the call is normally right.",
        },
        /// Bad file descriptor (`WSAEBADF`, `EBADF`).
        BadFileDescriptor {
            windows: WSAEBADF = 10009 | ERROR_INVALID_TARGET_HANDLE = 114 | ERROR_DIRECT_ACCESS_HANDLE = 130,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EBADF = 9,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EBADF = 9,
            haiku: EBADF = -2147459072,
            hurd: EBADF = 0x40000009,
            wasi | emscripten: EBADF = 8,
            kind: Other,
            message: "Bad file descriptor",
            description: "The descriptor or handle given to the call is not open, or not open for the access requested. Look for use after close or a handle of the wrong kind.",
        },
        /// Permission denied (`WSAEACCES`, `EACCES`).
        PermissionDenied {
            windows: WSAEACCES = 10013 | ERROR_ACCESS_DENIED = 5 | ERROR_CURRENT_DIRECTORY = 16 | ERROR_NETWORK_ACCESS_DENIED = 65 | ERROR_ELEVATION_REQUIRED = 740 | ERROR_CANT_ACCESS_FILE = 1920,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EACCES = 13,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EACCES = 13,
            haiku: EACCES = -2147483646,
            hurd: EACCES = 0x4000000d,
            wasi | emscripten: EACCES = 2,
            kind: PermissionDenied,
            message: "Permission denied",
            description: "Permissions forbid the access. With sockets the usual causes are sending to a broadcast address without enabling SO_BROADCAST, binding a port below 1024 without privileges (Unix), or binding an address another socket holds with SO_EXCLUSIVEADDRUSE (Windows). Windows file calls report ERROR_ACCESS_DENIED (5), which also covers deleting a file that is still open or writing a read-only file.",
        },
        /// Bad address (`WSAEFAULT`, `EFAULT`).
        BadAddress {
            windows: WSAEFAULT = 10014 | ERROR_BUFFER_OVERFLOW = 111 | ERROR_NOACCESS = 998,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EFAULT = 14,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EFAULT = 14,
            haiku: EFAULT = -2147478783,
            hurd: EFAULT = 0x4000000e,
            wasi | emscripten: EFAULT = 21,
            kind: Other,
            message: "Bad address",
            description: "A pointer argument lies outside memory the caller may use, or a buffer or length argument (such as a sockaddr length) is too small for the call. This points at a bug in the calling program.",
        },
        /// Invalid argument (`WSAEINVAL`, `EINVAL`).
        InvalidArgument {
            windows: WSAEINVAL = 10022 | ERROR_INVALID_ACCESS = 12 | ERROR_INVALID_DATA = 13 | ERROR_INSUFFICIENT_BUFFER = 122 | ERROR_NEGATIVE_SEEK = 131 | ERROR_INVALID_FLAGS = 1004 | ERROR_SYMLINK_NOT_SUPPORTED = 1464 | ERROR_INVALID_REPARSE_DATA = 4392,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EINVAL = 22,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EINVAL = 22,
            haiku: EINVAL = -2147483643,
            hurd: EINVAL = 0x40000016,
            wasi | emscripten: EINVAL = 28,
            kind: InvalidInput,
            message: "Invalid argument",
            description: "An argument is invalid, or the call does not suit the object's current state, for example an unknown option level passed to setsockopt, or accept called before listen.",
        },
        /// Too many open files (`WSAEMFILE`, `EMFILE`).
        TooManyOpenFiles {
            windows: WSAEMFILE = 10024 | ERROR_TOO_MANY_OPEN_FILES = 4,
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EMFILE = 24,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EMFILE = 24,
            haiku: EMFILE = -2147459062,
            hurd: EMFILE = 0x40000018,
            wasi | emscripten: EMFILE = 33,
            kind: Other,
            message: "Too many open files",
            description: "The process has used up its allowance of descriptors or socket handles. Close what is no longer needed (a leak is the common cause) or raise the per-process limit.",
        },
        /// Resource temporarily unavailable (`WSAEWOULDBLOCK`, `EAGAIN`).
        WouldBlock {
            windows: WSAEWOULDBLOCK = 10035,
            linux | linux_mips | linux_parisc | linux_powerpc | linux_sparc: EAGAIN = 11 | EWOULDBLOCK,
            linux_alpha | macos | freebsd: EAGAIN = 35 | EWOULDBLOCK,
            netbsd | openbsd | dragonfly: EAGAIN = 35 | EWOULDBLOCK,
            illumos | aix | cygwin: EAGAIN = 11 | EWOULDBLOCK,
            haiku: EAGAIN = -2147483637 | EWOULDBLOCK,
            redox: EAGAIN = 11 | EWOULDBLOCK = 41,
            hurd: EAGAIN = 0x40000023 | EWOULDBLOCK,
            wasi | emscripten: EAGAIN = 6 | EWOULDBLOCK,
            kind: WouldBlock,
            message: "Resource temporarily unavailable",
            description: "A non-blocking operation cannot finish right now, e.g. recv with nothing queued or send with full buffers. It is not a failure: wait for readiness (select, poll, epoll, kqueue) and try again. Windows also reports it for a non-blocking connect that is still being set up.",
        },
        /// Operation now in progress (`WSAEINPROGRESS`, `EINPROGRESS`).
        InProgress {
            windows: WSAEINPROGRESS = 10036,
            linux | linux_powerpc: EINPROGRESS = 115,
            linux_alpha | linux_sparc | macos | freebsd: EINPROGRESS = 36,
            linux_mips: EINPROGRESS = 150,
            linux_parisc: EINPROGRESS = 245,
            netbsd | openbsd | dragonfly: EINPROGRESS = 36,
            illumos: EINPROGRESS = 150,
            aix: EINPROGRESS = 55,
            haiku: EINPROGRESS = -2147454940,
            redox: EINPROGRESS = 115,
            hurd: EINPROGRESS = 0x40000024,
            cygwin: EINPROGRESS = 119,
            wasi | emscripten: EINPROGRESS = 26,
            kind: Other,
            message: "Operation now in progress",
            description: "On Unix a non-blocking connect has started and finishes later; wait until the socket is writable, then read SO_ERROR. On Windows the code means something else: another blocking Winsock call is already running in this thread, which Winsock 1.1 does not allow.",
        },
        /// Operation already in progress (`WSAEALREADY`, `EALREADY`).
        AlreadyInProgress {
            windows: WSAEALREADY = 10037,
            linux | linux_powerpc: EALREADY = 114,
            linux_alpha | linux_sparc | macos | freebsd: EALREADY = 37,
            linux_mips: EALREADY = 149,
            linux_parisc: EALREADY = 244,
            netbsd | openbsd | dragonfly: EALREADY = 37,
            illumos: EALREADY = 149,
            aix: EALREADY = 56,
            haiku: EALREADY = -2147454939,
            redox: EALREADY = 114,
            hurd: EALREADY = 0x40000025,
            cygwin: EALREADY = 120,
            wasi | emscripten: EALREADY = 7,
            kind: Other,
            message: "Operation already in progress",
            description: "An operation is already under way on this non-blocking object, such as a second connect while the first is pending, or cancelling an asynchronous lookup that already ended.",
        },
        /// Socket operation on non-socket (`WSAENOTSOCK`, `ENOTSOCK`).
        NotASocket {
            windows: WSAENOTSOCK = 10038,
            linux | linux_powerpc: ENOTSOCK = 88,
            linux_alpha | linux_sparc | macos | freebsd: ENOTSOCK = 38,
            linux_mips: ENOTSOCK = 95,
            linux_parisc: ENOTSOCK = 216,
            netbsd | openbsd | dragonfly: ENOTSOCK = 38,
            illumos: ENOTSOCK = 95,
            aix | wasi | emscripten: ENOTSOCK = 57,
            haiku: ENOTSOCK = -2147454932,
            redox: ENOTSOCK = 88,
            hurd: ENOTSOCK = 0x40000026,
            cygwin: ENOTSOCK = 108,
            kind: Other,
            message: "Socket operation on non-socket",
            description: "A socket call got a descriptor that refers to something else: a closed or never-valid socket, a file descriptor, or a bad entry in an fd_set passed to select.",
        },
        /// Destination address required (`WSAEDESTADDRREQ`, `EDESTADDRREQ`).
        DestinationAddressRequired {
            windows: WSAEDESTADDRREQ = 10039,
            linux | linux_powerpc: EDESTADDRREQ = 89,
            linux_alpha | linux_sparc | macos | freebsd: EDESTADDRREQ = 39,
            linux_mips: EDESTADDRREQ = 96,
            linux_parisc: EDESTADDRREQ = 217,
            netbsd | openbsd | dragonfly: EDESTADDRREQ = 39,
            illumos: EDESTADDRREQ = 96,
            aix: EDESTADDRREQ = 58 | EDESTADDREQ,
            haiku: EDESTADDRREQ = -2147454928,
            redox: EDESTADDRREQ = 89,
            hurd: EDESTADDRREQ = 0x40000027,
            cygwin: EDESTADDRREQ = 121,
            wasi | emscripten: EDESTADDRREQ = 17,
            kind: Other,
            message: "Destination address required",
            description: "A send on an unconnected socket carried no usable destination (Windows also counts the wildcard address ADDR_ANY). Give an address to sendto or connect the socket first.",
        },
        /// Message too long (`WSAEMSGSIZE`, `EMSGSIZE`).
        MessageTooLong {
            windows: WSAEMSGSIZE = 10040,
            linux | linux_powerpc: EMSGSIZE = 90,
            linux_alpha | linux_sparc | macos | freebsd: EMSGSIZE = 40,
            linux_mips: EMSGSIZE = 97,
            linux_parisc: EMSGSIZE = 218,
            netbsd | openbsd | dragonfly: EMSGSIZE = 40,
            illumos: EMSGSIZE = 97,
            aix: EMSGSIZE = 59,
            haiku: EMSGSIZE = -2147454934,
            redox: EMSGSIZE = 90,
            hurd: EMSGSIZE = 0x40000028,
            cygwin: EMSGSIZE = 122,
            wasi | emscripten: EMSGSIZE = 35,
            kind: Other,
            message: "Message too long",
            description: "A datagram exceeded the protocol's or the buffer's size limit, or the receive buffer could not hold the arriving datagram, which is then cut short. Send smaller messages or receive into a bigger buffer.",
        },
        /// Protocol wrong type for socket (`WSAEPROTOTYPE`, `EPROTOTYPE`).
        WrongProtocolType {
            windows: WSAEPROTOTYPE = 10041,
            linux | linux_powerpc: EPROTOTYPE = 91,
            linux_alpha | linux_sparc | macos | freebsd: EPROTOTYPE = 41,
            linux_mips: EPROTOTYPE = 98,
            linux_parisc: EPROTOTYPE = 219,
            netbsd | openbsd | dragonfly: EPROTOTYPE = 41,
            illumos: EPROTOTYPE = 98,
            aix: EPROTOTYPE = 60,
            haiku: EPROTOTYPE = -2147454958,
            redox: EPROTOTYPE = 91,
            hurd: EPROTOTYPE = 0x40000029,
            cygwin: EPROTOTYPE = 107,
            wasi | emscripten: EPROTOTYPE = 67,
            kind: Other,
            message: "Protocol wrong type for socket",
            description: "The protocol passed to socket() cannot work with the requested socket type, as with UDP on a SOCK_STREAM socket.",
        },
        /// Protocol not available (`WSAENOPROTOOPT`, `ENOPROTOOPT`).
        BadProtocolOption {
            windows: WSAENOPROTOOPT = 10042,
            linux | linux_powerpc: ENOPROTOOPT = 92,
            linux_alpha | linux_sparc | macos | freebsd: ENOPROTOOPT = 42,
            linux_mips: ENOPROTOOPT = 99,
            linux_parisc: ENOPROTOOPT = 220,
            netbsd | openbsd | dragonfly: ENOPROTOOPT = 42,
            illumos: ENOPROTOOPT = 99,
            aix: ENOPROTOOPT = 61,
            haiku: ENOPROTOOPT = -2147454942,
            redox: ENOPROTOOPT = 92,
            hurd: ENOPROTOOPT = 0x4000002a,
            cygwin: ENOPROTOOPT = 109,
            wasi | emscripten: ENOPROTOOPT = 50,
            kind: Other,
            message: "Protocol not available",
            description: "getsockopt or setsockopt named an option or level that the protocol does not know or does not support.",
        },
        /// Protocol not supported (`WSAEPROTONOSUPPORT`, `EPROTONOSUPPORT`).
        ProtocolNotSupported {
            windows: WSAEPROTONOSUPPORT = 10043,
            linux | linux_powerpc: EPROTONOSUPPORT = 93,
            linux_alpha | linux_sparc | macos | freebsd: EPROTONOSUPPORT = 43,
            linux_mips: EPROTONOSUPPORT = 120,
            linux_parisc: EPROTONOSUPPORT = 221,
            netbsd | openbsd | dragonfly: EPROTONOSUPPORT = 43,
            illumos: EPROTONOSUPPORT = 120,
            aix: EPROTONOSUPPORT = 62,
            haiku: EPROTONOSUPPORT = -2147454957,
            redox: EPROTONOSUPPORT = 93,
            hurd: EPROTONOSUPPORT = 0x4000002b,
            cygwin: EPROTONOSUPPORT = 123,
            wasi | emscripten: EPROTONOSUPPORT = 66,
            kind: Other,
            message: "Protocol not supported",
            description: "The protocol asked for is not available on this system, or not for this socket type, such as a stream protocol with SOCK_DGRAM.",
        },
        /// Socket type not supported (`WSAESOCKTNOSUPPORT`, `ESOCKTNOSUPPORT`).
        SocketTypeNotSupported {
            windows: WSAESOCKTNOSUPPORT = 10044,
            linux | linux_powerpc: ESOCKTNOSUPPORT = 94,
            linux_alpha | linux_sparc | macos | freebsd: ESOCKTNOSUPPORT = 44,
            linux_mips: ESOCKTNOSUPPORT = 121,
            linux_parisc: ESOCKTNOSUPPORT = 222,
            netbsd | openbsd | dragonfly: ESOCKTNOSUPPORT = 44,
            illumos: ESOCKTNOSUPPORT = 121,
            aix: ESOCKTNOSUPPORT = 63,
            haiku: ESOCKTNOSUPPORT = -2147454913,
            redox: ESOCKTNOSUPPORT = 94,
            hurd: ESOCKTNOSUPPORT = 0x4000002c,
            cygwin: ESOCKTNOSUPPORT = 124,
            emscripten: ESOCKTNOSUPPORT = 137,
            kind: Other,
            message: "Socket type not supported",
            description: "The address family has no support for the requested socket type, for instance SOCK_RAW where raw sockets are not provided.",
        },
        /// Operation not supported (`WSAEOPNOTSUPP`, `EOPNOTSUPP`).
        OperationNotSupported {
            windows: WSAEOPNOTSUPP = 10045,
            linux | linux_powerpc: EOPNOTSUPP = 95,
            linux_alpha | linux_sparc | freebsd: EOPNOTSUPP = 45,
            linux_mips: EOPNOTSUPP = 122,
            linux_parisc: EOPNOTSUPP = 223,
            macos: EOPNOTSUPP = 102,
            netbsd | openbsd | dragonfly: EOPNOTSUPP = 45,
            illumos: EOPNOTSUPP = 122,
            aix: EOPNOTSUPP = 64,
            haiku: EOPNOTSUPP = -2147454933,
            redox | cygwin: EOPNOTSUPP = 95,
            hurd: EOPNOTSUPP = 0x4000002d,
            wasi: EOPNOTSUPP = 58,
            emscripten: EOPNOTSUPP = 138,
            kind: Unsupported,
            message: "Operation not supported",
            description: "The object does not support the operation, e.g. listen or accept on a datagram socket, or a flag the protocol lacks. Where ENOTSUP has the same number (Linux, FreeBSD, DragonFly, Redox, WASI, Emscripten) that number decodes to this row; elsewhere the two are numbered apart (see NotSupported).",
        },
        /// Protocol family not supported (`WSAEPFNOSUPPORT`, `EPFNOSUPPORT`).
        ProtocolFamilyNotSupported {
            windows: WSAEPFNOSUPPORT = 10046,
            linux | linux_powerpc: EPFNOSUPPORT = 96,
            linux_alpha | linux_sparc | macos | freebsd: EPFNOSUPPORT = 46,
            linux_mips: EPFNOSUPPORT = 123,
            linux_parisc: EPFNOSUPPORT = 224,
            netbsd | openbsd | dragonfly: EPFNOSUPPORT = 46,
            illumos: EPFNOSUPPORT = 123,
            aix: EPFNOSUPPORT = 65,
            haiku: EPFNOSUPPORT = -2147454956,
            redox | cygwin: EPFNOSUPPORT = 96,
            hurd: EPFNOSUPPORT = 0x4000002e,
            emscripten: EPFNOSUPPORT = 139,
            kind: Other,
            message: "Protocol family not supported",
            description: "The protocol family is not configured or not implemented. Most calls report the related AddressFamilyNotSupported instead.",
        },
        /// Address family not supported by protocol (`WSAEAFNOSUPPORT`, `EAFNOSUPPORT`).
        AddressFamilyNotSupported {
            windows: WSAEAFNOSUPPORT = 10047,
            linux | linux_powerpc: EAFNOSUPPORT = 97,
            linux_alpha | linux_sparc | macos | freebsd: EAFNOSUPPORT = 47,
            linux_mips: EAFNOSUPPORT = 124,
            linux_parisc: EAFNOSUPPORT = 225,
            netbsd | openbsd | dragonfly: EAFNOSUPPORT = 47,
            illumos: EAFNOSUPPORT = 124,
            aix: EAFNOSUPPORT = 66,
            haiku: EAFNOSUPPORT = -2147454955,
            redox: EAFNOSUPPORT = 97,
            hurd: EAFNOSUPPORT = 0x4000002f,
            cygwin: EAFNOSUPPORT = 106,
            wasi | emscripten: EAFNOSUPPORT = 5,
            kind: Other,
            message: "Address family not supported by protocol",
            description: "An address of a family the socket cannot use was passed (say an IPv6 address to bind, connect or sendto on an IPv4 socket), or the family is not available at all.",
        },
        /// Address already in use (`WSAEADDRINUSE`, `EADDRINUSE`).
        AddressInUse {
            windows: WSAEADDRINUSE = 10048 | ERROR_ADDRESS_ALREADY_ASSOCIATED = 1227,
            linux | linux_powerpc: EADDRINUSE = 98,
            linux_alpha | linux_sparc | macos | freebsd: EADDRINUSE = 48,
            linux_mips: EADDRINUSE = 125,
            linux_parisc: EADDRINUSE = 226,
            netbsd | openbsd | dragonfly: EADDRINUSE = 48,
            illumos: EADDRINUSE = 125,
            aix: EADDRINUSE = 67,
            haiku: EADDRINUSE = -2147454954,
            redox: EADDRINUSE = 98,
            hurd: EADDRINUSE = 0x40000030,
            cygwin: EADDRINUSE = 112,
            wasi | emscripten: EADDRINUSE = 3,
            kind: AddrInUse,
            message: "Address already in use",
            description: "The local address and port are taken by another socket, perhaps one still closing in TIME_WAIT; overlapped socket I/O on Windows reports ERROR_ADDRESS_ALREADY_ASSOCIATED (1227). Choose another port, stop the other listener, or use SO_REUSEADDR where that is safe. After a wildcard bind the error may show up only at listen or connect.",
        },
        /// Cannot assign requested address (`WSAEADDRNOTAVAIL`, `EADDRNOTAVAIL`).
        AddressNotAvailable {
            windows: WSAEADDRNOTAVAIL = 10049,
            linux | linux_powerpc: EADDRNOTAVAIL = 99,
            linux_alpha | linux_sparc | macos | freebsd: EADDRNOTAVAIL = 49,
            linux_mips: EADDRNOTAVAIL = 126,
            linux_parisc: EADDRNOTAVAIL = 227,
            netbsd | openbsd | dragonfly: EADDRNOTAVAIL = 49,
            illumos: EADDRNOTAVAIL = 126,
            aix: EADDRNOTAVAIL = 68,
            haiku: EADDRNOTAVAIL = -2147454953,
            redox: EADDRNOTAVAIL = 99,
            hurd: EADDRNOTAVAIL = 0x40000031,
            cygwin: EADDRNOTAVAIL = 125,
            wasi | emscripten: EADDRNOTAVAIL = 4,
            kind: AddrNotAvailable,
            message: "Cannot assign requested address",
            description: "The address cannot be used here: bind named an address no local interface has, or connect/sendto aimed at an unusable remote address or port such as port 0. Running out of ephemeral ports gives it too.",
        },
        /// Network is down (`WSAENETDOWN`, `ENETDOWN`).
        NetworkDown {
            windows: WSAENETDOWN = 10050,
            linux | linux_powerpc: ENETDOWN = 100,
            linux_alpha | linux_sparc | macos | freebsd: ENETDOWN = 50,
            linux_mips: ENETDOWN = 127,
            linux_parisc: ENETDOWN = 228,
            netbsd | openbsd | dragonfly: ENETDOWN = 50,
            illumos: ENETDOWN = 127,
            aix: ENETDOWN = 69,
            haiku: ENETDOWN = -2147454952,
            redox: ENETDOWN = 100,
            hurd: ENETDOWN = 0x40000032,
            cygwin: ENETDOWN = 115,
            wasi | emscripten: ENETDOWN = 38,
            kind: NetworkDown,
            message: "Network is down",
            description: "The local network stack, interface or network is not working. Check the adapter, its driver and the link.",
        },
        /// Network is unreachable (`WSAENETUNREACH`, `ENETUNREACH`).
        NetworkUnreachable {
            windows: WSAENETUNREACH = 10051 | ERROR_NETWORK_UNREACHABLE = 1231,
            linux | linux_powerpc: ENETUNREACH = 101,
            linux_alpha | linux_sparc | macos | freebsd: ENETUNREACH = 51,
            linux_mips: ENETUNREACH = 128,
            linux_parisc: ENETUNREACH = 229,
            netbsd | openbsd | dragonfly: ENETUNREACH = 51,
            illumos: ENETUNREACH = 128,
            aix: ENETUNREACH = 70,
            haiku: ENETUNREACH = -2147454951,
            redox: ENETUNREACH = 101,
            hurd: ENETUNREACH = 0x40000033,
            cygwin: ENETUNREACH = 114,
            wasi | emscripten: ENETUNREACH = 40,
            kind: NetworkUnreachable,
            message: "Network is unreachable",
            description: "There is no route to the destination network. Check the routing table and the default gateway.",
        },
        /// Network dropped connection on reset (`WSAENETRESET`, `ENETRESET`).
        NetworkReset {
            windows: WSAENETRESET = 10052,
            linux | linux_powerpc: ENETRESET = 102,
            linux_alpha | linux_sparc | macos | freebsd: ENETRESET = 52,
            linux_mips: ENETRESET = 129,
            linux_parisc: ENETRESET = 230,
            netbsd | openbsd | dragonfly: ENETRESET = 52,
            illumos: ENETRESET = 129,
            aix: ENETRESET = 71,
            haiku: ENETRESET = -2147454950,
            redox: ENETRESET = 102,
            hurd: ENETRESET = 0x40000034,
            cygwin: ENETRESET = 126,
            wasi | emscripten: ENETRESET = 39,
            kind: Other,
            message: "Network dropped connection on reset",
            description: "The network dropped the connection, typically because keep-alive probes found the peer gone while an operation was pending. Turning on SO_KEEPALIVE for an already broken connection can also return it.",
        },
        /// Software caused connection abort (`WSAECONNABORTED`, `ECONNABORTED`).
        ConnectionAborted {
            windows: WSAECONNABORTED = 10053 | ERROR_CONNECTION_ABORTED = 1236,
            linux | linux_powerpc: ECONNABORTED = 103,
            linux_alpha | linux_sparc | macos | freebsd: ECONNABORTED = 53,
            linux_mips: ECONNABORTED = 130,
            linux_parisc: ECONNABORTED = 231,
            netbsd | openbsd | dragonfly: ECONNABORTED = 53,
            illumos: ECONNABORTED = 130,
            aix: ECONNABORTED = 72,
            haiku: ECONNABORTED = -2147454949,
            redox: ECONNABORTED = 103,
            hurd: ECONNABORTED = 0x40000035,
            cygwin: ECONNABORTED = 113,
            wasi | emscripten: ECONNABORTED = 13,
            kind: ConnectionAborted,
            message: "Software caused connection abort",
            description: "The local system aborted an established connection, for example after data retransmissions timed out or on a protocol error; overlapped socket I/O on Windows reports ERROR_CONNECTION_ABORTED (1236). Reconnect; if it recurs, suspect the path or a local firewall.",
        },
        /// Connection reset by peer (`WSAECONNRESET`, `ECONNRESET`).
        ConnectionReset {
            windows: WSAECONNRESET = 10054 | ERROR_NETNAME_DELETED = 64,
            linux | linux_powerpc: ECONNRESET = 104,
            linux_alpha | linux_sparc | macos | freebsd: ECONNRESET = 54,
            linux_mips: ECONNRESET = 131,
            linux_parisc: ECONNRESET = 232,
            netbsd | openbsd | dragonfly: ECONNRESET = 54,
            illumos: ECONNRESET = 131,
            aix: ECONNRESET = 73,
            haiku: ECONNRESET = -2147454948,
            redox | cygwin: ECONNRESET = 104,
            hurd: ECONNRESET = 0x40000036,
            wasi | emscripten: ECONNRESET = 15,
            kind: ConnectionReset,
            message: "Connection reset by peer",
            description: "The peer dropped the connection abruptly with a reset: its program died, its host restarted, or it closed with a zero linger time. Overlapped (I/O completion port) socket I/O on Windows reports it as ERROR_NETNAME_DELETED (64). Treat the connection as lost and reconnect.",
        },
        /// No buffer space available (`WSAENOBUFS`, `ENOBUFS`).
        NoBufferSpace {
            windows: WSAENOBUFS = 10055,
            linux | linux_powerpc: ENOBUFS = 105,
            linux_alpha | linux_sparc | macos | freebsd: ENOBUFS = 55,
            linux_mips: ENOBUFS = 132,
            linux_parisc: ENOBUFS = 233,
            netbsd | openbsd | dragonfly: ENOBUFS = 55,
            illumos: ENOBUFS = 132,
            aix: ENOBUFS = 74,
            haiku: ENOBUFS = -2147454941,
            redox | cygwin: ENOBUFS = 105,
            hurd: ENOBUFS = 0x40000037,
            wasi | emscripten: ENOBUFS = 42,
            kind: Other,
            message: "No buffer space available",
            description: "The system lacked buffer space or a queue was full. It signals resource exhaustion on the host, such as too many sockets or too much unsent data; close unused sockets and try again later.",
        },
        /// Transport endpoint is already connected (`WSAEISCONN`, `EISCONN`).
        AlreadyConnected {
            windows: WSAEISCONN = 10056,
            linux | linux_powerpc: EISCONN = 106,
            linux_alpha | linux_sparc | macos | freebsd: EISCONN = 56,
            linux_mips: EISCONN = 133,
            linux_parisc: EISCONN = 234,
            netbsd | openbsd | dragonfly: EISCONN = 56,
            illumos: EISCONN = 133,
            aix: EISCONN = 75,
            haiku: EISCONN = -2147454947,
            redox: EISCONN = 106,
            hurd: EISCONN = 0x40000038,
            cygwin: EISCONN = 127,
            wasi | emscripten: EISCONN = 30,
            kind: Other,
            message: "Transport endpoint is already connected",
            description: "connect was called again on an already connected socket; some systems also return it when sendto names a destination on a connected socket.",
        },
        /// Transport endpoint is not connected (`WSAENOTCONN`, `ENOTCONN`).
        NotConnected {
            windows: WSAENOTCONN = 10057 | ERROR_NOT_CONNECTED = 2250,
            linux | linux_powerpc: ENOTCONN = 107,
            linux_alpha | linux_sparc | macos | freebsd: ENOTCONN = 57,
            linux_mips: ENOTCONN = 134,
            linux_parisc: ENOTCONN = 235,
            netbsd | openbsd | dragonfly: ENOTCONN = 57,
            illumos: ENOTCONN = 134,
            aix: ENOTCONN = 76,
            haiku: ENOTCONN = -2147454946,
            redox: ENOTCONN = 107,
            hurd: ENOTCONN = 0x40000039,
            cygwin: ENOTCONN = 128,
            wasi | emscripten: ENOTCONN = 53,
            kind: NotConnected,
            message: "Transport endpoint is not connected",
            description: "The call needs a connected socket (or, for a datagram send, a destination address) and there is none, or its connection was reset; overlapped socket I/O on Windows reports ERROR_NOT_CONNECTED (2250). Connect first or pass an address.",
        },
        /// Cannot send after transport endpoint shutdown (`WSAESHUTDOWN`, `ESHUTDOWN`).
        SocketShutdown {
            windows: WSAESHUTDOWN = 10058,
            linux | linux_powerpc: ESHUTDOWN = 108,
            linux_alpha | linux_sparc | macos | freebsd: ESHUTDOWN = 58,
            linux_mips: ESHUTDOWN = 143,
            linux_parisc: ESHUTDOWN = 236,
            netbsd | openbsd | dragonfly: ESHUTDOWN = 58,
            illumos: ESHUTDOWN = 143,
            aix: ESHUTDOWN = 77,
            haiku: ESHUTDOWN = -2147454945,
            redox: ESHUTDOWN = 108,
            hurd: ESHUTDOWN = 0x4000003a,
            cygwin: ESHUTDOWN = 110,
            emscripten: ESHUTDOWN = 140,
            kind: Other,
            message: "Cannot send after transport endpoint shutdown",
            description: "Data was sent or received in a direction already closed with shutdown(). Stop using that direction after shutting it down.",
        },
        /// Too many references: cannot splice (`WSAETOOMANYREFS`, `ETOOMANYREFS`).
        TooManyReferences {
            windows: WSAETOOMANYREFS = 10059,
            linux | linux_powerpc: ETOOMANYREFS = 109,
            linux_alpha | linux_sparc | macos | freebsd: ETOOMANYREFS = 59,
            linux_mips: ETOOMANYREFS = 144,
            linux_parisc: ETOOMANYREFS = 237,
            netbsd | openbsd | dragonfly: ETOOMANYREFS = 59,
            illumos: ETOOMANYREFS = 144,
            aix: ETOOMANYREFS = 115,
            redox: ETOOMANYREFS = 109,
            hurd: ETOOMANYREFS = 0x4000003b,
            cygwin: ETOOMANYREFS = 129,
            emscripten: ETOOMANYREFS = 141,
            kind: Other,
            message: "Too many references: cannot splice",
            description: "A kernel object has too many references and the related resource is used up. Rarely seen in practice.",
        },
        /// Connection timed out (`WSAETIMEDOUT`, `ETIMEDOUT`).
        TimedOut {
            windows: WSAETIMEDOUT = 10060 | ERROR_SEM_TIMEOUT = 121 | WAIT_TIMEOUT = 258 | ERROR_DRIVER_CANCEL_TIMEOUT = 594 | ERROR_SERVICE_REQUEST_TIMEOUT = 1053 | ERROR_COUNTER_TIMEOUT = 1121 | ERROR_TIMEOUT = 1460 | ERROR_RESOURCE_CALL_TIMED_OUT = 5910 | ERROR_CTX_MODEM_RESPONSE_TIMEOUT = 7012 | ERROR_CTX_CLIENT_QUERY_TIMEOUT = 7040 | FRS_ERR_SYSVOL_POPULATE_TIMEOUT = 8014 | ERROR_DS_TIMELIMIT_EXCEEDED = 8226 | DNS_ERROR_RECORD_TIMED_OUT = 9705 | ERROR_IPSEC_IKE_TIMED_OUT = 13805 | ERROR_RUNLEVEL_SWITCH_TIMEOUT = 15402 | ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT = 15403,
            linux | linux_powerpc: ETIMEDOUT = 110,
            linux_alpha | linux_sparc | macos | freebsd: ETIMEDOUT = 60,
            linux_mips: ETIMEDOUT = 145,
            linux_parisc: ETIMEDOUT = 238,
            netbsd | openbsd | dragonfly: ETIMEDOUT = 60,
            illumos: ETIMEDOUT = 145,
            aix: ETIMEDOUT = 78,
            haiku: ETIMEDOUT = -2147483639,
            redox: ETIMEDOUT = 110,
            hurd: ETIMEDOUT = 0x4000003c,
            cygwin: ETIMEDOUT = 116,
            wasi | emscripten: ETIMEDOUT = 73,
            kind: TimedOut,
            message: "Connection timed out",
            description: "The peer did not answer in time, either while connecting or on an established connection. Overlapped socket I/O on Windows reports ERROR_SEM_TIMEOUT (121); the other Win32 timeout codes listed here (waits, services, directory and DNS queries) decode to this row as std does. Check that the address is right, the host is up and no firewall silently drops the packets.",
        },
        /// Connection refused (`WSAECONNREFUSED`, `ECONNREFUSED`).
        ConnectionRefused {
            windows: WSAECONNREFUSED = 10061 | ERROR_CONNECTION_REFUSED = 1225 | ERROR_PORT_UNREACHABLE = 1234,
            linux | linux_powerpc: ECONNREFUSED = 111,
            linux_alpha | linux_sparc | macos | freebsd: ECONNREFUSED = 61,
            linux_mips: ECONNREFUSED = 146,
            linux_parisc: ECONNREFUSED = 239 | EREFUSED,
            netbsd | openbsd | dragonfly: ECONNREFUSED = 61,
            illumos: ECONNREFUSED = 146,
            aix: ECONNREFUSED = 79,
            haiku: ECONNREFUSED = -2147454944,
            redox | cygwin: ECONNREFUSED = 111,
            hurd: ECONNREFUSED = 0x4000003d,
            wasi | emscripten: ECONNREFUSED = 14,
            kind: ConnectionRefused,
            message: "Connection refused",
            description: "The host was reached but rejected the connection, usually because nothing listens on that port. Overlapped socket I/O on Windows reports ERROR_CONNECTION_REFUSED (1225), or ERROR_PORT_UNREACHABLE (1234) when an ICMP port-unreachable answers a datagram. Check the port number and that the server runs.",
        },
        /// Too many levels of symbolic links (`WSAELOOP`, `ELOOP`).
        FilesystemLoop {
            windows: WSAELOOP = 10062 | ERROR_CANT_RESOLVE_FILENAME = 1921,
            linux | linux_powerpc: ELOOP = 40,
            linux_alpha | linux_sparc | macos | freebsd: ELOOP = 62,
            linux_mips: ELOOP = 90,
            linux_parisc: ELOOP = 249,
            netbsd | openbsd | dragonfly: ELOOP = 62,
            illumos: ELOOP = 90,
            aix: ELOOP = 85,
            haiku: ELOOP = -2147459060,
            redox: ELOOP = 40,
            hurd: ELOOP = 0x4000003e,
            cygwin: ELOOP = 92,
            wasi | emscripten: ELOOP = 32,
            kind: Other,
            message: "Too many levels of symbolic links",
            description: "Resolving a path met too many symbolic links, normally because of a loop. Winsock defines WSAELOOP only to mirror the Berkeley list.",
        },
        /// File name too long (`WSAENAMETOOLONG`, `ENAMETOOLONG`).
        NameTooLong {
            windows: WSAENAMETOOLONG = 10063 | ERROR_FILENAME_EXCED_RANGE = 206,
            linux | linux_powerpc: ENAMETOOLONG = 36,
            linux_alpha | linux_sparc | macos | freebsd: ENAMETOOLONG = 63,
            linux_mips: ENAMETOOLONG = 78,
            linux_parisc: ENAMETOOLONG = 248,
            netbsd | openbsd | dragonfly: ENAMETOOLONG = 63,
            illumos: ENAMETOOLONG = 78,
            aix: ENAMETOOLONG = 86,
            haiku: ENAMETOOLONG = -2147459068,
            redox: ENAMETOOLONG = 36,
            hurd: ENAMETOOLONG = 0x4000003f,
            cygwin: ENAMETOOLONG = 91,
            wasi | emscripten: ENAMETOOLONG = 37,
            kind: InvalidFilename,
            message: "File name too long",
            description: "A path or one of its components is longer than the system allows. Winsock defines WSAENAMETOOLONG only to mirror the Berkeley list.",
        },
        /// Host is down (`WSAEHOSTDOWN`, `EHOSTDOWN`).
        HostDown {
            windows: WSAEHOSTDOWN = 10064,
            linux | linux_powerpc: EHOSTDOWN = 112,
            linux_alpha | linux_sparc | macos | freebsd: EHOSTDOWN = 64,
            linux_mips: EHOSTDOWN = 147,
            linux_parisc: EHOSTDOWN = 241,
            netbsd | openbsd | dragonfly: EHOSTDOWN = 64,
            illumos: EHOSTDOWN = 147,
            aix: EHOSTDOWN = 80,
            haiku: EHOSTDOWN = -2147454931,
            redox: EHOSTDOWN = 112,
            hurd: EHOSTDOWN = 0x40000040,
            cygwin: EHOSTDOWN = 117,
            emscripten: EHOSTDOWN = 142,
            kind: Other,
            message: "Host is down",
            description: "The destination host is known to be down. Most stacks report a timeout in this situation instead; check that the peer is switched on and connected.",
        },
        /// No route to host (`WSAEHOSTUNREACH`, `EHOSTUNREACH`).
        HostUnreachable {
            windows: WSAEHOSTUNREACH = 10065 | ERROR_HOST_UNREACHABLE = 1232,
            linux | linux_powerpc: EHOSTUNREACH = 113,
            linux_alpha | linux_sparc | macos | freebsd: EHOSTUNREACH = 65,
            linux_mips: EHOSTUNREACH = 148,
            linux_parisc: EHOSTUNREACH = 242,
            netbsd | openbsd | dragonfly: EHOSTUNREACH = 65,
            illumos: EHOSTUNREACH = 148,
            aix: EHOSTUNREACH = 81,
            haiku: EHOSTUNREACH = -2147454943,
            redox: EHOSTUNREACH = 113,
            hurd: EHOSTUNREACH = 0x40000041,
            cygwin: EHOSTUNREACH = 118,
            wasi | emscripten: EHOSTUNREACH = 23,
            kind: HostUnreachable,
            message: "No route to host",
            description: "No route leads to the destination host, often after a router sent an ICMP host-unreachable message. Check the addressing and the routes towards that host.",
        },
        /// Directory not empty (`WSAENOTEMPTY`, `ENOTEMPTY`).
        DirectoryNotEmpty {
            windows: WSAENOTEMPTY = 10066 | ERROR_DIR_NOT_EMPTY = 145,
            linux | linux_powerpc: ENOTEMPTY = 39,
            linux_alpha | linux_sparc | macos | freebsd: ENOTEMPTY = 66,
            linux_mips: ENOTEMPTY = 93,
            linux_parisc: ENOTEMPTY = 247,
            netbsd | openbsd | dragonfly: ENOTEMPTY = 66,
            illumos: ENOTEMPTY = 93,
            aix: ENOTEMPTY = 87,
            haiku: ENOTEMPTY = -2147459066,
            redox: ENOTEMPTY = 39,
            hurd: ENOTEMPTY = 0x40000042,
            cygwin: ENOTEMPTY = 90,
            wasi | emscripten: ENOTEMPTY = 55,
            kind: DirectoryNotEmpty,
            message: "Directory not empty",
            description: "A directory that was to be removed, or replaced by rename, still has entries. Winsock defines WSAENOTEMPTY only to mirror the Berkeley list.",
        },
        /// Too many processes (`WSAEPROCLIM`, `EPROCLIM`).
        TooManyProcesses {
            windows: WSAEPROCLIM = 10067,
            linux_sparc | macos | freebsd: EPROCLIM = 67,
            netbsd | openbsd | dragonfly: EPROCLIM = 67,
            aix: EPROCLIM = 83,
            hurd: EPROCLIM = 0x40000043,
            cygwin: EPROCLIM = 130,
            kind: Other,
            message: "Too many processes",
            description: "A process limit was hit: on BSD systems (and AIX, the Hurd, Cygwin) the per-user process limit (fork), on Windows the number of applications a Winsock implementation serves at once (WSAStartup). Generic Linux has no such errno.",
        },
        /// Too many users (`WSAEUSERS`, `EUSERS`).
        TooManyUsers {
            windows: WSAEUSERS = 10068,
            linux | linux_powerpc: EUSERS = 87,
            linux_alpha | linux_parisc | linux_sparc | macos | freebsd: EUSERS = 68,
            linux_mips: EUSERS = 94,
            netbsd | openbsd | dragonfly: EUSERS = 68,
            illumos: EUSERS = 94,
            aix: EUSERS = 84,
            redox: EUSERS = 87,
            hurd: EUSERS = 0x40000044,
            cygwin: EUSERS = 131,
            emscripten: EUSERS = 136,
            kind: Other,
            message: "Too many users",
            description: "A table of users, such as the quota system's, has no free entries.",
        },
        /// Disk quota exceeded (`WSAEDQUOT`, `EDQUOT`).
        QuotaExceeded {
            windows: WSAEDQUOT = 10069 | ERROR_DISK_QUOTA_EXCEEDED = 1295,
            linux | linux_powerpc: EDQUOT = 122,
            linux_alpha | linux_parisc | linux_sparc | macos | freebsd: EDQUOT = 69,
            linux_mips: EDQUOT = 1133,
            netbsd | openbsd | dragonfly: EDQUOT = 69,
            illumos: EDQUOT = 49,
            aix: EDQUOT = 88,
            haiku: EDQUOT = -2147454927,
            redox: EDQUOT = 122,
            hurd: EDQUOT = 0x40000045,
            cygwin: EDQUOT = 132,
            wasi | emscripten: EDQUOT = 19,
            kind: QuotaExceeded,
            message: "Disk quota exceeded",
            description: "The disk-block or inode quota of the user is exhausted. Free space or have the quota raised.",
        },
        /// Stale file handle (`WSAESTALE`, `ESTALE`).
        StaleFileHandle {
            windows: WSAESTALE = 10070,
            linux | linux_powerpc: ESTALE = 116,
            linux_alpha | linux_parisc | linux_sparc | macos | freebsd: ESTALE = 70,
            linux_mips: ESTALE = 151,
            netbsd | openbsd | dragonfly: ESTALE = 70,
            illumos: ESTALE = 151,
            aix: ESTALE = 52,
            haiku: ESTALE = -2147454936,
            redox: ESTALE = 116,
            hurd: ESTALE = 0x40000046,
            cygwin: ESTALE = 133,
            wasi | emscripten: ESTALE = 72,
            kind: StaleNetworkFileHandle,
            message: "Stale file handle",
            description: "A handle to a file on a network file system such as NFS refers to something the server no longer has, e.g. a file deleted there. Reopen the file by its path.",
        },
        /// Object is remote (`WSAEREMOTE`, `EREMOTE`).
        ObjectIsRemote {
            windows: WSAEREMOTE = 10071,
            linux | linux_mips | linux_powerpc: EREMOTE = 66,
            linux_alpha | linux_parisc | linux_sparc | macos | freebsd: EREMOTE = 71,
            netbsd | openbsd | dragonfly: EREMOTE = 71,
            illumos | redox | cygwin: EREMOTE = 66,
            aix: EREMOTE = 93,
            hurd: EREMOTE = 0x40000047,
            emscripten: EREMOTE = 121,
            kind: Other,
            message: "Object is remote",
            description: "The object lives on a remote system and cannot be used locally this way. BSD systems use the same name for too many levels of remote mounts in a path.",
        },
        /// Network subsystem is unavailable (`WSASYSNOTREADY`).
        SystemNotReady {
            windows: WSASYSNOTREADY = 10091,
            kind: Other,
            message: "Network subsystem is unavailable",
            description: "WSAStartup found the network subsystem unusable. Check that the intended Winsock DLL is loaded rather than a stale copy found earlier on the search path, that only one Winsock implementation is in use, and that the networking components are installed.",
        },
        /// Winsock.dll version out of range (`WSAVERNOTSUPPORTED`).
        VersionNotSupported {
            windows: WSAVERNOTSUPPORTED = 10092,
            kind: Other,
            message: "Winsock.dll version out of range",
            description: "WSAStartup was asked for a Winsock specification version that this implementation cannot provide. Request a version it supports (2.2 is available everywhere) and make sure an outdated Winsock DLL is not being picked up.",
        },
        /// Successful WSAStartup not yet performed (`WSANOTINITIALISED`).
        NotInitialized {
            windows: WSANOTINITIALISED = 10093,
            kind: Other,
            message: "Successful WSAStartup not yet performed",
            description: "A Winsock function ran before a successful WSAStartup, after the matching WSACleanup, or on a socket owned by another task. Call WSAStartup once before any socket use and pair every call with one WSACleanup.",
        },
        /// Graceful shutdown in progress (`WSAEDISCON`).
        Disconnecting {
            windows: WSAEDISCON = 10101,
            kind: Other,
            message: "Graceful shutdown in progress",
            description: "The peer has started an orderly close; WSARecv and WSARecvFrom report it on message-oriented protocols. Finish reading what is left and close this side too.",
        },
        /// No more results (`WSAENOMORE`).
        LookupNoMore {
            windows: WSAENOMORE = 10102,
            kind: Other,
            message: "No more results",
            description: "WSALookupServiceNext has nothing more to return. WSAENOMORE and WSA_E_NO_MORE (10110) mean the same thing; the second number was introduced to avoid a clash, so code should accept both.",
        },
        /// Call has been canceled (`WSAECANCELLED`).
        LookupCanceled {
            windows: WSAECANCELLED = 10103,
            kind: Other,
            message: "Call has been canceled",
            description: "WSALookupServiceEnd was called while a WSALookupServiceNext call on the same handle was still running, which cancelled it. Same meaning as WSA_E_CANCELLED (10111).",
        },
        /// Procedure call table is invalid (`WSAEINVALIDPROCTABLE`).
        InvalidProcedureTable {
            windows: WSAEINVALIDPROCTABLE = 10104,
            kind: Other,
            message: "Procedure call table is invalid",
            description: "A Winsock service provider handed Ws2_32.dll an unusable procedure table, usually with missing entries. The installed provider (for instance a layered provider) is faulty; remove or reinstall it, or reset the Winsock catalog.",
        },
        /// Service provider is invalid (`WSAEINVALIDPROVIDER`).
        InvalidProvider {
            windows: WSAEINVALIDPROVIDER = 10105,
            kind: Other,
            message: "Service provider is invalid",
            description: "The service provider is unusable: none matches the given protocol entry, or it reported an interface version other than 2.0. Inspect the Winsock catalog.",
        },
        /// Service provider failed to initialize (`WSAEPROVIDERFAILEDINIT`).
        ProviderFailedInit {
            windows: WSAEPROVIDERFAILEDINIT = 10106,
            kind: Other,
            message: "Service provider failed to initialize",
            description: "Setting up a service provider failed: its DLL did not load or its WSPStartup/NSPStartup call failed. Repair the provider or reset the Winsock catalog.",
        },
        /// System call failure (`WSASYSCALLFAILURE`).
        SystemCallFailure {
            windows: WSASYSCALLFAILURE = 10107,
            kind: Other,
            message: "System call failure",
            description: "A system call that is not expected to fail did, or a provider failed without giving a specific code. A damaged Winsock catalog or a faulty provider is the usual explanation.",
        },
        /// Service not found (`WSASERVICE_NOT_FOUND`).
        ServiceNotFound {
            windows: WSASERVICE_NOT_FOUND = 10108,
            kind: Other,
            message: "Service not found",
            description: "The service asked for is unknown in the name space that was searched.",
        },
        /// Class type not found (`WSATYPE_NOT_FOUND`).
        ClassTypeNotFound {
            windows: WSATYPE_NOT_FOUND = 10109,
            kind: Other,
            message: "Class type not found",
            description: "The service class named in the request does not exist.",
        },
        /// No more results (`WSA_E_NO_MORE`).
        LookupNoMoreResults {
            windows: WSA_E_NO_MORE = 10110,
            kind: Other,
            message: "No more results",
            description: "WSALookupServiceNext has nothing more to return; the newer number for WSAENOMORE (10102), so accept both.",
        },
        /// Call was canceled (`WSA_E_CANCELLED`).
        LookupCallCanceled {
            windows: WSA_E_CANCELLED = 10111,
            kind: Other,
            message: "Call was canceled",
            description: "A lookup was cancelled by WSALookupServiceEnd while still running; the newer number for WSAECANCELLED (10103).",
        },
        /// Database query was refused (`WSAEREFUSED`).
        QueryRefused {
            windows: WSAEREFUSED = 10112,
            kind: Other,
            message: "Database query was refused",
            description: "The server behind a name-space query refused to answer it.",
        },
        /// Host not found (`WSAHOST_NOT_FOUND`).
        HostNotFound {
            windows: WSAHOST_NOT_FOUND = 11001,
            kind: Other,
            message: "Host not found",
            description: "Name resolution knows no such host: the name is neither a host name nor an alias in the databases consulted (DNS, hosts file). Check the spelling and the DNS setup. A resolver code, not an errno: Unix reports it through h_errno (HOST_NOT_FOUND) or getaddrinfo (EAI_NONAME).",
        },
        /// Nonauthoritative host not found (`WSATRY_AGAIN`).
        TryAgain {
            windows: WSATRY_AGAIN = 11002,
            kind: Other,
            message: "Nonauthoritative host not found",
            description: "A temporary resolver failure: no authoritative answer could be obtained, for example because the DNS server did not reply. Retrying later may work. A resolver code, not an errno: Unix uses h_errno TRY_AGAIN or EAI_AGAIN.",
        },
        /// This is a nonrecoverable error (`WSANO_RECOVERY`).
        NoRecovery {
            windows: WSANO_RECOVERY = 11003,
            kind: Other,
            message: "This is a nonrecoverable error",
            description: "The lookup failed for good: the DNS server returned a hard error, or a local database such as the hosts or services file is missing. A resolver code, not an errno: Unix uses h_errno NO_RECOVERY or EAI_FAIL.",
        },
        /// Valid name, no data record of requested type (`WSANO_DATA`).
        NoData {
            windows: WSANO_DATA = 11004 | WSANO_ADDRESS,
            kind: Other,
            message: "Valid name, no data record of requested type",
            description: "The name exists but has no record of the kind requested, such as a DNS name without any A or AAAA record. WSANO_ADDRESS is a second name for it. A resolver code, not an errno: Unix uses h_errno NO_DATA or EAI_NODATA.",
        },
        /// QoS receivers (`WSA_QOS_RECEIVERS`).
        QosReceivers {
            windows: WSA_QOS_RECEIVERS = 11005,
            kind: Other,
            message: "QoS receivers",
            description: "A notification rather than a failure: a reservation (RESV) message has arrived for the flow. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS senders (`WSA_QOS_SENDERS`).
        QosSenders {
            windows: WSA_QOS_SENDERS = 11006,
            kind: Other,
            message: "QoS senders",
            description: "A notification rather than a failure: a path (PATH) message has arrived for the flow. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// No QoS senders (`WSA_QOS_NO_SENDERS`).
        QosNoSenders {
            windows: WSA_QOS_NO_SENDERS = 11007,
            kind: Other,
            message: "No QoS senders",
            description: "The flow currently has no senders. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS no receivers (`WSA_QOS_NO_RECEIVERS`).
        QosNoReceivers {
            windows: WSA_QOS_NO_RECEIVERS = 11008,
            kind: Other,
            message: "QoS no receivers",
            description: "The flow currently has no receivers. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS request confirmed (`WSA_QOS_REQUEST_CONFIRMED`).
        QosRequestConfirmed {
            windows: WSA_QOS_REQUEST_CONFIRMED = 11009,
            kind: Other,
            message: "QoS request confirmed",
            description: "A notification: the network confirmed the reservation request. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS admission error (`WSA_QOS_ADMISSION_FAILURE`).
        QosAdmissionFailure {
            windows: WSA_QOS_ADMISSION_FAILURE = 11010,
            kind: Other,
            message: "QoS admission error",
            description: "The reservation was turned down because resources are lacking. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS policy failure (`WSA_QOS_POLICY_FAILURE`).
        QosPolicyFailure {
            windows: WSA_QOS_POLICY_FAILURE = 11011,
            kind: Other,
            message: "QoS policy failure",
            description: "Policy control turned the reservation down: what was asked for exceeds what the policy grants. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS bad style (`WSA_QOS_BAD_STYLE`).
        QosBadStyle {
            windows: WSA_QOS_BAD_STYLE = 11012,
            kind: Other,
            message: "QoS bad style",
            description: "The reservation style is unknown or clashes with the styles already in use. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS bad object (`WSA_QOS_BAD_OBJECT`).
        QosBadObject {
            windows: WSA_QOS_BAD_OBJECT = 11013,
            kind: Other,
            message: "QoS bad object",
            description: "Something in the filterspec or in the provider-specific buffer is malformed. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS traffic control error (`WSA_QOS_TRAFFIC_CTRL_ERROR`).
        QosTrafficControlError {
            windows: WSA_QOS_TRAFFIC_CTRL_ERROR = 11014,
            kind: Other,
            message: "QoS traffic control error",
            description: "The traffic control (TC) layer refused the request when it was translated for local enforcement, e.g. from lack of memory or a provider fault. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS generic error (`WSA_QOS_GENERIC_ERROR`).
        QosGenericError {
            windows: WSA_QOS_GENERIC_ERROR = 11015,
            kind: Other,
            message: "QoS generic error",
            description: "A QoS failure without a more specific code. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS service type error (`WSA_QOS_ESERVICETYPE`).
        QosServiceTypeError {
            windows: WSA_QOS_ESERVICETYPE = 11016,
            kind: Other,
            message: "QoS service type error",
            description: "The flowspec names a service type that is invalid or unknown. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// QoS flowspec error (`WSA_QOS_EFLOWSPEC`).
        QosFlowspecError {
            windows: WSA_QOS_EFLOWSPEC = 11017,
            kind: Other,
            message: "QoS flowspec error",
            description: "The flowspec in the QOS structure is malformed or self-contradictory. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS provider buffer (`WSA_QOS_EPROVSPECBUF`).
        QosInvalidProviderBuffer {
            windows: WSA_QOS_EPROVSPECBUF = 11018,
            kind: Other,
            message: "Invalid QoS provider buffer",
            description: "The provider-specific buffer attached to the QOS structure is unusable. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS filter style (`WSA_QOS_EFILTERSTYLE`).
        QosInvalidFilterStyle {
            windows: WSA_QOS_EFILTERSTYLE = 11019,
            kind: Other,
            message: "Invalid QoS filter style",
            description: "The filter style given is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS filter type (`WSA_QOS_EFILTERTYPE`).
        QosInvalidFilterType {
            windows: WSA_QOS_EFILTERTYPE = 11020,
            kind: Other,
            message: "Invalid QoS filter type",
            description: "The filter type given is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Incorrect QoS filter count (`WSA_QOS_EFILTERCOUNT`).
        QosInvalidFilterCount {
            windows: WSA_QOS_EFILTERCOUNT = 11021,
            kind: Other,
            message: "Incorrect QoS filter count",
            description: "A FLOWDESCRIPTOR holds the wrong number of FILTERSPECs. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS object length (`WSA_QOS_EOBJLENGTH`).
        QosInvalidObjectLength {
            windows: WSA_QOS_EOBJLENGTH = 11022,
            kind: Other,
            message: "Invalid QoS object length",
            description: "An object in the provider-specific buffer carries a wrong ObjectLength. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Incorrect QoS flow count (`WSA_QOS_EFLOWCOUNT`).
        QosInvalidFlowCount {
            windows: WSA_QOS_EFLOWCOUNT = 11023,
            kind: Other,
            message: "Incorrect QoS flow count",
            description: "The QOS structure holds the wrong number of flow descriptors. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Unrecognized QoS object (`WSA_QOS_EUNKOWNPSOBJ`).
        QosUnknownObject {
            windows: WSA_QOS_EUNKOWNPSOBJ = 11024 | WSA_QOS_EUNKNOWNPSOBJ,
            kind: Other,
            message: "Unrecognized QoS object",
            description: "The provider-specific buffer contains an object type the provider does not know. The Windows SDK spells the constant WSA_QOS_EUNKOWNPSOBJ; mingw-w64 also defines the corrected spelling. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS policy object (`WSA_QOS_EPOLICYOBJ`).
        QosInvalidPolicyObject {
            windows: WSA_QOS_EPOLICYOBJ = 11025,
            kind: Other,
            message: "Invalid QoS policy object",
            description: "A policy object in the provider-specific buffer is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS flow descriptor (`WSA_QOS_EFLOWDESC`).
        QosInvalidFlowDescriptor {
            windows: WSA_QOS_EFLOWDESC = 11026,
            kind: Other,
            message: "Invalid QoS flow descriptor",
            description: "The flow descriptor list contains an invalid entry. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS provider-specific flowspec (`WSA_QOS_EPSFLOWSPEC`).
        QosInvalidProviderFlowspec {
            windows: WSA_QOS_EPSFLOWSPEC = 11027,
            kind: Other,
            message: "Invalid QoS provider-specific flowspec",
            description: "The provider-specific buffer carries a flowspec that is malformed or self-contradictory. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS provider-specific filterspec (`WSA_QOS_EPSFILTERSPEC`).
        QosInvalidProviderFilterspec {
            windows: WSA_QOS_EPSFILTERSPEC = 11028,
            kind: Other,
            message: "Invalid QoS provider-specific filterspec",
            description: "The provider-specific buffer carries a FILTERSPEC that is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS shape discard mode object (`WSA_QOS_ESDMODEOBJ`).
        QosInvalidShapeDiscardMode {
            windows: WSA_QOS_ESDMODEOBJ = 11029,
            kind: Other,
            message: "Invalid QoS shape discard mode object",
            description: "The shape-discard-mode object in the provider-specific buffer is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Invalid QoS shaping rate object (`WSA_QOS_ESHAPERATEOBJ`).
        QosInvalidShapingRate {
            windows: WSA_QOS_ESHAPERATEOBJ = 11030,
            kind: Other,
            message: "Invalid QoS shaping rate object",
            description: "The shaping-rate object in the provider-specific buffer is not valid. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// Reserved policy QoS element type (`WSA_QOS_RESERVED_PETYPE`).
        QosReservedPolicyElement {
            windows: WSA_QOS_RESERVED_PETYPE = 11031,
            kind: Other,
            message: "Reserved policy QoS element type",
            description: "The provider-specific buffer uses a policy element type that is reserved. Generic QoS (RSVP) status; the API is deprecated since Windows Vista.",
        },
        /// No such process (`ESRCH`).
        NoSuchProcess {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ESRCH = 3,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ESRCH = 3,
            haiku: ESRCH = -2147454963,
            hurd: ESRCH = 0x40000003,
            wasi | emscripten: ESRCH = 71,
            kind: Other,
            message: "No such process",
            description: "No process, process group or thread has the given ID.",
        },
        /// No such device or address (`ENXIO`).
        NoSuchDeviceOrAddress {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENXIO = 6,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENXIO = 6,
            haiku: ENXIO = -2147454965,
            hurd: ENXIO = 0x40000006,
            wasi | emscripten: ENXIO = 60,
            kind: Other,
            message: "No such device or address",
            description: "The device is missing or not configured, or the request lies outside what the device can address.",
        },
        /// Block device required (`ENOTBLK`).
        BlockDeviceRequired {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENOTBLK = 15,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENOTBLK = 15,
            hurd: ENOTBLK = 0x4000000f,
            emscripten: ENOTBLK = 105,
            kind: Other,
            message: "Block device required",
            description: "The call, such as mount, needs a block device and got something else.",
        },
        /// No such device (`ENODEV`).
        NoSuchDevice {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENODEV = 19,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENODEV = 19,
            haiku: ENODEV = -2147454969,
            hurd: ENODEV = 0x40000013,
            wasi | emscripten: ENODEV = 43,
            kind: Other,
            message: "No such device",
            description: "The device does not exist or does not support the requested operation.",
        },
        /// Too many open files in system (`ENFILE`).
        TooManyOpenFilesInSystem {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENFILE = 23,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENFILE = 23,
            haiku: ENFILE = -2147454970,
            hurd: ENFILE = 0x40000017,
            wasi | emscripten: ENFILE = 41,
            kind: Other,
            message: "Too many open files in system",
            description: "The system-wide table of open files is full; no process can open more until some are closed.",
        },
        /// Inappropriate ioctl for device (`ENOTTY`).
        InappropriateIoctl {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ENOTTY = 25,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ENOTTY = 25,
            haiku: ENOTTY = -2147454966,
            hurd: ENOTTY = 0x40000019,
            wasi | emscripten: ENOTTY = 59,
            kind: Other,
            message: "Inappropriate ioctl for device",
            description: "The ioctl request does not apply to this kind of file, e.g. a terminal request on something that is not a terminal.",
        },
        /// Text file busy (`ETXTBSY`).
        ExecutableFileBusy {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ETXTBSY = 26,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ETXTBSY = 26,
            haiku: ETXTBSY = -2147454917,
            hurd: ETXTBSY = 0x4000001a,
            wasi | emscripten: ETXTBSY = 74,
            kind: ExecutableFileBusy,
            message: "Text file busy",
            description: "The file is a running program and cannot be written, or is open for writing and cannot be executed.",
        },
        /// Numerical argument out of domain (`EDOM`).
        ArgumentOutOfDomain {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: EDOM = 33,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: EDOM = 33,
            haiku: EDOM = -2147454960,
            hurd: EDOM = 0x40000021,
            wasi | emscripten: EDOM = 18,
            kind: Other,
            message: "Numerical argument out of domain",
            description: "A math function was called with an argument outside its domain.",
        },
        /// Numerical result out of range (`ERANGE`).
        ResultOutOfRange {
            linux | linux_alpha | linux_mips | linux_parisc | linux_powerpc | linux_sparc | macos | freebsd: ERANGE = 34,
            netbsd | openbsd | dragonfly | illumos | aix | redox | cygwin: ERANGE = 34,
            haiku: ERANGE = -2147454959,
            hurd: ERANGE = 0x40000022,
            wasi | emscripten: ERANGE = 68,
            kind: Other,
            message: "Numerical result out of range",
            description: "A result does not fit in the type that has to hold it.",
        },
        /// No locks available (`ENOLCK`).
        NoLocksAvailable {
            linux | linux_powerpc: ENOLCK = 37,
            linux_alpha | macos | freebsd: ENOLCK = 77,
            linux_mips | linux_parisc: ENOLCK = 46,
            linux_sparc: ENOLCK = 79,
            netbsd | openbsd | dragonfly: ENOLCK = 77,
            illumos | cygwin | wasi | emscripten: ENOLCK = 46,
            aix: ENOLCK = 49,
            haiku: ENOLCK = -2147454968,
            redox: ENOLCK = 37,
            hurd: ENOLCK = 0x4000004d,
            kind: Other,
            message: "No locks available",
            description: "No lock could be granted: the system lock table is full or the file system offers no locking.",
        },
        /// No message of desired type (`ENOMSG`).
        NoMessage {
            linux | linux_powerpc: ENOMSG = 42,
            linux_alpha: ENOMSG = 80,
            linux_mips | linux_parisc: ENOMSG = 35,
            linux_sparc: ENOMSG = 75,
            macos: ENOMSG = 91,
            freebsd: ENOMSG = 83,
            netbsd | dragonfly: ENOMSG = 83,
            openbsd: ENOMSG = 90,
            illumos | aix | cygwin: ENOMSG = 35,
            haiku: ENOMSG = -2147454937,
            redox: ENOMSG = 42,
            hurd: ENOMSG = 0x40000070,
            wasi | emscripten: ENOMSG = 49,
            kind: Other,
            message: "No message of desired type",
            description: "The message queue holds no message of the requested type.",
        },
        /// Identifier removed (`EIDRM`).
        IdentifierRemoved {
            linux | linux_powerpc: EIDRM = 43,
            linux_alpha: EIDRM = 81,
            linux_mips | linux_parisc: EIDRM = 36,
            linux_sparc: EIDRM = 77,
            macos: EIDRM = 90,
            freebsd: EIDRM = 82,
            netbsd | dragonfly: EIDRM = 82,
            openbsd: EIDRM = 89,
            illumos | aix | cygwin: EIDRM = 36,
            haiku: EIDRM = -2147454926,
            redox: EIDRM = 43,
            hurd: EIDRM = 0x4000006c,
            wasi | emscripten: EIDRM = 24,
            kind: Other,
            message: "Identifier removed",
            description: "The System V IPC object (queue, semaphore set, shared memory) has been removed.",
        },
        /// Channel number out of range (`ECHRNG`).
        ChannelOutOfRange {
            linux | linux_powerpc: ECHRNG = 44,
            linux_alpha: ECHRNG = 88,
            linux_mips | linux_parisc: ECHRNG = 37,
            linux_sparc: ECHRNG = 94,
            illumos | aix | cygwin: ECHRNG = 37,
            redox: ECHRNG = 44,
            emscripten: ECHRNG = 106,
            kind: Other,
            message: "Channel number out of range",
            description: "A channel number is out of range. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Level 2 not synchronized (`EL2NSYNC`).
        Level2NotSynchronized {
            linux | linux_powerpc: EL2NSYNC = 45,
            linux_alpha: EL2NSYNC = 89,
            linux_mips | linux_parisc: EL2NSYNC = 38,
            linux_sparc: EL2NSYNC = 95,
            illumos | aix | cygwin: EL2NSYNC = 38,
            redox: EL2NSYNC = 45,
            emscripten: EL2NSYNC = 156,
            kind: Other,
            message: "Level 2 not synchronized",
            description: "Level 2 is not synchronized. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Level 3 halted (`EL3HLT`).
        Level3Halted {
            linux | linux_powerpc: EL3HLT = 46,
            linux_alpha: EL3HLT = 90,
            linux_mips | linux_parisc: EL3HLT = 39,
            linux_sparc: EL3HLT = 96,
            illumos | aix | cygwin: EL3HLT = 39,
            redox: EL3HLT = 46,
            emscripten: EL3HLT = 107,
            kind: Other,
            message: "Level 3 halted",
            description: "Level 3 is halted. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Level 3 reset (`EL3RST`).
        Level3Reset {
            linux | linux_powerpc: EL3RST = 47,
            linux_alpha: EL3RST = 91,
            linux_mips | linux_parisc: EL3RST = 40,
            linux_sparc: EL3RST = 97,
            illumos | aix | cygwin: EL3RST = 40,
            redox: EL3RST = 47,
            emscripten: EL3RST = 108,
            kind: Other,
            message: "Level 3 reset",
            description: "Level 3 was reset. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Link number out of range (`ELNRNG`).
        LinkNumberOutOfRange {
            linux | linux_powerpc: ELNRNG = 48,
            linux_alpha: ELNRNG = 93,
            linux_mips | linux_parisc: ELNRNG = 41,
            linux_sparc: ELNRNG = 98,
            illumos | aix | cygwin: ELNRNG = 41,
            redox: ELNRNG = 48,
            emscripten: ELNRNG = 109,
            kind: Other,
            message: "Link number out of range",
            description: "A link number is out of range. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Protocol driver not attached (`EUNATCH`).
        ProtocolDriverNotAttached {
            linux | linux_powerpc: EUNATCH = 49,
            linux_alpha: EUNATCH = 94,
            linux_mips | linux_parisc: EUNATCH = 42,
            linux_sparc: EUNATCH = 99,
            illumos | aix | cygwin: EUNATCH = 42,
            redox: EUNATCH = 49,
            emscripten: EUNATCH = 110,
            kind: Other,
            message: "Protocol driver not attached",
            description: "The protocol driver is not attached. Some Linux drivers still return it when a device lacks the needed protocol support.",
        },
        /// No CSI structure available (`ENOCSI`).
        NoCsiStructure {
            linux | linux_powerpc: ENOCSI = 50,
            linux_alpha: ENOCSI = 95,
            linux_mips | linux_parisc: ENOCSI = 43,
            linux_sparc: ENOCSI = 100,
            illumos | aix | cygwin: ENOCSI = 43,
            redox: ENOCSI = 50,
            emscripten: ENOCSI = 111,
            kind: Other,
            message: "No CSI structure available",
            description: "No CSI structure is available. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Level 2 halted (`EL2HLT`).
        Level2Halted {
            linux | linux_powerpc: EL2HLT = 51,
            linux_alpha: EL2HLT = 96,
            linux_mips | linux_parisc: EL2HLT = 44,
            linux_sparc: EL2HLT = 101,
            illumos | aix | cygwin: EL2HLT = 44,
            redox: EL2HLT = 51,
            emscripten: EL2HLT = 112,
            kind: Other,
            message: "Level 2 halted",
            description: "Level 2 is halted. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Invalid exchange (`EBADE`).
        InvalidExchange {
            linux | linux_powerpc: EBADE = 52,
            linux_alpha: EBADE = 97,
            linux_mips: EBADE = 50,
            linux_parisc: EBADE = 160,
            linux_sparc: EBADE = 102,
            illumos | cygwin: EBADE = 50,
            redox: EBADE = 52,
            emscripten: EBADE = 113,
            kind: Other,
            message: "Invalid exchange",
            description: "An exchange is invalid. Linux file systems reuse it to report a checksum or structure error.",
        },
        /// Invalid request descriptor (`EBADR`).
        InvalidRequestDescriptor {
            linux | linux_powerpc: EBADR = 53,
            linux_alpha: EBADR = 98,
            linux_mips: EBADR = 51,
            linux_parisc: EBADR = 161,
            linux_sparc: EBADR = 103,
            illumos | cygwin: EBADR = 51,
            redox: EBADR = 53,
            emscripten: EBADR = 114,
            kind: Other,
            message: "Invalid request descriptor",
            description: "A request descriptor is invalid. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Exchange full (`EXFULL`).
        ExchangeFull {
            linux | linux_powerpc: EXFULL = 54,
            linux_alpha: EXFULL = 99,
            linux_mips: EXFULL = 52,
            linux_parisc: EXFULL = 162,
            linux_sparc: EXFULL = 104,
            illumos | cygwin: EXFULL = 52,
            redox: EXFULL = 54,
            emscripten: EXFULL = 115,
            kind: Other,
            message: "Exchange full",
            description: "The exchange is full. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// No anode (`ENOANO`).
        NoAnode {
            linux | linux_powerpc: ENOANO = 55,
            linux_alpha: ENOANO = 100,
            linux_mips: ENOANO = 53,
            linux_parisc: ENOANO = 163,
            linux_sparc: ENOANO = 105,
            illumos | cygwin: ENOANO = 53,
            redox: ENOANO = 55,
            emscripten: ENOANO = 104,
            kind: Other,
            message: "No anode",
            description: "No anode is available. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Invalid request code (`EBADRQC`).
        InvalidRequestCode {
            linux | linux_powerpc: EBADRQC = 56,
            linux_alpha: EBADRQC = 101,
            linux_mips: EBADRQC = 54,
            linux_parisc: EBADRQC = 164,
            linux_sparc: EBADRQC = 106,
            illumos | cygwin: EBADRQC = 54,
            redox: EBADRQC = 56,
            emscripten: EBADRQC = 103,
            kind: Other,
            message: "Invalid request code",
            description: "A request code is invalid. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Invalid slot (`EBADSLT`).
        InvalidSlot {
            linux | linux_powerpc: EBADSLT = 57,
            linux_alpha: EBADSLT = 102,
            linux_mips: EBADSLT = 55,
            linux_parisc: EBADSLT = 165,
            linux_sparc: EBADSLT = 107,
            illumos | cygwin: EBADSLT = 55,
            redox: EBADSLT = 57,
            emscripten: EBADSLT = 102,
            kind: Other,
            message: "Invalid slot",
            description: "A slot is invalid. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Bad font file format (`EBFONT`).
        BadFontFile {
            linux | linux_mips | linux_powerpc: EBFONT = 59,
            linux_alpha: EBFONT = 104,
            linux_parisc: EBFONT = 166,
            linux_sparc: EBFONT = 109,
            illumos | cygwin: EBFONT = 57,
            redox: EBFONT = 59,
            emscripten: EBFONT = 101,
            kind: Other,
            message: "Bad font file format",
            description: "A font file has a bad format. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Device not a stream (`ENOSTR`).
        NotAStream {
            linux | linux_mips | linux_powerpc: ENOSTR = 60,
            linux_alpha: ENOSTR = 87,
            linux_parisc: ENOSTR = 54,
            linux_sparc: ENOSTR = 72,
            macos: ENOSTR = 99,
            netbsd: ENOSTR = 91,
            illumos | redox | cygwin: ENOSTR = 60,
            aix: ENOSTR = 123,
            haiku: ENOSTR = -2147454921,
            hurd: ENOSTR = 0x40000072,
            emscripten: ENOSTR = 100,
            kind: Other,
            message: "Device not a stream",
            description: "The descriptor does not refer to a STREAMS device.",
        },
        /// No data available (`ENODATA`).
        NoDataAvailable {
            linux | linux_mips | linux_powerpc: ENODATA = 61,
            linux_alpha: ENODATA = 86,
            linux_parisc: ENODATA = 51,
            linux_sparc: ENODATA = 111,
            macos: ENODATA = 96,
            netbsd: ENODATA = 89,
            illumos | redox | cygwin: ENODATA = 61,
            aix: ENODATA = 122,
            haiku: ENODATA = -2147454924,
            hurd: ENODATA = 0x4000006e,
            emscripten: ENODATA = 116,
            kind: Other,
            message: "No data available",
            description: "No data is available: on Linux typically a missing extended attribute, on STREAMS systems an empty stream head.",
        },
        /// Timer expired (`ETIME`).
        TimerExpired {
            linux | linux_mips | linux_powerpc: ETIME = 62,
            linux_alpha: ETIME = 83,
            linux_parisc: ETIME = 52,
            linux_sparc: ETIME = 73,
            macos: ETIME = 101,
            netbsd: ETIME = 92,
            illumos | redox | cygwin: ETIME = 62,
            aix: ETIME = 119,
            haiku: ETIME = -2147454918,
            hurd: ETIME = 0x40000075,
            emscripten: ETIME = 117,
            kind: Other,
            message: "Timer expired",
            description: "A timer ran out, such as the timeout of a STREAMS ioctl.",
        },
        /// Out of streams resources (`ENOSR`).
        OutOfStreamsResources {
            linux | linux_mips | linux_powerpc: ENOSR = 63,
            linux_alpha: ENOSR = 82,
            linux_parisc: ENOSR = 53,
            linux_sparc: ENOSR = 74,
            macos: ENOSR = 98,
            netbsd: ENOSR = 90,
            illumos | redox | cygwin: ENOSR = 63,
            aix | emscripten: ENOSR = 118,
            haiku: ENOSR = -2147454922,
            hurd: ENOSR = 0x40000071,
            kind: Other,
            message: "Out of streams resources",
            description: "The STREAMS subsystem has run out of resources.",
        },
        /// Machine is not on the network (`ENONET`).
        NotOnNetwork {
            linux | linux_mips | linux_powerpc: ENONET = 64,
            linux_alpha: ENONET = 105,
            linux_parisc: ENONET = 50,
            linux_sparc: ENONET = 80,
            illumos | redox | cygwin: ENONET = 64,
            emscripten: ENONET = 119,
            kind: Other,
            message: "Machine is not on the network",
            description: "The machine is not attached to the network. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Package not installed (`ENOPKG`).
        PackageNotInstalled {
            linux | linux_mips | linux_powerpc: ENOPKG = 65,
            linux_alpha: ENOPKG = 92,
            linux_parisc: ENOPKG = 55,
            linux_sparc: ENOPKG = 113,
            illumos | redox | cygwin: ENOPKG = 65,
            emscripten: ENOPKG = 120,
            kind: Other,
            message: "Package not installed",
            description: "A required package or facility is not installed.",
        },
        /// Link has been severed (`ENOLINK`).
        LinkSevered {
            linux | linux_mips | linux_powerpc: ENOLINK = 67,
            linux_alpha: ENOLINK = 106,
            linux_parisc: ENOLINK = 57,
            linux_sparc: ENOLINK = 82,
            macos: ENOLINK = 97,
            freebsd: ENOLINK = 91,
            netbsd: ENOLINK = 95,
            dragonfly: ENOLINK = 91,
            illumos | redox | cygwin: ENOLINK = 67,
            aix: ENOLINK = 126,
            haiku: ENOLINK = -2147454923,
            hurd: ENOLINK = 0x4000006f,
            wasi | emscripten: ENOLINK = 47,
            kind: Other,
            message: "Link has been severed",
            description: "The link to a remote machine or resource has been cut.",
        },
        /// Advertise error (`EADV`).
        AdvertiseError {
            linux | linux_mips | linux_powerpc: EADV = 68,
            linux_alpha: EADV = 107,
            linux_parisc: EADV = 58,
            linux_sparc: EADV = 83,
            illumos | redox | cygwin: EADV = 68,
            emscripten: EADV = 122,
            kind: Other,
            message: "Advertise error",
            description: "An RFS advertise error. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Srmount error (`ESRMNT`).
        SrmountError {
            linux | linux_mips | linux_powerpc: ESRMNT = 69,
            linux_alpha: ESRMNT = 108,
            linux_parisc: ESRMNT = 59,
            linux_sparc: ESRMNT = 84,
            illumos | redox | cygwin: ESRMNT = 69,
            emscripten: ESRMNT = 123,
            kind: Other,
            message: "Srmount error",
            description: "An RFS srmount error. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Communication error on send (`ECOMM`).
        CommunicationError {
            linux | linux_mips | linux_powerpc: ECOMM = 70,
            linux_alpha: ECOMM = 109,
            linux_parisc: ECOMM = 60,
            linux_sparc: ECOMM = 85,
            illumos | redox | cygwin: ECOMM = 70,
            emscripten: ECOMM = 124,
            kind: Other,
            message: "Communication error on send",
            description: "A send failed because of a communication fault on the link.",
        },
        /// Protocol error (`EPROTO`).
        ProtocolError {
            linux | linux_mips | linux_powerpc: EPROTO = 71,
            linux_alpha: EPROTO = 85,
            linux_parisc: EPROTO = 61,
            linux_sparc: EPROTO = 86,
            macos: EPROTO = 100,
            freebsd: EPROTO = 92,
            netbsd: EPROTO = 96,
            openbsd: EPROTO = 95,
            dragonfly: EPROTO = 92,
            illumos | redox | cygwin: EPROTO = 71,
            aix: EPROTO = 121,
            haiku: EPROTO = -2147454919,
            hurd: EPROTO = 0x40000074,
            wasi | emscripten: EPROTO = 65,
            kind: Other,
            message: "Protocol error",
            description: "A protocol error was detected, e.g. malformed data from a device or a peer.",
        },
        /// Multihop attempted (`EMULTIHOP`).
        MultihopAttempted {
            linux | linux_powerpc: EMULTIHOP = 72,
            linux_alpha: EMULTIHOP = 110,
            linux_mips: EMULTIHOP = 74,
            linux_parisc: EMULTIHOP = 64,
            linux_sparc: EMULTIHOP = 87,
            macos: EMULTIHOP = 95,
            freebsd: EMULTIHOP = 90,
            netbsd: EMULTIHOP = 94,
            dragonfly: EMULTIHOP = 90,
            illumos | cygwin: EMULTIHOP = 74,
            aix: EMULTIHOP = 125,
            haiku: EMULTIHOP = -2147454925,
            redox: EMULTIHOP = 72,
            hurd: EMULTIHOP = 0x4000006d,
            wasi | emscripten: EMULTIHOP = 36,
            kind: Other,
            message: "Multihop attempted",
            description: "A remote operation would have needed more than one hop between machines, which is not allowed.",
        },
        /// RFS specific error (`EDOTDOT`).
        RfsSpecificError {
            linux | linux_mips | linux_powerpc: EDOTDOT = 73,
            linux_alpha: EDOTDOT = 111,
            linux_parisc: EDOTDOT = 66,
            linux_sparc: EDOTDOT = 88,
            redox: EDOTDOT = 73,
            cygwin: EDOTDOT = 76,
            emscripten: EDOTDOT = 125,
            kind: Other,
            message: "RFS specific error",
            description: "An RFS-specific error. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Bad message (`EBADMSG`).
        BadMessage {
            linux | linux_powerpc: EBADMSG = 74 | EFSBADCRC,
            linux_alpha: EBADMSG = 84 | EFSBADCRC,
            linux_mips: EBADMSG = 77 | EFSBADCRC,
            linux_parisc: EBADMSG = 67 | EFSBADCRC,
            linux_sparc: EBADMSG = 76 | EFSBADCRC,
            macos: EBADMSG = 94,
            freebsd: EBADMSG = 89,
            netbsd: EBADMSG = 88,
            openbsd: EBADMSG = 92,
            dragonfly: EBADMSG = 89,
            illumos | cygwin: EBADMSG = 77,
            aix: EBADMSG = 120,
            haiku: EBADMSG = -2147454930,
            redox: EBADMSG = 74,
            hurd: EBADMSG = 0x4000006b,
            wasi | emscripten: EBADMSG = 9,
            kind: Other,
            message: "Bad message",
            description: "A message or data structure is malformed, such as an unreadable STREAMS message or corrupt on-disk metadata.",
        },
        /// Value too large for defined data type (`EOVERFLOW`).
        ValueOverflow {
            linux | linux_powerpc: EOVERFLOW = 75,
            linux_alpha: EOVERFLOW = 112,
            linux_mips: EOVERFLOW = 79,
            linux_parisc: EOVERFLOW = 72,
            linux_sparc: EOVERFLOW = 92,
            macos | freebsd: EOVERFLOW = 84,
            netbsd | dragonfly: EOVERFLOW = 84,
            openbsd: EOVERFLOW = 87,
            illumos: EOVERFLOW = 79,
            aix: EOVERFLOW = 127,
            haiku: EOVERFLOW = -2147454935,
            redox: EOVERFLOW = 75,
            hurd: EOVERFLOW = 0x40000073,
            cygwin: EOVERFLOW = 139,
            wasi | emscripten: EOVERFLOW = 61,
            kind: Other,
            message: "Value too large for defined data type",
            description: "A value is too large for the type meant to hold it, e.g. a file size or offset in a 32-bit structure.",
        },
        /// Name not unique on network (`ENOTUNIQ`).
        NameNotUnique {
            linux | linux_powerpc: ENOTUNIQ = 76,
            linux_alpha: ENOTUNIQ = 113,
            linux_mips: ENOTUNIQ = 80,
            linux_parisc: ENOTUNIQ = 167,
            linux_sparc: ENOTUNIQ = 115,
            illumos | cygwin: ENOTUNIQ = 80,
            redox: ENOTUNIQ = 76,
            emscripten: ENOTUNIQ = 126,
            kind: Other,
            message: "Name not unique on network",
            description: "A name is not unique on the network. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// File descriptor in bad state (`EBADFD`).
        FileDescriptorBadState {
            linux | linux_powerpc: EBADFD = 77,
            linux_alpha: EBADFD = 114,
            linux_mips: EBADFD = 81,
            linux_parisc: EBADFD = 168,
            linux_sparc: EBADFD = 93,
            illumos | cygwin: EBADFD = 81,
            redox: EBADFD = 77,
            emscripten: EBADFD = 127,
            kind: Other,
            message: "File descriptor in bad state",
            description: "The descriptor is open but in a state that does not allow the operation.",
        },
        /// Remote address changed (`EREMCHG`).
        RemoteAddressChanged {
            linux | linux_powerpc: EREMCHG = 78,
            linux_alpha: EREMCHG = 115,
            linux_mips: EREMCHG = 82,
            linux_parisc: EREMCHG = 169,
            linux_sparc: EREMCHG = 89,
            illumos | cygwin: EREMCHG = 82,
            redox: EREMCHG = 78,
            emscripten: EREMCHG = 128,
            kind: Other,
            message: "Remote address changed",
            description: "The remote address changed. Inherited from System V; current Linux kernels seldom or never return it.",
        },
        /// Can not access a needed shared library (`ELIBACC`).
        SharedLibraryInaccessible {
            linux | linux_powerpc: ELIBACC = 79,
            linux_alpha: ELIBACC = 122,
            linux_mips: ELIBACC = 83,
            linux_parisc: ELIBACC = 170,
            linux_sparc: ELIBACC = 114,
            illumos | cygwin: ELIBACC = 83,
            redox: ELIBACC = 79,
            emscripten: ELIBACC = 129,
            kind: Other,
            message: "Can not access a needed shared library",
            description: "A shared library needed by the program cannot be accessed.",
        },
        /// Accessing a corrupted shared library (`ELIBBAD`).
        SharedLibraryCorrupted {
            linux | linux_powerpc: ELIBBAD = 80,
            linux_alpha: ELIBBAD = 123,
            linux_mips: ELIBBAD = 84,
            linux_parisc: ELIBBAD = 171,
            linux_sparc: ELIBBAD = 112,
            illumos | cygwin: ELIBBAD = 84,
            redox: ELIBBAD = 80,
            emscripten: ELIBBAD = 130,
            kind: Other,
            message: "Accessing a corrupted shared library",
            description: "A shared library needed by the program is corrupted.",
        },
        /// .lib section in a.out corrupted (`ELIBSCN`).
        LibSectionCorrupted {
            linux | linux_powerpc: ELIBSCN = 81,
            linux_alpha | linux_sparc: ELIBSCN = 124,
            linux_mips: ELIBSCN = 85,
            linux_parisc: ELIBSCN = 172,
            illumos | cygwin: ELIBSCN = 85,
            redox: ELIBSCN = 81,
            emscripten: ELIBSCN = 131,
            kind: Other,
            message: ".lib section in a.out corrupted",
            description: "The .lib section of an a.out executable is corrupted.",
        },
        /// Attempting to link in too many shared libraries (`ELIBMAX`).
        TooManySharedLibraries {
            linux | linux_powerpc: ELIBMAX = 82,
            linux_alpha: ELIBMAX = 125,
            linux_mips: ELIBMAX = 86,
            linux_parisc: ELIBMAX = 173,
            linux_sparc: ELIBMAX = 123,
            illumos | cygwin: ELIBMAX = 86,
            redox: ELIBMAX = 82,
            emscripten: ELIBMAX = 132,
            kind: Other,
            message: "Attempting to link in too many shared libraries",
            description: "The program tries to link more shared libraries than the system permits.",
        },
        /// Cannot exec a shared library directly (`ELIBEXEC`).
        CannotExecSharedLibrary {
            linux | linux_powerpc: ELIBEXEC = 83,
            linux_alpha: ELIBEXEC = 126,
            linux_mips: ELIBEXEC = 87,
            linux_parisc: ELIBEXEC = 174,
            linux_sparc: ELIBEXEC = 110,
            illumos | cygwin: ELIBEXEC = 87,
            redox: ELIBEXEC = 83,
            hurd: ELIBEXEC = 0x40000053,
            emscripten: ELIBEXEC = 133,
            kind: Other,
            message: "Cannot exec a shared library directly",
            description: "A shared library was given to exec as if it were a program.",
        },
        /// Interrupted system call should be restarted (`ERESTART`).
        ShouldRestart {
            linux | linux_powerpc: ERESTART = 85,
            linux_alpha: ERESTART = 127,
            linux_mips: ERESTART = 91,
            linux_parisc: ERESTART = 175,
            linux_sparc: ERESTART = 116,
            illumos: ERESTART = 91,
            aix: ERESTART = 82 | ECLONEME,
            redox: ERESTART = 85,
            emscripten: ERESTART = 134,
            kind: Other,
            message: "Interrupted system call should be restarted",
            description: "The kernel wants the interrupted system call restarted; normally handled inside the kernel and not seen by programs.",
        },
        /// Streams pipe error (`ESTRPIPE`).
        StreamsPipeError {
            linux | linux_powerpc: ESTRPIPE = 86,
            linux_alpha: ESTRPIPE = 128,
            linux_mips: ESTRPIPE = 92,
            linux_parisc: ESTRPIPE = 176,
            linux_sparc: ESTRPIPE = 91,
            illumos: ESTRPIPE = 92,
            redox: ESTRPIPE = 86,
            cygwin: ESTRPIPE = 143,
            emscripten: ESTRPIPE = 135,
            kind: Other,
            message: "Streams pipe error",
            description: "A STREAMS pipe error occurred.",
        },
        /// Structure needs cleaning (`EUCLEAN`).
        StructureNeedsCleaning {
            linux | linux_alpha | linux_powerpc | linux_sparc: EUCLEAN = 117 | EFSCORRUPTED,
            linux_mips: EUCLEAN = 135 | EFSCORRUPTED,
            linux_parisc: EUCLEAN = 177 | EFSCORRUPTED,
            redox: EUCLEAN = 117,
            emscripten: EUCLEAN = 143,
            kind: Other,
            message: "Structure needs cleaning",
            description: "A file system structure is corrupted and needs repair with fsck.",
        },
        /// Not a XENIX named type file (`ENOTNAM`).
        NotXenixNamedType {
            linux | linux_alpha | linux_powerpc | linux_sparc: ENOTNAM = 118,
            linux_mips: ENOTNAM = 137,
            linux_parisc: ENOTNAM = 178,
            redox: ENOTNAM = 118,
            emscripten: ENOTNAM = 144,
            kind: Other,
            message: "Not a XENIX named type file",
            description: "The file is not a XENIX named type file. Legacy XENIX compatibility code.",
        },
        /// No XENIX semaphores available (`ENAVAIL`).
        NoXenixSemaphores {
            linux | linux_alpha | linux_powerpc | linux_sparc: ENAVAIL = 119,
            linux_mips: ENAVAIL = 138,
            linux_parisc: ENAVAIL = 179,
            redox: ENAVAIL = 119,
            emscripten: ENAVAIL = 145,
            kind: Other,
            message: "No XENIX semaphores available",
            description: "No XENIX semaphores are available. Legacy XENIX compatibility code.",
        },
        /// Is a named type file (`EISNAM`).
        IsNamedTypeFile {
            linux | linux_alpha | linux_powerpc | linux_sparc: EISNAM = 120,
            linux_mips: EISNAM = 139,
            linux_parisc: EISNAM = 180,
            redox: EISNAM = 120,
            emscripten: EISNAM = 146,
            kind: Other,
            message: "Is a named type file",
            description: "The file is a named type file. Legacy XENIX compatibility code.",
        },
        /// Remote I/O error (`EREMOTEIO`).
        RemoteIoError {
            linux | linux_alpha | linux_powerpc | linux_sparc: EREMOTEIO = 121,
            linux_mips: EREMOTEIO = 140,
            linux_parisc: EREMOTEIO = 181,
            redox: EREMOTEIO = 121,
            emscripten: EREMOTEIO = 147,
            kind: Other,
            message: "Remote I/O error",
            description: "An I/O error happened on a remote device or server.",
        },
        /// No medium found (`ENOMEDIUM`).
        NoMedium {
            linux | linux_powerpc: ENOMEDIUM = 123,
            linux_alpha: ENOMEDIUM = 129,
            linux_mips: ENOMEDIUM = 159,
            linux_parisc: ENOMEDIUM = 182,
            linux_sparc: ENOMEDIUM = 125,
            openbsd: ENOMEDIUM = 85,
            dragonfly: ENOMEDIUM = 93,
            redox: ENOMEDIUM = 123,
            cygwin: ENOMEDIUM = 135,
            emscripten: ENOMEDIUM = 148,
            kind: Other,
            message: "No medium found",
            description: "No medium (disc, tape, card) is in the drive.",
        },
        /// Wrong medium type (`EMEDIUMTYPE`).
        WrongMediumType {
            linux | linux_powerpc: EMEDIUMTYPE = 124,
            linux_alpha: EMEDIUMTYPE = 130,
            linux_mips: EMEDIUMTYPE = 160,
            linux_parisc: EMEDIUMTYPE = 183,
            linux_sparc: EMEDIUMTYPE = 126,
            openbsd: EMEDIUMTYPE = 86,
            redox: EMEDIUMTYPE = 124,
            emscripten: EMEDIUMTYPE = 149,
            kind: Other,
            message: "Wrong medium type",
            description: "The medium in the drive is of the wrong type for the request.",
        },
        /// Required key not available (`ENOKEY`).
        KeyNotAvailable {
            linux | linux_powerpc: ENOKEY = 126,
            linux_alpha: ENOKEY = 132,
            linux_mips: ENOKEY = 161,
            linux_parisc: ENOKEY = 184,
            linux_sparc: ENOKEY = 128,
            redox: ENOKEY = 126,
            emscripten: ENOKEY = 150,
            kind: Other,
            message: "Required key not available",
            description: "A required key is not in the kernel keyring.",
        },
        /// Key has expired (`EKEYEXPIRED`).
        KeyExpired {
            linux | linux_powerpc: EKEYEXPIRED = 127,
            linux_alpha: EKEYEXPIRED = 133,
            linux_mips: EKEYEXPIRED = 162,
            linux_parisc: EKEYEXPIRED = 185,
            linux_sparc: EKEYEXPIRED = 129,
            redox: EKEYEXPIRED = 127,
            emscripten: EKEYEXPIRED = 151,
            kind: Other,
            message: "Key has expired",
            description: "A key in the kernel keyring has expired.",
        },
        /// Key has been revoked (`EKEYREVOKED`).
        KeyRevoked {
            linux | linux_powerpc: EKEYREVOKED = 128,
            linux_alpha: EKEYREVOKED = 134,
            linux_mips: EKEYREVOKED = 163,
            linux_parisc: EKEYREVOKED = 186,
            linux_sparc: EKEYREVOKED = 130,
            redox: EKEYREVOKED = 128,
            emscripten: EKEYREVOKED = 152,
            kind: Other,
            message: "Key has been revoked",
            description: "A key in the kernel keyring has been revoked.",
        },
        /// Key was rejected by service (`EKEYREJECTED`).
        KeyRejected {
            linux | linux_powerpc: EKEYREJECTED = 129,
            linux_alpha: EKEYREJECTED = 135,
            linux_mips: EKEYREJECTED = 164,
            linux_parisc: EKEYREJECTED = 187,
            linux_sparc: EKEYREJECTED = 131,
            redox: EKEYREJECTED = 129,
            emscripten: EKEYREJECTED = 153,
            kind: Other,
            message: "Key was rejected by service",
            description: "A key was rejected by the service that checked it.",
        },
        /// Owner died (`EOWNERDEAD`).
        OwnerDied {
            linux | linux_powerpc: EOWNERDEAD = 130,
            linux_alpha: EOWNERDEAD = 136,
            linux_mips: EOWNERDEAD = 165,
            linux_parisc: EOWNERDEAD = 254,
            linux_sparc: EOWNERDEAD = 132,
            macos: EOWNERDEAD = 105,
            freebsd: EOWNERDEAD = 96,
            netbsd: EOWNERDEAD = 97,
            openbsd: EOWNERDEAD = 94,
            illumos: EOWNERDEAD = 58,
            aix: EOWNERDEAD = 95,
            haiku: EOWNERDEAD = -2147454914,
            redox: EOWNERDEAD = 130,
            hurd: EOWNERDEAD = 0x40000078,
            cygwin: EOWNERDEAD = 142,
            wasi | emscripten: EOWNERDEAD = 62,
            kind: Other,
            message: "Owner died",
            description: "The owner of a robust mutex died while holding it; the new owner has to make the protected state consistent.",
        },
        /// State not recoverable (`ENOTRECOVERABLE`).
        NotRecoverable {
            linux | linux_powerpc: ENOTRECOVERABLE = 131,
            linux_alpha: ENOTRECOVERABLE = 137,
            linux_mips: ENOTRECOVERABLE = 166,
            linux_parisc: ENOTRECOVERABLE = 255,
            linux_sparc: ENOTRECOVERABLE = 133,
            macos: ENOTRECOVERABLE = 104,
            freebsd: ENOTRECOVERABLE = 95,
            netbsd: ENOTRECOVERABLE = 98,
            openbsd: ENOTRECOVERABLE = 93,
            illumos: ENOTRECOVERABLE = 59,
            aix: ENOTRECOVERABLE = 94,
            haiku: ENOTRECOVERABLE = -2147454915,
            redox: ENOTRECOVERABLE = 131,
            hurd: ENOTRECOVERABLE = 0x40000079,
            cygwin: ENOTRECOVERABLE = 141,
            wasi | emscripten: ENOTRECOVERABLE = 56,
            kind: Other,
            message: "State not recoverable",
            description: "The state protected by a robust mutex can no longer be recovered.",
        },
        /// Operation not possible due to RF-kill (`ERFKILL`).
        RfKill {
            linux | linux_powerpc: ERFKILL = 132,
            linux_alpha: ERFKILL = 138,
            linux_mips: ERFKILL = 167,
            linux_parisc: ERFKILL = 256,
            linux_sparc: ERFKILL = 134,
            emscripten: ERFKILL = 154,
            kind: Other,
            message: "Operation not possible due to RF-kill",
            description: "The operation is blocked because the radio is switched off by an RF kill switch.",
        },
        /// Memory page has hardware error (`EHWPOISON`).
        HardwarePoison {
            linux | linux_powerpc: EHWPOISON = 133,
            linux_alpha: EHWPOISON = 139,
            linux_mips: EHWPOISON = 168,
            linux_parisc: EHWPOISON = 257,
            linux_sparc: EHWPOISON = 135,
            emscripten: EHWPOISON = 155,
            kind: Other,
            message: "Memory page has hardware error",
            description: "A memory page has an uncorrectable hardware error.",
        },
        /// RPC struct is bad (`EBADRPC`).
        BadRpcStruct {
            macos | freebsd: EBADRPC = 72,
            netbsd | openbsd | dragonfly: EBADRPC = 72,
            hurd: EBADRPC = 0x40000048,
            kind: Other,
            message: "RPC struct is bad",
            description: "A Sun RPC message structure is invalid.",
        },
        /// RPC version wrong (`ERPCMISMATCH`).
        RpcVersionMismatch {
            macos | freebsd: ERPCMISMATCH = 73,
            netbsd | openbsd | dragonfly: ERPCMISMATCH = 73,
            hurd: ERPCMISMATCH = 0x40000049,
            kind: Other,
            message: "RPC version wrong",
            description: "The Sun RPC protocol versions of client and server do not match.",
        },
        /// RPC prog. not avail (`EPROGUNAVAIL`).
        RpcProgramUnavailable {
            macos | freebsd: EPROGUNAVAIL = 74,
            netbsd | openbsd | dragonfly: EPROGUNAVAIL = 74,
            hurd: EPROGUNAVAIL = 0x4000004a,
            kind: Other,
            message: "RPC prog. not avail",
            description: "The server does not offer the requested Sun RPC program.",
        },
        /// Program version wrong (`EPROGMISMATCH`).
        RpcProgramVersionMismatch {
            macos | freebsd: EPROGMISMATCH = 75,
            netbsd | openbsd | dragonfly: EPROGMISMATCH = 75,
            hurd: EPROGMISMATCH = 0x4000004b,
            kind: Other,
            message: "Program version wrong",
            description: "The server offers the Sun RPC program but not in the requested version.",
        },
        /// Bad procedure for program (`EPROCUNAVAIL`).
        RpcProcedureUnavailable {
            macos | freebsd: EPROCUNAVAIL = 76,
            netbsd | openbsd | dragonfly: EPROCUNAVAIL = 76,
            hurd: EPROCUNAVAIL = 0x4000004c,
            kind: Other,
            message: "Bad procedure for program",
            description: "The Sun RPC program has no such procedure.",
        },
        /// Inappropriate file type or format (`EFTYPE`).
        InappropriateFileType {
            macos | freebsd: EFTYPE = 79,
            netbsd | openbsd | dragonfly | cygwin: EFTYPE = 79,
            hurd: EFTYPE = 0x4000004f,
            kind: Other,
            message: "Inappropriate file type or format",
            description: "The file's type or format is wrong for the operation.",
        },
        /// Authentication error (`EAUTH`).
        AuthenticationError {
            macos | freebsd: EAUTH = 80,
            netbsd | openbsd | dragonfly: EAUTH = 80,
            hurd: EAUTH = 0x40000050,
            kind: Other,
            message: "Authentication error",
            description: "Authentication failed, e.g. an NFS server rejected the credentials.",
        },
        /// Need authenticator (`ENEEDAUTH`).
        NeedAuthenticator {
            macos | freebsd: ENEEDAUTH = 81,
            netbsd | openbsd | dragonfly: ENEEDAUTH = 81,
            hurd: ENEEDAUTH = 0x40000051,
            kind: Other,
            message: "Need authenticator",
            description: "The operation needs authentication credentials that were not supplied.",
        },
        /// Device power is off (`EPWROFF`).
        DevicePowerOff {
            macos: EPWROFF = 82,
            kind: Other,
            message: "Device power is off",
            description: "The device is powered off.",
        },
        /// Device error (`EDEVERR`).
        DeviceError {
            macos: EDEVERR = 83,
            kind: Other,
            message: "Device error",
            description: "The device reported an error, e.g. a printer that is out of paper.",
        },
        /// Bad executable (or shared library) (`EBADEXEC`).
        BadExecutable {
            macos: EBADEXEC = 85,
            kind: Other,
            message: "Bad executable (or shared library)",
            description: "The executable or shared library is malformed.",
        },
        /// Bad CPU type in executable (`EBADARCH`).
        BadCpuType {
            macos: EBADARCH = 86,
            kind: Other,
            message: "Bad CPU type in executable",
            description: "The executable contains no code for this machine's CPU architecture.",
        },
        /// Shared library version mismatch (`ESHLIBVERS`).
        SharedLibraryVersionMismatch {
            macos: ESHLIBVERS = 87,
            kind: Other,
            message: "Shared library version mismatch",
            description: "A shared library's version is not compatible with the program using it.",
        },
        /// Malformed Mach-o file (`EBADMACHO`).
        MalformedMachO {
            macos: EBADMACHO = 88,
            kind: Other,
            message: "Malformed Mach-o file",
            description: "A Mach-O file has an invalid structure.",
        },
        /// Attribute not found (`ENOATTR`).
        AttributeNotFound {
            macos: ENOATTR = 93,
            freebsd: ENOATTR = 87,
            netbsd: ENOATTR = 93,
            openbsd: ENOATTR = 83,
            dragonfly: ENOATTR = 87,
            aix: ENOATTR = 112,
            haiku: ENOATTR = -2147454916,
            kind: Other,
            message: "Attribute not found",
            description: "The requested extended attribute does not exist. Linux reports this case as ENODATA.",
        },
        /// Policy not found (`ENOPOLICY`).
        PolicyNotFound {
            macos: ENOPOLICY = 103,
            kind: Other,
            message: "Policy not found",
            description: "No such policy is registered.",
        },
        /// Interface output queue is full (`EQFULL`).
        InterfaceQueueFull {
            macos: EQFULL = 106,
            kind: Other,
            message: "Interface output queue is full",
            description: "The network interface's output queue is full; retry after it drains.",
        },
        /// Capabilities insufficient (`ENOTCAPABLE`).
        NotCapable {
            macos: ENOTCAPABLE = 107,
            freebsd: ENOTCAPABLE = 93,
            wasi: ENOTCAPABLE = 76,
            kind: Other,
            message: "Capabilities insufficient",
            description: "The descriptor lacks the capability rights the operation needs (Capsicum on FreeBSD; WASI when the rights of a preopened directory or descriptor do not allow it; newer macOS defines the code too).",
        },
        /// Programming error (`EDOOFUS`).
        ProgrammingError {
            freebsd: EDOOFUS = 88,
            dragonfly: EDOOFUS = 88,
            kind: Other,
            message: "Programming error",
            description: "FreeBSD's (and DragonFly's) code for a detected programming error, such as a library used in a way it does not allow.",
        },
        /// Not permitted in capability mode (`ECAPMODE`).
        CapabilityMode {
            freebsd: ECAPMODE = 94,
            kind: Other,
            message: "Not permitted in capability mode",
            description: "The process is in Capsicum capability mode, where the operation is forbidden.",
        },
        /// Integrity check failed (`EINTEGRITY`).
        IntegrityCheckFailed {
            freebsd: EINTEGRITY = 97,
            kind: Other,
            message: "Integrity check failed",
            description: "An integrity check failed, e.g. a file system metadata checksum did not match.",
        },
        /// IPsec processing failure (`EIPSEC`).
        IpsecFailure {
            openbsd: EIPSEC = 82,
            kind: Other,
            message: "IPsec processing failure",
            description: "OpenBSD's IPsec stack could not process a packet for the socket, for example because no security association matches it. OpenBSD-only.",
        },
        /// Locked lock was unmapped (`ELOCKUNMAPPED`).
        LockUnmapped {
            illumos: ELOCKUNMAPPED = 72,
            kind: Other,
            message: "Locked lock was unmapped",
            description: "A robust lock held by a process lay in memory that has since been unmapped, so the lock can no longer be reached. illumos and Solaris only.",
        },
        /// Facility is not active (`ENOTACTIVE`).
        FacilityNotActive {
            illumos: ENOTACTIVE = 73,
            kind: Other,
            message: "Facility is not active",
            description: "The system facility the call depends on (such as process accounting or auditing) is switched off. illumos and Solaris only.",
        },
        /// Device not ready (`ENOTREADY`).
        DeviceNotReady {
            aix: ENOTREADY = 46,
            kind: Other,
            message: "Device not ready",
            description: "The device is there but cannot take requests yet, such as a drive without a medium loaded. AIX-only.",
        },
        /// Write-protected media (`EWRPROTECT`).
        WriteProtectedMedia {
            aix: EWRPROTECT = 47,
            kind: Other,
            message: "Write-protected media",
            description: "A write went to a medium whose write protection is on. AIX-only.",
        },
        /// Unformatted or incompatible media (`EFORMAT`).
        UnformattedMedia {
            aix: EFORMAT = 48,
            kind: Other,
            message: "Unformatted or incompatible media",
            description: "The medium in the device has no format, or one the driver cannot read. AIX-only.",
        },
        /// Cannot Establish Connection (`ENOCONNECT`).
        CannotEstablishConnection {
            aix: ENOCONNECT = 50,
            kind: Other,
            message: "Cannot Establish Connection",
            description: "A connection to a device or remote service could not be set up. AIX-only.",
        },
        /// Requests blocked by Administrator (`EDIST`).
        BlockedByAdministrator {
            aix: EDIST = 53,
            kind: Other,
            message: "Requests blocked by Administrator",
            description: "The administrator has blocked requests to the resource; AIX's header marks the code as old and unused. AIX-only.",
        },
        /// Invalid file system control data detected (`ECORRUPT`).
        CorruptFilesystem {
            aix: ECORRUPT = 89,
            kind: Other,
            message: "Invalid file system control data detected",
            description: "The file system's own metadata failed a consistency check; the file system needs repair. AIX-only.",
        },
        /// For future use (`ESYSERROR`).
        SystemErrorReserved {
            aix: ESYSERROR = 90,
            kind: Other,
            message: "For future use",
            description: "A code AIX reserves; its strerror text says it is for future use. AIX-only.",
        },
        /// Media surface error (`EMEDIA`).
        MediaSurfaceError {
            aix: EMEDIA = 110,
            kind: Other,
            message: "Media surface error",
            description: "The disk driver found a defect on the recording surface of the medium. AIX-only.",
        },
        /// I/O completed, but needs relocation (`ESOFT`).
        NeedsRelocation {
            aix: ESOFT = 111,
            kind: Other,
            message: "I/O completed, but needs relocation",
            description: "The transfer succeeded only after retries, so the disk driver asks for the block to be moved elsewhere. AIX-only.",
        },
        /// Security Authentication Denied (`ESAD`).
        SecurityAuthenticationDenied {
            aix: ESAD = 113,
            kind: Other,
            message: "Security Authentication Denied",
            description: "AIX's security subsystem refused to authenticate the caller. AIX-only.",
        },
        /// Not a Trusted Program (`ENOTRUST`).
        NotTrustedProgram {
            aix: ENOTRUST = 114,
            kind: Other,
            message: "Not a Trusted Program",
            description: "The operation is reserved for programs of AIX's trusted computing base, and the caller is not one. AIX-only.",
        },
        /// File Position Error (`EFPOS`).
        FilePositionError {
            haiku: EFPOS = -2147454962,
            kind: Other,
            message: "File Position Error",
            description: "A file position was out of range or could not be represented. Haiku-only.",
        },
        /// Signal Error (`ESIGPARM`).
        SignalError {
            haiku: ESIGPARM = -2147454961,
            kind: Other,
            message: "Signal Error",
            description: "A signal-related call received a bad parameter. Haiku-only.",
        },
        /// Inappropriate operation for background process (`EBACKGROUND`).
        BackgroundProcess {
            hurd: EBACKGROUND = 0x40000064,
            kind: Other,
            message: "Inappropriate operation for background process",
            description: "A process in a background process group tried an operation that only the terminal's foreground group may do; the Hurd's terminal server reports it where other systems stop the process with SIGTTIN or SIGTTOU. GNU/Hurd only.",
        },
        /// Translator died (`EDIED`).
        TranslatorDied {
            hurd: EDIED = 0x40000065,
            kind: Other,
            message: "Translator died",
            description: "The Hurd translator (the user-space server behind a file or port) went away while the call was using it. GNU/Hurd only.",
        },
        /// ? (`ED`).
        Unexplained {
            hurd: ED = 0x40000066,
            kind: Other,
            message: "?",
            description: "One of glibc's humorous GNU/Hurd codes, with no defined meaning; its strerror text is a lone question mark. GNU/Hurd only.",
        },
        /// You really blew it this time (`EGREGIOUS`).
        Egregious {
            hurd: EGREGIOUS = 0x40000067,
            kind: Other,
            message: "You really blew it this time",
            description: "One of glibc's humorous GNU/Hurd codes, with no defined meaning. GNU/Hurd only.",
        },
        /// Computer bought the farm (`EIEIO`).
        ComputerBoughtTheFarm {
            hurd: EIEIO = 0x40000068,
            kind: Other,
            message: "Computer bought the farm",
            description: "One of glibc's humorous GNU/Hurd codes, with no defined meaning. GNU/Hurd only.",
        },
        /// Gratuitous error (`EGRATUITOUS`).
        Gratuitous {
            hurd: EGRATUITOUS = 0x40000069,
            kind: Other,
            message: "Gratuitous error",
            description: "One of glibc's humorous GNU/Hurd codes, reserved for errors that serve no purpose. GNU/Hurd only.",
        },
        /// Inode is remote (not really error) (`ELBIN`).
        RemoteInode {
            cygwin: ELBIN = 75,
            kind: Other,
            message: "Inode is remote (not really error)",
            description: "An inode lies on a remote file system: a code newlib inherited from System V's remote file sharing, which Cygwin defines but does not return. Cygwin-only.",
        },
        /// No more files (`ENMFILE`).
        NoMoreFiles {
            cygwin: ENMFILE = 89,
            kind: Other,
            message: "No more files",
            description: "A directory search found no further entries, the Cygwin spelling of Windows' ERROR_NO_MORE_FILES. Cygwin-only.",
        },
        /// No such host or network path (`ENOSHARE`).
        NoSuchShare {
            cygwin: ENOSHARE = 136,
            kind: Other,
            message: "No such host or network path",
            description: "A UNC path named a server or share that cannot be found on the network. Cygwin-only.",
        },
        /// Filename exists with different case (`ECASECLASH`).
        CaseClash {
            cygwin: ECASECLASH = 137,
            kind: Other,
            message: "Filename exists with different case",
            description: "On a case-sensitive Cygwin mount over a case-insensitive Windows file system, a file whose name differs only in letter case is already there. Cygwin-only.",
        },
        /// Reserved (`EINIT`).
        InitReserved {
            linux_mips: EINIT = 141,
            kind: Other,
            message: "Reserved",
            description: "A code reserved by the Linux MIPS errno header; the kernel does not return it.",
        },
        /// Error 142 (`EREMDEV`).
        RemoteDeviceReserved {
            linux_mips: EREMDEV = 142,
            kind: Other,
            message: "Error 142",
            description: "A code reserved by the Linux MIPS errno header (named EREMDEV); the kernel does not return it.",
        },
        /// Symbol does not exist in executable (`ENOSYM`).
        SymbolNotFound {
            linux_parisc: ENOSYM = 215,
            kind: Other,
            message: "Symbol does not exist in executable",
            description: "A symbol does not exist in the executable. Defined only by the Linux PA-RISC header, for HP-UX compatibility.",
        },
        /// Remote peer released connection (`EREMOTERELEASE`).
        RemotePeerReleased {
            linux_parisc: EREMOTERELEASE = 240,
            kind: Other,
            message: "Remote peer released connection",
            description: "The remote peer released the connection. Defined only by the Linux PA-RISC header, for HP-UX compatibility.",
        },
        /// Too many levels of remote in path (`ERREMOTE`).
        TooManyRemoteLevels {
            linux_sparc: ERREMOTE = 81,
            kind: Other,
            message: "Too many levels of remote in path",
            description: "A path crossed too many levels of remote mounts. Defined only by the Linux SPARC header, after SunOS; it carries the meaning that BSD gives EREMOTE.",
        },
        /// Keeps a code this table does not list, losslessly (see [`Unlisted`](crate::Unlisted)).
        #[catch_all]
        Unlisted,
    }
}
