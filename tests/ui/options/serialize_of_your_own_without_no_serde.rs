//! A `Serialize` of one's own beside the table's, without `no_serde`: rustc's one
//! "conflicting implementations", whose note points at the table's name (not the whole
//! macro call). `no_serde` or deriving it on the enum (`pass/serde_derived_by_the_user`)
//! is what to write.
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
