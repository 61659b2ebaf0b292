// The DSL's marker written twice: one error, on the repeat.
errtable::error_table! {
    pub enum Table {
        A { linux: EA = 1, message: "a" },
        #[catch_all]
        #[catch_all]
        Rest,
    }
}

fn main() {
    let _ = Table::decode(errtable::Platform::Linux, 2);
}
