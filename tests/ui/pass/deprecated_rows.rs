//! A deprecated row or table: the expansion itself uses them without a warning.
#![deny(warnings)]

errtable::error_table! {
    /// A table on its way out.
    #[deprecated = "use another table"]
    pub enum Old {
        /// Refused.
        #[deprecated = "use Reset"]
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        Reset { linux: ECONNRESET = 104, message: "Connection reset" },
        #[catch_all]
        Unlisted,
    }
}

/// A derived table with a deprecated row.
#[derive(Debug, errtable::ErrorTable)]
pub enum Derived {
    /// Refused
    #[deprecated = "use Reset"]
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    /// Reset
    #[errtable(linux: ECONNRESET = 104)]
    Reset,
}

/// A deprecated group.
#[deprecated = "use Derived"]
#[derive(Debug, errtable::ErrorTable)]
pub enum Group {
    /// Reset
    #[errtable(rows: ConnectionReset)]
    Reset,
}

fn main() {
    #[allow(deprecated)]
    let _ = Old::from_code(errtable::Platform::Linux, 104);
}
