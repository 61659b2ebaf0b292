errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catch_all(keep)]
        Unlisted,
    }
}

fn main() {
    let _ = Table::decode(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
}
