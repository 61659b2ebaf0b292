// A doc made by `include_str!` is text rustc makes after the derive ran: the derive
// cannot read it, and says so where the message would come from it (with `message:`
// the doc is only the doc).
#[derive(Debug, errtable::ErrorTable)]
enum Table {
    #[doc = include_str!("derive_doc_the_derive_cannot_read.rs")]
    #[errtable(code: A = 1)]
    Unread,
    #[doc = include_str!("derive_doc_the_derive_cannot_read.rs")]
    #[errtable(code: B = 2, message: "given")]
    Given,
}

fn main() {
    let _ = Table::ALL;
}
