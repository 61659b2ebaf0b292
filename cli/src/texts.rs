//! The texts systems print beside a code, besides the tables' own messages (which are
//! glibc's `strerror`): macOS's and the BSDs', musl's, and Microsoft's `FormatMessage`
//! texts. A text beside a number tells which of the rows the number may be it is.
//!
//! Keyed by symbol: a row has a text when one of its names is the symbol. The texts are
//! facts of each system, carried over as they print them (without a final full stop).

/// `(symbol, text)`: a text some system prints for the error of that symbol.
pub const OTHER_TEXTS: &[(&str, &str)] = &[
    // macOS, FreeBSD and the other BSDs, where they differ from glibc's.
    ("ETIMEDOUT", "Operation timed out"),
    ("ENOTCONN", "Socket is not connected"),
    ("EISCONN", "Socket is already connected"),
    ("ESHUTDOWN", "Can't send after socket shutdown"),
    ("EADDRNOTAVAIL", "Can't assign requested address"),
    ("EAFNOSUPPORT", "Address family not supported by protocol family"),
    ("EOPNOTSUPP", "Operation not supported on socket"),
    ("EDQUOT", "Disc quota exceeded"),
    ("ESTALE", "Stale NFS file handle"),
    ("EREMOTE", "Too many levels of remote in path"),
    ("ENODATA", "No message available on STREAM"),
    ("ENOSTR", "Not a STREAM"),
    ("ETIME", "STREAM ioctl timeout"),
    ("ENOSR", "No STREAM resources"),
    ("EPROTO", "Protocol error"),
    // musl, where it differs from glibc's.
    ("EHOSTUNREACH", "Host is unreachable"),
    ("EADDRINUSE", "Address in use"),
    ("EADDRNOTAVAIL", "Address not available"),
    ("ENOTCONN", "Socket not connected"),
    ("EISCONN", "Socket is connected"),
    ("ENETUNREACH", "Network unreachable"),
    ("ECONNABORTED", "Connection aborted"),
    ("EIO", "I/O error"),
    ("ENOMEM", "Out of memory"),
    ("EMFILE", "No file descriptors available"),
    ("EBUSY", "Resource busy"),
    ("ENOTSUP", "Not supported"),
    ("EMSGSIZE", "Message too large"),
    ("ENOTSOCK", "Not a socket"),
    ("EDESTADDRREQ", "Destination address required"),
    ("EPROTOTYPE", "Protocol wrong type for socket"),
    // Microsoft's texts for Winsock errors.
    ("WSAEINTR", "A blocking operation was interrupted by a call to WSACancelBlockingCall"),
    ("WSAEBADF", "The file handle supplied is not valid"),
    ("WSAEACCES", "An attempt was made to access a socket in a way forbidden by its access permissions"),
    ("WSAEFAULT", "The system detected an invalid pointer address in attempting to use a pointer argument in a call"),
    ("WSAEINVAL", "An invalid argument was supplied"),
    ("WSAEMFILE", "Too many open sockets"),
    ("WSAEWOULDBLOCK", "A non-blocking socket operation could not be completed immediately"),
    ("WSAEINPROGRESS", "A blocking operation is currently executing"),
    ("WSAEALREADY", "An operation was attempted on a non-blocking socket that already had an operation in progress"),
    ("WSAENOTSOCK", "An operation was attempted on something that is not a socket"),
    ("WSAEDESTADDRREQ", "A required address was omitted from an operation on a socket"),
    ("WSAEMSGSIZE", "A message sent on a datagram socket was larger than the internal message buffer"),
    ("WSAEPROTOTYPE", "A protocol was specified in the socket function call that does not support the semantics of the socket type requested"),
    ("WSAENOPROTOOPT", "An unknown, invalid, or unsupported option or level was specified in a getsockopt or setsockopt call"),
    ("WSAEPROTONOSUPPORT", "The requested protocol has not been configured into the system, or no implementation for it exists"),
    ("WSAESOCKTNOSUPPORT", "The support for the specified socket type does not exist in this address family"),
    ("WSAEOPNOTSUPP", "The attempted operation is not supported for the type of object referenced"),
    ("WSAEPFNOSUPPORT", "The protocol family has not been configured into the system or no implementation for it exists"),
    ("WSAEAFNOSUPPORT", "An address incompatible with the requested protocol was used"),
    ("WSAEADDRINUSE", "Only one usage of each socket address (protocol/network address/port) is normally permitted"),
    ("WSAEADDRNOTAVAIL", "The requested address is not valid in its context"),
    ("WSAENETDOWN", "A socket operation encountered a dead network"),
    ("WSAENETUNREACH", "A socket operation was attempted to an unreachable network"),
    ("WSAENETRESET", "The connection has been broken due to keep-alive activity detecting a failure while the operation was in progress"),
    ("WSAECONNABORTED", "An established connection was aborted by the software in your host machine"),
    ("WSAECONNRESET", "An existing connection was forcibly closed by the remote host"),
    ("WSAENOBUFS", "An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full"),
    ("WSAEISCONN", "A connect request was made on an already connected socket"),
    ("WSAENOTCONN", "A request to send or receive data was disallowed because the socket is not connected"),
    ("WSAESHUTDOWN", "A request to send or receive data was disallowed because the socket had already been shut down"),
    ("WSAETIMEDOUT", "A connection attempt failed because the connected party did not properly respond after a period of time"),
    ("WSAECONNREFUSED", "No connection could be made because the target machine actively refused it"),
    ("WSAEHOSTDOWN", "A socket operation failed because the destination host was down"),
    ("WSAEHOSTUNREACH", "A socket operation was attempted to an unreachable host"),
    ("WSAHOST_NOT_FOUND", "No such host is known"),
    ("WSANO_DATA", "The requested name is valid, but no data of the requested type was found"),
    // Microsoft's texts for common Win32 errors.
    ("ERROR_FILE_NOT_FOUND", "The system cannot find the file specified"),
    ("ERROR_PATH_NOT_FOUND", "The system cannot find the path specified"),
    ("ERROR_ACCESS_DENIED", "Access is denied"),
    ("ERROR_INVALID_HANDLE", "The handle is invalid"),
    ("ERROR_NOT_ENOUGH_MEMORY", "Not enough memory resources are available to process this command"),
    ("ERROR_SHARING_VIOLATION", "The process cannot access the file because it is being used by another process"),
    ("ERROR_NETNAME_DELETED", "The specified network name is no longer available"),
    ("ERROR_FILE_EXISTS", "The file exists"),
    ("ERROR_INVALID_PARAMETER", "The parameter is incorrect"),
    ("ERROR_BROKEN_PIPE", "The pipe has been ended"),
    ("ERROR_DISK_FULL", "There is not enough space on the disk"),
    ("ERROR_ALREADY_EXISTS", "Cannot create a file when that file already exists"),
    ("ERROR_OPERATION_ABORTED", "The I/O operation has been aborted because of either a thread exit or an application request"),
    ("ERROR_CONNECTION_REFUSED", "The remote computer refused the network connection"),
    ("ERROR_CONNECTION_ABORTED", "The network connection was aborted by the local system"),
];

/// Every text of a row whose names are `names` and whose own message is `message`, in
/// lower case, the row's own first.
pub fn row_texts<'a>(message: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut texts = vec![message.to_ascii_lowercase()];
    for name in names {
        for &(_, text) in OTHER_TEXTS.iter().filter(|&&(symbol, _)| symbol == name) {
            let text = text.to_ascii_lowercase();
            if !texts.contains(&text) {
                texts.push(text);
            }
        }
    }
    texts
}
