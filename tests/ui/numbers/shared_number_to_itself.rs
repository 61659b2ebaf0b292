errtable::error_table! {
    pub enum Table {
        Unsupported { linux: ENOTSUP = 95 => Unsupported, message: "Not supported" },
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
}
