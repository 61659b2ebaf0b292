//! `#[errtable(os_error_codes = …)]`: a table's codes are the OS's own error codes only
//! on the platforms it lists. Elsewhere `raw_os_error` and `from_raw_os_error` have no
//! code, `{:#}` shows the message alone, and an `io::Error` made from a row wraps it.

use errtable::{error_table, ErrorTable, Platform, Unlisted};
use std::io;

error_table! {
    /// The codes are OS error codes on every platform (the default).
    pub enum Everywhere {
        Refused { windows: WSAECONNREFUSED = 10061, linux | macos | freebsd: ECONNREFUSED = 111, kind: ConnectionRefused, message: "Refused" },
    }
}

error_table! {
    /// Only where the program runs.
    #[errtable(os_error_codes = windows | linux | macos | freebsd)]
    pub enum Here {
        Refused { windows: WSAECONNREFUSED = 10061, linux | macos | freebsd: ECONNREFUSED = 111, kind: ConnectionRefused, message: "Refused" },
    }
}

error_table! {
    /// Nowhere the tests run, and a catch-all.
    #[errtable(os_error_codes = linux_sparc)]
    pub enum Elsewhere {
        Refused { windows: WSAECONNREFUSED = 10061, linux | macos | freebsd | linux_sparc: ECONNREFUSED = 111, kind: ConnectionRefused, message: "Refused" },
        #[catch_all]
        Unlisted,
    }
}

error_table! {
    /// Nowhere the tests run, without a catch-all.
    #[errtable(os_error_codes = linux_sparc)]
    pub enum Strict {
        Refused { linux | linux_sparc: ECONNREFUSED = 111, kind: ConnectionRefused, message: "Refused" },
    }
}

#[test]
fn listed_platforms_treat_codes_as_os_errors() {
    let current = Platform::CURRENT.unwrap();
    let code = Everywhere::Refused.code(current).unwrap();
    for (raw, from_raw, alternate) in [
        (
            Everywhere::Refused.raw_os_error(),
            Everywhere::from_raw_os_error(code).is_some(),
            format!("{:#}", Everywhere::Refused),
        ),
        (
            Here::Refused.raw_os_error(),
            Here::from_raw_os_error(code).is_some(),
            format!("{:#}", Here::Refused),
        ),
    ] {
        assert_eq!(raw, Some(code));
        assert!(from_raw);
        assert!(alternate.starts_with("Refused ("), "{alternate}");
    }
    let err = io::Error::from(Here::Refused);
    assert_eq!(err.raw_os_error(), Some(code));
    assert_eq!(
        Here::from_io_error(&io::Error::from_raw_os_error(code)),
        Some(Here::Refused)
    );
}

#[test]
fn other_platforms_do_not() {
    let code = Everywhere::Refused
        .code(Platform::CURRENT.unwrap())
        .unwrap();
    assert_eq!(Elsewhere::Refused.raw_os_error(), None);
    assert_eq!(Elsewhere::from_raw_os_error(code), None);
    assert_eq!(format!("{:#}", Elsewhere::Refused), "Refused");
    // The row's own io::Error is no OS error: it wraps the row, which comes back.
    let err = io::Error::from(Elsewhere::Refused);
    assert_eq!(err.raw_os_error(), None);
    assert_eq!(err.kind(), io::ErrorKind::ConnectionRefused);
    assert_eq!(Elsewhere::from(&err), Elsewhere::Refused);
    // A real OS error is not read as the row's number: the catch-all keeps it as the
    // OS error of this platform it is, which converts back to itself (issue 21, class
    // 1, round 3: it was kept as its kind alone, losing the code).
    let os = io::Error::from_raw_os_error(code);
    assert_eq!(Elsewhere::from_io_error(&os), None);
    let kept = Elsewhere::from(&os);
    assert_eq!(
        kept,
        Elsewhere::Unlisted(Unlisted::from_raw_os_error(code)),
        "{kept:?}"
    );
    assert_eq!(kept.raw_os_error(), Some(code));
    assert_eq!(io::Error::from(kept).raw_os_error(), Some(code));
    // Everything that does not depend on the current platform is unchanged.
    assert_eq!(
        Elsewhere::from_code(Platform::Linux, 111),
        Some(Elsewhere::Refused)
    );
    assert_eq!(Elsewhere::Refused.code(Platform::Windows), Some(10061));
}

/// The catch-all reads the table's `os_error_codes`, as the rows do (issue 21, class 1):
/// a code decoded on the current platform, where the table's codes are not the OS's, is
/// kept as a `NonOsCode`, no raw OS error, and its `io::Error` carries no OS code or OS
/// message; the `Unlisted` taken out of it says the same on its own.
#[test]
fn the_catch_all_follows_os_error_codes() {
    let current = Platform::CURRENT.unwrap();
    let unlisted = Elsewhere::decode(current, 5);
    let non_os = Unlisted::NonOsCode {
        platform: current,
        code: 5,
    };
    assert_eq!(unlisted, Elsewhere::Unlisted(non_os));
    assert_eq!(unlisted.raw_os_error(), None);
    assert_eq!(unlisted.code(current), Some(5));
    assert_eq!(unlisted.kind(), io::ErrorKind::Other);
    let err = io::Error::from(unlisted);
    assert_eq!(err.raw_os_error(), None);
    assert!(!err.to_string().contains("os error"), "{err}");
    assert_eq!(Elsewhere::from(&err), unlisted);
    // The value alone (issue 21, class 1, round 3: `Unlisted` read every code of the
    // current platform as its OS error).
    assert_eq!(non_os.raw_os_error(), None);
    assert_eq!(non_os.kind(), io::ErrorKind::Other);
    let alone = non_os.into_io_error();
    assert_eq!(alone.raw_os_error(), None, "{alone}");
    assert!(!alone.to_string().contains("os error"), "{alone}");
}

/// One code, one value, and no code lost (issue 21, class 1, round 3): every entry
/// point gives a raw OS error of this platform, where the table's codes are not this
/// OS's, the same catch-all value, which keeps the code, converts back to the same OS
/// error, and is no code of the table's column (whose own number decodes to a row or a
/// `NonOsCode`).
#[test]
fn an_os_error_survives_the_catch_all_of_a_table_of_other_codes() {
    let current = Platform::CURRENT.unwrap();
    for raw in [2, 5, 111, 10061, 4242] {
        let os = io::Error::from_raw_os_error(raw);
        let from_os = Elsewhere::from(&os);
        assert_eq!(
            from_os,
            Elsewhere::Unlisted(Unlisted::from_raw_os_error(raw)),
            "{raw}"
        );
        assert_eq!(Elsewhere::from(io::Error::from_raw_os_error(raw)), from_os);
        assert_eq!(Elsewhere::decode_raw_os_error(raw), from_os, "{raw}");
        // Without a catch-all, the error comes back unchanged.
        let unchanged = Strict::try_from(io::Error::from_raw_os_error(raw)).unwrap_err();
        assert_eq!(unchanged.raw_os_error(), Some(raw));
        assert_eq!(Elsewhere::from_io_error(&os), None);
        assert_eq!(Elsewhere::from_raw_os_error(raw), None);
        assert_eq!(from_os.raw_os_error(), Some(raw));
        assert_eq!(from_os.kind(), os.kind());
        let back = io::Error::from(from_os);
        assert_eq!(back.raw_os_error(), Some(raw), "{back}");
        assert_eq!(Elsewhere::from(&back), from_os);
        assert_eq!(from_os.code(current), None, "{raw}");
        assert_ne!(Elsewhere::decode(current, raw), from_os, "{raw}");
        // The Unlisted alone agrees.
        let Elsewhere::Unlisted(unlisted) = from_os else {
            unreachable!()
        };
        assert_eq!(unlisted.raw_os_error(), Some(raw));
        assert_eq!(unlisted.into_io_error().raw_os_error(), Some(raw));
    }
}

error_table! {
    /// A resolver's codes: the OS's on Windows only, another numbering elsewhere, whose
    /// number 5 is EIO on Linux.
    #[errtable(os_error_codes = windows)]
    pub enum Resolver {
        Again { windows: WSATRY_AGAIN = 11002, linux | macos | freebsd: EAI_AGAIN = 5, message: "again" },
        #[catch_all]
        Other,
    }
}

/// The shape of `ResolveError`, with a number that is both a row's and an OS error's.
#[test]
fn a_resolver_code_is_not_the_os_error_of_the_same_number() {
    if Platform::CURRENT == Some(Platform::Windows) {
        return; // the table's codes are the OS's there
    }
    let current = Platform::CURRENT.unwrap();
    let os = io::Error::from_raw_os_error(5);
    let v = Resolver::from(&os);
    assert_ne!(v, Resolver::Again, "EIO decoded as the resolver row");
    assert_eq!(Resolver::decode_raw_os_error(5), v);
    let back = io::Error::from(v);
    assert_eq!(back.raw_os_error(), Some(5), "{back}");
    assert_eq!(Resolver::from(&back), v);
    assert_eq!(Resolver::decode(current, 5), Resolver::Again);
    // An unlisted resolver code: never an OS error, in the table or alone.
    let decoded = Resolver::decode(current, 77);
    assert_eq!(decoded.raw_os_error(), None);
    assert_eq!(io::Error::from(decoded).raw_os_error(), None);
    let Resolver::Other(unlisted) = decoded else {
        unreachable!()
    };
    let alone = unlisted.into_io_error();
    assert_eq!(alone.raw_os_error(), None, "{alone}");
}

/// The derive reads `os_error_codes` as the DSL does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
#[errtable(os_error_codes = linux_alpha)]
enum Derived {
    /// Two.
    #[errtable(linux_alpha: TWO = 2, linux | macos | freebsd | windows: TWO = 2)]
    Two,
    #[errtable(catch_all)]
    Other(Unlisted),
}

#[test]
fn a_derived_table_keeps_the_os_error_too() {
    let current = Platform::CURRENT.unwrap();
    let v = Derived::from(&io::Error::from_raw_os_error(2));
    assert_eq!(v, Derived::Other(Unlisted::from_raw_os_error(2)));
    assert_eq!(Derived::decode_raw_os_error(2), v);
    assert_eq!(io::Error::from(v).raw_os_error(), Some(2));
    assert_eq!(v.code(current), None);
    assert_eq!(Derived::decode(current, 2), Derived::Two);
    assert_eq!(Derived::Two.raw_os_error(), None);
    let d = Derived::decode(current, 77);
    assert_eq!(
        d,
        Derived::Other(Unlisted::NonOsCode {
            platform: current,
            code: 77
        })
    );
    assert_eq!(d.raw_os_error(), None);
    assert_eq!(io::Error::from(d).raw_os_error(), None);
    // Linux/alpha's codes are the OS's: its unlisted code is an OS error of it.
    assert_eq!(
        Derived::decode(Platform::LinuxAlpha, 77),
        Derived::Other(Unlisted::Code {
            platform: Platform::LinuxAlpha,
            code: 77
        })
    );
}

/// An OS-code table without a catch-all has `TryFrom<io::Error>`, like the other shapes
/// (issue 21, class 7): an error it does not decode comes back unchanged.
#[test]
fn a_table_without_catch_all_tries_from_an_io_error() {
    let code = Everywhere::Refused
        .code(Platform::CURRENT.unwrap())
        .unwrap();
    let decoded = Everywhere::try_from(io::Error::from_raw_os_error(code));
    assert_eq!(decoded.ok(), Some(Everywhere::Refused));
    let foreign = io::Error::other("not a code");
    let back = Everywhere::try_from(foreign).unwrap_err();
    assert_eq!(back.to_string(), "not a code");
}
