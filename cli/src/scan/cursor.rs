//! A position in a line, and the small steps the forms are written with.

use super::{is_word_char, Number};

/// A position in a line, moving forward over what a pattern accepts.
pub struct Cursor<'t> {
    pub text: &'t str,
    pub pos: usize,
}

impl<'t> Cursor<'t> {
    pub fn new(text: &'t str) -> Self {
        Cursor { text, pos: 0 }
    }

    pub fn at(text: &'t str, pos: usize) -> Self {
        Cursor { text, pos }
    }

    pub fn rest(&self) -> &'t str {
        &self.text[self.pos..]
    }

    /// Skips spaces and tabs; true (so it chains in conditions).
    pub fn spaces(&mut self) -> bool {
        let rest = self.rest().as_bytes();
        self.pos += rest
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        true
    }

    /// Takes `symbol` after optional spaces.
    pub fn symbol(&mut self, symbol: &str) -> bool {
        let start = self.pos;
        self.spaces();
        if self.rest().starts_with(symbol) {
            self.pos += symbol.len();
            true
        } else {
            self.pos = start;
            false
        }
    }

    /// Takes `keyword` in any case, as a whole word.
    pub fn keyword(&mut self, keyword: &str) -> bool {
        let rest = self.rest();
        let matches = rest
            .get(..keyword.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(keyword))
            && !rest[keyword.len()..].starts_with(is_word_char);
        if matches {
            self.pos += keyword.len();
        }
        matches
    }

    /// Takes `keyword` after optional spaces.
    pub fn keyword_after_spaces(&mut self, keyword: &str) -> bool {
        let start = self.pos;
        self.spaces();
        let found = self.keyword(keyword);
        if !found {
            self.pos = start;
        }
        found
    }

    /// Takes the keywords, one or more spaces apart.
    pub fn words(&mut self, words: &[&str]) -> bool {
        let start = self.pos;
        let all = words.iter().enumerate().all(|(n, word)| {
            let spaced = n == 0 || self.spaces_before_word();
            spaced && self.keyword(word)
        });
        if !all {
            self.pos = start;
        }
        all
    }

    /// Skips at least one space.
    pub fn spaces_before_word(&mut self) -> bool {
        let start = self.pos;
        self.spaces();
        self.pos > start
    }

    pub fn spaces_then_number(&mut self) -> Option<Number> {
        self.spaces();
        self.number()
    }

    /// A word of letters, digits and `_`.
    pub fn word(&mut self) -> Option<&'t str> {
        let rest = self.rest();
        let bytes = rest.as_bytes();
        let mut ascii = 0;
        while ascii < bytes.len() && (bytes[ascii].is_ascii_alphanumeric() || bytes[ascii] == b'_')
        {
            ascii += 1;
        }
        // A word goes on with letters of other scripts, rarely met: read them as chars.
        let len = match rest.as_bytes().get(ascii) {
            Some(&b) if b >= 0x80 => rest.len() - rest.trim_start_matches(is_word_char).len(),
            _ => ascii,
        };
        (len > 0).then(|| {
            self.pos += len;
            &rest[..len]
        })
    }

    /// A decimal number, maybe negative, or `0x` hex, that ends a word: `8080` in
    /// `127.0.0.1:8080` is not one (it does not start a word), nor `127` (it goes on
    /// with `.0`).
    pub fn number(&mut self) -> Option<Number> {
        let start = self.pos;
        let number = self.hex().or_else(|| self.decimal());
        if number.is_none() || !self.at_number_end() {
            self.pos = start;
            return None;
        }
        number
    }

    pub fn hex(&mut self) -> Option<Number> {
        let rest = self.rest();
        let digits = rest
            .strip_prefix("0x")
            .or_else(|| rest.strip_prefix("0X"))?;
        let len = digits.len()
            - digits
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if len == 0 {
            return None;
        }
        self.pos += 2 + len;
        let digits = digits[..len].trim_start_matches('0');
        // More than 32 significant bits is out of range; u128::MAX keeps it so.
        Some(Number::Hex(match digits.len() {
            0 => 0,
            1..=32 => u128::from_str_radix(digits, 16).ok()?,
            _ => u128::MAX,
        }))
    }

    pub fn decimal(&mut self) -> Option<Number> {
        let rest = self.rest();
        let digits = rest.strip_prefix('-').unwrap_or(rest);
        let sign = rest.len() - digits.len();
        let len = digits.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        self.pos += sign + len;
        let digits = digits[..len].trim_start_matches('0');
        // More digits than a u128 holds is out of range all the same.
        // At most 38 digits, so the sum cannot overflow (10^38 < 2^128).
        let magnitude = match digits.len() {
            0..=38 => digits
                .bytes()
                .fold(0, |sum: u128, digit| sum * 10 + u128::from(digit - b'0')),
            _ => u128::MAX,
        };
        Some(Number::Decimal {
            magnitude,
            negative: sign == 1,
        })
    }

    /// Whether the number just taken ends here: no word character follows, nor a `.`,
    /// `:`, `-` or `/` that goes on with a digit (an address, a time, a date). A `_` that
    /// ends a word closes Markdown's emphasis, pasted with the line (`errno:41_`).
    pub fn at_number_end(&self) -> bool {
        let mut rest = self.rest().chars();
        match rest.next() {
            None => true,
            Some('_') => !rest.next().is_some_and(is_word_char),
            Some(c) if is_word_char(c) => false,
            Some('.' | ':' | '-' | '/') => !rest.next().is_some_and(|c| c.is_ascii_digit()),
            Some(_) => true,
        }
    }
}
