errtable::error_table! {
    pub enum Table {
        Again { linux: EAGAIN = 11 | EAGAIN, message: "Try again" },
    }
}

fn main() {
    let _ = Table::Again.aliases(errtable::Platform::Linux);
}
