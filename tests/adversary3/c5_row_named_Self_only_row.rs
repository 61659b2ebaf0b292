// Class: 5 cascades / errors in generated code
// Expected: one error on `Self`
// Happened: 3 errors: "expected a row", "unexpected tokens; rows are separated by `,`", "table `T` has no rows"
// Found by: /work/wt/adv-scratch/src/bin/c4_20_row_named_Self.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum T {
        /// m
        Self { linux: A = 1, message: "a" },
    }
}

fn main() {}
