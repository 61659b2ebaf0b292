//! Every form people paste, found and read right: checked through `--json` against the
//! library's own answers.

mod common;

use common::{
    check, expected_answer, json_lines, platforms_for, rows_for_code, run, run_with, succeeds,
    unranked, Expect,
};
use errtable::{OsError, Platform};
use serde_json::{json, Value};

use Expect::{Code, Name, Negative};

#[test]
fn a_number_alone() {
    check("104", &[("104", "number", Code(104, "as_written"))]);
    check("10054", &[("10054", "number", Code(10054, "as_written"))]);
    check("0x2746", &[("0x2746", "number", Code(10054, "as_written"))]);
    check("0X2746", &[("0X2746", "number", Code(10054, "as_written"))]);
}

#[test]
fn a_negated_errno() {
    check("-104", &[("-104", "number", Negative(104))]);
}

#[test]
fn hresults_from_win32_hold_a_windows_code() {
    let hresult = 0x8007_2746_u32 as i32;
    let decimal = hresult.to_string();
    check(
        "0x80072746",
        &[("0x80072746", "number", Code(10054, "hresult"))],
    );
    check(
        &decimal,
        &[(decimal.as_str(), "number", Code(10054, "hresult"))],
    );
    check(
        "COM call failed, hr = 0x80072746.",
        &[("hr = 0x80072746", "hresult", Code(10054, "hresult"))],
    );
    check(
        "COM call failed (0x80072746).",
        &[("0x80072746", "hresult", Code(10054, "hresult"))],
    );
}

#[test]
fn names_in_any_case() {
    check("ECONNRESET", &[("ECONNRESET", "name", Name("ECONNRESET"))]);
    check(
        "wsaeconnreset",
        &[("wsaeconnreset", "name", Name("wsaeconnreset"))],
    );
    check(
        "EWOULDBLOCK",
        &[("EWOULDBLOCK", "name", Name("EWOULDBLOCK"))],
    );
    check(
        "connectionreset",
        &[("connectionreset", "row_name", Name("connectionreset"))],
    );
}

/// The first symbol of the table with each prefix people paste, in lower case inside a
/// line of text: `ERROR_…` rows are Win32 names once the table has them.
#[test]
fn names_of_every_family_inside_text() {
    let names: Vec<&str> = OsError::ALL
        .iter()
        .flat_map(|row| Platform::ALL.iter().copied().flat_map(|p| row.names(p)))
        .map(|(name, _)| *name)
        .collect();
    let mut checked = 0;
    for prefix in ["E", "WSAE", "WSA_", "ERROR_"] {
        let Some(name) = names.iter().find(|n| n.starts_with(prefix)) else {
            continue;
        };
        let lower = name.to_ascii_lowercase();
        let line = format!("2026-11-30 21:00:01 recv: {lower} (peer 10.0.0.7:443)");
        check(&line, &[(lower.as_str(), "name", Name(name))]);
        checked += 1;
    }
    assert!(checked >= 3, "E, WSAE and WSA_ names exist");
}

#[test]
fn rust_io_error_display_and_debug() {
    check(
        "Error: Connection reset by peer (os error 104)",
        &[("os error 104", "os_error", Code(104, "as_written"))],
    );
    check(
        r#"called `Result::unwrap()` on an `Err` value: Os { code: 10054, kind: ConnectionReset, message: "An existing connection was forcibly closed by the remote host." }"#,
        &[("Os { code: 10054", "rust_debug", Code(10054, "as_written"))],
    );
}

#[test]
fn python_errors() {
    check(
        "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed",
        &[("[WinError 10054]", "win_error", Code(10054, "as_written"))],
    );
    check(
        "ConnectionRefusedError: [Errno 111] Connection refused",
        &[("[Errno 111]", "python_errno", Code(111, "as_written"))],
    );
}

#[test]
fn win_error_is_a_windows_code_only() {
    // 104 is ECONNRESET on Linux, but WinError numbers are Windows codes: no row there.
    let run = run(&["--json", "[WinError 104]"]);
    let answers = json_lines(&run.stdout);
    let expected = rows_for_code(104, &[Platform::Windows]);
    assert_eq!(answers[0]["rows"].as_array().unwrap().len(), expected.len());
    assert_eq!(run.status, if expected.is_empty() { 1 } else { 0 });
}

#[test]
fn dotnet_socket_exception() {
    check(
        "System.Net.Sockets.SocketException (10061): No connection could be made",
        &[(
            "SocketException (10061)",
            "socket_exception",
            Code(10061, "as_written"),
        )],
    );
}

#[test]
fn errno_and_error_labels() {
    check(
        "connect failed errno=111",
        &[("errno=111", "errno", Code(111, "as_written"))],
    );
    check(
        "errno 111",
        &[("errno 111", "errno", Code(111, "as_written"))],
    );
    check(
        "{ errno: -111, code: 'ECONNREFUSED' }",
        &[
            ("errno: -111", "errno", Negative(111)),
            ("ECONNREFUSED", "name", Name("ECONNREFUSED")),
        ],
    );
    check(
        "send: Winsock error 10054",
        &[("error 10054", "error", Code(10054, "as_written"))],
    );
    check(
        "failed with error code 10060",
        &[("error code 10060", "error", Code(10060, "as_written"))],
    );
    check(
        "usb 1-1: device descriptor read/64, err=-71 (probe failed)",
        &[("err=-71", "error", Negative(71))],
    );
    check(
        "nfs: server not responding, error -110",
        &[("error -110", "error", Negative(110))],
    );
}

#[test]
fn text_in_any_script_around_a_code() {
    check(
        "ошибка: [Errno 111] В соединении отказано ✓ 日本語",
        &[("[Errno 111]", "python_errno", Code(111, "as_written"))],
    );
}

#[test]
fn several_codes_on_one_line_in_order() {
    check(
        "retry after [Errno 104]; then os error 110, then ETIMEDOUT",
        &[
            ("[Errno 104]", "python_errno", Code(104, "as_written")),
            ("os error 110", "os_error", Code(110, "as_written")),
            ("ETIMEDOUT", "name", Name("ETIMEDOUT")),
        ],
    );
    check(
        "104 ECONNRESET 0x2746",
        &[
            ("104", "number", Code(104, "as_written")),
            ("ECONNRESET", "name", Name("ECONNRESET")),
            ("0x2746", "number", Code(10054, "as_written")),
        ],
    );
}

#[test]
fn platform_narrows_the_reading() {
    let answers = json_lines(&succeeds(&["--json", "--platform", "linux", "104"]));
    let want = expected_answer(
        "104",
        "number",
        &Code(104, "as_written"),
        Some(Platform::Linux),
    );
    assert_eq!(answers.len(), 1);
    assert_eq!(unranked(&answers[0]), unranked(&want));
}

#[test]
fn platform_aliases_are_the_runtimes() {
    let code = OsError::ConnectionReset
        .code(Platform::LinuxMips)
        .unwrap()
        .to_string();
    let canonical = succeeds(&["--platform", "linux_mips", &code]);
    for spelling in [
        "mips",
        "LinuxMips",
        "linux-mips",
        "LINUX_MIPS",
        "linux-mips64",
    ] {
        assert_eq!(succeeds(&["-p", spelling, &code]), canonical, "{spelling}");
        assert_eq!(
            succeeds(&[&format!("--platform={spelling}"), &code]),
            canonical
        );
    }
    assert_eq!(
        succeeds(&["-p", "darwin", "54"]),
        succeeds(&["-p", "macos", "54"])
    );
}

// ---- Text that holds no code, or numbers that are not codes ----

/// Lines in which nothing may be recognised: exit 1, nothing on stdout, a reason.
#[test]
fn numbers_without_context_are_not_codes() {
    let lines = [
        "connect to 127.0.0.1:8080 failed",
        "GET /api/v1/items 404 12ms",
        "2026-11-30 21:00:01 -0500 worker 7 started",
        "listening on [::1]:10054",
        "error 127.0.0.1",
        "error at 10:54",
        "timeout=30s retries 3",
        "0x",
        "0xZZ",
        "12abc",
        "x-104",
        "héllo wörld ✓ 日本語",
        "ENOSUCHERROR",
        "myerrno=104",
        "WinError 10054",
    ];
    for line in lines {
        let run = run(&[line]);
        assert_eq!(run.status, 1, "{line}: {run:?}");
        assert_eq!(run.stdout, "", "{line}");
        assert!(
            run.stderr.starts_with("errtable: "),
            "{line}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("Usage"), "{line}: {}", run.stderr);
    }
}

/// A line in a log around a code: the timestamp, address and port stay text.
#[test]
fn a_log_line_gives_only_its_code() {
    check(
        "2026-11-30T21:00:01.123Z WARN 10.1.2.3:51234 -> 127.0.0.1:8080 read: Connection reset by peer (os error 104) after 3 retries",
        &[("os error 104", "os_error", Code(104, "as_written"))],
    );
}

#[test]
fn codes_out_of_the_32_bit_range_are_in_no_row() {
    for big in [
        "99999999999",
        "-99999999999",
        "0x100000000",
        "2147483648",
        "-2147483649",
        "999999999999999999999999999999999999999999999",
    ] {
        let run = run(&["--json", big]);
        assert_eq!(run.status, 1, "{big}");
        let answers = json_lines(&run.stdout);
        assert_eq!(
            answers,
            vec![json!({
                "input": big, "form": "number", "message": null, "readings": [], "rows": [],
                "first_because": null
            })]
        );
        assert!(
            run.stderr.contains("out of the range"),
            "{big}: {}",
            run.stderr
        );
    }
}

#[test]
fn minus_zero_is_a_negated_zero() {
    let run = run(&["--json", "-0"]);
    let answers = json_lines(&run.stdout);
    assert_eq!(
        answers[0]["readings"],
        json!([{"code": 0, "how": "negated"}])
    );
    let expected = rows_for_code(0, &platforms_for("negated", None));
    assert_eq!(run.status, if expected.is_empty() { 1 } else { 0 });
}

#[test]
fn a_code_in_no_row_still_prints_the_others() {
    let run = run(&["104", "4242"]);
    assert_eq!(run.status, 1);
    assert!(run.stdout.contains("ConnectionReset"), "{}", run.stdout);
    assert!(run.stderr.contains("4242"), "{}", run.stderr);
}

// ---- Standard input ----

#[test]
fn standard_input_is_read_line_by_line() {
    let log = b"2026-11-30 21:00:01 start on 0.0.0.0:8080\r\n\
        2026-11-30 21:00:02 accept: [Errno 104] Connection reset by peer\r\n\
        \r\n\
        2026-11-30 21:00:03 \xff\xfe broken bytes, then errno=111\n\
        last line without newline: os error 110";
    let run = run_with(&["--json"], Some(log));
    assert_eq!((run.status, run.stderr.as_str()), (0, ""));
    let answers = json_lines(&run.stdout);
    let expected = [
        ("[Errno 104]", "python_errno", Code(104, "as_written")),
        ("errno=111", "errno", Code(111, "as_written")),
        ("os error 110", "os_error", Code(110, "as_written")),
    ];
    assert_eq!(answers.len(), expected.len(), "{answers:#?}");
    for (answer, (text, form, expect)) in answers.iter().zip(&expected) {
        assert_eq!(
            unranked(answer),
            unranked(&expected_answer(text, form, expect, None))
        );
    }
}

#[test]
fn standard_input_after_a_double_dash_and_codes_alone() {
    let stdin = b"104\n-104\n";
    let run = run_with(&["--json", "--"], Some(stdin));
    assert_eq!(run.status, 0, "{}", run.stderr);
    let readings: Vec<Value> = json_lines(&run.stdout)
        .into_iter()
        .map(|answer| answer["readings"].clone())
        .collect();
    let expected = [
        json!([{"code": 104, "how": "as_written"}]),
        json!([{"code": -104, "how": "as_written"}, {"code": 104, "how": "negated"}]),
    ];
    assert_eq!(readings, expected);
}

#[test]
fn empty_standard_input_finds_nothing() {
    for stdin in [&b""[..], b"\n", b"  \r\n\t\n"] {
        let run = run_with(&[], Some(stdin));
        assert_eq!(run.status, 1, "{stdin:?}");
        assert_eq!(run.stdout, "");
        assert!(
            run.stderr.contains("standard input is empty"),
            "{}",
            run.stderr
        );
    }
    let run = run_with(&[], Some(b"no codes here, port 8080\n"));
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("found no error code in standard input"),
        "{}",
        run.stderr
    );
}

// ---- --to ----

#[test]
fn to_prints_the_code_on_a_platform() {
    let code = OsError::translate(104, Platform::Linux, Platform::Windows).unwrap();
    assert_eq!(
        succeeds(&["--to", "windows", "-p", "linux", "104"]),
        format!("{code}\n")
    );
    assert_eq!(
        succeeds(&["--to", "win32", "ECONNRESET"]),
        format!("{code}\n")
    );
    assert_eq!(succeeds(&["--to", "linux", "[WinError 10054]"]), "104\n");
}

#[test]
fn to_an_ambiguous_code_asks_for_a_platform() {
    let run = run(&["--to", "windows", "104"]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("--platform"), "{}", run.stderr);
}

// ---- The command line ----

#[test]
fn bad_command_lines_exit_2_with_usage() {
    let bad: &[&[&str]] = &[
        &[""],
        &["  "],
        &["--bogus"],
        &["-x", "104"],
        &["--platform"],
        &["--platform", "plan9", "104"],
        &["--platform", "bsd", "104"],
        &["--to=plan9", "104"],
        &["--all", "104"],
        &["--all", "--platform", "linux"],
        &["--to", "windows", "--json", "104"],
        &["-p", "linux", "-p", "macos", "104"],
        &["--json=yes", "104"],
    ];
    for args in bad {
        let run = run(args);
        assert_eq!(run.status, 2, "errtable {args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "errtable {args:?}");
        assert!(
            run.stderr.contains("Usage: errtable"),
            "errtable {args:?}: {}",
            run.stderr
        );
    }
    let unknown = run(&["-p", "plan9", "104"]).stderr;
    assert!(
        unknown.contains("darwin") && unknown.contains("linux_mips"),
        "{unknown}"
    );
}

#[test]
fn help_and_version() {
    for flag in ["--help", "-h"] {
        let stdout = succeeds(&[flag]);
        assert!(stdout.starts_with("Usage: errtable"), "{stdout}");
        for &platform in Platform::ALL {
            assert!(stdout.contains(platform.key()), "{platform} in {stdout}");
            for alias in platform.aliases() {
                assert!(stdout.contains(alias), "{alias} in {stdout}");
            }
        }
        assert!(stdout.lines().all(|l| l.chars().count() <= 80), "{stdout}");
    }
    assert_eq!(
        succeeds(&["-V"]),
        format!("errtable {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// `tail -f app.log | errtable`: each line is answered before the input ends.
#[test]
fn standard_input_is_answered_as_it_comes() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::Duration;

    let mut child = Command::new(env!("CARGO_BIN_EXE_errtable"))
        .arg("--json")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("errtable starts");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, answers) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = lines.send(line.expect("UTF-8 output"));
        }
    });
    stdin.write_all(b"first: os error 104\n").unwrap();
    stdin.flush().unwrap();
    let first = answers
        .recv_timeout(Duration::from_secs(60))
        .expect("the first line is answered while standard input is still open");
    assert!(first.contains("\"os error 104\""), "{first}");
    stdin.write_all(b"second: errno=111\n").unwrap();
    drop(stdin);
    let second = answers.recv_timeout(Duration::from_secs(60)).unwrap();
    assert!(second.contains("\"errno=111\""), "{second}");
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}
