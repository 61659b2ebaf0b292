//! A derive's field type written through `Self` (valid in an enum): the generated
//! helpers, outside the enum, read it as the table.
#![deny(warnings)]

trait Has {
    type Row;
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Attempt {
    /// Again
    #[errtable(rows: WouldBlock | Interrupted)]
    Again(<Self as Has>::Row),
    #[errtable(catch_all)]
    Fatal(<Self as Has>::Row),
}

impl Has for Attempt {
    type Row = errtable::OsError;
}

fn main() {
    use errtable::OsError;
    assert_eq!(Attempt::from(OsError::Interrupted), Attempt::Again(OsError::Interrupted));
    assert_eq!(Attempt::from(OsError::TimedOut), Attempt::Fatal(OsError::TimedOut));
    assert_eq!(Attempt::Again(OsError::WouldBlock).os_error(), Some(OsError::WouldBlock));
}
