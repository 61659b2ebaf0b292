//! The output for programs: JSON Lines, every name with its number. The README's
//! "JSON output" section is the schema; `tests/json.rs` reads it back.

use errtable::Platform;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::lookup::{Answer, Hit, Matched, Reading};
use crate::tables::Row;

/// One row of a table.
#[derive(serde::Serialize)]
pub struct RowJson<'a> {
    table: &'static str,
    row: &'static str,
    message: &'static str,
    description: Option<&'static str>,
    kind: Option<&'a str>,
    codes: Codes<'a>,
}

/// Every platform's names with their numbers, keyed by platform in `Platform::ALL` order.
struct Codes<'a>(&'a Row);

#[derive(serde::Serialize)]
struct NameJson {
    name: &'static str,
    code: i32,
}

/// One code found in the input, with what it was read as and the rows it stands for.
#[derive(serde::Serialize)]
pub struct AnswerJson<'a> {
    input: &'a str,
    form: &'static str,
    readings: Vec<ReadingJson>,
    rows: Vec<HitJson<'a>>,
}

#[derive(serde::Serialize)]
struct ReadingJson {
    code: i32,
    how: &'static str,
}

#[derive(serde::Serialize)]
struct HitJson<'a> {
    matched: MatchedJson,
    row: RowJson<'a>,
}

#[derive(serde::Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
enum MatchedJson {
    Code {
        code: i32,
        how: &'static str,
        on: Vec<&'static str>,
    },
    Name {
        on: Vec<&'static str>,
    },
    RowName,
}

impl<'a> RowJson<'a> {
    pub fn new(row: &'a Row) -> Self {
        RowJson {
            table: row.table,
            row: row.name,
            message: row.message,
            description: row.description,
            kind: row.kind.as_deref(),
            codes: Codes(row),
        }
    }
}

impl Serialize for Codes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Platform::ALL.len()))?;
        for platform in Platform::ALL {
            let names: Vec<NameJson> = self
                .0
                .names_on(platform)
                .iter()
                .map(|&(name, code)| NameJson { name, code })
                .collect();
            map.serialize_entry(platform.key(), &names)?;
        }
        map.end()
    }
}

impl<'a> AnswerJson<'a> {
    pub fn new(answer: &'a Answer<'a>) -> Self {
        AnswerJson {
            input: &answer.found.text,
            form: answer.found.form.key(),
            readings: answer.readings.iter().map(|&r| reading(r)).collect(),
            rows: answer.hits.iter().map(hit).collect(),
        }
    }
}

fn reading(reading: Reading) -> ReadingJson {
    ReadingJson {
        code: reading.code,
        how: reading.how.key(),
    }
}

fn hit<'a>(hit: &Hit<'a>) -> HitJson<'a> {
    let keys = |on: &[Platform]| on.iter().map(|p| p.key()).collect();
    let matched = match &hit.matched {
        Matched::Code { reading, on } => MatchedJson::Code {
            code: reading.code,
            how: reading.how.key(),
            on: keys(on),
        },
        Matched::Name { on } => MatchedJson::Name { on: keys(on) },
        Matched::RowName => MatchedJson::RowName,
    };
    HitJson {
        matched,
        row: RowJson::new(hit.row),
    }
}

/// `value` as one line of JSON.
pub fn line(value: &impl Serialize, out: &mut String) {
    // Serializing these structs cannot fail: every key is a string, every value plain.
    let text = serde_json::to_string(value).expect("plain data serializes");
    out.push_str(&text);
    out.push('\n');
}
