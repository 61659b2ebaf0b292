#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefused)]
    Refused,
    #[errtable(catch_all)]
    Fatal,
}

fn main() {
    let _ = NetError::Fatal;
}
