// Class: 5 cascades / errors in generated code
// Expected: one error
// Happened: 5 errors (enum / const / static not allowed in extern blocks, E0425, E0433)
// Found by: /work/wt/adv-scratch/src/bin/c5_28_dsl_in_extern_block.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
extern "C" {
    errtable::error_table! {
        /// T
        pub enum T {
            /// a
            A { linux: A = 1, message: "a" },
        }
    }
}

fn main() {}
