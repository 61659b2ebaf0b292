//! `i32` renamed by the user to another type: the catch-all of a table of its own
//! codes is not the code it keeps. One error, on the field.
#[allow(non_camel_case_types)]
type i32 = u8;

#[derive(Debug, errtable::ErrorTable)]
enum Ftp {
    /// Busy
    #[errtable(code: BUSY = 450)]
    Busy,
    #[errtable(catch_all)]
    Unknown(i32),
}

fn main() {
    let _ = Ftp::Busy.code();
    let _ = Ftp::decode(7);
}
