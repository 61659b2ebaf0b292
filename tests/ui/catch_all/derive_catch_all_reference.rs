//! A catch-all field that is a reference to the kept type: one error, on the field,
//! and none about lifetimes in generated code.
use errtable::{ErrorTable, OsError};

#[derive(Debug, ErrorTable)]
enum NetError {
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused,
    #[errtable(catch_all)]
    Fatal(&'static OsError),
}

fn main() {
    let _ = NetError::Refused;
}
