//! `#[derive(ErrorTable)]` on enums the user writes: one with OS codes of its own, one
//! with a protocol's own codes, and enums whose variants group rows of the canonical
//! table, with and without a catch-all.

use errtable::{ErrorTable, OsError, Platform, Unlisted};
use std::collections::HashSet;
use std::io;

// ---------------------------------------------------------------- own codes

/// A table of a few socket codes, written as a derived enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Own {
    /// Nobody listens on that port.
    ///
    /// The peer answered the connection attempt with a reset.
    #[errtable(windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111)]
    #[errtable(macos | freebsd: ECONNREFUSED = 61, kind: ConnectionRefused)]
    Refused,
    /// Ignored: the attribute's message wins.
    #[errtable(
        windows: WSAEWOULDBLOCK = 10035,
        linux: EAGAIN = 11 | EWOULDBLOCK,
        macos | freebsd: EAGAIN = 35 | EWOULDBLOCK,
        kind: WouldBlock,
        message: "Try again later",
        description: "Nothing to read yet.",
    )]
    Again,
    #[errtable(catch_all)]
    Unknown(errtable::Unlisted),
}

#[test]
fn the_doc_comment_is_the_message_and_its_later_paragraphs_the_description() {
    assert_eq!(Own::Refused.message(), "Nobody listens on that port");
    assert_eq!(
        Own::Refused.description(),
        Some("The peer answered the connection attempt with a reset.")
    );
    assert_eq!(Own::Refused.to_string(), "Nobody listens on that port");
}

#[test]
fn a_message_entry_wins_over_the_doc_comment() {
    assert_eq!(Own::Again.message(), "Try again later");
    assert_eq!(Own::Again.description(), Some("Nothing to read yet."));
}

#[test]
fn an_own_code_table_gets_the_dsl_api() {
    assert_eq!(Own::ALL, &[Own::Refused, Own::Again]);
    assert_eq!(Own::Again.name(), "Again");
    assert_eq!(Own::Refused.code(Platform::Windows), Some(10061));
    assert_eq!(Own::Refused.code(Platform::LinuxMips), None);
    assert_eq!(Own::Again.symbol(Platform::MacOs), Some("EAGAIN"));
    assert_eq!(Own::Again.aliases(Platform::Linux), &["EWOULDBLOCK"]);
    assert_eq!(Own::from_code(Platform::FreeBsd, 61), Some(Own::Refused));
    assert_eq!(
        Own::translate(10035, Platform::Windows, Platform::Linux),
        Some(11)
    );
    assert_eq!(Own::from_name("EWOULDBLOCK"), Some(Own::Again));
    assert_eq!("Refused".parse(), Ok(Own::Refused));
    assert_eq!("ENOENT".parse::<Own>(), Err(errtable::UnknownName));
    assert_eq!(Own::Refused.kind(), io::ErrorKind::ConnectionRefused);
}

#[test]
fn an_own_code_table_keeps_what_it_does_not_list() {
    let unknown = Own::decode(Platform::Linux, 4242);
    let kept = Unlisted::Code {
        platform: Platform::Linux,
        code: 4242,
    };
    assert_eq!(unknown, Own::Unknown(kept));
    assert_eq!(unknown.code(Platform::Linux), Some(4242));
    assert_eq!(unknown.to_string(), kept.to_string());
    assert_eq!(unknown.name(), "Unknown");
}

#[cfg(unix)]
#[test]
fn an_own_code_table_reads_this_hosts_codes() {
    assert_eq!(Own::Refused.raw_os_error(), Some(libc::ECONNREFUSED));
    assert_eq!(Own::Again.raw_os_error(), Some(libc::EAGAIN));
    let refused = io::Error::from_raw_os_error(libc::ECONNREFUSED);
    assert_eq!(Own::from(&refused), Own::Refused);
    assert_eq!(
        Own::from(io::Error::from_raw_os_error(libc::EWOULDBLOCK)),
        Own::Again
    );
    let back = io::Error::from(Own::Refused);
    assert_eq!(back.raw_os_error(), Some(libc::ECONNREFUSED));
    let host = Platform::CURRENT.expect("a known platform");
    assert_eq!(
        format!("{:#}", Own::Refused),
        format!(
            "Nobody listens on that port (ECONNREFUSED {})",
            libc::ECONNREFUSED
        )
    );
    assert_eq!(
        Own::from(io::Error::from_raw_os_error(4242)),
        Own::Unknown(Unlisted::Code {
            platform: host,
            code: 4242
        })
    );
}

/// A protocol's own reply codes; neither `Clone` nor `Copy`, which the derive needs not.
#[derive(Debug, PartialEq, ErrorTable)]
enum Reply {
    /// Service not available
    #[errtable(code: SERVICE_UNAVAILABLE = 421)]
    Unavailable,
    #[errtable(code: MAILBOX_BUSY = 450 | BUSY, message: "Mailbox busy", kind: ResourceBusy)]
    Busy,
    #[errtable(catch_all)]
    Other(i32),
}

#[test]
fn a_custom_code_table_derives_too() {
    assert_eq!(Reply::from_code(450), Some(Reply::Busy));
    assert_eq!(Reply::Busy.code(), Some(450));
    assert_eq!(Reply::Busy.aliases(), &["BUSY"]);
    assert_eq!(Reply::from_name("BUSY"), Some(Reply::Busy));
    assert_eq!(Reply::decode(599), Reply::Other(599));
    assert_eq!(Reply::Other(599).code(), Some(599));
    assert_eq!(Reply::Unavailable.to_string(), "Service not available");
    assert_eq!(Reply::Other(599).to_string(), "Unknown error 599");
    assert_eq!(Reply::Busy.kind(), io::ErrorKind::ResourceBusy);
    let error = io::Error::from(Reply::Busy);
    assert_eq!(error.raw_os_error(), None);
    assert_eq!(error.kind(), io::ErrorKind::ResourceBusy);
    assert_eq!(error.to_string(), "Mailbox busy");
}

// ---------------------------------------------------------------- groups

/// How a client handles a failed exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Net {
    /// Nobody is listening.
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted | BrokenPipe)]
    Dropped,
    #[errtable(rows: WouldBlock | TimedOut, message: "The peer is slow", kind: TimedOut, persistence: TimedOut)]
    Slow,
    /// Not worth a retry.
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// The errors worth a retry, and nothing else: no catch-all.
#[derive(Debug, PartialEq, ErrorTable)]
enum Transient {
    /// Worth another try
    #[errtable(rows: ConnectionRefused | TimedOut | WouldBlock, persistence: Transient)]
    Retry,
    /// Worth another connection
    #[errtable(rows: ConnectionReset)]
    Reconnect,
}

#[test]
fn every_canonical_row_goes_to_the_variant_that_lists_it_or_to_the_catch_all() {
    let listed: HashSet<OsError> = Net::ALL
        .iter()
        .flat_map(|variant| variant.members().iter().copied())
        .collect();
    for &row in OsError::ALL {
        let grouped = Net::from(row);
        assert_eq!(Net::from_os_error(row), Some(grouped));
        if listed.contains(&row) {
            assert!(grouped.members().contains(&row), "{row:?} in {grouped:?}");
        } else {
            assert_eq!(grouped, Net::Fatal(row));
            assert_eq!(grouped.members(), &[row]);
        }
    }
    let unlisted = OsError::decode(Platform::Windows, 4242);
    assert_eq!(Net::from(unlisted), Net::Fatal(unlisted));
}

#[test]
fn a_variant_stands_for_the_rows_it_lists_in_that_order() {
    assert_eq!(Net::ALL, &[Net::Refused, Net::Dropped, Net::Slow]);
    assert_eq!(
        Net::Dropped.members(),
        &[
            OsError::ConnectionReset,
            OsError::ConnectionAborted,
            OsError::BrokenPipe
        ]
    );
    // A unit variant of several rows does not know which of them happened.
    assert_eq!(Net::Dropped.os_error(), None);
    assert_eq!(OsError::try_from(Net::Slow), Err(Net::Slow));
    assert_eq!(Net::Refused.os_error(), Some(OsError::ConnectionRefused));
    assert_eq!(
        OsError::try_from(Net::Fatal(OsError::NotFound)),
        Ok(OsError::NotFound)
    );
    assert_eq!(Net::Slow.name(), "Slow");
    assert_eq!(Net::Fatal(OsError::NotFound).name(), "Fatal");
}

#[test]
fn a_variant_has_the_codes_of_its_rows() {
    // The rows' Windows codes: Winsock's (winsock2.h) where a row has one, else Win32's
    // (winerror.h): EPIPE's row is ERROR_BROKEN_PIPE, 109.
    let windows: Vec<i32> = Net::Dropped.codes(Platform::Windows).collect();
    assert_eq!(windows, [10054, 10053, 109]);
    let slow: Vec<i32> = Net::Slow.codes(Platform::Windows).collect();
    assert_eq!(slow, [10035, 10060]);
    let kept: Vec<i32> = Net::Fatal(OsError::AddressInUse)
        .codes(Platform::Windows)
        .collect();
    assert_eq!(kept, [10048]);
}

#[cfg(unix)]
#[test]
fn a_variant_has_this_hosts_codes_of_its_rows() {
    let host = Platform::CURRENT.expect("a known platform");
    let dropped: Vec<i32> = Net::Dropped.codes(host).collect();
    assert_eq!(dropped, [libc::ECONNRESET, libc::ECONNABORTED, libc::EPIPE]);
    let reset = io::Error::from_raw_os_error(libc::ECONNRESET);
    assert_eq!(Net::from(&reset), Net::Dropped);
    let pipe = io::Error::from_raw_os_error(libc::EPIPE);
    assert_eq!(Net::from_io_error(&pipe), Some(Net::Dropped));
    let in_use = io::Error::from_raw_os_error(libc::EADDRINUSE);
    assert_eq!(Net::from(in_use), Net::Fatal(OsError::AddressInUse));
}

#[test]
fn codes_decode_through_the_canonical_table() {
    assert_eq!(Net::from_code(Platform::Windows, 10053), Some(Net::Dropped));
    assert_eq!(Net::from_code(Platform::MacOs, 35), Some(Net::Slow));
    assert_eq!(
        Net::from_code(Platform::Windows, 10048),
        Some(Net::Fatal(OsError::AddressInUse))
    );
    // A code the canonical table does not list: from_code says so, decode keeps it.
    assert_eq!(Net::from_code(Platform::Windows, 4242), None);
    let kept = Net::decode(Platform::Windows, 4242);
    assert_eq!(kept, Net::Fatal(OsError::decode(Platform::Windows, 4242)));
    assert_eq!(Net::decode(Platform::Linux, 104), Net::Dropped);
}

#[test]
fn display_is_the_variants_message_or_the_kept_rows() {
    assert_eq!(Net::Refused.to_string(), "Nobody is listening");
    assert_eq!(Net::Dropped.to_string(), "The peer went away");
    assert_eq!(Net::Slow.to_string(), "The peer is slow");
    assert_eq!(format!("{:#}", Net::Slow), "The peer is slow");
    let fatal = Net::Fatal(OsError::AddressInUse);
    assert_eq!(fatal.to_string(), OsError::AddressInUse.to_string());
    assert_eq!(format!("{fatal:#}"), format!("{:#}", OsError::AddressInUse));
    assert_eq!(fatal.message(), OsError::AddressInUse.message());
    assert_eq!(fatal.description(), OsError::AddressInUse.description());
    assert_eq!(Net::Refused.description(), None);
    let error: &dyn std::error::Error = &fatal;
    assert!(error.source().is_none());
}

#[test]
fn the_kind_is_the_variants_or_the_one_its_rows_share() {
    // `kind:` wins over the rows' kinds, WouldBlock and TimedOut.
    assert_eq!(Net::Slow.kind(), io::ErrorKind::TimedOut);
    // Reset, aborted and broken pipe have three kinds: none of them is the variant's.
    assert_eq!(Net::Dropped.kind(), io::ErrorKind::Other);
    assert_eq!(Net::Refused.kind(), io::ErrorKind::ConnectionRefused);
    assert_eq!(
        Net::Fatal(OsError::AddressInUse).kind(),
        io::ErrorKind::AddrInUse
    );
}

/// Variants of several rows: of one kind, and of several without `kind:`.
#[derive(Debug, Clone, Copy, PartialEq, ErrorTable)]
enum Kinds {
    /// Not supported, either way
    #[errtable(rows: OperationNotSupported | NotSupported)]
    Unsupported,
    /// Busy
    #[errtable(rows: WouldBlock | Interrupted)]
    Busy,
}

#[test]
fn a_variant_of_several_rows_has_the_kind_they_share_else_other() {
    assert_eq!(Kinds::Unsupported.kind(), io::ErrorKind::Unsupported);
    assert_eq!(Kinds::Busy.kind(), io::ErrorKind::Other);
    for variant in [Kinds::Unsupported, Kinds::Busy] {
        let error = io::Error::from(variant);
        assert_eq!(error.kind(), variant.kind());
        assert_eq!(error.raw_os_error(), None);
        assert_eq!(Kinds::try_from(error).ok(), Some(variant));
    }
    // Either row's raw code is the variant; on Linux both rows are 95.
    if let Some(code) = OsError::NotSupported.raw_os_error() {
        let error = io::Error::from_raw_os_error(code);
        assert_eq!(Kinds::from_io_error(&error), Some(Kinds::Unsupported));
    }
}

#[test]
fn a_variant_sent_through_io_error_comes_back() {
    for &variant in Net::ALL {
        let error = io::Error::from(variant);
        assert_eq!(error.kind(), variant.kind(), "{variant:?}");
        match variant.members() {
            // A variant of one row is that row's error, with its OS code.
            [row] => assert_eq!(error.raw_os_error(), row.raw_os_error()),
            // One of several rows does not know which happened: no code is claimed.
            _ => assert_eq!(error.raw_os_error(), None, "{variant:?}"),
        }
        assert_eq!(Net::from(error), variant);
    }
    let fatal = Net::Fatal(OsError::NotFound);
    assert_eq!(Net::from(&io::Error::from(fatal)), fatal);
}

/// A group whose variant keeps the row it was decoded from.
#[derive(Debug, PartialEq, ErrorTable)]
enum Attempt {
    /// Worth another try
    #[errtable(rows: ConnectionRefused | WouldBlock | TimedOut)]
    Retry(OsError),
    /// The peer went away
    #[errtable(rows: ConnectionReset, kind: ConnectionAborted)]
    Gone(errtable::OsError),
    #[errtable(catch_all)]
    Fatal(OsError),
}

#[test]
fn a_variant_that_keeps_its_row_knows_which_happened() {
    let retry = Attempt::from(OsError::WouldBlock);
    assert_eq!(retry, Attempt::Retry(OsError::WouldBlock));
    assert_eq!(retry.members(), &[OsError::WouldBlock]);
    assert_eq!(retry.os_error(), Some(OsError::WouldBlock));
    assert_eq!(
        OsError::from(Attempt::Retry(OsError::TimedOut)),
        OsError::TimedOut
    );
    assert_eq!(retry.kind(), io::ErrorKind::WouldBlock);
    assert_eq!(retry.name(), "Retry");
    assert_eq!(retry.to_string(), "Worth another try");
    assert_eq!(
        Attempt::Gone(OsError::ConnectionReset).kind(),
        io::ErrorKind::ConnectionAborted
    );
    // Only unit variants are in `ALL`: this group has none.
    assert!(Attempt::ALL.is_empty());
    for row in [
        OsError::ConnectionRefused,
        OsError::WouldBlock,
        OsError::TimedOut,
    ] {
        let value = Attempt::Retry(row);
        let error = io::Error::from(Attempt::Retry(row));
        assert_eq!(error.raw_os_error(), row.raw_os_error(), "{row:?}");
        assert_eq!(error.kind(), row.kind());
        assert_eq!(Attempt::from(error), value);
        let codes: Vec<i32> = value.codes(Platform::Linux).collect();
        assert_eq!(
            codes,
            row.code(Platform::Linux).into_iter().collect::<Vec<_>>()
        );
    }
    // A row the variant does not list, written by hand, still comes back as written.
    let odd = Attempt::Retry(OsError::NotFound);
    assert_eq!(
        Attempt::from(io::Error::from(Attempt::Retry(OsError::NotFound))),
        odd
    );
}

#[test]
fn without_a_catch_all_a_row_no_variant_lists_is_given_back() {
    assert_eq!(
        Transient::from_os_error(OsError::WouldBlock),
        Some(Transient::Retry)
    );
    assert_eq!(Transient::from_os_error(OsError::AddressInUse), None);
    assert_eq!(
        Transient::try_from(OsError::ConnectionReset),
        Ok(Transient::Reconnect)
    );
    assert_eq!(
        Transient::try_from(OsError::AddressInUse),
        Err(OsError::AddressInUse)
    );
    assert_eq!(
        Transient::from_code(Platform::Windows, 10060),
        Some(Transient::Retry)
    );
    assert_eq!(Transient::from_code(Platform::Windows, 10048), None);
    assert_eq!(Transient::Retry.to_string(), "Worth another try");
}

#[test]
fn without_a_catch_all_an_io_error_no_variant_lists_comes_back_unchanged() {
    let listed = io::Error::from(OsError::ConnectionRefused);
    assert_eq!(Transient::try_from(listed).ok(), Some(Transient::Retry));
    let other = io::Error::from(OsError::AddressInUse);
    let code = other.raw_os_error();
    let back = Transient::try_from(other).expect_err("no variant lists AddressInUse");
    assert_eq!(back.raw_os_error(), code);
    assert_eq!(back.kind(), io::ErrorKind::AddrInUse);
    let custom = io::Error::other("not from the OS");
    assert_eq!(Transient::from_io_error(&custom), None);
}

// ---------------------------------------------------------------- crate = path

/// The runtime under another path, as for a user who renamed the dependency. Its
/// `fmt_row` marks what it prints, which shows the generated code took this path.
mod renamed {
    pub use errtable::*;

    pub mod __private {
        pub use errtable::__private::*;

        pub fn fmt_row(
            f: &mut core::fmt::Formatter<'_>,
            message: &str,
            symbol: Option<&str>,
            code: Option<i32>,
        ) -> core::fmt::Result {
            f.write_str("(renamed) ")?;
            errtable::__private::fmt_row(f, message, symbol, code)
        }
    }
}

#[derive(Debug, PartialEq, ErrorTable)]
#[errtable(crate = crate::renamed)]
enum RenamedOwn {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
}

#[derive(Debug, PartialEq, ErrorTable)]
#[errtable(crate = crate::renamed)]
enum RenamedGroup {
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused,
    #[errtable(catch_all)]
    Other(crate::renamed::OsError),
}

#[test]
fn the_crate_option_sets_the_runtimes_path() {
    assert_eq!(RenamedOwn::Refused.to_string(), "(renamed) Refused");
    assert_eq!(RenamedGroup::Refused.to_string(), "(renamed) Refused");
    assert_eq!(
        RenamedGroup::from(OsError::ConnectionRefused),
        RenamedGroup::Refused
    );
}
