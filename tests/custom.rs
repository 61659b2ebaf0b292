//! Tables of a protocol's own codes (`code:`), and the table options: user derives with
//! `no_default_derives`, and `crate = …` with a renamed runtime path.

mod common;

use common::ProtoError;
use std::io;

#[test]
fn all_codes_symbols_and_aliases() {
    assert_eq!(
        ProtoError::ALL,
        [
            ProtoError::BadFrame,
            ProtoError::Busy,
            ProtoError::Gone,
            ProtoError::Unauthorized
        ]
    );
    assert_eq!(ProtoError::BadFrame.code(), Some(1));
    assert_eq!(ProtoError::Gone.code(), Some(3));
    assert_eq!(ProtoError::Busy.symbol(), Some("BUSY"));
    assert_eq!(ProtoError::Busy.aliases(), ["OVERLOADED"]);
    assert_eq!(ProtoError::Gone.aliases(), ["LEGACY_GONE"]);
    assert!(ProtoError::Unauthorized.aliases().is_empty());
}

#[test]
fn from_code_hits_and_misses() {
    for row in ProtoError::ALL {
        let code = row.code().unwrap();
        assert_eq!(ProtoError::from_code(code), Some(*row));
        assert_eq!(ProtoError::decode(code), *row);
    }
    assert_eq!(ProtoError::from_code(103), Some(ProtoError::Gone));
    for code in [i32::MIN, -1, 0, 5, 102, 104, i32::MAX] {
        assert_eq!(ProtoError::from_code(code), None, "{code}");
    }
}

#[test]
fn decode_keeps_an_unknown_code() {
    for code in [i32::MIN, -1, 0, 5, 77, i32::MAX] {
        let e = ProtoError::decode(code);
        assert_eq!(e, ProtoError::Unknown(code));
        assert_eq!(e.code(), Some(code));
        assert_eq!(e.symbol(), None);
        assert!(e.aliases().is_empty());
        assert_eq!(ProtoError::decode(e.code().unwrap()), e);
    }
}

#[test]
fn names() {
    for row in ProtoError::ALL {
        assert_eq!(ProtoError::from_name(row.name()), Some(*row));
        assert_eq!(ProtoError::from_name(row.symbol().unwrap()), Some(*row));
        for alias in row.aliases() {
            assert_eq!(alias.parse::<ProtoError>(), Ok(*row));
        }
    }
    assert_eq!(ProtoError::from_name("LEGACY_GONE"), Some(ProtoError::Gone));
    assert_eq!(ProtoError::from_name("Unknown"), None);
    assert_eq!(ProtoError::from_name("busy"), None);
    assert_eq!(ProtoError::decode(9).name(), "Unknown");
}

#[test]
fn messages_and_display() {
    let bad = ProtoError::BadFrame;
    assert_eq!(bad.message(), "Malformed frame");
    assert_eq!(
        bad.description(),
        Some("The header or the length prefix is inconsistent.")
    );
    assert_eq!(ProtoError::Busy.description(), None);
    for row in ProtoError::ALL {
        assert_eq!(row.to_string(), row.message());
        let expected = format!(
            "{} ({} {})",
            row.message(),
            row.symbol().unwrap(),
            row.code().unwrap()
        );
        assert_eq!(format!("{row:#}"), expected);
    }
    assert_eq!(format!("{:#}", ProtoError::Busy), "Server busy (BUSY 2)");
    let unknown = ProtoError::decode(77);
    assert_eq!(unknown.to_string(), "Unknown error 77");
    assert_eq!(format!("{unknown:#}"), "Unknown error 77");
    assert_eq!(format!("{unknown:>18}|"), "  Unknown error 77|");
    assert_eq!(
        format!("{:>#20}|", ProtoError::Busy),
        "Server busy (BUSY 2)|"
    );
    assert_eq!(
        format!("{:>#22}|", ProtoError::Busy),
        "  Server busy (BUSY 2)|"
    );
    assert_eq!(unknown.message(), "Unknown error");
    assert_eq!(unknown.description(), None);
}

#[test]
fn kind_and_io_error() {
    assert_eq!(ProtoError::BadFrame.kind(), io::ErrorKind::InvalidData);
    assert_eq!(ProtoError::decode(77).kind(), io::ErrorKind::Other);
    let values = ProtoError::ALL
        .iter()
        .copied()
        .chain([ProtoError::decode(77)]);
    for value in values {
        let error = io::Error::from(value);
        assert_eq!(error.raw_os_error(), None, "{value:?}");
        assert_eq!(error.kind(), value.kind(), "{value:?}");
        assert_eq!(error.to_string(), value.to_string());
        assert_eq!(error.downcast::<ProtoError>().ok(), Some(value));
    }
}

#[test]
fn is_an_error() {
    let error: Box<dyn std::error::Error + Send + Sync> = Box::new(ProtoError::Gone);
    assert!(error.source().is_none());
    assert_eq!(error.to_string(), "Resource gone");
}

/// Tables that turn the default derives off and derive what they choose.
mod user_derives {
    use errtable::Platform;

    errtable::error_table! {
        /// Neither Copy nor Hash: the table's code must not need them.
        #[errtable(no_default_derives)]
        #[derive(Debug, PartialEq)]
        pub enum Sparse {
            Refused { linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, kind: ConnectionRefused, message: "Connection refused" },
            Pipe { linux: EPIPE = 32, kind: BrokenPipe, message: "Broken pipe" },
            #[catch_all]
            Unlisted,
        }
    }

    errtable::error_table! {
        /// A custom table without the default derives.
        #[errtable(no_default_derives)]
        #[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Status {
            Ok { code: OK = 0, message: "Fine" },
            Fail { code: FAIL = 1, message: "Failed" },
            #[catch_all]
            Other,
        }
    }

    #[test]
    fn the_api_works_without_copy() {
        let e = Sparse::decode(Platform::Windows, 10061);
        assert_eq!(e, Sparse::Refused);
        assert_eq!(e.code(Platform::Linux), Some(111));
        assert_eq!(format!("{e:?}"), "Refused");
        assert_eq!(Sparse::from_name("EPIPE"), Some(Sparse::Pipe));
        let error = std::io::Error::from(Sparse::Pipe);
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe);
        // EPIPE's raw 32 on Linux, a custom error that keeps the row elsewhere (on
        // Windows 32 is ERROR_SHARING_VIOLATION): Pipe again either way.
        assert_eq!(Sparse::from(&error), Sparse::Pipe);
    }

    #[test]
    fn the_users_derives_are_the_ones() {
        assert!(Status::Ok < Status::Fail);
        assert!(Status::Fail < Status::Other(7));
        assert_eq!(Status::decode(7), Status::Other(7));
        assert_eq!(Status::from_code(1), Some(Status::Fail));
    }
}

/// A runtime reached under another name.
mod renamed_runtime {
    use errtable as et;

    et::error_table! {
        #[errtable(crate = et)]
        pub enum Renamed {
            Refused { linux: ECONNREFUSED = 111, macos: ECONNREFUSED = 61, kind: ConnectionRefused, message: "Connection refused" },
            #[catch_all]
            Unlisted,
        }
    }

    et::error_table! {
        #[errtable(crate = ::errtable)]
        pub enum Absolute {
            Refused { code: REFUSED = 1, message: "Refused" },
            #[catch_all]
            Unknown,
        }
    }

    /// The derive, with its own rows and the renamed path.
    #[derive(et::ErrorTable, Clone, Copy, Debug, PartialEq)]
    #[errtable(crate = et)]
    pub enum Derived {
        #[errtable(linux: ECONNRESET = 104, windows: WSAECONNRESET = 10054, kind: ConnectionReset, message: "Connection reset by peer")]
        Reset,
        #[errtable(catch_all)]
        Unlisted(et::Unlisted),
    }

    #[test]
    fn a_renamed_path_expands() {
        let e = Renamed::decode(et::Platform::MacOs, 61);
        assert_eq!(e, Renamed::Refused);
        assert_eq!(e.code(et::Platform::Linux), Some(111));
        assert_eq!(Renamed::from_name("Refused"), Some(Renamed::Refused));
        assert_eq!(Absolute::decode(1), Absolute::Refused);
        assert_eq!(Absolute::decode(2), Absolute::Unknown(2));
    }

    #[test]
    fn the_derive_with_a_renamed_path() {
        let e = Derived::decode(et::Platform::Windows, 10054);
        assert_eq!(e, Derived::Reset);
        assert_eq!(e.symbol(et::Platform::Linux), Some("ECONNRESET"));
        assert_eq!(
            Derived::decode(et::Platform::Linux, 4242),
            Derived::Unlisted(et::Unlisted::Code {
                platform: et::Platform::Linux,
                code: 4242
            })
        );
        let error = std::io::Error::from(Derived::Reset);
        assert_eq!(Derived::from(error), Derived::Reset);
        // A kind alone is no row: it is kept as it came.
        let kind = std::io::ErrorKind::ConnectionReset;
        assert_eq!(
            Derived::from(std::io::Error::from(kind)),
            Derived::Unlisted(et::Unlisted::Kind(kind))
        );
    }
}
