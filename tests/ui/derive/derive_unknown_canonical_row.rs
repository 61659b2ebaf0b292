#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped,
    /// Nobody listens
    #[errtable(rows: ConnectionRefsed)]
    Refused,
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

fn main() {
    let _ = NetError::from(errtable::OsError::TimedOut);
    let _ = NetError::Dropped.members();
}
