// Two words that are no entries in one row (table options, a list written with `,`):
// each is reported, and the row keeps its entries.
use errtable::ErrorTable;

#[derive(Debug, ErrorTable)]
enum Derived {
    /// Refused
    #[errtable(code: A = 1, no_serde, no_default_derives)]
    Refused,
}

errtable::error_table! {
    pub enum Dsl {
        Again { linux: EAGAIN = 11, EWOULDBLOCK, kind: WouldBlock, Interrupted, message: "again" },
        Reset { linux: ECONNRESET = 104, no_serde, os_error_codes = linux, message: "reset" },
    }
}

fn main() {
    let _ = Derived::Refused.message();
    let _ = Dsl::Again.message();
}
