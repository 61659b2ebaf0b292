// `Foo` and `r#Foo` are one name.
errtable::error_table! {
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
        r#Refused { linux: ECONNRESET = 104, message: "Connection reset" },
    }
}

fn main() {
    let _ = Table::Refused.message();
}
