#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    /// Connection reset
    #[errtable(linux: ECONNRESET = 111)]
    Reset,
}

fn main() {
    let _ = NetError::from_code(errtable::Platform::Linux, 111);
    let _ = NetError::Reset.message();
}
