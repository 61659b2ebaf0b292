// After a missing comma between rows, the later mistakes are reported too.
errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" }
        Reset { linux: ECONNRESET = 104, kind: ConnectionRest, message: "Connection reset" },
        Aborted { linux: ECONNABORTED = 103 },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 1);
    let _ = Table::Reset.message();
}
