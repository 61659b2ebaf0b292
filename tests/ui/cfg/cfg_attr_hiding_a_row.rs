errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[cfg_attr(all(), cfg(any()))]
        Reset { linux: ECONNRESET = 104, message: "Connection reset" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 111);
}
