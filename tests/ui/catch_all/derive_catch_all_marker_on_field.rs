// `#[catch_all]` on the field (or on the enum) of a derived enum: rustc lets the
// derive's helper attribute through, so the derive reports each, once.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    Rest(#[catch_all] errtable::Unlisted),
}

#[derive(Debug, errtable::ErrorTable)]
#[catch_all]
enum Second {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    Rest(errtable::Unlisted),
}

fn main() {
    let _ = Table::from(&std::io::Error::from_raw_os_error(111));
    let _ = Second::from(&std::io::Error::from_raw_os_error(111));
}
