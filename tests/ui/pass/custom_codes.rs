//! A table of a protocol's own codes compiles cleanly under strict lints.
#![deny(warnings, missing_docs)]

errtable::error_table! {
    /// Status codes of a protocol.
    #[errtable(no_default_derives)]
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Status {
        BadRequest { code: BAD_REQUEST = 400, message: "Bad request" },
        NotFound { code: NOT_FOUND = 404 | MISSING, kind: NotFound, message: "Not found" },
        #[catch_all]
        Other,
    }
}

fn main() {
    assert_eq!(Status::from_code(404), Some(Status::NotFound));
    assert_eq!(Status::decode(999), Status::Other(999));
}
