// Only `no_serde` may depend on the configuration: what a table is may not.
errtable::error_table! {
    #[cfg_attr(all(), errtable(os_error_codes = linux))]
    pub enum Table {
        A { linux: EA = 1, message: "a" },
    }
}

fn main() {
    let _ = Table::A.message();
}
