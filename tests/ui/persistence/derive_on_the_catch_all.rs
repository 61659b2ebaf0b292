use errtable::{ErrorTable, OsError};

#[derive(Debug, ErrorTable)]
enum Attempt {
    /// Dropped
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped,
    #[errtable(catch_all)]
    #[errtable(persistence: Permanent)]
    Fatal(OsError),
}

fn main() {
    let _ = Attempt::Dropped.persistence();
}
