//! A catch-all of OS codes holding a type named `Unlisted` that is not errtable's, and
//! has a destructor: one error, on the field.
mod mine {
    #[derive(Debug)]
    pub struct Unlisted(pub String);
}

#[derive(Debug, errtable::ErrorTable)]
enum Net {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    Other(mine::Unlisted),
}

fn main() {
    let _ = Net::Refused.code(errtable::Platform::Linux);
    let _ = Net::decode(errtable::Platform::Linux, 5);
}
