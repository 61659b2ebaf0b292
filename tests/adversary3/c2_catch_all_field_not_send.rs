// Class: 2 field types (destructors, Send/Sync, references)
// Expected: one error on `std::rc::Rc<errtable::Unlisted>` saying the catch-all holds errtable::Unlisted
// Happened: 14 errors, 3 shown: E0277 on the field naming __private::CatchAllOfOsCodesHolds (no hint), plus E0277 "`Rc<Unlisted>` cannot be sent between threads safely" and "... shared ..." spanned on the `ErrorTable` derive token (generated code)
// Found by: /work/wt/adv-scratch/src/bin/c2_06_field_rc_unlisted.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::ErrorTable;
#[derive(Debug, ErrorTable)]
enum T {
    /// a
    #[errtable(linux: A = 1)]
    A,
    #[errtable(catch_all)]
    Other(std::rc::Rc<errtable::Unlisted>),
}

fn main() {}
