// Class: 5 cascades / errors in generated code
// Expected: one error on `catchall`: did you mean `catch_all`?
// Happened: 2 errors: "row `O` has no entries; ... or mark it #[catch_all]" on `O` + rustc "cannot find attribute `catchall`" (the misspelt marker is passed through to the enum)
// Found by: /work/wt/adv-scratch/src/bin/c5_42_catch_all_marker_dsl_misspelt.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum T {
        /// a
        A { linux: A = 1, message: "a" },
        #[catchall]
        O,
    }
}

fn main() {}
