// The DSL's `#[catch_all]`, and the derive's `#[errtable(catch_all)]`, written on the
// enum: one error each, the one empty row read as the catch-all.
errtable::error_table! {
    #[catch_all]
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        Other,
    }
}

errtable::error_table! {
    #[errtable(catch_all, no_serde)]
    pub enum Second {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        Other,
    }
}

fn main() {
    let _ = Table::decode(errtable::Platform::Linux, 5);
    let _ = Second::decode(errtable::Platform::Linux, 5);
}
