//! A derived variant's doc comment is its message however it is written: a block doc
//! comment without its ` * ` decoration, and a doc a `macro_rules!` makes with
//! `concat!`.
#![deny(warnings)]

macro_rules! table {
    ($name:ident, $code:literal) => {
        #[derive(Debug, errtable::ErrorTable)]
        enum $name {
            #[doc = concat!("Error ", $code, " happened.")]
            #[errtable(linux: E = $code)]
            Happened,
        }
    };
}

table!(Made, 7);

#[derive(Debug, errtable::ErrorTable)]
enum Block {
    /**
     * The peer is gone.
     *
     * It reset the connection.
     */
    #[errtable(linux: ECONNRESET = 104)]
    Gone,
}

fn main() {
    assert_eq!(Made::Happened.to_string(), "Error 7 happened");
    assert_eq!(Block::Gone.to_string(), "The peer is gone");
    assert_eq!(Block::Gone.description(), Some("It reset the connection."));
}
