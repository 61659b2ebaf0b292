// Class: 5 cascades / errors in generated code
// Expected: one error on the second derive (spelled `::errtable::ErrorTable`)
// Happened: 20 errors split across both derive paths
// Found by: /work/wt/adv-scratch/src/bin/c5_32_derive_twice_paths.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
#[derive(Debug, errtable::ErrorTable, ::errtable::ErrorTable)]
enum T {
    /// a
    #[errtable(code: A = 1)]
    A,
}

fn main() {}
