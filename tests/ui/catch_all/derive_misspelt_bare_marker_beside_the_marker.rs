// A misspelt bare marker beside the right one: rustc's one error, and the catch-all is
// not marked twice.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    #[catchall]
    Rest(errtable::Unlisted),
}

fn main() {
    let _ = Table::from(&std::io::Error::from_raw_os_error(111));
}
