// Class: 2 field types (destructors, Send/Sync, references)
// Expected: one error on `&'static OsError` with a hint to write errtable::OsError
// Happened: 18 errors, 2 shown: E0106 "missing lifetime specifier" inside generated code (its help talks about `kept`'s 2 lifetimes, a generated parameter) + E0277 naming __private::CatchAllOfAGroupHolds
// Found by: /work/wt/adv-scratch/src/bin/c2_09_field_ref.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, OsError};
#[derive(Debug, ErrorTable)]
enum G {
    /// r
    #[errtable(rows: ConnectionRefused)]
    R,
    #[errtable(catch_all)]
    F(&'static OsError),
}

fn main() {}
