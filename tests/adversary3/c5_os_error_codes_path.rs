// Class: 5 cascades / errors in generated code
// Expected: one error on `Platform::Windows`: write `windows`
// Happened: 2 errors: "unknown platform `Platform`" + "expected `,`" at `::`
// Found by: /work/wt/adv-scratch/src/bin/c1_18_oscodes_path_platform.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// R
    #[errtable(os_error_codes = Platform::Windows)]
    pub enum R {
        /// a
        A { windows: A = 1, message: "a" },
    }
}

fn main() {}
