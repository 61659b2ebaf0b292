// A row named like an associated item the table generates would hide it (`Table::decode`
// would be the row): one error per such row, and everything else still works.
errtable::error_table! {
    #[allow(non_camel_case_types)]
    pub enum Table {
        from_code { linux: E1 = 1, message: "one" },
        from_name { linux: E2 = 2, message: "two" },
        from { linux: E3 = 3, message: "three" },
        from_raw_os_error { linux: E4 = 4, message: "four" },
        from_io_error { linux: E5 = 5, message: "five" },
        ALL { linux: E6 = 6, message: "six" },
        decode { linux: E7 = 7, message: "seven" },
        translate { linux: E8 = 8, message: "eight" },
        Fine { linux: E9 = 9, message: "nine" },
        from_name_ignore_case { linux: E10 = 10, message: "ten" },
        #[catch_all]
        Unlisted,
    }
}

fn main() {
    let _ = Table::Fine.message();
    let _: Option<Table> = "E9".parse().ok();
    let _ = Table::from_code;
}
