//! What a generated table's `Serialize` and `Deserialize` impls call, so that they are a
//! few lines each. A table serializes a row by its variant name, its catch-all as the
//! catch-all's name with what it keeps, and a group's variant that keeps its row as its
//! name with that row (the forms are in the crate's docs, "Serialized forms").
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

use serde_core::de::{self, DeserializeSeed, EnumAccess, SeqAccess, VariantAccess, Visitor};
use serde_core::ser::SerializeTupleVariant;
pub use serde_core::{Deserialize, Deserializer, Serialize, Serializer};

use crate::OsError;

/// A table value's variants in binary formats: a row by name, the catch-all, or a
/// group's variant that keeps its row (its name and the row). New forms take the next
/// index, so that what older versions wrote reads the same.
const BINARY_VARIANTS: &[&str] = &["row", "catch_all", "kept"];

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

/// Writes `name` (variant `index` of `table`), a group's variant that keeps the row it
/// was decoded from (`Retry(OsError)`), with that row: `{"Retry": "TimedOut"}` in a
/// human-readable format, variant 2 `kept(name, row)` in a binary one.
#[inline]
pub fn serialize_kept_row<S: Serializer>(
    serializer: S,
    table: &'static str,
    index: u32,
    name: &'static str,
    row: &OsError,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_newtype_variant(table, index, name, row)
    } else {
        let mut fields = serializer.serialize_tuple_variant(table, 2, "kept", 2)?;
        fields.serialize_field(name)?;
        fields.serialize_field(row)?;
        fields.end()
    }
}

/// A group's variants that keep their row: their names, and how to make one of a name
/// and a row, or else give the rows the variant lists (the row is none of them).
pub struct KeptRows<T> {
    /// The names of the variants that keep their row.
    pub names: &'static [&'static str],
    /// The variant called `name` keeping `row`, or the rows it lists.
    pub keep: fn(&str, OsError) -> Result<T, &'static [OsError]>,
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
            kept: None,
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
            kept: None,
        },
    )
}

/// Reads a value of a group: `variants` are its variants' names (the catch-all's last,
/// if it has one), `row` gives a unit variant of a name, `catch_all` makes the catch-all
/// of the canonical value it keeps, `kept` the variants that keep their row.
pub fn deserialize_group<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
    catch_all: Option<fn(OsError) -> T>,
    kept: KeptRows<T>,
) -> Result<T, D::Error> {
    let name = variants.last().copied().unwrap_or_default();
    let catch_all = catch_all.map(|catch_all| (name, catch_all));
    deserialize(
        deserializer,
        TableVisitor {
            table,
            variants,
            row,
            catch_all,
            kept: Some(kept),
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
    kept: Option<KeptRows<T>>,
}

/// What a variant's name stands for.
enum Picked<T> {
    /// A row (a unit variant).
    Row(T),
    /// The catch-all, which is followed by what it keeps.
    CatchAll,
    /// The variant of this name, which keeps its row: followed by the row.
    Kept(&'static str),
}

impl<T, C> TableVisitor<T, C> {
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a row of {} by its name", self.table)?;
        match self.catch_all {
            Some((name, _)) => write!(f, ", or {name} with the value it keeps"),
            None => Ok(()),
        }
    }

    /// The row called `name`, else the catch-all or a variant that keeps its row.
    fn variant<E: de::Error>(&self, name: &str) -> Result<Picked<T>, E> {
        if let Some(row) = (self.row)(name) {
            return Ok(Picked::Row(row));
        }
        match (self.catch_all, self.kept_name(name)) {
            (Some((catch_all, _)), _) if name == catch_all => Ok(Picked::CatchAll),
            (_, Some(kept)) => Ok(Picked::Kept(kept)),
            _ => Err(E::unknown_variant(name, self.variants)),
        }
    }

    /// `name`, if it is the name of a variant that keeps its row.
    fn kept_name(&self, name: &str) -> Option<&'static str> {
        let names = self.kept.as_ref().map_or(&[][..], |kept| kept.names);
        names.iter().copied().find(|&kept| kept == name)
    }

    /// The variant called `name` keeping `row`, if it lists `row`.
    fn keep<E: de::Error>(&self, name: &'static str, row: OsError) -> Result<T, E> {
        let Some(kept) = &self.kept else {
            return Err(E::unknown_variant(name, self.variants));
        };
        (kept.keep)(name, row).map_err(|rows| {
            E::custom(format_args!(
                "`{row:?}` is not a row that {}::{name} keeps (it lists {})",
                self.table,
                Listed(rows)
            ))
        })
    }

    /// `name` followed by its row, the part after the variant.
    fn kept<'de, A: VariantAccess<'de>>(
        &self,
        name: &'static str,
        access: A,
    ) -> Result<T, A::Error> {
        let row = access.newtype_variant::<OsError>()?;
        self.keep(name, row)
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
            (Picked::Row(row), access) => access.unit_variant().map(|()| row),
            (Picked::CatchAll, access) => self.catch_all(access),
            (Picked::Kept(name), access) => self.kept(name, access),
        }
    }
}

/// Reads a variant's name as what it stands for.
struct Name<'a, T, C>(&'a TableVisitor<T, C>);

impl<'de, T, C> DeserializeSeed<'de> for Name<'_, T, C> {
    type Value = Picked<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Picked<T>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

/// Reads a name the binary form holds (of a row, or of a variant that keeps its row):
/// a string, not an identifier.
struct StrName<'a, T, C>(&'a TableVisitor<T, C>);

impl<'de, T, C> DeserializeSeed<'de> for StrName<'_, T, C> {
    type Value = Picked<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Picked<T>, D::Error> {
        deserializer.deserialize_str(Name(self.0))
    }
}

impl<T, C> Visitor<'_> for Name<'_, T, C> {
    type Value = Picked<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Picked<T>, E> {
        self.0.variant(name)
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Picked<T>, E> {
        match core::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(name), &self)),
        }
    }
}

/// The binary form: variant 0 `row(name)`, 1, the catch-all, with what it keeps, or 2
/// `kept(name, row)`.
struct Binary<T, C>(TableVisitor<T, C>);

impl<'de, T, C: Deserialize<'de>> Visitor<'de> for Binary<T, C> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let tag = Tag {
            catch_all: self.0.catch_all.map(|(name, _)| name),
            kept: self.0.kept.is_some(),
        };
        match data.variant_seed(tag)? {
            (Form::Row, access) => match access.newtype_variant_seed(StrName(&self.0))? {
                Picked::Row(row) => Ok(row),
                Picked::CatchAll => Err(de::Error::custom("the catch-all's name is not a row")),
                Picked::Kept(name) => Err(de::Error::custom(format_args!(
                    "{}::{name} keeps its row: it is written as `kept`, with the row",
                    self.0.table
                ))),
            },
            (Form::CatchAll, access) => self.0.catch_all(access),
            (Form::Kept, access) => access.tuple_variant(2, Kept(&self.0)),
        }
    }
}

/// The binary form's variants.
enum Form {
    Row,
    CatchAll,
    Kept,
}

/// Reads the binary form's variant, of those the table has.
struct Tag {
    catch_all: Option<&'static str>,
    kept: bool,
}

impl<'de> DeserializeSeed<'de> for Tag {
    type Value = Form;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Form, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Tag {
    type Value = Form;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant 0, a row")?;
        if self.catch_all.is_some() {
            f.write_str(", or 1, the catch-all")?;
        }
        if self.kept {
            f.write_str(", or 2, a variant that keeps its row")?;
        }
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Form, E> {
        match (index, self.catch_all, self.kept) {
            (0, _, _) => Ok(Form::Row),
            (1, Some(_), _) => Ok(Form::CatchAll),
            (2, _, true) => Ok(Form::Kept),
            _ => Err(E::invalid_value(de::Unexpected::Unsigned(index), &self)),
        }
    }

    /// Self-describing binary formats (CBOR) write the variant's name instead.
    fn visit_str<E: de::Error>(self, name: &str) -> Result<Form, E> {
        match self.catch_all {
            _ if name == "row" => Ok(Form::Row),
            _ if name == "kept" && self.kept => Ok(Form::Kept),
            Some(catch_all) if name == catch_all => Ok(Form::CatchAll),
            _ => Err(E::unknown_variant(name, BINARY_VARIANTS)),
        }
    }
}

/// `kept(name, row)` of the binary form.
struct Kept<'a, T, C>(&'a TableVisitor<T, C>);

impl<'de, T, C> Visitor<'de> for Kept<'_, T, C> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the name of a variant that keeps its row, and the row")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let name = seq
            .next_element_seed(StrName(self.0))?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let Picked::Kept(name) = name else {
            return Err(de::Error::custom(format_args!(
                "not a variant of {} that keeps its row",
                self.0.table
            )));
        };
        let row: OsError = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        self.0.keep(name, row)
    }
}

/// Rows, as `` `TimedOut`, `WouldBlock` ``.
struct Listed(&'static [OsError]);

impl fmt::Display for Listed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (place, row) in self.0.iter().enumerate() {
            if place > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{row:?}`")?;
        }
        Ok(())
    }
}
