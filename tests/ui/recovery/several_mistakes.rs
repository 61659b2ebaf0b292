errtable::error_table! {
    pub enum Table {
        Refused {
            lnux: ECONNREFUSED = 111,
            kind: ConnectionRefussed,
            message: "Connection refused",
        },
        Reset {
            linux: ECONNRESET = 111,
            kind: ConnectionReset,
        },
        Refused { linux: EREFUSED = 3000000000, message: "Refused" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
    let _ = Table::Reset.kind();
}
