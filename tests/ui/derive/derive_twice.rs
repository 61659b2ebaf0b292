//! `ErrorTable` derived by two `#[derive]`s: one error, on the second, and the first
//! expands alone (no duplicate item is reported).
#[derive(Debug, errtable::ErrorTable)]
#[derive(PartialEq, errtable::ErrorTable)]
enum NetError {
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused,
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

fn main() {
    assert_eq!(NetError::from(errtable::OsError::TimedOut), NetError::Fatal(errtable::OsError::TimedOut));
}
