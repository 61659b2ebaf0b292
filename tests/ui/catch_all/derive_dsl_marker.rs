// `#[catch_all]` is the DSL's marker: on a derived enum the derive says what to write
// (rustc stays quiet: `catch_all` is one of the derive's helper attributes), and reads
// the variant as the catch-all, so nothing else is reported.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[catch_all]
    Rest(errtable::Unlisted),
}

fn main() {
    let _ = Table::from(&std::io::Error::from_raw_os_error(111));
}
