// Class: 7 valid input rejected / API gaps
// Expected: ok: `use errtable::OsError as Canon; Retry(Canon)`
// Happened: 1 error "write `Retry(errtable::OsError)`" (the keeping variant is still judged by the type's name; issue 21 leftover)
// Found by: /work/wt/adv-scratch/src/bin/c7_01_canon_alias_keep_no_catchall.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, OsError as Canon};
#[derive(Debug, PartialEq, ErrorTable)]
enum G {
    /// Retry
    #[errtable(rows: ConnectionRefused | TimedOut, persistence: Transient)]
    Retry(Canon),
}
fn main() {
    assert_eq!(G::try_from(Canon::TimedOut).ok(), Some(G::Retry(Canon::TimedOut)));
    assert_eq!(G::Retry(Canon::TimedOut).os_error(), Some(Canon::TimedOut));
}
