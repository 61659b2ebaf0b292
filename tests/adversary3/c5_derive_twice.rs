// Class: 5 cascades / errors in generated code
// Expected: one error on the second `ErrorTable`
// Happened: 20 errors (E0119 conflicting impls, E0592 duplicate definitions) on the derive tokens (issue 21 leftover: 31 then)
// Found by: /work/wt/adv-scratch/src/bin/c5_30_derive_twice.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable, ErrorTable)]
enum T {
    /// a
    #[errtable(code: A = 1)]
    A,
}

fn main() {}
