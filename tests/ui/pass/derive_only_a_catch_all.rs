//! A derived enum whose rows are all `#[cfg]`'d out on this target is no mistake (the
//! derive cannot tell it from one written without rows): the table has none, and its
//! catch-all's type says what it is, so a group keeps `From<OsError>`.
#![deny(warnings)]

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Group {
    /// Retry
    #[cfg(any())]
    #[errtable(rows: ConnectionReset)]
    Retry,
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Own {
    /// Busy
    #[cfg(any())]
    #[errtable(code: BUSY = 450)]
    Busy,
    #[errtable(catch_all)]
    Unknown(i32),
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Nothing {}

fn main() {
    assert_eq!(
        Group::from(errtable::OsError::ConnectionReset),
        Group::Fatal(errtable::OsError::ConnectionReset)
    );
    assert_eq!(Group::ALL, &[]);
    assert_eq!(Own::decode(450), Own::Unknown(450));
    assert_eq!(Nothing::from_name("x"), None);
}
