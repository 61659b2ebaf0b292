//! `kind()` and the conversions from and to `std::io::Error`.

mod common;

use common::{decodes_as, rows_of_kind, unlisted_codes, NetError, KINDS};
use errtable::{Platform, Unlisted};
use std::io;

/// What a catch-all must keep of raw code `code` of this host.
fn unlisted_raw(code: i32) -> NetError {
    NetError::Unlisted(match Platform::CURRENT {
        Some(platform) => Unlisted::Code { platform, code },
        None => Unlisted::Raw(code),
    })
}

#[test]
fn kind_is_the_rows() {
    assert_eq!(
        NetError::ConnectionRefused.kind(),
        io::ErrorKind::ConnectionRefused
    );
    assert_eq!(
        NetError::InvalidArgument.kind(),
        io::ErrorKind::InvalidInput
    );
    assert_eq!(NetError::NotSupported.kind(), io::ErrorKind::Unsupported);
    // No `kind:` means Other.
    assert_eq!(NetError::MessageTooLong.kind(), io::ErrorKind::Other);
}

#[test]
fn kind_of_a_catch_all() {
    let kind = io::ErrorKind::UnexpectedEof;
    assert_eq!(NetError::Unlisted(Unlisted::Kind(kind)).kind(), kind);
    let foreign = Platform::ALL
        .iter()
        .copied()
        .find(|p| Some(*p) != Platform::CURRENT)
        .unwrap();
    assert_eq!(NetError::decode(foreign, 4242).kind(), io::ErrorKind::Other);
    if let Some(current) = Platform::CURRENT {
        let code = unlisted_codes(current)[0];
        let std_kind = io::Error::from_raw_os_error(code).kind();
        assert_eq!(NetError::decode(current, code).kind(), std_kind);
    }
}

#[test]
fn a_raw_code_decodes_to_its_row() {
    let mut decoded = 0;
    for row in NetError::ALL {
        let Some(code) = row.raw_os_error() else {
            continue;
        };
        let expected = Platform::CURRENT.map_or(*row, |p| decodes_as(*row, p));
        let error = io::Error::from_raw_os_error(code);
        assert_eq!(NetError::from_io_error(&error), Some(expected));
        assert_eq!(NetError::from(&error), expected);
        assert_eq!(NetError::from(error), expected);
        decoded += 1;
    }
    if Platform::CURRENT.is_some() {
        assert!(decoded > 10, "only {decoded} rows have a code here");
    }
}

#[test]
fn an_unknown_raw_code_is_kept_for_this_host() {
    let Some(current) = Platform::CURRENT else {
        return;
    };
    for code in unlisted_codes(current) {
        let error = io::Error::from_raw_os_error(code);
        assert_eq!(NetError::from_io_error(&error), None);
        let e = NetError::from(&error);
        assert_eq!(e, unlisted_raw(code));
        assert_eq!(e.code(current), Some(code));
        assert_eq!(e.raw_os_error(), Some(code));
        for other in Platform::ALL.iter().copied().filter(|p| *p != current) {
            assert_eq!(e.code(other), None, "{code} shows up on {other}");
        }
        assert_eq!(
            e.to_string(),
            format!("Unknown error {code} ({})", current.key())
        );
    }
}

#[test]
fn an_error_without_code_is_no_row_and_keeps_its_kind() {
    for kind in KINDS {
        for error in [io::Error::from(kind), io::Error::new(kind, "a message")] {
            assert_eq!(NetError::from_io_error(&error), None, "{kind:?}");
            assert_eq!(
                NetError::from(&error),
                NetError::Unlisted(Unlisted::Kind(kind))
            );
        }
    }
}

#[test]
fn a_kind_is_never_taken_for_a_row() {
    // An application's own timer is not ETIMEDOUT, although one row has the kind.
    assert_eq!(rows_of_kind(io::ErrorKind::TimedOut).len(), 1);
    let timer = io::Error::new(io::ErrorKind::TimedOut, "no answer in 5 s");
    assert_eq!(
        NetError::from(timer),
        NetError::Unlisted(Unlisted::Kind(io::ErrorKind::TimedOut))
    );
    // The facts an error wraps win over the kind it was given.
    let foreign = Unlisted::Code {
        platform: Platform::Windows,
        code: 4242,
    };
    let error = io::Error::new(io::ErrorKind::ConnectionRefused, foreign);
    assert_eq!(NetError::from(error), NetError::Unlisted(foreign));
    let error = io::Error::new(io::ErrorKind::NotFound, NetError::MessageTooLong);
    assert_eq!(NetError::from(error), NetError::MessageTooLong);
}

#[test]
fn the_innermost_error_decides() {
    for row in NetError::ALL {
        let wrapped = io::Error::new(io::ErrorKind::NotFound, io::Error::from(*row));
        let twice = io::Error::other(wrapped);
        assert_eq!(NetError::from_io_error(&twice), Some(*row), "{row:?}");
    }
}

#[test]
fn a_row_with_a_code_here_becomes_the_os_error() {
    let mut native = 0;
    for row in NetError::ALL {
        let Some(code) = row.raw_os_error() else {
            continue;
        };
        if NetError::from_raw_os_error(code) != Some(*row) {
            continue;
        }
        let os = io::Error::from_raw_os_error(code);
        let error = io::Error::from(*row);
        assert_eq!(error.raw_os_error(), Some(code), "{row:?}");
        assert_eq!(error.kind(), os.kind(), "{row:?}");
        assert_eq!(error.to_string(), os.to_string(), "{row:?}");
        assert!(error.get_ref().is_none(), "{row:?}");
        native += 1;
    }
    if Platform::CURRENT.is_some() {
        assert!(native > 10, "only {native} rows have a code here");
    }
}

#[test]
fn a_row_whose_number_decodes_to_another_becomes_a_custom_error() {
    if Platform::CURRENT != Some(Platform::Linux) {
        return;
    }
    // ENOTSUP and EOPNOTSUPP are both 95 on Linux, and 95 decodes to the latter.
    let row = NetError::NotSupported;
    assert_eq!(row.raw_os_error(), Some(95));
    let error = io::Error::from(row);
    assert_eq!(error.raw_os_error(), None);
    assert_eq!(error.kind(), io::ErrorKind::Unsupported);
    assert_eq!(NetError::from(error), row);
    let os = io::Error::from_raw_os_error(95);
    assert_eq!(NetError::from(os), NetError::OperationNotSupported);
}

#[test]
fn a_row_without_a_code_here_becomes_a_custom_error() {
    let mut custom = 0;
    for row in NetError::ALL
        .iter()
        .filter(|row| row.raw_os_error().is_none())
    {
        let error = io::Error::from(*row);
        assert_eq!(error.raw_os_error(), None, "{row:?}");
        assert_eq!(error.kind(), row.kind(), "{row:?}");
        assert_eq!(error.to_string(), row.message(), "{row:?}");
        let inner = error.get_ref().and_then(|e| e.downcast_ref::<NetError>());
        assert_eq!(inner, Some(row));
        assert_eq!(error.downcast::<NetError>().ok(), Some(*row));
        custom += 1;
    }
    assert!(custom >= 1, "every row has a code on this host");
}

#[test]
fn a_catch_all_becomes_the_os_error_it_keeps() {
    let Some(current) = Platform::CURRENT else {
        return;
    };
    for code in unlisted_codes(current) {
        let error = io::Error::from(NetError::decode(current, code));
        assert_eq!(error.raw_os_error(), Some(code));
    }
    let kind = io::ErrorKind::UnexpectedEof;
    let error = io::Error::from(NetError::Unlisted(Unlisted::Kind(kind)));
    assert_eq!(error.kind(), kind);
    assert_eq!(error.raw_os_error(), None);
}

#[test]
fn a_foreign_code_becomes_a_custom_error_that_keeps_it() {
    let platform = match Platform::CURRENT {
        Some(Platform::Windows) => Platform::Linux,
        _ => Platform::Windows,
    };
    let foreign = Unlisted::Code {
        platform,
        code: 4242,
    };
    let error = io::Error::from(NetError::Unlisted(foreign));
    assert_eq!(error.raw_os_error(), None);
    assert_eq!(error.kind(), io::ErrorKind::Other);
    let expected = format!("Unknown error 4242 ({})", platform.key());
    assert_eq!(error.to_string(), expected);
    let inner = error.get_ref().and_then(|e| e.downcast_ref::<Unlisted>());
    assert_eq!(inner, Some(&foreign));
}

errtable::error_table! {
    /// `TooManyProcesses` has a code on Windows only: elsewhere only the value itself,
    /// wrapped, can bring it back.
    enum WindowsOnly {
        TooManyProcesses { windows: WSAEPROCLIM = 10067, message: "Too many processes" },
        Refused { windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catch_all]
        Unlisted,
    }
}

/// Every sort of value an io::Error can be made of: each row, a code of each platform
/// kept in the catch-all, and a code-less error of each kind.
fn values_to_round_trip() -> Vec<NetError> {
    let mut values = NetError::ALL.to_vec();
    for &platform in Platform::ALL {
        values.push(NetError::decode(platform, 4242));
    }
    values.extend(KINDS.map(|kind| NetError::Unlisted(Unlisted::Kind(kind))));
    values
}

#[test]
fn every_value_round_trips_through_io_error() {
    let lost: Vec<_> = values_to_round_trip()
        .into_iter()
        .filter(|value| NetError::from(io::Error::from(*value)) != *value)
        .collect();
    assert!(lost.is_empty(), "lost on the way back: {lost:?}");
}

#[test]
fn a_row_without_a_code_here_round_trips_through_io_error() {
    for row in [WindowsOnly::TooManyProcesses, WindowsOnly::Refused] {
        let back = WindowsOnly::from(io::Error::from(row));
        assert_eq!(back, row);
    }
}
