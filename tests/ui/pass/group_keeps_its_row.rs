//! A group variant that keeps the row it was decoded from, beside unit variants of one
//! and of several rows, a catch-all, a raw identifier and a table that is not `Copy`.

use errtable::OsError;

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Attempt {
    /// Worth another try
    #[errtable(rows: ConnectionRefused | WouldBlock, kind: WouldBlock)]
    r#Retry(OsError),
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped,
    /// Timed out
    #[errtable(rows: TimedOut)]
    Slow,
    #[errtable(catch_all)]
    Fatal(errtable::OsError),
}

/// Without a catch-all, every variant keeping its row.
#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Only {
    /// Again
    #[errtable(rows: WouldBlock | Interrupted)]
    Again(errtable::OsError),
}

fn main() {
    let retry = Attempt::from(OsError::WouldBlock);
    assert_eq!(retry, Attempt::Retry(OsError::WouldBlock));
    let error = std::io::Error::from(retry);
    assert_eq!(
        Attempt::from(error),
        Attempt::Retry(OsError::WouldBlock)
    );
    assert_eq!(Attempt::Dropped.os_error(), None);
    assert_eq!(Attempt::Slow.os_error(), Some(OsError::TimedOut));
    let back: Result<OsError, Attempt> = OsError::try_from(Attempt::Dropped);
    assert_eq!(back, Err(Attempt::Dropped));
    assert_eq!(Only::try_from(OsError::Interrupted), Ok(Only::Again(OsError::Interrupted)));
    assert_eq!(OsError::from(Only::Again(OsError::WouldBlock)), OsError::WouldBlock);
    let error = std::io::Error::from(Only::Again(OsError::Interrupted));
    assert_eq!(Only::try_from(error).ok(), Some(Only::Again(OsError::Interrupted)));
}
