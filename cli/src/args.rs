//! The command line: what it asks for, or what is wrong with it.

use std::ffi::OsString;
use std::io::{self, IsTerminal as _};

use errtable::Platform;

pub const SYNOPSIS: &str = "\
Usage: errtable [-p PLATFORM] [--json | --brief | --to PLATFORM] [TEXT | -]...
       errtable --all [--json]";

/// What the command line asks for.
pub enum Command {
    Help,
    Version,
    All { json: bool },
    Decode(Decode),
}

pub struct Decode {
    /// The arguments joined by spaces; `None` to read standard input (no TEXT, or `-`).
    pub text: Option<String>,
    pub platform: Option<Platform>,
    pub output: Output,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Human,
    Json,
    /// One line per code: line number, code, platform, row, message.
    Brief,
    /// Only the code on this platform, for scripts.
    To(Platform),
}

/// The command line, or what is wrong with it (exit status 2).
pub fn parse_args(mut parser: lexopt::Parser) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    parser.set_short_equals(false);
    let usage = |e: lexopt::Error| e.to_string();
    let (mut all, mut json, mut brief, mut platform, mut to, mut words) =
        (false, false, false, None, None, Vec::new());
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("all") => all = true,
            Long("json") => json = true,
            Long("brief") => brief = true,
            Short('p') | Long("platform") => {
                set_platform(&mut platform, "--platform", parser.value())?
            }
            Long("to") => set_platform(&mut to, "--to", parser.value())?,
            // A negative number is a code (`-104`), not a bundle of short options.
            Short(digit) if digit.is_ascii_digit() => {
                let rest = parser.optional_value().unwrap_or_default();
                words.push(utf8(OsString::from(format!("-{digit}")), rest)?);
            }
            Value(word) => words.push(utf8(word, OsString::new())?),
            _ => return Err(usage(arg.unexpected())),
        }
    }
    command(all, (json, brief), platform, to, words)
}

fn set_platform(
    slot: &mut Option<Platform>,
    option: &str,
    value: Result<OsString, lexopt::Error>,
) -> Result<(), String> {
    let value = value.map_err(|e| e.to_string())?;
    let value = value.to_string_lossy();
    let platform = value
        .parse::<Platform>()
        .map_err(|e| format!("{option} {value}: {e}"))?;
    match slot.replace(platform) {
        Some(_) => Err(format!("{option} given twice")),
        None => Ok(()),
    }
}

fn utf8(head: OsString, rest: OsString) -> Result<String, String> {
    let mut word = head;
    word.push(rest);
    word.into_string()
        .map_err(|word| format!("{} is not valid UTF-8", word.to_string_lossy()))
}

fn command(
    all: bool,
    (json, brief): (bool, bool),
    platform: Option<Platform>,
    to: Option<Platform>,
    words: Vec<String>,
) -> Result<Command, String> {
    let usage = |message: &str| Err(message.to_owned());
    if all {
        return match (platform, to, words.is_empty()) {
            (None, None, true) if !brief => Ok(Command::All { json }),
            _ => usage("--all lists every row; it takes no TEXT, --platform, --to or --brief"),
        };
    }
    let output = match (json, brief, to) {
        (true, true, _) => return usage("--json and --brief are two outputs; pick one"),
        (_, true, Some(_)) | (true, _, Some(_)) => {
            return usage("--to prints bare numbers; drop --json and --brief")
        }
        (true, false, None) => Output::Json,
        (false, true, None) => Output::Brief,
        (false, false, Some(to)) => Output::To(to),
        (false, false, None) => Output::Human,
    };
    // `-` alone is standard input, as for most commands.
    let text = (!words.is_empty() && words != ["-"]).then(|| words.join(" "));
    if text.as_deref().is_some_and(|text| text.trim().is_empty()) {
        return usage("TEXT is empty: give a code, a name or a line of a log");
    }
    if text.is_none() && io::stdin().is_terminal() {
        return usage("give TEXT, or pipe text into standard input");
    }
    Ok(Command::Decode(Decode {
        text,
        platform,
        output,
    }))
}
