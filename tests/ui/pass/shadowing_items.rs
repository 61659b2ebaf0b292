//! Items in scope named like every binding and helper generated code uses cannot
//! capture them: lowercase constants and unit structs would otherwise turn a binding
//! into a constant pattern.
#![deny(warnings)]
#![allow(non_upper_case_globals, non_camel_case_types, dead_code)]

const code: i32 = 3;
const row: i32 = 3;
const value: i32 = 3;
const platform: i32 = 3;
const name: i32 = 3;
const index: usize = 3;
const symbol: i32 = 3;
const error: i32 = 3;
const description: i32 = 3;
const kept: i32 = 3;
const entries: i32 = 3;
const part: i32 = 3;
const found: i32 = 3;
struct unlisted;
struct f;
struct from;
struct to;
struct p;
const __COUNT: usize = 0;
struct __index;
struct __row;
const __NAME: i32 = 0;

/// An enum named like the alias older expansions used.
enum __Kind {}

errtable::error_table! {
    /// A table in a crowded module.
    pub enum Table {
        Refused { linux: ECONNREFUSED = 111, kind: ConnectionRefused, message: "Connection refused" },
        Again { linux: EAGAIN = 11 | EWOULDBLOCK, message: "Try again" },
        #[catch_all]
        Unlisted,
    }
}

errtable::error_table! {
    /// Named like the old helper alias.
    pub enum __KindTable {
        One { code: ONE = 1, message: "One" },
        #[catch_all]
        Other,
    }
}

/// A group in the same module.
#[derive(Debug, errtable::ErrorTable)]
pub enum Group {
    /// Reset
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Reset,
    #[errtable(catch_all)]
    Other(errtable::OsError),
}

fn main() {
    use errtable::Platform;
    assert_eq!(Table::from_code(Platform::Linux, 111), Some(Table::Refused));
    assert_eq!(Table::from_name("EWOULDBLOCK"), Some(Table::Again));
    assert_eq!(format!("{:#}", Table::Refused).is_empty(), false);
    assert_eq!(__KindTable::decode(2), __KindTable::Other(2));
    assert!(matches!(Group::decode(Platform::Linux, 104), Group::Reset));
    assert_eq!(Table::symbol_of(Platform::Linux, 11), Some("EAGAIN"));
    assert_eq!(__KindTable::symbol_of(1), Some("ONE"));
    let _ = Table::decode_raw_os_error(11);
    let _ = Group::decode_raw_os_error(104);
}
