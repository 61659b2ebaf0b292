//! The output for whole logs: a line per code found, tab-separated, the first row only.

use std::fmt::Write as _;

use crate::lookup::{Answer, Hit, Matched, Twin};

/// `LINE\tCODE\tPLATFORM\tROW\tMESSAGE`: the code as written, the platform and row it
/// was read as first, and the row's message; a code in no row has `-` for both and the
/// reason as its message.
pub fn line(line_number: usize, answer: &Answer<'_>, reason: Option<&str>, out: &mut String) {
    let input = answer.found.text.replace(['\t', '\n'], " ");
    let first = answer
        .hits
        .iter()
        .find(|hit| !matches!(hit.twin, Twin::Named));
    let (platform, row, message) = match first {
        Some(hit) => (platform(hit), hit.row.path(), hit.row.message.to_owned()),
        None => (
            "-",
            String::from("-"),
            reason.unwrap_or_default().to_owned(),
        ),
    };
    let _ = writeln!(out, "{line_number}\t{input}\t{platform}\t{row}\t{message}");
}

/// The platform the row was read on first, `-` for a name or message on none.
fn platform(hit: &Hit<'_>) -> &'static str {
    match &hit.matched {
        Matched::Code { on, .. } | Matched::Name { on } => on.first().map_or("-", |p| p.key()),
        Matched::RowName | Matched::Message => "-",
    }
}
