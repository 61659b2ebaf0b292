// A wrong marker alone is one error: the variant is read as what the rest of it says,
// a row if it gives codes, the catch-all meant otherwise; nothing more is reported
// (not the row's entries on a catch-all, not a second catch-all).
use errtable::{ErrorTable, Unlisted};

#[derive(Debug, ErrorTable)]
enum Derived {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    #[catch_all(x)]
    Refused,
    #[catch_all = "yes"]
    Rest(Unlisted),
}

errtable::error_table! {
    pub enum Dsl {
        #[catch_all(x)]
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catch_all = "yes"]
        Rest,
    }
}

errtable::error_table! {
    pub enum MisspeltAndMalformed {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catchall]
        #[catch_all(x)]
        Rest,
    }
}

fn main() {
    let _ = Derived::from(&std::io::Error::from_raw_os_error(111));
    let _ = Derived::Rest(Unlisted::from_raw_os_error(1));
    let _ = Dsl::decode(errtable::Platform::Linux, 1);
    let _ = Dsl::Refused.message();
    let _ = MisspeltAndMalformed::decode(errtable::Platform::Linux, 1);
}
