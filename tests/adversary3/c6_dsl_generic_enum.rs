// Class: 6 messages
// Expected: one error on `<T>`: a table cannot be generic (what the derive says)
// Happened: 1 error: syn's bare "expected curly braces", no hint
// Found by: /work/wt/adv-scratch/src/bin/c9_12_dsl_generic.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum E<T> {
        /// a
        A { linux: A = 1, message: "a" },
    }
}

fn main() {}
