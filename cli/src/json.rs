//! The output for programs: JSON Lines, every name with its number. The README's
//! "JSON output" section is the schema; `tests/output.rs` and `tests/decode.rs` read it
//! back.
//!
//! The `Serialize` impls are written out rather than derived: serde's derive would add
//! serde_derive and a second syn to every `cargo install` for six small objects.

use errtable::Platform;
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::lookup::{Answer, Hit, Matched, Reading};
use crate::rank::Why;
use crate::tables::Row;

/// One row of a table.
pub struct RowJson<'a>(pub &'a Row);

/// One code found in the input, with what it was read as and the rows it stands for.
pub struct AnswerJson<'a>(pub &'a Answer<'a>);

impl Serialize for RowJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let row = self.0;
        let mut object = serializer.serialize_struct("Row", 7)?;
        object.serialize_field("table", row.table)?;
        object.serialize_field("row", row.name)?;
        object.serialize_field("message", row.message)?;
        object.serialize_field("description", &row.description)?;
        object.serialize_field("kind", &row.kind)?;
        object.serialize_field("persistence", row.persistence.key())?;
        object.serialize_field("codes", &Codes(row))?;
        object.end()
    }
}

/// Every platform's names with their numbers, keyed by platform in `Platform::ALL` order.
struct Codes<'a>(&'a Row);

impl Serialize for Codes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Platform::ALL.len()))?;
        for &platform in Platform::ALL {
            map.serialize_entry(platform.key(), &Names(self.0.names_on(platform)))?;
        }
        map.end()
    }
}

/// `[{"name": "EAGAIN", "code": 11}, …]`
struct Names(&'static [(&'static str, i32)]);

impl Serialize for Names {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|&(name, code)| NameJson { name, code }))
    }
}

struct NameJson {
    name: &'static str,
    code: i32,
}

impl Serialize for NameJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Name", 2)?;
        object.serialize_field("name", self.name)?;
        object.serialize_field("code", &self.code)?;
        object.end()
    }
}

impl Serialize for AnswerJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let answer = self.0;
        let mut object = serializer.serialize_struct("Answer", 6)?;
        object.serialize_field("input", &answer.found.text)?;
        object.serialize_field("form", answer.found.form.key())?;
        object.serialize_field("message", &answer.message)?;
        object.serialize_field("readings", &Readings(&answer.readings))?;
        object.serialize_field("rows", &Hits(&answer.hits))?;
        object.serialize_field("first_because", &answer.why.as_ref().map(WhyJson))?;
        object.end()
    }
}

/// `{"evidence": "message", "text": "…"}`: why the first row comes first.
struct WhyJson<'a>(&'a Why);

impl Serialize for WhyJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Why", 2)?;
        object.serialize_field("evidence", self.0.key())?;
        object.serialize_field("text", &self.0.text())?;
        object.end()
    }
}

struct Readings<'a>(&'a [Reading]);

impl Serialize for Readings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|&reading| ReadingJson(reading)))
    }
}

/// `{"code": 104, "how": "negated"}`
struct ReadingJson(Reading);

impl Serialize for ReadingJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Reading", 2)?;
        object.serialize_field("code", &self.0.code)?;
        object.serialize_field("how", self.0.how.key())?;
        object.end()
    }
}

struct Hits<'a>(&'a [Hit<'a>]);

impl Serialize for Hits<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(HitJson))
    }
}

/// `{"matched": {…}, "row": {…}}`
struct HitJson<'a>(&'a Hit<'a>);

impl Serialize for HitJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Hit", 2)?;
        object.serialize_field("matched", &MatchedJson(&self.0.matched))?;
        object.serialize_field("row", &RowJson(self.0.row))?;
        object.end()
    }
}

/// `{"by": "code", "code": 104, "how": "as_written", "on": […]}`, `{"by": "name", "on":
/// […]}`, `{"by": "row_name"}` or `{"by": "message"}`.
struct MatchedJson<'a>(&'a Matched);

impl Serialize for MatchedJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let keys = |on: &[Platform]| on.iter().map(|p| p.key()).collect::<Vec<_>>();
        let mut object = serializer.serialize_map(None)?;
        match self.0 {
            Matched::Code { reading, on } => {
                object.serialize_entry("by", "code")?;
                object.serialize_entry("code", &reading.code)?;
                object.serialize_entry("how", reading.how.key())?;
                object.serialize_entry("on", &keys(on))?;
            }
            Matched::Name { on } => {
                object.serialize_entry("by", "name")?;
                object.serialize_entry("on", &keys(on))?;
            }
            Matched::RowName => object.serialize_entry("by", "row_name")?,
            Matched::Message => object.serialize_entry("by", "message")?,
        }
        object.end()
    }
}

/// `value` as one line of JSON.
pub fn line(value: &impl Serialize, out: &mut String) {
    // These objects cannot fail to serialize: every key is a string, every value plain.
    let text = serde_json::to_string(value).expect("plain data serializes");
    out.push_str(&text);
    out.push('\n');
}
