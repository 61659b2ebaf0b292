// The platforms of `os_error_codes` joined with `,`: the hint says they are joined with
// `|`, not that the next one is an unknown table option.
errtable::error_table! {
    #[errtable(os_error_codes = windows, macos)]
    pub enum Table {
        Refused { windows: REFUSED = 1, macos: REFUSED = 2, message: "refused" },
    }
}

fn main() {
    let _ = Table::Refused.message();
}
