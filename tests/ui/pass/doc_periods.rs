// A derived message is the doc's first paragraph without the period that ends it; an
// ellipsis and an abbreviation keep theirs.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Wait...
    #[errtable(code: A = 1)]
    Wait,
    /// Refused e.g.
    #[errtable(code: B = 2)]
    Abbreviated,
    /// Needs v1.2.
    #[errtable(code: C = 3)]
    Version,
    /// Really?!
    #[errtable(code: D = 4)]
    Asked,
    /// Too many, etc.
    #[errtable(code: E = 5)]
    Listed,
    /// Timeout, i.e.
    #[errtable(code: F = 6)]
    Lettered,
    /// Not set.
    #[errtable(code: G = 7)]
    EndsInSet,
}

fn main() {
    assert_eq!(Table::Wait.to_string(), "Wait...");
    assert_eq!(Table::Abbreviated.to_string(), "Refused e.g.");
    assert_eq!(Table::Version.to_string(), "Needs v1.2");
    assert_eq!(Table::Asked.to_string(), "Really?!");
    assert_eq!(Table::Listed.to_string(), "Too many, etc.");
    assert_eq!(Table::Lettered.to_string(), "Timeout, i.e.");
    assert_eq!(Table::EndsInSet.to_string(), "Not set");
}
