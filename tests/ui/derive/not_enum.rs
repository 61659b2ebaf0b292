errtable::error_table! {
    pub struct Table {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {}
