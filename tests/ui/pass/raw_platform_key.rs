//! A platform key written as a raw identifier is the key.
#![deny(warnings)]

errtable::error_table! {
    #[errtable(os_error_codes = r#linux)]
    pub enum Table {
        A { r#linux: EA = 1, message: "a" },
    }
}

fn main() {
    assert_eq!(Table::A.code(errtable::Platform::Linux), Some(1));
}
