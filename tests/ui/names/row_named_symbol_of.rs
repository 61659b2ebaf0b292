// `symbol_of` and `decode_raw_os_error` are generated too: a row named like either would
// hide it. One error per such row, and the table still works.
errtable::error_table! {
    #[allow(non_camel_case_types)]
    pub enum Table {
        symbol_of { linux: E1 = 1, message: "one" },
        decode_raw_os_error { linux: E2 = 2, message: "two" },
        Fine { linux: E3 = 3, message: "three" },
        #[catch_all]
        Unlisted,
    }
}

fn main() {
    let _ = Table::Fine.message();
    let _ = Table::from_code(errtable::Platform::Linux, 3);
}
