#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(linux: ECONNRESET = 104, kind: ConnectionReset)]
    Reset,
}

fn main() {
    let _ = NetError::from_code(errtable::Platform::Linux, 104);
    let _ = NetError::Reset.message();
}
