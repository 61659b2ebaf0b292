// Class: 5 cascades / errors in generated code
// Expected: one error on `i32`: a group catch-all holds errtable::OsError
// Happened: 17 identical E0277 (1 shown), internal trait name, no hint
// Found by: /work/wt/adv-scratch/src/bin/c5_53_catchall_i32_on_group.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable)]
enum G {
    /// a
    #[errtable(rows: ConnectionRefused)]
    A,
    #[errtable(catch_all)]
    F(i32),
}

fn main() {}
