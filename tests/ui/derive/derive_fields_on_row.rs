#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused(u16),
    /// Connection reset
    #[errtable(linux: ECONNRESET = 104)]
    Reset { port: u16 },
}

fn main() {
    let _ = NetError::Refused(80);
    let _ = NetError::Reset { port: 80 };
}
