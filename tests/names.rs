//! `from_name` and `FromStr`: every symbol, alias and variant name of every platform.

mod common;

use common::NetError;
use errtable::{Platform, UnknownName};

/// Every name the table gives a row: its variant name, and each platform's symbol and
/// aliases.
fn names_of(row: NetError) -> Vec<&'static str> {
    let symbols = Platform::ALL.iter().copied().filter_map(|p| row.symbol(p));
    let aliases = Platform::ALL
        .iter()
        .copied()
        .flat_map(|p| row.aliases(p).iter().copied());
    std::iter::once(row.name())
        .chain(symbols)
        .chain(aliases)
        .collect()
}

#[test]
fn every_name_finds_its_row() {
    let mut names = 0;
    for row in NetError::ALL {
        for name in names_of(*row) {
            assert_eq!(NetError::from_name(name), Some(*row), "{name}");
            assert_eq!(name.parse::<NetError>(), Ok(*row), "{name}");
            names += 1;
        }
    }
    assert!(names > NetError::ALL.len() * 3, "only {names} names");
}

#[test]
fn names_of_each_kind_by_example() {
    assert_eq!(
        NetError::from_name("WSAECONNREFUSED"),
        Some(NetError::ConnectionRefused)
    );
    assert_eq!(
        NetError::from_name("EWOULDBLOCK"),
        Some(NetError::WouldBlock)
    );
    assert_eq!(NetError::from_name("EDEADLOCK"), Some(NetError::Deadlock));
    assert_eq!(NetError::from_name("ENOTSUP"), Some(NetError::NotSupported));
    assert_eq!(
        NetError::from_name("EOPNOTSUPP"),
        Some(NetError::OperationNotSupported)
    );
    assert_eq!(NetError::from_name("Cancelled"), Some(NetError::Cancelled));
}

#[test]
fn no_name_belongs_to_two_rows() {
    let mut seen = std::collections::HashMap::new();
    for row in NetError::ALL {
        for name in names_of(*row) {
            let first = *seen.entry(name).or_insert(*row);
            assert_eq!(first, *row, "{name}");
        }
    }
}

#[test]
fn unknown_names_are_none() {
    let unknown = [
        "",
        "ENOSUCHERROR",
        "econnrefused",
        "ECONNREFUSED ",
        " ECONNREFUSED",
        "connectionrefused",
        "111",
        "Unlisted",
        "EPIP",
        "EPIPES",
    ];
    for name in unknown {
        assert_eq!(NetError::from_name(name), None, "{name:?}");
        assert_eq!(name.parse::<NetError>(), Err(UnknownName), "{name:?}");
    }
}

#[test]
fn from_str_error_is_displayable() {
    let error = "nope".parse::<NetError>().unwrap_err();
    assert!(!error.to_string().is_empty());
    let _: &dyn std::error::Error = &error;
}

#[test]
fn ignoring_case_finds_every_name_in_any_ascii_case() {
    for row in NetError::ALL {
        for name in names_of(*row) {
            for written in [name.to_ascii_lowercase(), name.to_ascii_uppercase()] {
                assert_eq!(
                    NetError::from_name_ignore_case(&written),
                    Some(*row),
                    "{written}"
                );
            }
        }
    }
    assert_eq!(
        NetError::from_name_ignore_case("econnRefused"),
        Some(NetError::ConnectionRefused)
    );
    assert_eq!(
        NetError::from_name_ignore_case("connectionrefused"),
        Some(NetError::ConnectionRefused)
    );
}

#[test]
fn ignoring_case_is_still_exact_otherwise() {
    // Only ASCII letters fold: no trimming, no prefix, no Unicode case folding.
    let unknown = [
        "",
        "econnrefused ",
        " ECONNREFUSED",
        "ECONNREFUSE",
        "ECONNREFUSEDD",
        "111",
        "Unlisted",
        "ＥＣＯＮＮＲＥＦＵＳＥＤ",
        "EPİPE",
        "epıpe",
    ];
    for name in unknown {
        assert_eq!(NetError::from_name_ignore_case(name), None, "{name:?}");
    }
}
