errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111.0, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
}
