//! The output for whole logs: a line per code found, tab-separated, the first row only.

use crate::lookup::{Answer, Hit, Matched, Twin};

/// `LINE\tCODE\tPLATFORM\tROW\tMESSAGE`: the code as written, the platform and row it
/// was read as first, and the row's message; a code in no row has `-` for both and the
/// reason as its message. Written piece by piece: a whole log has many such lines.
pub fn line(line_number: usize, answer: &Answer<'_>, reason: Option<&str>, out: &mut String) {
    let first = answer
        .hits
        .iter()
        .find(|hit| !matches!(hit.twin, Twin::Named));
    push_number(line_number, out);
    out.push('\t');
    // The code as written holds no tab: no form spans one.
    out.push_str(&answer.found.text);
    out.push('\t');
    match first {
        Some(hit) => {
            let row = hit.row;
            for (field, after) in [
                (platform(hit), "\t"),
                (row.type_name, "::"),
                (row.name, "\t"),
            ] {
                out.push_str(field);
                out.push_str(after);
            }
            out.push_str(row.message);
        }
        None => {
            out.push_str("-\t-\t");
            out.push_str(reason.unwrap_or_default());
        }
    }
    out.push('\n');
}

/// `number` in decimal, without the formatting machinery a whole log would pay for
/// on every line.
fn push_number(number: usize, out: &mut String) {
    let mut digits = [0_u8; 20];
    let mut at = digits.len();
    let mut rest = number;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&digit| char::from(digit)));
}

/// The platform the row was read on (the most common of several), `-` for a name or
/// message on none.
fn platform(hit: &Hit<'_>) -> &'static str {
    match &hit.matched {
        Matched::Code { on, .. } | Matched::Name { on } => {
            crate::rank::most_common(on).map_or("-", |p| p.key())
        }
        Matched::RowName | Matched::Message => "-",
    }
}
