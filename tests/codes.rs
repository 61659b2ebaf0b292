//! Codes, symbols and aliases per platform; decoding hits and misses; the catch-all;
//! translating between platforms; raw OS codes of this host.

mod common;

use common::{decodes_as, unlisted_codes, NetError, SHARED_NUMBERS};
use errtable::{Platform, Unlisted};

#[test]
fn all_lists_every_row_once_in_table_order() {
    let expected = [
        NetError::ConnectionRefused,
        NetError::ConnectionReset,
        NetError::AddressInUse,
        NetError::AddressNotAvailable,
        NetError::WouldBlock,
        NetError::TimedOut,
        NetError::BrokenPipe,
        NetError::InvalidArgument,
        NetError::MessageTooLong,
        NetError::ProtocolOptionUnavailable,
        NetError::NotSupported,
        NetError::OperationNotSupported,
        NetError::AddressFamilyNotSupported,
        NetError::AlreadyConnected,
        NetError::NotConnected,
        NetError::Deadlock,
        NetError::Cancelled,
    ];
    assert_eq!(NetError::ALL, expected);
}

#[test]
fn codes_symbols_and_aliases_of_single_rows() {
    let refused = NetError::ConnectionRefused;
    assert_eq!(refused.code(Platform::Windows), Some(10061));
    assert_eq!(refused.code(Platform::Linux), Some(111));
    assert_eq!(refused.code(Platform::LinuxMips), Some(146));
    assert_eq!(refused.code(Platform::MacOs), Some(61));
    assert_eq!(refused.code(Platform::FreeBsd), Some(61));
    assert_eq!(refused.symbol(Platform::Windows), Some("WSAECONNREFUSED"));
    assert_eq!(refused.symbol(Platform::MacOs), Some("ECONNREFUSED"));
    assert!(refused.aliases(Platform::Linux).is_empty());

    let would_block = NetError::WouldBlock;
    assert_eq!(would_block.symbol(Platform::Linux), Some("EAGAIN"));
    assert_eq!(would_block.aliases(Platform::Linux), ["EWOULDBLOCK"]);
    assert_eq!(would_block.aliases(Platform::MacOs), ["EWOULDBLOCK"]);
    assert!(would_block.aliases(Platform::Windows).is_empty());
}

#[test]
fn a_platform_the_row_does_not_name_has_no_code() {
    assert_eq!(NetError::BrokenPipe.code(Platform::Windows), None);
    assert_eq!(NetError::BrokenPipe.symbol(Platform::Windows), None);
    assert_eq!(NetError::Cancelled.code(Platform::Linux), None);
    assert!(NetError::Cancelled.aliases(Platform::Linux).is_empty());
    for row in NetError::ALL {
        for platform in [
            Platform::LinuxAlpha,
            Platform::LinuxParisc,
            Platform::LinuxSparc,
        ] {
            assert_eq!(row.code(platform), None, "{row:?} on {platform}");
            assert_eq!(row.symbol(platform), None, "{row:?} on {platform}");
            assert!(row.aliases(platform).is_empty(), "{row:?} on {platform}");
        }
    }
}

#[test]
fn code_and_symbol_come_together() {
    for row in NetError::ALL {
        for &platform in Platform::ALL {
            assert_eq!(
                row.code(platform).is_some(),
                row.symbol(platform).is_some(),
                "{row:?} on {platform}"
            );
            if row.symbol(platform).is_none() {
                assert!(row.aliases(platform).is_empty(), "{row:?} on {platform}");
            }
        }
    }
}

#[test]
fn every_code_decodes_to_its_row_or_the_declared_one() {
    let mut decoded = 0;
    for row in NetError::ALL {
        for &platform in Platform::ALL {
            let Some(code) = row.code(platform) else {
                continue;
            };
            let expected = decodes_as(*row, platform);
            assert_eq!(NetError::from_code(platform, code), Some(expected));
            assert_eq!(NetError::decode(platform, code), expected);
            decoded += 1;
        }
    }
    assert!(decoded > NetError::ALL.len() * 4, "only {decoded} codes");
}

#[test]
fn a_shared_number_keeps_the_symbol_of_its_row() {
    for (row, platform, target) in SHARED_NUMBERS {
        assert_eq!(row.code(platform), target.code(platform), "{platform}");
        assert_ne!(row.symbol(platform), target.symbol(platform), "{platform}");
    }
    // On macOS the two are different errors.
    assert_eq!(
        NetError::from_code(Platform::MacOs, 45),
        Some(NetError::NotSupported)
    );
    assert_eq!(
        NetError::from_code(Platform::MacOs, 102),
        Some(NetError::OperationNotSupported)
    );
    assert_eq!(
        NetError::NotSupported.symbol(Platform::Linux),
        Some("ENOTSUP")
    );
}

#[test]
fn an_alias_with_its_own_number_decodes_to_the_row() {
    let deadlock = NetError::Deadlock;
    assert_eq!(deadlock.code(Platform::LinuxMips), Some(45));
    assert_eq!(deadlock.aliases(Platform::LinuxMips), ["EDEADLOCK"]);
    assert_eq!(NetError::from_code(Platform::LinuxMips, 45), Some(deadlock));
    assert_eq!(NetError::from_code(Platform::LinuxMips, 56), Some(deadlock));
    assert_eq!(
        NetError::from_code(Platform::LinuxPowerpc, 58),
        Some(deadlock)
    );
    // 58 is an alias's number on powerpc only.
    assert_eq!(NetError::from_code(Platform::Linux, 58), None);
    assert_eq!(NetError::from_code(Platform::Linux, 35), Some(deadlock));
}

#[test]
fn codes_no_row_lists_are_misses() {
    assert_eq!(NetError::from_code(Platform::Linux, 10061), None);
    assert_eq!(NetError::from_code(Platform::Windows, 111), None);
    assert_eq!(NetError::from_code(Platform::LinuxAlpha, 111), None);
    for &platform in Platform::ALL {
        assert!(unlisted_codes(platform).len() >= 6, "{platform}");
    }
}

#[test]
fn decode_keeps_an_unlisted_code_for_its_own_platform_only() {
    for &platform in Platform::ALL {
        for code in unlisted_codes(platform) {
            let e = NetError::decode(platform, code);
            assert_eq!(e, NetError::Unlisted(Unlisted::Code { platform, code }));
            for &other in Platform::ALL {
                let expected = (other == platform).then_some(code);
                assert_eq!(e.code(other), expected, "{code} of {platform} on {other}");
                assert_eq!(e.symbol(other), None);
                assert!(e.aliases(other).is_empty());
            }
            assert_eq!(NetError::decode(platform, e.code(platform).unwrap()), e);
        }
    }
}

#[test]
fn a_catch_all_without_a_platform_has_no_code() {
    let raw = NetError::Unlisted(Unlisted::Raw(4242));
    let kind = NetError::Unlisted(Unlisted::Kind(std::io::ErrorKind::UnexpectedEof));
    for &platform in Platform::ALL {
        assert_eq!(raw.code(platform), None);
        assert_eq!(kind.code(platform), None);
    }
    assert_eq!(kind.raw_os_error(), None);
    let raw_on_unknown_system = Platform::CURRENT.is_none().then_some(4242);
    assert_eq!(raw.raw_os_error(), raw_on_unknown_system);
}

#[test]
fn translate_between_every_pair_of_platforms() {
    let mut translated = 0;
    for row in NetError::ALL {
        for &from in Platform::ALL {
            let Some(code) = row.code(from) else {
                continue;
            };
            let meaning = decodes_as(*row, from);
            for &to in Platform::ALL {
                assert_eq!(
                    NetError::translate(code, from, to),
                    meaning.code(to),
                    "{row:?}: {code} from {from} to {to}"
                );
                translated += usize::from(meaning.code(to).is_some());
            }
        }
    }
    assert!(translated > 100, "only {translated} translations");
}

#[test]
fn translate_examples() {
    assert_eq!(
        NetError::translate(111, Platform::Linux, Platform::Windows),
        Some(10061)
    );
    assert_eq!(
        NetError::translate(10054, Platform::Windows, Platform::LinuxMips),
        Some(131)
    );
    assert_eq!(
        NetError::translate(56, Platform::LinuxMips, Platform::LinuxPowerpc),
        Some(35)
    );
    // 45 is ENOTSUP on macOS, which Linux numbers like EOPNOTSUPP.
    assert_eq!(
        NetError::translate(45, Platform::MacOs, Platform::Linux),
        Some(95)
    );
    // 95 decodes as EOPNOTSUPP on Linux, which is 102 on macOS.
    assert_eq!(
        NetError::translate(95, Platform::Linux, Platform::MacOs),
        Some(102)
    );
    assert_eq!(
        NetError::translate(32, Platform::Linux, Platform::Windows),
        None
    );
}

#[test]
fn translate_misses_for_unlisted_codes() {
    for &from in Platform::ALL {
        for code in unlisted_codes(from) {
            for &to in Platform::ALL {
                assert_eq!(NetError::translate(code, from, to), None);
            }
        }
    }
}

#[test]
fn raw_os_error_is_the_code_of_this_host() {
    let Some(current) = Platform::CURRENT else {
        for row in NetError::ALL {
            assert_eq!(row.raw_os_error(), None);
        }
        return;
    };
    for row in NetError::ALL {
        assert_eq!(row.raw_os_error(), row.code(current), "{row:?}");
        if let Some(code) = row.code(current) {
            let expected = decodes_as(*row, current);
            assert_eq!(NetError::from_raw_os_error(code), Some(expected));
        }
    }
    for code in unlisted_codes(current) {
        assert_eq!(NetError::from_raw_os_error(code), None);
        let e = NetError::decode(current, code);
        assert_eq!(e.raw_os_error(), Some(code));
    }
}

#[test]
fn an_unlisted_code_of_another_platform_is_not_a_raw_os_error() {
    for &platform in Platform::ALL {
        let e = NetError::decode(platform, 4242);
        let expected = (Some(platform) == Platform::CURRENT).then_some(4242);
        assert_eq!(e.raw_os_error(), expected, "{platform}");
    }
}

/// The host's own headers, as the libc crate has them, agree with the table.
#[cfg(unix)]
#[test]
fn host_codes_agree_with_libc() {
    let current = Platform::CURRENT.expect("a unix errtable knows");
    let host = [
        (NetError::ConnectionRefused, libc::ECONNREFUSED),
        (NetError::ConnectionReset, libc::ECONNRESET),
        (NetError::AddressInUse, libc::EADDRINUSE),
        (NetError::AddressNotAvailable, libc::EADDRNOTAVAIL),
        (NetError::WouldBlock, libc::EAGAIN),
        (NetError::WouldBlock, libc::EWOULDBLOCK),
        (NetError::TimedOut, libc::ETIMEDOUT),
        (NetError::BrokenPipe, libc::EPIPE),
        (NetError::InvalidArgument, libc::EINVAL),
        (NetError::MessageTooLong, libc::EMSGSIZE),
        (NetError::ProtocolOptionUnavailable, libc::ENOPROTOOPT),
        (NetError::NotSupported, libc::ENOTSUP),
        (NetError::OperationNotSupported, libc::EOPNOTSUPP),
        (NetError::AddressFamilyNotSupported, libc::EAFNOSUPPORT),
        (NetError::AlreadyConnected, libc::EISCONN),
        (NetError::NotConnected, libc::ENOTCONN),
        (NetError::Deadlock, libc::EDEADLK),
    ];
    for (row, code) in host {
        assert_eq!(row.code(current), Some(code), "{row:?}");
    }
    #[cfg(target_os = "linux")]
    assert_eq!(
        NetError::from_code(current, libc::EDEADLOCK),
        Some(NetError::Deadlock)
    );
}
