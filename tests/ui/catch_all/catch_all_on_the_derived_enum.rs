// `catch_all` written on the enum marks no variant: one error there, and the one
// variant left with nothing in it is read as the catch-all it was meant to mark, so
// that its field is not reported too.
use errtable::{ErrorTable, OsError};

#[derive(Debug, ErrorTable)]
#[errtable(catch_all)]
enum Net {
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused,
    Fatal(OsError),
}

fn main() {
    let _ = Net::from(OsError::TimedOut);
}
