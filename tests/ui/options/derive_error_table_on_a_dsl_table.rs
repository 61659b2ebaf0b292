//! `#[derive(ErrorTable)]` on the enum `error_table!` writes: one error, on the name.
errtable::error_table! {
    #[derive(errtable::ErrorTable)]
    pub enum Net {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    let _ = Net::Refused.message();
}
