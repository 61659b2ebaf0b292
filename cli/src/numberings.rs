//! Numberings that programs print but the canonical tables do not hold, each from its
//! source: libuv's (Node prints it), the MSVC C runtime's `errno.h`, NTSTATUS and
//! OpenSSL's packed system errors. Each maps a number to a name the tables know (or, for
//! NTSTATUS, to the Win32 code Windows reports for it), so the rows stay the tables'.
//!
//! The tests in `tests/numberings.rs` read the headers these lists come from
//! (`uv/errno.h`, mingw-w64's `errno.h` and `ntstatus.h`) and compare every entry.

/// libuv's own codes where the platform has no errno for them: Windows. On Unix a
/// `UV_E*` code is the negated errno (`UV_ECONNRESET` is -104 on Linux). From libuv
/// 1.44's `include/uv/errno.h`, the `UV__E*` fallbacks.
pub const LIBUV_WINDOWS: &[(&str, i32)] = &[
    ("E2BIG", -4093),
    ("EACCES", -4092),
    ("EADDRINUSE", -4091),
    ("EADDRNOTAVAIL", -4090),
    ("EAFNOSUPPORT", -4089),
    ("EAGAIN", -4088),
    ("EALREADY", -4084),
    ("EBADF", -4083),
    ("EBUSY", -4082),
    ("ECANCELED", -4081),
    ("ECHARSET", -4080),
    ("ECONNABORTED", -4079),
    ("ECONNREFUSED", -4078),
    ("ECONNRESET", -4077),
    ("EDESTADDRREQ", -4076),
    ("EEXIST", -4075),
    ("EFAULT", -4074),
    ("EHOSTUNREACH", -4073),
    ("EINTR", -4072),
    ("EINVAL", -4071),
    ("EIO", -4070),
    ("EISCONN", -4069),
    ("EISDIR", -4068),
    ("ELOOP", -4067),
    ("EMFILE", -4066),
    ("EMSGSIZE", -4065),
    ("ENAMETOOLONG", -4064),
    ("ENETDOWN", -4063),
    ("ENETUNREACH", -4062),
    ("ENFILE", -4061),
    ("ENOBUFS", -4060),
    ("ENODEV", -4059),
    ("ENOENT", -4058),
    ("ENOMEM", -4057),
    ("ENONET", -4056),
    ("ENOSPC", -4055),
    ("ENOSYS", -4054),
    ("ENOTCONN", -4053),
    ("ENOTDIR", -4052),
    ("ENOTEMPTY", -4051),
    ("ENOTSOCK", -4050),
    ("ENOTSUP", -4049),
    ("EPERM", -4048),
    ("EPIPE", -4047),
    ("EPROTO", -4046),
    ("EPROTONOSUPPORT", -4045),
    ("EPROTOTYPE", -4044),
    ("EROFS", -4043),
    ("ESHUTDOWN", -4042),
    ("ESPIPE", -4041),
    ("ESRCH", -4040),
    ("ETIMEDOUT", -4039),
    ("ETXTBSY", -4038),
    ("EXDEV", -4037),
    ("EFBIG", -4036),
    ("ENOPROTOOPT", -4035),
    ("ERANGE", -4034),
    ("ENXIO", -4033),
    ("EMLINK", -4032),
    ("EHOSTDOWN", -4031),
    ("EREMOTEIO", -4030),
    ("ENOTTY", -4029),
    ("EFTYPE", -4028),
    ("EILSEQ", -4027),
    ("EOVERFLOW", -4026),
    ("ESOCKTNOSUPPORT", -4025),
];

/// libuv's getaddrinfo codes, the same on every platform (`UV__EAI_*`, from the same
/// header); the name is getaddrinfo's.
pub const LIBUV_GETADDRINFO: &[(&str, i32)] = &[
    ("EAI_ADDRFAMILY", -3000),
    ("EAI_AGAIN", -3001),
    ("EAI_BADFLAGS", -3002),
    ("EAI_CANCELED", -3003),
    ("EAI_FAIL", -3004),
    ("EAI_FAMILY", -3005),
    ("EAI_MEMORY", -3006),
    ("EAI_NODATA", -3007),
    ("EAI_NONAME", -3008),
    ("EAI_OVERFLOW", -3009),
    ("EAI_SERVICE", -3010),
    ("EAI_SOCKTYPE", -3011),
    ("EAI_BADHINTS", -3013),
    ("EAI_PROTOCOL", -3014),
];

/// The MSVC C runtime's `errno` values on Windows where they are not the Winsock or
/// Win32 numbers (what `strerror` and C programs print there). From mingw-w64's
/// `errno.h`, which follows the CRT's; the POSIX supplement starts at 100.
pub const MSVC_CRT: &[(&str, i32)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("EXDEV", 18),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOTTY", 25),
    ("EFBIG", 27),
    ("ENOSPC", 28),
    ("ESPIPE", 29),
    ("EROFS", 30),
    ("EMLINK", 31),
    ("EPIPE", 32),
    ("EDOM", 33),
    ("ERANGE", 34),
    ("EDEADLK", 36),
    ("ENAMETOOLONG", 38),
    ("ENOLCK", 39),
    ("ENOSYS", 40),
    ("ENOTEMPTY", 41),
    ("EILSEQ", 42),
    ("EADDRINUSE", 100),
    ("EADDRNOTAVAIL", 101),
    ("EAFNOSUPPORT", 102),
    ("EALREADY", 103),
    ("EBADMSG", 104),
    ("ECANCELED", 105),
    ("ECONNABORTED", 106),
    ("ECONNREFUSED", 107),
    ("ECONNRESET", 108),
    ("EDESTADDRREQ", 109),
    ("EHOSTUNREACH", 110),
    ("EIDRM", 111),
    ("EINPROGRESS", 112),
    ("EISCONN", 113),
    ("ELOOP", 114),
    ("EMSGSIZE", 115),
    ("ENETDOWN", 116),
    ("ENETRESET", 117),
    ("ENETUNREACH", 118),
    ("ENOBUFS", 119),
    ("ENODATA", 120),
    ("ENOLINK", 121),
    ("ENOMSG", 122),
    ("ENOPROTOOPT", 123),
    ("ENOSR", 124),
    ("ENOSTR", 125),
    ("ENOTCONN", 126),
    ("ENOTRECOVERABLE", 127),
    ("ENOTSOCK", 128),
    ("ENOTSUP", 129),
    ("EOPNOTSUPP", 130),
    ("EOVERFLOW", 132),
    ("EOWNERDEAD", 133),
    ("EPROTO", 134),
    ("EPROTONOSUPPORT", 135),
    ("EPROTOTYPE", 136),
    ("ETIME", 137),
    ("ETIMEDOUT", 138),
    ("ETXTBSY", 139),
    ("EWOULDBLOCK", 140),
];

/// NTSTATUS values that drivers, AFD and crash logs show, with the Win32 or Winsock code
/// Windows reports for each (`RtlNtStatusToDosError`, and AFD's socket errors for the
/// network ones). Names and values from mingw-w64's `ntstatus.h`.
pub const NTSTATUS: &[(&str, u32, i32)] = &[
    ("STATUS_NOT_IMPLEMENTED", 0xC000_0002, 1),
    ("STATUS_INVALID_HANDLE", 0xC000_0008, 6),
    ("STATUS_INVALID_PARAMETER", 0xC000_000D, 87),
    ("STATUS_NO_SUCH_FILE", 0xC000_000F, 2),
    ("STATUS_NO_MEMORY", 0xC000_0017, 8),
    ("STATUS_ACCESS_DENIED", 0xC000_0022, 5),
    ("STATUS_OBJECT_NAME_NOT_FOUND", 0xC000_0034, 2),
    ("STATUS_OBJECT_NAME_COLLISION", 0xC000_0035, 183),
    ("STATUS_OBJECT_PATH_NOT_FOUND", 0xC000_003A, 3),
    ("STATUS_SHARING_VIOLATION", 0xC000_0043, 32),
    ("STATUS_DISK_FULL", 0xC000_007F, 112),
    ("STATUS_IO_TIMEOUT", 0xC000_00B5, 10060),
    ("STATUS_NOT_SUPPORTED", 0xC000_00BB, 50),
    ("STATUS_CANCELLED", 0xC000_0120, 995),
    ("STATUS_LOCAL_DISCONNECT", 0xC000_013B, 10053),
    ("STATUS_REMOTE_DISCONNECT", 0xC000_013C, 10054),
    ("STATUS_PIPE_BROKEN", 0xC000_014B, 109),
    ("STATUS_INVALID_ADDRESS_COMPONENT", 0xC000_0207, 10049),
    ("STATUS_ADDRESS_ALREADY_EXISTS", 0xC000_020A, 10048),
    ("STATUS_CONNECTION_DISCONNECTED", 0xC000_020C, 10054),
    ("STATUS_CONNECTION_RESET", 0xC000_020D, 10054),
    ("STATUS_CONNECTION_REFUSED", 0xC000_0236, 10061),
    ("STATUS_NETWORK_UNREACHABLE", 0xC000_023C, 10051),
    ("STATUS_HOST_UNREACHABLE", 0xC000_023D, 10065),
    ("STATUS_PROTOCOL_UNREACHABLE", 0xC000_023E, 10051),
    ("STATUS_PORT_UNREACHABLE", 0xC000_023F, 10054),
    ("STATUS_CONNECTION_ABORTED", 0xC000_0241, 10053),
];

/// Names Node gives errors in place of getaddrinfo's (its `dns` module reports
/// `EAI_NONAME` and `EAI_NODATA` as `ENOTFOUND`).
pub const NODE_NAMES: &[(&str, &str)] = &[("ENOTFOUND", "EAI_NONAME")];

/// The table's symbol for a name Node prints instead (`ENOTFOUND` is `EAI_NONAME`).
pub fn node_alias(name: &str) -> Option<&'static str> {
    NODE_NAMES
        .iter()
        .find(|&&(node, _)| node.eq_ignore_ascii_case(name))
        .map(|&(_, symbol)| symbol)
}

/// The name libuv gives a code it prints (`-4077` on Windows, `-3008` anywhere).
pub fn libuv_name(code: i32) -> Option<&'static str> {
    LIBUV_WINDOWS
        .iter()
        .chain(LIBUV_GETADDRINFO)
        .find(|&&(_, value)| value == code)
        .map(|&(name, _)| name)
}

/// Whether libuv's code is one of its Windows fallbacks (not a getaddrinfo code).
pub fn libuv_is_windows(code: i32) -> bool {
    LIBUV_WINDOWS.iter().any(|&(_, value)| value == code)
}

/// The name the MSVC C runtime gives `errno` value `code` (the first, where two share it).
pub fn crt_name(code: i32) -> Option<&'static str> {
    MSVC_CRT
        .iter()
        .find(|&&(_, value)| value == code)
        .map(|&(name, _)| name)
}

/// An NTSTATUS value errtable decodes: its name and the Win32 code Windows reports. An
/// HRESULT made of one by `HRESULT_FROM_NT` (which sets `FACILITY_NT_BIT`, a bit no
/// NTSTATUS has: `0xD0000022`, as the windows crate prints it) is the NTSTATUS inside.
pub fn ntstatus(bits: u32) -> Option<(&'static str, i32)> {
    const FACILITY_NT_BIT: u32 = 0x1000_0000;
    let bits = bits & !FACILITY_NT_BIT;
    NTSTATUS
        .iter()
        .find(|&&(_, value, _)| value == bits)
        .map(|&(name, _, win32)| (name, win32))
}

/// Whether `bits` is shaped as an error NTSTATUS: severity 3 (error) and the customer
/// bit clear, which no HRESULT from a Win32 code has (those have severity 2).
pub fn is_ntstatus_error(bits: u32) -> bool {
    bits >> 30 == 0b11 && bits & 0x2000_0000 == 0
}

/// The errno inside an OpenSSL error code of the system library: OpenSSL 3 sets the top
/// bit and keeps the errno in the rest (`8000006F` is errno 111); OpenSSL 1.x packs
/// library 2 (`ERR_LIB_SYS`), a function and the errno as reason (`0200206F`).
pub fn openssl_system_errno(packed: u32) -> Option<i32> {
    const SYSTEM_FLAG: u32 = 0x8000_0000;
    const LIB_SYS: u32 = 2;
    if packed & SYSTEM_FLAG != 0 {
        return i32::try_from(packed & !SYSTEM_FLAG)
            .ok()
            .filter(|&e| e != 0);
    }
    let reason = packed & 0xFFF;
    (packed >> 24 == LIB_SYS && reason != 0).then_some(reason as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `#define NAME VALUE` lines of a header whose value is a number (maybe in
    /// brackets, maybe cast), every definition of each name (in `#if` branches) kept.
    fn defines(path: &str) -> Vec<(String, i64)> {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!("{path}: {e} (CI installs it: libuv1-dev, mingw-w64-common)")
        });
        let mut found: Vec<(String, i64)> = Vec::new();
        for line in text.lines() {
            let words: Vec<&str> = line
                .trim_start_matches(['#', ' '])
                .split_whitespace()
                .collect();
            let [define, name, value @ ..] = words.as_slice() else {
                continue;
            };
            let value = value.join("");
            let value = value
                .trim_start_matches("((NTSTATUS)")
                .trim_start_matches('(');
            let value = value.trim_end_matches(')').trim_end_matches('L');
            let number = match value.strip_prefix("0x") {
                Some(hex) => i64::from_str_radix(hex, 16).ok(),
                None => value.parse().ok(),
            };
            if let (&"define", Some(number)) = (define, number) {
                found.push((name.to_string(), number));
            }
        }
        found
    }

    /// The first definition of `name`.
    fn value_of(defines: &[(String, i64)], name: &str) -> Option<i64> {
        defines.iter().find(|(n, _)| n == name).map(|&(_, v)| v)
    }

    #[test]
    fn libuv_codes_are_the_headers() {
        let header = defines("/usr/include/uv/errno.h");
        // The fallback of each code is the branch libuv takes on Windows: -4xxx (a BSD
        // branch may come first, as for EHOSTDOWN's -64).
        let windows = |name: &str| {
            let mut values = header.iter().filter(|(n, _)| n == name).map(|&(_, v)| v);
            values.rfind(|&v| v <= -3000)
        };
        for &(name, code) in LIBUV_WINDOWS.iter().chain(LIBUV_GETADDRINFO) {
            let uv = format!("UV__{name}");
            assert_eq!(windows(&uv), Some(i64::from(code)), "{uv}");
        }
        // Every code of the header is listed but UV__EOF, which is no error code.
        let listed = LIBUV_WINDOWS.len() + LIBUV_GETADDRINFO.len();
        let mut names: Vec<&str> = header
            .iter()
            .filter(|(name, v)| name.starts_with("UV__E") && *v <= -3000 && name != "UV__EOF")
            .map(|(name, _)| name.as_str())
            .collect();
        names.dedup();
        assert_eq!(listed, names.len());
    }

    #[test]
    fn the_crt_errno_values_are_mingw_w64s() {
        let header = defines("/usr/share/mingw-w64/include/errno.h");
        for &(name, code) in MSVC_CRT {
            assert_eq!(value_of(&header, name), Some(i64::from(code)), "{name}");
        }
        let numeric = header
            .iter()
            .filter(|(name, _)| name.starts_with('E'))
            .count();
        assert_eq!(
            MSVC_CRT.len(),
            numeric,
            "every errno value of the header is listed"
        );
    }

    #[test]
    fn ntstatus_values_are_mingw_w64s() {
        let header = defines("/usr/share/mingw-w64/include/ntstatus.h");
        for &(name, value, _) in NTSTATUS {
            assert_eq!(value_of(&header, name), Some(i64::from(value)), "{name}");
            assert!(is_ntstatus_error(value), "{name} is an error status");
        }
    }

    #[test]
    fn openssl_packs_system_errors_both_ways() {
        assert_eq!(openssl_system_errno(0x8000_006F), Some(111));
        assert_eq!(openssl_system_errno(0x0200_206F), Some(111));
        assert_eq!(openssl_system_errno(0x0A00_0126), None);
        assert_eq!(openssl_system_errno(0x8000_0000), None);
    }

    #[test]
    fn an_hresult_from_nt_holds_its_ntstatus() {
        assert_eq!(ntstatus(0xD000_0022), Some(("STATUS_ACCESS_DENIED", 5)));
        assert_eq!(ntstatus(0xD000_020D), ntstatus(0xC000_020D));
    }

    #[test]
    fn ntstatus_shape_excludes_hresults() {
        assert!(is_ntstatus_error(0xC000_020D));
        assert!(!is_ntstatus_error(0x8007_2746));
        assert!(!is_ntstatus_error(0xE000_0001));
    }
}
