//! A derive's catch-all field, and the field of a group's variant that keeps its row, is
//! any path to the type it keeps: the macro cannot resolve types, so it takes what is
//! written and rustc checks it (a renamed `OsError`, `Unlisted` under an alias, fully
//! qualified paths, a `macro_rules!` fragment).
#![deny(warnings)]

use errtable::OsError as Canon;

mod aliases {
    pub type Kept = errtable::Unlisted;
    pub type Code = i32;
    pub type Row = errtable::OsError;
}

/// Variants that keep their row, under other names, and no catch-all.
#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Keepers {
    /// Again
    #[errtable(rows: WouldBlock | Interrupted)]
    Again(Canon),
    /// Gone
    #[errtable(rows: ConnectionReset | ConnectionAborted, persistence: ConnectionLost)]
    Gone(aliases::Row),
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused(::errtable::OsError),
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Group {
    /// Retry
    #[errtable(rows: ConnectionReset)]
    Retry,
    #[errtable(catch_all)]
    Fatal(Canon),
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Qualified {
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused,
    #[errtable(catch_all)]
    Fatal(::errtable::OsError),
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Net {
    /// Refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
    #[errtable(catch_all)]
    Other(aliases::Kept),
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum Own {
    /// Busy
    #[errtable(code: BUSY = 450)]
    Busy,
    #[errtable(catch_all)]
    Unknown(aliases::Code),
}

#[derive(Debug, PartialEq, errtable::ErrorTable)]
enum OwnQualified {
    /// Busy
    #[errtable(code: BUSY = 450)]
    Busy,
    #[errtable(catch_all)]
    Unknown(::core::primitive::i32),
}

/// A table a `macro_rules!` makes, the field's type passed in as a fragment.
macro_rules! group_keeping {
    ($name:ident, $kept:ty) => {
        #[derive(Debug, PartialEq, errtable::ErrorTable)]
        enum $name {
            /// Reset
            #[errtable(rows: ConnectionReset)]
            Reset,
            #[errtable(catch_all)]
            Fatal($kept),
        }
    };
}

group_keeping!(Made, Canon);

fn main() {
    let again = Keepers::try_from(Canon::Interrupted);
    assert_eq!(again, Ok(Keepers::Again(Canon::Interrupted)));
    assert_eq!(Keepers::Again(Canon::WouldBlock).os_error(), Some(Canon::WouldBlock));
    assert_eq!(Keepers::Gone(Canon::ConnectionAborted).persistence(), errtable::Persistence::ConnectionLost);
    assert_eq!(Keepers::Again(Canon::WouldBlock).persistence(), Canon::WouldBlock.persistence());
    let error = std::io::Error::from(Keepers::Gone(Canon::ConnectionReset));
    assert_eq!(error.kind(), std::io::ErrorKind::ConnectionReset);
    assert_eq!(Keepers::try_from(error).ok(), Some(Keepers::Gone(Canon::ConnectionReset)));
    assert_eq!(Keepers::Refused(Canon::ConnectionRefused).members(), &[Canon::ConnectionRefused]);
    assert_eq!(Keepers::try_from(Canon::TimedOut), Err(Canon::TimedOut));

    assert_eq!(Made::from(Canon::TimedOut), Made::Fatal(Canon::TimedOut));
    assert_eq!(Made::from(Canon::ConnectionReset), Made::Reset);

    let refused = Group::from(Canon::ConnectionRefused);
    assert_eq!(refused, Group::Fatal(errtable::OsError::ConnectionRefused));
    assert_eq!(refused.to_string(), Canon::ConnectionRefused.to_string());
    assert_eq!(Group::from(Canon::ConnectionReset), Group::Retry);
    assert_eq!(
        Qualified::from(Canon::TimedOut),
        Qualified::Fatal(Canon::TimedOut)
    );
    assert_eq!(Qualified::from(Canon::ConnectionRefused), Qualified::Refused);

    let linux = errtable::Platform::Linux;
    assert_eq!(Net::decode(linux, 111), Net::Refused);
    let other = Net::decode(linux, 4);
    assert_eq!(other, Net::Other(errtable::Unlisted::Code { platform: linux, code: 4 }));
    assert_eq!(other.code(linux), Some(4));

    assert_eq!(Own::decode(450), Own::Busy);
    assert_eq!(Own::decode(7), Own::Unknown(7));
    assert_eq!(Own::Unknown(7).code(), Some(7));
    assert_eq!(OwnQualified::decode(9), OwnQualified::Unknown(9));
    assert_eq!(OwnQualified::Unknown(9).to_string(), Own::Unknown(9).to_string());
}
