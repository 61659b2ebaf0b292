// The catch-all takes a path too: named like a generated item it would hide it.
errtable::error_table! {
    #[allow(non_camel_case_types)]
    pub enum Table {
        Fine { linux: E1 = 1, message: "one" },
        #[catch_all]
        decode,
    }
}

fn main() {}
