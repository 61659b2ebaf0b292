//! Derives a table does not have, on a DSL table; and the default ones again where the
//! table gives none (`no_default_derives`).
#![deny(warnings)]

errtable::error_table! {
    #[derive(PartialOrd, Ord)]
    pub enum Net {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        Reset { linux: ECONNRESET = 104, message: "Connection reset by peer" },
    }
}

errtable::error_table! {
    #[errtable(no_default_derives)]
    #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
    pub enum Own {
        Busy { code: BUSY = 450, message: "Busy" },
    }
}

fn main() {
    assert!(Net::Refused < Net::Reset);
    assert_eq!(Own::Busy, Own::Busy.clone());
}
