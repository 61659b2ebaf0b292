//! The 60 rows of `rows.rs` as an errtable table and as each peer would write them.

use std::fmt;
use std::io;

macro_rules! errtable_table {
    ($(($v:ident, $vs:tt, $sym:ident, $syms:tt, $code:tt, $kind:ident, $msg:tt)),* $(,)?) => {
        errtable::error_table! {
            /// The rows as an errtable table, with a catch-all.
            pub enum Table {
                $($v { linux: $sym = $code, kind: $kind, message: $msg },)*
                #[catch_all]
                Unlisted,
            }
        }
    };
}

macro_rules! errtable_plain {
    ($(($v:ident, $vs:tt, $sym:ident, $syms:tt, $code:tt, $kind:ident, $msg:tt)),* $(,)?) => {
        errtable::error_table! {
            /// The rows as an errtable table without a catch-all.
            pub enum Plain {
                $($v { linux: $sym = $code, kind: $kind, message: $msg },)*
            }
        }
    };
}

macro_rules! hand_written {
    ($(($v:ident, $vs:tt, $sym:ident, $syms:tt, $code:tt, $kind:ident, $msg:tt)),* $(,)?) => {
        /// The rows as a hand-written enum: one `match` per conversion.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Hand {
            $($v,)*
        }

        impl Hand {
            /// Every row, in table order.
            pub const ALL: &'static [Self] = &[$(Self::$v),*];

            /// The row of a Linux code.
            pub fn from_code(code: i32) -> Option<Self> {
                match code {
                    $($code => Some(Self::$v),)*
                    _ => None,
                }
            }

            /// The row of a variant name or symbol.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($vs | $syms => Some(Self::$v),)*
                    _ => None,
                }
            }

            /// The message `Display` prints.
            pub fn message(self) -> &'static str {
                match self {
                    $(Self::$v => $msg,)*
                }
            }

            /// The Linux symbol, for a hand-written `{:#}`.
            #[allow(dead_code)]
            pub fn symbol(self) -> &'static str {
                match self {
                    $(Self::$v => $syms,)*
                }
            }

            /// The Linux symbol of a code, as a crate writes it today: one `match`.
            #[allow(dead_code)]
            pub fn symbol_of(code: i32) -> Option<&'static str> {
                match code {
                    $($code => Some($syms),)*
                    _ => None,
                }
            }

            /// The Linux code, for a hand-written `{:#}`.
            #[allow(dead_code)]
            pub fn code(self) -> i32 {
                match self {
                    $(Self::$v => $code,)*
                }
            }

            /// Whether to retry, as a hand-written `match` of the rows.
            #[allow(dead_code)]
            pub fn persistence(self) -> errtable::Persistence {
                match self {
                    $(Self::$v => class_of(io::ErrorKind::$kind),)*
                }
            }

            /// The row of an `io::Error`, by its raw code.
            pub fn from_io_error(error: &io::Error) -> Option<Self> {
                error.raw_os_error().and_then(Self::from_code)
            }
        }

        impl fmt::Display for Hand {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.message())
            }
        }
    };
}

/// The retry class a hand-written policy gives a row of this kind: the constants each
/// arm of `Hand::persistence` folds to.
#[allow(dead_code)]
const fn class_of(kind: io::ErrorKind) -> errtable::Persistence {
    use errtable::Persistence;
    match kind {
        io::ErrorKind::ConnectionRefused
        | io::ErrorKind::WouldBlock
        | io::ErrorKind::Interrupted
        | io::ErrorKind::OutOfMemory
        | io::ErrorKind::ResourceBusy => Persistence::Transient,
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe
        | io::ErrorKind::NotConnected => Persistence::ConnectionLost,
        io::ErrorKind::TimedOut => Persistence::TimedOut,
        _ => Persistence::Permanent,
    }
}

macro_rules! thiserror_enum {
    ($(($v:ident, $vs:tt, $sym:ident, $syms:tt, $code:tt, $kind:ident, $msg:tt)),* $(,)?) => {
        /// The rows with thiserror's `Display` and `Error`.
        #[derive(Clone, Copy, Debug, thiserror::Error)]
        pub enum ThisError {
            $(#[error($msg)] $v,)*
        }

        impl ThisError {
            /// Every row, in table order.
            pub const ALL: &'static [Self] = &[$(Self::$v),*];
        }
    };
}

macro_rules! strum_enum {
    ($(($v:ident, $vs:tt, $sym:ident, $syms:tt, $code:tt, $kind:ident, $msg:tt)),* $(,)?) => {
        /// The rows with strum's `EnumString`, accepting the variant name and the symbol.
        #[derive(Clone, Copy, Debug, strum::EnumString)]
        pub enum Strum {
            $(#[strum(serialize = $vs, serialize = $syms)] $v,)*
        }
    };
}

macro_rules! num_enum_enum {
    ($(($v:ident, $vs:tt, $sym:ident, $syms:tt, $code:tt, $kind:ident, $msg:tt)),* $(,)?) => {
        /// The rows with num_enum's `TryFromPrimitive`.
        #[derive(Clone, Copy, Debug, num_enum::TryFromPrimitive)]
        #[repr(i32)]
        pub enum NumEnum {
            $($v = $code,)*
        }
    };
}

macro_rules! row_list {
    ($(($v:ident, $vs:tt, $sym:ident, $syms:tt, $code:tt, $kind:ident, $msg:tt)),* $(,)?) => {
        /// Every row's (code, variant name, symbol), in table order.
        pub const ROWS: &[(i32, &str, &str)] = &[$(($code, $vs, $syms)),*];
    };
}

with_rows!(errtable_table);
with_rows!(errtable_plain);
with_rows!(hand_written);
with_rows!(thiserror_enum);
with_rows!(strum_enum);
with_rows!(num_enum_enum);
with_rows!(row_list);
