//! The compile errors of `error_table!` and `#[derive(ErrorTable)]`: each case in
//! `tests/ui/` breaks one rule (or, in `several_mistakes`, several) and its `.stderr`
//! is what the user sees. Every case also uses its table, so a `.stderr` with anything
//! but the reported mistake shows a cascade. Cases in `tests/ui/pass/` must compile.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test --test ui`, then
//! read every changed `.stderr`: the output depends on the toolchain's version. One case
//! alone: `cargo test --test ui -- ui trybuild=unknown_kind.rs`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
