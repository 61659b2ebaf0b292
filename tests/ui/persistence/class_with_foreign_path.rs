errtable::error_table! {
    pub enum Table {
        Refused {
            linux: ECONNREFUSED = 111,
            persistence: Retry::Transient,
            message: "Connection refused",
        },
    }
}

fn main() {
    let _ = Table::Refused.persistence();
}
