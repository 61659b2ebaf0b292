//! The output for people: one row's details in 80 columns, the whole table in 100.

use std::borrow::Cow;
use std::fmt::Write as _;

use errtable::Platform;

use crate::lookup::{Answer, Hit, How, Matched, Reading, Twin};
use crate::scan::Query;
use crate::tables::{Row, Table};

/// Where a row's details wrap.
const DETAILS_WIDTH: usize = 80;
/// What the `--all` listing fits in.
pub const LISTING_WIDTH: usize = 100;
/// The labels of a row's details: `matched`, `kind`, `persistence` and the platform keys.
const LABEL_WIDTH: usize = 13;
const INDENT: &str = "  ";

/// An answer: a heading naming what was found and how it was read, then each row.
pub fn answer(answer: &Answer<'_>, out: &mut String) {
    let form = answer.found.form.describe();
    let and_message = match (&answer.found.query, &answer.message) {
        (Query::Number(_), Some(_)) => ", and getaddrinfo's message",
        _ => "",
    };
    let heading = format!("{}  ({form}{and_message})", answer.found.text);
    wrap("== ", "   ", &heading, out);
    let shown: Vec<&Hit<'_>> = answer
        .hits
        .iter()
        .filter(|hit| !matches!(hit.twin, Twin::Named))
        .collect();
    if let Some(note) = tables_note(&shown) {
        wrap("   ", "   ", &note, out);
    }
    if let Some(why) = &answer.why {
        wrap("   ", "   ", &format!("first because {}", why.text()), out);
    }
    for hit in shown {
        out.push('\n');
        details(hit, &matched_text(&answer.found.text, &hit.matched), out);
    }
}

/// Where the rows shown come from more than one table, which call gives which.
fn tables_note(hits: &[&Hit<'_>]) -> Option<String> {
    let mut types: Vec<&str> = hits.iter().map(|hit| hit.row.type_name).collect();
    types.dedup();
    (types.len() > 1).then(|| {
        String::from(
            "rows of two tables: OsError if an OS error said it (errno, \
             GetLastError, Winsock), ResolveError if getaddrinfo returned it",
        )
    })
}

/// `10054 on windows`, `104 on linux, linux_powerpc (-104 negated)`, …
fn matched_text(text: &str, matched: &Matched) -> String {
    match matched {
        Matched::Code { reading, on } => {
            format!("{} on {}{}", reading.code, keys(on), how_text(*reading))
        }
        Matched::Name { on } => format!("{text} on {}", keys(on)),
        Matched::RowName => String::from("the row's name"),
        Matched::Message => String::from("its message"),
    }
}

fn how_text(reading: Reading) -> &'static str {
    match reading.how {
        How::AsWritten => "",
        How::Negated => ", negated (a -errno)",
        How::Hresult => ", inside the HRESULT",
        How::Ntstatus => ", the Win32 code of the NTSTATUS",
        How::Libuv => ", libuv's code (Node)",
        How::Crt => ", the C runtime's errno on Windows",
        How::OpenSsl => ", the errno inside OpenSSL's code",
    }
}

fn keys(platforms: &[Platform]) -> String {
    let keys: Vec<&str> = platforms.iter().map(|p| p.key()).collect();
    keys.join(", ")
}

/// One row's details, each line at most [`DETAILS_WIDTH`] columns where words allow.
fn details(hit: &Hit<'_>, matched: &str, out: &mut String) {
    let row = hit.row;
    wrap("", "    ", &format!("{}: {}", row.path(), row.message), out);
    labelled("matched", matched, out);
    if let Twin::Names(twin) = hit.twin {
        labelled("same code", &same_code_text(twin), out);
    }
    if let Some(kind) = &row.kind {
        labelled("kind", kind, out);
    }
    labelled("persistence", row.persistence.key(), out);
    for &platform in Platform::ALL {
        labelled(platform.key(), &names_text(row.names_on(platform)), out);
    }
    if let Some(description) = row.description {
        wrap(INDENT, INDENT, description, out);
    }
}

/// `OsError::HostNotFound (WSAHOST_NOT_FOUND)`: the other table's row of a Windows code.
fn same_code_text(twin: &Row) -> String {
    match twin.names_on(Platform::Windows).first() {
        Some((symbol, _)) => format!("{} ({symbol}) on windows", twin.path()),
        None => format!("{} on windows", twin.path()),
    }
}

/// `EAGAIN = 11, EWOULDBLOCK = 11`: every name with its number, or `-`.
pub fn names_text(names: &[(&str, i32)]) -> String {
    if names.is_empty() {
        return String::from("-");
    }
    let mut text = String::with_capacity(names.len() * 24);
    for (n, (name, code)) in names.iter().enumerate() {
        let comma = if n == 0 { "" } else { ", " };
        let _ = write!(text, "{comma}{name} = {code}");
    }
    text
}

/// `  label          text`, the text wrapped under itself.
fn labelled(label: &str, text: &str, out: &mut String) {
    // The label's column, padded as `{label:<LABEL_WIDTH$}` pads it (by characters).
    const BLANKS: &str = "                                        ";
    let padding = LABEL_WIDTH.saturating_sub(label.chars().count());
    let mut first = String::with_capacity(INDENT.len() + label.len() + padding + 2);
    for piece in [INDENT, label, &BLANKS[..padding.min(BLANKS.len())], "  "] {
        first.push_str(piece);
    }
    let rest = BLANKS
        .get(..first.len())
        .map_or_else(|| " ".repeat(first.len()).into(), Cow::Borrowed);
    wrap(&first, &rest, text, out);
}

/// Writes `text` after `first`, breaking at spaces so lines stay within
/// [`DETAILS_WIDTH`]; later lines start with `rest`. A word longer than a line stays whole.
/// Written straight into `out`, each line's width counted as it grows.
fn wrap(first: &str, rest: &str, text: &str, out: &mut String) {
    let mut start = out.len();
    out.push_str(first);
    let mut width = first.chars().count();
    let mut empty = true;
    for word in text.split(' ') {
        let word_width = word.chars().count();
        if !empty && width + 1 + word_width > DETAILS_WIDTH {
            end_line(out, start);
            start = out.len();
            out.push_str(rest);
            width = rest.chars().count();
            empty = true;
        }
        if !empty {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += word_width;
        empty = false;
    }
    end_line(out, start);
}

/// Ends the line that starts at `start` in `out`, without its trailing whitespace.
fn end_line(out: &mut String, start: usize) {
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
    out.push('\n');
}

/// Every row of every table, a table as a grid of numbers, in [`LISTING_WIDTH`] columns.
pub fn listing(tables: &[Table], out: &mut String) {
    for table in tables {
        grid(table, out);
    }
    let _ = writeln!(
        out,
        "+ also has a name with a number of its own there; `errtable NAME` shows every name"
    );
}

/// A table's rows: the row's name, its number on each platform, and its first symbol.
/// Where the platforms do not fit [`LISTING_WIDTH`] beside the names, they are split, in
/// `Platform` order, over as few grids as fit; the symbol is in the first.
fn grid(table: &Table, out: &mut String) {
    let mut lines = vec![header()];
    lines.extend(table.rows.iter().map(grid_line));
    let widths = column_widths(&lines);
    for (n, group) in platform_groups(&widths).into_iter().enumerate() {
        let continued = match n {
            0 => "",
            _ => " (continued)",
        };
        let _ = writeln!(out, "{}: {} rows{continued}", table.title, table.rows.len());
        let symbol = widths.len() - 1;
        for cells in &lines {
            let columns = std::iter::once(0).chain(group.clone());
            let numbers = columns.map(|i| (cells[i].as_str(), widths[i]));
            grid_row(numbers, (n == 0).then(|| cells[symbol].as_str()), out);
        }
        out.push('\n');
    }
}

/// Room kept beside the first grid's numbers for the symbol (a longer symbol goes under
/// its line).
const SYMBOL_ROOM: usize = 16;

/// The platform columns (`1..=platforms` of `widths`) in groups: the first as many as
/// fit beside the names and [`SYMBOL_ROOM`] in [`LISTING_WIDTH`], each next one as many
/// as fit beside the names; at least one a group.
fn platform_groups(widths: &[usize]) -> Vec<std::ops::Range<usize>> {
    let (names, symbol) = (widths[0], widths.len() - 1);
    let mut groups = Vec::new();
    let mut start = 1;
    let mut width = names + 1 + SYMBOL_ROOM;
    for (i, column) in widths.iter().enumerate().take(symbol).skip(1) {
        if i > start && width + 1 + column > LISTING_WIDTH {
            groups.push(start..i);
            start = i;
            width = names;
        }
        width += 1 + column;
    }
    groups.push(start..symbol);
    groups
}

/// One line of a grid: the name left, the numbers right, then the symbol if it has one.
fn grid_row<'a>(
    cells: impl Iterator<Item = (&'a str, usize)>,
    symbol: Option<&str>,
    out: &mut String,
) {
    let mut line = String::new();
    for (i, (cell, width)) in cells.enumerate() {
        // Numbers align right, like numbers; the row's name left.
        let _ = match i {
            0 => write!(line, "{cell:<width$}"),
            _ => write!(line, " {cell:>width$}"),
        };
    }
    match symbol {
        None => {
            let _ = writeln!(out, "{}", line.trim_end());
        }
        Some(symbol) if line.chars().count() + 1 + symbol.chars().count() <= LISTING_WIDTH => {
            let _ = writeln!(out, "{line} {symbol}");
        }
        // A symbol too long for the line goes under it, flush right, so nothing is cut.
        Some(symbol) => {
            let _ = writeln!(out, "{line}\n{symbol:>LISTING_WIDTH$}");
        }
    }
}

/// The platforms as the listing heads them, short so that the symbols fit.
pub fn column_title(platform: Platform) -> &'static str {
    match platform {
        Platform::Windows => "win",
        Platform::LinuxPowerpc => "ppc",
        Platform::FreeBsd => "fbsd",
        other => {
            let key = other.key();
            key.strip_prefix("linux_").unwrap_or(key)
        }
    }
}

fn header() -> Vec<String> {
    let titles = Platform::ALL.iter().copied().map(column_title);
    std::iter::once("row")
        .chain(titles)
        .chain(["symbol"])
        .map(String::from)
        .collect()
}

fn grid_line(row: &Row) -> Vec<String> {
    let numbers = Platform::ALL
        .iter()
        .copied()
        .map(|p| number_cell(row.names_on(p)));
    std::iter::once(row.name.to_owned())
        .chain(numbers)
        .chain([symbol(row).to_owned()])
        .collect()
}

/// The row's number on a platform, `+` if a name there has another number, or `-`.
pub fn number_cell(names: &[(&str, i32)]) -> String {
    match names {
        [] => String::from("-"),
        [(_, code), others @ ..] if others.iter().any(|(_, n)| n != code) => format!("{code}+"),
        [(_, code), ..] => code.to_string(),
    }
}

/// The row's symbol on the first platform (in [`Platform::ALL`] order after Windows,
/// whose Winsock names only add `WSA`) that has one.
fn symbol(row: &Row) -> &'static str {
    let order = Platform::ALL
        .iter()
        .copied()
        .skip(1)
        .chain([Platform::Windows]);
    order
        .filter_map(|p| row.names_on(p).first())
        .map(|(name, _)| *name)
        .next()
        .unwrap_or("-")
}

fn column_widths(lines: &[Vec<String>]) -> Vec<usize> {
    let columns = lines.first().map_or(0, Vec::len);
    (0..columns)
        .map(|i| {
            lines
                .iter()
                .map(|l| l[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect()
}
