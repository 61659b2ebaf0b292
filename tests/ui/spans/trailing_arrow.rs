errtable::error_table! {
    pub enum Table {
        NotSupported { linux: ENOTSUP = 95 =>, message: "Not supported" },
        OperationNotSupported { linux: EOPNOTSUPP = 95, message: "Operation not supported" },
    }
}

fn main() {
    let _ = Table::NotSupported.message();
}
