//! `#[cfg_attr(pred, errtable(no_serde))]` leaves the serde impls out where the
//! predicate holds, so that the user's own impl does not clash with them.
#![deny(warnings)]

errtable::error_table! {
    #[cfg_attr(all(), errtable(no_serde))]
    pub enum Table {
        A { linux: EA = 1, message: "a" },
    }
}

impl serde::Serialize for Table {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("mine")
    }
}

fn main() {
    assert_eq!(Table::A.message(), "a");
}
