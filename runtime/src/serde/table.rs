//! What a generated table's `Serialize` and `Deserialize` impls call, so that they are a
//! few lines each. A table serializes a row by its variant name and its catch-all as the
//! catch-all's name with what it keeps (the forms are in the module's docs).
//!
//! ```
//! use errtable::__private::serde::{self as helpers, Deserialize, Deserializer, Serialize, Serializer};
//!
//! #[derive(Debug, PartialEq)]
//! enum Status { Ok, Busy, Other(i32) }
//!
//! const VARIANTS: &[&str] = &["Ok", "Busy", "Other"];
//!
//! impl Serialize for Status {
//!     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
//!         match *self {
//!             Status::Ok => helpers::serialize_row(serializer, "Status", 0, "Ok"),
//!             Status::Busy => helpers::serialize_row(serializer, "Status", 1, "Busy"),
//!             Status::Other(ref code) => helpers::serialize_catch_all(serializer, "Status", 2, "Other", code),
//!         }
//!     }
//! }
//!
//! impl<'de> Deserialize<'de> for Status {
//!     fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
//!         fn row(name: &str) -> Option<Status> {
//!             match name { "Ok" => Some(Status::Ok), "Busy" => Some(Status::Busy), _ => None }
//!         }
//!         helpers::deserialize_table(deserializer, "Status", VARIANTS, row, Status::Other)
//!     }
//! }
//! ```

use core::fmt;

use serde_core::de::{self, DeserializeSeed, EnumAccess, VariantAccess, Visitor};
pub use serde_core::{Deserialize, Deserializer, Serialize, Serializer};

/// A table value's variants in binary formats: a row by name, or the catch-all.
const BINARY_VARIANTS: &[&str] = &["row", "catch_all"];

/// Writes the row called `name`, variant `index` of `table`.
#[inline]
pub fn serialize_row<S: Serializer>(
    serializer: S,
    table: &'static str,
    index: u32,
    name: &'static str,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_unit_variant(table, index, name)
    } else {
        serializer.serialize_newtype_variant(table, 0, "row", name)
    }
}

/// Writes the catch-all `name` (variant `index` of `table`, after every row) with the
/// value it keeps.
#[inline]
pub fn serialize_catch_all<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    table: &'static str,
    index: u32,
    name: &'static str,
    kept: &T,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_newtype_variant(table, index, name, kept)
    } else {
        serializer.serialize_newtype_variant(table, 1, name, kept)
    }
}

/// Refuses to write `name` of `table`, a group's variant that keeps the row it was
/// decoded from (`Retry(OsError)`): the forms above have no place for it yet, and a
/// value written so that it cannot be read back would be lost.
#[cold]
pub fn serialize_kept_row<S: Serializer>(
    _: S,
    table: &'static str,
    name: &'static str,
) -> Result<S::Ok, S::Error> {
    Err(serde_core::ser::Error::custom(format_args!(
        "{table}::{name} keeps the row it was decoded from, which errtable's serialized forms cannot write yet"
    )))
}

/// Reads a value of a table without a catch-all: `variants` are its rows' names, `row`
/// gives the row of a name (exactly as `serialize_row` wrote it).
pub fn deserialize_rows<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
) -> Result<T, D::Error> {
    let catch_all = None::<CatchAll<T, NoCatchAll>>;
    deserialize(
        deserializer,
        TableVisitor {
            table,
            variants,
            row,
            catch_all,
        },
    )
}

/// Reads a value of a table with a catch-all: `variants` are its rows' names then the
/// catch-all's, `row` gives the row of a name and `catch_all` makes the catch-all of
/// what it keeps.
pub fn deserialize_table<'de, D: Deserializer<'de>, T, C: Deserialize<'de>>(
    deserializer: D,
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
    catch_all: fn(C) -> T,
) -> Result<T, D::Error> {
    let name = variants.last().copied().unwrap_or_default();
    let catch_all = Some((name, catch_all));
    deserialize(
        deserializer,
        TableVisitor {
            table,
            variants,
            row,
            catch_all,
        },
    )
}

fn deserialize<'de, D: Deserializer<'de>, T, C: Deserialize<'de>>(
    deserializer: D,
    visitor: TableVisitor<T, C>,
) -> Result<T, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_enum(visitor.table, visitor.variants, visitor)
    } else {
        deserializer.deserialize_enum(visitor.table, BINARY_VARIANTS, Binary(visitor))
    }
}

/// What a table without a catch-all cannot keep.
enum NoCatchAll {}

impl<'de> Deserialize<'de> for NoCatchAll {
    fn deserialize<D: Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(de::Error::custom("this table has no catch-all"))
    }
}

/// A catch-all: its name, and how it makes the table's value of what it keeps.
type CatchAll<T, C> = (&'static str, fn(C) -> T);

/// A table, as deserialization needs to know it.
struct TableVisitor<T, C> {
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
    catch_all: Option<CatchAll<T, C>>,
}

impl<T, C> TableVisitor<T, C> {
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a row of {} by its name", self.table)?;
        match self.catch_all {
            Some((name, _)) => write!(f, ", or {name} with the value it keeps"),
            None => Ok(()),
        }
    }

    /// The row called `name`, else whether `name` is the catch-all's.
    fn variant<E: de::Error>(&self, name: &str) -> Result<Option<T>, E> {
        match ((self.row)(name), self.catch_all) {
            (Some(row), _) => Ok(Some(row)),
            (None, Some((catch_all, _))) if name == catch_all => Ok(None),
            (None, _) => Err(E::unknown_variant(name, self.variants)),
        }
    }

    fn catch_all<'de, A: VariantAccess<'de>>(&self, access: A) -> Result<T, A::Error>
    where
        C: Deserialize<'de>,
    {
        match self.catch_all {
            Some((_, wrap)) => access.newtype_variant::<C>().map(wrap),
            None => Err(de::Error::custom(format_args!(
                "{} has no catch-all",
                self.table
            ))),
        }
    }
}

/// The human-readable form: `"Row"` or `{"CatchAll": kept}`.
impl<'de, T, C: Deserialize<'de>> Visitor<'de> for TableVisitor<T, C> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        TableVisitor::expecting(self, f)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        match data.variant_seed(Name(&self))? {
            (Some(row), access) => access.unit_variant().map(|()| row),
            (None, access) => self.catch_all(access),
        }
    }
}

/// Reads a variant's name as the row it names, or `None` for the catch-all's.
struct Name<'a, T, C>(&'a TableVisitor<T, C>);

impl<'de, T, C> DeserializeSeed<'de> for Name<'_, T, C> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

/// Reads the name the binary form's `row` variant holds: a string, not an identifier.
struct RowName<'a, T, C>(&'a TableVisitor<T, C>);

impl<'de, T, C> DeserializeSeed<'de> for RowName<'_, T, C> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_str(Name(self.0))
    }
}

impl<T, C> Visitor<'_> for Name<'_, T, C> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Option<T>, E> {
        self.0.variant(name)
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Option<T>, E> {
        match core::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(name), &self)),
        }
    }
}

/// The binary form: variant 0 `row(name)`, or 1, the catch-all, with what it keeps.
struct Binary<T, C>(TableVisitor<T, C>);

impl<'de, T, C: Deserialize<'de>> Visitor<'de> for Binary<T, C> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let catch_all = self.0.catch_all.map(|(name, _)| name);
        match data.variant_seed(Tag { catch_all })? {
            (true, access) => access
                .newtype_variant_seed(RowName(&self.0))
                .and_then(|row| {
                    row.ok_or_else(|| de::Error::custom("the catch-all's name is not a row"))
                }),
            (false, access) => self.0.catch_all(access),
        }
    }
}

/// Reads the binary form's variant: `true` for a row, `false` for the catch-all.
struct Tag {
    catch_all: Option<&'static str>,
}

impl<'de> DeserializeSeed<'de> for Tag {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Tag {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.catch_all {
            Some(_) => f.write_str("variant 0, a row, or 1, the catch-all"),
            None => f.write_str("variant 0, a row"),
        }
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<bool, E> {
        match (index, self.catch_all) {
            (0, _) => Ok(true),
            (1, Some(_)) => Ok(false),
            _ => Err(E::invalid_value(de::Unexpected::Unsigned(index), &self)),
        }
    }

    /// Self-describing binary formats (CBOR) write the variant's name instead.
    fn visit_str<E: de::Error>(self, name: &str) -> Result<bool, E> {
        match self.catch_all {
            _ if name == "row" => Ok(true),
            Some(catch_all) if name == catch_all => Ok(false),
            _ => Err(E::unknown_variant(name, BINARY_VARIANTS)),
        }
    }
}
