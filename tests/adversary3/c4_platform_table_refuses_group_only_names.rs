// Class: 4 lists that drift
// Expected: ok: a platform table generates no `members`/`codes` (only group enums do)
// Happened: 1 error "the table generates `members`" (false for this shape; the list of reserved names is not per shape) (low)
// Found by: /work/wt/adv-scratch/src/bin/c4_01_row_named_members_platform.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
errtable::error_table! {
    /// T
    pub enum T {
        /// m
        members { linux: A = 1, message: "a" },
    }
}

fn main() {}
