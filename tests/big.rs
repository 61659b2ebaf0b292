//! A table past the macro's `match` limits (512 codes a platform, 2,048 names): decoding
//! and `from_name` then search sorted arrays, and must give the answers a `match` gives.

use errtable::{Platform, Unlisted};

include!("big/table.rs");

/// Every name of a row on every platform, and its variant name.
fn names_of(row: Big) -> Vec<&'static str> {
    let symbols = Platform::ALL
        .iter()
        .copied()
        .flat_map(|p| row.names(p).iter().map(|&(name, _)| name));
    std::iter::once(row.name()).chain(symbols).collect()
}

#[test]
fn every_code_decodes_to_its_row() {
    let mut codes = 0;
    for &row in Big::ALL {
        for &platform in Platform::ALL {
            for &(name, code) in row.names(platform) {
                assert_eq!(Big::from_code(platform, code), Some(row), "{name} {code}");
                assert_eq!(Big::decode(platform, code), row);
                codes += 1;
            }
        }
    }
    assert!(codes > 2 * 700 + 512, "only {codes} codes");
}

#[test]
fn codes_no_row_has_are_kept() {
    for code in [i32::MIN, -50001, -49999, 0, 1, 999_999, i32::MAX] {
        for &platform in Platform::ALL {
            let listed = Big::ALL
                .iter()
                .any(|row| row.names(platform).iter().any(|&(_, c)| c == code));
            if !listed {
                assert_eq!(Big::from_code(platform, code), None);
                assert_eq!(
                    Big::decode(platform, code),
                    Big::Unlisted(Unlisted::Code { platform, code })
                );
            }
        }
    }
}

#[test]
fn every_name_finds_its_row() {
    for &row in Big::ALL {
        for name in names_of(row) {
            assert_eq!(Big::from_name(name), Some(row), "{name}");
            assert_eq!(name.parse::<Big>(), Ok(row), "{name}");
            let lower = name.to_ascii_lowercase();
            assert_eq!(Big::from_name_ignore_case(&lower), Some(row), "{lower}");
        }
    }
}

#[test]
fn unknown_names_are_none() {
    for name in [
        "", "R700", "L1_B", "l1_b", "M", "R0 ", "Unlisted", "ECASF", "R00",
    ] {
        assert_eq!(Big::from_name(name), None, "{name:?}");
        assert_eq!(Big::from_name_ignore_case(name), None, "{name:?}");
    }
    assert_eq!(Big::from_name("l0_a"), None);
    assert_eq!(Big::from_name_ignore_case("l0_a"), Some(Big::R0));
}

#[test]
fn aliases_and_display() {
    assert_eq!(Big::R3.aliases(Platform::Linux), ["L3_B"]);
    assert_eq!(Big::R4.aliases(Platform::Linux), [] as [&str; 0]);
    assert_eq!(Big::R699.symbol(Platform::Windows), Some("W699"));
    assert_eq!(Big::R699.to_string(), "Row 699");
    assert_eq!(format!("{:?}", Big::R699), "R699");
    assert_eq!(format!("{:>8}|", Big::R7), "   Row 7|");
}
