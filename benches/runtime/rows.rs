//! The one list of the 60 rows every table in this benchmark is built from, so that
//! errtable and each peer describe exactly the same enum. `scripts/common.py` reads this
//! file too, for the cold-build crates.
//!
//! A row: (variant, its name as a string, Linux symbol, the symbol as a string, Linux
//! code, `io::ErrorKind`, message). Strum's attributes take only string literals, hence
//! the names twice.

/// Calls `$callback! { (row),* }` with every row.
macro_rules! with_rows {
    ($callback:ident) => {
        $callback! {
            (OperationNotPermitted, "OperationNotPermitted", EPERM, "EPERM", 1, PermissionDenied, "Operation not permitted"),
            (NoSuchFile, "NoSuchFile", ENOENT, "ENOENT", 2, NotFound, "No such file or directory"),
            (NoSuchProcess, "NoSuchProcess", ESRCH, "ESRCH", 3, Other, "No such process"),
            (Interrupted, "Interrupted", EINTR, "EINTR", 4, Interrupted, "Interrupted system call"),
            (InputOutput, "InputOutput", EIO, "EIO", 5, Other, "Input/output error"),
            (NoSuchDeviceOrAddress, "NoSuchDeviceOrAddress", ENXIO, "ENXIO", 6, Other, "No such device or address"),
            (ArgumentListTooLong, "ArgumentListTooLong", E2BIG, "E2BIG", 7, ArgumentListTooLong, "Argument list too long"),
            (ExecFormat, "ExecFormat", ENOEXEC, "ENOEXEC", 8, Other, "Exec format error"),
            (BadFileDescriptor, "BadFileDescriptor", EBADF, "EBADF", 9, Other, "Bad file descriptor"),
            (NoChildProcesses, "NoChildProcesses", ECHILD, "ECHILD", 10, Other, "No child processes"),
            (WouldBlock, "WouldBlock", EAGAIN, "EAGAIN", 11, WouldBlock, "Resource temporarily unavailable"),
            (OutOfMemory, "OutOfMemory", ENOMEM, "ENOMEM", 12, OutOfMemory, "Cannot allocate memory"),
            (PermissionDenied, "PermissionDenied", EACCES, "EACCES", 13, PermissionDenied, "Permission denied"),
            (BadAddress, "BadAddress", EFAULT, "EFAULT", 14, Other, "Bad address"),
            (NotABlockDevice, "NotABlockDevice", ENOTBLK, "ENOTBLK", 15, Other, "Block device required"),
            (Busy, "Busy", EBUSY, "EBUSY", 16, ResourceBusy, "Device or resource busy"),
            (AlreadyExists, "AlreadyExists", EEXIST, "EEXIST", 17, AlreadyExists, "File exists"),
            (CrossDevice, "CrossDevice", EXDEV, "EXDEV", 18, CrossesDevices, "Invalid cross-device link"),
            (NoSuchDevice, "NoSuchDevice", ENODEV, "ENODEV", 19, Other, "No such device"),
            (NotADirectory, "NotADirectory", ENOTDIR, "ENOTDIR", 20, NotADirectory, "Not a directory"),
            (IsADirectory, "IsADirectory", EISDIR, "EISDIR", 21, IsADirectory, "Is a directory"),
            (InvalidArgument, "InvalidArgument", EINVAL, "EINVAL", 22, InvalidInput, "Invalid argument"),
            (SystemFileLimit, "SystemFileLimit", ENFILE, "ENFILE", 23, Other, "Too many open files in system"),
            (ProcessFileLimit, "ProcessFileLimit", EMFILE, "EMFILE", 24, Other, "Too many open files"),
            (NotATerminal, "NotATerminal", ENOTTY, "ENOTTY", 25, Other, "Inappropriate ioctl for device"),
            (TextFileBusy, "TextFileBusy", ETXTBSY, "ETXTBSY", 26, ExecutableFileBusy, "Text file busy"),
            (FileTooLarge, "FileTooLarge", EFBIG, "EFBIG", 27, FileTooLarge, "File too large"),
            (NoSpace, "NoSpace", ENOSPC, "ENOSPC", 28, StorageFull, "No space left on device"),
            (IllegalSeek, "IllegalSeek", ESPIPE, "ESPIPE", 29, NotSeekable, "Illegal seek"),
            (ReadOnlyFilesystem, "ReadOnlyFilesystem", EROFS, "EROFS", 30, ReadOnlyFilesystem, "Read-only file system"),
            (TooManyLinks, "TooManyLinks", EMLINK, "EMLINK", 31, TooManyLinks, "Too many links"),
            (BrokenPipe, "BrokenPipe", EPIPE, "EPIPE", 32, BrokenPipe, "Broken pipe"),
            (OutOfDomain, "OutOfDomain", EDOM, "EDOM", 33, Other, "Numerical argument out of domain"),
            (OutOfRange, "OutOfRange", ERANGE, "ERANGE", 34, Other, "Numerical result out of range"),
            (Deadlock, "Deadlock", EDEADLK, "EDEADLK", 35, Deadlock, "Resource deadlock avoided"),
            (NameTooLong, "NameTooLong", ENAMETOOLONG, "ENAMETOOLONG", 36, InvalidFilename, "File name too long"),
            (NoLocks, "NoLocks", ENOLCK, "ENOLCK", 37, Other, "No locks available"),
            (NotImplemented, "NotImplemented", ENOSYS, "ENOSYS", 38, Unsupported, "Function not implemented"),
            (DirectoryNotEmpty, "DirectoryNotEmpty", ENOTEMPTY, "ENOTEMPTY", 39, DirectoryNotEmpty, "Directory not empty"),
            (TooManySymlinks, "TooManySymlinks", ELOOP, "ELOOP", 40, Other, "Too many levels of symbolic links"),
            (NoMessage, "NoMessage", ENOMSG, "ENOMSG", 42, Other, "No message of desired type"),
            (IdentifierRemoved, "IdentifierRemoved", EIDRM, "EIDRM", 43, Other, "Identifier removed"),
            (ChannelOutOfRange, "ChannelOutOfRange", ECHRNG, "ECHRNG", 44, Other, "Channel number out of range"),
            (Level2NotSynchronized, "Level2NotSynchronized", EL2NSYNC, "EL2NSYNC", 45, Other, "Level 2 not synchronized"),
            (Level3Halted, "Level3Halted", EL3HLT, "EL3HLT", 46, Other, "Level 3 halted"),
            (Level3Reset, "Level3Reset", EL3RST, "EL3RST", 47, Other, "Level 3 reset"),
            (LinkNumberOutOfRange, "LinkNumberOutOfRange", ELNRNG, "ELNRNG", 48, Other, "Link number out of range"),
            (DriverNotAttached, "DriverNotAttached", EUNATCH, "EUNATCH", 49, Other, "Protocol driver not attached"),
            (NoCsiStructure, "NoCsiStructure", ENOCSI, "ENOCSI", 50, Other, "No CSI structure available"),
            (Level2Halted, "Level2Halted", EL2HLT, "EL2HLT", 51, Other, "Level 2 halted"),
            (InvalidExchange, "InvalidExchange", EBADE, "EBADE", 52, Other, "Invalid exchange"),
            (InvalidRequestDescriptor, "InvalidRequestDescriptor", EBADR, "EBADR", 53, Other, "Invalid request descriptor"),
            (ExchangeFull, "ExchangeFull", EXFULL, "EXFULL", 54, Other, "Exchange full"),
            (NoAnode, "NoAnode", ENOANO, "ENOANO", 55, Other, "No anode"),
            (InvalidRequestCode, "InvalidRequestCode", EBADRQC, "EBADRQC", 56, Other, "Invalid request code"),
            (InvalidSlot, "InvalidSlot", EBADSLT, "EBADSLT", 57, Other, "Invalid slot"),
            (BadFontFile, "BadFontFile", EBFONT, "EBFONT", 59, Other, "Bad font file format"),
            (NotAStream, "NotAStream", ENOSTR, "ENOSTR", 60, Other, "Device not a stream"),
            (NoData, "NoData", ENODATA, "ENODATA", 61, Other, "No data available"),
            (TimerExpired, "TimerExpired", ETIME, "ETIME", 62, Other, "Timer expired"),
        }
    };
}
