errtable::error_table! {
    pub enum Table {
        Refused {},
        Reset { linux: ECONNRESET = 104, message: "Connection reset" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
}
