// Another name of a platform, which the runtime's parser accepts, gets the key to write.
errtable::error_table! {
    #[errtable(os_error_codes = osx)]
    pub enum Table {
        A { osx: EA = 1, message: "a" },
        B { win32: EB = 2, message: "b" },
    }
}

fn main() {
    let _ = Table::A.message();
}
