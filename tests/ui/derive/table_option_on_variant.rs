// A table option written among a variant's entries (or a DSL row's): one error saying
// where it goes.
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    /// Refused
    #[errtable(code: A = 1, no_serde)]
    Refused,
}

errtable::error_table! {
    pub enum Dsl {
        Refused { code: A = 1, os_error_codes = windows, message: "refused" },
        Reset { code: B = 2, no_serde: true, message: "reset" },
    }
}

fn main() {
    let _ = Table::ALL;
    let _ = Dsl::ALL;
}
