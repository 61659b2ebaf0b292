//! A `Serialize` of one's own beside the table's, without `no_serde`: rustc's one
//! "conflicting implementations" (a macro cannot see the other impl, nor add a hint to
//! rustc's error). `#[errtable(no_serde)]`, or deriving the trait on the enum (which
//! leaves it to that derive: `expand/serde.rs`'s tests), is what to write.
errtable::error_table! {
    pub enum Net {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

impl serde::Serialize for Net {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

fn main() {
    let _ = Net::Refused;
}
