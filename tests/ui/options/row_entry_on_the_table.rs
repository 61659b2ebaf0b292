// A row's entry written among the table options: one error saying where it goes (not
// "unknown table option").
errtable::error_table! {
    #[errtable(message: "refused")]
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

#[derive(Debug, errtable::ErrorTable)]
#[errtable(linux: ECONNRESET = 104)]
enum Derived {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
}

fn main() {
    let _ = Table::Refused.message();
    let _ = Derived::Refused.message();
}
