// A misspelt `catch_all` among a row's entries: one error on it, with the hint, wherever
// it is in the list; the row keeps its other entries.
use errtable::{ErrorTable, Unlisted};

#[derive(Debug, ErrorTable)]
enum Derived {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111, catchall)]
    Refused,
    #[errtable(catch_al)]
    Rest(Unlisted),
}

errtable::error_table! {
    pub enum Dsl {
        Refused { linux: ECONNREFUSED = 111, catchall, message: "Connection refused" },
        Reset { catch_all, linux: ECONNRESET = 104, message: "Connection reset" },
        #[catch_all]
        Rest,
    }
}

fn main() {
    let _ = Derived::from(&std::io::Error::from_raw_os_error(111));
    let _ = Dsl::decode(errtable::Platform::Linux, 1);
    let _ = Dsl::Refused.message();
}
