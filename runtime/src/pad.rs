//! Display that honours width, fill, alignment and precision (`{:>30}`, `{:-^20.5}`)
//! over text written in pieces, at no cost to a plain `{}`.

use core::fmt::{self, Alignment, Formatter};

/// Writes `pieces` as one string would be written with [`Formatter::pad`]: padded to
/// the width, aligned (left by default, as for strings), cut to the precision in chars.
///
/// Without a width or a precision it writes the pieces one by one and nothing more:
/// the common `{}` costs what writing them does.
///
/// ```
/// use core::fmt;
/// struct Refused;
/// impl fmt::Display for Refused {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         errtable::__private::write_padded(f, &["Connection refused", " (ECONNREFUSED 111)"])
///     }
/// }
/// assert_eq!(format!("{Refused:>40}|"), "   Connection refused (ECONNREFUSED 111)|");
/// assert_eq!(format!("{Refused:.10}|"), "Connection|");
/// ```
#[inline]
pub fn write_padded(f: &mut Formatter<'_>, pieces: &[&str]) -> fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        pieces.iter().try_for_each(|piece| f.write_str(piece))
    } else {
        write_padded_slow(f, pieces)
    }
}

/// The padded case, out of line so that the plain case stays small where it is inlined.
#[cold]
fn write_padded_slow(f: &mut Formatter<'_>, pieces: &[&str]) -> fmt::Result {
    let length: usize = pieces.iter().map(|piece| piece.chars().count()).sum();
    let shown = f
        .precision()
        .map_or(length, |precision| precision.min(length));
    let padding = f.width().map_or(0, |width| width.saturating_sub(shown));
    let (before, after) = match f.align() {
        Some(Alignment::Right) => (padding, 0),
        Some(Alignment::Center) => (padding / 2, padding - padding / 2),
        Some(Alignment::Left) | None => (0, padding),
    };
    let fill = f.fill();
    write_fill(f, fill, before)?;
    write_chars(f, pieces, shown)?;
    write_fill(f, fill, after)
}

fn write_fill(f: &mut Formatter<'_>, fill: char, count: usize) -> fmt::Result {
    let mut buffer = [0u8; 4];
    let fill: &str = fill.encode_utf8(&mut buffer);
    (0..count).try_for_each(|_| f.write_str(fill))
}

/// The first `count` chars of the pieces taken together.
fn write_chars(f: &mut Formatter<'_>, pieces: &[&str], mut count: usize) -> fmt::Result {
    for piece in pieces {
        match piece.char_indices().nth(count) {
            Some((end, _)) => return f.write_str(&piece[..end]),
            None => {
                f.write_str(piece)?;
                count -= piece.chars().count();
            }
        }
    }
    Ok(())
}

/// An `i32` in decimal, as text on the stack: a piece for [`write_padded`].
///
/// ```
/// let code = errtable::__private::Decimal::new(-2147483648);
/// assert_eq!(code.as_str(), "-2147483648");
/// ```
pub struct Decimal {
    digits: [u8; 11],
    start: usize,
}

impl Decimal {
    /// The decimal digits of `value`, with a `-` if it is negative.
    pub fn new(value: i32) -> Self {
        let mut digits = [0u8; 11];
        let mut start = digits.len();
        let mut rest = value.unsigned_abs();
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            start -= 1;
            digits[start] = b'-';
        }
        Decimal { digits, start }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and '-' were written.
        core::str::from_utf8(&self.digits[self.start..]).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::{write_padded, Decimal};
    use core::fmt;
    use std::format;

    struct Pieces(&'static [&'static str]);

    impl fmt::Display for Pieces {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_padded(f, self.0)
        }
    }

    /// Every width, precision, fill and alignment gives what `str`'s own padding does.
    #[test]
    fn pieces_pad_as_the_whole_string_does() {
        let cases: [&[&str]; 5] = [
            &[],
            &["Broken pipe"],
            &["Broken", " ", "pipe", " (EPIPE 32)"],
            &["Délai dépassé", " (ETIMEDOUT 110)"],
            &["", "x", ""],
        ];
        for pieces in cases {
            let whole: std::string::String = pieces.concat();
            let value = Pieces(pieces);
            assert_eq!(format!("{value}"), whole);
            for n in 0..40 {
                assert_eq!(format!("{value:n$}"), format!("{whole:n$}"));
                assert_eq!(format!("{value:>n$}"), format!("{whole:>n$}"));
                assert_eq!(format!("{value:*^n$}"), format!("{whole:*^n$}"));
                assert_eq!(format!("{value:é<n$}"), format!("{whole:é<n$}"));
                assert_eq!(format!("{value:.n$}"), format!("{whole:.n$}"));
                assert_eq!(format!("{value:>30.n$}"), format!("{whole:>30.n$}"));
                assert_eq!(format!("{value:^n$.5}"), format!("{whole:^n$.5}"));
            }
        }
    }

    #[test]
    fn decimals_are_exact_at_the_edges() {
        for value in [i32::MIN, -10, -1, 0, 9, 10, 4242, i32::MAX] {
            assert_eq!(Decimal::new(value).as_str(), format!("{value}"));
        }
    }
}
