//! Reading the input line by line and writing each answer in the output asked for.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

use crate::args::{Decode, Output};
use crate::lookup::{self, Answer};
use crate::tables::Table;
use crate::vocabulary::Words;
use crate::{brief, json, reasons, scan, show};

/// Decodes line by line, writing each answer as soon as its line is read, so that
/// `tail -f app.log | errtable` answers while the log grows.
pub struct Decoder<'a> {
    decode: &'a Decode,
    tables: &'a [Table],
    words: Words<'a>,
    memo: lookup::Memo<'a>,
    /// Rust's lookup prefix that ended the last line, to be read with the next one.
    carried: Option<String>,
    answers: usize,
    /// Whether an answer was written for people, so the next one needs a blank line.
    printed: bool,
    /// Whether every line so far was blank.
    blank: bool,
    /// The number of the line being read, from 1.
    line_number: usize,
    /// Codes in no row, in brief output (which says so on their lines).
    unknown: usize,
    reasons: Vec<String>,
    /// The output of the line being read, written at once.
    text: String,
}

impl<'a> Decoder<'a> {
    pub fn new(decode: &'a Decode, tables: &'a [Table]) -> Self {
        Decoder {
            decode,
            tables,
            words: Words::new(tables),
            memo: lookup::Memo::default(),
            carried: None,
            answers: 0,
            printed: false,
            blank: true,
            line_number: 0,
            unknown: 0,
            reasons: Vec::new(),
            text: String::new(),
        }
    }

    pub fn run(mut self, out: &mut impl Write) -> io::Result<Vec<String>> {
        let source = match &self.decode.text {
            Some(text) => {
                for line in text.lines() {
                    self.line(line, out)?;
                }
                format!("{text:?}")
            }
            None => {
                self.stdin(out)?;
                String::from("standard input")
            }
        };
        if self.unknown > 0 {
            let reason = format!(
                "{} codes found are in no row: their lines say why",
                self.unknown
            );
            self.reasons.push(reason);
        }
        if self.answers == 0 && self.reasons.is_empty() {
            let reason = reasons::nothing_found(self.decode.text.as_deref(), self.blank, &source);
            self.reasons.push(reason);
        }
        Ok(self.reasons)
    }

    fn stdin(&mut self, out: &mut impl Write) -> io::Result<()> {
        let mut stdin = io::BufReader::with_capacity(1 << 16, io::stdin().lock());
        let mut bytes = Vec::new();
        loop {
            // What is written goes out before a read that may wait (`tail -f app.log`);
            // while the input comes in faster, it goes out in large writes.
            if stdin.buffer().is_empty() {
                out.flush()?;
            }
            // A whole line in the buffer is read where it is; one that runs past the
            // buffer's end is gathered first.
            if let Some(end) = memchr::memchr(b'\n', stdin.buffer()) {
                self.bytes(&stdin.buffer()[..=end], out)?;
                stdin.consume(end + 1);
                continue;
            }
            bytes.clear();
            match stdin.read_until(b'\n', &mut bytes) {
                Ok(0) => return Ok(()),
                Ok(_) => self.bytes(&bytes, out)?,
                Err(e) => {
                    self.reasons
                        .push(format!("cannot read standard input: {e}"));
                    return Ok(());
                }
            }
        }
    }

    /// Reads a line as text: a log may hold bytes that are not UTF-8, and the codes
    /// around them count.
    fn bytes(&mut self, bytes: &[u8], out: &mut impl Write) -> io::Result<()> {
        match std::str::from_utf8(bytes) {
            Ok(line) => self.line(line, out),
            Err(_) => self.line(&String::from_utf8_lossy(bytes), out),
        }
    }

    /// Finds, looks up and writes every code of one line.
    fn line(&mut self, line: &str, out: &mut impl Write) -> io::Result<()> {
        let line = line.trim_end_matches(['\n', '\r']);
        self.line_number += 1;
        // Asked only until a line holds something.
        if self.blank {
            self.blank = line.trim().is_empty();
        }
        let joined;
        let line = match self.carried.take() {
            Some(prefix) => {
                joined = format!("{prefix} {}", line.trim_start());
                joined.as_str()
            }
            None => line,
        };
        let (now, carried) = line.split_at(scan::lookup_prefix_at_end(line).unwrap_or(line.len()));
        self.carried = (!carried.is_empty()).then(|| carried.trim_end().to_owned());
        let found = scan::scan(now, &self.words);
        if found.is_empty() {
            return Ok(());
        }
        // One buffer for every line's output, kept from line to line.
        let mut text = std::mem::take(&mut self.text);
        text.clear();
        for answer in lookup::answers(
            now,
            found,
            (self.tables, &mut self.memo),
            self.decode.platform,
        ) {
            self.write(&answer, &mut text);
            self.answers += 1;
        }
        let written = out.write_all(text.as_bytes());
        self.text = text;
        written
    }

    /// Adds the output of one answer to `text`; a reason goes to `reasons` where it has
    /// no row.
    fn write(&mut self, answer: &Answer<'_>, text: &mut String) {
        if self.decode.output == Output::Brief {
            let reason = answer
                .hits
                .is_empty()
                .then(|| reasons::in_no_row(answer, self.decode.platform));
            self.unknown += usize::from(reason.is_some());
            brief::line(self.line_number, answer, reason.as_deref(), text);
            return;
        }
        if answer.hits.is_empty() {
            self.reasons
                .push(reasons::in_no_row(answer, self.decode.platform));
        }
        match self.decode.output {
            Output::Json => json::line(&json::AnswerJson(answer), text),
            Output::Brief => {}
            // A code in no row has its reason already; JSON still lists it, with no rows.
            _ if answer.hits.is_empty() => {}
            Output::To(to) => match reasons::translate(answer, to) {
                Ok(code) => {
                    let _ = writeln!(text, "{code}");
                }
                Err(why) => self.reasons.push(why),
            },
            Output::Human => {
                if self.printed {
                    text.push('\n');
                }
                show::answer(answer, text);
                self.printed = true;
            }
        }
    }
}
