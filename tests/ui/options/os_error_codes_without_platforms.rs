errtable::error_table! {
    #[errtable(os_error_codes)]
    pub enum Table {
        Refused { windows: WSAECONNREFUSED = 10061, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::Refused.raw_os_error();
}
