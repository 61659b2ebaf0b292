//! A derive sees the enum as the configuration leaves it: a `#[cfg]`'d-out variant is
//! not there, and the table works without it.
#![deny(warnings)]

#[derive(Debug, Clone, Copy, PartialEq, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    /// Reset
    #[cfg(any())]
    #[errtable(linux: ECONNRESET = 104)]
    Reset,
    #[cfg(any())]
    #[errtable(catch_all)]
    Rest(errtable::Unlisted),
}

fn main() {
    assert_eq!(Table::ALL, &[Table::Refused]);
    assert_eq!(Table::from_code(errtable::Platform::Linux, 104), None);
}
