// `from_name("Reset")` would have two answers: the row `Reset`, and the row whose
// symbol is `Reset`.
errtable::error_table! {
    pub enum Table {
        Refused { linux: Reset = 111, message: "Connection refused" },
        Reset { linux: ECONNRESET = 104, message: "Connection reset" },
    }
}

fn main() {
    let _ = Table::from_name("Reset");
}
