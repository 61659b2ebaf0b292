// Class: 6 messages
// Expected: (with --features serde) one error with the hint "add #[errtable(no_serde)]"
// Happened: 1 bare E0119 "conflicting implementations of trait serde::Serialize", spanned on the whole invocation `errtable::error_table! { /// T pub enum T {`, no hint (issue 21 leftover; E0119 text is rustc's, but the span could be the enum name)
// Found by: /work/wt/adv-scratch/src/bin/c6_37_serde_user_impl_no_no_serde.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum T {
        /// a
        A { linux: A = 1, message: "a" },
    }
}
#[cfg(feature = "serde")]
impl serde::Serialize for T {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str("x") }
}

fn main() {}
