// Class: 5 cascades / errors in generated code
// Expected: one error: error_table! goes at module level or in a fn body
// Happened: 4 errors: "enum is not supported in traits or impls", "const items in this context need a name" (both at the macro call), E0425 + E0433 "cannot find type T" (issue 21 leftover, unchanged)
// Found by: /work/wt/adv-scratch/src/bin/c5_26_dsl_in_impl.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
struct S;
impl S {
    errtable::error_table! {
        /// T
        pub enum T {
            /// a
            A { linux: A = 1, message: "a" },
        }
    }
}

fn main() {}
