// Class: 5 cascades / errors in generated code
// Expected: one error on `OsError`: a platform table catch-all holds errtable::Unlisted
// Happened: 12 identical E0277 (1 shown), internal trait name, no hint
// Found by: /work/wt/adv-scratch/src/bin/c5_52_catchall_oserror_on_platform.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, OsError};
#[derive(Debug, ErrorTable)]
enum T {
    /// a
    #[errtable(linux: A = 1)]
    A,
    #[errtable(catch_all)]
    F(OsError),
}

fn main() {}
