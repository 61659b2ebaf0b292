// A clash in an entry that joins platforms is one mistake, reported once.
errtable::error_table! {
    pub enum Table {
        A { linux | linux_powerpc | linux_sparc: EA = 5, message: "a" },
        B { linux | linux_powerpc | linux_sparc: EB = 5, message: "b" },
    }
}

fn main() {
    let _ = Table::B.message();
}
