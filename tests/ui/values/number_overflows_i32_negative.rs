errtable::error_table! {
    pub enum Table {
        Refused { windows: WSAECONNREFUSED = -2147483649, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Windows, 1);
    let _ = Table::Refused.message();
}
