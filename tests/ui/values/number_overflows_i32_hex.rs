errtable::error_table! {
    pub enum Table {
        Refused { windows: E_FAIL = 0x8000_4005, message: "Unspecified failure" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Windows, 1);
    let _ = Table::Refused.message();
}
