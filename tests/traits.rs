//! The traits users reach for beside the tables' own API: `Ord` for `Unlisted` (so a
//! table with a catch-all derives it), width and alignment in `Display`, and attributes
//! such as `#[non_exhaustive]` passed through to a table.

use errtable::{Platform, Unlisted};
use std::cmp::Ordering;
use std::io::{self, ErrorKind};

/// `EINPROGRESS` (`WSAEINPROGRESS` on Windows) on this platform, which std gives the
/// kind `InProgress` where it has one.
fn in_progress() -> i32 {
    errtable::OsError::from_name("EINPROGRESS")
        .and_then(|row| row.raw_os_error())
        .expect("EINPROGRESS has a code on this platform")
}

/// Unlisted values of every variant, with kinds std has not stabilized among them.
fn sample() -> Vec<Unlisted> {
    let codes = [i32::MIN, -1, 0, 1, 104, i32::MAX];
    let mut values = Vec::new();
    for &platform in Platform::ALL {
        values.extend(codes.map(|code| Unlisted::Code { platform, code }));
        values.extend(codes.map(|code| Unlisted::NonOsCode { platform, code }));
    }
    values.extend(codes.map(Unlisted::Raw));
    let kinds = [
        ErrorKind::NotFound,
        ErrorKind::ConnectionRefused,
        ErrorKind::InvalidFilename,
        ErrorKind::Other,
        // `Uncategorized` and `InProgress`: kinds std gives but 1.87 cannot name.
        io::Error::from_raw_os_error(4242).kind(),
        io::Error::from_raw_os_error(in_progress()).kind(),
    ];
    values.extend(kinds.map(Unlisted::Kind));
    // On Windows std gives 4242 and `WSAEINPROGRESS` the same kind: each value once.
    let mut distinct: Vec<Unlisted> = Vec::new();
    for value in values {
        if !distinct.contains(&value) {
            distinct.push(value);
        }
    }
    distinct
}

#[test]
fn unlisted_is_a_total_order_that_agrees_with_eq() {
    let values = sample();
    for a in &values {
        for b in &values {
            assert_eq!(a.cmp(b) == Ordering::Equal, a == b, "{a:?} {b:?}");
            assert_eq!(a.cmp(b), b.cmp(a).reverse(), "{a:?} {b:?}");
            assert_eq!(a.partial_cmp(b), Some(a.cmp(b)));
        }
    }
    let mut sorted = values.clone();
    sorted.sort();
    for (i, a) in sorted.iter().enumerate() {
        for b in &sorted[i + 1..] {
            assert_eq!(a.cmp(b), Ordering::Less, "{a:?} {b:?}");
        }
    }
}

#[test]
fn unlisted_orders_by_variant_then_platform_and_code_then_kind() {
    let ordered = [
        Unlisted::Code {
            platform: Platform::Windows,
            code: 5,
        },
        Unlisted::Code {
            platform: Platform::Linux,
            code: -3,
        },
        Unlisted::Code {
            platform: Platform::Linux,
            code: 2,
        },
        Unlisted::NonOsCode {
            platform: Platform::Windows,
            code: 7,
        },
        Unlisted::NonOsCode {
            platform: Platform::Linux,
            code: 1,
        },
        Unlisted::Raw(i32::MIN),
        Unlisted::Raw(0),
        Unlisted::Kind(ErrorKind::NotFound),
        Unlisted::Kind(ErrorKind::Other),
        // Kinds 1.87 cannot name come after every kind it can.
        Unlisted::Kind(io::Error::from_raw_os_error(4242).kind()),
    ];
    assert!(ordered.windows(2).all(|pair| pair[0] < pair[1]));
}

errtable::error_table! {
    /// A table with a catch-all that derives the order of its values.
    #[derive(PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum Ordered {
        Refused {
            linux: ECONNREFUSED = 111,
            kind: ConnectionRefused,
            message: "Connection refused",
        },
        Reset {
            linux: ECONNRESET = 104,
            kind: ConnectionReset,
            message: "Connection reset by peer",
        },
        #[catch_all]
        Unlisted,
    }
}

#[test]
fn a_table_with_a_catch_all_derives_ord() {
    let mut values = [
        Ordered::Unlisted(Unlisted::Raw(1)),
        Ordered::Reset,
        Ordered::Unlisted(Unlisted::Code {
            platform: Platform::Linux,
            code: 4242,
        }),
        Ordered::Refused,
    ];
    values.sort();
    assert_eq!(
        values,
        [
            Ordered::Refused,
            Ordered::Reset,
            Ordered::Unlisted(Unlisted::Code {
                platform: Platform::Linux,
                code: 4242
            }),
            Ordered::Unlisted(Unlisted::Raw(1)),
        ]
    );
}

#[test]
fn unlisted_display_honours_width_alignment_and_precision() {
    let values = [
        Unlisted::Code {
            platform: Platform::LinuxMips,
            code: -4242,
        },
        Unlisted::Raw(i32::MIN),
        Unlisted::Kind(ErrorKind::TimedOut),
    ];
    for value in values {
        let text = value.to_string();
        assert_eq!(format!("{value:>40}"), format!("{text:>40}"));
        assert_eq!(format!("{value:-^40}"), format!("{text:-^40}"));
        assert_eq!(format!("{value:<40}|"), format!("{text:<40}|"));
        assert_eq!(format!("{value:.7}"), format!("{text:.7}"));
        assert_eq!(format!("{value:3}"), text);
    }
    assert_eq!(
        Unlisted::Code {
            platform: Platform::LinuxMips,
            code: -4242
        }
        .to_string(),
        "Unknown error -4242 (linux_mips)"
    );
}
