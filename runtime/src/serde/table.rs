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
//!         // The catch-all keeps no code a row stands for (`Busy` is 1).
//!         let check = |code: &i32| helpers::listed((*code == 1).then_some("Busy"));
//!         let catch_all = helpers::CatchAll { keep: Status::Other, check };
//!         helpers::deserialize_table(deserializer, "Status", VARIANTS, row, catch_all)
//!     }
//! }
//! ```

use core::fmt;

use serde_core::de::{self, DeserializeSeed, EnumAccess, SeqAccess, VariantAccess, Visitor};
use serde_core::ser::SerializeTupleVariant;
pub use serde_core::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{OsError, Platform, Unlisted};

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

/// A table's catch-all: how it keeps a value, and whether it does. It keeps only what
/// the table's own decoding keeps there, so that what deserializing gives is one value
/// per error: never the catch-all keeping what decoding gives as a row.
pub struct CatchAll<T, C> {
    /// The catch-all keeping `kept`.
    pub keep: fn(C) -> T,
    /// `Ok` where the table's decoding keeps `kept` in its catch-all; else what it gives.
    pub check: fn(&C) -> Result<(), NotKept>,
}

/// What the table's decoding gives for a value its catch-all does not keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// The row (a group's variant) of this name: the table decodes the code as that row,
    /// or the group lists the canonical row in that variant.
    Row(&'static str),
    /// An `Unlisted::Code`: the value is a `NonOsCode` of a platform whose codes in the
    /// table are its OS error codes, which decoding keeps as such.
    OsCode(Platform),
}

/// `Err(NotKept::Row(row))` where the table decodes a kept value as `row`, else `Ok`.
///
/// ```
/// use errtable::__private::serde::{listed, NotKept};
/// assert_eq!(listed(Some("Busy")), Err(NotKept::Row("Busy")));
/// assert_eq!(listed(None), Ok(()));
/// ```
pub fn listed(row: Option<&'static str>) -> Result<(), NotKept> {
    match row {
        Some(row) => Err(NotKept::Row(row)),
        None => Ok(()),
    }
}

/// Whether the catch-all of a table of OS codes keeps `kept`: `os_codes_on` says where
/// the table's codes are the OS's (`os_error_codes`), `row_of` names the row the table
/// decodes a code of a platform as.
///
/// A code of the table's own column (`Unlisted::Code` where its codes are the OS's,
/// `NonOsCode` where they are not) is kept unless a row lists it, as `decode` keeps it.
/// A `NonOsCode` where the codes are the OS's is kept by nothing: `decode` gives a row
/// or a `Code`. An `Unlisted::Code` where the table's codes are not the OS's is an OS
/// error no row stands for there, kept whatever its number (as `decode_raw_os_error`
/// keeps it on that platform); `Raw` (a platform errtable does not know, where no row
/// decodes) and `Kind` (an `io::Error` without a code) are kept whatever they hold.
///
/// ```
/// use errtable::{Platform, Unlisted};
/// use errtable::__private::serde::{unlisted_kept, NotKept};
///
/// // A table whose codes are the OS's on Windows only, with a row for Linux -3.
/// let os_codes_on = |platform| platform == Platform::Windows;
/// let row_of = |platform, code| (platform == Platform::Linux && code == -3).then_some("Again");
/// let non_os = |code| Unlisted::NonOsCode { platform: Platform::Linux, code };
/// assert_eq!(unlisted_kept(&non_os(-3), os_codes_on, row_of), Err(NotKept::Row("Again")));
/// assert_eq!(unlisted_kept(&non_os(-4), os_codes_on, row_of), Ok(()));
/// let os = Unlisted::Code { platform: Platform::Linux, code: -3 };
/// assert_eq!(unlisted_kept(&os, os_codes_on, row_of), Ok(()));
/// let windows = Unlisted::NonOsCode { platform: Platform::Windows, code: 5 };
/// assert_eq!(unlisted_kept(&windows, os_codes_on, row_of), Err(NotKept::OsCode(Platform::Windows)));
/// ```
pub fn unlisted_kept(
    kept: &Unlisted,
    os_codes_on: fn(Platform) -> bool,
    row_of: fn(Platform, i32) -> Option<&'static str>,
) -> Result<(), NotKept> {
    let (Unlisted::Code { platform, code } | Unlisted::NonOsCode { platform, code }) = *kept else {
        return Ok(());
    };
    let os_codes = os_codes_on(platform);
    match (kept.table_code(platform, os_codes), kept) {
        (Some(code), _) => listed(row_of(platform, code)),
        (None, Unlisted::NonOsCode { .. }) => {
            listed(row_of(platform, code))?;
            Err(NotKept::OsCode(platform))
        }
        (None, _) => Ok(()),
    }
}

/// Reads a value of a table without a catch-all: `variants` are its rows' names, `row`
/// gives the row of a name (exactly as `serialize_row` wrote it).
pub fn deserialize_rows<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
) -> Result<T, D::Error> {
    let catch_all = None::<(&'static str, CatchAll<T, NoCatchAll>)>;
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
/// what it keeps, where the table's decoding keeps it there.
pub fn deserialize_table<'de, D: Deserializer<'de>, T, C: Deserialize<'de> + fmt::Debug>(
    deserializer: D,
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
    catch_all: CatchAll<T, C>,
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
/// of the canonical value it keeps (one no variant lists), `kept` the variants that keep
/// their row.
pub fn deserialize_group<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
    catch_all: Option<CatchAll<T, OsError>>,
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

fn deserialize<'de, D: Deserializer<'de>, T, C: Deserialize<'de> + fmt::Debug>(
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
#[derive(Debug)]
enum NoCatchAll {}

impl<'de> Deserialize<'de> for NoCatchAll {
    fn deserialize<D: Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(de::Error::custom("this table has no catch-all"))
    }
}

/// A table, as deserialization needs to know it.
struct TableVisitor<T, C> {
    table: &'static str,
    variants: &'static [&'static str],
    row: fn(&str) -> Option<T>,
    /// The catch-all's name, and how it keeps a value.
    catch_all: Option<(&'static str, CatchAll<T, C>)>,
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
        match &self.catch_all {
            Some((name, _)) => write!(f, ", or {name} with the value it keeps"),
            None => Ok(()),
        }
    }

    /// The row called `name`, else the catch-all or a variant that keeps its row.
    fn variant<E: de::Error>(&self, name: &str) -> Result<Picked<T>, E> {
        if let Some(row) = (self.row)(name) {
            return Ok(Picked::Row(row));
        }
        match (&self.catch_all, self.kept_name(name)) {
            (Some((catch_all, _)), _) if name == *catch_all => Ok(Picked::CatchAll),
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

    /// The catch-all keeping what follows, where the table's decoding keeps it there.
    fn catch_all<'de, A: VariantAccess<'de>>(&self, access: A) -> Result<T, A::Error>
    where
        C: Deserialize<'de> + fmt::Debug,
    {
        let Some((name, catch_all)) = &self.catch_all else {
            return Err(de::Error::custom(format_args!(
                "{} has no catch-all",
                self.table
            )));
        };
        let kept = access.newtype_variant::<C>()?;
        match (catch_all.check)(&kept) {
            Ok(()) => Ok((catch_all.keep)(kept)),
            Err(not_kept) => Err(de::Error::custom(format_args!(
                "`{kept:?}` is not kept by {table}::{name}: {}",
                Why(self.table, not_kept),
                table = self.table,
            ))),
        }
    }
}

/// The human-readable form: `"Row"` or `{"CatchAll": kept}`.
impl<'de, T, C: Deserialize<'de> + fmt::Debug> Visitor<'de> for TableVisitor<T, C> {
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

impl<'de, T, C: Deserialize<'de> + fmt::Debug> Visitor<'de> for Binary<T, C> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let tag = Tag {
            catch_all: self.0.catch_all.as_ref().map(|&(name, _)| name),
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

/// What the table `.0`'s decoding gives instead of the catch-all keeping a value.
struct Why(&'static str, NotKept);

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            NotKept::Row(row) => write!(f, "{table} decodes it as {table}::{row}", table = self.0),
            NotKept::OsCode(platform) => write!(
                f,
                "{}'s codes on `{}` are its OS error codes, kept as `Unlisted::Code`",
                self.0,
                platform.key()
            ),
        }
    }
}
