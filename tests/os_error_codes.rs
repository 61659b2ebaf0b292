//! `#[errtable(os_error_codes = …)]`: a table's codes are the OS's own error codes only
//! on the platforms it lists. Elsewhere `raw_os_error` and `from_raw_os_error` have no
//! code, `{:#}` shows the message alone, and an `io::Error` made from a row wraps it.

use errtable::{error_table, Platform};
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
    // A real OS error is not read as the row's number, nor kept as a code of the
    // table's: the catch-all keeps its kind (issue 21, class 1).
    let os = io::Error::from_raw_os_error(code);
    assert_eq!(Elsewhere::from_io_error(&os), None);
    let kept = Elsewhere::from(&os);
    assert_eq!(
        kept,
        Elsewhere::Unlisted(errtable::Unlisted::Kind(os.kind())),
        "{kept:?}"
    );
    assert_eq!(kept.raw_os_error(), None);
    // Everything that does not depend on the current platform is unchanged.
    assert_eq!(
        Elsewhere::from_code(Platform::Linux, 111),
        Some(Elsewhere::Refused)
    );
    assert_eq!(Elsewhere::Refused.code(Platform::Windows), Some(10061));
}

/// The catch-all reads the table's `os_error_codes`, as the rows do (issue 21, class 1):
/// a code decoded on the current platform, where the table's codes are not the OS's, is
/// no raw OS error, and its `io::Error` carries no OS code or OS message.
#[test]
fn the_catch_all_follows_os_error_codes() {
    let current = Platform::CURRENT.unwrap();
    let unlisted = Elsewhere::decode(current, 5);
    assert!(matches!(unlisted, Elsewhere::Unlisted(_)), "{unlisted:?}");
    assert_eq!(unlisted.raw_os_error(), None);
    assert_eq!(unlisted.kind(), io::ErrorKind::Other);
    let err = io::Error::from(unlisted);
    assert_eq!(err.raw_os_error(), None);
    assert!(!err.to_string().contains("os error"), "{err}");
    assert_eq!(Elsewhere::from(&err), unlisted);
    // One code, one value: an OS error is never the catch-all's code of a platform
    // whose code is a row.
    for raw in [2, 5, 111, 10061] {
        let from_os = Elsewhere::from(&io::Error::from_raw_os_error(raw));
        assert!(
            !matches!(
                from_os,
                Elsewhere::Unlisted(errtable::Unlisted::Code { .. })
            ),
            "{raw}: {from_os:?}"
        );
    }
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
