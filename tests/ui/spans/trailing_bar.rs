errtable::error_table! {
    pub enum Table {
        Again { linux: EAGAIN = 11 |, message: "Try again" },
    }
}

fn main() {
    let _ = Table::Again.message();
}
