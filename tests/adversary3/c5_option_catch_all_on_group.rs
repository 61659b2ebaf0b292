// Class: 5 cascades / errors in generated code
// Expected: one error on `Option<OsError>`
// Happened: 17 identical E0277 (1 shown), internal trait name, no hint
// Found by: /work/wt/adv-scratch/src/bin/c5_55_catchall_option_group.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, OsError};
#[derive(Debug, ErrorTable)]
enum G {
    /// a
    #[errtable(rows: ConnectionRefused)]
    A,
    #[errtable(catch_all)]
    F(Option<OsError>),
}

fn main() {}
