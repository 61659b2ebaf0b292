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
    second();
}

// Beside the right marker, the misspelt one is still reported once, and the catch-all
// is not marked twice.
errtable::error_table! {
    pub enum Second {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catch_all]
        #[catchall]
        Other,
    }
}

fn second() {
    let _ = Second::decode(errtable::Platform::Linux, 5);
}
