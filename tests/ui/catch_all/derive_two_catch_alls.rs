#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    Unknown(errtable::Unlisted),
    #[errtable(catch_all)]
    Other(errtable::Unlisted),
}

fn main() {
    let _ = NetError::Refused;
}
