#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Worth another try
    #[errtable(rows: ConnectionRefused | WouldBlock)]
    Retry(errtable::OsError, u32),
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

fn main() {
    let _ = NetError::Fatal(errtable::OsError::NotFound);
}
