// Class: 5 cascades / errors in generated code
// Expected: one error on the field `i32`
// Happened: 6 identical E0277 (1 shown), internal trait name, no hint
// Found by: /work/wt/adv-scratch/src/bin/c5_50_i32_alias_u8.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[allow(non_camel_case_types)]
type i32 = u8;
#[derive(Debug, ErrorTable)]
enum T {
    /// a
    #[errtable(code: A = 1)]
    A,
    #[errtable(catch_all)]
    F(i32),
}

fn main() {}
