#[derive(Debug, errtable::ErrorTable)]
enum NetError {
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

fn main() {
    let _ = NetError::Fatal(errtable::OsError::TimedOut);
}
