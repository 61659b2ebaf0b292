// A table cannot be generic: one error on the parameter (or the `where`), the table
// read without it.
errtable::error_table! {
    pub enum Table<T> {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

errtable::error_table! {
    pub enum Second where u8: Copy {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::Refused.message();
    let _ = Second::Refused.message();
}
