errtable::error_table! {
    #[errtable(os_error_codes = windows)]
    #[errtable(os_error_codes = linux)]
    pub enum Table {
        Refused { windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::Refused.raw_os_error();
}
