//! Name, message and description; `Display` and `{:#}`; the `Error` trait.

mod common;

use common::NetError;
use errtable::{Platform, Unlisted};
use std::error::Error;

#[test]
fn name_is_the_variant_name() {
    for row in NetError::ALL {
        assert_eq!(row.name(), format!("{row:?}"));
    }
    assert_eq!(NetError::decode(Platform::Linux, 4242).name(), "Unlisted");
}

#[test]
fn message_and_description_are_the_tables() {
    let refused = NetError::ConnectionRefused;
    assert_eq!(refused.message(), "Connection refused");
    assert_eq!(
        refused.description(),
        Some("The peer has no socket listening on the port.")
    );
    assert_eq!(NetError::ConnectionReset.description(), None);
    assert_eq!(
        NetError::MessageTooLong.description(),
        Some("A datagram larger than the protocol allows.")
    );
    for row in NetError::ALL {
        assert!(!row.message().is_empty(), "{row:?}");
    }
}

#[test]
fn the_catch_all_has_a_generic_message_and_no_description() {
    let e = NetError::decode(Platform::Windows, 4242);
    assert_eq!(e.message(), "Unknown error");
    assert_eq!(e.description(), None);
}

#[test]
fn display_is_the_message() {
    for row in NetError::ALL {
        assert_eq!(row.to_string(), row.message());
    }
}

#[test]
fn alternate_display_adds_the_symbol_and_code_of_this_host() {
    for row in NetError::ALL {
        let host = Platform::CURRENT.and_then(|p| Some((row.symbol(p)?, row.code(p)?)));
        let expected = match host {
            Some((symbol, code)) => format!("{} ({symbol} {code})", row.message()),
            None => row.message().to_owned(),
        };
        assert_eq!(format!("{row:#}"), expected);
    }
}

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
#[test]
fn alternate_display_on_linux() {
    assert_eq!(
        format!("{:#}", NetError::ConnectionRefused),
        "Connection refused (ECONNREFUSED 111)"
    );
    assert_eq!(
        format!("{:#}", NetError::WouldBlock),
        "Resource temporarily unavailable (EAGAIN 11)"
    );
    // A row with no Linux code prints only its message.
    assert_eq!(format!("{:#}", NetError::Cancelled), "Call was cancelled");
}

#[test]
fn a_shared_number_displays_its_own_symbol() {
    let Some(current) = Platform::CURRENT else {
        return;
    };
    let row = NetError::NotSupported;
    if let (Some(symbol), Some(code)) = (row.symbol(current), row.code(current)) {
        assert_eq!(
            format!("{row:#}"),
            format!("Not supported ({symbol} {code})")
        );
    }
}

#[test]
fn the_catch_all_displays_the_code_and_its_platform() {
    for &platform in Platform::ALL {
        let e = NetError::decode(platform, 4242);
        let expected = format!("Unknown error 4242 ({})", platform.key());
        assert_eq!(e.to_string(), expected);
        assert_eq!(format!("{e:#}"), expected);
    }
    let raw = NetError::Unlisted(Unlisted::Raw(7));
    assert_eq!(raw.to_string(), "Unknown error 7");
    let kind = std::io::ErrorKind::UnexpectedEof;
    assert_eq!(
        NetError::Unlisted(Unlisted::Kind(kind)).to_string(),
        kind.to_string()
    );
}

#[test]
fn rows_are_errors_without_a_source() {
    for row in NetError::ALL {
        let error: &dyn Error = row;
        assert!(error.source().is_none());
        assert_eq!(error.to_string(), row.message());
    }
    let unlisted: &dyn Error = &NetError::decode(Platform::Linux, 4242);
    assert!(unlisted.source().is_none());
}

#[test]
fn question_mark_boxes_a_row() {
    fn refuse() -> Result<(), Box<dyn Error + Send + Sync>> {
        Err(NetError::ConnectionRefused)?
    }
    let boxed = refuse().unwrap_err();
    assert_eq!(
        boxed.downcast_ref::<NetError>(),
        Some(&NetError::ConnectionRefused)
    );
}

#[test]
fn display_honours_width_fill_alignment_and_precision() {
    let refused = NetError::ConnectionRefused;
    assert_eq!(format!("{refused:>20}|"), "  Connection refused|");
    assert_eq!(format!("{refused:<20}|"), "Connection refused  |");
    assert_eq!(format!("{refused:-^22}|"), "--Connection refused--|");
    assert_eq!(format!("{refused:.10}|"), "Connection|");
    // Narrower than the text: nothing is cut without a precision.
    assert_eq!(format!("{refused:5}|"), "Connection refused|");
    let unknown = NetError::decode(Platform::Linux, 4242);
    assert_eq!(format!("{unknown:>30}|"), "    Unknown error 4242 (linux)|");
}

#[test]
fn alternate_display_pads_the_whole_line() {
    for row in NetError::ALL {
        let plain = format!("{row:#}");
        let width = plain.chars().count() + 4;
        assert_eq!(format!("{row:>#width$}"), format!("    {plain}"));
        assert_eq!(format!("{row:*<#width$}"), format!("{plain}****"));
    }
}

#[test]
fn debug_is_the_derived_one() {
    assert_eq!(
        format!("{:?}", NetError::ConnectionRefused),
        "ConnectionRefused"
    );
    assert_eq!(format!("{:#?}", NetError::WouldBlock), "WouldBlock");
    let unknown = NetError::decode(Platform::Linux, 4242);
    assert_eq!(
        format!("{unknown:?}"),
        format!(
            "Unlisted({:?})",
            Unlisted::Code {
                platform: Platform::Linux,
                code: 4242
            }
        )
    );
    assert_eq!(
        format!("{unknown:#?}"),
        "Unlisted(\n    Code {\n        platform: Linux,\n        code: 4242,\n    },\n)"
    );
}
