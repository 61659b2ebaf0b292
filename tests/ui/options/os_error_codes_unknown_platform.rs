errtable::error_table! {
    #[errtable(os_error_codes = windows | lnux)]
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::Refused.raw_os_error();
    let _ = Table::from_raw_os_error(111);
}
