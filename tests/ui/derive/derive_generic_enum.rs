#[derive(Debug, errtable::ErrorTable)]
enum NetError<T> {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    Other(T),
}

fn main() {
    let _ = NetError::<errtable::Unlisted>::Refused;
}
