//! The compile errors of `error_table!` and `#[derive(ErrorTable)]`: each case in the
//! subject folders of `tests/ui/` (`syntax`, `values`, `options`, `names`, `numbers`,
//! `catch_all`, `derive`, `cfg`, `recovery`, `spans`, `persistence`) breaks one rule (or, in
//! `recovery/`, several) and its `.stderr` is what the user sees. Every case also uses its table, so a `.stderr` with anything
//! but the reported mistake shows a cascade. Cases in `tests/ui/pass/` must compile.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test --test ui`, then
//! read every changed `.stderr`: the output depends on the toolchain's version. One case
//! alone: `cargo test --test ui -- ui trybuild=unknown_kind.rs`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    for subject in SUBJECTS {
        cases.compile_fail(format!("tests/ui/{subject}/*.rs"));
    }
    cases.pass("tests/ui/pass/*.rs");
}

/// The folders of cases that must fail, by subject.
const SUBJECTS: [&str; 11] = [
    "syntax",
    "values",
    "options",
    "names",
    "numbers",
    "catch_all",
    "derive",
    "cfg",
    "recovery",
    "spans",
    "persistence",
];

/// Every folder of cases is run: a new one must be added to `SUBJECTS`.
#[test]
fn every_subject_folder_is_run() {
    let folders = std::fs::read_dir("tests/ui").unwrap();
    for folder in folders {
        let path = folder.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(path.is_dir(), "{name}: cases go in subject folders");
        assert!(
            name == "pass" || SUBJECTS.contains(&name.as_str()),
            "{name} is not run"
        );
    }
}

/// Every failing case counts each of its errors once: rustc's own count (what
/// `--message-format=json` reports, and an editor lists) equals the errors its `.stderr`
/// shows. Cargo merges identical diagnostics when it prints them, so a check repeated
/// in generated code (once per use of a field, say) shows once in a `.stderr` yet
/// counts, and is listed, once per repeat. The cases are built incrementally, as `cargo
/// check` and editors build by default: without incremental compilation rustc merges
/// identical diagnostics itself, and the count would not see a repeat.
///
/// One known exception, counted exactly: a derive's field of the wrong type (E0277,
/// "… holds …, not `T`") is one check, in the signature of the function both of the
/// field's helpers call, and incremental rustc reports that signature and each of the
/// two calls (calls in one body it reports once): three for the one shown (it was one
/// per use of the field, up to 19 a field). No expansion found so far makes a type
/// equality one obligation in a `const fn`.
#[test]
fn each_error_counts_once() {
    let cases = failing_cases();
    let project = counting_project(&cases);
    let counted = errors_by_case(&project);
    let mut wrong = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        let stderr = std::fs::read_to_string(case.with_extension("stderr")).unwrap();
        let errors = || {
            stderr
                .lines()
                .filter(|line| line.starts_with("error:") || line.starts_with("error["))
        };
        let shown = errors().count();
        let field_checks = errors()
            .filter(|line| line.starts_with("error[E0277]") && line.contains(" holds "))
            .count();
        let expected = shown + 2 * field_checks;
        let counted = counted.get(&index).copied().unwrap_or(0);
        if counted != expected {
            wrong.push(format!(
                "{}: {shown} shown, {counted} counted, {expected} expected",
                case.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The `.rs` files of every subject folder, in a stable order.
fn failing_cases() -> Vec<std::path::PathBuf> {
    let mut cases = Vec::new();
    for subject in SUBJECTS {
        for entry in std::fs::read_dir(format!("tests/ui/{subject}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|extension| extension == "rs") {
                cases.push(std::fs::canonicalize(path).unwrap());
            }
        }
    }
    cases.sort();
    cases
}

/// A crate with each case as a binary `case<index>`, depending on errtable as the
/// trybuild cases do (with `serde`), and on serde for the cases that implement its
/// traits.
fn counting_project(cases: &[std::path::PathBuf]) -> std::path::PathBuf {
    let project = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("ui-counts");
    std::fs::create_dir_all(&project).unwrap();
    let runtime = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
    let mut manifest = format!(
        "[package]\nname = \"ui-counts\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nerrtable = {{ path = {:?}, features = [\"serde\"] }}\n\
         serde = {{ version = \"1\", default-features = false }}\n\n[workspace]\n",
        runtime.display().to_string()
    );
    for (index, case) in cases.iter().enumerate() {
        let path = case.display().to_string();
        manifest += &format!("\n[[bin]]\nname = \"case{index}\"\npath = {path:?}\n");
    }
    std::fs::write(project.join("Cargo.toml"), manifest).unwrap();
    // The workspace's versions, so that nothing is resolved anew.
    let lock = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock");
    std::fs::copy(lock, project.join("Cargo.lock")).unwrap();
    project
}

/// The error diagnostics rustc reports for each binary of `project`, by case index
/// (its closing "aborting due to …" left out).
fn errors_by_case(project: &std::path::Path) -> std::collections::HashMap<usize, usize> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args([
            "check",
            "--bins",
            "--keep-going",
            "--quiet",
            "--message-format=json",
        ])
        .current_dir(project)
        .env("CARGO_INCREMENTAL", "1")
        .output()
        .unwrap();
    let mut counts = std::collections::HashMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let diagnostic = &message["message"];
        let is_error = message["reason"] == "compiler-message"
            && diagnostic["level"] == "error"
            && !diagnostic["message"]
                .as_str()
                .is_some_and(|text| text.starts_with("aborting due to"));
        let case = message["target"]["name"]
            .as_str()
            .and_then(|name| name.strip_prefix("case")?.parse::<usize>().ok());
        if let (true, Some(case)) = (is_error, case) {
            *counts.entry(case).or_insert(0) += 1;
        }
    }
    assert!(
        !counts.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    counts
}
