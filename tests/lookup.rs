//! Runs the `lookup` example and checks its output against the `OsError` API.
//!
//! `cargo test` builds the examples before running tests; a bare `cargo test --test lookup`
//! does not, so build the example first in that case (`cargo build --example lookup`).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use errtable::{OsError, Platform};

// The example's own functions, for the JSON escaper that real rows may never exercise.
#[allow(dead_code)]
#[path = "../examples/lookup.rs"]
mod example;

/// What one run of the example printed.
struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn example_path() -> PathBuf {
    let test_exe = std::env::current_exe().expect("the test binary's path");
    // target/<profile>/deps/lookup-<hash> → target/<profile>/examples/lookup
    let profile_dir = test_exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test binary lives in target/<profile>/deps");
    let path = profile_dir
        .join("examples")
        .join(format!("lookup{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "{} is missing: run `cargo test` (which builds examples) or `cargo build --example lookup`",
        path.display()
    );
    path
}

fn lookup(args: &[&str]) -> Run {
    let output = Command::new(example_path())
        .args(args)
        .output()
        .expect("the lookup example runs");
    Run {
        status: output.status.code().expect("lookup exits with a status"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn succeeds(args: &[&str]) -> String {
    let run = lookup(args);
    assert_eq!(run.status, 0, "lookup {args:?} failed: {}", run.stderr);
    assert_eq!(run.stderr, "", "lookup {args:?} wrote to stderr");
    run.stdout
}

// ---- What the API says a query stands for ----

/// A row the query stands for, with the platforms on which it does.
type Expected = Vec<(OsError, Vec<Platform>)>;

fn platforms(only: Option<Platform>) -> Vec<Platform> {
    Platform::ALL
        .into_iter()
        .filter(|&p| only.is_none_or(|only| only == p))
        .collect()
}

/// The rows `code` decodes to, on the platforms where it does.
fn rows_for_code(code: i32, only: Option<Platform>) -> Expected {
    let rows = OsError::ALL.iter().map(|&row| {
        let on = platforms(only)
            .into_iter()
            .filter(|&p| OsError::from_code(p, code) == Some(row))
            .collect::<Vec<_>>();
        (row, on)
    });
    rows.filter(|(_, on)| !on.is_empty()).collect()
}

fn has_name(row: OsError, platform: Platform, name: &str) -> bool {
    row.symbol(platform) == Some(name) || row.aliases(platform).contains(&name)
}

/// The rows that use `name` as a symbol or alias, on the platforms where they do.
fn rows_for_name(name: &str) -> Expected {
    let rows = OsError::ALL.iter().map(|&row| {
        let on = Platform::ALL
            .into_iter()
            .filter(|&p| has_name(row, p, name))
            .collect::<Vec<_>>();
        (row, on)
    });
    let expected: Expected = rows.filter(|(_, on)| !on.is_empty()).collect();
    let by_from_name = OsError::from_name(name).expect("a name of the table");
    assert!(expected.iter().any(|(row, _)| *row == by_from_name));
    expected
}

fn keys(platforms: &[Platform]) -> String {
    let keys: Vec<&str> = platforms.iter().map(|p| p.key()).collect();
    keys.join(", ")
}

/// The first row (in table order) whose code on `platform` decodes back to it.
fn some_code_on(platform: Platform) -> i32 {
    OsError::ALL
        .iter()
        .find_map(|row| {
            row.code(platform)
                .filter(|&code| OsError::from_code(platform, code) == Some(*row))
        })
        .expect("the table has a code on every platform")
}

/// The first code (in table order) that means different rows on different platforms.
fn ambiguous_code() -> i32 {
    OsError::ALL
        .iter()
        .flat_map(|row| Platform::ALL.into_iter().filter_map(|p| row.code(p)))
        .find(|&code| rows_for_code(code, None).len() > 1)
        .expect("some number means different errors on different platforms")
}

// ---- The human output ----

/// Checks one block of the human output against the row it names.
fn check_block(block: &str, row: OsError, matched: &str) {
    let lines: Vec<&str> = block.lines().collect();
    assert_eq!(lines[0], format!("{}: {}", row.name(), row.message()));
    assert_eq!(lines[1], format!("  kind: {:?}", row.kind()));
    assert_eq!(lines[2], format!("  matched: {matched}"));
    let entries = &lines[3..];
    assert_eq!(entries.len(), Platform::ALL.len(), "{block}");
    for (line, platform) in entries.iter().zip(Platform::ALL) {
        let (key, entry) = line
            .trim_start()
            .split_once(' ')
            .expect("`key  entry` lines");
        assert_eq!(key, platform.key());
        check_entry(entry.trim_start(), row, platform);
    }
}

/// `NAME = CODE (ALIAS, …)`, or `-` where the row has no code on `platform`.
fn check_entry(entry: &str, row: OsError, platform: Platform) {
    let (Some(name), Some(code)) = (row.symbol(platform), row.code(platform)) else {
        assert_eq!(entry, "-", "{} on {platform}", row.name());
        return;
    };
    let head = format!("{name} = {code}");
    let rest = entry.strip_prefix(&head).expect(&head);
    let aliases: Vec<String> = row.names(platform)[1..]
        .iter()
        .map(|&(alias, number)| match number == code {
            true => alias.to_owned(),
            false => format!("{alias} = {number}"),
        })
        .collect();
    match aliases.as_slice() {
        [] => assert_eq!(rest, ""),
        aliases => assert_eq!(rest, format!(" ({})", aliases.join(", "))),
    }
}

/// Checks that the output has one block per expected row, in order.
fn check_human(stdout: &str, expected: &Expected, query: &str) {
    let blocks: Vec<&str> = stdout.split("\n\n").collect();
    assert_eq!(blocks.len(), expected.len(), "{stdout}");
    for (block, (row, on)) in blocks.iter().zip(expected) {
        check_block(block, *row, &format!("{query} on {}", keys(on)));
    }
}

#[test]
fn a_code_shows_every_platform_where_it_is_one() {
    let expected = rows_for_code(10054, None);
    assert!(!expected.is_empty(), "10054 is a code of the table");
    check_human(&succeeds(&["10054"]), &expected, "10054");
}

#[test]
fn a_code_of_several_rows_shows_each() {
    let code = ambiguous_code().to_string();
    let expected = rows_for_code(ambiguous_code(), None);
    check_human(&succeeds(&[&code]), &expected, &code);
}

#[test]
fn platform_narrows_a_code_to_one_platform() {
    let expected = rows_for_code(104, Some(Platform::Linux));
    assert_eq!(expected.len(), 1);
    let stdout = succeeds(&["--platform", "linux", "104"]);
    check_human(&stdout, &expected, "104");
}

#[test]
fn a_name_shows_its_row() {
    let expected = rows_for_name("ECONNRESET");
    check_human(&succeeds(&["ECONNRESET"]), &expected, "ECONNRESET");
}

#[test]
fn a_variant_name_shows_its_row() {
    let row = OsError::ALL[0];
    let stdout = succeeds(&[row.name()]);
    let blocks: Vec<&str> = stdout.split("\n\n").collect();
    assert_eq!(blocks.len(), 1, "{stdout}");
    let matched = format!("{}, the variant name", row.name());
    check_block(blocks[0], row, &matched);
}

#[test]
fn hex_negative_and_decimal_codes_agree() {
    let hex = format!("{:#x}", 10054);
    assert_eq!(succeeds(&[&hex]), succeeds(&["10054"]));
    let minus_one = lookup(&["-1"]);
    let all_bits = lookup(&["0xFFFFFFFF"]);
    assert_eq!(
        minus_one.status,
        i32::from(rows_for_code(-1, None).is_empty())
    );
    assert_eq!(
        (minus_one.stdout, minus_one.stderr),
        (all_bits.stdout, all_bits.stderr)
    );
    assert_eq!(minus_one.status, all_bits.status);
}

#[test]
fn platform_keys_may_use_underscores_and_any_case() {
    let code = some_code_on(Platform::LinuxMips).to_string();
    let canonical = succeeds(&["--platform", "linux_mips", &code]);
    assert_eq!(succeeds(&["--platform", "linux_mips", &code]), canonical);
    assert_eq!(succeeds(&["--platform=LINUX-MIPS", "--", &code]), canonical);
}

// ---- --to ----

#[test]
fn to_prints_the_translated_code() {
    let code = OsError::translate(104, Platform::Linux, Platform::Windows)
        .expect("104 on linux has a windows code");
    let stdout = succeeds(&["--to", "windows", "--platform", "linux", "104"]);
    assert_eq!(stdout, format!("{code}\n"));
}

#[test]
fn to_translates_a_name() {
    let row = OsError::from_name("ECONNRESET").expect("a name of the table");
    let code = row.code(Platform::Windows).expect("a windows code");
    assert_eq!(
        succeeds(&["--to", "windows", "ECONNRESET"]),
        format!("{code}\n")
    );
}

#[test]
fn to_a_platform_without_the_row_fails() {
    let (code, from, to) = OsError::ALL
        .iter()
        .find_map(|row| {
            let from = Platform::ALL.into_iter().find(|&p| {
                row.code(p)
                    .is_some_and(|c| OsError::from_code(p, c) == Some(*row))
            })?;
            let to = Platform::ALL.into_iter().find(|&p| row.code(p).is_none())?;
            Some((row.code(from)?, from, to))
        })
        .expect("some row is missing on some platform");
    let code = code.to_string();
    let run = lookup(&["--to", to.key(), "--platform", from.key(), &code]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains(to.key()), "{}", run.stderr);
}

#[test]
fn to_an_ambiguous_code_asks_for_a_platform() {
    let code = ambiguous_code().to_string();
    let run = lookup(&["--to", "windows", &code]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("--platform"), "{}", run.stderr);
}

// ---- --all ----

/// Where each column of the header starts, counted in chars.
fn column_starts(header: &[char]) -> Vec<usize> {
    (0..header.len())
        .filter(|&i| header[i] != ' ' && (i == 0 || header[i - 1] == ' '))
        .collect()
}

/// Cuts a line at the column starts, checking that every cell starts exactly there.
fn cells(line: &[char], starts: &[usize]) -> Vec<String> {
    let mut cells = Vec::new();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts
            .get(n + 1)
            .copied()
            .unwrap_or(line.len())
            .min(line.len());
        assert!(start == 0 || line[start - 1] == ' ', "misaligned: {line:?}");
        assert_ne!(line.get(start), Some(&' '), "misaligned: {line:?}");
        cells.push(
            line[start..end]
                .iter()
                .collect::<String>()
                .trim_end()
                .to_owned(),
        );
    }
    cells
}

/// `EAGAIN/EWOULDBLOCK=11`, or `-` where the row has no code on `platform`.
fn check_cell(cell: &str, row: OsError, platform: Platform) {
    let (Some(name), Some(code)) = (row.symbol(platform), row.code(platform)) else {
        assert_eq!(cell, "-", "{} on {platform}", row.name());
        return;
    };
    let names: Vec<&str> = std::iter::once(name)
        .chain(row.aliases(platform).iter().copied())
        .collect();
    assert_eq!(cell, format!("{}={code}", names.join("/")));
}

#[test]
fn all_prints_an_aligned_table_of_every_row() {
    let stdout = succeeds(&["--all"]);
    let lines: Vec<Vec<char>> = stdout.lines().map(|l| l.chars().collect()).collect();
    assert_eq!(lines.len(), OsError::ALL.len() + 1);
    let starts = column_starts(&lines[0]);
    let header = cells(&lines[0], &starts);
    let mut expected_header = vec!["variant", "kind"];
    expected_header.extend(Platform::ALL.iter().map(|p| p.key()));
    expected_header.push("message");
    assert_eq!(header, expected_header);
    for (line, row) in lines[1..].iter().zip(OsError::ALL) {
        let cells = cells(line, &starts);
        assert_eq!(cells[0], row.name());
        assert_eq!(cells[1], format!("{:?}", row.kind()));
        for (cell, platform) in cells[2..].iter().zip(Platform::ALL) {
            check_cell(cell, *row, platform);
        }
        assert_eq!(cells[cells.len() - 1], row.message());
    }
}

// ---- --json ----

/// A parsed JSON value, as much of JSON as the output uses (and strings in full).
#[derive(Debug, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(i64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A strict recursive-descent JSON reader for one value.
struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    fn parse(text: &str) -> Result<Json, String> {
        let mut reader = Reader { rest: text };
        let value = reader.value()?;
        reader.skip_space();
        match reader.rest {
            "" => Ok(value),
            rest => Err(format!("trailing text: {rest}")),
        }
    }

    fn skip_space(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t', '\n', '\r']);
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        match self.rest.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, token: &str) -> Result<(), String> {
        if self.eat(token) {
            Ok(())
        } else {
            Err(format!("expected {token} at {}", self.rest))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.skip_space();
        if self.eat("null") {
            Ok(Json::Null)
        } else if self.eat("true") {
            Ok(Json::Bool(true))
        } else if self.eat("false") {
            Ok(Json::Bool(false))
        } else if self.rest.starts_with('"') {
            self.string().map(Json::String)
        } else if self.eat("[") {
            self.array()
        } else if self.eat("{") {
            self.object()
        } else {
            self.number()
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let digits = self.rest.strip_prefix('-').unwrap_or(self.rest);
        let len = digits.len()
            - digits
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let sign = self.rest.len() - digits.len();
        let (text, rest) = self.rest.split_at(sign + len);
        let leading_zero = len > 1 && digits.starts_with('0');
        match text.parse() {
            Ok(n) if !leading_zero => {
                self.rest = rest;
                Ok(Json::Number(n))
            }
            _ => Err(format!("bad value at {}", self.rest)),
        }
    }

    fn array(&mut self) -> Result<Json, String> {
        let mut items = Vec::new();
        if self.eat("]") {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            if self.eat("]") {
                return Ok(Json::Array(items));
            }
            self.expect(",")?;
        }
    }

    fn object(&mut self) -> Result<Json, String> {
        let mut members = Vec::new();
        if self.eat("}") {
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            let key = self.string()?;
            self.expect(":")?;
            members.push((key, self.value()?));
            if self.eat("}") {
                return Ok(Json::Object(members));
            }
            self.expect(",")?;
        }
    }

    fn string(&mut self) -> Result<String, String> {
        let mut chars = self
            .rest
            .strip_prefix('"')
            .ok_or("expected a string")?
            .chars();
        let mut out = String::new();
        loop {
            match chars.next().ok_or("unterminated string")? {
                '"' => break,
                '\\' => out.push(Self::escape(&mut chars)?),
                c if u32::from(c) < 0x20 => return Err(format!("raw control {c:?} in a string")),
                c => out.push(c),
            }
        }
        self.rest = chars.as_str();
        Ok(out)
    }

    fn escape(chars: &mut std::str::Chars<'_>) -> Result<char, String> {
        Ok(match chars.next().ok_or("unterminated escape")? {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => Self::unicode(chars)?,
            c => return Err(format!("bad escape \\{c}")),
        })
    }

    fn unicode(chars: &mut std::str::Chars<'_>) -> Result<char, String> {
        let first = Self::hex4(chars)?;
        let code = match first {
            0xD800..=0xDBFF => {
                let after = chars.as_str().strip_prefix("\\u").ok_or("lone surrogate")?;
                *chars = after.chars();
                match Self::hex4(chars)? {
                    low @ 0xDC00..=0xDFFF => 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00),
                    _ => return Err(String::from("lone surrogate")),
                }
            }
            _ => first,
        };
        char::from_u32(code).ok_or(format!("bad \\u escape {code:x}"))
    }

    fn hex4(chars: &mut std::str::Chars<'_>) -> Result<u32, String> {
        let digits: String = chars.by_ref().take(4).collect();
        if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            u32::from_str_radix(&digits, 16).map_err(|e| e.to_string())
        } else {
            Err(format!("bad \\u escape {digits}"))
        }
    }
}

fn member<'a>(members: &'a [(String, Json)], key: &str) -> &'a Json {
    let mut found = members.iter().filter(|(k, _)| k == key);
    let value = found.next().map(|(_, v)| v).expect(key);
    assert!(found.next().is_none(), "{key} twice");
    value
}

fn text(value: &str) -> Json {
    Json::String(value.to_owned())
}

/// What the API says a platform's value is: null, or name, code and aliases.
fn expected_entry(row: OsError, platform: Platform) -> Json {
    let (Some(name), Some(code)) = (row.symbol(platform), row.code(platform)) else {
        return Json::Null;
    };
    let aliases = row.aliases(platform).iter().map(|a| text(a)).collect();
    Json::Object(vec![
        (String::from("name"), text(name)),
        (String::from("code"), Json::Number(code.into())),
        (String::from("aliases"), Json::Array(aliases)),
    ])
}

/// Checks one JSON line: exactly the 3 + 9 keys, each with the API's value.
fn check_json_line(line: &str, row: OsError) {
    let Ok(Json::Object(members)) = Reader::parse(line) else {
        panic!("not a JSON object: {line}");
    };
    let mut expected_keys: BTreeSet<&str> = ["variant", "message", "kind"].into();
    expected_keys.extend(Platform::ALL.iter().map(|p| p.key()));
    let keys: BTreeSet<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(members.len(), 3 + Platform::ALL.len());
    assert_eq!(keys, expected_keys);
    assert_eq!(member(&members, "variant"), &text(row.name()));
    assert_eq!(member(&members, "message"), &text(row.message()));
    assert_eq!(
        member(&members, "kind"),
        &text(&format!("{:?}", row.kind()))
    );
    for platform in Platform::ALL {
        let Json::Object(entry) = expected_entry(row, platform) else {
            assert_eq!(member(&members, platform.key()), &Json::Null);
            continue;
        };
        let Json::Object(actual) = member(&members, platform.key()) else {
            panic!("{} on {platform} is not an object: {line}", row.name());
        };
        let actual_keys: BTreeSet<&str> = actual.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(actual_keys, ["name", "code", "aliases"].into());
        for (key, value) in &entry {
            assert_eq!(member(actual, key), value, "{} on {platform}", row.name());
        }
    }
}

fn check_json(stdout: &str, rows: &[OsError]) {
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), rows.len(), "{stdout}");
    for (line, row) in lines.iter().zip(rows) {
        check_json_line(line, *row);
    }
}

#[test]
fn all_json_prints_one_object_per_row() {
    check_json(&succeeds(&["--all", "--json"]), OsError::ALL);
}

#[test]
fn json_with_a_code_prints_only_the_matching_rows() {
    let code = ambiguous_code();
    let rows: Vec<OsError> = rows_for_code(code, None)
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    check_json(&succeeds(&["--json", &code.to_string()]), &rows);
}

#[test]
fn json_with_a_name_prints_only_its_rows() {
    let rows: Vec<OsError> = rows_for_name("ECONNRESET")
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    check_json(&succeeds(&["ECONNRESET", "--json"]), &rows);
}

#[test]
fn json_strings_escape_quotes_backslashes_and_controls() {
    let tricky = "say \"hi\"\\ \n\t\r\u{1}\u{1f} é ✓ 𝄞";
    assert_eq!(
        example::json_string("a\"b\\c\n\u{7}"),
        r#""a\"b\\c\n\u0007""#
    );
    assert_eq!(
        Reader::parse(&example::json_string(tricky)),
        Ok(text(tricky))
    );
    assert_eq!(Reader::parse(r#""\ud834\udd1e""#), Ok(text("𝄞")));
    assert!(Reader::parse("{\"a\":1}x").is_err());
    assert!(Reader::parse("[1,]").is_err());
}

// ---- Failures ----

#[test]
fn an_unknown_code_fails_with_a_message() {
    let code = i32::MAX;
    assert!(rows_for_code(code, None).is_empty());
    let run = lookup(&[&code.to_string()]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains(&code.to_string()), "{}", run.stderr);
    assert!(!run.stderr.contains("Usage"), "{}", run.stderr);
}

#[test]
fn a_code_of_another_platform_only_fails() {
    assert!(OsError::from_code(Platform::Linux, 10054).is_none());
    let run = lookup(&["--platform", "linux", "10054"]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("linux"), "{}", run.stderr);
}

#[test]
fn an_unknown_name_fails_with_a_message() {
    let name = "ENOSUCHERROR";
    assert!(OsError::from_name(name).is_none());
    let run = lookup(&[name]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains(name), "{}", run.stderr);
}

#[test]
fn bad_arguments_print_usage_and_exit_2() {
    let bad: &[&[&str]] = &[
        &[],
        &["--bogus"],
        &["-x", "104"],
        &["--platform"],
        &["--platform", "plan9", "104"],
        &["--to=plan9", "104"],
        &["104", "105"],
        &["--all", "104"],
        &["--all", "--platform", "linux"],
        &["--to", "windows"],
        &["--to", "windows", "--json", "104"],
        &["--platform", "linux", "--platform", "macos", "104"],
        &["99999999999"],
        &["0x"],
        &["0x1G"],
        &["12abc"],
    ];
    for args in bad {
        let run = lookup(args);
        assert_eq!(run.status, 2, "lookup {args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "lookup {args:?}");
        assert!(
            run.stderr.contains("Usage: lookup"),
            "lookup {args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn help_prints_usage_and_succeeds() {
    for flag in ["--help", "-h"] {
        let stdout = succeeds(&[flag]);
        assert!(stdout.starts_with("Usage: lookup"), "{stdout}");
        for platform in Platform::ALL {
            assert!(stdout.contains(platform.key()), "{platform} in {stdout}");
        }
    }
}

/// Win32 codes are Windows codes like Winsock's: `--platform windows 64` finds
/// ConnectionReset through its second Windows name, ERROR_NETNAME_DELETED.
#[test]
fn a_win32_code_shows_its_row() {
    for (code, row, spelling) in [
        ("64", "ConnectionReset", "ERROR_NETNAME_DELETED = 64"),
        ("2", "NotFound", "ERROR_FILE_NOT_FOUND = 2"),
        (
            "1225",
            "ConnectionRefused",
            "ERROR_CONNECTION_REFUSED = 1225",
        ),
        ("231", "PipeBusy", "ERROR_PIPE_BUSY = 231"),
    ] {
        let stdout = succeeds(&["--platform", "windows", code]);
        assert!(stdout.starts_with(&format!("{row}:")), "{code}: {stdout}");
        assert!(stdout.contains(spelling), "{code}: {stdout}");
        // One row: its header is the only line not indented.
        let rows = stdout.lines().filter(|l| !l.starts_with(' ')).count();
        assert_eq!(rows, 1, "{code}: {stdout}");
    }
    let by_name = succeeds(&["ERROR_NETNAME_DELETED"]);
    assert!(by_name.starts_with("ConnectionReset:"), "{by_name}");
}
