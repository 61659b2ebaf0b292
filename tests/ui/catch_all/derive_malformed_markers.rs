// A malformed `#[errtable(…)]` on a variant with a field is one error: the variant is
// read as what the attribute names, so neither its field nor the table's API (used in
// `main`) reports anything more.
use errtable::{ErrorTable, OsError, Unlisted};

#[derive(Debug, ErrorTable)]
enum Joined {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all, message: "x")]
    Rest(Unlisted),
}

#[derive(Debug, ErrorTable)]
enum NameValue {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable = "catch_all"]
    Rest(Unlisted),
}

#[derive(Debug, ErrorTable)]
enum OnTheField {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    Rest(#[errtable(catch_all)] Unlisted),
}

#[derive(Debug, ErrorTable)]
enum RowsWithoutColon {
    /// Retry
    #[errtable(rows ConnectionReset)]
    Retry(OsError),
    /// Slow
    #[errtable(rows: TimedOut)]
    Slow,
}

fn main() {
    let error = std::io::Error::from_raw_os_error(111);
    let _: Joined = Joined::from(&error);
    let _: NameValue = NameValue::from(&error);
    let _: OnTheField = OnTheField::from(&error);
    let _ = RowsWithoutColon::from_os_error(OsError::TimedOut);
}
