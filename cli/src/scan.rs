//! Finds error codes in what people paste: a code on its own, or inside a line of text.
//!
//! A line whose every word is a code (`104`, `-104`, `0x2746`, `ECONNRESET`,
//! `ConnectionReset`) is read word by word. Any other line is searched for the forms
//! programs print around a code (`os error 104`, `[WinError 10054]`, `errno=104`, …),
//! for names of the tables, for HRESULTs and for getaddrinfo's messages; a number
//! without such context (a port, a timestamp) is never read as a code.

/// What the tables know besides numbers: the words and texts a scan looks for.
pub trait Vocabulary {
    /// Whether `word` is a symbol or alias of a table (`ECONNRESET`), in any case.
    fn is_name(&self, word: &str) -> bool;
    /// Whether `word` is a row's own name (`ConnectionReset`, `ResolveError::NoName`).
    fn is_row_name(&self, word: &str) -> bool;
    /// Whether `text` is, all of it, a standard message a table decodes (getaddrinfo's).
    fn is_message(&self, text: &str) -> bool;
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    /// The digits' value (saturated far beyond 32 bits) and whether a `-` came first.
    Decimal { magnitude: u128, negative: bool },
    /// The value of the hex digits; more than 32 bits is out of range.
    Hex(u128),
}

impl Number {
    /// Whether the number, read as C reads an `int` (hex as 32 bits), is negative.
    fn is_negative_i32(self) -> bool {
        match self {
            Number::Hex(bits) => (0x8000_0000..=0xFFFF_FFFF).contains(&bits),
            Number::Decimal {
                magnitude,
                negative,
            } => negative && magnitude != 0,
        }
    }
}

/// The form a code was recognised in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `104`, `-104`, `0x2746` on a line of codes.
    Number,
    /// `ECONNRESET`, `WSAECONNRESET`, `ERROR_FILE_NOT_FOUND`, any case.
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
    /// .NET: `SocketException (10054)`.
    SocketException,
    /// `errno=104`, `errno 104`, `errno: -104`.
    Errno,
    /// `error 104`, `error code 10054`, `error: -110`, `err=-22` (kernel logs).
    Error,
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
    pub const ALL: [Form; 14] = [
        Form::Number,
        Form::Name,
        Form::RowName,
        Form::OsError,
        Form::RustDebug,
        Form::WinError,
        Form::PythonErrno,
        Form::SocketException,
        Form::Errno,
        Form::Error,
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
            Form::SocketException => "socket_exception",
            Form::Errno => "errno",
            Form::Error => "error",
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
            Form::SocketException => ".NET, \"SocketException (N)\"",
            Form::Errno => "\"errno=N\", \"errno: N\", \"errno N\"",
            Form::Error => "\"error N\", \"error code N\", \"error: N\", \"err=N\"",
            Form::Hresult => "an HRESULT, \"hr=N\", \"HRESULT: N\", 0x8007xxxx",
            Form::GetLastError => "\"GetLastError() returned N\", \"WSAGetLastError() = N\"",
            Form::RustLookup => "Rust lookup error, \"failed to lookup address information: …\"",
            Form::GaiMessage => "getaddrinfo's message, \"Name or service not known\"",
        }
    }

    /// Whether a code in this form is a Windows code only.
    pub fn windows_only(self) -> bool {
        matches!(self, Form::WinError | Form::Hresult | Form::GetLastError)
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
    let base = line.as_ptr() as usize;
    line.split_whitespace()
        .map(|word| {
            let (form, query) = if let Some(number) = whole_number(word) {
                (Form::Number, Query::Number(number))
            } else if vocabulary.is_name(word) {
                (Form::Name, Query::Name(word.to_owned()))
            } else if vocabulary.is_row_name(word) {
                (Form::RowName, Query::Name(word.to_owned()))
            } else {
                return None;
            };
            let start = word.as_ptr() as usize - base;
            Some(Found {
                text: word.to_owned(),
                form,
                query,
                span: (start, start + word.len()),
            })
        })
        .collect()
}

/// `word` as a number, if all of it is one.
fn whole_number(word: &str) -> Option<Number> {
    let mut cursor = Cursor::new(word);
    let number = cursor.number()?;
    cursor.rest().is_empty().then_some(number)
}

/// The forms with context, names, HRESULTs and messages in a line of text, left to right.
fn scan_text(line: &str, vocabulary: &dyn Vocabulary) -> Vec<Found> {
    let mut found = Vec::new();
    let mut start = 0;
    // Most lines of a log hold no message: they are scanned without looking for one.
    let messages = names_a_resolver_thing(line) || contains_ignore_case(line, "lookup address");
    while start < line.len() {
        let here = at_word_start(line, start).then(|| recognise(line, start, messages, vocabulary));
        match here {
            Some(Some((form, query, end))) => {
                found.push(Found {
                    text: line[start..end].to_owned(),
                    form,
                    query,
                    span: (start, end),
                });
                start = end;
            }
            _ => start += line[start..].chars().next().map_or(1, char::len_utf8),
        }
    }
    found
}

/// Whether a form may start at `at`: not at a space, nor in the middle of a word.
fn at_word_start(line: &str, at: usize) -> bool {
    !line[at..].starts_with(char::is_whitespace)
        && !line[..at].chars().next_back().is_some_and(is_word_char)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The form that starts at `at`, with its query and where it ends.
fn recognise(
    line: &str,
    at: usize,
    messages: bool,
    vocabulary: &dyn Vocabulary,
) -> Option<(Form, Query, usize)> {
    type Pattern = fn(&mut Cursor) -> Option<Number>;
    let patterns: [(Form, Pattern); 9] = [
        (Form::OsError, |c| labelled(c, &["os", "error"])),
        (Form::RustDebug, rust_debug),
        (Form::WinError, |c| bracketed(c, "winerror")),
        (Form::PythonErrno, |c| bracketed(c, "errno")),
        (Form::SocketException, socket_exception),
        (Form::GetLastError, get_last_error),
        (Form::Errno, |c| labelled(c, &["errno"])),
        (Form::Error, |c| {
            labelled(c, &["error", "code"])
                .or_else(|| labelled(c, &["error"]))
                .or_else(|| labelled(c, &["err"]))
        }),
        (Form::Hresult, hresult),
    ];
    for (form, pattern) in patterns {
        let mut cursor = Cursor::at(line, at);
        if let Some(number) = pattern(&mut cursor) {
            return Some((form, Query::Number(number), cursor.pos));
        }
    }
    if let Some(found) = messages.then(|| message(line, at, vocabulary)).flatten() {
        return Some(found);
    }
    let word = Cursor::at(line, at).word()?;
    let is_name = vocabulary.is_name(word);
    is_name.then(|| (Form::Name, Query::Name(word.to_owned()), at + word.len()))
}

/// The prefix Rust's std puts before `gai_strerror`'s text on Unix.
const RUST_LOOKUP: &[&str] = &["failed", "to", "lookup", "address", "information"];

/// At most this many words and bytes make a message, which bounds the search.
const MESSAGE_WORDS: usize = 10;
const MESSAGE_BYTES: usize = 80;

/// Getaddrinfo's message at `at`: after Rust's prefix any text `gai_strerror` gives, alone
/// only a text that names what resolvers look up (a short `Try again` or `Out of memory`
/// in a log is more likely someone else's).
fn message(line: &str, at: usize, vocabulary: &dyn Vocabulary) -> Option<(Form, Query, usize)> {
    let mut cursor = Cursor::at(line, at);
    let (form, start) = if cursor.words(RUST_LOOKUP) && cursor.symbol(":") {
        cursor.spaces();
        (Form::RustLookup, cursor.pos)
    } else {
        (Form::GaiMessage, at)
    };
    let ends = word_ends(line, start);
    // Most text names no host: it is passed over without asking the tables of each end.
    let reach = &line[start..ends.last().copied().unwrap_or(start)];
    if form == Form::GaiMessage && !names_a_resolver_thing(reach) {
        return None;
    }
    let known = ends
        .into_iter()
        .filter(|&end| vocabulary.is_message(&line[start..end]))
        .last();
    // After Rust's prefix an unknown text is still the lookup's error, to say so of.
    let end = match (known, form) {
        (Some(end), _) => end,
        (None, Form::RustLookup) => text_end(line, start)?,
        (None, _) => return None,
    };
    let text = &line[start..end];
    let counts = form == Form::RustLookup || names_a_resolver_thing(text);
    counts.then(|| (form, Query::Message(text.to_owned()), end))
}

/// Where a text starting at `at` ends: before a quote or closing bracket, or at the end
/// of the line, without a final full stop.
fn text_end(line: &str, at: usize) -> Option<usize> {
    let rest = &line[at..];
    let len = rest.find(['"', '\'', ')', ']', '}']).unwrap_or(rest.len());
    let text = rest[..len].trim_end().trim_end_matches('.');
    (!text.is_empty()).then_some(at + text.len())
}

/// The ends of the words from `at` on that a message may end at, nearest first.
fn word_ends(line: &str, at: usize) -> Vec<usize> {
    let rest = &line[at..];
    rest.char_indices()
        .zip(rest.chars().skip(1).map(Some).chain([None]))
        .filter(|&((_, c), next)| is_word_char(c) && !next.is_some_and(is_word_char))
        .map(|((i, c), _)| at + i + c.len_utf8())
        .take(MESSAGE_WORDS)
        .take_while(|&end| end - at <= MESSAGE_BYTES)
        .collect()
}

/// Whether a message speaks of names, hosts or getaddrinfo's `ai_` fields, as only a
/// resolver's messages do.
fn names_a_resolver_thing(text: &str) -> bool {
    ["name", "host", "ai_"]
        .into_iter()
        .any(|word| contains_ignore_case(text, word))
}

fn contains_ignore_case(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// `Os { code: N`
fn rust_debug(c: &mut Cursor) -> Option<Number> {
    (c.keyword("os")
        && c.spaces()
        && c.symbol("{")
        && c.spaces()
        && c.keyword("code")
        && c.symbol(":"))
    .then(|| c.spaces_then_number())
    .flatten()
}

/// `[keyword N]`
fn bracketed(c: &mut Cursor, keyword: &str) -> Option<Number> {
    if !(c.symbol("[") && c.keyword(keyword)) {
        return None;
    }
    let number = c.spaces_then_number()?;
    c.symbol("]").then_some(number)
}

/// `SocketException (N)`
fn socket_exception(c: &mut Cursor) -> Option<Number> {
    if !(c.keyword("socketexception") && c.spaces() && c.symbol("(")) {
        return None;
    }
    let number = c.number()?;
    c.symbol(")").then_some(number)
}

/// The words, then `=`, `:` or `#` or only spaces, then a number: `errno=104`,
/// `error code: 10054`, `os error 104`.
fn labelled(c: &mut Cursor, words: &[&str]) -> Option<Number> {
    let start = c.pos;
    if !c.words(words) {
        return None;
    }
    let _ = c.symbol("=") || c.symbol(":") || c.symbol("#");
    let number = c.spaces_then_number();
    if number.is_none() {
        c.pos = start;
    }
    number
}

/// `GetLastError() returned N`, `WSAGetLastError() = N`, `GetLastError: N`.
fn get_last_error(c: &mut Cursor) -> Option<Number> {
    if !(c.keyword("getlasterror") || c.keyword("wsagetlasterror")) {
        return None;
    }
    let call = c.pos;
    if !(c.symbol("(") && c.symbol(")")) {
        c.pos = call;
    }
    let verb = c.pos;
    if !(c.spaces_before_word()
        && ["returned", "returns", "is", "was"]
            .iter()
            .any(|w| c.keyword(w)))
    {
        c.pos = verb;
    }
    let _ = c.symbol("=") || c.symbol(":");
    c.spaces_then_number()
}

/// `hr=0x80004005`, `HRESULT: 0x80070005`, or alone `0x8007xxxx`: eight hex digits of
/// facility `FACILITY_WIN32`.
fn hresult(c: &mut Cursor) -> Option<Number> {
    let start = c.pos;
    if let Some(number) = labelled(c, &["hresult"]).or_else(|| labelled(c, &["hr"])) {
        // An HRESULT without its failure bit is a success code, not an error.
        if number.is_negative_i32() {
            return Some(number);
        }
        c.pos = start;
    }
    let number = c.number()?;
    let text = &c.text[start..c.pos];
    let shaped = text.len() == 10 && text[..6].eq_ignore_ascii_case("0x8007");
    shaped.then_some(number)
}

/// A position in a line, moving forward over what a pattern accepts.
struct Cursor<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Cursor<'t> {
    fn new(text: &'t str) -> Self {
        Cursor { text, pos: 0 }
    }

    fn at(text: &'t str, pos: usize) -> Self {
        Cursor { text, pos }
    }

    fn rest(&self) -> &'t str {
        &self.text[self.pos..]
    }

    /// Skips spaces and tabs; true (so it chains in conditions).
    fn spaces(&mut self) -> bool {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start_matches([' ', '\t']).len();
        true
    }

    /// Takes `symbol` after optional spaces.
    fn symbol(&mut self, symbol: &str) -> bool {
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
    fn keyword(&mut self, keyword: &str) -> bool {
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

    /// Takes the keywords, one or more spaces apart.
    fn words(&mut self, words: &[&str]) -> bool {
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
    fn spaces_before_word(&mut self) -> bool {
        let start = self.pos;
        self.spaces();
        self.pos > start
    }

    fn spaces_then_number(&mut self) -> Option<Number> {
        self.spaces();
        self.number()
    }

    /// A word of letters, digits and `_`.
    fn word(&mut self) -> Option<&'t str> {
        let rest = self.rest();
        let len = rest.len() - rest.trim_start_matches(is_word_char).len();
        (len > 0).then(|| {
            self.pos += len;
            &rest[..len]
        })
    }

    /// A decimal number, maybe negative, or `0x` hex, that ends a word: `8080` in
    /// `127.0.0.1:8080` is not one (it does not start a word), nor `127` (it goes on
    /// with `.0`).
    fn number(&mut self) -> Option<Number> {
        let start = self.pos;
        let number = self.hex().or_else(|| self.decimal());
        if number.is_none() || !self.at_number_end() {
            self.pos = start;
            return None;
        }
        number
    }

    fn hex(&mut self) -> Option<Number> {
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

    fn decimal(&mut self) -> Option<Number> {
        let rest = self.rest();
        let digits = rest.strip_prefix('-').unwrap_or(rest);
        let sign = rest.len() - digits.len();
        let len = digits.len()
            - digits
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        if len == 0 {
            return None;
        }
        self.pos += sign + len;
        let digits = digits[..len].trim_start_matches('0');
        // More digits than a u128 holds is out of range all the same.
        let magnitude = match digits.len() {
            0 => 0,
            1..=38 => digits.parse().ok()?,
            _ => u128::MAX,
        };
        Some(Number::Decimal {
            magnitude,
            negative: sign == 1,
        })
    }

    /// Whether the number just taken ends here: no word character follows, nor a `.`,
    /// `:`, `-` or `/` that goes on with a digit (an address, a time, a date).
    fn at_number_end(&self) -> bool {
        let mut rest = self.rest().chars();
        match rest.next() {
            None => true,
            Some(c) if is_word_char(c) => false,
            Some('.' | ':' | '-' | '/') => !rest.next().is_some_and(|c| c.is_ascii_digit()),
            Some(_) => true,
        }
    }
}
