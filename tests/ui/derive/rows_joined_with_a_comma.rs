// Rows joined with `,` instead of `|`, and the other names of a code the same: the
// hint says how they are joined, not that a `:` is missing.
use errtable::{ErrorTable, OsError};

#[derive(Debug, ErrorTable)]
enum Group {
    /// Slow
    #[errtable(rows: ConnectionRefused, TimedOut)]
    Slow,
    #[errtable(catch_all)]
    Other(OsError),
}

#[derive(Debug, ErrorTable)]
enum Own {
    /// Again
    #[errtable(linux: EAGAIN = 11, EWOULDBLOCK)]
    Again,
}

fn main() {
    let _ = Group::from(OsError::TimedOut);
    let _ = Own::ALL;
}
