// A misspelt canonical row is one error, from rustc, on the name (also in
// `--message-format=json`, which an editor shows: the expansion names each member once).
#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefsed)]
    Refused,
    /// Gone
    #[errtable(rows: ConnectionReset)]
    Reset,
}

fn main() {
    let _ = NetError::from_os_error(errtable::OsError::TimedOut);
    let _ = NetError::Refused.members();
    let _ = NetError::Reset.kind();
}
