#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    #[errtable(rows: ConnectionRefused, mesage: "Nobody listens")]
    Refused,
    /// The peer went away
    #[errtable(row: ConnectionReset)]
    Dropped,
    /// The peer is slow
    #[errtable(rows: TimedOut, colour: "red")]
    Slow,
}

fn main() {
    let _ = NetError::from_os_error(errtable::OsError::ConnectionRefused);
    let _ = NetError::Refused.message();
}
