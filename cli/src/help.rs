//! The text of `errtable --help`, built from the lists it shows.

use errtable::Platform;

use crate::args::SYNOPSIS;
use crate::scan::Form;
use crate::tables::Table;

pub fn help(tables: &[Table]) -> String {
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
TEXT is the arguments joined by spaces; without TEXT (or with -), standard input
is read, line by line. A line whose words are all codes is read word by word:
numbers (104; -104, a negated errno or as written, EAI_* codes are negative on
Linux; 0x2746; 0x80072746, an HRESULT) and names (ECONNRESET, WSAECONNRESET,
ERROR_FILE_NOT_FOUND, EAI_NONAME, ConnectionReset, ResolveError::NoName; any
case). In other text, these forms are recognised and answered in order:
{}
A number without such a form around it (a port, a time) is never read as a code.
Numberings besides the tables' are read too: libuv's (Node's errno: -4077,
-3008), NTSTATUS (0xC000020D), OpenSSL's packed system errors, and on a line
from Windows the C runtime's errno.

When a code may be several rows, the first is the one the line's evidence
points to: the form's platform ([Errno N] is an errno, [WinError N] Windows',
a negative errno Linux's), then the message beside the code, then the host's
numbering and the most common one. The output says why it came first.
A number beside getaddrinfo's message naming one of its rows is one answer.
Each row is named with its table: OsError if an OS error said it (errno,
GetLastError, Winsock), ResolveError if getaddrinfo returned it.

Options:
  -p, --platform P  read codes as codes of platform P only
      --to P        print only the code on P of each row found, for scripts
      --json        print JSON Lines: an object per code found (--all: per row)
      --brief       print a line per code found, for whole logs: line number,
                    code, platform, row and message, tab-separated
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
