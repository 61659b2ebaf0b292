//! The `serde` feature: `Platform`, `Unlisted` and tables round-trip through a
//! human-readable format (JSON) and a binary one (postcard), in the documented forms,
//! and anything else is refused with an error that names what was expected.
//!
//! The tables here are enums written by hand whose impls call the runtime's helpers
//! exactly as the generated impls will, so that generating them is mechanical.

use errtable::__private::serde::{self as helpers, Deserialize, Deserializer};
use errtable::__private::serde::{Serialize, Serializer};
use errtable::{Platform, Unlisted};
use std::fmt::Debug;
use std::io::{self, ErrorKind};

/// Every stable `io::ErrorKind` of Rust 1.87.
const KINDS: [ErrorKind; 39] = [
    ErrorKind::NotFound,
    ErrorKind::PermissionDenied,
    ErrorKind::ConnectionRefused,
    ErrorKind::ConnectionReset,
    ErrorKind::HostUnreachable,
    ErrorKind::NetworkUnreachable,
    ErrorKind::ConnectionAborted,
    ErrorKind::NotConnected,
    ErrorKind::AddrInUse,
    ErrorKind::AddrNotAvailable,
    ErrorKind::NetworkDown,
    ErrorKind::BrokenPipe,
    ErrorKind::AlreadyExists,
    ErrorKind::WouldBlock,
    ErrorKind::NotADirectory,
    ErrorKind::IsADirectory,
    ErrorKind::DirectoryNotEmpty,
    ErrorKind::ReadOnlyFilesystem,
    ErrorKind::StaleNetworkFileHandle,
    ErrorKind::InvalidInput,
    ErrorKind::InvalidData,
    ErrorKind::TimedOut,
    ErrorKind::WriteZero,
    ErrorKind::StorageFull,
    ErrorKind::NotSeekable,
    ErrorKind::QuotaExceeded,
    ErrorKind::FileTooLarge,
    ErrorKind::ResourceBusy,
    ErrorKind::ExecutableFileBusy,
    ErrorKind::Deadlock,
    ErrorKind::CrossesDevices,
    ErrorKind::TooManyLinks,
    ErrorKind::InvalidFilename,
    ErrorKind::ArgumentListTooLong,
    ErrorKind::Interrupted,
    ErrorKind::Unsupported,
    ErrorKind::UnexpectedEof,
    ErrorKind::OutOfMemory,
    ErrorKind::Other,
];

const CODES: [i32; 9] = [i32::MIN, -1, 0, 1, 95, 104, 4242, 10054, i32::MAX];

/// `value` comes back equal from JSON and from postcard.
fn round_trips<T>(value: &T)
where
    T: Serialize + for<'de> Deserialize<'de> + PartialEq + Debug,
{
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, value, "through JSON {json}");
    let bytes = postcard::to_allocvec(value).unwrap();
    let back: T = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(&back, value, "through postcard {bytes:?}");
}

/// The error JSON `text` gives as a `T`.
fn json_error<T: for<'de> Deserialize<'de> + Debug>(text: &str) -> String {
    serde_json::from_str::<T>(text).unwrap_err().to_string()
}

/// Every `Unlisted` the tests try: each code on each platform, raw, each stable kind.
fn every_unlisted() -> Vec<Unlisted> {
    let mut values = Vec::new();
    for platform in Platform::ALL {
        values.extend(CODES.map(|code| Unlisted::Code { platform, code }));
    }
    values.extend(CODES.map(Unlisted::Raw));
    values.extend(KINDS.map(Unlisted::Kind));
    values
}

// ---------------------------------------------------------------- Platform

#[test]
fn a_platform_is_its_key() {
    for platform in Platform::ALL {
        round_trips(&platform);
        let json = serde_json::to_string(&platform).unwrap();
        assert_eq!(json, format!("\"{}\"", platform.key()));
    }
}

#[test]
fn a_platform_reads_what_from_str_takes() {
    let platform: Platform = serde_json::from_str("\"linux-mips\"").unwrap();
    assert_eq!(platform, Platform::LinuxMips);
}

#[test]
fn an_unknown_platform_is_refused_naming_the_keys() {
    let error = json_error::<Platform>("\"plan9\"");
    assert!(error.starts_with("unknown variant `plan9`, expected one of `windows`, `linux`"));
    assert!(error.contains("`freebsd`"), "{error}");
    assert!(json_error::<Platform>("7").contains("a platform key"));
}

// ---------------------------------------------------------------- Unlisted

#[test]
fn every_unlisted_round_trips() {
    for unlisted in every_unlisted() {
        round_trips(&unlisted);
    }
}

#[test]
fn an_unlisted_reads_as_its_fields_say_in_json() {
    let cases = [
        (
            Unlisted::Code {
                platform: Platform::LinuxMips,
                code: 4242,
            },
            r#"{"platform":"linux_mips","code":4242}"#,
        ),
        (Unlisted::Raw(-1), r#"{"raw":-1}"#),
        (
            Unlisted::Kind(ErrorKind::TimedOut),
            r#"{"kind":"TimedOut"}"#,
        ),
    ];
    for (value, json) in cases {
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
    }
    // Any order of the fields, as maps go.
    let reordered: Unlisted = serde_json::from_str(r#"{"code":7,"platform":"windows"}"#).unwrap();
    assert_eq!(
        reordered,
        Unlisted::Code {
            platform: Platform::Windows,
            code: 7
        }
    );
}

#[test]
fn an_unlisted_is_compact_in_postcard() {
    let code = Unlisted::Code {
        platform: Platform::Linux,
        code: -1,
    };
    // Variant 0, the key's length and bytes, the code zigzagged.
    assert_eq!(postcard::to_allocvec(&code).unwrap(), b"\x00\x05linux\x01");
    assert_eq!(postcard::to_allocvec(&Unlisted::Raw(1)).unwrap(), [1, 2]);
    let kind = postcard::to_allocvec(&Unlisted::Kind(ErrorKind::Other)).unwrap();
    assert_eq!(kind, b"\x02\x05Other");
}

#[test]
fn a_malformed_unlisted_is_refused_with_what_was_expected() {
    let cases = [
        (r#"{}"#, "either \"platform\" and \"code\""),
        (r#"{"platform":"linux"}"#, "missing field `code`"),
        (r#"{"code":1}"#, "missing field `platform`"),
        (
            r#"{"raw":1,"kind":"Other"}"#,
            "either \"platform\" and \"code\"",
        ),
        (r#"{"raw":1,"raw":2}"#, "duplicate field `raw`"),
        (
            r#"{"rw":1}"#,
            "unknown field `rw`, expected one of `platform`, `code`, `raw`, `kind`",
        ),
        (
            r#"{"kind":"Timeout"}"#,
            "unknown variant `Timeout`, expected one of `NotFound`",
        ),
        (
            r#"{"platform":"plan9","code":1}"#,
            "unknown variant `plan9`",
        ),
        (r#"{"raw":4294967296}"#, "invalid value"),
        (r#""Raw""#, "an unlisted error"),
    ];
    for (json, expected) in cases {
        let error = json_error::<Unlisted>(json);
        assert!(error.contains(expected), "{json}: {error}");
    }
}

#[test]
fn malformed_postcard_is_refused() {
    for bytes in [
        &[3u8][..],
        &[0, 5, b'p', b'l', b'a', b'n', b'9', 2],
        &[2, 3, b'N', b'o', b'p'],
        &[],
    ] {
        assert!(
            postcard::from_bytes::<Unlisted>(bytes).is_err(),
            "{bytes:?}"
        );
    }
}

#[test]
fn a_kind_std_has_not_stabilized_has_no_portable_form() {
    // std calls a code it does not know `Uncategorized`, a kind no stable code can name.
    let kind = io::Error::from_raw_os_error(4242).kind();
    assert!(!KINDS.contains(&kind));
    let error = serde_json::to_string(&Unlisted::Kind(kind)).unwrap_err();
    assert!(error
        .to_string()
        .contains("is not stable and has no portable name"));
    assert!(postcard::to_allocvec(&Unlisted::Kind(kind)).is_err());
}

// ---------------------------------------------------------------- tables

/// A platform table with a catch-all, with the impls the macros will generate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Net {
    ConnectionRefused,
    WouldBlock,
    Unlisted(Unlisted),
}

impl Net {
    fn name(&self) -> &'static str {
        match self {
            Net::ConnectionRefused => "ConnectionRefused",
            Net::WouldBlock => "WouldBlock",
            Net::Unlisted(_) => "Unlisted",
        }
    }
}

/// As generated: the variant's index among the rows, the catch-all after them.
impl Serialize for Net {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Net::Unlisted(ref kept) => {
                helpers::serialize_catch_all(serializer, "Net", 2, "Unlisted", kept)
            }
            Net::ConnectionRefused => helpers::serialize_row(serializer, "Net", 0, self.name()),
            Net::WouldBlock => helpers::serialize_row(serializer, "Net", 1, self.name()),
        }
    }
}

/// As generated: a `match` on the exact variant names.
impl<'de> Deserialize<'de> for Net {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const VARIANTS: &[&str] = &["ConnectionRefused", "WouldBlock", "Unlisted"];
        fn row(name: &str) -> Option<Net> {
            match name {
                "ConnectionRefused" => Some(Net::ConnectionRefused),
                "WouldBlock" => Some(Net::WouldBlock),
                _ => None,
            }
        }
        helpers::deserialize_table(deserializer, "Net", VARIANTS, row, Net::Unlisted)
    }
}

/// A table without a catch-all.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Rows {
    Refused,
    Reset,
}

impl Serialize for Rows {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Rows::Refused => helpers::serialize_row(serializer, "Rows", 0, "Refused"),
            Rows::Reset => helpers::serialize_row(serializer, "Rows", 1, "Reset"),
        }
    }
}

impl<'de> Deserialize<'de> for Rows {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const VARIANTS: &[&str] = &["Refused", "Reset"];
        fn row(name: &str) -> Option<Rows> {
            match name {
                "Refused" => Some(Rows::Refused),
                "Reset" => Some(Rows::Reset),
                _ => None,
            }
        }
        helpers::deserialize_rows(deserializer, "Rows", VARIANTS, row)
    }
}

/// A table of its own codes, whose catch-all keeps the `i32`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Proto {
    BadFrame,
    Unknown(i32),
}

impl Serialize for Proto {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Proto::BadFrame => helpers::serialize_row(serializer, "Proto", 0, "BadFrame"),
            Proto::Unknown(ref code) => {
                helpers::serialize_catch_all(serializer, "Proto", 1, "Unknown", code)
            }
        }
    }
}

impl<'de> Deserialize<'de> for Proto {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const VARIANTS: &[&str] = &["BadFrame", "Unknown"];
        fn row(name: &str) -> Option<Proto> {
            (name == "BadFrame").then_some(Proto::BadFrame)
        }
        helpers::deserialize_table(deserializer, "Proto", VARIANTS, row, Proto::Unknown)
    }
}

#[test]
fn every_value_of_a_table_round_trips() {
    let unlisted = every_unlisted().into_iter().map(Net::Unlisted);
    for value in [Net::ConnectionRefused, Net::WouldBlock]
        .into_iter()
        .chain(unlisted)
    {
        round_trips(&value);
    }
    round_trips(&Rows::Refused);
    round_trips(&Rows::Reset);
    round_trips(&Proto::BadFrame);
    for code in CODES {
        round_trips(&Proto::Unknown(code));
    }
    // Inside other data too.
    round_trips(&vec![Net::WouldBlock, Net::Unlisted(Unlisted::Raw(3))]);
    round_trips(&Some(Rows::Reset));
}

#[test]
fn a_row_is_its_name_and_the_catch_all_says_its_own_in_json() {
    assert_eq!(
        serde_json::to_string(&Net::WouldBlock).unwrap(),
        r#""WouldBlock""#
    );
    let unlisted = Net::Unlisted(Unlisted::Code {
        platform: Platform::MacOs,
        code: 200,
    });
    let json = serde_json::to_string(&unlisted).unwrap();
    assert_eq!(json, r#"{"Unlisted":{"platform":"macos","code":200}}"#);
    assert_eq!(
        serde_json::to_string(&Proto::Unknown(9)).unwrap(),
        r#"{"Unknown":9}"#
    );
}

#[test]
fn a_row_is_its_name_in_postcard_so_new_rows_do_not_shift_old_data() {
    // Variant 0 ("row"), then the name.
    assert_eq!(
        postcard::to_allocvec(&Rows::Reset).unwrap(),
        b"\x00\x05Reset"
    );
    // Variant 1 (the catch-all), then what it keeps.
    assert_eq!(postcard::to_allocvec(&Proto::Unknown(-1)).unwrap(), [1, 1]);
}

#[test]
fn an_unknown_row_is_refused_naming_the_rows() {
    let error = json_error::<Net>(r#""ConnectionReset""#);
    assert!(
        error.starts_with(
            "unknown variant `ConnectionReset`, expected one of `ConnectionRefused`, `WouldBlock`, `Unlisted`"
        ),
        "{error}"
    );
    // Names are exact: a symbol or another case is not a variant name.
    assert!(json_error::<Rows>(r#""refused""#).contains("unknown variant `refused`"));
    assert!(json_error::<Rows>(r#""ECONNREFUSED""#).contains("unknown variant"));
}

#[test]
fn a_catch_all_is_refused_where_there_is_none_or_in_the_wrong_shape() {
    let error = json_error::<Rows>(r#"{"Unlisted":{"raw":1}}"#);
    assert!(
        error.contains("unknown variant `Unlisted`, expected `Refused` or `Reset`"),
        "{error}"
    );
    // The catch-all's name alone, with nothing kept.
    assert!(json_error::<Net>(r#""Unlisted""#).contains("invalid type"));
    // A row with a value.
    assert!(json_error::<Net>(r#"{"WouldBlock":1}"#).contains("invalid type"));
    assert!(json_error::<Proto>(r#"{"Unknown":"x"}"#).contains("invalid type"));
    assert!(serde_json::from_str::<Net>("17").is_err());
}

#[test]
fn malformed_postcard_tables_are_refused() {
    let cases: [&[u8]; 4] = [
        b"\x01\x00",         // Rows has no catch-all
        b"\x02",             // no variant 2
        b"\x00\x05Rese",     // cut short
        b"\x00\x08Unlisted", // the catch-all's name is not a row
    ];
    for bytes in cases {
        assert!(postcard::from_bytes::<Rows>(bytes).is_err(), "{bytes:?}");
        assert!(postcard::from_bytes::<Net>(bytes).is_err(), "{bytes:?}");
    }
}
