#[derive(Debug, errtable::ErrorTable)]
#[errtable(os_error_codes = windows)]
enum Retry {
    /// Worth another try
    #[errtable(rows: ConnectionRefused | WouldBlock)]
    Again,
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

fn main() {
    let _ = Retry::from_os_error(errtable::OsError::TimedOut);
    let _ = Retry::Again.message();
}
