errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "" },
    }
}

fn main() {
    let _ = Table::Refused.message();
}
