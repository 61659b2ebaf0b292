// Class: 1 catch-all vs os_error_codes (run time)
// Expected: ok: on Linux, a table with os_error_codes = windows decodes io::Error::from_raw_os_error(5) to a catch-all value that keeps 5, converts back to an io::Error with raw_os_error() == Some(5), and equals decode_raw_os_error(5)
// Happened: compiles; R::from(&io) is Other(Kind(Uncategorized)) (the raw code is lost: the io::Error made back from it reads "uncategorized error", raw_os_error() None) while R::decode_raw_os_error(5) is Other(Raw(5)): two answers for one code, and the docs say decode_raw_os_error gives what From<&io::Error> gives
// Found by: /work/wt/adv-scratch/src/bin/c1_03_oscodes_roundtrip_linux_raw.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! Adversary input, round 3.

errtable::error_table! {
    /// R
    #[errtable(os_error_codes = windows)]
    pub enum R {
        /// again
        Again { windows: WSATRY_AGAIN = 11002, linux: EAI_AGAIN = 5, message: "again" },
        #[catch_all]
        Other,
    }
}
fn main() {
    let io = std::io::Error::from_raw_os_error(5);
    let v = R::from(&io);
    // linux codes are not OS codes: raw 5 (EIO) is not EAI_AGAIN
    assert_ne!(v, R::Again, "EIO decoded as the resolver row");
    let back = std::io::Error::from(v);
    assert_eq!(back.raw_os_error(), Some(5), "lost raw code: {back}");
    assert_eq!(R::from(&back), v);
    assert_eq!(R::decode_raw_os_error(5), v, "decode_raw_os_error disagrees with From<&io::Error>");
}
