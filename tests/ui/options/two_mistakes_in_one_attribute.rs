// Two wrong table options in one attribute: each is reported.
use errtable::ErrorTable;

#[derive(Debug, ErrorTable)]
#[errtable(kind: Other, persistence: Transient)]
enum Entries {
    /// Refused
    #[errtable(code: A = 1)]
    Refused,
}

errtable::error_table! {
    #[errtable(no_serde = yes, crate = "errtable", nonsense, linux)]
    pub enum Dsl {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Entries::Refused.message();
    let _ = Dsl::Refused.message();
}
