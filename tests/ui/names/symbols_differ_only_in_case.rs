// `from_name_ignore_case` finds one row by a name: two rows' names that differ only in
// case are one error, with a note on the first.
errtable::error_table! {
    pub enum Table {
        Again { linux: Eagain = 11, message: "again" },
        Block { linux: EAGAIN = 12, message: "block" },
        Refused { linux: ECONNREFUSED = 111, message: "refused" },
        REFUSED { linux: EREFUSED = 112, message: "refused too" },
    }
}

fn main() {
    let _ = Table::from_name_ignore_case("eagain");
}
