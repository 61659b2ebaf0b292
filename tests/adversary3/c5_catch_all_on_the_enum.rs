// Class: 5 cascades / errors in generated code
// Expected: one error on `catch_all`: it goes on the variant
// Happened: 2 errors: "unknown table option `catch_all`" + "`F` cannot have fields"
// Found by: /work/wt/adv-scratch/src/bin/c9_15_derive_enum_level_catch_all.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, OsError};
#[derive(Debug, ErrorTable)]
#[errtable(catch_all)]
enum G {
    /// r
    #[errtable(rows: ConnectionRefused)]
    R,
    F(OsError),
}

fn main() {}
