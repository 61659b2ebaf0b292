// A variant with codes of its own in an enum that groups canonical rows: refused, with
// the reason (its code would decode two ways) and what to write instead.
#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// Our own
    #[errtable(linux: EOURS = 4000)]
    Ours,
}

fn main() {
    let _ = NetError::from_os_error(errtable::OsError::ConnectionRefused);
}
