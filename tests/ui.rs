//! The compile errors of `error_table!` and `#[derive(ErrorTable)]`: each case in
//! `tests/ui/` and its subfolders (by subject: `cfg`, `names`, `values`, `recovery`,
//! `spans`, `persistence`) breaks one rule (or, in `several_mistakes` and `recovery/`, several) and its
//! `.stderr` is what the user sees. Every case also uses its table, so a `.stderr` with anything
//! but the reported mistake shows a cascade. Cases in `tests/ui/pass/` must compile.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test --test ui`, then
//! read every changed `.stderr`: the output depends on the toolchain's version. One case
//! alone: `cargo test --test ui -- ui trybuild=unknown_kind.rs`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    for subject in ["cfg", "names", "values", "recovery", "spans", "persistence"] {
        cases.compile_fail(format!("tests/ui/{subject}/*.rs"));
    }
    cases.pass("tests/ui/pass/*.rs");
}
