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
