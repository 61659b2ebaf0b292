errtable::error_table! {
    pub enum Table {
        NotSupported { linux: EOPNOTSUPP = 94, message: "Operation not supported" },
        Unsupported { linux: ENOTSUP = 95 => NotSupported, message: "Not supported" },
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
}
