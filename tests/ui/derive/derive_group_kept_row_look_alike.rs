//! A variant that keeps its row, with a type that is only named like the canonical
//! table: one error, on the field.
use errtable::ErrorTable;

mod other {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct OsError;
}
use other::OsError;

#[derive(Debug, ErrorTable)]
enum NetError {
    /// Worth another try
    #[errtable(rows: ConnectionRefused | TimedOut, persistence: Transient)]
    Retry(OsError),
}

fn main() {
    let _ = NetError::Retry(OsError);
}
