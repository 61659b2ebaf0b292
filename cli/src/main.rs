//! `errtable`: decodes OS and socket error codes pasted from any log, for every platform.
//!
//! The argument handling and the I/O live here; finding codes in text is `scan`, what
//! they mean is `lookup`, the output is `show` (people) and `json` (programs).

mod json;
mod lookup;
mod scan;
mod show;
mod tables;

use std::collections::HashSet;
use std::ffi::OsString;
use std::io::{self, BufRead as _, IsTerminal as _, Write};
use std::process::ExitCode;

use errtable::Platform;

use crate::lookup::Answer;
use crate::scan::{Form, Vocabulary};
use crate::tables::{tables, Table};

const SYNOPSIS: &str = "\
Usage: errtable [-p PLATFORM] [--json | --to PLATFORM] [TEXT]...
       errtable --all [--json]";

/// What the command line asks for.
enum Command {
    Help,
    Version,
    All { json: bool },
    Decode(Decode),
}

struct Decode {
    /// The arguments joined by spaces; `None` to read standard input.
    text: Option<String>,
    platform: Option<Platform>,
    output: Output,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Human,
    Json,
    /// Only the code on this platform, for scripts.
    To(Platform),
}

fn main() -> ExitCode {
    let command = match parse_args(lexopt::Parser::from_env()) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("errtable: {message}\n\n{SYNOPSIS}\nRun `errtable --help` for more.");
            return ExitCode::from(2);
        }
    };
    let mut stdout = io::stdout().lock();
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

/// The command line, or what is wrong with it (exit status 2).
fn parse_args(mut parser: lexopt::Parser) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    parser.set_short_equals(false);
    let usage = |e: lexopt::Error| e.to_string();
    let (mut all, mut json, mut platform, mut to, mut words) =
        (false, false, None, None, Vec::new());
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("all") => all = true,
            Long("json") => json = true,
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
    command(all, json, platform, to, words)
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
    json: bool,
    platform: Option<Platform>,
    to: Option<Platform>,
    words: Vec<String>,
) -> Result<Command, String> {
    let usage = |message: &str| Err(message.to_owned());
    if all {
        return match (platform, to, words.is_empty()) {
            (None, None, true) => Ok(Command::All { json }),
            _ => usage("--all lists every row; it takes no TEXT, --platform or --to"),
        };
    }
    let output = match (json, to) {
        (true, Some(_)) => return usage("--to prints bare numbers; drop --json"),
        (true, None) => Output::Json,
        (false, Some(to)) => Output::To(to),
        (false, None) => Output::Human,
    };
    let text = (!words.is_empty()).then(|| words.join(" "));
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

/// Runs the command, writing to `out`; what it returns are the reasons for exit status 1.
fn run(command: &Command, out: &mut impl Write) -> io::Result<Vec<String>> {
    let tables = tables();
    let mut text = String::new();
    match command {
        Command::Help => text = help(&tables),
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

/// Decodes line by line, writing each answer as soon as its line is read, so that
/// `tail -f app.log | errtable` answers while the log grows.
struct Decoder<'a> {
    decode: &'a Decode,
    tables: &'a [Table],
    words: Words<'a>,
    /// Rust's lookup prefix that ended the last line, to be read with the next one.
    carried: Option<String>,
    answers: usize,
    /// Whether an answer was written for people, so the next one needs a blank line.
    printed: bool,
    /// Whether every line so far was blank.
    blank: bool,
    reasons: Vec<String>,
}

impl<'a> Decoder<'a> {
    fn new(decode: &'a Decode, tables: &'a [Table]) -> Self {
        Decoder {
            decode,
            tables,
            words: Words::new(tables),
            carried: None,
            answers: 0,
            printed: false,
            blank: true,
            reasons: Vec::new(),
        }
    }

    fn run(mut self, out: &mut impl Write) -> io::Result<Vec<String>> {
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
        if self.answers == 0 && self.reasons.is_empty() {
            let reason = nothing_found(self.decode.text.as_deref(), self.blank, &source);
            self.reasons.push(reason);
        }
        Ok(self.reasons)
    }

    fn stdin(&mut self, out: &mut impl Write) -> io::Result<()> {
        let mut stdin = io::stdin().lock();
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            match stdin.read_until(b'\n', &mut bytes) {
                Ok(0) => return Ok(()),
                // A log may hold bytes that are not UTF-8; the codes around them count.
                Ok(_) => self.line(&String::from_utf8_lossy(&bytes), out)?,
                Err(e) => {
                    self.reasons
                        .push(format!("cannot read standard input: {e}"));
                    return Ok(());
                }
            }
        }
    }

    /// Finds, looks up and writes every code of one line.
    fn line(&mut self, line: &str, out: &mut impl Write) -> io::Result<()> {
        let line = line.trim_end_matches(['\n', '\r']);
        self.blank &= line.trim().is_empty();
        let line = match self.carried.take() {
            Some(prefix) => format!("{prefix} {}", line.trim_start()),
            None => line.to_owned(),
        };
        let (now, carried) = line.split_at(lookup_prefix_at_end(&line).unwrap_or(line.len()));
        self.carried = (!carried.is_empty()).then(|| carried.trim_end().to_owned());
        let found = scan::scan(now, &self.words);
        for answer in lookup::answers(now, found, self.tables, self.decode.platform) {
            let text = self.write(&answer);
            out.write_all(text.as_bytes())?;
            self.answers += 1;
        }
        Ok(())
    }

    /// The output of one answer; a reason goes to `reasons` where it has no row.
    fn write(&mut self, answer: &Answer<'_>) -> String {
        let mut text = String::new();
        if answer.hits.is_empty() {
            self.reasons.push(in_no_row(answer, self.decode.platform));
        }
        match self.decode.output {
            Output::Json => json::line(&json::AnswerJson(answer), &mut text),
            // A code in no row has its reason already; JSON still lists it, with no rows.
            _ if answer.hits.is_empty() => {}
            Output::To(to) => match translate(answer, to) {
                Ok(code) => text = format!("{code}\n"),
                Err(why) => self.reasons.push(why),
            },
            Output::Human => {
                if self.printed {
                    text.push('\n');
                }
                show::answer(answer, &mut text);
                self.printed = true;
            }
        }
        text
    }
}

/// What the scan looks for besides numbers, each set built once.
struct Words<'a> {
    tables: &'a [Table],
    /// Every symbol and alias of the tables, in lower case.
    names: HashSet<String>,
    /// Every row's own name, alone and after its type (`resolveerror::noname`), in lower
    /// case.
    row_names: HashSet<String>,
}

impl<'a> Words<'a> {
    fn new(tables: &'a [Table]) -> Self {
        let rows = || tables.iter().flat_map(|table| &table.rows);
        let names = rows()
            .flat_map(|row| row.names.iter().flat_map(|(_, names)| names.iter()))
            .map(|(name, _)| name.to_ascii_lowercase())
            .collect();
        let row_names = rows()
            .flat_map(|row| [row.name.to_owned(), row.path()])
            .map(|name| name.to_ascii_lowercase())
            .collect();
        Words {
            tables,
            names,
            row_names,
        }
    }
}

impl Vocabulary for Words<'_> {
    fn is_name(&self, word: &str) -> bool {
        self.names.contains(&word.to_ascii_lowercase())
    }

    fn is_row_name(&self, word: &str) -> bool {
        self.row_names.contains(&word.to_ascii_lowercase())
    }

    fn is_message(&self, text: &str) -> bool {
        self.tables
            .iter()
            .any(|t| t.row_with_message(text).is_some())
    }
}

/// Where Rust's lookup prefix starts, if it ends the line: a log wrapped there goes on
/// with the message on the next line, so the prefix is read with that line.
fn lookup_prefix_at_end(line: &str) -> Option<usize> {
    const PREFIX: &str = "failed to lookup address information:";
    let trimmed = line.trim_end();
    let start = trimmed.len().checked_sub(PREFIX.len())?;
    let tail = trimmed.get(start..)?;
    tail.eq_ignore_ascii_case(PREFIX).then_some(start)
}

/// Why nothing was found in the arguments `text`, or in standard input.
fn nothing_found(text: Option<&str>, blank: bool, source: &str) -> String {
    if blank {
        return format!("{source} is empty: nothing to decode");
    }
    let word = text.unwrap_or_default().trim();
    if !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return format!("{word} is no code or name errtable knows; `errtable --all` lists them");
    }
    format!(
        "found no error code in {source}. A code counts alone (104, -104, 0x2746, ECONNRESET) \
         or in a form programs print (os error 104, [WinError 10054], errno=104, …; see --help); \
         a number elsewhere in text, like a port or a time, does not"
    )
}

/// Why an answer has no row.
fn in_no_row(answer: &Answer<'_>, platform: Option<Platform>) -> String {
    let found = &answer.found;
    let place = match platform {
        Some(platform) => format!("on {platform}"),
        None if found.form.windows_only() => String::from("on windows"),
        None => String::from("on any platform"),
    };
    if let scan::Query::Number(number) = found.query {
        if let Some((facility, code)) = lookup::foreign_hresult(number) {
            return foreign_hresult(answer, facility, code);
        }
    }
    match (&found.query, answer.readings.as_slice()) {
        (scan::Query::Number(_), []) => {
            format!("{}: out of the range of a 32-bit code", found.text)
        }
        (scan::Query::Number(_), readings) if readings.iter().all(|r| r.code == 0) => {
            format!("{}: 0 means success, not an error", found.text)
        }
        (scan::Query::Number(_), readings) => {
            let codes: Vec<String> = readings.iter().map(|r| r.code.to_string()).collect();
            format!(
                "{}: {} is a code of no row {place}",
                found.text,
                codes.join(", ")
            )
        }
        (scan::Query::Name(name), _) => format!("{name} is a name of no row {place}"),
        (scan::Query::Message(text), _) => format!(
            "{text:?} is no getaddrinfo text errtable knows: it reads the English texts of \
             glibc, musl, macOS and FreeBSD (\"Unknown error\" names no code; a program \
             that set a non-English locale gets translated texts)"
        ),
    }
}

/// Why an HRESULT of a facility other than `FACILITY_WIN32` is in no row.
fn foreign_hresult(answer: &Answer<'_>, facility: u32, code: u32) -> String {
    let text = &answer.found.text;
    let dotnet = match answer.found.form {
        // .NET gives every SocketException the HResult E_FAIL and prints it in this place
        // on Unix; the socket error is the exception's SocketErrorCode.
        Form::SocketException => {
            "; .NET prints E_FAIL (0x80004005) for every SocketException: its \
             SocketErrorCode or NativeErrorCode property holds the socket error"
        }
        _ => "",
    };
    format!(
        "{text}: an HRESULT of facility {facility} (code {code:#06x}), not a Win32 error code; \
         errtable decodes HRESULTs of facility 7, FACILITY_WIN32 (0x8007xxxx){dotnet}"
    )
}

/// The code on `to` of the one row the answer stands for (of a Windows code in both
/// tables, the row the text output shows).
fn translate(answer: &Answer<'_>, to: Platform) -> Result<i32, String> {
    let text = &answer.found.text;
    let shown: Vec<&lookup::Hit<'_>> = answer
        .hits
        .iter()
        .filter(|hit| !matches!(hit.twin, lookup::Twin::Named))
        .collect();
    match shown.as_slice() {
        [] => Err(format!("{text} is in no row")),
        [hit] => hit
            .row
            .names_on(to)
            .first()
            .map(|&(_, code)| code)
            .ok_or_else(|| format!("{text} is {}, which has no code on {to}", hit.row.path())),
        hits => {
            let names: Vec<String> = hits.iter().map(|h| h.row.path()).collect();
            Err(format!(
                "{text} stands for several rows ({}); pick one with --platform",
                names.join(", ")
            ))
        }
    }
}

fn help(tables: &[Table]) -> String {
    let forms: Vec<String> = Form::ALL
        .iter()
        .filter(|form| !matches!(form, Form::Number | Form::RowName))
        .map(|form| format!("  {}", form.describe()))
        .collect();
    let platforms: Vec<String> = Platform::ALL
        .iter()
        .map(|p| match p.aliases() {
            [] => format!("  {}", p.key()),
            aliases => format!("  {} ({})", p.key(), aliases.join(", ")),
        })
        .collect();
    let titles: Vec<String> = tables.iter().map(|t| format!("  {}", t.title)).collect();
    format!(
        "{SYNOPSIS}

Decodes error codes pasted from logs, for every platform these tables list:
{}
TEXT is the arguments joined by spaces; without TEXT, standard input is read,
line by line. A line whose words are all codes is read word by word: numbers
(104; -104, a negated errno or as written, EAI_* codes are negative on Linux;
0x2746; 0x80072746, an HRESULT) and names (ECONNRESET, WSAECONNRESET,
ERROR_FILE_NOT_FOUND, EAI_NONAME, ConnectionReset, ResolveError::NoName; any
case). In other text, these forms are recognised and answered in order:
{}
A number without such a form around it (a port, a time) is never read as a code.
A number beside getaddrinfo's message naming one of its rows is one answer.
Each row is named with its table: OsError if an OS error said it (errno,
GetLastError, Winsock), ResolveError if getaddrinfo returned it.

Options:
  -p, --platform P  read codes as codes of platform P only
      --to P        print only the code on P of each row found, for scripts
      --json        print JSON Lines: an object per code found (--all: per row)
      --all         list every row with its number on each platform
  -h, --help        print this help
  -V, --version     print the version

Platforms, with the aliases accepted (any case, - or _ alike):
{}

Exit status: 0 when every code found is in a row; 1 when nothing is recognised
or a code is in no row (or --to finds no single code); 2 on a bad command line.
",
        titles.join("\n"),
        forms.join("\n"),
        platforms.join("\n"),
    )
}
