// Class: 6 messages
// Expected: ok, or one error on the doc saying the derive cannot read a doc made by include_str!: write message:
// Happened: 1 error on the variant: "`A` has no message; add a doc comment" (it has one; misleading)
// Found by: /work/wt/adv-scratch/src/bin/c6_10_doc_include_str.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable)]
enum T {
    #[doc = include_str!("../../Cargo.lock")]
    #[errtable(code: A = 1)]
    A,
}

fn main() {}
