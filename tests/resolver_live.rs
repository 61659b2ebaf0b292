//! Live name-resolution errors, provoked without sending anything off the machine.
//!
//! - `getaddrinfo`/`getnameinfo` through the libc crate, with calls that fail before any
//!   lookup: a name where `AI_NUMERICHOST` asks for a number, bad flags, families and
//!   socket types, unknown services for a numeric address, a buffer too small. None of
//!   them reads the hosts file or asks a name server.
//! - std's own lookup (`ToSocketAddrs`), only inside a user, network and mount namespace
//!   this test makes with `unshare`: the namespace has no interface but a down `lo`, and
//!   `/etc/resolv.conf` and `/etc/nsswitch.conf` are replaced there by bind mounts, so a
//!   query cannot leave even if something were misconfigured. Where namespaces cannot be
//!   made the test says why and passes, unless `ERRTABLE_REQUIRE_NETNS=1` asks for it.

// Not on illumos and Solaris: the libc crate has no `AI_NUMERICHOST` or `AI_NUMERICSERV`
// for them, and this file's calls need both.
#![cfg(all(unix, not(any(target_os = "illumos", target_os = "solaris"))))]

use errtable::{LookupError, Persistence, Platform, ResolveError};
use std::ffi::{CStr, CString};

/// What `getaddrinfo` returns for these arguments; never touches the network when the
/// host is numeric or absent (the callers make sure of that).
fn getaddrinfo(host: Option<&str>, service: Option<&str>, hints: libc::addrinfo) -> i32 {
    let host = host.map(|h| CString::new(h).unwrap());
    let service = service.map(|s| CString::new(s).unwrap());
    let as_ptr = |s: &Option<CString>| s.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
    let mut result = std::ptr::null_mut();
    // SAFETY: valid C strings or null, a valid hints struct and out-pointer; the result
    // list is freed below.
    let code = unsafe { libc::getaddrinfo(as_ptr(&host), as_ptr(&service), &hints, &mut result) };
    if !result.is_null() {
        // SAFETY: result came from a successful getaddrinfo.
        unsafe { libc::freeaddrinfo(result) };
    }
    code
}

fn hints(family: i32, socktype: i32, flags: i32) -> libc::addrinfo {
    // SAFETY: addrinfo is plain data; all-zero is its documented "no hints" value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_flags = flags;
    hints
}

fn gai_strerror(code: i32) -> String {
    // SAFETY: gai_strerror returns a pointer to a static, NUL-terminated string.
    let text = unsafe { CStr::from_ptr(libc::gai_strerror(code)) };
    text.to_string_lossy().into_owned()
}

/// `code` is `expected`'s code on this platform, decodes to it, and this machine's
/// `gai_strerror` text reads back as it (glibc has no text for EAI_OVERFLOW).
fn assert_decodes(code: i32, expected: ResolveError) {
    let current = Platform::CURRENT.unwrap();
    let text = gai_strerror(code);
    assert_eq!(
        ResolveError::from_code(current, code),
        Some(expected),
        "{code} {text}"
    );
    assert_eq!(
        LookupError::from_gai(current, code, 0).map(|e| e.error()),
        Some(expected)
    );
    if expected != ResolveError::Overflow {
        assert_eq!(ResolveError::from_message(&text), Some(expected), "{text}");
    }
}

const NUMERIC_LOOPBACK: &str = "127.0.0.1";

#[test]
fn a_name_where_a_number_is_required_is_no_name() {
    let code = getaddrinfo(
        Some("errtable-test.invalid"),
        None,
        hints(libc::AF_UNSPEC, libc::SOCK_STREAM, libc::AI_NUMERICHOST),
    );
    assert_decodes(code, ResolveError::NoName);
    assert_eq!(ResolveError::NoName.persistence(), Persistence::Permanent);
}

#[test]
fn neither_host_nor_service_is_no_name() {
    let code = getaddrinfo(None, None, hints(libc::AF_UNSPEC, libc::SOCK_STREAM, 0));
    assert_decodes(code, ResolveError::NoName);
}

#[test]
fn a_service_name_where_a_port_is_required_is_no_name() {
    let flags = libc::AI_NUMERICHOST | libc::AI_NUMERICSERV;
    let code = getaddrinfo(
        Some(NUMERIC_LOOPBACK),
        Some("errtable-no-such-service"),
        hints(libc::AF_UNSPEC, libc::SOCK_STREAM, flags),
    );
    assert_decodes(code, ResolveError::NoName);
}

#[test]
fn flags_the_resolver_does_not_know_are_bad_flags() {
    let code = getaddrinfo(
        Some(NUMERIC_LOOPBACK),
        None,
        hints(libc::AF_UNSPEC, libc::SOCK_STREAM, 0x7fff_0000),
    );
    assert_decodes(code, ResolveError::BadFlags);
    // AI_CANONNAME needs a host name to report.
    let code = getaddrinfo(
        None,
        Some("80"),
        hints(libc::AF_UNSPEC, libc::SOCK_STREAM, libc::AI_CANONNAME),
    );
    assert_decodes(code, ResolveError::BadFlags);
}

#[test]
fn an_unknown_family_is_family_not_supported() {
    let code = getaddrinfo(
        Some(NUMERIC_LOOPBACK),
        None,
        hints(12345, libc::SOCK_STREAM, libc::AI_NUMERICHOST),
    );
    assert_decodes(code, ResolveError::FamilyNotSupported);
}

#[test]
fn an_unknown_socket_type_is_socket_type_not_supported() {
    let code = getaddrinfo(
        Some(NUMERIC_LOOPBACK),
        None,
        hints(libc::AF_UNSPEC, 12345, libc::AI_NUMERICHOST),
    );
    assert_decodes(code, ResolveError::SocketTypeNotSupported);
}

#[test]
fn a_buffer_too_small_for_getnameinfo_is_overflow() {
    // SAFETY: sockaddr_in is plain data.
    let mut address: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    address.sin_family = libc::AF_INET as libc::sa_family_t;
    address.sin_addr.s_addr = u32::from_be_bytes([127, 0, 0, 1]).to_be();
    let mut host = [0 as libc::c_char; 1];
    // SAFETY: a valid sockaddr_in of the given length and a 1-byte host buffer; no
    // service buffer. NI_NUMERICHOST: no reverse lookup.
    let code = unsafe {
        libc::getnameinfo(
            (&address as *const libc::sockaddr_in).cast(),
            std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            host.as_mut_ptr(),
            // socklen_t on Linux and macOS, size_t on FreeBSD.
            host.len() as _,
            std::ptr::null_mut(),
            0,
            libc::NI_NUMERICHOST,
        )
    };
    assert_decodes(code, ResolveError::Overflow);
}

/// glibc's answers to calls POSIX leaves more room for (musl and the BSDs may answer
/// these with another row).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod glibc {
    use super::*;

    #[test]
    fn an_unknown_service_for_a_numeric_host_is_service_not_supported() {
        let code = getaddrinfo(
            Some(NUMERIC_LOOPBACK),
            Some("errtable-no-such-service"),
            hints(libc::AF_UNSPEC, libc::SOCK_STREAM, libc::AI_NUMERICHOST),
        );
        assert_decodes(code, ResolveError::ServiceNotSupported);
    }

    #[test]
    fn a_service_for_raw_sockets_is_service_not_supported() {
        let code = getaddrinfo(
            Some(NUMERIC_LOOPBACK),
            Some("80"),
            hints(libc::AF_UNSPEC, libc::SOCK_RAW, libc::AI_NUMERICHOST),
        );
        assert_decodes(code, ResolveError::ServiceNotSupported);
    }

    #[test]
    fn a_numeric_address_of_the_other_family_is_no_address_in_family() {
        let code = getaddrinfo(
            Some("::1"),
            None,
            hints(libc::AF_INET, libc::SOCK_STREAM, libc::AI_NUMERICHOST),
        );
        assert_decodes(code, ResolveError::NoAddressInFamily);
        assert_eq!(
            gai_strerror(code),
            ResolveError::NoAddressInFamily.message()
        );
    }
}

// ---------------------------------------------------------------------------------------
// std's lookup, in a namespace without network
// ---------------------------------------------------------------------------------------

/// The name looked up inside the namespace. `.invalid` is reserved (RFC 2606): no real
/// name server would know it either.
#[cfg(target_os = "linux")]
const NAME: &str = "errtable-test.invalid";

/// How each namespace run configures name resolution, and the row std's error must be.
#[cfg(target_os = "linux")]
const NAMESPACE_RUNS: [(&str, &str, &str, ResolveError); 2] = [
    // Only the (replaced) hosts database: the name is simply unknown.
    ("files", "hosts: files\n", "", ResolveError::NoName),
    // Only DNS, to a name server on loopback that is not there (and lo is down): the
    // resolver cannot get an answer.
    (
        "dns",
        "hosts: dns\n",
        "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n",
        ResolveError::TryAgain,
    ),
];

/// The script run inside `unshare`: replace the resolver configuration by bind mounts,
/// hide the caching daemons' sockets (they would resolve outside the namespace), then run
/// this test binary's `namespace_child`. Exit 77 means the namespace could not be set up.
#[cfg(target_os = "linux")]
const SETUP: &str = r#"
set -u
dir="$ERRTABLE_NETNS_DIR"
mount --bind "$dir/nsswitch.conf" /etc/nsswitch.conf || exit 77
mount --bind "$dir/resolv.conf" /etc/resolv.conf || exit 77
for d in /run/nscd /var/run/nscd /var/db/nscd /run/systemd/resolve; do
    if [ -d "$d" ]; then mount -t tmpfs none "$d" || exit 77; fi
done
exec "$0" --exact namespace_child --include-ignored --test-threads=1 --nocapture
"#;

/// std's lookup error decodes to the right row: "Name or service not known" and
/// "Temporary failure in name resolution", each in a fresh namespace.
#[cfg(target_os = "linux")]
#[test]
fn std_lookup_errors_in_a_namespace_without_network() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let required = std::env::var_os("ERRTABLE_REQUIRE_NETNS").is_some_and(|v| v == "1");
    let skip = |reason: &str| {
        assert!(!required, "ERRTABLE_REQUIRE_NETNS=1 but {reason}");
        eprintln!("skipped: {reason}");
    };
    let probe = Command::new("unshare")
        .args(["--user", "--map-root-user", "--net", "--mount", "true"])
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|status| status.success()) {
        return skip("`unshare --user --map-root-user --net --mount` is not available here");
    }
    let exe = std::env::current_exe().unwrap();
    for (config, nsswitch, resolv, expected) in NAMESPACE_RUNS {
        let dir =
            std::env::temp_dir().join(format!("errtable-netns-{}-{config}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("nsswitch.conf"), nsswitch).unwrap();
        std::fs::write(dir.join("resolv.conf"), resolv).unwrap();
        let mut child = Command::new("unshare")
            .args([
                "--user",
                "--map-root-user",
                "--net",
                "--mount",
                "sh",
                "-c",
                SETUP,
            ])
            .arg(&exe)
            .env("ERRTABLE_NETNS_DIR", &dir)
            .env("ERRTABLE_NETNS_EXPECT", expected.name())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                child.kill().unwrap();
                child.wait().unwrap();
                panic!("the {config} namespace run took more than 30 s");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        std::fs::remove_dir_all(&dir).unwrap();
        if status.code() == Some(77) {
            return skip("the namespace's bind mounts could not be made");
        }
        assert!(
            status.success(),
            "the {config} namespace run failed: {status}"
        );
    }
}

/// Run by `std_lookup_errors_in_a_namespace_without_network` inside the namespace only.
/// It checks that it is isolated before it looks anything up, so run by hand it fails
/// without sending a query.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "runs inside the namespace std_lookup_errors_in_a_namespace_without_network makes"]
fn namespace_child() {
    use std::net::ToSocketAddrs;

    let dir = std::env::var_os("ERRTABLE_NETNS_DIR").expect("run by the namespace test only");
    let dir = std::path::Path::new(&dir);
    // Isolation first: only lo, and the resolver files are the ones we wrote.
    let interfaces = std::fs::read_to_string("/proc/self/net/dev").unwrap();
    let names: Vec<&str> = interfaces
        .lines()
        .skip(2)
        .filter_map(|line| line.split(':').next())
        .map(str::trim)
        .collect();
    assert_eq!(
        names,
        ["lo"],
        "not in a network namespace with only loopback"
    );
    for file in ["nsswitch.conf", "resolv.conf"] {
        let ours = std::fs::read_to_string(dir.join(file)).unwrap();
        let live = std::fs::read_to_string(format!("/etc/{file}")).unwrap();
        assert_eq!(live, ours, "/etc/{file} is not the namespace's own");
    }

    let expected = std::env::var("ERRTABLE_NETNS_EXPECT").unwrap();
    let expected = ResolveError::from_name(&expected).unwrap();
    let err = (NAME, 80).to_socket_addrs().unwrap_err();
    assert!(
        err.to_string()
            .starts_with("failed to lookup address information: "),
        "std's text changed: {err}"
    );
    let lookup = LookupError::from_io_error(&err).unwrap();
    assert_eq!(lookup.error(), expected, "{err}");
    assert_eq!(lookup.cause(), None);
    let persistence = match expected {
        ResolveError::TryAgain => Persistence::Transient,
        _ => Persistence::Permanent,
    };
    assert_eq!(lookup.persistence(), persistence);
    // The error std returns has no OS code on Unix.
    assert_eq!(err.raw_os_error(), None);
    eprintln!("namespace run: {err} -> {:?}", lookup.error());
}
