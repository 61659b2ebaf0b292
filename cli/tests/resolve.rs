//! The resolver table through the command: `EAI_*` names and numbers with their platform,
//! getaddrinfo's messages as people paste them, and numbers that two tables share.

mod common;

use common::{
    all_rows, assert_unranked, check, expected_answer, json_lines, row_json, rows_for_code, run,
    run_with, succeeds, unranked, AnyRow, Expect,
};
use errtable::{OsError, Platform, ResolveError};
use serde_json::{json, Value};

use Expect::{Code, Name, Negative};

/// The lines of a text answer that head a row (`ResolveError::TryAgain: …`).
fn row_headings(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|line| line.starts_with("OsError::") || line.starts_with("ResolveError::"))
        .collect()
}

fn heading(row: impl Into<AnyRow>) -> String {
    let row = row.into();
    format!("{}: {}", row.path(), row.message())
}

/// A message answer: the row whose message it is, found by its message.
fn message_answer(input: &str, form: &str, message: &str, row: ResolveError) -> Value {
    json!({
        "input": input,
        "form": form,
        "message": message,
        "readings": [],
        "rows": [{"matched": {"by": "message"}, "row": row_json(row)}],
    })
}

#[test]
fn a_negative_linux_number_is_a_negated_errno_first_and_eai_second() {
    let answers = json_lines(&succeeds(&["--json", "--platform", "linux", "-3"]));
    let want = expected_answer("-3", "number", &Negative(3), Some(Platform::Linux));
    assert_unranked(&answers, &[want]);
    let second = &answers[0]["rows"][1];
    assert_eq!(second["row"], row_json(ResolveError::TryAgain));
    assert_eq!(second["matched"]["code"], -3);
    assert_eq!(second["row"]["codes"]["linux"][0]["name"], "EAI_AGAIN");
    assert_eq!(answers[0]["first_because"]["evidence"], "form");

    let text = succeeds(&["--platform", "linux", "-3"]);
    let headings = row_headings(&text);
    assert!(headings[0].starts_with("OsError::"), "{text}");
    assert_eq!(headings[1], heading(ResolveError::TryAgain), "{text}");
    assert!(text.contains("rows of two tables"), "{text}");
    assert!(
        text.contains("first because a negative errno is Linux's"),
        "{text}"
    );
}

#[test]
fn eai_names_in_any_case() {
    check("EAI_NONAME", &[("EAI_NONAME", "name", Name("EAI_NONAME"))]);
    check(
        "getaddrinfo gave eai_again",
        &[("eai_again", "name", Name("eai_again"))],
    );
    let text = succeeds(&["EAI_NONAME"]);
    assert_eq!(row_headings(&text), vec![heading(ResolveError::NoName)]);
}

/// macOS 8 is `ENOEXEC` as an errno and `EAI_NONAME` as getaddrinfo's result: both rows,
/// each saying its table.
#[test]
fn a_number_in_both_tables_names_each_table() {
    let answers = json_lines(&succeeds(&["--json", "-p", "macos", "8"]));
    let want = expected_answer("8", "number", &Code(8, "as_written"), Some(Platform::MacOs));
    assert_unranked(&answers, &[want]);
    let tables: Vec<&Value> = answers[0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| &hit["row"]["table"])
        .collect();
    assert_eq!(tables, [&json!("os"), &json!("resolve")]);

    let text = succeeds(&["-p", "macos", "8"]);
    let enoexec = OsError::from_name("ENOEXEC").unwrap();
    assert_eq!(
        row_headings(&text),
        vec![heading(enoexec), heading(ResolveError::NoName)]
    );
    assert!(
        text.contains("ResolveError if getaddrinfo returned it"),
        "{text}"
    );
}

/// Every number of both tables, on its platform, decodes to the rows the library gives
/// it, and every name to its row: one run per platform reads them all from stdin.
#[test]
fn every_number_of_both_tables_decodes_on_its_platform() {
    for &platform in Platform::ALL {
        let mut codes: Vec<i32> = all_rows()
            .into_iter()
            .flat_map(|row| row.names(platform).iter().map(|&(_, code)| code))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let stdin: String = codes.iter().map(|code| format!("{code}\n")).collect();
        let run = run_with(&["--json", "-p", platform.key()], Some(stdin.as_bytes()));
        assert_eq!(run.status, 0, "{platform}: {}", run.stderr);
        let answers = json_lines(&run.stdout);
        assert_eq!(answers.len(), codes.len(), "{platform}");
        for (answer, &code) in answers.iter().zip(&codes) {
            // A negative code is also read negated, but for i32::MIN (Haiku's
            // B_NO_MEMORY), which has no negation.
            let expect = match code.checked_neg() {
                Some(magnitude) if code < 0 => Negative(magnitude),
                _ => Code(code, "as_written"),
            };
            let text = code.to_string();
            let want = expected_answer(&text, "number", &expect, Some(platform));
            assert_eq!(unranked(answer), unranked(&want), "{code} on {platform}");
        }
        for row in all_rows() {
            for &(_, code) in row.names(platform) {
                assert!(
                    !rows_for_code(code, &[platform]).is_empty(),
                    "{code} of {} on {platform} decodes",
                    row.path()
                );
            }
        }
    }
}

// ---- getaddrinfo's messages ----

#[test]
fn rust_lookup_errors_read_every_gai_text() {
    let line = "Error: failed to lookup address information: Name or service not known";
    let answers = json_lines(&succeeds(&["--json", line]));
    let input = "failed to lookup address information: Name or service not known";
    let want = message_answer(
        input,
        "rust_lookup",
        "Name or service not known",
        ResolveError::NoName,
    );
    assert_unranked(&answers, &[want]);
    // Rust's `Debug` of the same error, and a short text that counts only after the prefix.
    let debug = r#"Custom { kind: Uncategorized, error: "failed to lookup address information: Try again" }"#;
    let answers = json_lines(&succeeds(&["--json", debug]));
    assert_eq!(answers[0]["form"], "rust_lookup");
    assert_eq!(
        answers[0]["rows"][0]["row"],
        row_json(ResolveError::TryAgain)
    );
}

#[test]
fn gai_texts_of_every_c_library_alone() {
    for (text, row) in [
        (
            "Temporary failure in name resolution",
            ResolveError::TryAgain,
        ),
        (
            "nodename nor servname provided, or not known",
            ResolveError::NoName,
        ),
        ("Name does not resolve", ResolveError::NoName),
        ("No address associated with hostname", ResolveError::NoData),
        (
            "Servname not supported for ai_socktype",
            ResolveError::ServiceNotSupported,
        ),
    ] {
        let line = format!("curl: (6) {text}.");
        let answers = json_lines(&succeeds(&["--json", &line]));
        assert_unranked(&answers, &[message_answer(text, "gai_message", text, row)]);
    }
}

/// A short text of the kind any program prints is not read as getaddrinfo's without
/// Rust's prefix: it would be a guess.
#[test]
fn short_generic_texts_need_the_prefix() {
    for line in [
        "kernel: Out of memory: Kill process 1234",
        "Try again later",
        "System error",
        "Overflow in counter",
        "Request canceled by user",
    ] {
        let run = run(&[line]);
        assert_eq!(run.status, 1, "{line}: {}", run.stdout);
        assert_eq!(run.stdout, "", "{line}");
    }
    let answers = json_lines(&succeeds(&[
        "--json",
        "failed to lookup address information: Out of memory",
    ]));
    assert_eq!(
        answers[0]["rows"][0]["row"],
        row_json(ResolveError::OutOfMemory)
    );
}

/// After Rust's prefix a text no English `gai_strerror` gives is still the lookup's
/// error: one answer with no row, and a reason that says why.
#[test]
fn an_unknown_text_after_the_prefix_says_so() {
    let line = r#"Custom { kind: Uncategorized, error: "failed to lookup address information: Nome o servizio sconosciuto." }"#;
    let answered = run(&["--json", line]);
    assert_eq!(answered.status, 1);
    let text = "Nome o servizio sconosciuto";
    let answer = json!({
        "input": format!("failed to lookup address information: {text}"),
        "form": "rust_lookup",
        "message": text,
        "readings": [],
        "rows": [],
    });
    assert_unranked(&json_lines(&answered.stdout), &[answer]);
    assert!(
        answered.stderr.contains("non-English locale"),
        "{}",
        answered.stderr
    );
    let unknown = run(&["failed to lookup address information: Unknown error"]);
    assert_eq!(unknown.status, 1);
    assert!(
        unknown
            .stderr
            .contains("\"Unknown error\" is no getaddrinfo text"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn messages_in_any_case() {
    let answers = json_lines(&succeeds(&[
        "--json",
        "FAILED TO LOOKUP ADDRESS INFORMATION: NAME OR SERVICE NOT KNOWN",
    ]));
    assert_eq!(answers[0]["form"], "rust_lookup");
    assert_eq!(answers[0]["rows"][0]["row"], row_json(ResolveError::NoName));
    let answers = json_lines(&succeeds(&[
        "--json",
        "temporary FAILURE in Name Resolution",
    ]));
    assert_eq!(answers[0]["form"], "gai_message");
    assert_eq!(
        answers[0]["rows"][0]["row"],
        row_json(ResolveError::TryAgain)
    );
}

/// A log wrapped after Rust's prefix, with CRLF line ends: the message on the next line
/// is read with the prefix, and codes before the prefix are still found.
#[test]
fn a_lookup_error_split_across_crlf_lines() {
    let log = b"21:00:01 read: os error 104; connect: failed to lookup address information:\r\n\
        Try again\r\n";
    let run = run_with(&["--json"], Some(log));
    assert_eq!(run.status, 0, "{}", run.stderr);
    let answers = json_lines(&run.stdout);
    assert_eq!(answers.len(), 2, "{answers:#?}");
    assert_eq!(answers[0]["input"], "os error 104");
    assert_unranked(
        &answers[1..],
        &[message_answer(
            "failed to lookup address information: Try again",
            "rust_lookup",
            "Try again",
            ResolveError::TryAgain,
        )],
    );
    // A message alone on its line after CRLF needs no prefix when it names a host.
    let run = run_with(
        &["--json"],
        Some(b"resolve failed:\r\nName or service not known\r\n"),
    );
    let answers = json_lines(&run.stdout);
    assert_eq!(answers.len(), 1, "{answers:#?}");
    assert_eq!(answers[0]["form"], "gai_message");
}

// ---- A number and its message on one line ----

/// What a number beside the message naming one of its rows must answer: that row only.
fn merged(input: &str, form: &str, message: &str, code: i32, row: ResolveError) -> Value {
    let readings = match code {
        ..0 => json!([{"code": code, "how": "as_written"}, {"code": -code, "how": "negated"}]),
        _ => json!([{"code": code, "how": "as_written"}]),
    };
    let on: Vec<&str> = Platform::ALL
        .iter()
        .copied()
        .filter(|&p| ResolveError::from_code(p, code) == Some(row))
        .map(|p| p.key())
        .collect();
    json!({
        "input": input,
        "form": form,
        "message": message,
        "readings": readings,
        "rows": [{
            "matched": {"by": "code", "code": code, "how": "as_written", "on": on},
            "row": row_json(row),
        }],
    })
}

#[test]
fn a_number_with_its_gai_text_is_one_answer() {
    let cases = [
        (
            "socket.gaierror: [Errno -2] Name or service not known",
            "[Errno -2] Name or service not known",
            "python_errno",
            "Name or service not known",
            -2,
            ResolveError::NoName,
        ),
        (
            "socket.gaierror: [Errno 8] nodename nor servname provided, or not known",
            "[Errno 8] nodename nor servname provided, or not known",
            "python_errno",
            "nodename nor servname provided, or not known",
            8,
            ResolveError::NoName,
        ),
        (
            "getaddrinfo: error -3: Temporary failure in name resolution",
            "error -3: Temporary failure in name resolution",
            "error",
            "Temporary failure in name resolution",
            -3,
            ResolveError::TryAgain,
        ),
        (
            "resolve: Temporary failure in name resolution (error -3), retrying",
            "Temporary failure in name resolution (error -3)",
            "error",
            "Temporary failure in name resolution",
            -3,
            ResolveError::TryAgain,
        ),
    ];
    for (line, input, form, message, code, row) in cases {
        let answers = json_lines(&succeeds(&["--json", line]));
        assert_unranked(&answers, &[merged(input, form, message, code, row)]);
        let text = succeeds(&[line]);
        assert_eq!(row_headings(&text), vec![heading(row)], "{text}");
        // The heading may wrap; its continuation lines are indented by three spaces.
        let unwrapped = text.replace("\n   ", " ");
        assert!(unwrapped.contains("and getaddrinfo's message)"), "{text}");
    }
}

/// A number whose rows do not include the one its text names: both are answered, each
/// as it reads, rather than one silently preferred.
#[test]
fn a_number_and_a_text_that_disagree_are_two_answers() {
    let line = "[Errno -3] Name or service not known";
    let answers = json_lines(&succeeds(&["--json", line]));
    let number = expected_answer("[Errno -3]", "python_errno", &Negative(3), None);
    let text = "Name or service not known";
    let message = message_answer(text, "gai_message", text, ResolveError::NoName);
    assert_unranked(&answers, &[number, message]);
}

/// On Windows getaddrinfo's codes are Winsock codes that `OsError` has too. The text
/// shows one row and names the other in a `same code` line: the OS error's row where it
/// is an errno as well (`WSAEINVAL`), else the resolver's (`WSAHOST_NOT_FOUND`); JSON
/// keeps both rows.
#[test]
fn a_windows_code_of_both_tables_shows_one_row_and_names_the_other() {
    let mut checked = 0;
    for &row in ResolveError::ALL {
        let Some(code) = row.code(Platform::Windows) else {
            continue;
        };
        let Some(os) = OsError::from_code(Platform::Windows, code) else {
            continue;
        };
        let arg = code.to_string();
        let text = succeeds(&["-p", "windows", &arg]);
        let os_is_errno = Platform::ALL[1..].iter().any(|&p| os.code(p).is_some());
        let (shown, named) = match os_is_errno {
            true => (AnyRow::Os(os), AnyRow::Resolve(row)),
            false => (AnyRow::Resolve(row), AnyRow::Os(os)),
        };
        assert_eq!(row_headings(&text), vec![heading(shown)], "{code}: {text}");
        let symbol = named.symbol(Platform::Windows).unwrap();
        let same = format!("  same code      {} ({symbol}) on windows", named.path());
        assert!(text.lines().any(|l| l == same), "{code}: {same} in {text}");
        assert!(!text.contains("rows of two tables"), "{code}: {text}");

        let answers = json_lines(&succeeds(&["--json", "-p", "windows", &arg]));
        let want = expected_answer(
            &arg,
            "number",
            &Code(code, "as_written"),
            Some(Platform::Windows),
        );
        assert_unranked(&answers, &[want]);
        assert_eq!(answers[0]["rows"].as_array().unwrap().len(), 2, "{code}");
        checked += 1;
    }
    assert!(
        checked >= 5,
        "11001-11004 and WSAEINVAL at least: {checked}"
    );
    let python = succeeds(&["socket.gaierror: [Errno 11001] getaddrinfo failed"]);
    assert_eq!(row_headings(&python), vec![heading(ResolveError::NoName)]);
}

/// `--to` translates the row shown: of a Windows code in both tables, the one the text
/// output shows; of a number and its message, the row the message picked.
#[test]
fn to_translates_resolver_rows() {
    let no_name = |p: Platform| ResolveError::NoName.code(p).unwrap();
    let line = "failed to lookup address information: Name or service not known";
    let windows = no_name(Platform::Windows);
    assert_eq!(succeeds(&["--to", "windows", line]), format!("{windows}\n"));
    let linux = no_name(Platform::Linux);
    let arg = windows.to_string();
    assert_eq!(
        succeeds(&["--to", "linux", "-p", "windows", &arg]),
        format!("{linux}\n")
    );
    let gaierror = format!("[Errno {linux}] Name or service not known");
    let macos = no_name(Platform::MacOs);
    assert_eq!(
        succeeds(&["--to", "macos", &gaierror]),
        format!("{macos}\n")
    );
    // Without a message, -2 is EAI_NONAME as written and ENOENT negated: ask.
    let ambiguous = run(&["--to", "macos", "-p", "linux", &linux.to_string()]);
    assert_eq!(ambiguous.status, 1);
    assert!(
        ambiguous.stderr.contains("ResolveError::NoName") && ambiguous.stderr.contains("OsError::"),
        "{}",
        ambiguous.stderr
    );
}
