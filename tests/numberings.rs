//! The errno numberings added after the first nine (NetBSD, OpenBSD, DragonFly, illumos, AIX,
//! Haiku, Redox, Hurd, Cygwin, WASI, Emscripten), each checked against two sources that do
//! not depend on the table: a fixture of facts transcribed from a second source
//! (`tests/data/errno/<key>.txt`, whose header names the repository, path and commit) and
//! the libc crate's own source, read from the copy Cargo unpacked for this build. Each
//! row's kind is compared with std's `decode_error_kind` for that OS, read from the
//! installed rust-src. `runtime/DATA-NOTES.md` §11 explains every decision named here.

mod common;

use errtable::{OsError, Platform};
use std::collections::BTreeMap;

/// One numbering and where its facts come from. The libc crate's and std's sources are
/// read on Unix hosts only (`sources`), so elsewhere their fields go unread.
#[cfg_attr(not(unix), allow(dead_code))]
struct Numbering {
    platform: Platform,
    /// The second source's facts: `#` comment lines, then one `NAME NUMBER` per line.
    fixture: &'static str,
    /// The libc crate's files (under its `src/`) that define the errno constants.
    libc_files: &'static [&'static str],
    /// The file of std's `decode_error_kind` for the OS, under `library/std/src/sys/io/error/`.
    std_file: &'static str,
    /// std's `target_os` for the OS, for the `#[cfg(target_os = …)]` arms of that file.
    target_os: &'static str,
}

const NUMBERINGS: &[Numbering] = &[
    Numbering {
        platform: Platform::NetBsd,
        fixture: include_str!("data/errno/netbsd.txt"),
        libc_files: &[
            "unix/bsd/netbsdlike/mod.rs",
            "unix/bsd/netbsdlike/netbsd/mod.rs",
        ],
        std_file: "unix.rs",
        target_os: "netbsd",
    },
    Numbering {
        platform: Platform::OpenBsd,
        fixture: include_str!("data/errno/openbsd.txt"),
        libc_files: &[
            "unix/bsd/netbsdlike/mod.rs",
            "unix/bsd/netbsdlike/openbsd/mod.rs",
        ],
        std_file: "unix.rs",
        target_os: "openbsd",
    },
    Numbering {
        platform: Platform::DragonFly,
        fixture: include_str!("data/errno/dragonfly.txt"),
        libc_files: &[
            "unix/bsd/freebsdlike/mod.rs",
            "unix/bsd/freebsdlike/dragonfly/mod.rs",
        ],
        std_file: "unix.rs",
        target_os: "dragonfly",
    },
    Numbering {
        platform: Platform::Illumos,
        fixture: include_str!("data/errno/illumos.txt"),
        libc_files: &["unix/solarish/mod.rs", "unix/solarish/illumos.rs"],
        std_file: "unix.rs",
        target_os: "illumos",
    },
    Numbering {
        platform: Platform::Aix,
        fixture: include_str!("data/errno/aix.txt"),
        libc_files: &["unix/aix/mod.rs"],
        std_file: "unix.rs",
        target_os: "aix",
    },
    Numbering {
        platform: Platform::Haiku,
        fixture: include_str!("data/errno/haiku.txt"),
        libc_files: &["unix/haiku/mod.rs"],
        std_file: "unix.rs",
        target_os: "haiku",
    },
    Numbering {
        platform: Platform::Redox,
        fixture: include_str!("data/errno/redox.txt"),
        libc_files: &["unix/redox/mod.rs"],
        std_file: "unix.rs",
        target_os: "redox",
    },
    Numbering {
        platform: Platform::Hurd,
        fixture: include_str!("data/errno/hurd.txt"),
        libc_files: &["unix/hurd/mod.rs"],
        std_file: "unix.rs",
        target_os: "hurd",
    },
    Numbering {
        platform: Platform::Cygwin,
        fixture: include_str!("data/errno/cygwin.txt"),
        libc_files: &["unix/cygwin/mod.rs"],
        std_file: "unix.rs",
        target_os: "cygwin",
    },
    Numbering {
        platform: Platform::Wasi,
        fixture: include_str!("data/errno/wasi.txt"),
        libc_files: &["wasi/mod.rs"],
        std_file: "wasi.rs",
        target_os: "wasi",
    },
    Numbering {
        platform: Platform::Emscripten,
        fixture: include_str!("data/errno/emscripten.txt"),
        libc_files: &[
            "unix/linux_like/mod.rs",
            "unix/linux_like/emscripten/mod.rs",
        ],
        std_file: "unix.rs",
        target_os: "emscripten",
    },
];

/// Names both sources define that the table leaves out on purpose: (platform, name).
/// DragonFly's EASYNC (99) is kernel-internal and its strerror has no text for it.
const LEFT_OUT: &[(Platform, &str)] = &[(Platform::DragonFly, "EASYNC")];

/// Names whose number the two sources give differently: (platform, name, the second
/// source's number). The table has the libc crate's. AIX's errno.h defines ENOTEMPTY as
/// EEXIST (17) under `_ALL_SOURCE`, which Go's generator uses, and as 87 otherwise.
const SOURCES_DIFFER: &[(Platform, &str, i32)] = &[(Platform::Aix, "ENOTEMPTY", 17)];

/// Names only the libc crate defines, with no second source found: not in the table.
const ONLY_IN_LIBC: &[(Platform, &str)] = &[
    (Platform::DragonFly, "EOWNERDEAD"),
    (Platform::DragonFly, "ENOTRECOVERABLE"),
    (Platform::Illumos, "EADI"),
];

/// Names the second source defines that the libc crate 0.2.191 lacks.
const NEWER_THAN_LIBC: &[(Platform, &str)] = &[
    (Platform::Aix, "ECLONEME"),
    (Platform::Aix, "EDESTADDREQ"),
    (Platform::Haiku, "ENOTRECOVERABLE"),
    (Platform::Haiku, "EOWNERDEAD"),
    (Platform::Haiku, "ESOCKTNOSUPPORT"),
    (Platform::Hurd, "ED"),
    (Platform::Cygwin, "ELBIN"),
    (Platform::Cygwin, "ENMFILE"),
    (Platform::Cygwin, "ENOSHARE"),
    (Platform::Cygwin, "ECASECLASH"),
];

fn listed(list: &[(Platform, &str)], platform: Platform, name: &str) -> bool {
    list.contains(&(platform, name))
}

/// The `NAME NUMBER` facts of a fixture.
fn facts(fixture: &str) -> BTreeMap<&str, i32> {
    let mut facts = BTreeMap::new();
    for line in fixture.lines().filter(|l| !l.starts_with('#')) {
        let (name, number) = line.split_once(' ').expect("a NAME NUMBER line");
        let number = number.parse().expect("a decimal i32");
        assert!(facts.insert(name, number).is_none(), "{name} listed twice");
    }
    facts
}

/// Every (name, number) the table gives on `platform`, symbols and aliases.
fn table_names(platform: Platform) -> BTreeMap<&'static str, (i32, OsError)> {
    let mut names = BTreeMap::new();
    for &e in OsError::ALL {
        for &(name, number) in e.names(platform) {
            assert!(
                names.insert(name, (number, e)).is_none(),
                "{name} is in two rows on {platform}"
            );
        }
    }
    names
}

/// The row a number decodes to: the row that names it, except that ENOTSUP, where it
/// equals EOPNOTSUPP, decodes to OperationNotSupported (DATA-NOTES §4).
fn decodes_to(facts: &BTreeMap<&str, i32>, name: &str, row: OsError) -> OsError {
    let shared = name == "ENOTSUP" && facts.get("EOPNOTSUPP") == facts.get("ENOTSUP");
    if shared {
        OsError::OperationNotSupported
    } else {
        row
    }
}

/// Every number of each numbering decodes to the row that names it, and the table names
/// exactly what the second source defines (less `LEFT_OUT`), with the same numbers.
#[test]
fn every_column_matches_its_second_source() {
    for n in NUMBERINGS {
        let p = n.platform;
        let facts = facts(n.fixture);
        let table = table_names(p);
        for (&name, &number) in &facts {
            if listed(LEFT_OUT, p, name) {
                assert!(!table.contains_key(name), "{name} is left out on {p}");
                assert_eq!(OsError::from_code(p, number), None, "{name} on {p}");
                continue;
            }
            let &(in_table, row) = table
                .get(name)
                .unwrap_or_else(|| panic!("{name} = {number} on {p} is missing"));
            if SOURCES_DIFFER.contains(&(p, name, number)) {
                assert_ne!(in_table, number, "{name} on {p} agrees with its source now");
                continue;
            }
            assert_eq!(in_table, number, "{name} on {p}");
            assert_eq!(OsError::from_name(name), Some(row), "from_name({name})");
            let expected = decodes_to(&facts, name, row);
            assert_eq!(
                OsError::from_code(p, number),
                Some(expected),
                "{name} = {number} on {p}"
            );
        }
        for name in table.keys() {
            assert!(
                facts.contains_key(name),
                "{name} is in the table on {p} but not in its source"
            );
        }
    }
}

/// Seed 002 quotes `ECONNREFUSED` of AIX (79), Solaris (146) and HP-UX (239, which is
/// parisc Linux's numbering).
#[test]
fn seed_numbers_of_aix_and_solaris() {
    for (platform, number) in [
        (Platform::Aix, 79),
        (Platform::Illumos, 146),
        (Platform::LinuxParisc, 239),
    ] {
        assert_eq!(
            OsError::from_code(platform, number),
            Some(OsError::ConnectionRefused),
            "{platform}"
        );
    }
}

/// The documented lists stay true: each names something its sources say.
#[test]
fn documented_exceptions_are_current() {
    for &(p, name) in LEFT_OUT.iter().chain(NEWER_THAN_LIBC) {
        let n = NUMBERINGS.iter().find(|n| n.platform == p).unwrap();
        assert!(
            facts(n.fixture).contains_key(name),
            "{name} is not in {p}'s source"
        );
    }
    for &(p, name, number) in SOURCES_DIFFER {
        let n = NUMBERINGS.iter().find(|n| n.platform == p).unwrap();
        assert_eq!(facts(n.fixture).get(name), Some(&number), "{name} on {p}");
    }
    for &(p, name) in ONLY_IN_LIBC {
        let n = NUMBERINGS.iter().find(|n| n.platform == p).unwrap();
        assert!(
            !facts(n.fixture).contains_key(name),
            "{name} is in {p}'s second source now"
        );
        assert!(
            !table_names(p).contains_key(name),
            "{name} is in the table on {p}"
        );
    }
}

/// The libc crate's source and std's, as this build sees them (Unix hosts, where the
/// commands and files are at hand).
#[cfg(unix)]
mod sources {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;
    use std::process::Command;

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Constants that look like errno names but are not errors.
    fn is_not_an_error(name: &str) -> bool {
        matches!(name, "EOF" | "ELAST") || name.starts_with("EPOLL")
    }

    /// Every `pub const E…: c_int = …;` of the files, with names of other constants
    /// resolved: name → value.
    fn libc_constants(src: &Path, files: &[&str]) -> BTreeMap<String, i64> {
        let mut raw = BTreeMap::new();
        for file in files {
            for line in read(&src.join(file)).lines() {
                let Some(rest) = line.strip_prefix("pub const E") else {
                    continue;
                };
                let Some((name, rest)) = rest.split_once(':') else {
                    continue;
                };
                if !name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                {
                    continue; // EAI_*, EXTATTR_*, …: not errno names
                }
                let Some((ty, value)) = rest.split_once('=') else {
                    continue;
                };
                if !matches!(ty.trim(), "c_int" | "crate::c_int" | "::c_int") {
                    continue;
                }
                let value = value.split(';').next().unwrap().trim().to_owned();
                raw.insert(format!("E{name}"), value);
            }
        }
        raw.iter()
            .filter_map(|(name, value)| Some((name.clone(), resolve(&raw, value)?)))
            .collect()
    }

    /// The value of a constant's right-hand side: a literal, or the name of another
    /// constant (`EWOULDBLOCK = EAGAIN`); `None` for anything else.
    fn resolve(raw: &BTreeMap<String, String>, value: &str) -> Option<i64> {
        match raw.get(value) {
            Some(next) if next != value => resolve(raw, next),
            _ => parse_int(value),
        }
    }

    /// A Rust integer literal: decimal or hex, maybe negative; `None` for an expression.
    fn parse_int(text: &str) -> Option<i64> {
        let (sign, digits) = match text.strip_prefix('-') {
            Some(digits) => (-1, digits),
            None => (1, text),
        };
        let magnitude = match digits.strip_prefix("0x") {
            Some(hex) => i64::from_str_radix(&hex.replace('_', ""), 16).ok()?,
            None => digits.replace('_', "").parse().ok()?,
        };
        Some(sign * magnitude)
    }

    fn libc_errnos(n: &Numbering) -> BTreeMap<String, i64> {
        let mut constants = libc_constants(common::libc_source(), n.libc_files);
        constants.retain(|name, _| !is_not_an_error(name));
        constants
    }

    /// The table's names on each numbering are the libc crate's errno constants, with the
    /// same numbers, less the documented exceptions.
    #[test]
    fn every_column_matches_the_libc_crate() {
        for n in NUMBERINGS {
            let p = n.platform;
            let libc = libc_errnos(n);
            let table = table_names(p);
            for (name, &value) in &libc {
                if listed(ONLY_IN_LIBC, p, name) || listed(LEFT_OUT, p, name) {
                    assert!(!table.contains_key(name.as_str()), "{name} on {p}");
                    continue;
                }
                let &(number, _) = table
                    .get(name.as_str())
                    .unwrap_or_else(|| panic!("libc's {name} = {value} on {p} is missing"));
                assert_eq!(i64::from(number), value, "{name} on {p}");
            }
            for name in table.keys() {
                assert_eq!(
                    libc.contains_key(*name),
                    !listed(NEWER_THAN_LIBC, p, name),
                    "{name} on {p}: in libc?"
                );
            }
        }
    }

    /// One arm of std's `decode_error_kind`: the libc names it matches and the kind.
    struct Arm {
        names: Vec<String>,
        kind: String,
    }

    /// The arms of `decode_error_kind` in std's `file`, for `target_os`, in order.
    fn std_arms(file: &str, target_os: &str) -> Vec<Arm> {
        let sysroot = Command::new("rustc")
            .args(["--print", "sysroot"])
            .output()
            .expect("rustc runs");
        let sysroot = String::from_utf8(sysroot.stdout).unwrap();
        let path = Path::new(sysroot.trim())
            .join("lib/rustlib/src/rust/library/std/src/sys/io/error")
            .join(file);
        assert!(
            path.exists(),
            "{} is missing: install rust-src (`rustup component add rust-src`)",
            path.display()
        );
        let source = read(&path);
        let body = source
            .split("pub fn decode_error_kind")
            .nth(1)
            .expect("decode_error_kind")
            .split("\n}\n")
            .next()
            .unwrap();
        let mut arms = Vec::new();
        let mut enabled = true;
        for line in body.lines().map(str::trim) {
            if let Some(cfg) = line.strip_prefix("#[cfg(") {
                enabled = cfg_holds(cfg.trim_end_matches(")]"), target_os);
                continue;
            }
            let Some((pattern, kind)) = line.split_once("=>") else {
                continue;
            };
            let names: Vec<String> = pattern
                .split("libc::")
                .skip(1)
                .map(|s| {
                    s.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect()
                })
                .collect();
            if enabled && !names.is_empty() {
                let kind = kind.trim().trim_end_matches(',').to_owned();
                arms.push(Arm { names, kind });
            }
            enabled = true;
        }
        assert!(
            arms.len() > 30,
            "{file}: too few arms read ({})",
            arms.len()
        );
        arms
    }

    /// The cfg predicates std's decode_error_kind uses: `target_os = "x"` and `not(…)`.
    fn cfg_holds(cfg: &str, target_os: &str) -> bool {
        if let Some(inner) = cfg.strip_prefix("not(").and_then(|c| c.strip_suffix(')')) {
            return !cfg_holds(inner, target_os);
        }
        let os = cfg
            .strip_prefix("target_os = \"")
            .and_then(|c| c.strip_suffix('"'))
            .unwrap_or_else(|| panic!("a cfg this test cannot read: {cfg}"));
        os == target_os
    }

    /// std's kind for `number`: the first arm one of whose constants has that value.
    fn std_kind(arms: &[Arm], libc: &BTreeMap<String, i64>, number: i32) -> String {
        for arm in arms {
            for name in &arm.names {
                let value = libc
                    .get(name)
                    .unwrap_or_else(|| panic!("std uses libc::{name}"));
                if *value == i64::from(number) {
                    return arm.kind.clone();
                }
            }
        }
        "Uncategorized".to_owned()
    }

    /// std 1.95's kinds that are unstable, which no row can name: a row says `Other`.
    const UNSTABLE: [&str; 2] = ["FilesystemLoop", "InProgress"];

    /// Where a row's kind differs from std's for that OS, other than std's unstable
    /// kinds: (platform, name, std's kind, the row's kind). DATA-NOTES §11 says why.
    const DIFFERENCES: &[(Platform, &str, &str, &str)] = &[
        // std has an arm for EOPNOTSUPP only; where ENOTSUP has a number of its own it is
        // Uncategorized (std 1.95), the row is EOPNOTSUPP's sibling.
        (Platform::NetBsd, "ENOTSUP", "Uncategorized", "Unsupported"),
        (Platform::OpenBsd, "ENOTSUP", "Uncategorized", "Unsupported"),
        (Platform::Illumos, "ENOTSUP", "Uncategorized", "Unsupported"),
        (Platform::Aix, "ENOTSUP", "Uncategorized", "Unsupported"),
        (Platform::Haiku, "ENOTSUP", "Uncategorized", "Unsupported"),
        (Platform::Hurd, "ENOTSUP", "Uncategorized", "Unsupported"),
        (Platform::Cygwin, "ENOTSUP", "Uncategorized", "Unsupported"),
        // std matches EDEADLK only; EDEADLOCK's own number is an alias of the same row.
        (Platform::Illumos, "EDEADLOCK", "Uncategorized", "Deadlock"),
        (Platform::Redox, "EDEADLOCK", "Uncategorized", "Deadlock"),
        (Platform::Cygwin, "EDEADLOCK", "Uncategorized", "Deadlock"),
        // std's WASI decode_error_kind has no ENOTEMPTY arm, and its Unix one compiles the
        // arm out on AIX (`#[cfg(not(target_os = "aix"))]`).
        (Platform::Wasi, "ENOTEMPTY", "Uncategorized", NOT_EMPTY),
        (Platform::Aix, "ENOTEMPTY", "Uncategorized", NOT_EMPTY),
    ];

    const NOT_EMPTY: &str = "DirectoryNotEmpty";

    /// Each row's kind is std's kind for its numbers on each new OS (Uncategorized and
    /// the unstable kinds read as `Other`), except the documented differences.
    #[test]
    fn kinds_agree_with_std_except_as_documented() {
        let mut found = BTreeSet::new();
        let mut undocumented = Vec::new();
        for n in NUMBERINGS {
            let p = n.platform;
            let arms = std_arms(n.std_file, n.target_os);
            let libc = libc_constants(common::libc_source(), n.libc_files);
            for (name, (number, row)) in table_names(p) {
                if OsError::from_code(p, number) != Some(row) {
                    continue; // ENOTSUP where it is EOPNOTSUPP: that row's kind applies
                }
                let std = std_kind(&arms, &libc, number);
                let ours = format!("{:?}", row.kind());
                let readable = std == ours
                    || (ours == "Other"
                        && (std == "Uncategorized" || UNSTABLE.contains(&std.as_str())));
                if readable {
                    continue;
                }
                let difference = (p, name, std.as_str(), ours.as_str());
                if DIFFERENCES.contains(&difference) {
                    found.insert((p, name));
                } else {
                    undocumented.push(format!("{difference:?}"));
                }
            }
        }
        assert!(
            undocumented.is_empty(),
            "undocumented kind differences:\n{}",
            undocumented.join("\n")
        );
        assert_eq!(
            found.len(),
            DIFFERENCES.len(),
            "a documented difference is gone"
        );
    }
}
