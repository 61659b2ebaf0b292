// A wrong marker (misplaced or malformed) beside the right one is one mistake: one error,
// on the wrong marker, and the catch-all is not "marked twice".
use errtable::{ErrorTable, Unlisted};

#[derive(Debug, ErrorTable)]
enum OnTheField {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    Rest(#[catch_all] Unlisted),
}

#[derive(Debug, ErrorTable)]
enum DslMarker {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[catch_all]
    #[errtable(catch_all)]
    Rest(Unlisted),
}

errtable::error_table! {
    pub enum Malformed {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catch_all(keep)]
        #[catch_all]
        Rest,
    }
}

errtable::error_table! {
    pub enum DeriveSyntax {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[catch_all]
        #[errtable(catch_all)]
        Rest,
    }
}

fn main() {
    let error = std::io::Error::from_raw_os_error(111);
    let _ = OnTheField::from(&error);
    let _ = DslMarker::from(&error);
    let _ = Malformed::decode(errtable::Platform::Linux, 1);
    let _ = DeriveSyntax::decode(errtable::Platform::Linux, 1);
}
