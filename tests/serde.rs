//! The `serde` feature: `Platform`, `Persistence`, `Unlisted` and tables round-trip through a
//! human-readable format (JSON) and a binary one (postcard), in the documented forms,
//! and anything else is refused with an error that names what was expected; a
//! catch-all reads back only what the table's own decoding keeps in it, so that one
//! error is one value.
//!
//! Every kind of table generates its impls: `error_table!` with and without a
//! catch-all, of OS codes and of its own codes, `#[derive(ErrorTable)]` of OS codes, of own codes and
//! of groups with and without a catch-all, and the runtime's `OsError` and
//! `ResolveError`.

mod common;

use common::STABLE_KINDS;
use errtable::{error_table, ErrorTable, OsError, Persistence, Platform, ResolveError, Unlisted};
use serde::{Deserialize, Serialize};
use std::fmt::Debug;
use std::io::{self, ErrorKind};

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

/// Every `Unlisted` the tests try: each code on each platform (an OS's or not), raw, each
/// stable kind.
fn every_unlisted() -> Vec<Unlisted> {
    let mut values = Vec::new();
    for &platform in Platform::ALL {
        values.extend(CODES.map(|code| Unlisted::Code { platform, code }));
        values.extend(CODES.map(|code| Unlisted::NonOsCode { platform, code }));
    }
    values.extend(CODES.map(Unlisted::Raw));
    values.extend(STABLE_KINDS.map(Unlisted::Kind));
    values
}

// ---------------------------------------------------------------- Platform

#[test]
fn a_platform_is_its_key() {
    for &platform in Platform::ALL {
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

// ---------------------------------------------------------------- Persistence

#[test]
fn a_persistence_is_its_key_in_every_format() {
    for class in Persistence::ALL {
        round_trips(&class);
        let json = serde_json::to_string(&class).unwrap();
        assert_eq!(json, format!("\"{}\"", class.key()));
        // A string in binary formats too, so that a new class shifts nothing.
        let bytes = postcard::to_allocvec(&class).unwrap();
        assert_eq!(bytes[1..], *class.key().as_bytes());
    }
}

#[test]
fn a_persistence_reads_what_from_str_takes_and_names_the_keys_otherwise() {
    let class: Persistence = serde_json::from_str("\"ConnectionLost\"").unwrap();
    assert_eq!(class, Persistence::ConnectionLost);
    let error = json_error::<Persistence>("\"flaky\"");
    assert!(
        error.starts_with("unknown variant `flaky`, expected one of `permanent`, `transient`"),
        "{error}"
    );
    assert!(json_error::<Persistence>("1").contains("a persistence key"));
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
        (
            Unlisted::NonOsCode {
                platform: Platform::Linux,
                code: -3,
            },
            r#"{"platform":"linux","non_os_code":-3}"#,
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
    let non_os = Unlisted::NonOsCode {
        platform: Platform::Linux,
        code: -1,
    };
    // The next variant index: what older versions wrote reads the same.
    assert_eq!(
        postcard::to_allocvec(&non_os).unwrap(),
        b"\x03\x05linux\x01"
    );
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
            "unknown field `rw`, expected one of `platform`, `code`, `non_os_code`, `raw`, `kind`",
        ),
        (r#"{"non_os_code":1}"#, "missing field `platform`"),
        (
            r#"{"platform":"linux","code":1,"non_os_code":1}"#,
            "or \"platform\" and \"non_os_code\"",
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
        &[4u8][..],
        &[3, 5, b'l', b'i', b'n', b'u', b'x'],
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
    assert!(!STABLE_KINDS.contains(&kind));
    let error = serde_json::to_string(&Unlisted::Kind(kind)).unwrap_err();
    assert!(error
        .to_string()
        .contains("is not stable and has no portable name"));
    assert!(postcard::to_allocvec(&Unlisted::Kind(kind)).is_err());
}

// ---------------------------------------------------------------- tables

error_table! {
    /// OS codes with a catch-all.
    pub enum Net {
        ConnectionRefused { linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, kind: ConnectionRefused, message: "Connection refused" },
        WouldBlock { linux: EAGAIN = 11 | EWOULDBLOCK, kind: WouldBlock, message: "Try again" },
        #[catch_all]
        Unlisted,
    }
}

error_table! {
    /// OS codes without a catch-all, one row with a raw name.
    pub enum Rows {
        Refused { linux: ECONNREFUSED = 111, message: "Refused" },
        Reset { linux: ECONNRESET = 104, message: "Reset" },
        r#Match { linux: EMATCH = 1, message: "Raw" },
    }
}

error_table! {
    /// A protocol's own codes, whose catch-all keeps the `i32`.
    pub enum Proto {
        BadFrame { code: BAD_FRAME = 7, message: "Bad frame" },
        #[catch_all]
        Unknown,
    }
}

/// A derived table of its own codes; the catch-all is not the last variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Reply {
    #[errtable(catch_all)]
    Other(i32),
    /// Service not available
    #[errtable(code: SERVICE_UNAVAILABLE = 421)]
    Unavailable,
    /// Mailbox busy
    #[errtable(code: MAILBOX_BUSY = 450 | BUSY)]
    Busy,
}

/// A group with a catch-all, which keeps the canonical value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Retry {
    /// Nobody is listening
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped,
    /// Not worth a retry
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// A group without a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Transient {
    /// Worth another try
    #[errtable(rows: TimedOut | WouldBlock, persistence: Transient)]
    Again,
}

/// A group whose variants keep the row they were decoded from, with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Kept {
    /// Nobody is listening
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// Worth another try
    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
    Slow(OsError),
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped(OsError),
    /// Not worth a retry
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// A group whose one variant keeps its row, without a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum KeptOnly {
    /// Worth another try
    #[errtable(rows: TimedOut | WouldBlock)]
    Again(OsError),
    /// Nobody is listening
    #[errtable(rows: ConnectionRefused)]
    Refused,
}

error_table! {
    /// The OS's codes on Windows only; on Linux, a numbering of its own (getaddrinfo's).
    #[errtable(os_error_codes = windows)]
    pub enum Lookup {
        Again { windows: WSATRY_AGAIN = 11002, linux: EAI_AGAIN = -3, message: "Try again" },
        #[catch_all]
        Other,
    }
}

/// A derived table of OS codes, whose catch-all keeps an `Unlisted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Wire {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061)]
    Refused,
    #[errtable(catch_all)]
    Other(Unlisted),
}

/// A code no table here lists on any platform.
const UNUSED: i32 = 0x7e57_c0de;

/// Whether the table's own decoding keeps `unlisted` in its catch-all (`catch_all`),
/// found from its `decode` alone: `decode(platform, code)` gives it, or it is an OS
/// error of a platform whose codes in the table are not the OS's (`os_error_codes`),
/// which `decode_raw_os_error` keeps there whatever its number. `Raw` (a platform
/// errtable does not know, where no row decodes) and `Kind` (an `io::Error` without a
/// code) are kept whatever they hold.
fn decoding_keeps<T: PartialEq>(
    unlisted: Unlisted,
    decode: fn(Platform, i32) -> T,
    catch_all: fn(Unlisted) -> T,
) -> bool {
    let (Unlisted::Code { platform, code } | Unlisted::NonOsCode { platform, code }) = unlisted
    else {
        return true;
    };
    let os_codes = decode(platform, UNUSED)
        == catch_all(Unlisted::Code {
            platform,
            code: UNUSED,
        });
    decode(platform, code) == catch_all(unlisted)
        || (!os_codes && matches!(unlisted, Unlisted::Code { .. }))
}

/// Every value the tests try of a table whose catch-all keeps an `Unlisted`, of those
/// its decoding gives.
fn with_every_unlisted<T: Copy + PartialEq>(
    rows: &[T],
    decode: fn(Platform, i32) -> T,
    catch_all: fn(Unlisted) -> T,
) -> Vec<T> {
    let unlisted = every_unlisted()
        .into_iter()
        .filter(|&unlisted| decoding_keeps(unlisted, decode, catch_all))
        .map(catch_all);
    rows.iter().copied().chain(unlisted).collect()
}

/// `value` is refused by JSON and by postcard, the JSON error containing `why`.
fn refused<T>(value: &T, why: &str)
where
    T: Serialize + for<'de> Deserialize<'de> + Debug,
{
    let json = serde_json::to_string(value).unwrap();
    let error = json_error::<T>(&json);
    assert!(error.contains(why), "{json}: {error}");
    let bytes = postcard::to_allocvec(value).unwrap();
    let back = postcard::from_bytes::<T>(&bytes);
    assert!(back.is_err(), "{value:?} through postcard: {back:?}");
}

#[test]
fn every_value_of_every_kind_of_table_round_trips() {
    with_every_unlisted(Net::ALL, Net::decode, Net::Unlisted)
        .iter()
        .for_each(round_trips);
    with_every_unlisted(Lookup::ALL, Lookup::decode, Lookup::Other)
        .iter()
        .for_each(round_trips);
    with_every_unlisted(Wire::ALL, Wire::decode, Wire::Other)
        .iter()
        .for_each(round_trips);
    Rows::ALL.iter().for_each(round_trips);
    Proto::ALL.iter().for_each(round_trips);
    CODES.map(Proto::decode).iter().for_each(round_trips);
    Reply::ALL.iter().for_each(round_trips);
    CODES.map(Reply::decode).iter().for_each(round_trips);
    Retry::ALL.iter().for_each(round_trips);
    Transient::ALL.iter().for_each(round_trips);
    // Variants that keep their row, each row they list (issue 21, class 7, round 3:
    // refused at run time).
    for &os in OsError::ALL {
        round_trips(&Kept::from(os));
        if let Ok(value) = KeptOnly::try_from(os) {
            round_trips(&value);
        }
    }
    round_trips(&vec![Kept::Slow(OsError::WouldBlock), Kept::Refused]);
    // Inside other data too.
    round_trips(&vec![Net::WouldBlock, Net::Unlisted(Unlisted::Raw(3))]);
    round_trips(&Some(Rows::Reset));
}

#[test]
fn every_value_of_the_runtimes_tables_round_trips() {
    with_every_unlisted(OsError::ALL, OsError::decode, OsError::Unlisted)
        .iter()
        .for_each(round_trips);
    // A group's catch-all keeps any canonical value no variant lists.
    for &os in OsError::ALL {
        round_trips(&Retry::from(os));
    }
    with_every_unlisted(&[], OsError::decode, OsError::Unlisted)
        .into_iter()
        .map(Retry::from)
        .for_each(|value| round_trips(&value));
    ResolveError::ALL.iter().for_each(round_trips);
}

#[test]
fn a_row_is_its_name_and_the_catch_all_says_its_own_in_json() {
    let json = |value: &dyn erased::Json| value.json();
    assert_eq!(json(&Net::WouldBlock), r#""WouldBlock""#);
    let unlisted = Net::Unlisted(Unlisted::Code {
        platform: Platform::MacOs,
        code: 200,
    });
    assert_eq!(
        json(&unlisted),
        r#"{"Unlisted":{"platform":"macos","code":200}}"#
    );
    assert_eq!(json(&Rows::r#Match), r#""Match""#);
    assert_eq!(json(&Proto::Unknown(9)), r#"{"Unknown":9}"#);
    assert_eq!(json(&Reply::Busy), r#""Busy""#);
    assert_eq!(json(&Reply::Other(-5)), r#"{"Other":-5}"#);
    assert_eq!(json(&Retry::Dropped), r#""Dropped""#);
    assert_eq!(
        json(&Retry::Fatal(OsError::TimedOut)),
        r#"{"Fatal":"TimedOut"}"#
    );
    assert_eq!(json(&Transient::Again), r#""Again""#);
    assert_eq!(
        json(&Kept::Slow(OsError::WouldBlock)),
        r#"{"Slow":"WouldBlock"}"#
    );
    assert_eq!(
        json(&KeptOnly::Again(OsError::TimedOut)),
        r#"{"Again":"TimedOut"}"#
    );
    assert_eq!(json(&OsError::ConnectionReset), r#""ConnectionReset""#);
    assert_eq!(
        json(&OsError::Unlisted(Unlisted::Raw(4242))),
        r#"{"Unlisted":{"raw":4242}}"#
    );
    assert_eq!(json(&ResolveError::TryAgain), r#""TryAgain""#);
}

/// `dyn`-friendly JSON, so that one closure takes every table.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }

    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap()
        }
    }
}

#[test]
fn a_row_is_its_name_in_postcard_so_new_rows_do_not_shift_old_data() {
    // Variant 0 ("row"), then the name.
    assert_eq!(
        postcard::to_allocvec(&Rows::Reset).unwrap(),
        b"\x00\x05Reset"
    );
    assert_eq!(
        postcard::to_allocvec(&Reply::Busy).unwrap(),
        b"\x00\x04Busy"
    );
    assert_eq!(
        postcard::to_allocvec(&OsError::TimedOut).unwrap(),
        b"\x00\x08TimedOut"
    );
    // Variant 1 (the catch-all), then what it keeps.
    assert_eq!(postcard::to_allocvec(&Proto::Unknown(-1)).unwrap(), [1, 1]);
    assert_eq!(postcard::to_allocvec(&Reply::Other(1)).unwrap(), [1, 2]);
    assert_eq!(
        postcard::to_allocvec(&Retry::Fatal(OsError::Unlisted(Unlisted::Raw(1)))).unwrap(),
        [1, 1, 1, 2]
    );
    assert_eq!(
        postcard::to_allocvec(&Net::Unlisted(Unlisted::Raw(1))).unwrap(),
        [1, 1, 2]
    );
    // Variant 2 (a variant that keeps its row), its name, then the row as `OsError`
    // writes it.
    assert_eq!(
        postcard::to_allocvec(&Kept::Slow(OsError::TimedOut)).unwrap(),
        b"\x02\x04Slow\x00\x08TimedOut"
    );
    assert_eq!(
        postcard::to_allocvec(&KeptOnly::Again(OsError::WouldBlock)).unwrap(),
        b"\x02\x05Again\x00\x0aWouldBlock"
    );
}

#[test]
fn a_kept_row_is_refused_where_its_variant_does_not_list_it() {
    let error = json_error::<Kept>(r#"{"Slow":"ConnectionReset"}"#);
    assert!(
        error.contains(
            "`ConnectionReset` is not a row that Kept::Slow keeps (it lists `TimedOut`, `WouldBlock`)"
        ),
        "{error}"
    );
    // Nor the canonical catch-all's value, which no variant lists.
    let error = json_error::<Kept>(r#"{"Dropped":{"Unlisted":{"raw":4}}}"#);
    assert!(
        error.contains("is not a row that Kept::Dropped keeps"),
        "{error}"
    );
    // A row that is not one, the variant's name alone, or a row for a unit variant.
    assert!(json_error::<Kept>(r#"{"Slow":"Timeout"}"#).contains("unknown variant `Timeout`"));
    assert!(json_error::<KeptOnly>(r#""Again""#).contains("invalid type"));
    assert!(json_error::<Kept>(r#"{"Refused":"ConnectionRefused"}"#).contains("invalid type"));
    let error = json_error::<KeptOnly>(r#"{"Slowly":"TimedOut"}"#);
    assert!(
        error.contains("unknown variant `Slowly`, expected `Again` or `Refused`"),
        "{error}"
    );
    // KeptOnly has no catch-all.
    assert!(json_error::<KeptOnly>(r#"{"Fatal":"TimedOut"}"#).contains("unknown variant `Fatal`"));
    // Binary: a row its variant does not list, a unit variant's name, a row's name as a
    // keeper, a keeper's name as a row, cut short; and no variant 2 elsewhere.
    let cases: [&[u8]; 5] = [
        b"\x02\x04Slow\x00\x0fConnectionReset",
        b"\x02\x07Refused\x00\x11ConnectionRefused",
        b"\x02\x05Nopes\x00\x08TimedOut",
        b"\x00\x04Slow",
        b"\x02\x04Slow",
    ];
    for bytes in cases {
        assert!(postcard::from_bytes::<Kept>(bytes).is_err(), "{bytes:?}");
    }
    assert!(postcard::from_bytes::<Retry>(b"\x02\x05Fatal\x00\x08TimedOut").is_err());
    assert!(postcard::from_bytes::<Net>(b"\x02\x04Slow\x00\x08TimedOut").is_err());
}

#[test]
fn a_catch_all_of_os_codes_keeps_only_what_decoding_keeps_there() {
    fn check<T>(decode: fn(Platform, i32) -> T, catch_all: fn(Unlisted) -> T) -> [usize; 2]
    where
        T: Serialize + for<'de> Deserialize<'de> + PartialEq + Debug + Copy,
    {
        let mut seen = [0, 0];
        let listed = [(Platform::Linux, -3), (Platform::Windows, 11002)];
        let listed = listed.into_iter().flat_map(|(platform, code)| {
            [
                Unlisted::Code { platform, code },
                Unlisted::NonOsCode { platform, code },
            ]
        });
        for unlisted in every_unlisted().into_iter().chain(listed) {
            let keeps = decoding_keeps(unlisted, decode, catch_all);
            seen[usize::from(keeps)] += 1;
            match keeps {
                true => round_trips(&catch_all(unlisted)),
                false => refused(&catch_all(unlisted), "is not kept by"),
            }
        }
        seen
    }
    // Each table both keeps and refuses some of the values tried.
    for seen in [
        check(Net::decode, Net::Unlisted),
        check(Lookup::decode, Lookup::Other),
        check(Wire::decode, Wire::Other),
        check(OsError::decode, OsError::Unlisted),
    ] {
        assert!(seen[0] > 0 && seen[1] > 0, "{seen:?}");
    }
    // Linux -3 is a row of the table's own numbering there; the same number as an OS
    // error (`decode_raw_os_error(-3)` on Linux) is no row.
    let error = json_error::<Lookup>(r#"{"Other":{"platform":"linux","non_os_code":-3}}"#);
    assert!(
        error.starts_with(
            "`NonOsCode { platform: Linux, code: -3 }` is not kept by Lookup::Other: Lookup decodes it as Lookup::Again"
        ),
        "{error}"
    );
    let os_error: Lookup =
        serde_json::from_str(r#"{"Other":{"platform":"linux","code":-3}}"#).unwrap();
    assert_eq!(os_error.code(Platform::Linux), None);
    // On Windows the table's codes are the OS's: 11002 is the row, 5 an OS error code.
    let error = json_error::<Lookup>(r#"{"Other":{"platform":"windows","code":11002}}"#);
    assert!(
        error.contains("Lookup decodes it as Lookup::Again"),
        "{error}"
    );
    let error = json_error::<Lookup>(r#"{"Other":{"platform":"windows","non_os_code":5}}"#);
    assert!(
        error.contains(
            "Lookup's codes on `windows` are its OS error codes, kept as `Unlisted::Code`"
        ),
        "{error}"
    );
    assert_eq!(
        serde_json::from_str::<Lookup>(r#"{"Other":{"platform":"windows","code":5}}"#).unwrap(),
        Lookup::decode(Platform::Windows, 5)
    );
    // The canonical table: Linux 104 is ConnectionReset, in every format.
    let reset = OsError::Unlisted(Unlisted::Code {
        platform: Platform::Linux,
        code: 104,
    });
    refused(&reset, "OsError decodes it as OsError::ConnectionReset");
    let refused_here = Wire::Other(Unlisted::Code {
        platform: Platform::Windows,
        code: 10061,
    });
    refused(&refused_here, "Wire decodes it as Wire::Refused");
}

#[test]
fn a_catch_all_of_own_codes_or_of_a_group_keeps_no_row_listed() {
    for code in CODES.into_iter().chain([7, 421, 450]) {
        match Proto::decode(code) {
            Proto::Unknown(_) => round_trips(&Proto::Unknown(code)),
            row => refused(&Proto::Unknown(code), &format!("Proto::{row:?}")),
        }
        match Reply::decode(code) {
            Reply::Other(_) => round_trips(&Reply::Other(code)),
            row => refused(&Reply::Other(code), &format!("Reply::{row:?}")),
        }
    }
    let error = json_error::<Proto>(r#"{"Unknown":7}"#);
    assert!(
        error.starts_with("`7` is not kept by Proto::Unknown: Proto decodes it as Proto::BadFrame"),
        "{error}"
    );
    // A group keeps a row in its catch-all only where no variant lists it.
    for &os in OsError::ALL {
        match (Retry::from(os), Kept::from(os)) {
            (Retry::Fatal(_), _) => round_trips(&Retry::Fatal(os)),
            (variant, _) => refused(&Retry::Fatal(os), &format!("Retry::{variant:?}")),
        }
        if !matches!(Kept::from(os), Kept::Fatal(_)) {
            refused(&Kept::Fatal(os), "Kept decodes it as Kept::");
        }
    }
    let error = json_error::<Kept>(r#"{"Fatal":"TimedOut"}"#);
    assert!(
        error.starts_with("`TimedOut` is not kept by Kept::Fatal: Kept decodes it as Kept::Slow"),
        "{error}"
    );
    assert!(json_error::<Retry>(r#"{"Fatal":"ConnectionRefused"}"#)
        .contains("Retry decodes it as Retry::Refused"));
    // What the group keeps is read as the canonical table reads it.
    assert!(
        json_error::<Retry>(r#"{"Fatal":{"Unlisted":{"platform":"linux","code":104}}}"#)
            .contains("OsError decodes it as OsError::ConnectionReset")
    );
}

#[test]
fn an_unknown_row_is_refused_naming_the_rows() {
    let error = json_error::<Net>(r#""ConnectionReset""#);
    assert_eq!(
        error,
        "unknown variant `ConnectionReset`, expected one of `ConnectionRefused`, `WouldBlock`, `Unlisted` at line 1 column 17"
    );
    // Names are exact: a symbol, another case or a raw name's `r#` is not a variant name.
    assert!(json_error::<Rows>(r#""refused""#).contains("unknown variant `refused`"));
    assert!(json_error::<Rows>(r#""ECONNREFUSED""#).contains("unknown variant"));
    assert!(json_error::<Rows>(r##""r#Match""##).contains("unknown variant"));
    assert!(json_error::<OsError>(r#""ECONNRESET""#).contains("unknown variant `ECONNRESET`"));
    assert!(
        json_error::<Reply>(r#""Nope""#).contains("expected one of `Unavailable`, `Busy`, `Other`")
    );
    assert!(json_error::<Transient>(r#""Refused""#).contains("expected `Again`"));
    assert!(json_error::<ResolveError>(r#""NoName ""#).contains("unknown variant `NoName `"));
}

#[test]
fn a_catch_all_is_refused_where_there_is_none_or_in_the_wrong_shape() {
    let error = json_error::<Rows>(r#"{"Unlisted":{"raw":1}}"#);
    assert!(
        error.contains("unknown variant `Unlisted`, expected one of `Refused`, `Reset`, `Match`"),
        "{error}"
    );
    assert!(json_error::<Transient>(r#"{"Fatal":"TimedOut"}"#).contains("unknown variant `Fatal`"));
    // The catch-all's name alone, with nothing kept.
    assert!(json_error::<Net>(r#""Unlisted""#).contains("invalid type"));
    assert!(json_error::<Retry>(r#""Fatal""#).contains("invalid type"));
    // A row with a value.
    assert!(json_error::<Net>(r#"{"WouldBlock":1}"#).contains("invalid type"));
    // What the catch-all keeps, of the wrong type or unknown.
    assert!(json_error::<Proto>(r#"{"Unknown":"x"}"#).contains("invalid type"));
    assert!(json_error::<Retry>(r#"{"Fatal":"Timeout"}"#).contains("unknown variant `Timeout`"));
    assert!(
        json_error::<Retry>(r#"{"Fatal":{"Unlisted":{"rw":1}}}"#).contains("unknown field `rw`")
    );
    // serde_json reads an enum only from a string or a map.
    assert!(json_error::<Net>("17").contains("expected value"));
}

#[test]
fn malformed_postcard_tables_are_refused() {
    let cases: [&[u8]; 5] = [
        b"\x01\x00",         // Rows has no catch-all
        b"\x02",             // no variant 2
        b"\x00\x05Rese",     // cut short
        b"\x00\x08Unlisted", // the catch-all's name is not a row
        b"\x00\x00",         // nor is the empty name
    ];
    for bytes in cases {
        assert!(postcard::from_bytes::<Rows>(bytes).is_err(), "{bytes:?}");
        assert!(postcard::from_bytes::<Net>(bytes).is_err(), "{bytes:?}");
        assert!(
            postcard::from_bytes::<Transient>(bytes).is_err(),
            "{bytes:?}"
        );
    }
    assert!(postcard::from_bytes::<Retry>(b"\x00\x05Fatal").is_err());
    assert!(postcard::from_bytes::<OsError>(b"\x00\x07Unlisted").is_err());
}

error_table! {
    /// A table whose serde impls are its own (below): a number on the wire, not a name.
    #[errtable(no_serde)]
    enum Numbered {
        Refused {
            linux: ECONNREFUSED = 111,
            kind: ConnectionRefused,
            message: "Connection refused",
        },
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
#[errtable(no_serde)]
enum NumberedDerived {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
}

/// The user's own impls, which would conflict with generated ones.
macro_rules! serde_as_linux_code {
    ($table:ident) => {
        impl Serialize for $table {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i32(self.code(Platform::Linux).unwrap_or(0))
            }
        }

        impl<'de> Deserialize<'de> for $table {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = i32::deserialize(deserializer)?;
                $table::from_code(Platform::Linux, code)
                    .ok_or_else(|| serde::de::Error::custom("no such code"))
            }
        }
    };
}

serde_as_linux_code!(Numbered);
serde_as_linux_code!(NumberedDerived);

#[test]
fn no_serde_leaves_the_impls_to_the_user() {
    assert_eq!(serde_json::to_string(&Numbered::Refused).unwrap(), "111");
    assert_eq!(
        serde_json::from_str::<Numbered>("111").unwrap(),
        Numbered::Refused
    );
    assert_eq!(
        serde_json::to_string(&NumberedDerived::Refused).unwrap(),
        "111"
    );
    let back: NumberedDerived = serde_json::from_str("111").unwrap();
    assert_eq!(back, NumberedDerived::Refused);
}
