errtable::error_table! {
    #[errtable(crate = ::errtable)]
    #[errtable(crate = ::errtable, no_default_derives, no_default_derives)]
    #[derive(Debug)]
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Table::Refused.message();
}
