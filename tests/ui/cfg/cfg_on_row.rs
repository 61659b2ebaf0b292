// `#[cfg]` on a row of `error_table!` is one error, on the attribute; the table and its
// other rows still work. (A derive sees only the rows the configuration keeps: see
// pass/derive_cfg.rs.)
errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[cfg(any())]
        Reset { linux: ECONNRESET = 104, message: "Connection reset" },
    }
}

fn main() {
    let _ = Table::from_code(errtable::Platform::Linux, 111);
    let _ = Table::Refused.message();
    let _ = Table::Reset.name();
}
