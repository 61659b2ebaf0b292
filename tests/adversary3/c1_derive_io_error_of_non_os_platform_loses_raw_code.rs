// Class: 1 catch-all vs os_error_codes (run time)
// Expected: ok: derived table with os_error_codes = macos, run on Linux: io raw 2 decodes to the catch-all, and its io::Error keeps raw 2
// Happened: compiles; std::io::Error::from(T::from(&io)).raw_os_error() is None (same root as c1_io_error_of_non_os_platform_loses_raw_code, derive form)
// Found by: /work/wt/adv-scratch/src/bin/c1_13_oscodes_derive_catchall_raw.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::{ErrorTable, Unlisted, Platform};
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
#[errtable(os_error_codes = macos)]
enum T {
    /// two
    #[errtable(macos: TWO = 2, linux: TWO = 2)]
    Two,
    #[errtable(catch_all)]
    Other(Unlisted),
}
fn main() {
    let io = std::io::Error::from_raw_os_error(2);
    let v = T::from(&io);
    assert_ne!(v, T::Two);
    assert_eq!(std::io::Error::from(v).raw_os_error(), Some(2));
    // decode(Linux, 2) is the row: the table says so, but Linux codes are not OS codes here
    assert_eq!(T::decode(Platform::Linux, 2), T::Two);
    assert_eq!(T::Two.raw_os_error(), None);
    let d = T::decode(Platform::Linux, 77);
    assert_eq!(d.raw_os_error(), None, "a linux non-OS code claims raw os error");
    assert_eq!(std::io::Error::from(d).raw_os_error(), None);
}
