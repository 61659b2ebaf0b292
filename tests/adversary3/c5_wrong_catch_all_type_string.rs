// Class: 5 cascades / errors in generated code
// Expected: one error on `String` saying the catch-all of a table of own codes holds i32
// Happened: 6 identical E0277 (rustc shows 1, "due to 6 previous errors"; IDEs list 6), naming errtable::__private::CatchAllOfOwnCodesHolds<i32>, with no hint of what to write
// Found by: /work/wt/adv-scratch/src/bin/c2_04_field_string_catchall.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable)]
enum T {
    /// a
    #[errtable(code: A = 1)]
    A,
    #[errtable(catch_all)]
    Other(String),
}

fn main() {}
