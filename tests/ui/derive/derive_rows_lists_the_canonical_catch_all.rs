#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    /// Nobody listens
    #[errtable(rows: ConnectionRefused | Unlisted)]
    Refused,
}

fn main() {
    let _ = NetError::Refused.members();
}
