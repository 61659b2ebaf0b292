// Class: 6 messages
// Expected: the generated method docs of a user table show examples a user can copy
// Happened: every example starts `use errtable::{T, Platform};` (T is the user's type, not errtable's); they are ```text blocks, so nothing catches it (low; seen with -Zunpretty=expanded)
// Found by: /work/wt/adv-scratch/src/bin/c6_41_doc_example_collision.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! x
errtable::error_table! {
    /// T
    pub enum T {
        /// a
        A { linux: A = 111, windows: WA = 10061, message: "a" },
        /// b
        B { linux: B = 112, windows: WB = 10062, message: "b" },
        #[catch_all]
        O,
    }
}
fn main() {}
