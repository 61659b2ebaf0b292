// Class: 7 valid input rejected / API gaps
// Expected: ok: `Retry(crate::Canon)`
// Happened: 1 error on `crate`
// Found by: /work/wt/adv-scratch/src/bin/c7_03_self_path_keep.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
pub use errtable::OsError as Canon;
#[derive(Debug, PartialEq, ErrorTable)]
enum G {
    /// Retry
    #[errtable(rows: ConnectionRefused | TimedOut, persistence: Transient)]
    Retry(crate::Canon),
    #[errtable(catch_all)]
    Other(self::Canon),
}
fn main() { assert_eq!(G::from(Canon::WouldBlock), G::Other(Canon::WouldBlock)); }
