errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, kind: ConnectionRefused },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 1);
    let _ = Table::Refused.message();
}
