// A variant with fields is one mistake among others: every one is reported, and the
// enum's impls are still there for the user's calls.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111, kind: ConnectionRefussed)]
    Refused,
    /// Reset
    #[errtable(linux: ECONNRESET = 104)]
    Reset(u8),
    /// Aborted
    #[errtable(linux: ECONNABORTED = 111)]
    Aborted,
    #[errtable(catch_all)]
    Rest(errtable::Unlisted),
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 111);
    let _ = Table::decode(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
}
