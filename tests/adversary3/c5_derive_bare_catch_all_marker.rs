// Class: 5 cascades / errors in generated code
// Expected: one error on `catch_all` saying write #[errtable(catch_all)]
// Happened: 2 errors: the macro's (good) + rustc "cannot find attribute `catch_all` in this scope" (fixable: declare catch_all as a derive helper attribute beside errtable)
// Found by: /work/wt/adv-scratch/src/bin/c8_03_derive_bare_catch_all.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, OsError};
#[derive(Debug, ErrorTable)]
enum G {
    /// r
    #[errtable(rows: ConnectionRefused)]
    R,
    #[catch_all]
    F(OsError),
}

fn main() {}
