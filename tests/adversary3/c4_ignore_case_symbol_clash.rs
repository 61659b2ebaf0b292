// Class: 4 lists that drift
// Expected: one error: `Eagain` (row A) and `EAGAIN` (row B) are one name for from_name_ignore_case, as two equal names are for from_name
// Happened: compiles; T::from_name_ignore_case("eagain") silently returns Some(A) although "EAGAIN" is B's symbol
// Found by: /work/wt/adv-scratch/src/bin/c8_20_symbol_case_ignore_clash.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum T {
        /// a
        A { linux: Eagain = 1, message: "a" },
        /// b
        B { linux: EAGAIN = 2, message: "b" },
    }
}
fn main() { println!("{:?}", T::from_name_ignore_case("eagain")); }
