// Class: 6 messages
// Expected: ok: a doc "Wait..." gives the message "Wait..." (or "Wait")
// Happened: compiles; the message is "Wait.." (the final-period rule eats one dot of the ellipsis) (low)
// Found by: /work/wt/adv-scratch/src/bin/c6_14_doc_with_period_and_abbrev.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable)]
enum T {
    /// Refused e.g. by peer.
    #[errtable(code: A = 1)]
    A,
    /// Wait...
    #[errtable(code: B = 2)]
    B,
}
fn main() { assert_eq!(T::A.to_string(), "Refused e.g. by peer"); println!("{:?}", T::B.to_string()); }
