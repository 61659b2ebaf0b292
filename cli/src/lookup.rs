//! What a found code means: the numbers it stands for, and the rows they decode to.

use errtable::{win32_from_hresult, Platform};

use crate::scan::{Form, Found, Number, Query};
use crate::tables::{Row, Table};

/// A found code with the rows it stands for.
pub struct Answer<'a> {
    pub found: Found,
    pub readings: Vec<Reading>,
    pub hits: Vec<Hit<'a>>,
}

/// A number looked up, and why that number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub code: i32,
    pub how: How,
}

/// How a written number became the code looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// The number itself.
    AsWritten,
    /// A negative number, negated: kernels and io_uring return `-errno`.
    Negated,
    /// The Win32 code inside an `HRESULT_FROM_WIN32` value.
    Hresult,
}

impl How {
    /// Whether a code read this way can be a code of `platform`: an HRESULT holds a
    /// Windows code, and Windows never reports an error negated.
    fn fits(self, platform: Platform) -> bool {
        match self {
            How::AsWritten => true,
            How::Negated => platform != Platform::Windows,
            How::Hresult => platform == Platform::Windows,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            How::AsWritten => "as_written",
            How::Negated => "negated",
            How::Hresult => "hresult",
        }
    }
}

/// A row the code stands for, and how it matched.
pub struct Hit<'a> {
    pub row: &'a Row,
    pub matched: Matched,
}

pub enum Matched {
    /// A code of the row on these platforms.
    Code { reading: Reading, on: Vec<Platform> },
    /// A symbol or alias of the row on these platforms.
    Name { on: Vec<Platform> },
    /// The row's own name.
    RowName,
}

/// Looks `found` up in every table, on the platforms `only` allows (all without it).
pub fn answer(found: Found, tables: &[Table], only: Option<Platform>) -> Answer<'_> {
    let platforms = platforms(found.form, only);
    let (readings, hits) = match &found.query {
        Query::Number(number) => {
            let readings = readings(*number);
            let hits = readings
                .iter()
                .flat_map(|&reading| code_hits(tables, reading, &platforms))
                .collect();
            (readings, hits)
        }
        Query::Name(name) => (Vec::new(), name_hits(tables, name, &platforms)),
    };
    Answer {
        found,
        readings,
        hits,
    }
}

/// The platforms a form's code may belong to, narrowed to `only`.
fn platforms(form: Form, only: Option<Platform>) -> Vec<Platform> {
    Platform::ALL
        .into_iter()
        .filter(|&p| only.is_none_or(|only| only == p))
        .filter(|&p| !form.windows_only() || p == Platform::Windows)
        .collect()
}

/// The codes a written number stands for; out of the 32-bit range, none.
///
/// A negative number is an `HRESULT_FROM_WIN32` value where its bits say so; else it is
/// read both as written (getaddrinfo's `EAI_*` codes are negative on Linux) and as a
/// negated errno (`-0` too). Hex is read as 32 bits, as C prints an `int` with `%x`.
pub fn readings(number: Number) -> Vec<Reading> {
    match number {
        Number::Hex(bits) => u32::try_from(bits)
            .map(|bits| bits_reading(bits as i32))
            .into_iter()
            .collect(),
        Number::Decimal {
            magnitude,
            negative: false,
        } => i32::try_from(magnitude)
            .map(|code| reading(code, How::AsWritten))
            .into_iter()
            .collect(),
        Number::Decimal {
            magnitude,
            negative: true,
        } => negative_readings(magnitude),
    }
}

fn reading(code: i32, how: How) -> Reading {
    Reading { code, how }
}

fn bits_reading(value: i32) -> Reading {
    match win32_from_hresult(value) {
        Some(code) => reading(code, How::Hresult),
        None => reading(value, How::AsWritten),
    }
}

fn negative_readings(magnitude: u128) -> Vec<Reading> {
    let value = i128::try_from(magnitude)
        .ok()
        .and_then(|magnitude| i32::try_from(-magnitude).ok());
    if let Some(code) = value.and_then(win32_from_hresult) {
        return vec![reading(code, How::Hresult)];
    }
    let as_written = value
        .filter(|&value| value != 0)
        .map(|value| reading(value, How::AsWritten));
    let negated = i32::try_from(magnitude)
        .ok()
        .map(|code| reading(code, How::Negated));
    as_written.into_iter().chain(negated).collect()
}

/// The rows `reading` decodes to, each with the platforms on which it does.
fn code_hits<'a>(tables: &'a [Table], reading: Reading, platforms: &[Platform]) -> Vec<Hit<'a>> {
    let platforms: Vec<Platform> = platforms
        .iter()
        .copied()
        .filter(|&p| reading.how.fits(p))
        .collect();
    let mut hits: Vec<Hit<'a>> = Vec::new();
    for table in tables {
        for &platform in &platforms {
            let Some(row) = table.decode(platform, reading.code) else {
                continue;
            };
            match hits.iter_mut().find(|hit| std::ptr::eq(hit.row, row)) {
                Some(Hit {
                    matched: Matched::Code { on, .. },
                    ..
                }) => on.push(platform),
                _ => hits.push(Hit {
                    row,
                    matched: Matched::Code {
                        reading,
                        on: vec![platform],
                    },
                }),
            }
        }
    }
    sort_by_table_order(tables, &mut hits);
    hits
}

/// The rows that have `name` as a symbol or alias (or as their own name), any case.
fn name_hits<'a>(tables: &'a [Table], name: &str, platforms: &[Platform]) -> Vec<Hit<'a>> {
    let rows = tables.iter().flat_map(|table| &table.rows);
    rows.filter_map(|row| {
        let on: Vec<Platform> = platforms
            .iter()
            .copied()
            .filter(|&p| row.has_name(p, name))
            .collect();
        let matched = if !on.is_empty() {
            Matched::Name { on }
        } else if row.name.eq_ignore_ascii_case(name) {
            Matched::RowName
        } else {
            return None;
        };
        Some(Hit { row, matched })
    })
    .collect()
}

/// Puts hits in the order of the tables' rows, as a lookup by name lists them.
fn sort_by_table_order(tables: &[Table], hits: &mut [Hit<'_>]) {
    let position = |row: &Row| {
        tables
            .iter()
            .flat_map(|table| &table.rows)
            .position(|r| std::ptr::eq(r, row))
    };
    hits.sort_by_key(|hit| position(hit.row));
}
