// Class: 5 cascades / errors in generated code
// Expected: one error on the field with a hint (README: "a look-alike OsError ... is one error, on the field")
// Happened: 17 identical E0277 (1 shown) naming errtable::__private::CatchAllOfAGroupHolds<errtable::OsError>; no hint
// Found by: /work/wt/adv-scratch/src/bin/c5_47_lookalike_oserror.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, Clone, Copy)]
pub struct OsError;
#[derive(Debug, ErrorTable)]
enum G {
    /// a
    #[errtable(rows: ConnectionRefused)]
    A,
    #[errtable(catch_all)]
    F(OsError),
}

fn main() {}
