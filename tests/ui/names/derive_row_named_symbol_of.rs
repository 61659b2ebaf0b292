// A derived variant named like the generated `symbol_of` would hide it.
#[derive(Debug, errtable::ErrorTable)]
#[allow(non_camel_case_types)]
enum Table {
    /// One
    #[errtable(linux: E1 = 1)]
    symbol_of,
    /// Two
    #[errtable(linux: E2 = 2)]
    Fine,
    #[errtable(catch_all)]
    Rest(errtable::Unlisted),
}

fn main() {
    let _ = Table::Fine.message();
    let _ = Table::from_code(errtable::Platform::Linux, 2);
}
