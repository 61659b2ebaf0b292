// `rows:` names canonical rows; `ALL` and `from_code` are items every table generates,
// no rows: one error on each name, none in generated code.
#[derive(Debug, errtable::ErrorTable)]
enum Group {
    /// Everything
    #[errtable(rows: ALL | TimedOut)]
    Everything,
    /// Decoded
    #[errtable(rows: from_code)]
    Decoded,
}

fn main() {
    let _ = Group::from_os_error(errtable::OsError::TimedOut);
}
