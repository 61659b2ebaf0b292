//! Tables named like the generic parameters trait methods take (`D`, `S`, `E`, `T`), of
//! every shape, with serde: the generated impls name the table in their bodies, where a
//! parameter of the same name would stand for it instead.
#![deny(warnings)]

/// Every shape of table named `$name`, in a module of its own: OS codes and own codes,
/// by the DSL and by the derive, and a group whose variant keeps its row.
macro_rules! tables_named {
    ($module:ident, $name:ident) => {
        mod $module {
            pub mod dsl_os {
                errtable::error_table! {
                    /// OS codes.
                    pub enum $name {
                        A { linux: EA = 1, windows: WA = 2, message: "a" },
                        #[catch_all]
                        Other,
                    }
                }
            }

            pub mod dsl_own {
                errtable::error_table! {
                    /// Own codes.
                    pub enum $name {
                        A { code: A = 1, message: "a" },
                        #[catch_all]
                        Other,
                    }
                }
            }

            pub mod derive_os {
                /// OS codes.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, errtable::ErrorTable)]
                pub enum $name {
                    /// a
                    #[errtable(linux: EA = 1)]
                    A,
                    #[errtable(catch_all)]
                    Other(errtable::Unlisted),
                }
            }

            pub mod derive_own {
                /// Own codes.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, errtable::ErrorTable)]
                pub enum $name {
                    /// a
                    #[errtable(code: A = 1)]
                    A,
                    #[errtable(catch_all)]
                    Other(i32),
                }
            }

            pub mod group {
                /// A group.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, errtable::ErrorTable)]
                pub enum $name {
                    /// a
                    #[errtable(rows: ConnectionRefused)]
                    A,
                    /// k
                    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
                    K(errtable::OsError),
                    #[errtable(catch_all)]
                    Other(errtable::OsError),
                }
            }

            /// Every table's values come back from JSON.
            pub fn round_trip() {
                use errtable::{OsError, Platform};
                fn back<T: serde::Serialize + for<'de> serde::Deserialize<'de> + PartialEq + core::fmt::Debug>(value: T) {
                    let json = serde_json::to_string(&value).unwrap();
                    assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
                }
                back(dsl_os::$name::A);
                back(dsl_os::$name::decode(Platform::Linux, 9));
                back(dsl_own::$name::decode(9));
                back(derive_os::$name::A);
                back(derive_os::$name::decode(Platform::Linux, 9));
                back(derive_own::$name::A);
                back(derive_own::$name::decode(9));
                back(group::$name::A);
                back(group::$name::K(OsError::WouldBlock));
                back(group::$name::from(OsError::ConnectionReset));
            }
        }
    };
}

tables_named!(named_d, D);
tables_named!(named_s, S);
tables_named!(named_e, E);
tables_named!(named_t, T);

fn main() {
    named_d::round_trip();
    named_s::round_trip();
    named_e::round_trip();
    named_t::round_trip();
}
