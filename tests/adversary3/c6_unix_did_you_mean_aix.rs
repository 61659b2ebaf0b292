// Class: 6 messages
// Expected: one error on `unix` (a family, not a key), listing keys or naming linux/macos/...
// Happened: 1 error: "did you mean `aix`?" (low)
// Found by: /work/wt/adv-scratch/src/bin/c6_34_platform_unix.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum T {
        /// a
        A { unix: A = 1, message: "a" },
    }
}

fn main() {}
