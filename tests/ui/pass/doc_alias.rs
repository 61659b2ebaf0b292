//! `#[doc(alias = …)]` is no doc comment: the row still gets its generated one.
#![deny(warnings, missing_docs)]

errtable::error_table! {
    /// A table with aliases for search.
    pub enum Table {
        #[doc(alias = "refused")]
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        #[doc(alias = "other")]
        #[catch_all]
        Unlisted,
    }
}

fn main() {
    assert_eq!(Table::Refused.message(), "Connection refused");
}
