// A misspelt bare marker on a derived variant is rustc's to report (an attribute it
// does not know); the derive reads it as the marker, so the variant's field is not
// reported as well.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[catchall]
    Rest(errtable::Unlisted),
}

fn main() {
    let _ = Table::from(&std::io::Error::from_raw_os_error(111));
}
