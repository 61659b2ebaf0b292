#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// Something else went wrong
    Other,
}

fn main() {
    let _ = NetError::Other;
}
