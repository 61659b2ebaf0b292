//! `Platform`, `Persistence` and `Unlisted`, in the forms the module documents.

use core::fmt;

use serde_core::de::{self, Deserialize, Deserializer, EnumAccess, MapAccess, SeqAccess};
use serde_core::de::{VariantAccess, Visitor};
use serde_core::ser::{Serialize, SerializeMap, SerializeTupleVariant, Serializer};

use crate::{Persistence, Platform, Unlisted};

/// Every platform's key, for error messages.
const PLATFORM_KEYS: [&str; Platform::ALL.len()] = {
    let mut keys = [""; Platform::ALL.len()];
    let mut index = 0;
    while index < keys.len() {
        keys[index] = Platform::ALL[index].key();
        index += 1;
    }
    keys
};

/// Its key, in every format.
impl Serialize for Platform {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

/// A key, or anything else `FromStr` takes.
impl<'de> Deserialize<'de> for Platform {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PlatformVisitor)
    }
}

struct PlatformVisitor;

impl Visitor<'_> for PlatformVisitor {
    type Value = Platform;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a platform key such as \"linux\" or \"windows\"")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Platform, E> {
        key.parse()
            .map_err(|_| E::unknown_variant(key, &PLATFORM_KEYS))
    }
}

/// Every class's key, for error messages.
const PERSISTENCE_KEYS: [&str; Persistence::ALL.len()] = {
    let mut keys = [""; Persistence::ALL.len()];
    let mut index = 0;
    while index < keys.len() {
        keys[index] = Persistence::ALL[index].key();
        index += 1;
    }
    keys
};

/// Its key, in every format.
impl Serialize for Persistence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

/// A key, or anything else `FromStr` takes.
impl<'de> Deserialize<'de> for Persistence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PersistenceVisitor)
    }
}

struct PersistenceVisitor;

impl Visitor<'_> for PersistenceVisitor {
    type Value = Persistence;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a persistence key such as \"transient\" or \"connection_lost\"")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Persistence, E> {
        key.parse()
            .map_err(|_| E::unknown_variant(key, &PERSISTENCE_KEYS))
    }
}

/// The four shapes of an `Unlisted`: in a map (human-readable) or as an enum (binary,
/// where a new variant takes the next index).
const FIELDS: [&str; 5] = ["platform", "code", "non_os_code", "raw", "kind"];
const VARIANTS: [&str; 4] = ["Code", "Raw", "Kind", "NonOsCode"];

impl Serialize for Unlisted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serialize_map(*self, serializer)
        } else {
            serialize_enum(*self, serializer)
        }
    }
}

fn serialize_map<S: Serializer>(unlisted: Unlisted, serializer: S) -> Result<S::Ok, S::Error> {
    match unlisted {
        Unlisted::Code { platform, code } => {
            let mut map = serializer.serialize_map(Some(2))?;
            map.serialize_entry("platform", &platform)?;
            map.serialize_entry("code", &code)?;
            map.end()
        }
        Unlisted::NonOsCode { platform, code } => {
            let mut map = serializer.serialize_map(Some(2))?;
            map.serialize_entry("platform", &platform)?;
            map.serialize_entry("non_os_code", &code)?;
            map.end()
        }
        Unlisted::Raw(code) => {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry("raw", &code)?;
            map.end()
        }
        #[cfg(feature = "std")]
        Unlisted::Kind(kind) => {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry("kind", kind_name::<S::Error>(kind)?)?;
            map.end()
        }
    }
}

fn serialize_enum<S: Serializer>(unlisted: Unlisted, serializer: S) -> Result<S::Ok, S::Error> {
    match unlisted {
        Unlisted::Code { platform, code } => {
            let mut fields = serializer.serialize_tuple_variant("Unlisted", 0, "Code", 2)?;
            fields.serialize_field(&platform)?;
            fields.serialize_field(&code)?;
            fields.end()
        }
        Unlisted::NonOsCode { platform, code } => {
            let mut fields = serializer.serialize_tuple_variant("Unlisted", 3, "NonOsCode", 2)?;
            fields.serialize_field(&platform)?;
            fields.serialize_field(&code)?;
            fields.end()
        }
        Unlisted::Raw(code) => serializer.serialize_newtype_variant("Unlisted", 1, "Raw", &code),
        #[cfg(feature = "std")]
        Unlisted::Kind(kind) => {
            let name = kind_name::<S::Error>(kind)?;
            serializer.serialize_newtype_variant("Unlisted", 2, "Kind", name)
        }
    }
}

/// The portable name of `kind`, or an error for a kind std has not stabilized.
#[cfg(feature = "std")]
fn kind_name<E: serde_core::ser::Error>(kind: std::io::ErrorKind) -> Result<&'static str, E> {
    crate::unlisted::kinds::name(kind).ok_or_else(|| {
        E::custom(format_args!(
            "io::ErrorKind::{kind:?} is not stable and has no portable name"
        ))
    })
}

impl<'de> Deserialize<'de> for Unlisted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_map(UnlistedVisitor)
        } else {
            deserializer.deserialize_enum("Unlisted", &VARIANTS, UnlistedVisitor)
        }
    }
}

struct UnlistedVisitor;

impl<'de> Visitor<'de> for UnlistedVisitor {
    type Value = Unlisted;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an unlisted error: {\"platform\", \"code\"}, {\"platform\", \"non_os_code\"}, {\"raw\"} or {\"kind\"}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unlisted, A::Error> {
        let mut fields = Fields::default();
        while let Some(field) = map.next_key::<Field>()? {
            fields.read(field, &mut map)?;
        }
        fields.into_unlisted()
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Unlisted, A::Error> {
        match data.variant::<Variant>()? {
            (Variant::Code, access) => access.tuple_variant(2, CodeVisitor { os: true }),
            (Variant::NonOsCode, access) => access.tuple_variant(2, CodeVisitor { os: false }),
            (Variant::Raw, access) => access.newtype_variant().map(Unlisted::Raw),
            (Variant::Kind, access) => access.newtype_variant::<Kind>()?.into_unlisted(),
        }
    }
}

/// What a map has given so far.
#[derive(Default)]
struct Fields {
    platform: Option<Platform>,
    code: Option<i32>,
    non_os_code: Option<i32>,
    raw: Option<i32>,
    kind: Option<Kind>,
}

impl Fields {
    fn read<'de, A: MapAccess<'de>>(&mut self, field: Field, map: &mut A) -> Result<(), A::Error> {
        fn once<T, E: de::Error>(
            slot: &mut Option<T>,
            name: &'static str,
            value: T,
        ) -> Result<(), E> {
            match slot.replace(value) {
                Some(_) => Err(E::duplicate_field(name)),
                None => Ok(()),
            }
        }
        match field {
            Field::Platform => once(&mut self.platform, "platform", map.next_value()?),
            Field::Code => once(&mut self.code, "code", map.next_value()?),
            Field::NonOsCode => once(&mut self.non_os_code, "non_os_code", map.next_value()?),
            Field::Raw => once(&mut self.raw, "raw", map.next_value()?),
            Field::Kind => once(&mut self.kind, "kind", map.next_value()?),
        }
    }

    fn into_unlisted<E: de::Error>(self) -> Result<Unlisted, E> {
        let Fields {
            platform,
            code,
            non_os_code,
            raw,
            kind,
        } = self;
        match (platform, code, non_os_code, raw, kind) {
            (Some(platform), Some(code), None, None, None) => Ok(Unlisted::Code { platform, code }),
            (Some(platform), None, Some(code), None, None) => {
                Ok(Unlisted::NonOsCode { platform, code })
            }
            (None, None, None, Some(code), None) => Ok(Unlisted::Raw(code)),
            (None, None, None, None, Some(kind)) => kind.into_unlisted(),
            (Some(_), None, None, None, None) => Err(E::missing_field("code")),
            (None, Some(_), None, None, None) | (None, None, Some(_), None, None) => {
                Err(E::missing_field("platform"))
            }
            _ => Err(E::custom(
                "an unlisted error has either \"platform\" and \"code\", or \"platform\" and \"non_os_code\", or \"raw\", or \"kind\"",
            )),
        }
    }
}

/// A key of the map form.
enum Field {
    Platform,
    Code,
    NonOsCode,
    Raw,
    Kind,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"platform\", \"code\", \"non_os_code\", \"raw\" or \"kind\"")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
        match name {
            "platform" => Ok(Field::Platform),
            "code" => Ok(Field::Code),
            "non_os_code" => Ok(Field::NonOsCode),
            "raw" => Ok(Field::Raw),
            "kind" => Ok(Field::Kind),
            _ => Err(E::unknown_field(name, &FIELDS)),
        }
    }
}

/// A variant of the enum form, by index or by name.
enum Variant {
    Code,
    Raw,
    Kind,
    NonOsCode,
}

impl<'de> Deserialize<'de> for Variant {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(VariantVisitor)
    }
}

struct VariantVisitor;

impl Visitor<'_> for VariantVisitor {
    type Value = Variant;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a variant of Unlisted: Code, Raw, Kind or NonOsCode")
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Variant, E> {
        match index {
            0 => Ok(Variant::Code),
            1 => Ok(Variant::Raw),
            2 => Ok(Variant::Kind),
            3 => Ok(Variant::NonOsCode),
            _ => Err(E::invalid_value(de::Unexpected::Unsigned(index), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Variant, E> {
        match name {
            "Code" => Ok(Variant::Code),
            "Raw" => Ok(Variant::Raw),
            "Kind" => Ok(Variant::Kind),
            "NonOsCode" => Ok(Variant::NonOsCode),
            _ => Err(E::unknown_variant(name, &VARIANTS)),
        }
    }
}

/// `Code(platform, code)` of the enum form, or `NonOsCode(platform, code)` where `os`
/// is false.
struct CodeVisitor {
    os: bool,
}

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = Unlisted;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a platform and a code")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unlisted, A::Error> {
        let platform = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let code = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        Ok(Unlisted::of_table_code(platform, code, self.os))
    }
}

/// A stable `io::ErrorKind` by name; without std, a name that cannot be kept.
struct Kind(#[cfg(feature = "std")] std::io::ErrorKind);

impl Kind {
    #[cfg(feature = "std")]
    fn into_unlisted<E: de::Error>(self) -> Result<Unlisted, E> {
        Ok(Unlisted::Kind(self.0))
    }

    #[cfg(not(feature = "std"))]
    fn into_unlisted<E: de::Error>(self) -> Result<Unlisted, E> {
        Err(E::custom("an io::ErrorKind needs errtable's std feature"))
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KindVisitor)
    }
}

struct KindVisitor;

impl Visitor<'_> for KindVisitor {
    type Value = Kind;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the name of a stable io::ErrorKind")
    }

    #[cfg(feature = "std")]
    fn visit_str<E: de::Error>(self, name: &str) -> Result<Kind, E> {
        crate::unlisted::kinds::from_name(name)
            .map(Kind)
            .ok_or_else(|| E::unknown_variant(name, &KIND_NAMES))
    }

    #[cfg(not(feature = "std"))]
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Kind, E> {
        Ok(Kind())
    }
}

/// Every stable kind's name, for error messages.
#[cfg(feature = "std")]
const KIND_NAMES: [&str; crate::unlisted::kinds::ALL.len()] = {
    let all = crate::unlisted::kinds::ALL;
    let mut names = [""; crate::unlisted::kinds::ALL.len()];
    let mut index = 0;
    while index < names.len() {
        names[index] = all[index].1;
        index += 1;
    }
    names
};
