// Class: 7 valid input rejected / API gaps
// Expected: ok: `type Row = errtable::OsError; Retry(Row)`, with a catch-all present
// Happened: 1 error "write `Retry(errtable::OsError)`": the keeping variant is judged by name even when a catch-all is present (the catch-all Other(Row) itself is accepted)
// Found by: /work/wt/adv-scratch/src/bin/c7_02_type_alias_keep.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
type Row = errtable::OsError;
#[derive(Debug, PartialEq, ErrorTable)]
enum G {
    /// Retry
    #[errtable(rows: ConnectionRefused | TimedOut, persistence: Transient)]
    Retry(Row),
    #[errtable(catch_all)]
    Other(Row),
}
fn main() { assert_eq!(G::from(Row::TimedOut), G::Retry(Row::TimedOut)); }
