//! Finding a row and keeping the exact code: `symbol_of` gives the exact name of a
//! number, and `decode_raw_os_error` decodes a raw OS code of this platform as the
//! `io::Error` conversion does, without an `io::Error`.

mod common;

use common::{NetError, ProtoError};
use errtable::{ErrorTable, OsError, Platform, Unlisted};
use std::io;

/// Every number of every row on every platform: `symbol_of` gives a name that the row
/// the number decodes to lists with that number.
#[test]
fn every_number_of_the_canonical_table_has_its_exact_symbol() {
    let mut checked = 0;
    for row in OsError::ALL {
        for &platform in Platform::ALL {
            for &(_, number) in row.names(platform) {
                let symbol = OsError::symbol_of(platform, number)
                    .unwrap_or_else(|| panic!("{row:?} {platform:?} {number}: no symbol"));
                let decoded = OsError::from_code(platform, number)
                    .unwrap_or_else(|| panic!("{platform:?} {number} decodes to no row"));
                assert!(
                    decoded.names(platform).contains(&(symbol, number)),
                    "{platform:?} {number}: {symbol} is no name of {decoded:?} with that number"
                );
                // The first name of the decoding row with that number: the primary one.
                let first = decoded
                    .names(platform)
                    .iter()
                    .find(|(_, n)| *n == number)
                    .map(|(name, _)| *name);
                assert_eq!(Some(symbol), first, "{platform:?} {number}");
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} numbers checked");
}

#[test]
fn one_row_of_several_codes_keeps_which_code_it_was() {
    assert_eq!(
        OsError::symbol_of(Platform::Windows, 232),
        Some("ERROR_NO_DATA")
    );
    assert_eq!(
        OsError::symbol_of(Platform::Windows, 109),
        Some("ERROR_BROKEN_PIPE")
    );
    assert_eq!(
        OsError::symbol_of(Platform::Windows, 233),
        Some("ERROR_PIPE_NOT_CONNECTED")
    );
    // All three are one row, whose own symbol is the primary.
    assert_eq!(
        OsError::BrokenPipe.symbol(Platform::Windows),
        Some("ERROR_BROKEN_PIPE")
    );
    assert_eq!(OsError::symbol_of(Platform::Linux, 32), Some("EPIPE"));
    assert_eq!(
        OsError::symbol_of(Platform::Windows, 10042),
        Some("WSAENOPROTOOPT")
    );
}

#[test]
fn a_number_of_several_names_gives_the_primary() {
    assert_eq!(NetError::symbol_of(Platform::Linux, 11), Some("EAGAIN"));
    assert_eq!(NetError::symbol_of(Platform::MacOs, 35), Some("EAGAIN"));
    assert_eq!(NetError::symbol_of(Platform::Linux, 35), Some("EDEADLK"));
    // An alias with a number of its own is that number's name.
    assert_eq!(
        NetError::symbol_of(Platform::LinuxPowerpc, 58),
        Some("EDEADLOCK")
    );
    assert_eq!(
        NetError::symbol_of(Platform::LinuxPowerpc, 35),
        Some("EDEADLK")
    );
}

#[test]
fn a_number_two_rows_share_gives_the_decoding_rows_name() {
    // 95 is ENOTSUP and EOPNOTSUPP on Linux; it decodes to OperationNotSupported.
    assert_eq!(NetError::symbol_of(Platform::Linux, 95), Some("EOPNOTSUPP"));
    assert_eq!(NetError::symbol_of(Platform::MacOs, 45), Some("ENOTSUP"));
    assert_eq!(
        NetError::symbol_of(Platform::FreeBsd, 45),
        Some("EOPNOTSUPP")
    );
}

#[test]
fn an_unlisted_code_has_no_symbol() {
    for code in [-1, 0, 4242, i32::MIN, i32::MAX] {
        assert_eq!(NetError::symbol_of(Platform::Linux, code), None, "{code}");
        assert_eq!(OsError::symbol_of(Platform::Windows, code), None, "{code}");
    }
    // A platform the table has no column for.
    assert_eq!(NetError::symbol_of(Platform::Haiku, 11), None);
    assert_eq!(ProtoError::symbol_of(99), None);
}

#[test]
fn a_table_of_its_own_codes_takes_no_platform() {
    assert_eq!(ProtoError::symbol_of(1), Some("BAD_FRAME"));
    assert_eq!(ProtoError::symbol_of(2), Some("BUSY"));
    assert_eq!(ProtoError::symbol_of(3), Some("GONE"));
    assert_eq!(ProtoError::symbol_of(103), Some("LEGACY_GONE"));
}

/// A derived table of codes of its own gets `symbol_of` too. A derive cannot add doc
/// aliases to the user's enum; the user writes them, and they are no message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Wire {
    /// Connection refused
    #[doc(alias("ECONNREFUSED", "WSAECONNREFUSED"))]
    #[errtable(windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111, kind: ConnectionRefused)]
    Refused,
    /// Try again
    #[errtable(linux: EAGAIN = 11 | EWOULDBLOCK, windows: WSAEWOULDBLOCK = 10035)]
    Again,
    #[errtable(catch_all)]
    Rest(Unlisted),
}

/// A derived group with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Failure {
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted | BrokenPipe)]
    Dropped,
    #[errtable(catch_all)]
    Fatal(OsError),
}

#[test]
fn a_derived_table_has_the_exact_symbol() {
    assert_eq!(
        Wire::symbol_of(Platform::Windows, 10061),
        Some("WSAECONNREFUSED")
    );
    assert_eq!(Wire::symbol_of(Platform::Linux, 11), Some("EAGAIN"));
    assert_eq!(Wire::symbol_of(Platform::Linux, 12), None);
    assert_eq!(Wire::Refused.message(), "Connection refused");
}

/// The raw codes the decode tests try: every code a test or a table is likely to meet.
fn raw_codes() -> impl Iterator<Item = i32> {
    (-1..=20_000).chain([i32::MIN, i32::MAX, -2_147_454_942, 0x4000_002a])
}

#[test]
fn decode_raw_os_error_is_what_the_io_error_conversion_gives() {
    for code in raw_codes() {
        let error = io::Error::from_raw_os_error(code);
        assert_eq!(
            OsError::decode_raw_os_error(code),
            OsError::from(&error),
            "{code}"
        );
        assert_eq!(
            NetError::decode_raw_os_error(code),
            NetError::from(&error),
            "{code}"
        );
        assert_eq!(
            Wire::decode_raw_os_error(code),
            Wire::from(&error),
            "{code}"
        );
        assert_eq!(
            Failure::decode_raw_os_error(code),
            Failure::from(&error),
            "{code}"
        );
    }
}

#[test]
fn decode_raw_os_error_is_the_current_platforms_decode() {
    let Some(platform) = Platform::CURRENT else {
        return;
    };
    for code in raw_codes() {
        assert_eq!(
            OsError::decode_raw_os_error(code),
            OsError::decode(platform, code),
            "{code}"
        );
        assert_eq!(
            OsError::from_raw_os_error(code).is_some(),
            !matches!(OsError::decode_raw_os_error(code), OsError::Unlisted(_)),
            "{code}"
        );
        assert_eq!(
            Failure::decode_raw_os_error(code),
            Failure::decode(platform, code),
            "{code}"
        );
    }
}

#[test]
fn both_are_const_fns() {
    const DECODED: OsError = OsError::decode_raw_os_error(4242);
    const NAME: Option<&str> = OsError::symbol_of(Platform::Windows, 232);
    assert_eq!(DECODED, OsError::from(&io::Error::from_raw_os_error(4242)));
    assert_eq!(NAME, Some("ERROR_NO_DATA"));
}

errtable::error_table! {
    /// Codes that are the OS's own on Windows only, as `ResolveError`'s.
    #[errtable(os_error_codes = windows)]
    pub enum Lookup {
        NotFound { windows: WSAHOST_NOT_FOUND = 11001, linux: HOST_NOT_FOUND = 1, message: "Host not found" },
        #[catch_all]
        Other,
    }
}

#[test]
fn where_the_codes_are_not_the_oss_decode_raw_os_error_keeps_the_number() {
    for code in [1, 104, 11001, -1] {
        let decoded = Lookup::decode_raw_os_error(code);
        if Platform::CURRENT == Some(Platform::Windows) {
            assert_eq!(decoded, Lookup::decode(Platform::Windows, code), "{code}");
            assert_eq!(decoded, Lookup::from(&io::Error::from_raw_os_error(code)));
        } else {
            // No row is this OS's code: Linux's 1 is EPERM here, not HOST_NOT_FOUND. The
            // catch-all keeps the OS error as such, as `From<&io::Error>` does.
            let os = io::Error::from_raw_os_error(code);
            assert_eq!(
                decoded,
                Lookup::Other(Unlisted::from_raw_os_error(code)),
                "{code}"
            );
            assert_eq!(decoded, Lookup::from(&os), "{code}");
            assert_eq!(decoded.raw_os_error(), Some(code));
            assert_eq!(Lookup::from_raw_os_error(code), None);
        }
    }
}
