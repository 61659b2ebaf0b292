use errtable::{ErrorTable, OsError};

#[derive(Debug, ErrorTable)]
enum Attempt {
    /// Worth another try
    #[errtable(rows: ConnectionRefused | ConnectionReset | TimedOut)]
    Retry,
    #[errtable(catch_all)]
    Fatal(OsError),
}

fn main() {
    let _ = Attempt::Retry.persistence();
}
