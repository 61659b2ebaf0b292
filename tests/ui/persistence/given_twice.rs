errtable::error_table! {
    pub enum Table {
        Refused {
            linux: ECONNREFUSED = 111,
            persistence: Transient,
            message: "Connection refused",
            persistence: Permanent,
        },
    }
}

fn main() {
    let _ = Table::Refused.persistence();
}
