// A keyword, `Self` or `_` cannot name a row: one error on the name, the rest of the
// row skipped, the rows after it read.
errtable::error_table! {
    pub enum Table {
        fn { linux: A = 1, message: "a" },
        Self { linux: B = 2, message: "b" },
        _ { linux: C = 3, message: "c" },
        Fine { linux: D = 4, message: "d" },
    }
}

errtable::error_table! {
    pub enum OnlyRow {
        Self { linux: A = 1, message: "a" },
    }
}

fn main() {
    let _ = Table::Fine.message();
    let _ = OnlyRow::ALL;
}
