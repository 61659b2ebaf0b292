//! What a found code means: the numbers it stands for, and the rows they decode to.

use std::collections::HashMap;

use errtable::{win32_from_hresult, Platform};

use crate::numberings;
use crate::rank::{self, Why};
use crate::scan::{Form, Found, Number, Query};
use crate::tables::{FastHash, Row, Table};

/// A found code with the rows it stands for.
pub struct Answer<'a> {
    pub found: Found,
    pub readings: Vec<Reading>,
    pub hits: Vec<Hit<'a>>,
    /// getaddrinfo's message: what a message form found, or the text beside a number
    /// that picked its rows (`[Errno -2] Name or service not known`).
    pub message: Option<String>,
    /// Why the first row comes first, where more than one row is shown.
    pub why: Option<Why>,
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
    /// The Win32 code Windows reports for an NTSTATUS value.
    Ntstatus,
    /// libuv's own code (Node prints it): the row is the one of libuv's name for it.
    Libuv,
    /// The MSVC C runtime's `errno` on Windows: the row is the one of the CRT's name.
    Crt,
    /// The errno inside OpenSSL's packed error of its system library.
    OpenSsl,
}

impl How {
    /// Whether a code read this way can be a code of `platform`: an HRESULT or NTSTATUS
    /// holds a Windows code, and Windows never reports an error negated.
    fn fits(self, platform: Platform) -> bool {
        match self {
            How::AsWritten | How::OpenSsl | How::Libuv => true,
            How::Negated => platform != Platform::Windows,
            How::Hresult | How::Ntstatus | How::Crt => platform == Platform::Windows,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            How::AsWritten => "as_written",
            How::Negated => "negated",
            How::Hresult => "hresult",
            How::Ntstatus => "ntstatus",
            How::Libuv => "libuv",
            How::Crt => "crt",
            How::OpenSsl => "openssl",
        }
    }

    /// The symbol another numbering gives `code`, where the row is found by name.
    fn symbol(self, code: i32) -> Option<&'static str> {
        match self {
            How::Libuv => numberings::libuv_name(code),
            How::Crt => numberings::crt_name(code),
            _ => None,
        }
    }
}

/// A row the code stands for, and how it matched.
#[derive(Clone)]
pub struct Hit<'a> {
    pub row: &'a Row,
    pub matched: Matched,
    pub twin: Twin<'a>,
}

/// A row of another table that the same Windows code decodes to: Winsock numbers
/// getaddrinfo's errors among its own (11001 is `WSAHOST_NOT_FOUND` and `EAI_NONAME`).
/// Text output shows one of the two rows and names the other in a line.
#[derive(Clone, Copy)]
pub enum Twin<'a> {
    None,
    /// This row is shown; the other is named in its details.
    Names(&'a Row),
    /// This row is named in the details of the other.
    Named,
}

#[derive(Clone)]
pub enum Matched {
    /// A code of the row on these platforms.
    Code { reading: Reading, on: Platforms },
    /// A symbol or alias of the row on these platforms.
    Name { on: Platforms },
    /// The row's own name.
    RowName,
    /// The row's standard message.
    Message,
}

/// Platforms, each at most once, kept in place rather than on the heap: a whole log
/// builds several for each code found. Read as a slice.
#[derive(Clone, Copy)]
pub struct Platforms {
    list: [Platform; Platform::ALL.len()],
    len: usize,
}

impl Platforms {
    fn new() -> Self {
        Platforms {
            list: [Platform::ALL[0]; Platform::ALL.len()],
            len: 0,
        }
    }

    /// Adds `platform` if it is not there yet (so there is always room).
    fn push(&mut self, platform: Platform) {
        if !self.contains(&platform) {
            self.list[self.len] = platform;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Platforms {
    type Target = [Platform];

    fn deref(&self) -> &[Platform] {
        &self.list[..self.len]
    }
}

impl FromIterator<Platform> for Platforms {
    fn from_iter<I: IntoIterator<Item = Platform>>(platforms: I) -> Self {
        let mut set = Platforms::new();
        for platform in platforms {
            set.push(platform);
        }
        set
    }
}

/// Looks up every code found in `line`: a number beside getaddrinfo's message naming
/// one of its rows is one answer, that row (`[Errno -2] Name or service not known`).
/// Each answer's rows come ranked by what the line says (see [`rank`]).
pub fn answers<'a>(
    line: &str,
    found: Vec<Found>,
    (tables, memo): (&'a [Table], &mut Memo<'a>),
    only: Option<Platform>,
) -> Vec<Answer<'a>> {
    let context = Context {
        line,
        only,
        windows: std::cell::OnceCell::new(),
    };
    let mut answers: Vec<Answer<'a>> = Vec::new();
    for found in found {
        let answer = answer(found, (tables, &mut *memo), &context);
        let merged = answers
            .last_mut()
            .and_then(|last| merge(line, last, &answer));
        if merged.is_none() {
            answers.push(answer);
        }
    }
    answers
}

/// The readings and unranked rows of each number and name looked up so far, by what
/// they depend on, and the orders they were ranked in: a log repeats a few codes in a few
/// forms many times, and each costs a reading of every numbering, a decoding in every
/// table and a ranking. Kept for a whole run.
#[derive(Default)]
pub struct Memo<'a> {
    numbers: HashMap<NumberKey, Rows<'a>, FastHash>,
    /// The rows of each name as written, by form and platform asked for.
    names: HashMap<(Form, Option<Platform>), ByName<'a>, FastHash>,
    /// The number the next rows kept are known by in `ranked`.
    next: u64,
    ranked: rank::Ranked,
}

/// Rows kept: their number in [`rank::Ranked`], the readings and the rows.
type Rows<'a> = (u64, Vec<Reading>, Vec<Hit<'a>>);

/// The rows kept of each name as written.
type ByName<'a> = HashMap<String, Rows<'a>, FastHash>;

impl<'a> Memo<'a> {
    /// How many numbers (and names) are kept at most: a log of many distinct codes
    /// starts over rather than growing without bound.
    const MOST: usize = 4096;

    /// The rows of `query`, kept or looked up now; `None` for a message, which is looked
    /// up every time (a log repeats few).
    fn rows(
        &mut self,
        found: &Found,
        context: &Context<'_>,
        (tables, platforms): (&'a [Table], &[Platform]),
    ) -> Option<Rows<'a>> {
        if self.numbers.len() >= Memo::MOST || self.names.len() >= Memo::MOST {
            self.numbers.clear();
            self.names.clear();
        }
        let next = &mut self.next;
        let mut fresh = |(readings, hits)| {
            *next += 1;
            (*next, readings, hits)
        };
        let rows = match &found.query {
            Query::Number(number) => {
                let key = NumberKey {
                    form: found.form,
                    number: *number,
                    only: context.only,
                    crt: may_be_crt(found.form, *number, context),
                };
                let numbers = &mut self.numbers;
                numbers
                    .entry(key)
                    .or_insert_with(|| fresh(number_hits(tables, key, platforms)))
            }
            Query::Name(name) => {
                let names = self.names.entry((found.form, context.only)).or_default();
                if names.len() >= Memo::MOST {
                    names.clear();
                }
                if !names.contains_key(name.as_str()) {
                    let rows = fresh((Vec::new(), name_hits(tables, name, platforms)));
                    names.insert(name.clone(), rows);
                }
                names.get_mut(name.as_str())?
            }
            Query::Message(_) => return None,
        };
        Some(rows.clone())
    }
}

/// All that a number's readings and rows depend on: the form, the number, the platform
/// asked for, and whether it may be the C runtime's errno (see [`readings`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct NumberKey {
    form: Form,
    number: Number,
    only: Option<Platform>,
    crt: bool,
}

/// What the line says beyond the code's form, read once per line.
pub struct Context<'l> {
    pub line: &'l str,
    pub only: Option<Platform>,
    /// Whether the line shows it comes from Windows, read when first asked.
    windows: std::cell::OnceCell<bool>,
}

impl Context<'_> {
    /// Whether the line shows it comes from Windows (a Win32 call, an HRESULT, a path).
    pub fn windows_hint(&self) -> bool {
        *self
            .windows
            .get_or_init(|| crate::scan::speaks_of_windows(self.line))
    }
}

/// Folds `next` into `last` where one is a number, the other a message right beside it
/// naming one of the number's rows; `None` where they are two answers.
fn merge<'a>(line: &str, last: &mut Answer<'a>, next: &Answer<'a>) -> Option<()> {
    let (number, message) = match (&last.found.query, &next.found.query) {
        (Query::Number(_), Query::Message(_)) => (&*last, next),
        (Query::Message(_), Query::Number(_)) => (next, &*last),
        _ => return None,
    };
    let gap = &line[last.found.span.1..next.found.span.0];
    let beside = gap
        .chars()
        .all(|c| c.is_whitespace() || "():,;-[]\"'".contains(c));
    let named = message.hits.first()?.row;
    let keep = |hit: &Hit<'a>| std::ptr::eq(hit.row, named);
    if !beside || number.message.is_some() || !number.hits.iter().any(keep) {
        return None;
    }
    let mut merged = Answer {
        found: number.found.clone(),
        readings: number.readings.clone(),
        hits: number
            .hits
            .iter()
            .filter(|hit| keep(hit))
            .map(|hit| Hit {
                row: hit.row,
                matched: hit.matched.clone(),
                twin: Twin::None,
            })
            .collect(),
        message: message.message.clone(),
        why: None,
    };
    merged.found.span = (last.found.span.0, closed(line, gap, next.found.span.1));
    merged.found.text = line[merged.found.span.0..merged.found.span.1].to_owned();
    *last = merged;
    Some(())
}

/// `end`, or past the bracket there that closes one opened in `gap`: the whole of
/// `Temporary failure in name resolution (error -3)`.
fn closed(line: &str, gap: &str, end: usize) -> usize {
    let closes = [('(', ')'), ('[', ']')]
        .iter()
        .any(|&(open, close)| gap.contains(open) && line[end..].starts_with(close));
    end + usize::from(closes)
}

/// Looks `found` up in every table, on the platforms `only` allows (all without it),
/// and ranks the rows by the evidence in the line.
fn answer<'a>(
    found: Found,
    (tables, memo): (&'a [Table], &mut Memo<'a>),
    context: &Context<'_>,
) -> Answer<'a> {
    let platforms = platforms(found.form, context.only);
    let (rows, readings, mut hits) = match memo.rows(&found, context, (tables, &platforms)) {
        Some((rows, readings, hits)) => (Some(rows), readings, hits),
        None => match &found.query {
            Query::Message(text) => (None, Vec::new(), message_hits(tables, text)),
            _ => (None, Vec::new(), Vec::new()),
        },
    };
    memo.ranked.forget_if_full();
    let mut remembered = rows.map(|rows| (rows, &mut memo.ranked));
    if hits.is_empty() && generic_exception(&found) {
        hits = windows_text_hits(tables, &context.line[found.span.1..], &platforms);
        // These rows come from the text after the code, not from the code.
        remembered = None;
    }
    let why = rank::rank(&found, context, &mut hits, remembered);
    let message = match &found.query {
        Query::Message(text) => Some(text.clone()),
        _ => None,
    };
    Answer {
        found,
        readings,
        hits,
        message,
        why,
    }
}

/// The readings of a number and the rows they decode to, unranked.
fn number_hits<'a>(
    tables: &'a [Table],
    key: NumberKey,
    platforms: &[Platform],
) -> (Vec<Reading>, Vec<Hit<'a>>) {
    let readings = readings(key.form, key.number, key.crt);
    let mut hits: Vec<Hit<'_>> = Vec::with_capacity(8);
    for &reading in &readings {
        hits.extend(code_hits(tables, reading, platforms));
    }
    pair_twins(&mut hits);
    (readings, hits)
}

/// Whether `number` in `form` may also be the MSVC C runtime's `errno`: a positive
/// number the CRT names, in a form C programs print errno in (a Win32 form's number
/// never is the CRT's), on a line that shows it comes from Windows. The line is read
/// last: most numbers are no CRT code.
fn may_be_crt(form: Form, number: Number, context: &Context<'_>) -> bool {
    let errno_form = matches!(form, Form::Number | Form::Errno | Form::Error);
    let positive = number
        .as_i32()
        .filter(|&code| code > 0 && !number.is_negative_i32());
    errno_form
        && context.only.is_none_or(|p| p == Platform::Windows)
        && positive.is_some_and(|code| numberings::crt_name(code).is_some())
        && context.windows_hint()
}

/// The platforms a form's code may belong to, narrowed to `only`.
fn platforms(form: Form, only: Option<Platform>) -> Vec<Platform> {
    let mut platforms = Vec::with_capacity(Platform::ALL.len());
    platforms.extend(
        Platform::ALL
            .iter()
            .copied()
            .filter(|&p| only.is_none_or(|only| only == p))
            .filter(|&p| !form.windows_only() || p == Platform::Windows),
    );
    platforms
}

/// The codes a written number stands for; out of the 32-bit range, none.
///
/// A negative number is an `HRESULT_FROM_WIN32` value where its bits say so; else it is
/// read both as written (getaddrinfo's `EAI_*` codes are negative on Linux) and as a
/// negated errno (`-0` too), and as libuv's code where libuv has one. Hex is read as 32
/// bits, as C prints an `int` with `%x`; an NTSTATUS errtable knows is read as the Win32
/// code Windows reports for it. Where `crt` (see [`may_be_crt`]), a number is also read
/// as the C runtime's `errno`.
pub fn readings(form: Form, number: Number, crt: bool) -> Vec<Reading> {
    if form == Form::OpenSsl {
        let errno = number
            .as_i32()
            .and_then(|bits| numberings::openssl_system_errno(bits as u32));
        return errno
            .map(|errno| reading(errno, How::OpenSsl))
            .into_iter()
            .collect();
    }
    let mut readings: Vec<Reading> = match number {
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
    };
    let value = number.as_i32();
    if let Some(code) = value.filter(|&code| numberings::libuv_name(code).is_some()) {
        readings.push(reading(code, How::Libuv));
    }
    let positive = value.filter(|&code| code > 0 && !number.is_negative_i32());
    if let Some(code) = positive.filter(|&code| crt && numberings::crt_name(code).is_some()) {
        readings.push(reading(code, How::Crt));
    }
    readings
}

fn reading(code: i32, how: How) -> Reading {
    Reading { code, how }
}

fn bits_reading(value: i32) -> Reading {
    if let Some(code) = win32_from_hresult(value) {
        return reading(code, How::Hresult);
    }
    match numberings::ntstatus(value as u32) {
        Some((_, win32)) => reading(win32, How::Ntstatus),
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
    if let Some((_, win32)) = value.and_then(|value| numberings::ntstatus(value as u32)) {
        return vec![reading(win32, How::Ntstatus)];
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
    if let Some(symbol) = reading.how.symbol(reading.code) {
        return symbol_hits(tables, reading, symbol, platforms);
    }
    let mut hits: Vec<Hit<'a>> = Vec::with_capacity(8);
    for table in tables {
        let decoded = table.decode_everywhere(reading.code);
        let allowed = |p: &Platform| reading.how.fits(*p) && platforms.contains(p);
        let rows = decoded.iter().filter(|(p, _)| allowed(p));
        for (platform, row) in rows.map(|&(p, index)| (p, &table.rows[index])) {
            match hits.iter_mut().find(|hit| std::ptr::eq(hit.row, row)) {
                Some(Hit {
                    matched: Matched::Code { on, .. },
                    ..
                }) => on.push(platform),
                _ => hits.push(Hit {
                    row,
                    matched: Matched::Code {
                        reading,
                        on: [platform].into_iter().collect(),
                    },
                    twin: Twin::None,
                }),
            }
        }
    }
    sort_by_table_order(tables, &mut hits);
    hits
}

/// The row another numbering names `symbol` (libuv's `ECONNRESET`, the CRT's
/// `ECONNREFUSED`): the row with that errno name, on the platforms that numbering is of.
fn symbol_hits<'a>(
    tables: &'a [Table],
    reading: Reading,
    symbol: &str,
    platforms: &[Platform],
) -> Vec<Hit<'a>> {
    let windows = reading.how == How::Crt || numberings::libuv_is_windows(reading.code);
    // The rows with the name in any case, in table order: the index, not every row.
    let rows = tables.iter().flat_map(|table| table.rows_named(symbol));
    rows.filter(|row| row.has_errno_name(symbol))
        .filter_map(|row| {
            let on: Platforms = platforms
                .iter()
                .copied()
                .filter(|&p| match windows {
                    true => p == Platform::Windows,
                    false => row.names_on(p).iter().any(|&(name, _)| name == symbol),
                })
                .collect();
            (!on.is_empty()).then_some(Hit {
                row,
                matched: Matched::Code { reading, on },
                twin: Twin::None,
            })
        })
        .take(1)
        .collect()
}

/// The rows that have `name` as a symbol or alias (or as their own name), any case.
fn name_hits<'a>(tables: &'a [Table], name: &str, platforms: &[Platform]) -> Vec<Hit<'a>> {
    let name = numberings::node_alias(name).unwrap_or(name);
    let rows = tables.iter().flat_map(|table| table.rows_named(name));
    rows.filter_map(|row| {
        // `row.names` is in `Platform::ALL` order, as `platforms` is.
        let named_on = row.names.iter().filter(|(p, names)| {
            platforms.contains(p) && names.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
        });
        let on: Platforms = named_on.map(|&(p, _)| p).collect();
        let matched = if !on.is_empty() {
            Matched::Name { on }
        } else if row.is_named(name) {
            Matched::RowName
        } else {
            return None;
        };
        Some(Hit {
            row,
            matched,
            twin: Twin::None,
        })
    })
    .collect()
}

/// Whether `found` is a .NET exception printed with `E_FAIL` (0x80004005), the HResult
/// .NET gives `Win32Exception` and `SocketException` whatever the error: the message
/// after it is then the only trace of the code.
fn generic_exception(found: &Found) -> bool {
    let dotnet = matches!(found.form, Form::Win32Exception | Form::SocketException);
    let e_fail = match found.query {
        Query::Number(number) => foreign_hresult(number) == Some((0, 0x4005)),
        _ => false,
    };
    dotnet && e_fail
}

/// The rows with a Windows code whose text `rest` (what follows the code) starts with,
/// after its `: `.
fn windows_text_hits<'a>(tables: &'a [Table], rest: &str, platforms: &[Platform]) -> Vec<Hit<'a>> {
    if !platforms.contains(&Platform::Windows) {
        return Vec::new();
    }
    let rest = rest.trim_start_matches([':', ' ']).to_ascii_lowercase();
    let rows = tables.iter().flat_map(|table| &table.rows);
    rows.filter(|row| !row.names_on(Platform::Windows).is_empty())
        .filter(|row| {
            row.texts[1..]
                .iter()
                .any(|text| rest.starts_with(text.as_str()))
        })
        .map(|row| Hit {
            row,
            matched: Matched::Message,
            twin: Twin::None,
        })
        .collect()
}

/// The row each table gives `text` as its standard message.
fn message_hits<'a>(tables: &'a [Table], text: &str) -> Vec<Hit<'a>> {
    let rows = tables
        .iter()
        .filter_map(|table| table.row_with_message(text));
    rows.map(|row| Hit {
        row,
        matched: Matched::Message,
        twin: Twin::None,
    })
    .collect()
}

/// Pairs the rows of two tables that one Windows code decodes to. The row shown is the
/// OS error's where that row is an errno too (`WSAEINVAL` is `EINVAL`; getaddrinfo
/// returning it means `EAI_BADFLAGS`), else the resolver's (`WSAHOST_NOT_FOUND` exists
/// only for name resolution). A row that also matched elsewhere is shown in full.
fn pair_twins(hits: &mut [Hit<'_>]) {
    for first in 0..hits.len() {
        for second in first + 1..hits.len() {
            let (shown, named) = match twins(&hits[first], &hits[second]) {
                Some(true) => (first, second),
                Some(false) => (second, first),
                None => continue,
            };
            hits[shown].twin = Twin::Names(hits[named].row);
            hits[named].twin = Twin::Named;
        }
    }
}

/// Whether `a`, the row of the earlier table (the OS errors), is shown and `b` named,
/// or the other way round; `None` when they are not twins.
fn twins(a: &Hit<'_>, b: &Hit<'_>) -> Option<bool> {
    let windows_only = |hit: &Hit<'_>| match &hit.matched {
        Matched::Code { on, .. } => on[..] == [Platform::Windows],
        _ => false,
    };
    let code = |hit: &Hit<'_>| match &hit.matched {
        Matched::Code { reading, on } if on.contains(&Platform::Windows) => Some(reading.code),
        _ => None,
    };
    let unpaired = matches!((a.twin, b.twin), (Twin::None, Twin::None));
    if a.row.table == b.row.table || !unpaired || code(a).is_none() || code(a) != code(b) {
        return None;
    }
    let a_shown = a.row.beyond_windows();
    match (a_shown, windows_only(a), windows_only(b)) {
        (true, _, true) => Some(true),
        (false, true, _) => Some(false),
        _ => None,
    }
}

/// Puts hits in the order of the tables' rows, as a lookup by name lists them.
fn sort_by_table_order(tables: &[Table], hits: &mut [Hit<'_>]) {
    let position = |row: &Row| {
        tables
            .iter()
            .enumerate()
            .find_map(|(n, table)| table.index_of(row).map(|index| (n, index)))
    };
    hits.sort_by_key(|hit| position(hit.row));
}

/// The facility and code of a failure HRESULT that `HRESULT_FROM_WIN32` did not make
/// (`0x80004005`, `E_FAIL`, is facility 0, code 0x4005); `None` for other numbers.
///
/// A number counts as such an HRESULT when its failure bit is set and its reserved bit
/// (which NTSTATUS values set) is not: a negated errno (`-104`) has both set.
pub fn foreign_hresult(number: Number) -> Option<(u32, u32)> {
    let bits = match number {
        Number::Hex(bits) => u32::try_from(bits).ok()?,
        Number::Decimal {
            magnitude,
            negative: true,
        } => i32::try_from(-i128::try_from(magnitude).ok()?).ok()? as u32,
        Number::Decimal { .. } => return None,
    };
    let shaped = bits & 0xC000_0000 == 0x8000_0000;
    let from_win32 = win32_from_hresult(bits as i32).is_some();
    (shaped && !from_win32).then_some(((bits >> 16) & 0x7FF, bits & 0xFFFF))
}
