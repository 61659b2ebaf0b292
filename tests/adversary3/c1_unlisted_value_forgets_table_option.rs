// Class: 1 catch-all vs os_error_codes (run time)
// Expected: ok: the Unlisted kept by R::Other (os_error_codes = windows) for Linux resolver code 5 never claims to be OS error 5
// Happened: compiles; the table value is right, but the Unlisted taken out of it (`let R::Other(u) = v`) says u.into_io_error() == "Input/output error (os error 5)": Unlisted's public methods read Platform::CURRENT, not the table's option
// Found by: /work/wt/adv-scratch/src/bin/c1_02_oscodes_windows_unlisted_inner.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.
use errtable::Platform;
errtable::error_table! {
    /// Resolver-like.
    #[errtable(os_error_codes = windows)]
    pub enum R {
        /// again
        Again { windows: WSATRY_AGAIN = 11002, linux: EAI_AGAIN = -3, message: "again" },
        #[catch_all]
        Other,
    }
}
fn main() {
    let v = R::decode(Platform::Linux, 5);
    assert_eq!(v.raw_os_error(), None, "table raw_os_error");
    let e = std::io::Error::from(v);
    assert_eq!(e.raw_os_error(), None, "io::Error of table value: {e}");
    let R::Other(u) = v else { panic!() };
    let e2: std::io::Error = u.into_io_error();
    assert_eq!(e2.raw_os_error(), None, "Unlisted::into_io_error claims os error: {e2}");
}
