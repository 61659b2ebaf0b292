//! Which row comes first, and why: the form's platform, then the message beside the
//! code, then the host's and the most common numbering. Also the forms and numberings
//! that feed the ranking, and the brief output for whole logs.

mod common;

use common::{json_lines, run, run_with, succeeds};
use errtable::Platform;
use serde_json::Value;

/// The answers `errtable --json LINE` gives.
fn answers(line: &str) -> Vec<Value> {
    json_lines(&run(&["--json", line]).stdout)
}

/// `table:Row` of the first row of the first answer, and the evidence that put it first.
fn first(line: &str) -> (String, Value) {
    let answers = answers(line);
    let answer = answers
        .first()
        .unwrap_or_else(|| panic!("{line}: no answer"));
    let row = &answer["rows"][0]["row"];
    let key = format!(
        "{}:{}",
        row["table"].as_str().unwrap_or("-"),
        row["row"].as_str().unwrap_or("-")
    );
    (key, answer["first_because"]["evidence"].clone())
}

fn first_on(line: &str) -> Vec<Value> {
    answers(line)[0]["rows"][0]["matched"]["on"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn the_form_says_which_numbering_first() {
    // Python's [Errno N] is an errno: not Windows' 111 (ERROR_BUFFER_OVERFLOW).
    let (row, _) = first("ConnectionRefusedError: [Errno 111] Connection refused");
    assert_eq!(row, "os:ConnectionRefused");
    // Node's errno is a negated errno, Linux's: not getaddrinfo's EAI_INTR (-104).
    assert_eq!(first("  errno: -104,").0, "os:ConnectionReset");
    let rows = &answers("  errno: -104,")[0]["rows"];
    let eai = rows
        .as_array()
        .unwrap()
        .iter()
        .position(|hit| hit["row"]["row"] == "Interrupted");
    assert!(eai.is_some_and(|at| at > 0), "{rows:#?}");
    // A kernel's negative errno is Linux's EPROTO, not the BSDs' EREMOTE (71).
    let line = "usb 2-3: device descriptor read/64, error -71";
    assert_eq!(first(line).0, "os:ProtocolError");
    assert!(first_on(line).contains(&Value::from("linux")));
    let rows = &answers(line)[0]["rows"];
    let remote = rows
        .as_array()
        .unwrap()
        .iter()
        .position(|hit| hit["row"]["row"] == "ObjectIsRemote");
    assert!(remote.is_some_and(|at| at > 0), "{rows:#?}");
    // Python's [Errno -2] is getaddrinfo's, before the negated ENOENT.
    let (row, _) = first("socket.gaierror: [Errno -2] Name or service not known");
    assert_eq!(row, "resolve:NoName");
}

#[test]
fn the_message_beside_the_code_picks_among_the_platforms_the_form_allows() {
    // 61 is ENODATA on Linux, ECONNREFUSED on macOS: the text says which.
    let line = "ConnectionRefusedError: [Errno 61] Connection refused";
    assert_eq!(
        first(line),
        ("os:ConnectionRefused".into(), "message".into())
    );
    assert!(first_on(line).contains(&Value::from("macos")));
    assert!(!first_on(line).contains(&Value::from("linux")));
    // Microsoft's text counts as well as glibc's.
    let line = "Error value: 5 Message: Access is denied.";
    assert_eq!(first(line).0, "os:PermissionDenied");
    assert_eq!(first_on(line), vec![Value::from("windows")]);
    // And musl's and the BSDs' texts.
    let line = "connect: errno=60 Operation timed out";
    assert_eq!(first(line), ("os:TimedOut".into(), "message".into()));
}

#[test]
fn a_bare_number_comes_from_the_host_first() {
    let (row, evidence) = first("111");
    match Platform::CURRENT {
        Some(Platform::Linux) => assert_eq!(
            (row.as_str(), &evidence),
            ("os:ConnectionRefused", &"host".into())
        ),
        // ERROR_BUFFER_OVERFLOW: "The file name is too long" (DATA-NOTES §3).
        Some(Platform::Windows) => assert_eq!(row, "os:NameTooLong"),
        _ => {}
    }
    // Without the host among the rows' platforms, the most common numbering comes first.
    let (row, evidence) = first("10054");
    assert_eq!(row, "os:ConnectionReset");
    assert!(evidence.is_null(), "one row: nothing to tell apart");
}

#[test]
fn the_reason_is_said_in_text_and_json() {
    let text = succeeds(&["[Errno 61] Connection refused"]);
    assert!(
        text.contains("first because the message beside the code, \"connection refused\""),
        "{text}"
    );
    let json = &answers("[Errno 61] Connection refused")[0]["first_because"];
    assert_eq!(json["evidence"], "message");
    assert!(json["text"]
        .as_str()
        .unwrap()
        .contains("connection refused"));
}

#[test]
fn forms_of_other_programs() {
    let cases = [
        ("connect() failed (111: Connection refused) while connecting to upstream", "code_and_message", "os:ConnectionRefused"),
        ("[connection] nw_socket_handle_socket_event [C1:1] Socket SO_ERROR [61: Connection refused]", "code_and_message", "os:ConnectionRefused"),
        ("apr_socket_recv: Connection reset by peer (104)", "beside_message", "os:ConnectionReset"),
        ("failed to connect socket. 61 (Connection refused)", "beside_message", "os:ConnectionRefused"),
        ("ConnectionResetError(104, 'Connection reset by peer')", "python_repr", "os:ConnectionReset"),
        ("Error Domain=NSPOSIXErrorDomain Code=54 \"Connection reset by peer\"", "ns_posix", "os:ConnectionReset"),
        ("could not connect to server: Connection refused (0x0000274D/10061)", "libpq", "os:ConnectionRefused"),
        ("System.ComponentModel.Win32Exception (2): The system cannot find the file specified.", "win32_exception", "os:NotFound"),
        ("System.ComponentModel.Win32Exception (0x80004005): The system cannot find the file specified", "win32_exception", "os:NotFound"),
        ("io_uring: cqe res -111 on connect", "io_uring", "os:ConnectionRefused"),
        ("SSL_connect: error:8000006F:system library::Connection refused", "openssl", "os:ConnectionRefused"),
        ("SSL_connect: error:0200206F:system library:connect:Connection refused", "openssl", "os:ConnectionRefused"),
        ("AFD: completion with status 0xC000020D", "ntstatus", "os:ConnectionReset"),
        ("NtAlpcConnectPort error:C000000D", "ntstatus", "os:InvalidParameter"),
        ("getaddrinfo ENOTFOUND db.internal", "name", "resolve:NoName"),
    ];
    for (line, form, row) in cases {
        let answers = answers(line);
        assert_eq!(answers.len(), 1, "{line}: {answers:#?}");
        assert_eq!(answers[0]["form"], form, "{line}");
        assert_eq!(first(line).0, row, "{line}");
    }
}

#[test]
fn other_runtimes_numberings() {
    // libuv on Windows (Node prints it) and libuv's getaddrinfo codes.
    assert_eq!(first("  errno: -4078,").0, "os:ConnectionRefused");
    assert_eq!(first_on("  errno: -4078,"), vec![Value::from("windows")]);
    assert_eq!(
        answers("  errno: -4078,")[0]["rows"][0]["matched"]["how"],
        "libuv"
    );
    assert_eq!(first("errno: -3008, code: 'ENOTFOUND'").0, "resolve:NoName");
    // The C runtime's errno, on a line from Windows: 107 is ECONNREFUSED there.
    let line = r"_open C:\data\app.db: errno=107";
    let rows = &answers(line)[0]["rows"];
    let crt = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|hit| hit["matched"]["how"] == "crt");
    assert_eq!(
        crt.expect("a CRT reading")["row"]["row"],
        "ConnectionRefused",
        "{rows:#?}"
    );
    // An NTSTATUS errtable does not decode is named as one.
    let unknown = run(&["NTSTATUS (0xC0000603)"]);
    assert_eq!(unknown.status, 1);
    assert!(
        unknown.stderr.contains("an NTSTATUS error"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn numbers_that_are_no_errno_stay_unclaimed() {
    for line in [
        "cURL error 7: Failed to connect to example.com port 443: Connection refused",
        "curl: (7) Failed to connect to localhost port 1080: Connection refused",
        "Main process exited, code=exited, status=203/EXEC",
        "Error Domain=GCDAsyncSocketErrorDomain Code=3 \"Attempt to connect to host timed out\"",
        "GET /api HTTP/1.1 200 883984 bytes in 72ms",
    ] {
        let run = run(&["--json", line]);
        assert_eq!(run.stdout, "", "{line}");
        assert_eq!(run.status, 1, "{line}");
    }
}

#[test]
fn brief_output_is_a_line_per_code() {
    let log = b"10:00:01 start\n10:00:02 read: Connection reset by peer (os error 104)\n\
        10:00:03 [Errno 61] Connection refused and errno=0x8007274D\n10:00:04 status 0xC0000603\n";
    let run = run_with(&["--brief", "-"], Some(log));
    assert_eq!(run.status, 1, "{}", run.stderr);
    let lines: Vec<Vec<&str>> = run
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(
        lines[0],
        [
            "2",
            "os error 104",
            "linux",
            "OsError::ConnectionReset",
            "Connection reset by peer"
        ]
    );
    assert_eq!(
        lines[1],
        [
            "3",
            "[Errno 61]",
            "macos",
            "OsError::ConnectionRefused",
            "Connection refused"
        ]
    );
    assert_eq!(
        lines[2][..4],
        [
            "3",
            "errno=0x8007274D",
            "windows",
            "OsError::ConnectionRefused"
        ]
    );
    assert_eq!(lines[3][..4], ["4", "status 0xC0000603", "-", "-"]);
    assert!(lines[3][4].contains("NTSTATUS"), "{:?}", lines[3]);
    assert_eq!(lines.len(), 4);
    assert!(
        run.stderr.contains("1 codes found are in no row"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_dash_reads_standard_input_and_brief_takes_no_json() {
    let run = run_with(&["-"], Some(b"os error 104\n"));
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("OsError::ConnectionReset"),
        "{}",
        run.stdout
    );
    let both = common::run(&["--brief", "--json", "104"]);
    assert_eq!(both.status, 2);
    assert!(both.stderr.contains("pick one"), "{}", both.stderr);
}

// ---- Classes the independently collected set (corpus/independent.tsv) found missing ----

/// APR (Apache httpd) writes the errno in brackets right before its text.
#[test]
fn apr_writes_the_code_before_its_message() {
    let cases = [
        ("(13)Permission denied: AH00091: httpd: could not open error log file /var/log/httpd/error_log.", "os:PermissionDenied", "linux"),
        ("[proxy:error] [pid 4301] (104)Connection reset by peer: AH01102: error reading status line from remote server", "os:ConnectionReset", "linux"),
        ("(61)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (localhost) failed", "os:ConnectionRefused", "macos"),
    ];
    for (line, row, platform) in cases {
        assert_eq!(answers(line)[0]["form"], "beside_message", "{line}");
        assert_eq!(first(line).0, row, "{line}");
        assert!(first_on(line).contains(&Value::from(platform)), "{line}");
    }
    // A bracketed number before a text that is no message of it stays text.
    let run = run(&["--json", "(2)Entries in the cache: 12"]);
    assert_eq!(run.stdout, "");
}

/// MySQL's and MariaDB's clients end their errors with the errno after the quoted socket
/// or host, with its text in newer ones.
#[test]
fn mysql_clients_give_the_errno_after_the_socket_or_host() {
    let cases = [
        ("ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/tmp/mysql.sock' (2)", "os:NotFound"),
        ("ERROR 2002 (HY000): Can't connect to local server through socket '/run/mysqld/mysqld.sock' (13)", "os:PermissionDenied"),
        ("ERROR 2003 (HY000): Can't connect to MySQL server on 'db.internal:3306' (110 \"Connection timed out\")", "os:TimedOut"),
        ("ERROR 2003 (HY000): Can't connect to MySQL server on 'localhost' (10061)", "os:ConnectionRefused"),
        ("ERROR 2005 (HY000): Unknown MySQL server host 'db' (11001)", "os:HostNotFound"),
    ];
    for (line, row) in cases {
        let answers = answers(line);
        let mysql = answers.iter().find(|answer| answer["form"] == "mysql");
        let mysql = mysql.unwrap_or_else(|| panic!("{line}: {answers:#?}"));
        assert_eq!(
            mysql["rows"][0]["row"]["row"],
            row.trim_start_matches("os:"),
            "{line}"
        );
        // MySQL's own error number (`ERROR 2002`) is in no row: no other answer has one.
        let others = answers.iter().filter(|answer| answer["form"] != "mysql");
        assert!(
            others.clone().all(|a| a["rows"] == Value::Array(vec![])),
            "{line}"
        );
    }
    // A quoted name and a bracketed number, without MySQL's words, are no code.
    for line in ["rm: cannot remove 'build' (2)", "opened file 'a.txt' (3)"] {
        assert_eq!(run(&["--json", line]).stdout, "", "{line}");
    }
}

/// The kernel logs a request's status as a negated errno.
#[test]
fn a_negative_status_is_a_linux_errno() {
    let line = "usb 3-2: urb status -32 on ep 0x81";
    assert_eq!(answers(line)[0]["form"], "error");
    assert_eq!(first(line).0, "os:BrokenPipe");
    assert!(first_on(line).contains(&Value::from("linux")));
    assert_eq!(first("snd_usb_audio: status=-110").0, "os:TimedOut");
    // `-1` is any failure, and a positive status an exit status.
    for line in [
        "child exited with status -1",
        "Main PID: 812 (code=exited, status=1/FAILURE)",
    ] {
        assert_eq!(run(&["--json", line]).stdout, "", "{line}");
    }
}

/// An HRESULT made from an NTSTATUS (`HRESULT_FROM_NT`) holds the NTSTATUS.
#[test]
fn an_hresult_from_nt_is_read_as_its_ntstatus() {
    let line = "Error { code: HRESULT(0xD000020D), message: \"...\" }";
    assert_eq!(first(line).0, "os:ConnectionReset");
    assert_eq!(answers(line)[0]["rows"][0]["matched"]["how"], "ntstatus");
}

/// Markdown's emphasis pasted with a line does not hide the code it closes on.
#[test]
fn markdown_emphasis_around_a_code() {
    assert_eq!(first("_read failed: os error 104_").0, "os:ConnectionReset");
    assert_eq!(first("_SSL_read: errno=111_").0, "os:ConnectionRefused");
    // A number that goes on after `_` with a word is still no code.
    assert_eq!(run(&["--json", "errno=111_count"]).stdout, "");
}

/// Codes other programs print in the shapes of errno forms: curl's connection filters'
/// `err=` is a CURLcode; an OpenSSL packed code of a library other than the system's
/// holds no errno.
#[test]
fn other_programs_codes_in_errno_shapes_stay_unclaimed() {
    for line in [
        "* [SSL] cf_recv(len=16384) -> -1, err=81",
        "* [HTTP/2] [1] send -> -1, err=81",
        "SSL_connect: error:0A000126:SSL routines::unexpected eof while reading",
        "error:00000005:lib(0):func(0):DH lib",
        "error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
        // Text in other scripts right after the word is read, not cut, by these checks.
        "error€:0000000€5: err€=81",
    ] {
        let run = run(&["--json", line]);
        assert_eq!(run.stdout, "", "{line}");
    }
    // The system library's packed code still holds its errno.
    assert_eq!(
        first("error:80000068:system library::Connection reset by peer").0,
        "os:ConnectionReset"
    );
}

/// A whole log keeps what it looked up and ranked for a code; a later line with the same
/// code is still answered by its own evidence (the Windows hint, the text beside the
/// code, the C runtime's reading): each line of a log reads as it does alone.
#[test]
fn a_line_of_a_log_is_answered_as_it_is_alone() {
    let lines = [
        "read: error 2",
        r"CreateFile C:\data failed, error 2",
        "read: error 2 No such file or directory",
        "error 2 The system cannot find the file specified",
        "[Errno 111] Connection refused",
        "[Errno 111] connect failed",
        "connect() failed (111: Connection refused)",
        "Error: read ECONNRESET errno: -104",
        "code: 'ECONNRESET'",
        "Win32Exception (0x80004005): Access is denied",
        "Win32Exception (0x80004005): The network path was not found",
        "usb 1-1: device descriptor read/64, error -71",
        "WSAGetLastError() = error 10054",
    ];
    let alone: Vec<String> = lines
        .iter()
        .map(|line| run(&["--json", line]).stdout)
        .collect();
    // Each line twice, in both orders, so that every line comes after another with its
    // code.
    let order: Vec<usize> = (0..lines.len()).chain((0..lines.len()).rev()).collect();
    let log: String = order.iter().map(|&n| format!("{}\n", lines[n])).collect();
    let expected: String = order.iter().map(|&n| alone[n].as_str()).collect();
    assert!(alone.iter().all(|answer| !answer.is_empty()), "{alone:?}");
    assert_eq!(
        run_with(&["--json", "-"], Some(log.as_bytes())).stdout,
        expected
    );
}
