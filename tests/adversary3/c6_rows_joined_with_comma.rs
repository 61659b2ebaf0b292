// Class: 6 messages
// Expected: one error at `,`/`TimedOut`: rows are joined with `|`
// Happened: 1 error: "expected `:` after `TimedOut`, as in `TimedOut: value`" (hint leads the wrong way)
// Found by: /work/wt/adv-scratch/src/bin/c5_36_rows_comma.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, OsError};
#[derive(Debug, ErrorTable)]
enum G {
    /// a
    #[errtable(rows: ConnectionRefused, TimedOut)]
    A,
    #[errtable(catch_all)]
    F(OsError),
}

fn main() {}
