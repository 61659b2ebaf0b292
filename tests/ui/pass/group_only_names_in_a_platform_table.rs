// Only a group generates `members`, `codes`, `os_error` and `from_os_error`: a table of
// codes may name rows so.
errtable::error_table! {
    #[allow(non_camel_case_types)]
    pub enum Table {
        members { linux: A = 1, message: "a" },
        codes { linux: B = 2, message: "b" },
        os_error { linux: C = 3, message: "c" },
    }
}

fn main() {
    assert_eq!(Table::members.message(), "a");
    assert_eq!(Table::from_name("B").map(|row| row.name()), Some("codes"));
}
