//! A catch-all field named `OsError` that is another type: one error, on the field.
mod lookalike {
    #[derive(Debug)]
    pub struct OsError;
}

use lookalike::OsError;

#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefused)]
    Refused,
    #[errtable(catch_all)]
    Fatal(OsError),
}

fn main() {
    let _ = NetError::Refused;
    let _ = NetError::decode(errtable::Platform::Linux, 5);
}
