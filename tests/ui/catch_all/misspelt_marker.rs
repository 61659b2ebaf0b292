// A misspelt `#[catch_all]` in the DSL: one error with the right name (the attribute is
// not passed on to rustc), and the row is read as the catch-all.
errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catchall]
        Other,
    }
}

fn main() {
    let _ = Table::decode(errtable::Platform::Linux, 5);
}
