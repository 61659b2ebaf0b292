#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// The peer is slow
    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
    Slow,
    /// Try again
    #[errtable(rows: ConnectionRefused | TimedOut)]
    Again,
}

fn main() {
    let _ = NetError::from_os_error(errtable::OsError::TimedOut);
    let _ = NetError::Slow.members();
}
