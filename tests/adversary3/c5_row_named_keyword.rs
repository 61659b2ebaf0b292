// Class: 5 cascades / errors in generated code
// Expected: one error on `fn` (a keyword; hint r#fn or another name)
// Happened: 2 errors on the same token: "expected a row, as in ..." and "unexpected tokens; rows are separated by `,`"
// Found by: /work/wt/adv-scratch/src/bin/c5_01_row_keyword_fn.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum T {
        /// m
        fn { linux: A = 1, message: "a" },
        /// b
        B { linux: B = 2, message: "b" },
    }
}

fn main() {}
