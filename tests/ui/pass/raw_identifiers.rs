//! Raw identifiers are names without their `r#`: in `name()`, `symbol()`, `{:#}` and
//! `from_name`.
#![deny(warnings)]

errtable::error_table! {
    pub enum Table {
        r#Match { linux: r#match = 1, message: "Matched" },
    }
}

/// A derived table with a raw variant name.
#[derive(Debug, Clone, Copy, PartialEq, errtable::ErrorTable)]
pub enum Derived {
    /// Looped
    #[errtable(code: r#loop = 2)]
    r#Loop,
}

fn main() {
    use errtable::Platform;
    assert_eq!(Table::Match.name(), "Match");
    assert_eq!(Table::Match.symbol(Platform::Linux), Some("match"));
    assert_eq!(Table::from_name("match"), Some(Table::Match));
    assert_eq!(Table::from_name("Match"), Some(Table::Match));
    assert_eq!(Table::from_name("r#Match"), None);
    assert_eq!(Derived::Loop.name(), "Loop");
    assert_eq!(Derived::Loop.symbol(), Some("loop"));
    assert_eq!(Derived::from_name("Loop"), Some(Derived::Loop));
}
