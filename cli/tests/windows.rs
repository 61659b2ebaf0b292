//! Windows as its logs print it: Win32 codes beside Winsock's, HRESULTs of every
//! facility, and `GetLastError()`.

mod common;

use common::{check, json_lines, row_json, rows_for_code, run, succeeds, Expect};
use errtable::{OsError, Platform};
use serde_json::json;

use Expect::{Code, Name};

/// Issue 9's test of the lookup example, ported: a Win32 code on Windows is one row,
/// shown with the Win32 name that has that number.
#[test]
fn a_win32_code_shows_its_row() {
    let enoent = OsError::from_name("ENOENT").expect("ENOENT is a name");
    for (code, row, spelling) in [
        (64, OsError::ConnectionReset, "ERROR_NETNAME_DELETED = 64"),
        (2, enoent, "ERROR_FILE_NOT_FOUND = 2"),
        (
            1225,
            OsError::ConnectionRefused,
            "ERROR_CONNECTION_REFUSED = 1225",
        ),
        (231, OsError::PipeBusy, "ERROR_PIPE_BUSY = 231"),
    ] {
        let arg = code.to_string();
        let stdout = succeeds(&["--platform", "windows", &arg]);
        let rows: Vec<&str> = stdout
            .lines()
            .filter(|l| l.starts_with("OsError::") || l.starts_with("ResolveError::"))
            .collect();
        assert_eq!(
            rows,
            vec![format!("OsError::{}: {}", row.name(), row.message())],
            "{code}: {stdout}"
        );
        assert!(stdout.contains(spelling), "{code}: {stdout}");

        let answers = json_lines(&succeeds(&["--json", "--platform", "windows", &arg]));
        let matched = json!({"by": "code", "code": code, "how": "as_written", "on": ["windows"]});
        assert_eq!(
            answers[0]["rows"],
            json!([{"matched": matched, "row": row_json(row)}]),
            "{code}"
        );
    }
}

#[test]
fn a_win32_name_finds_its_row() {
    let stdout = succeeds(&["ERROR_NETNAME_DELETED"]);
    assert!(
        stdout.contains("\nOsError::ConnectionReset: Connection reset by peer\n"),
        "{stdout}"
    );
    check(
        "overlapped recv failed: error_netname_deleted",
        &[(
            "error_netname_deleted",
            "name",
            Name("error_netname_deleted"),
        )],
    );
}

#[test]
fn an_hresult_from_win32_holds_its_code() {
    let answers = json_lines(&succeeds(&["--json", "0x80070005"]));
    assert_eq!(
        answers[0]["readings"],
        json!([{"code": 5, "how": "hresult"}])
    );
    let matched = json!({"by": "code", "code": 5, "how": "hresult", "on": ["windows"]});
    assert_eq!(
        answers[0]["rows"],
        json!([{"matched": matched, "row": row_json(OsError::PermissionDenied)}])
    );
    let text = succeeds(&["0x80070005"]);
    assert!(text.contains("5 on windows, inside the HRESULT"), "{text}");
    check(
        "CoCreateInstance failed: hr=0x80070005",
        &[("hr=0x80070005", "hresult", Code(5, "hresult"))],
    );
    check(
        "write failed, 0x80070070 (disk full)",
        &[("0x80070070", "hresult", Code(0x70, "hresult"))],
    );
    // A success HRESULT is no error: `hr=5` is not the Win32 code 5.
    assert_eq!(run(&["hr=5"]).status, 1);
}

/// An HRESULT of another facility holds no Win32 code: the answer says which facility,
/// rather than only that no row has the number.
#[test]
fn an_hresult_of_another_facility_is_named_as_such() {
    let e_fail = (0x8000_4005_u32 as i32).to_string();
    for (input, facility, code) in [
        ("0x80004005", 0, "0x4005"),
        (e_fail.as_str(), 0, "0x4005"),
        ("0x80040154", 4, "0x0154"),
        ("COM error 0x8004_0154", 4, "0x0154"),
        ("CoCreateInstance failed: hr=0x80040154", 4, "0x0154"),
        ("HRESULT: 0x80004005", 0, "0x4005"),
        ("IDispatch::Invoke error 0x80020009", 2, "0x0009"),
    ] {
        let run = run(&[input]);
        if input.contains('_') {
            // Not a number as C prints one: nothing is found, and nothing is guessed.
            assert_eq!(run.status, 1, "{input}");
            assert!(!run.stderr.contains("facility"), "{input}: {}", run.stderr);
            continue;
        }
        assert_eq!((run.status, run.stdout.as_str()), (1, ""), "{input}");
        let said =
            format!("an HRESULT of facility {facility} (code {code}), not a Win32 error code");
        assert!(run.stderr.contains(&said), "{input}: {}", run.stderr);
    }
    let dotnet = run(&[
        "Unhandled exception. System.Net.Sockets.SocketException (0x80004005): Connection refused",
    ]);
    assert_eq!(dotnet.status, 1);
    assert!(
        dotnet.stderr.contains("facility 0") && dotnet.stderr.contains("SocketErrorCode"),
        "{}",
        dotnet.stderr
    );
    // Not every number with the top bit set is an HRESULT: a negated errno is answered,
    // and an NTSTATUS errtable does not decode (0xC0000005) is named as an NTSTATUS.
    assert!(succeeds(&["-104"]).contains("OsError::ConnectionReset"));
    let ntstatus = run(&["0xC0000005"]);
    assert_eq!(ntstatus.status, 1);
    assert!(
        ntstatus.stderr.contains("an NTSTATUS"),
        "{}",
        ntstatus.stderr
    );
    assert!(
        !ntstatus.stderr.contains("HRESULT of"),
        "{}",
        ntstatus.stderr
    );
}

#[test]
fn get_last_error_forms_are_windows_codes() {
    for (line, input, code) in [
        (
            "CreateFileW: GetLastError() returned 5",
            "GetLastError() returned 5",
            5,
        ),
        ("GetLastError()=2", "GetLastError()=2", 2),
        (
            "send: WSAGetLastError() = 10054",
            "WSAGetLastError() = 10054",
            10054,
        ),
        ("failed, getlasterror: 64", "getlasterror: 64", 64),
        ("GetLastError is 1225.", "GetLastError is 1225", 1225),
    ] {
        let answers = json_lines(&succeeds(&["--json", line]));
        assert_eq!(answers.len(), 1, "{line}");
        assert_eq!(answers[0]["input"], input, "{line}");
        assert_eq!(answers[0]["form"], "get_last_error", "{line}");
        let rows = rows_for_code(code, &[Platform::Windows]);
        assert_eq!(rows.len(), 1, "{code}");
        let matched = json!({"by": "code", "code": code, "how": "as_written", "on": ["windows"]});
        assert_eq!(
            answers[0]["rows"],
            json!([{"matched": matched, "row": row_json(rows[0].0)}]),
            "{line}"
        );
    }
    let success = run(&["GetLastError() returned 0"]);
    assert_eq!(success.status, 1);
    assert!(
        success.stderr.contains("0 means success"),
        "{}",
        success.stderr
    );
    // A Windows code only: 104 is ECONNRESET on Linux, not what GetLastError means by it.
    let run = run(&["--json", "GetLastError() returned 104"]);
    let answers = json_lines(&run.stdout);
    let on_windows = rows_for_code(104, &[Platform::Windows]);
    assert_eq!(
        answers[0]["rows"].as_array().unwrap().len(),
        on_windows.len()
    );
    assert_eq!(answers[0]["form"], "get_last_error");
}
