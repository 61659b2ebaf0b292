// One typo is one error, whether or not the right key is there too.
errtable::error_table! {
    pub enum Table {
        Refused { lnux: ECONNREFUSED = 111, linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

#[derive(Debug, errtable::ErrorTable)]
enum Derived {
    /// Refused
    #[errtable(lnux: ECONNREFUSED = 111, linux: ECONNREFUSED = 111)]
    Refused,
}

fn main() {
    let _ = Table::Refused.message();
    let _ = Derived::Refused.code(errtable::Platform::Linux);
}
