// Class: 2 field types (destructors, Send/Sync, references)
// Expected: one error on `std::cell::Cell<i32>`
// Happened: 7 errors, 2 shown: E0277 on the field (internal trait, no hint) + "`Cell<i32>` cannot be shared between threads safely" on the `ErrorTable` derive token
// Found by: /work/wt/adv-scratch/src/bin/c2_10_drop_with_field_cell.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable)]
enum T {
    /// a
    #[errtable(code: A = 1)]
    A,
    #[errtable(catch_all)]
    Other(std::cell::Cell<i32>),
}

fn main() {}
