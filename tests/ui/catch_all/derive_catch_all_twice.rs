// The catch-all's marker written twice on one variant: one error, on the repeat.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    #[errtable(catch_all)]
    Rest(errtable::Unlisted),
}

fn main() {
    let _ = Table::from(&std::io::Error::from_raw_os_error(111));
}
