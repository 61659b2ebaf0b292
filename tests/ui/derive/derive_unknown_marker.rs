#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefused)]
    Refused,
    #[errtable(catchall)]
    Fatal(errtable::OsError),
}

fn main() {
    let _ = NetError::Refused;
}
