//! Runs the built `errtable` as a user would, and tells from the library what it should say.

#![allow(dead_code)] // each test file uses part of this

use std::io::Write as _;
use std::process::{Command, Stdio};

use errtable::{OsError, Platform};
use serde_json::Value;

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
        .into_iter()
        .filter(|&p| only.is_none_or(|only| only == p))
        .filter(|&p| match how {
            "negated" => p != Platform::Windows,
            "hresult" => p == Platform::Windows,
            _ => true,
        })
        .collect()
}

/// The rows `code` decodes to on `platforms`, in table order, each with where it does.
pub fn rows_for_code(code: i32, platforms: &[Platform]) -> Vec<(OsError, Vec<Platform>)> {
    OsError::ALL
        .iter()
        .map(|&row| {
            let on = platforms
                .iter()
                .copied()
                .filter(|&p| OsError::from_code(p, code) == Some(row))
                .collect::<Vec<_>>();
            (row, on)
        })
        .filter(|(_, on)| !on.is_empty())
        .collect()
}

/// What the JSON must say of a row: every name with its number on every platform.
pub fn row_json(row: OsError) -> Value {
    let codes: serde_json::Map<String, Value> = Platform::ALL
        .into_iter()
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
        "table": "os",
        "row": row.name(),
        "message": row.message(),
        "description": row.description(),
        "kind": format!("{:?}", row.kind()),
        "codes": codes,
    })
}

pub fn keys(platforms: &[Platform]) -> Vec<&'static str> {
    platforms.iter().map(|p| p.key()).collect()
}
