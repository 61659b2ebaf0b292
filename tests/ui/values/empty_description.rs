errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused", description: " " },
    }
}

fn main() {
    let _ = Table::Refused.description();
}
