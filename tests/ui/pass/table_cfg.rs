//! A whole `error_table!` under `#[cfg]`: its impls come and go with it.
#![deny(warnings)]

errtable::error_table! {
    #[cfg(any())]
    pub enum Gone {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

errtable::error_table! {
    #[cfg(all())]
    pub enum Here {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    assert_eq!(Here::Refused.message(), "Connection refused");
}
