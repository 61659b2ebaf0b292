//! `#[doc(alias = …)]` is no doc comment: the row still gets its generated one. Every
//! symbol of a row becomes a doc alias of its variant, once: not a symbol that is the
//! variant's own name (rustdoc rejects that), nor one the user already wrote (a repeat
//! is a warning).
#![deny(warnings, missing_docs)]

errtable::error_table! {
    /// A table with aliases for search.
    pub enum Table {
        #[doc(alias = "refused")]
        #[doc(alias = "ECONNREFUSED")]
        Refused {
            windows: WSAECONNREFUSED = 10061,
            linux: ECONNREFUSED = 111,
            macos: ECONNREFUSED = 61,
            message: "Connection refused",
        },
        #[doc(alias("EAGAIN", "again"))]
        Again { linux: EAGAIN = 11 | EWOULDBLOCK, macos: EAGAIN = 35 | EWOULDBLOCK, message: "Try again" },
        /// Its symbol is its own name.
        #[allow(clippy::upper_case_acronyms)]
        EINVAL { linux: EINVAL = 22 | EINVAL2 = 23, message: "Invalid argument" },
        #[doc(alias = "other")]
        #[catch_all]
        Unlisted,
    }
}

fn main() {
    assert_eq!(Table::Refused.message(), "Connection refused");
    assert_eq!(Table::symbol_of(errtable::Platform::Linux, 23), Some("EINVAL2"));
}
