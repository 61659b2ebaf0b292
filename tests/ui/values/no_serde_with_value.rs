#[derive(Debug, errtable::ErrorTable)]
#[errtable(no_serde = true)]
enum Table {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 111);
    let _ = Table::Refused.message();
}
