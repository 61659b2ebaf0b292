#[derive(Debug, errtable::ErrorTable)]
enum Group {
    /// Refused
    #[errtable(rows: _)]
    Refused,
    /// Reset
    #[errtable(rows: ConnectionReset)]
    Reset,
}

fn main() {
    let _ = Group::from_os_error(errtable::OsError::ConnectionReset);
}
