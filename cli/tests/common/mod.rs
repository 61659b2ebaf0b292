//! Runs the built `errtable` as a user would, and tells from the library what it should say.

#![allow(dead_code)] // each test file uses part of this

use std::io::Write as _;
use std::process::{Command, Stdio};

use errtable::{OsError, Platform, ResolveError};
use serde_json::{json, Value};

/// What one run printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `errtable ARGS` with `stdin` as its standard input (empty when `None`).
pub fn run_with(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errtable"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("errtable starts");
    let mut pipe = child.stdin.take().expect("a stdin pipe");
    pipe.write_all(stdin.unwrap_or_default())
        .expect("stdin takes the input");
    drop(pipe);
    let output = child.wait_with_output().expect("errtable ends");
    Run {
        status: output.status.code().expect("errtable exits with a status"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

pub fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

/// The standard output of a run that must succeed quietly.
pub fn succeeds(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(
        (run.status, run.stderr.as_str()),
        (0, ""),
        "errtable {args:?}"
    );
    run.stdout
}

/// Each line of a `--json` run, parsed.
pub fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// The platforms a code read `how` may belong to.
pub fn platforms_for(how: &str, only: Option<Platform>) -> Vec<Platform> {
    Platform::ALL
        .iter()
        .copied()
        .filter(|&p| only.is_none_or(|only| only == p))
        .filter(|&p| match how {
            "negated" => p != Platform::Windows,
            "hresult" => p == Platform::Windows,
            _ => true,
        })
        .collect()
}

/// A row of either canonical table, as the tests compare it with the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnyRow {
    Os(OsError),
    Resolve(ResolveError),
}

/// Calls the same generated method on either table's row.
macro_rules! either {
    ($row:expr, $r:ident => $body:expr) => {
        match $row {
            AnyRow::Os($r) => $body,
            AnyRow::Resolve($r) => $body,
        }
    };
}

impl AnyRow {
    /// The JSON key of the row's table.
    pub fn table(self) -> &'static str {
        match self {
            AnyRow::Os(_) => "os",
            AnyRow::Resolve(_) => "resolve",
        }
    }

    /// `OsError::ConnectionReset`.
    pub fn path(self) -> String {
        let type_name = match self {
            AnyRow::Os(_) => "OsError",
            AnyRow::Resolve(_) => "ResolveError",
        };
        format!("{type_name}::{}", self.name())
    }

    pub fn name(self) -> &'static str {
        either!(self, r => r.name())
    }

    pub fn message(self) -> &'static str {
        either!(self, r => r.message())
    }

    pub fn description(self) -> Option<&'static str> {
        either!(self, r => r.description())
    }

    pub fn kind(self) -> std::io::ErrorKind {
        either!(self, r => r.kind())
    }

    pub fn persistence(self) -> errtable::Persistence {
        either!(self, r => r.persistence())
    }

    pub fn names(self, platform: Platform) -> &'static [(&'static str, i32)] {
        either!(self, r => r.names(platform))
    }

    pub fn code(self, platform: Platform) -> Option<i32> {
        either!(self, r => r.code(platform))
    }

    pub fn symbol(self, platform: Platform) -> Option<&'static str> {
        either!(self, r => r.symbol(platform))
    }

    /// Whether `code` decodes to this row on `platform`, by the library.
    pub fn decodes(self, platform: Platform, code: i32) -> bool {
        match self {
            AnyRow::Os(row) => OsError::from_code(platform, code) == Some(row),
            AnyRow::Resolve(row) => ResolveError::from_code(platform, code) == Some(row),
        }
    }
}

/// Every row of both tables, in the order the command lists them.
pub fn all_rows() -> Vec<AnyRow> {
    let os = OsError::ALL.iter().map(|&row| AnyRow::Os(row));
    os.chain(ResolveError::ALL.iter().map(|&row| AnyRow::Resolve(row)))
        .collect()
}

/// The rows `code` decodes to on `platforms`, in table order, each with where it does.
pub fn rows_for_code(code: i32, platforms: &[Platform]) -> Vec<(AnyRow, Vec<Platform>)> {
    all_rows()
        .into_iter()
        .map(|row| {
            let on = platforms
                .iter()
                .copied()
                .filter(|&p| row.decodes(p, code))
                .collect::<Vec<_>>();
            (row, on)
        })
        .filter(|(_, on)| !on.is_empty())
        .collect()
}

/// What the JSON must say of a row: every name with its number on every platform.
pub fn row_json(row: impl Into<AnyRow>) -> Value {
    let row = row.into();
    let codes: serde_json::Map<String, Value> = Platform::ALL
        .iter()
        .copied()
        .map(|p| {
            let names = row
                .names(p)
                .iter()
                .map(|&(name, code)| serde_json::json!({ "name": name, "code": code }))
                .collect();
            (p.key().to_owned(), Value::Array(names))
        })
        .collect();
    serde_json::json!({
        "table": row.table(),
        "row": row.name(),
        "message": row.message(),
        "description": row.description(),
        "kind": format!("{:?}", row.kind()),
        "persistence": row.persistence().key(),
        "codes": codes,
    })
}

impl From<OsError> for AnyRow {
    fn from(row: OsError) -> Self {
        AnyRow::Os(row)
    }
}

impl From<ResolveError> for AnyRow {
    fn from(row: ResolveError) -> Self {
        AnyRow::Resolve(row)
    }
}

pub fn keys(platforms: &[Platform]) -> Vec<&'static str> {
    platforms.iter().map(|p| p.key()).collect()
}

// ---- What `--json` must answer, from the library ----

/// What a found code must be read as.
pub enum Expect {
    Code(i32, &'static str),
    /// `-N`: read as written (for tables with negative codes) and as a negated errno.
    Negative(i32),
    Name(&'static str),
}

/// The codes a found number must be looked up as, in order.
fn readings(expect: &Expect) -> Vec<(i32, &'static str)> {
    match *expect {
        Expect::Code(code, how) => vec![(code, how)],
        Expect::Negative(magnitude) => vec![(-magnitude, "as_written"), (magnitude, "negated")],
        Expect::Name(_) => Vec::new(),
    }
}

/// The answer the JSON must give for `text` found in `form`.
pub fn expected_answer(text: &str, form: &str, expect: &Expect, only: Option<Platform>) -> Value {
    if let Expect::Name(name) = *expect {
        let rows = name_rows(name, only);
        return json!({"input": text, "form": form, "message": null, "readings": [], "rows": rows});
    }
    let readings = readings(expect);
    let rows: Vec<Value> = readings
        .iter()
        .flat_map(|&(code, how)| {
            rows_for_code(code, &platforms_for(how, only))
                .into_iter()
                .map(move |(row, on)| {
                    let on = keys(&on);
                    let matched = json!({"by": "code", "code": code, "how": how, "on": on});
                    json!({"matched": matched, "row": row_json(row)})
                })
        })
        .collect();
    let readings: Vec<Value> = readings
        .iter()
        .map(|&(code, how)| json!({"code": code, "how": how}))
        .collect();
    json!({"input": text, "form": form, "message": null, "readings": readings, "rows": rows})
}

fn name_rows(name: &str, only: Option<Platform>) -> Vec<Value> {
    let platforms = platforms_for("as_written", only);
    all_rows()
        .into_iter()
        .filter_map(|row| {
            let on: Vec<Platform> = platforms
                .iter()
                .copied()
                .filter(|&p| {
                    row.names(p)
                        .iter()
                        .any(|(n, _)| n.eq_ignore_ascii_case(name))
                })
                .collect();
            let matched = if !on.is_empty() {
                json!({"by": "name", "on": keys(&on)})
            } else if row.name().eq_ignore_ascii_case(name) || row.path().eq_ignore_ascii_case(name)
            {
                json!({"by": "row_name"})
            } else {
                return None;
            };
            Some(json!({"matched": matched, "row": row_json(row)}))
        })
        .collect()
}

/// An answer with its rows in a fixed order and without the ranking's reason: what
/// rows a code stands for, apart from which comes first (`tests/rank.rs` checks that).
pub fn unranked(answer: &Value) -> Value {
    let mut answer = answer.clone();
    if let Some(object) = answer.as_object_mut() {
        object.remove("first_because");
    }
    if let Some(rows) = answer["rows"].as_array_mut() {
        rows.sort_by_key(|hit| hit.to_string());
    }
    answer
}

/// Each answer of `answers` is the one `want` says, whatever the order of its rows.
pub fn assert_unranked(answers: &[Value], want: &[Value]) {
    let answers: Vec<Value> = answers.iter().map(unranked).collect();
    let want: Vec<Value> = want.iter().map(unranked).collect();
    assert_eq!(answers, want);
}

/// Runs `errtable --json LINE` and checks each answer, in order, whatever the order of
/// its rows.
pub fn check(line: &str, expected: &[(&str, &str, Expect)]) {
    let answers = json_lines(&succeeds(&["--json", line]));
    assert_eq!(answers.len(), expected.len(), "{line}: {answers:#?}");
    for (answer, (text, form, expect)) in answers.iter().zip(expected) {
        let want = expected_answer(text, form, expect, None);
        assert_eq!(unranked(answer), unranked(&want), "{line}");
        assert!(
            !want["rows"].as_array().unwrap().is_empty(),
            "{text} finds a row"
        );
    }
}
