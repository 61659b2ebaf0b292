// `os_error_codes` takes platform keys; a path to a `Platform` variant is one error
// naming the key, and is read as that key.
errtable::error_table! {
    #[errtable(os_error_codes = Platform::Windows | errtable::Platform::Bogus)]
    pub enum Table {
        Refused { windows: REFUSED = 1, message: "refused" },
    }
}

fn main() {
    let _ = Table::Refused.message();
}
