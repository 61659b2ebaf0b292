// Tokens after the enum are one error; the table is still there for the user's calls.
errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
    pub enum Second {}
}

fn main() {
    let _ = Table::Refused.message();
}
