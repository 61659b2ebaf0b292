// Class: 6 messages
// Expected: one error on `no_serde`: a table option, it goes on the enum
// Happened: 1 error: "expected `:` after `no_serde`, as in `no_serde: value`" (wrong hint)
// Found by: /work/wt/adv-scratch/src/bin/c9_07_options_on_variant_derive.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable)]
enum T {
    /// a
    #[errtable(code: A = 1, no_serde)]
    A,
}

fn main() {}
