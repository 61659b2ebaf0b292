errtable::error_table! {
    #[errtable(os_error_codes = plan9)]
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::Refused.raw_os_error();
}
