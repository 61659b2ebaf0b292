//! Finds error codes in what people paste: a code on its own, or inside a line of text.
//!
//! A line whose every word is a code (`104`, `-104`, `0x2746`, `ECONNRESET`,
//! `ConnectionReset`) is read word by word. Any other line is searched for the forms
//! programs print around a code (`os error 104`, `[WinError 10054]`, `errno=104`, …),
//! for names of the tables, for HRESULTs and for getaddrinfo's messages; a number
//! without such context (a port, a timestamp) is never read as a code.
//!
//! Most lines of a log hold no code: the search looks at word starts only, passes over
//! a word that is no form's keyword and no name of the tables (told by its length and
//! first letter, and a sketch of the names) and a number no form can start with, and
//! tries the forms only where one may start, so such a line costs one pass over its
//! bytes (and one more, every other byte, for the words a message needs).

mod cursor;
mod forms;

use cursor::Cursor;

/// What the tables know besides numbers: the words and texts a scan looks for.
pub trait Vocabulary {
    /// Whether `word` is a symbol or alias of a table (`ECONNRESET`), in any case.
    fn is_name(&self, word: &str) -> bool;
    /// Whether `word` is a row's own name (`ConnectionReset`, `ResolveError::NoName`).
    fn is_row_name(&self, word: &str) -> bool;
    /// Whether `text` is, all of it, a standard message a table decodes (getaddrinfo's).
    fn is_message(&self, text: &str) -> bool;
    /// Whether `text` (in lower case) starts (`after`) or ends (`!after`) with a text
    /// some system prints for a row that `code` is on some platform: the message beside
    /// a number that makes the number a code.
    fn code_has_text(&self, code: i32, text: &str, after: bool) -> bool;
}

/// A code found in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The text it was found in, as written (`[WinError 10054]`).
    pub text: String,
    pub form: Form,
    pub query: Query,
    /// Where `text` is in its line, in bytes.
    pub span: (usize, usize),
}

/// What was looked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Query {
    Number(Number),
    /// A symbol or alias (`ECONNRESET`), or a row's name on a line of codes.
    Name(String),
    /// A standard message, without the prefix around it (`Name or service not known`).
    Message(String),
}

/// A number as written: decimal (maybe negative) or hex.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Number {
    /// The digits' value (saturated far beyond 32 bits) and whether a `-` came first.
    Decimal { magnitude: u128, negative: bool },
    /// The value of the hex digits; more than 32 bits is out of range.
    Hex(u128),
}

impl Number {
    /// Whether the number, read as C reads an `int` (hex as 32 bits), is negative.
    pub fn is_negative_i32(self) -> bool {
        match self {
            Number::Hex(bits) => (0x8000_0000..=0xFFFF_FFFF).contains(&bits),
            Number::Decimal {
                magnitude,
                negative,
            } => negative && magnitude != 0,
        }
    }

    /// The number as a C `int`, where it is one (hex read as 32 bits).
    pub fn as_i32(self) -> Option<i32> {
        match self {
            Number::Hex(bits) => u32::try_from(bits).ok().map(|bits| bits as i32),
            Number::Decimal {
                magnitude,
                negative,
            } => {
                let value = i128::try_from(magnitude).ok()?;
                i32::try_from(if negative { -value } else { value }).ok()
            }
        }
    }
}

/// The form a code was recognised in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// `104`, `-104`, `0x2746` on a line of codes.
    Number,
    /// `ECONNRESET`, `WSAECONNRESET`, `ERROR_FILE_NOT_FOUND`, `ENOTFOUND`, any case.
    Name,
    /// A row's own name on a line of codes: `ConnectionReset`.
    RowName,
    /// Rust's `io::Error` display: `Connection reset by peer (os error 104)`.
    OsError,
    /// Rust's `io::Error` debug: `Os { code: 104, kind: ConnectionReset, … }`.
    RustDebug,
    /// Python on Windows: `[WinError 10054]`.
    WinError,
    /// Python: `[Errno 104]`.
    PythonErrno,
    /// Python's repr of an `OSError`: `ConnectionRefusedError(111, 'Connection refused')`.
    PythonRepr,
    /// .NET: `SocketException (10054)`.
    SocketException,
    /// .NET: `Win32Exception (2)`.
    Win32Exception,
    /// `errno=104`, `errno 104`, `errno: -104`.
    Errno,
    /// `error 104`, `error code 10054`, `error: -110`, `err=-22`, `status -71` (kernel
    /// logs).
    Error,
    /// A code with its message in brackets, as nginx and Apple's Network framework print
    /// it: `(111: Connection refused)`, `[61: Connection refused]`.
    CodeAndMessage,
    /// A number right beside a text that a system prints for it: `Connection reset by
    /// peer (104)`, `61 (Connection refused)`, APR's `(111)Connection refused`.
    BesideMessage,
    /// Apple's Foundation: `NSPOSIXErrorDomain Code=61`, an errno of macOS.
    NsPosix,
    /// libpq on Windows: `(0x0000274D/10061)`, a Winsock code in hex and decimal.
    Libpq,
    /// MySQL's and MariaDB's clients: `… through socket '/tmp/mysql.sock' (2)`, the
    /// client host's errno after the quoted socket or host.
    MySql,
    /// io_uring's completion result, a negated errno: `res -111`, `res=-5`.
    IoUring,
    /// OpenSSL's packed error of its system library: `error:8000006F:system library`.
    OpenSsl,
    /// An NTSTATUS value: `0xC000020D`, or `status C0000022`.
    Ntstatus,
    /// An HRESULT in text: `hr=0x80004005`, `HRESULT: …`, or an `HRESULT_FROM_WIN32`
    /// value alone, `0x80072746`.
    Hresult,
    /// Win32 C and C++ logs: `GetLastError() returned 5`, `WSAGetLastError() = 10054`.
    GetLastError,
    /// Rust's error for a failed name lookup on Unix: `failed to lookup address
    /// information: Name or service not known`, any of `gai_strerror`'s texts after it.
    RustLookup,
    /// `gai_strerror`'s text alone, where it names a host, a name or an `ai_` field
    /// (`Temporary failure in name resolution`): a short text like `Try again` counts
    /// only after Rust's prefix.
    GaiMessage,
}

impl Form {
    /// Every form, for tests and help.
    pub const ALL: [Form; 24] = [
        Form::Number,
        Form::Name,
        Form::RowName,
        Form::OsError,
        Form::RustDebug,
        Form::WinError,
        Form::PythonErrno,
        Form::PythonRepr,
        Form::SocketException,
        Form::Win32Exception,
        Form::Errno,
        Form::Error,
        Form::CodeAndMessage,
        Form::BesideMessage,
        Form::NsPosix,
        Form::Libpq,
        Form::MySql,
        Form::IoUring,
        Form::OpenSsl,
        Form::Ntstatus,
        Form::Hresult,
        Form::GetLastError,
        Form::RustLookup,
        Form::GaiMessage,
    ];

    /// The key JSON output gives the form.
    pub fn key(self) -> &'static str {
        match self {
            Form::Number => "number",
            Form::Name => "name",
            Form::RowName => "row_name",
            Form::OsError => "os_error",
            Form::RustDebug => "rust_debug",
            Form::WinError => "win_error",
            Form::PythonErrno => "python_errno",
            Form::PythonRepr => "python_repr",
            Form::SocketException => "socket_exception",
            Form::Win32Exception => "win32_exception",
            Form::Errno => "errno",
            Form::Error => "error",
            Form::CodeAndMessage => "code_and_message",
            Form::BesideMessage => "beside_message",
            Form::NsPosix => "ns_posix",
            Form::Libpq => "libpq",
            Form::MySql => "mysql",
            Form::IoUring => "io_uring",
            Form::OpenSsl => "openssl",
            Form::Ntstatus => "ntstatus",
            Form::Hresult => "hresult",
            Form::GetLastError => "get_last_error",
            Form::RustLookup => "rust_lookup",
            Form::GaiMessage => "gai_message",
        }
    }

    /// How the human output names the form.
    pub fn describe(self) -> &'static str {
        match self {
            Form::Number => "a number",
            Form::Name => "a symbol",
            Form::RowName => "a row's name",
            Form::OsError => "Rust io::Error, \"os error N\"",
            Form::RustDebug => "Rust io::Error, \"Os { code: N, … }\"",
            Form::WinError => "Python, \"[WinError N]\": a Windows code",
            Form::PythonErrno => "Python, \"[Errno N]\"",
            Form::PythonRepr => "Python, \"ConnectionRefusedError(N, '…')\"",
            Form::SocketException => ".NET, \"SocketException (N)\"",
            Form::Win32Exception => ".NET, \"Win32Exception (N)\"",
            Form::Errno => "\"errno=N\", \"errno: N\", \"errno N\"",
            Form::Error => "\"error N\", \"error code N\", \"error: N\", \"err=N\", \"status -N\"",
            Form::CodeAndMessage => "nginx and Apple, \"(N: message)\", \"[N: message]\"",
            Form::BesideMessage => {
                "a number beside its message, \"message (N)\", \"N (message)\", \"(N)message\""
            }
            Form::NsPosix => "Apple, \"NSPOSIXErrorDomain Code=N\": a macOS errno",
            Form::Libpq => "libpq on Windows, \"(0xHHHHHHHH/N)\": a Winsock code",
            Form::MySql => "MySQL's client, \"… socket '/tmp/mysql.sock' (N)\": an errno",
            Form::IoUring => "io_uring, \"res -N\": a negated Linux errno",
            Form::OpenSsl => "OpenSSL, \"error:8000006F:system library\": an errno inside",
            Form::Ntstatus => "an NTSTATUS, \"0xC000020D\", \"status C0000022\"",
            Form::Hresult => "an HRESULT, \"hr=N\", \"HRESULT: N\", 0x8007xxxx",
            Form::GetLastError => "\"GetLastError() returned N\", \"WSAGetLastError() = N\"",
            Form::RustLookup => "Rust lookup error, \"failed to lookup address information: …\"",
            Form::GaiMessage => "getaddrinfo's message, \"Name or service not known\"",
        }
    }

    /// Whether a code in this form is a Windows code only.
    pub fn windows_only(self) -> bool {
        matches!(
            self,
            Form::WinError | Form::Hresult | Form::GetLastError | Form::Libpq | Form::Ntstatus
        )
    }
}

/// Every code in `line`, in order.
pub fn scan(line: &str, vocabulary: &dyn Vocabulary) -> Vec<Found> {
    match codes_only(line, vocabulary) {
        Some(found) => found,
        None => scan_text(line, vocabulary),
    }
}

/// The line read word by word, if every word is a code.
fn codes_only(line: &str, vocabulary: &dyn Vocabulary) -> Option<Vec<Found>> {
    // Most lines open with a word that is no code (a time, a level): told from its bytes,
    // before the line is split at Unicode's white space.
    if first_ascii_word(line).is_some_and(|word| code_word(word, vocabulary).is_none()) {
        return None;
    }
    let base = line.as_ptr() as usize;
    let mut found = Vec::new();
    for word in line.split_whitespace() {
        let (form, query) = code_word(word, vocabulary)?;
        let start = word.as_ptr() as usize - base;
        found.push(Found {
            text: word.to_owned(),
            form,
            query,
            span: (start, start + word.len()),
        });
    }
    (!found.is_empty()).then_some(found)
}

/// `word` as a code on a line of codes: a number, a name, or a row's own name.
fn code_word(word: &str, vocabulary: &dyn Vocabulary) -> Option<(Form, Query)> {
    if let Some(number) = whole_number(word) {
        Some((Form::Number, Query::Number(number)))
    } else if vocabulary.is_name(word) {
        Some((Form::Name, Query::Name(word.to_owned())))
    } else if is_identifier(word) && vocabulary.is_row_name(word) {
        Some((Form::RowName, Query::Name(word.to_owned())))
    } else {
        None
    }
}

/// The first word of `line` as [`str::split_whitespace`] gives it, where the bytes up
/// to the white space after it are ASCII; `None` where they are not (or there is no
/// word), for the caller to split the line as text.
fn first_ascii_word(line: &str) -> Option<&str> {
    // The ASCII bytes `char::is_whitespace` holds.
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let bytes = line.as_bytes();
    let start = bytes.iter().position(|&b| !space(b))?;
    let length = bytes[start..]
        .iter()
        .position(|&b| space(b) || !b.is_ascii())
        .unwrap_or(bytes.len() - start);
    let end = start + length;
    let ascii = bytes[start].is_ascii() && bytes.get(end).is_none_or(|b| b.is_ascii());
    (ascii && length > 0).then(|| &line[start..end])
}

/// Whether `word` may be a row's name: letters, digits, `_` and `::` only.
fn is_identifier(word: &str) -> bool {
    word.bytes().all(|b| is_word_byte(b) || b == b':')
}

/// `word` as a number, if all of it is one.
fn whole_number(word: &str) -> Option<Number> {
    // Only a `-`, `0x` and (hex) digits make a number: most words are passed over here.
    let digits = |b: &u8| b.is_ascii_hexdigit() || matches!(b, b'-' | b'x' | b'X');
    if !word.as_bytes().iter().all(digits) {
        return None;
    }
    let mut cursor = Cursor::new(word);
    let number = cursor.number()?;
    cursor.rest().is_empty().then_some(number)
}

/// The forms with context, names, HRESULTs and messages in a line of text, left to right.
fn scan_text(line: &str, vocabulary: &dyn Vocabulary) -> Vec<Found> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    // Most lines of a log hold no message: they are scanned without looking for one.
    let messages = MESSAGE_WORDS.any_in(line) && may_hold_a_message(line);
    let mut at = 0;
    // Whether the character before `at` is part of a word: a form starts only after one
    // that is not.
    let mut in_word = false;
    while at < bytes.len() {
        let byte = bytes[at];
        let class = BYTE_CLASS[usize::from(byte)];
        // Spaces and punctuation (most bytes between words) start no form.
        if class == OTHER {
            in_word = false;
            at += 1;
            continue;
        }
        if class == NON_ASCII {
            let c = line[at..].chars().next().unwrap_or_default();
            in_word = is_word_char(c);
            at += c.len_utf8().max(1);
            continue;
        }
        // The rest of a word is no form's start: it is passed over at once.
        if in_word && class & WORD != 0 {
            at = word_end(bytes, at);
            continue;
        }
        let starts = !in_word && (class & (LETTER | DIGIT | BRACKET) != 0);
        // A number no form can start with (a time, an address, a count) is passed over.
        let no_form = (starts && class == DIGIT)
            .then(|| forms::digits_of_no_number_form(&bytes[at..]))
            .flatten();
        if let Some(digits) = no_form {
            in_word = true;
            at += digits;
            continue;
        }
        // A word no form can start with is passed over whole: most words of a log.
        if starts && class == LETTER && !messages {
            let end = word_end(bytes, at);
            let word = &line[at..end];
            let repr = bytes.get(end) == Some(&b'(') && word.ends_with("rror");
            let ascii = bytes.get(end).is_none_or(|&b| b < 0x80);
            if !repr && ascii && !may_start_form(word, vocabulary) {
                in_word = true;
                at = end;
                continue;
            }
        }
        if let Some((form, query, end)) = starts
            .then(|| forms::recognise(line, at, messages, vocabulary))
            .flatten()
        {
            found.push(Found {
                text: line[at..end].to_owned(),
                form,
                query,
                span: (at, end),
            });
            in_word = line[..end].chars().next_back().is_some_and(is_word_char);
            at = end;
            continue;
        }
        in_word = is_word_byte(byte);
        at += 1;
    }
    found
}

/// What a byte is to the scan, a bit each: ASCII letters, digits and `_` make words
/// (`[` and `(` start forms too); bytes of other scripts are read as characters.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const UNDERSCORE: u8 = 4;
const WORD: u8 = LETTER | DIGIT | UNDERSCORE;
const BRACKET: u8 = 8;
const NON_ASCII: u8 = 16;
const OTHER: u8 = 0;

/// The class of every byte, looked up once per byte the scan stops at.
static BYTE_CLASS: [u8; 256] = {
    let mut classes = [OTHER; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        classes[byte] = match b {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            b'_' => UNDERSCORE,
            b'[' | b'(' => BRACKET,
            0x80..=0xFF => NON_ASCII,
            _ => OTHER,
        };
        byte += 1;
    }
    classes
};

/// Where the ASCII word (letters, digits, `_`) at `at` ends.
fn word_end(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() && BYTE_CLASS[usize::from(bytes[at])] & WORD != 0 {
        at += 1;
    }
    at
}

/// Whether a form may start with the ASCII word `word` (a whole word, not followed by a
/// letter of another script): a form's keyword (`os`, `errno`, `hresult`, `status`, …),
/// a bare NTSTATUS (`C0000022`) or a name of the tables.
fn may_start_form(word: &str, vocabulary: &dyn Vocabulary) -> bool {
    let bare_ntstatus = word.len() == 8 && word.bytes().all(|b| b.is_ascii_hexdigit());
    forms::KEYWORDS.holds(word) || bare_ntstatus || vocabulary.is_name(word)
}

/// What a line must hold, in any case, for getaddrinfo's message or Rust's lookup prefix
/// to be looked for in it.
static MESSAGE_WORDS: forms::Needles =
    forms::Needles::new(&["name", "host", "ai_", "lookup address"]);

/// Whether the line holds pieces of `name`, `host`, `ai_` and `lookup` in lower or upper
/// case, as a line with a message does (asked after [`MESSAGE_WORDS`], which most lines
/// lack).
fn may_hold_a_message(line: &str) -> bool {
    ["ame", "AME", "ost", "OST", "ai_", "AI_", "ookup", "OOKUP"]
        .iter()
        .any(|piece| line.contains(piece))
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The prefix Rust's std puts before `gai_strerror`'s text on Unix.
const RUST_LOOKUP_PREFIX: &str = "failed to lookup address information:";

/// Where Rust's lookup prefix starts, if it ends the line: a log wrapped there goes on
/// with the message on the next line, so the prefix is read with that line.
pub fn lookup_prefix_at_end(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    let start = trimmed.len().checked_sub(RUST_LOOKUP_PREFIX.len())?;
    let tail = trimmed.get(start..)?;
    tail.eq_ignore_ascii_case(RUST_LOOKUP_PREFIX)
        .then_some(start)
}

/// Whether the line shows it comes from Windows without a form saying so: a Win32 call,
/// an HRESULT, a drive path. A bare number there is more likely a Windows code.
pub fn speaks_of_windows(line: &str) -> bool {
    static WORDS: forms::Needles = forms::Needles::new(&[
        "createfile",
        "getlasterror",
        "hresult",
        "win32",
        "winsock",
        "wsa",
    ]);
    // A drive path's two bytes apart: the words, all of three letters or more, are
    // looked for at every other byte.
    WORDS.any_in(line) || line.contains(":\\")
}
