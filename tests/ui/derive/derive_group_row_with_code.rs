#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefused, linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

fn main() {
    let _ = NetError::from(errtable::OsError::ConnectionRefused);
    let _ = NetError::Refused.members();
}
