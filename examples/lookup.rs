//! Decodes an OS error code or name from any platform with errtable's canonical table.
//!
//! ```text
//! cargo run --example lookup -- 10054                      # every platform where 10054 is a code
//! cargo run --example lookup -- --platform linux 104       # 104 read as a Linux code
//! cargo run --example lookup -- ECONNRESET                 # by name, symbol or alias
//! cargo run --example lookup -- --to windows --platform linux 104   # prints 10054
//! cargo run --example lookup -- --all                      # the whole table
//! cargo run --example lookup -- --all --json               # JSON Lines, one object per row
//! ```
//!
//! Exit status: 0 on success, 1 when the code or name is in no row (or the row has no
//! code on the `--to` platform), 2 on bad arguments.

use std::env;
use std::ffi::OsString;
use std::fmt::{self, Write as _};
use std::io::{self, Write as _};
use std::process::ExitCode;

use errtable::{OsError, Platform};

/// What the command line asks for.
enum Command {
    Help,
    All {
        json: bool,
    },
    Lookup {
        query: Query,
        platform: Option<Platform>,
        json: bool,
    },
    Translate {
        query: Query,
        platform: Option<Platform>,
        to: Platform,
    },
}

/// The code or name to look up.
enum Query {
    Code(i32),
    Name(String),
}

/// The options as given, before checking that they go together.
#[derive(Default)]
struct Options {
    help: bool,
    all: bool,
    json: bool,
    platform: Option<Platform>,
    to: Option<Platform>,
    query: Option<Query>,
}

/// A row the query stands for, and how.
struct Match {
    row: OsError,
    /// The platforms on which the query is a code or name of `row`.
    on: Vec<Platform>,
    /// Whether the query is the row's variant name.
    by_variant_name: bool,
}

/// Why a lookup printed nothing: reported on stderr with exit status 1.
struct NotFound(String);

fn main() -> ExitCode {
    let command = env::args_os()
        .skip(1)
        .map(OsString::into_string)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| String::from("arguments must be valid UTF-8"))
        .and_then(|args| parse_args(&args));
    match command {
        Ok(command) => finish(run(&command)),
        Err(message) => {
            eprintln!("lookup: {message}\n\n{SYNOPSIS}\nRun `lookup --help` for more.");
            ExitCode::from(2)
        }
    }
}

const SYNOPSIS: &str = "\
Usage: lookup [--platform P] [--json] CODE|NAME
       lookup [--platform P] --to P CODE|NAME
       lookup --all [--json]
       lookup --help
";

fn usage() -> String {
    let platforms: Vec<&str> = Platform::ALL.iter().map(|p| p.key()).collect();
    format!(
        "{SYNOPSIS}
Decodes an OS error code (decimal, negative, or 0x hex read as 32 bits) or name
(symbol such as ECONNRESET, alias, or variant name such as ConnectionReset) with
the rows of errtable's canonical table, on every platform the table knows.

Options:
  --platform P  read CODE|NAME as one of platform P only
  --to P        print only the code on P of the row CODE|NAME stands for
  --json        print JSON Lines, one object per row
  --all         print the whole table
  -h, --help    print this help

Platforms: {}
",
        platforms.join(", ")
    )
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => options.help = true,
            "--all" => options.all = true,
            "--json" => options.json = true,
            "--platform" | "--to" => {
                let value = args.next().ok_or(format!("{arg} needs a platform"))?;
                set_platform(&mut options, arg, value)?;
            }
            "--" => {
                for rest in args.by_ref() {
                    set_query(&mut options, rest)?;
                }
            }
            _ => parse_word(&mut options, arg)?,
        }
    }
    into_command(options)
}

/// An argument that is not a bare flag: `--option=value`, a stray option, or the query.
fn parse_word(options: &mut Options, arg: &str) -> Result<(), String> {
    match arg.split_once('=') {
        Some((name @ ("--platform" | "--to"), value)) => set_platform(options, name, value),
        _ if arg.starts_with('-') && !looks_like_code(arg) => Err(format!("unknown option {arg}")),
        _ => set_query(options, arg),
    }
}

fn set_platform(options: &mut Options, option: &str, value: &str) -> Result<(), String> {
    let platform = value
        .parse::<Platform>()
        .map_err(|e| format!("{option} {value}: {e}"))?;
    let slot = match option {
        "--to" => &mut options.to,
        _ => &mut options.platform,
    };
    match slot.replace(platform) {
        Some(_) => Err(format!("{option} given twice")),
        None => Ok(()),
    }
}

fn set_query(options: &mut Options, arg: &str) -> Result<(), String> {
    let query = parse_query(arg)?;
    match options.query.replace(query) {
        Some(_) => Err(String::from("give one CODE or NAME")),
        None => Ok(()),
    }
}

/// Whether `arg` is meant as a number: it starts with a digit, or `-` and a digit.
fn looks_like_code(arg: &str) -> bool {
    let digits = arg.strip_prefix('-').unwrap_or(arg);
    digits.starts_with(|c: char| c.is_ascii_digit())
}

fn parse_query(arg: &str) -> Result<Query, String> {
    if !looks_like_code(arg) {
        return Ok(Query::Name(arg.to_owned()));
    }
    parse_code(arg)
        .map(Query::Code)
        .ok_or(format!("{arg} is not a 32-bit decimal or 0x hex code"))
}

/// Decimal in `i32` range, or `0x` hex of up to 32 bits taken as the two's complement
/// pattern (`0xFFFFFFFF` is -1), the way C code prints a negative `int` with `%x`.
fn parse_code(arg: &str) -> Option<i32> {
    match arg.strip_prefix("0x").or_else(|| arg.strip_prefix("0X")) {
        Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).ok().map(|bits| bits as i32)
        }
        Some(_) => None,
        None => arg.parse().ok(),
    }
}

fn into_command(options: Options) -> Result<Command, String> {
    let Options {
        help,
        all,
        json,
        platform,
        to,
        query,
    } = options;
    if help {
        return Ok(Command::Help);
    }
    if all {
        if query.is_some() || platform.is_some() || to.is_some() {
            return Err(String::from(
                "--all takes no CODE, NAME, --platform or --to",
            ));
        }
        return Ok(Command::All { json });
    }
    let query = query.ok_or("missing CODE or NAME")?;
    match to {
        Some(_) if json => Err(String::from("--to prints a bare number; drop --json")),
        Some(to) => Ok(Command::Translate {
            query,
            platform,
            to,
        }),
        None => Ok(Command::Lookup {
            query,
            platform,
            json,
        }),
    }
}

fn run(command: &Command) -> Result<String, NotFound> {
    match command {
        Command::Help => Ok(usage()),
        Command::All { json: false } => Ok(table_text(OsError::ALL)),
        Command::All { json: true } => Ok(json_lines(OsError::ALL.iter().copied())),
        Command::Lookup {
            query,
            platform,
            json,
        } => {
            let matches = find_matches(query, *platform)?;
            if *json {
                Ok(json_lines(matches.iter().map(|m| m.row)))
            } else {
                Ok(describe_matches(&matches, query))
            }
        }
        Command::Translate {
            query,
            platform,
            to,
        } => translate(query, *platform, *to).map(|code| format!("{code}\n")),
    }
}

/// Writes the output; a reader that went away (`lookup --all | head`) is not an error.
fn finish(result: Result<String, NotFound>) -> ExitCode {
    let text = match result {
        Ok(text) => text,
        Err(NotFound(message)) => {
            eprintln!("lookup: {message}");
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("lookup: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Query::Code(code) => write!(f, "{code}"),
            Query::Name(name) => f.write_str(name),
        }
    }
}

/// Every row the query stands for, in table order.
fn find_matches(query: &Query, only: Option<Platform>) -> Result<Vec<Match>, NotFound> {
    let matches: Vec<Match> = OsError::ALL
        .iter()
        .filter_map(|&row| match_row(query, row, only))
        .collect();
    if matches.is_empty() {
        return Err(not_found(query, only));
    }
    Ok(matches)
}

fn match_row(query: &Query, row: OsError, only: Option<Platform>) -> Option<Match> {
    let on: Vec<Platform> = Platform::ALL
        .into_iter()
        .filter(|&p| only.is_none_or(|only| only == p) && stands_for(query, row, p))
        .collect();
    let by_variant_name =
        matches!(query, Query::Name(name) if name.eq_ignore_ascii_case(row.name()));
    (by_variant_name || !on.is_empty()).then_some(Match {
        row,
        on,
        by_variant_name,
    })
}

/// Whether `query` is a code or name of `row` on `platform`. A code counts for the row
/// that decoding it gives, which also covers alias numbers (`EDEADLOCK` on mips).
fn stands_for(query: &Query, row: OsError, platform: Platform) -> bool {
    match query {
        Query::Code(code) => OsError::from_code(platform, *code) == Some(row),
        Query::Name(name) => names_on(row, platform).any(|n| n.eq_ignore_ascii_case(name)),
    }
}

/// The row's symbol and aliases on `platform`.
fn names_on(row: OsError, platform: Platform) -> impl Iterator<Item = &'static str> {
    row.symbol(platform)
        .into_iter()
        .chain(row.aliases(platform).iter().copied())
}

fn not_found(query: &Query, only: Option<Platform>) -> NotFound {
    let what = match query {
        Query::Code(_) => "code",
        Query::Name(_) => "name",
    };
    let place = match only {
        Some(platform) => format!("on {platform}"),
        None => String::from("on any platform"),
    };
    NotFound(format!("{query} is not a {what} of any row {place}"))
}

/// The code on `to` of the one row the query stands for.
fn translate(query: &Query, only: Option<Platform>, to: Platform) -> Result<i32, NotFound> {
    let matches = find_matches(query, only)?;
    let [found] = matches.as_slice() else {
        return Err(ambiguous(query, &matches));
    };
    found.row.code(to).ok_or_else(|| {
        NotFound(format!(
            "{query} is {}, which has no code on {to}",
            found.row.name()
        ))
    })
}

fn ambiguous(query: &Query, matches: &[Match]) -> NotFound {
    let meanings: Vec<String> = matches
        .iter()
        .map(|m| format!("{} on {}", m.row.name(), platform_list(&m.on)))
        .collect();
    NotFound(format!(
        "{query} stands for several rows ({}); pick one with --platform",
        meanings.join("; ")
    ))
}

fn platform_list(platforms: &[Platform]) -> String {
    let keys: Vec<&str> = platforms.iter().map(|p| p.key()).collect();
    keys.join(", ")
}

fn describe_matches(matches: &[Match], query: &Query) -> String {
    let blocks: Vec<String> = matches.iter().map(|m| describe(m, query)).collect();
    blocks.join("\n")
}

/// One row for a human: variant, message, kind, what matched, and every platform's entry.
fn describe(found: &Match, query: &Query) -> String {
    let row = found.row;
    let mut text = format!("{}: {}\n", row.name(), row.message());
    let _ = writeln!(text, "  kind: {:?}", row.kind());
    if !found.on.is_empty() {
        let _ = writeln!(text, "  matched: {query} on {}", platform_list(&found.on));
    }
    if found.by_variant_name {
        let _ = writeln!(text, "  matched: {query}, the variant name");
    }
    let width = key_width();
    for platform in Platform::ALL {
        let entry = entry_text(row, platform).unwrap_or_else(|| String::from("-"));
        let _ = writeln!(text, "  {:<width$}  {entry}", platform.key());
    }
    text
}

fn key_width() -> usize {
    Platform::ALL
        .iter()
        .map(|p| p.key().len())
        .max()
        .unwrap_or(0)
}

/// `EAGAIN = 11 (EWOULDBLOCK)`, with an alias's own number where it has one
/// (`EDEADLK = 35 (EDEADLOCK = 58)`), or `None` where the row has no code on `platform`.
fn entry_text(row: OsError, platform: Platform) -> Option<String> {
    let [(name, code), aliases @ ..] = row.names(platform) else {
        return None;
    };
    let aliases: Vec<String> = aliases
        .iter()
        .map(|&(alias, number)| alias_text(alias, number, *code))
        .collect();
    Some(match aliases.as_slice() {
        [] => format!("{name} = {code}"),
        aliases => format!("{name} = {code} ({})", aliases.join(", ")),
    })
}

/// An alias, with its number where it differs from the primary's.
pub fn alias_text(alias: &str, number: i32, primary: i32) -> String {
    if number == primary {
        alias.to_owned()
    } else {
        format!("{alias} = {number}")
    }
}

/// `EAGAIN/EWOULDBLOCK=11`: the compact form the `--all` table uses.
fn table_cell(row: OsError, platform: Platform) -> String {
    match (row.symbol(platform), row.code(platform)) {
        (Some(name), Some(code)) => {
            let names: Vec<&str> = names_on(row, platform).collect();
            debug_assert_eq!(names.first(), Some(&name));
            format!("{}={code}", names.join("/"))
        }
        _ => String::from("-"),
    }
}

/// The rows as a text table, one line each, columns aligned.
fn table_text(rows: &[OsError]) -> String {
    let header = ["variant", "kind"]
        .into_iter()
        .chain(Platform::ALL.iter().map(|p| p.key()))
        .chain(["message"])
        .map(String::from)
        .collect();
    let lines: Vec<Vec<String>> = std::iter::once(header)
        .chain(rows.iter().map(|&row| table_row(row)))
        .collect();
    align(&lines)
}

fn table_row(row: OsError) -> Vec<String> {
    let mut cells = vec![row.name().to_owned(), format!("{:?}", row.kind())];
    cells.extend(Platform::ALL.iter().map(|&p| table_cell(row, p)));
    cells.push(row.message().to_owned());
    cells
}

/// Pads every column but the last to its widest cell, two spaces apart.
fn align(lines: &[Vec<String>]) -> String {
    let columns = lines.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            lines
                .iter()
                .filter_map(|l| l.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut text = String::new();
    for line in lines {
        let mut out = String::new();
        for (cell, width) in line.iter().zip(&widths) {
            let _ = write!(out, "{cell:<width$}  ");
        }
        text.push_str(out.trim_end());
        text.push('\n');
    }
    text
}

fn json_lines(rows: impl Iterator<Item = OsError>) -> String {
    rows.map(|row| json_object(row) + "\n").collect()
}

/// One row as a JSON object: variant, message, kind, then one key per platform.
fn json_object(row: OsError) -> String {
    let mut text = format!(
        "{{\"variant\":{},\"message\":{},\"kind\":{}",
        json_string(row.name()),
        json_string(row.message()),
        json_string(&format!("{:?}", row.kind()))
    );
    for platform in Platform::ALL {
        let _ = write!(
            text,
            ",{}:{}",
            json_string(platform.key()),
            json_entry(row, platform)
        );
    }
    text.push('}');
    text
}

/// `{"name": …, "code": …, "aliases": […]}`, or `null` where the row has no code.
fn json_entry(row: OsError, platform: Platform) -> String {
    let (Some(name), Some(code)) = (row.symbol(platform), row.code(platform)) else {
        return String::from("null");
    };
    let aliases: Vec<String> = row
        .aliases(platform)
        .iter()
        .map(|a| json_string(a))
        .collect();
    format!(
        "{{\"name\":{},\"code\":{code},\"aliases\":[{}]}}",
        json_string(name),
        aliases.join(",")
    )
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
/// (Public for tests/lookup.rs, which includes this file to test it on its own.)
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
