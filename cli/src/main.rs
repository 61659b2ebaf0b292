//! `errtable`: decodes OS and socket error codes pasted from any log, for every platform.
//!
//! This file is the entry point only. The command line is `args`; reading the input is
//! `decoder`; finding codes in text is `scan` (with the tables' words in `vocabulary`);
//! what they mean is `lookup`, ranked by `rank`, with the other runtimes' numberings in
//! `numberings` and other systems' texts in `texts`; the output is `show` (people),
//! `brief` (whole logs) and `json` (programs); `reasons` says why nothing was found.

mod args;
mod brief;
mod decoder;
mod help;
mod json;
mod lookup;
mod numberings;
mod rank;
mod reasons;
mod scan;
mod show;
mod tables;
mod texts;
mod vocabulary;

use std::io::{self, Write};
use std::process::ExitCode;

use crate::args::{Command, SYNOPSIS};
use crate::decoder::Decoder;
use crate::tables::tables;

fn main() -> ExitCode {
    let command = match args::parse_args(lexopt::Parser::from_env()) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("errtable: {message}\n\n{SYNOPSIS}\nRun `errtable --help` for more.");
            return ExitCode::from(2);
        }
    };
    // A buffered standard output: a whole log's answers are many small writes.
    let mut stdout = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let reasons = match run(&command, &mut stdout).and_then(|reasons| {
        stdout.flush()?;
        Ok(reasons)
    }) {
        Ok(reasons) => reasons,
        // A reader that went away (`errtable --all | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Vec::new(),
        Err(e) => vec![format!("cannot write the output: {e}")],
    };
    for reason in &reasons {
        eprintln!("errtable: {reason}");
    }
    match reasons.is_empty() {
        true => ExitCode::SUCCESS,
        false => ExitCode::FAILURE,
    }
}

/// Runs the command, writing to `out`; what it returns are the reasons for exit status 1.
fn run(command: &Command, out: &mut impl Write) -> io::Result<Vec<String>> {
    let tables = tables();
    let mut text = String::new();
    match command {
        Command::Help => text = help::help(&tables),
        Command::Version => text = format!("errtable {}\n", env!("CARGO_PKG_VERSION")),
        Command::All { json: false } => show::listing(&tables, &mut text),
        Command::All { json: true } => {
            for row in tables.iter().flat_map(|t| &t.rows) {
                json::line(&json::RowJson(row), &mut text);
            }
        }
        Command::Decode(decode) => return Decoder::new(decode, &tables).run(out),
    }
    out.write_all(text.as_bytes())?;
    Ok(Vec::new())
}
