// Class: 5 cascades / errors in generated code
// Expected: one error on the field `OsError` (a look-alike) of the variant that keeps its row
// Happened: 7 errors, 6 shown: E0308 "mismatched types, expected errtable::OsError, found other::OsError" all spanned on the `ErrorTable` derive token (generated code), none on the field
// Found by: /work/wt/adv-scratch/src/bin/c5_48_lookalike_keeping.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
mod other { #[derive(Debug, Clone, Copy, PartialEq)] pub struct OsError; }
use other::OsError;
#[derive(Debug, ErrorTable)]
enum G {
    /// a
    #[errtable(rows: ConnectionRefused | TimedOut, persistence: Transient)]
    A(OsError),
}

fn main() {}
