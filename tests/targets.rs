//! `Platform::CURRENT` is right on every target rustc knows.
//!
//! The choice is the `current_platform!` table of `runtime/src/platform.rs`: lines of
//! `Platform if cfg(predicate);`, the first that holds wins. This test reads that table
//! from the file (the very tokens the crate compiles), evaluates each predicate with a
//! small `cfg` evaluator against `rustc --print cfg --target T` for every target of
//! `rustc --print target-list`, and compares the answer with [`expected`]: a second,
//! independent statement of which numbering each system's C library uses, with the
//! reason. On the host it also compares the evaluation with the compiled constant, which
//! proves the evaluator reads the table as the compiler does.
//!
//! The README's "Platforms and targets" table is this test's output; it fails when the
//! two differ (`ERRTABLE_BLESS=1` rewrites the table). It needs no std for the targets:
//! printing a target's `cfg` needs only rustc. About 320 targets, some 12 CPU seconds.
//!
//! Where a system gets another's numbering (Fuchsia and Hermit Linux's, the systems on
//! newlib Cygwin's), the libc crate's errno constants for it are checked against that
//! column.

mod common;

use errtable::{OsError, Platform};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

/// The `cfg` of one target, as `rustc --print cfg` prints it: `name` or `name="value"`.
#[derive(Debug)]
struct Cfg(BTreeSet<(String, Option<String>)>);

impl Cfg {
    fn parse(printed: &str) -> Cfg {
        let options = printed.lines().map(|line| match line.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.trim_matches('"').to_owned())),
            None => (line.to_owned(), None),
        });
        Cfg(options.collect())
    }

    /// The value of `name`, or `""` where the target sets none (several names may have
    /// several values, like `target_feature`; the ones read here have one).
    fn value(&self, name: &str) -> &str {
        self.0
            .iter()
            .find_map(|(n, value)| (n == name).then_some(value.as_deref()).flatten())
            .unwrap_or("")
    }

    fn holds(&self, name: &str, value: Option<&str>) -> bool {
        self.0
            .iter()
            .any(|(n, v)| n == name && v.as_deref() == value)
    }
}

/// A `cfg` predicate: `name`, `name = "value"`, `all(…)`, `any(…)`, `not(…)`.
#[derive(Debug)]
enum Predicate {
    Option(String, Option<String>),
    All(Vec<Predicate>),
    Any(Vec<Predicate>),
    Not(Box<Predicate>),
}

impl Predicate {
    fn parse(tokens: &[TokenTree]) -> Predicate {
        match tokens {
            [TokenTree::Ident(name)] => Predicate::Option(name.to_string(), None),
            [TokenTree::Ident(name), TokenTree::Punct(eq), TokenTree::Literal(value)]
                if eq.as_char() == '=' =>
            {
                let value = value.to_string();
                let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
                let value = value.expect("a cfg value is a plain string literal");
                Predicate::Option(name.to_string(), Some(value.to_owned()))
            }
            [TokenTree::Ident(name), TokenTree::Group(group)]
                if group.delimiter() == Delimiter::Parenthesis =>
            {
                let inner = split_on_commas(group.stream())
                    .iter()
                    .map(|p| Predicate::parse(p))
                    .collect();
                match name.to_string().as_str() {
                    "all" => Predicate::All(inner),
                    "any" => Predicate::Any(inner),
                    "not" => {
                        let [only]: [Predicate; 1] = Vec::try_into(inner).expect("not(one)");
                        Predicate::Not(Box::new(only))
                    }
                    other => panic!("unknown cfg operator `{other}`"),
                }
            }
            other => panic!("not a cfg predicate: {other:?}"),
        }
    }

    fn holds(&self, cfg: &Cfg) -> bool {
        match self {
            Predicate::Option(name, value) => cfg.holds(name, value.as_deref()),
            Predicate::All(all) => all.iter().all(|p| p.holds(cfg)),
            Predicate::Any(any) => any.iter().any(|p| p.holds(cfg)),
            Predicate::Not(not) => !not.holds(cfg),
        }
    }
}

/// The comma-separated parts of a list, a trailing comma allowed.
fn split_on_commas(stream: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut parts = vec![Vec::new()];
    for token in stream {
        match token {
            TokenTree::Punct(p) if p.as_char() == ',' => parts.push(Vec::new()),
            token => parts.last_mut().unwrap().push(token),
        }
    }
    parts.retain(|part| !part.is_empty());
    parts
}

/// The `current_platform!` table of `runtime/src/platform.rs`, in order.
fn selection() -> Vec<(Platform, Predicate)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime/src/platform.rs");
    let source = std::fs::read_to_string(path).expect("runtime/src/platform.rs");
    let tokens: Vec<TokenTree> = source.parse::<TokenStream>().unwrap().into_iter().collect();
    // The invocation is `current_platform ! { … }`; the definition names the macro after
    // `macro_rules!` and has no `!` after the name.
    let body = tokens
        .windows(3)
        .find_map(|window| match window {
            [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(body)]
                if name == "current_platform" && bang.as_char() == '!' =>
            {
                Some(body.stream())
            }
            _ => None,
        })
        .expect("the current_platform! invocation");
    let lines: Vec<TokenTree> = body.into_iter().collect();
    lines
        .split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';'))
        .filter(|line| !line.is_empty())
        .map(|line| match line {
            [TokenTree::Ident(variant), TokenTree::Ident(if_), TokenTree::Ident(cfg), TokenTree::Group(predicate)]
                if if_ == "if" && cfg == "cfg" =>
            {
                let tokens: Vec<TokenTree> = predicate.stream().into_iter().collect();
                (platform_named(&variant.to_string()), Predicate::parse(&tokens))
            }
            other => panic!("not a `Platform if cfg(…)` line: {other:?}"),
        })
        .collect()
}

fn platform_named(variant: &str) -> Platform {
    Platform::ALL
        .iter()
        .copied()
        .find(|p| format!("{p:?}") == variant)
        .unwrap_or_else(|| panic!("no Platform::{variant}"))
}

/// What the table picks for a target.
fn selected(selection: &[(Platform, Predicate)], cfg: &Cfg) -> Option<Platform> {
    selection
        .iter()
        .find(|(_, predicate)| predicate.holds(cfg))
        .map(|&(platform, _)| platform)
}

/// The numbering a target's OS error codes follow, and why: what std's
/// `io::Error::raw_os_error` reports there (the C library's `errno`, `GetLastError`), or
/// `None` where std reports no OS codes or errtable has no column for them.
///
/// Written apart from the selection table on purpose, per system rather than per
/// predicate; `None` for an OS this list does not know fails the test, so that a new
/// target OS gets a decision.
fn expected(cfg: &Cfg) -> Option<(Option<Platform>, &'static str)> {
    use Platform::*;
    const NEWLIB: &str =
        "newlib's `sys/errno.h`, whose numbers Cygwin shares (Cygwin only adds names)";
    let numbering = match cfg.value("target_os") {
        "windows" => (Some(Windows), "GetLastError and WSAGetLastError codes"),
        "linux" | "android" => linux(cfg.value("target_arch")),
        "fuchsia" => (
            Some(Linux),
            "its libc has Linux's generic numbers (libc crate `src/fuchsia`)",
        ),
        "hermit" => (
            Some(Linux),
            "Linux's generic numbers (hermit-abi `errno.rs`, libc crate `src/hermit.rs`)",
        ),
        "macos" | "ios" | "tvos" | "watchos" | "visionos" => (
            Some(MacOs),
            "Darwin's `sys/errno.h`, one numbering for every Apple system",
        ),
        "freebsd" => (Some(FreeBsd), "FreeBSD's `sys/errno.h`"),
        "netbsd" => (Some(NetBsd), "NetBSD's `sys/errno.h`"),
        "openbsd" => (Some(OpenBsd), "OpenBSD's `sys/errno.h`"),
        "dragonfly" => (Some(DragonFly), "DragonFly's `sys/errno.h`"),
        "illumos" | "solaris" => (
            Some(Illumos),
            "the System V numbering both keep in `sys/errno.h`",
        ),
        "aix" => (Some(Aix), "AIX's `sys/errno.h`"),
        "haiku" => (
            Some(Haiku),
            "Haiku's negative codes (`Errors.h`, which `errno.h` names)",
        ),
        "redox" => (Some(Redox), "relibc's numbering, close to Linux's"),
        "hurd" => (
            Some(Hurd),
            "glibc's Hurd numbering (`bits/errno.h` of the Hurd port)",
        ),
        "cygwin" => (Some(Cygwin), "newlib's `sys/errno.h`, as Cygwin builds it"),
        "espidf" | "vita" | "rtems" => (Some(Cygwin), NEWLIB),
        // Horizon is the OS of Nintendo's 3DS, whose SDK's C library is newlib, and of
        // the Switch, whose only target is freestanding.
        "horizon" if cfg.value("target_env") == "newlib" => (Some(Cygwin), NEWLIB),
        "horizon" => (None, "the Switch's target is freestanding: no std"),
        "wasi" => (
            Some(Wasi),
            "wasi-libc's numbering, which std reports on every WASI target",
        ),
        "emscripten" => (Some(Emscripten), "Emscripten's libc numbering"),
        "nto" | "vxworks" => (
            None,
            "a numbering of its own, which errtable has no column for",
        ),
        "uefi" => (None, "std reports no errno there (UEFI status codes)"),
        "none" => (None, "bare metal: no OS, no std"),
        "unknown" => (
            None,
            "no OS: std reports no OS codes (SGX: its usercall codes, not checked)",
        ),
        "cuda" | "amdhsa" => (None, "a GPU: no std"),
        "psp" | "psx" | "xous" | "zkvm" | "solid_asp3" | "vexos" | "motor" => {
            (None, "no C library errno that errtable has a column for")
        }
        "l4re" | "helenos" | "managarm" | "nuttx" | "qurt" | "teeos" | "trusty" | "lynxos178" => (
            None,
            "its numbering is not checked against errtable's columns",
        ),
        _ => return None,
    };
    Some(numbering)
}

/// The Linux kernel's numbering on an architecture (`arch/*/include/uapi/asm/errno.h`
/// where one exists, else `asm-generic`), which every Linux C library passes on.
fn linux(arch: &str) -> (Option<Platform>, &'static str) {
    match arch {
        "mips" | "mips64" | "mips32r6" | "mips64r6" => {
            (Some(Platform::LinuxMips), "the kernel's mips numbering")
        }
        "powerpc" | "powerpc64" => (
            Some(Platform::LinuxPowerpc),
            "the kernel's generic numbering but for `EDEADLOCK`",
        ),
        "sparc" | "sparc64" => (Some(Platform::LinuxSparc), "the kernel's sparc numbering"),
        _ => (
            Some(Platform::Linux),
            "the kernel's generic numbering (glibc, musl, uClibc, bionic, OpenHarmony)",
        ),
    }
}

fn rustc() -> String {
    std::env::var("RUSTC").unwrap_or_else(|_| String::from("rustc"))
}

fn rustc_output(args: &[&str]) -> String {
    let output = Command::new(rustc())
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("rustc {args:?}: {e}"));
    assert!(
        output.status.success(),
        "rustc {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Every target with its `cfg`, read by two threads (the printing is most of the cost).
fn targets() -> Vec<(String, Cfg)> {
    let list = rustc_output(&["--print", "target-list"]);
    let targets: Vec<&str> = list.lines().collect();
    let half = targets.len().div_ceil(2);
    std::thread::scope(|scope| {
        let workers: Vec<_> = targets
            .chunks(half.max(1))
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|&t| {
                            (
                                t.to_owned(),
                                Cfg::parse(&rustc_output(&["--print", "cfg", "--target", t])),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    })
}

/// rustc cannot run from a Windows program under Wine (it is the host's Linux binary).
fn skip_under_wine() -> bool {
    let skip = common::under_wine();
    if skip {
        eprintln!("skipped under Wine: rustc is a program of the Linux host");
    }
    skip
}

#[test]
fn current_is_right_for_every_target() {
    if skip_under_wine() {
        return;
    }
    let selection = selection();
    let mut wrong = Vec::new();
    for (target, cfg) in targets() {
        let picked = selected(&selection, &cfg);
        match expected(&cfg) {
            Some((right, _)) if right == picked => {}
            Some((right, why)) => wrong.push(format!("{target}: picks {picked:?}, should be {right:?} ({why})")),
            None => wrong.push(format!(
                "{target}: a target_os ({}) `expected` does not know: find which numbering its std reports and add it",
                cfg.value("target_os")
            )),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_evaluation_is_the_compiled_constant_on_the_host() {
    if skip_under_wine() {
        return;
    }
    let host = Cfg::parse(&rustc_output(&["--print", "cfg"]));
    let built_for_host = host.value("target_os") == std::env::consts::OS
        && host.value("target_arch") == std::env::consts::ARCH;
    assert!(
        built_for_host,
        "this test runs where it was built: {host:?}"
    );
    assert_eq!(selected(&selection(), &host), Platform::CURRENT);
}

#[test]
fn the_evaluator_reads_cfg_as_rustc_does() {
    let cfg = Cfg::parse("target_os=\"linux\"\ntarget_arch=\"mips64\"\nunix\ntarget_feature=\"a\"\ntarget_feature=\"b\"");
    let predicate = |text: &str| {
        let tokens: Vec<TokenTree> = text.parse::<TokenStream>().unwrap().into_iter().collect();
        Predicate::parse(&tokens).holds(&cfg)
    };
    assert!(predicate("unix"));
    assert!(!predicate("windows"));
    assert!(predicate("target_feature = \"b\""));
    assert!(predicate(
        "all(unix, any(target_arch = \"mips\", target_arch = \"mips64\"),)"
    ));
    assert!(!predicate("all(unix, not(target_os = \"linux\"))"));
    assert!(predicate("any(windows, not(target_os = \"wasi\"))"));
    assert!(!predicate("any()"));
    assert!(predicate("all()"));
}

// ---------------------------------------------------------------------------------------
// The README's table.

const TABLE_START: &str = "<!-- targets: written by tests/targets.rs -->";
const TABLE_END: &str = "<!-- end of targets -->";

/// The README's table for these targets: the numbering the selection table picks, one
/// line per system (`target_os`) and numbering, in `Platform::ALL` order and then the
/// systems without one, with the reason `expected` gives. A platform no target picks
/// (Linux on alpha and parisc) has a line of its own, so that every key is listed.
fn table(version: &str, targets: &[(String, Cfg)]) -> String {
    let selection = selection();
    let mut lines: BTreeMap<(usize, &str), (&str, Vec<&str>)> = BTreeMap::new();
    for (target, cfg) in targets {
        let platform = selected(&selection, cfg);
        let why = expected(cfg).map_or("not reviewed", |(_, why)| why);
        let order = platform.map_or(Platform::ALL.len(), |p| {
            Platform::ALL.iter().position(|&q| q == p).unwrap()
        });
        let line = lines
            .entry((order, cfg.value("target_os")))
            .or_insert((why, Vec::new()));
        line.1.push(target);
    }
    for order in 0..Platform::ALL.len() {
        if !lines.keys().any(|&(picked, _)| picked == order) {
            let why = "no Rust target: for codes read from such a system";
            lines.insert((order, "-"), (why, Vec::new()));
        }
    }
    let mut text = format!("{TABLE_START}\nThe built-in targets of {version}:\n\n");
    text += "| numbering | system (`target_os`) | why | targets |\n|---|---|---|---|\n";
    for ((order, os), (why, targets)) in &lines {
        let key = Platform::ALL
            .get(*order)
            .map_or(String::from("none"), |p| format!("`{}`", p.key()));
        let targets: Vec<String> = targets.iter().map(|t| format!("`{t}`")).collect();
        text += &format!("| {key} | {os} | {why} | {} |\n", targets.join(" "));
    }
    text + TABLE_END
}

/// Each target of a table with its numbering (another rustc may name a target's system
/// differently: 1.71 gave `mipsel-sony-psx` no OS).
fn table_rows(table: &str) -> BTreeMap<String, String> {
    let mut rows = BTreeMap::new();
    for line in table
        .lines()
        .filter(|l| l.starts_with("| `") || l.starts_with("| none"))
    {
        let cells: Vec<&str> = line.split(" | ").collect();
        let numbering = cells[0].trim_start_matches("| ");
        let targets = cells.last().unwrap().trim_end_matches(" |");
        for target in targets.split_whitespace() {
            rows.insert(target.trim_matches('`').to_owned(), numbering.to_owned());
        }
    }
    rows
}

#[test]
fn the_readme_lists_every_target_with_its_numbering() {
    if skip_under_wine() {
        return;
    }
    let version = rustc_output(&["--version"]);
    let version = version.split(" (").next().unwrap().trim();
    let targets = targets();
    let written = table(version, &targets);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme
        .find(TABLE_START)
        .expect("the README's targets table");
    let end = readme[start..].find(TABLE_END).expect("its end marker") + start + TABLE_END.len();
    let published = &readme[start..end];
    if published == written {
        return;
    }
    if std::env::var_os("ERRTABLE_BLESS").is_some() {
        std::fs::write(
            path,
            format!("{}{written}{}", &readme[..start], &readme[end..]),
        )
        .unwrap();
        return;
    }
    // Another rustc knows other targets: the ones both know must agree.
    let same_rustc = published.contains(&format!("The built-in targets of {version}:"));
    let (ours, theirs) = (table_rows(&written), table_rows(published));
    let differing: Vec<&String> = ours
        .iter()
        .filter(|&(target, row)| theirs.get(target).is_some_and(|r| r != row))
        .map(|(target, _)| target)
        .collect();
    assert!(
        !same_rustc && differing.is_empty(),
        "the README's targets table is not this test's ({differing:?} differ); \
         ERRTABLE_BLESS=1 rewrites it:\n{written}"
    );
}

// ---------------------------------------------------------------------------------------
// The systems whose targets get another system's numbering: their errno constants in the
// libc crate, each in that numbering's column under its name with its number.

/// (system, the numbering its targets get, the libc crate's files of its constants). A
/// constant must be in the column under its name with its number, or, where the column
/// has no such name, its number must be the column's.
const BORROWED_NUMBERINGS: &[(&str, Platform, &[&str])] = &[
    ("fuchsia", Platform::Linux, &["fuchsia/mod.rs"]),
    ("hermit", Platform::Linux, &["hermit.rs"]),
    ("newlib", Platform::Cygwin, &["unix/newlib/mod.rs"]),
];

/// The errno constants of libc crate files: `pub const ENAME: c_int = 12;` (or `i32`), or
/// `= EOTHER;` for another name of the same number. Hexadecimal values are flags
/// (`EPOLLIN = 0x1`), and `EOF` is no errno.
fn errno_constants(files: &[PathBuf]) -> BTreeMap<String, i32> {
    let mut numbers = BTreeMap::new();
    for file in files {
        let mut aliases = Vec::new();
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for line in text.lines().map(str::trim) {
            let Some((name, ty, value)) = constant(line) else {
                continue;
            };
            let errno_name = name.starts_with('E')
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && name != "EOF";
            if !errno_name || !matches!(ty, "c_int" | "i32" | "crate::c_int") {
                continue;
            }
            match value.parse::<i32>() {
                Ok(number) => {
                    numbers.insert(name.to_owned(), number);
                }
                Err(_) if value.starts_with('E') => aliases.push((name, value)),
                Err(_) => {}
            }
        }
        for (name, value) in aliases {
            let number = *numbers
                .get(value)
                .unwrap_or_else(|| panic!("{name} = {value}: no such number"));
            numbers.insert(name.to_owned(), number);
        }
    }
    numbers
}

/// `(name, type, value)` of a line `pub const NAME: TYPE = VALUE;`, `crate::` dropped from
/// the value.
fn constant(line: &str) -> Option<(&str, &str, &str)> {
    let rest = line.strip_prefix("pub const ")?.strip_suffix(';')?;
    let (name, rest) = rest.split_once(':')?;
    let (ty, value) = rest.split_once('=')?;
    let value = value.trim();
    Some((
        name,
        ty.trim(),
        value.strip_prefix("crate::").unwrap_or(value),
    ))
}

#[test]
fn systems_with_a_borrowed_numbering_have_its_numbers() {
    if skip_under_wine() {
        return;
    }
    let source = common::libc_source();
    for &(system, platform, files) in BORROWED_NUMBERINGS {
        let files: Vec<PathBuf> = files.iter().map(|f| source.join(f)).collect();
        let constants = errno_constants(&files);
        assert!(
            constants.len() > 80,
            "{system}: {} constants",
            constants.len()
        );
        let column: BTreeMap<&str, i32> = OsError::ALL
            .iter()
            .flat_map(|row| row.names(platform).iter().copied())
            .collect();
        let wrong: Vec<String> = constants
            .iter()
            .filter(|&(name, &number)| match column.get(name.as_str()) {
                Some(&listed) => listed != number,
                // A name the column does not have, for a number it has (Fuchsia's
                // ENOATTR is ENODATA's 61, a name glibc keeps in <attr/xattr.h>).
                None => OsError::from_code(platform, number).is_none(),
            })
            .map(|(name, number)| {
                format!(
                    "{name} = {number} (the column: {:?})",
                    column.get(name.as_str())
                )
            })
            .collect();
        assert!(wrong.is_empty(), "{system} against {platform}: {wrong:#?}");
    }
}
