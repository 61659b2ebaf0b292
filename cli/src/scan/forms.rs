//! The forms programs print around a code, each a small pattern over a [`Cursor`]; which
//! of them is tried at a word start depends on the character there.

use super::cursor::Cursor;
use super::{is_word_char, Form, Number, Query, Vocabulary};

/// What a form found: the form, the query and where it ends.
type Recognised = Option<(Form, Query, usize)>;

/// The form that starts at `at`, with its query and where it ends.
pub fn recognise(line: &str, at: usize, messages: bool, vocabulary: &dyn Vocabulary) -> Recognised {
    match line.as_bytes()[at] {
        b'[' => bracketed_forms(line, at, vocabulary),
        b'(' => parenthesised_forms(line, at, vocabulary),
        b'0'..=b'9' => number_forms(line, at, vocabulary),
        byte if byte.is_ascii_alphabetic() => word_forms(line, at, messages, vocabulary),
        _ => None,
    }
}

fn number_query(form: Form, cursor: &Cursor<'_>, number: Option<Number>) -> Recognised {
    number.map(|number| (form, Query::Number(number), cursor.pos))
}

/// Tries `pattern` at `at`.
fn try_form(
    line: &str,
    at: usize,
    form: Form,
    pattern: fn(&mut Cursor) -> Option<Number>,
) -> Recognised {
    let mut cursor = Cursor::at(line, at);
    let number = pattern(&mut cursor);
    number_query(form, &cursor, number)
}

/// `[WinError N]`, `[Errno N]`, `[N: message]`.
fn bracketed_forms(line: &str, at: usize, vocabulary: &dyn Vocabulary) -> Recognised {
    let next = line.as_bytes().get(at + 1)?.to_ascii_lowercase();
    if !(next.is_ascii_digit() || next == b'w' || next == b'e') {
        return None;
    }
    try_form(line, at, Form::WinError, |c| bracketed(c, "winerror"))
        .or_else(|| try_form(line, at, Form::PythonErrno, |c| bracketed(c, "errno")))
        .or_else(|| code_and_message(line, at, ']', vocabulary))
}

/// `(N: message)`, `(0x0000274D/10061)`, `(N)` after its message or before it, and
/// MySQL's `'…' (N)`.
fn parenthesised_forms(line: &str, at: usize, vocabulary: &dyn Vocabulary) -> Recognised {
    if !line.as_bytes().get(at + 1)?.is_ascii_digit() {
        return None;
    }
    code_and_message(line, at, ')', vocabulary)
        .or_else(|| try_form(line, at, Form::Libpq, libpq))
        .or_else(|| number_after_message(line, at, vocabulary))
        .or_else(|| number_before_message(line, at, vocabulary))
        .or_else(|| mysql(line, at))
}

/// A number at a word start: an HRESULT or NTSTATUS alone, or a number before its
/// message (`61 (Connection refused)`, `10054 Error: An existing connection …`).
fn number_forms(line: &str, at: usize, vocabulary: &dyn Vocabulary) -> Recognised {
    if !could_be_a_number_form(&line.as_bytes()[at..]) {
        return None;
    }
    let mut cursor = Cursor::at(line, at);
    let number = cursor.number()?;
    let text = &line[at..cursor.pos];
    if text.len() == 10 && text[..2].eq_ignore_ascii_case("0x") {
        let bits = u32::from_str_radix(&text[2..], 16).ok()?;
        if text[..6].eq_ignore_ascii_case("0x8007") {
            return number_query(Form::Hresult, &cursor, Some(number));
        }
        if crate::numberings::is_ntstatus_error(bits) {
            return number_query(Form::Ntstatus, &cursor, Some(number));
        }
        return None;
    }
    let end = cursor.pos;
    let code = match number {
        Number::Decimal {
            negative: false, ..
        } => number.as_i32()?,
        _ => return None,
    };
    let before_message =
        cursor.symbol("(") || cursor.keyword_after_spaces("error") && cursor.symbol(":");
    let rest = cursor.rest().trim_start();
    let starts_text = rest.starts_with(|c: char| c.is_ascii_alphabetic());
    (before_message && starts_text && text_fits(vocabulary, code, rest, true)).then_some((
        Form::BesideMessage,
        Query::Number(number),
        end,
    ))
}

/// Whether a number form may start at `bytes`: hex (`0x`), or decimal digits followed by
/// a space or a bracket. Most numbers in a log (times, dates, addresses) are passed over
/// here, without reading them.
pub fn could_be_a_number_form(bytes: &[u8]) -> bool {
    digits_of_no_number_form(bytes).is_none()
}

/// How many digits `bytes` starts with, where no number form starts there (see
/// [`could_be_a_number_form`]); `None` where one may. The scan passes over the digits
/// counted once.
pub fn digits_of_no_number_form(bytes: &[u8]) -> Option<usize> {
    if bytes.len() > 2 && bytes[0] == b'0' && bytes[1] | 0x20 == b'x' {
        return None;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let spaces = bytes[digits..].iter().take_while(|&&b| b == b' ').count();
    // `61 (Connection refused)`, `10054 Error: …`.
    let form = matches!(bytes.get(digits + spaces), Some(b'(' | b'e' | b'E'));
    (!form).then_some(digits)
}

/// `(N)` right after a text some system prints for N: `Connection reset by peer (104)`.
fn number_after_message(line: &str, at: usize, vocabulary: &dyn Vocabulary) -> Recognised {
    let mut cursor = Cursor::at(line, at + 1);
    let number = cursor.number()?;
    if !cursor.symbol(")") {
        return None;
    }
    let code = match number {
        Number::Decimal {
            negative: false, ..
        } => number.as_i32()?,
        _ => return None,
    };
    let before = line[..at].trim_end();
    let from = floor_char_boundary(before, before.len().saturating_sub(MESSAGE_BYTES * 2));
    text_fits(vocabulary, code, &before[from..], false).then_some((
        Form::BesideMessage,
        Query::Number(number),
        cursor.pos,
    ))
}

/// `(N)` right before a text that a system prints for N, as APR (Apache httpd) writes
/// its errors: `(111)Connection refused: proxy: …`, `(98)Address already in use: …`.
fn number_before_message(line: &str, at: usize, vocabulary: &dyn Vocabulary) -> Recognised {
    let mut cursor = Cursor::at(line, at + 1);
    let number = cursor.number()?;
    if !cursor.symbol(")") {
        return None;
    }
    let code = match number {
        Number::Decimal {
            negative: false, ..
        } => number.as_i32()?,
        _ => return None,
    };
    let rest = cursor.rest();
    let worded = rest.starts_with(|c: char| c.is_ascii_alphabetic());
    (worded && text_fits(vocabulary, code, rest, true)).then_some((
        Form::BesideMessage,
        Query::Number(number),
        cursor.pos,
    ))
}

/// What MySQL's and MariaDB's client errors say before the quoted socket or host that
/// the errno follows.
static MYSQL_SERVER: Needles = Needles::new(&["mysql server", "local server through socket"]);

/// MySQL's and MariaDB's client errors end with the errno in brackets after the quoted
/// socket or host: `… through socket '/tmp/mysql.sock' (2)`, `… server on 'localhost'
/// (10061)`, `Unknown MySQL server host 'db' (11001)`, newer clients with the errno's
/// text: `(2 "No such file or directory")`.
fn mysql(line: &str, at: usize) -> Recognised {
    let before = line[..at].trim_end();
    // The server's words come within a few hundred bytes of the errno: looked for there
    // only, which keeps a long line linear.
    let from = floor_char_boundary(before, before.len().saturating_sub(MESSAGE_BYTES * 4));
    if !before.ends_with('\'') || !MYSQL_SERVER.any_in(&before[from..]) {
        return None;
    }
    let mut cursor = Cursor::at(line, at + 1);
    let number = cursor.number()?;
    let positive = matches!(
        number,
        Number::Decimal {
            negative: false,
            ..
        }
    );
    let number_end = cursor.pos;
    let end = if cursor.symbol(")") {
        cursor.pos
    } else if cursor.symbol("\"") {
        number_end
    } else {
        return None;
    };
    positive.then_some((Form::MySql, Query::Number(number), end))
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether `text` starts (`after`) or ends with a text of a row `code` may be.
fn text_fits(vocabulary: &dyn Vocabulary, code: i32, text: &str, after: bool) -> bool {
    let text = text.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    vocabulary.code_has_text(code, &text.to_ascii_lowercase(), after)
}

/// `(111: Connection refused)` (nginx) or `[61: Connection refused]` (Apple's Network
/// framework): a code, a colon, and text starting with a letter up to the bracket.
fn code_and_message(line: &str, at: usize, close: char, vocabulary: &dyn Vocabulary) -> Recognised {
    let mut cursor = Cursor::at(line, at + 1);
    let number = cursor.number()?;
    let code = match number {
        Number::Decimal {
            negative: false, ..
        } => number.as_i32()?,
        _ => return None,
    };
    if !cursor.rest().starts_with(": ") {
        return None;
    }
    let text = &cursor.rest()[2..];
    let inside = &text[..text.find(close)?];
    let worded = inside.starts_with(|c: char| c.is_ascii_alphabetic());
    // A short text is taken as the code's message; a long one must be a known one.
    let fits = || inside.len() <= MESSAGE_BYTES || text_fits(vocabulary, code, inside, true);
    // The form is all of the brackets, the message with it.
    let end = cursor.pos + 2 + inside.len() + close.len_utf8();
    (worded && fits()).then_some((Form::CodeAndMessage, Query::Number(number), end))
}

/// `(0x0000274D/10061)`: libpq prints the Winsock code in hex and in decimal.
fn libpq(c: &mut Cursor) -> Option<Number> {
    if !c.symbol("(") {
        return None;
    }
    // The hex ends at the slash, which `number` reads as going on (a date's).
    let hex = c.hex()?;
    if !c.symbol("/") {
        return None;
    }
    let decimal = c.number()?;
    (c.symbol(")") && hex.as_i32() == decimal.as_i32()).then_some(decimal)
}

/// The forms that start with a word. The word is read once and compared with the
/// keywords the forms start with; most words of a log are none, and cost no more.
fn word_forms(line: &str, at: usize, messages: bool, vocabulary: &dyn Vocabulary) -> Recognised {
    let word = Cursor::at(line, at).word()?;
    let is = |keyword: &str| word.eq_ignore_ascii_case(keyword);
    // The length first: most words have none of the keywords' lengths, or fail one compare.
    let by_keyword = match word.len() {
        2 if is("os") => try_form(line, at, Form::OsError, |c| labelled(c, &["os", "error"]))
            .or_else(|| try_form(line, at, Form::RustDebug, rust_debug)),
        2 | 7 if is("hr") || is("hresult") => try_form(line, at, Form::Hresult, hresult),
        3 | 5 if is("err") || is("errno") || is("error") => error_forms(line, at),
        3 if is("res") => try_form(line, at, Form::IoUring, io_uring),
        6 | 8 if is("status") || is("ntstatus") => try_form(line, at, Form::Ntstatus, status_label)
            .or_else(|| try_form(line, at, Form::Error, negative_status)),
        8 => bare_ntstatus(line, at),
        12 | 15 if is("getlasterror") || is("wsagetlasterror") => {
            try_form(line, at, Form::GetLastError, get_last_error)
        }
        14 if is("win32exception") => try_form(line, at, Form::Win32Exception, |c| {
            dotnet(c, "win32exception")
        }),
        15 if is("socketexception") => try_form(line, at, Form::SocketException, |c| {
            dotnet(c, "socketexception")
        }),
        18 if is("nsposixerrordomain") => try_form(line, at, Form::NsPosix, ns_posix),
        _ => None,
    };
    if by_keyword.is_some() {
        return by_keyword;
    }
    let repr = line.as_bytes().get(at + word.len()) == Some(&b'(') && word.ends_with("rror");
    repr.then(|| try_form(line, at, Form::PythonRepr, python_repr))
        .flatten()
        .or_else(|| messages.then(|| message(line, at, vocabulary)).flatten())
        .or_else(|| name(word, at, vocabulary))
}

/// `errno=N`, OpenSSL's `error:8000006F:system library`, `error N` (but not curl's own
/// `cURL error 7` or the `err=81` of its connection filters' trace, which are CURLcodes,
/// nor another library's packed OpenSSL code, `error:00000005:lib(0)`).
fn error_forms(line: &str, at: usize) -> Recognised {
    if let Some(found) = try_form(line, at, Form::Errno, |c| labelled(c, &["errno"])) {
        return Some(found);
    }
    if let Some(found) = try_form(line, at, Form::OpenSsl, openssl) {
        return Some(found);
    }
    if ends_with_ignore_case(line[..at].trim_end(), "curl")
        || is_curl_trace(line)
        || is_openssl_packed(&line[at..])
    {
        return None;
    }
    try_form(line, at, Form::Error, |c| {
        labelled(c, &["error", "code"])
            .or_else(|| labelled(c, &["error", "value"]))
            .or_else(|| labelled(c, &["error"]))
            .or_else(|| labelled(c, &["err"]))
    })
}

/// Whether `line` is curl's verbose trace of a connection filter, `* [TCP] recv(…) -> -1,
/// err=81`: its `err=` is the filter's CURLcode.
fn is_curl_trace(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("* [") else {
        return false;
    };
    // A filter's name is short: `TCP`, `SSL`, `HTTP/2`, `HAPPY-EYEBALLS`.
    let end = rest.bytes().take(20).position(|b| b == b']');
    end.is_some_and(|end| {
        end > 0
            && rest.as_bytes()[..end]
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"-/".contains(b))
    })
}

/// Whether `text` starts `error:` and OpenSSL's eight hex digits, then a colon: a packed
/// code whose errno, if any, only the system library's form holds.
fn is_openssl_packed(text: &str) -> bool {
    let head = text.get(..6);
    let digits = text.get(6..14);
    head.is_some_and(|head| head.eq_ignore_ascii_case("error:"))
        && digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
        && text.as_bytes().get(14) == Some(&b':')
}

fn ends_with_ignore_case(text: &str, word: &str) -> bool {
    text.len() >= word.len()
        && text.is_char_boundary(text.len() - word.len())
        && text[text.len() - word.len()..].eq_ignore_ascii_case(word)
}

/// A symbol of the tables (or a name other programs give one, like Node's `ENOTFOUND`).
fn name(word: &str, at: usize, vocabulary: &dyn Vocabulary) -> Recognised {
    vocabulary
        .is_name(word)
        .then(|| (Form::Name, Query::Name(word.to_owned()), at + word.len()))
}

/// The prefix Rust's std puts before `gai_strerror`'s text on Unix.
const RUST_LOOKUP: &[&str] = &["failed", "to", "lookup", "address", "information"];

/// At most this many words and bytes make a message, which bounds the search.
const MESSAGE_WORDS: usize = 10;
const MESSAGE_BYTES: usize = 80;

/// Getaddrinfo's message at `at`: after Rust's prefix any text `gai_strerror` gives, alone
/// only a text that names what resolvers look up (a short `Try again` or `Out of memory`
/// in a log is more likely someone else's).
fn message(line: &str, at: usize, vocabulary: &dyn Vocabulary) -> Recognised {
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
pub fn names_a_resolver_thing(text: &str) -> bool {
    static WORDS: Needles = Needles::new(&["name", "host", "ai_"]);
    WORDS.any_in(text)
}

/// Words to find in a text in any case, with a bit for each pair of bytes they start
/// with, built once, at compile time. The search a whole log makes on each line is one
/// pass that looks up the pair at every `stride`-th byte (every other byte where each word
/// has three bytes or more: an occurrence then covers such a pair), and compares the
/// words only where a pair is theirs.
pub struct Needles {
    words: &'static [&'static str],
    /// Bit `first << 8 | second`: a word has that pair (in some case) at an offset below
    /// `stride`.
    pairs: [u64; 1024],
    stride: usize,
}

impl Needles {
    /// `words`: lower case ASCII, each of two bytes or more.
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut shortest = usize::MAX;
        let mut n = 0;
        while n < words.len() {
            assert!(words[n].len() >= 2);
            if words[n].len() < shortest {
                shortest = words[n].len();
            }
            n += 1;
        }
        let stride = if shortest >= 3 { 2 } else { 1 };
        let mut pairs = [0; 1024];
        let mut n = 0;
        while n < words.len() {
            let word = words[n].as_bytes();
            let mut offset = 0;
            while offset < stride {
                let (a, b) = (word[offset], word[offset + 1]);
                let (upper_a, upper_b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
                let cases = [(a, b), (upper_a, b), (a, upper_b), (upper_a, upper_b)];
                let mut c = 0;
                while c < cases.len() {
                    let bit = (cases[c].0 as usize) << 8 | cases[c].1 as usize;
                    pairs[bit / 64] |= 1 << (bit % 64);
                    c += 1;
                }
                offset += 1;
            }
            n += 1;
        }
        Needles {
            words,
            pairs,
            stride,
        }
    }

    /// Whether `text` holds one of the words, in any case.
    pub fn any_in(&self, text: &str) -> bool {
        let text = text.as_bytes();
        let has = |pair: &[u8]| {
            let bit = usize::from(u16::from_be_bytes([pair[0], pair[1]]));
            self.pairs[bit / 64] & 1 << (bit % 64) != 0
        };
        match self.stride {
            2 => (text.chunks_exact(2).enumerate())
                .any(|(n, pair)| has(pair) && self.starts_near(text, 2 * n)),
            _ => (text.windows(2).enumerate())
                .any(|(i, pair)| has(pair) && self.starts_near(text, i)),
        }
    }

    /// Whether a word starts in `text` where its pair at some offset is at `at`.
    #[cold]
    fn starts_near(&self, text: &[u8], at: usize) -> bool {
        let starts = at.saturating_sub(self.stride - 1)..=at;
        starts.into_iter().any(|start| {
            let rest = &text[start..];
            let first = rest[0].to_ascii_lowercase();
            self.words.iter().any(|word| {
                let word = word.as_bytes();
                word[0] == first
                    && rest.len() >= word.len()
                    && rest[..word.len()].eq_ignore_ascii_case(word)
            })
        })
    }
}

/// The words [`word_forms`] starts a form with, in lower case: the scan passes over any
/// other word that is no name of the tables (a form keyed on a new word goes here too).
pub static KEYWORDS: Keywords = Keywords::new(&[
    "os",
    "hr",
    "hresult",
    "err",
    "errno",
    "error",
    "res",
    "status",
    "ntstatus",
    "getlasterror",
    "wsagetlasterror",
    "win32exception",
    "socketexception",
    "nsposixerrordomain",
]);

/// A few words, with a bit for each length and first letter they have, so most other
/// words are told apart without comparing them.
pub struct Keywords {
    words: &'static [&'static str],
    /// Per length below 64, a bit per first letter (`a` is bit 1).
    starts: [u32; 64],
}

impl Keywords {
    const fn new(words: &'static [&'static str]) -> Self {
        let mut starts = [0; 64];
        let mut n = 0;
        while n < words.len() {
            let word = words[n].as_bytes();
            assert!(word.len() < 64 && word[0].is_ascii_lowercase());
            starts[word.len()] |= 1 << (word[0] & 0x1F);
            n += 1;
        }
        Keywords { words, starts }
    }

    /// Whether `word` is one of the words, in any case.
    pub fn holds(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let starts = match bytes.first() {
            Some(&first) if bytes.len() < 64 && first.is_ascii_alphabetic() => {
                self.starts[bytes.len()] & 1 << (first & 0x1F)
            }
            _ => 0,
        };
        starts != 0 && self.words.iter().any(|k| k.eq_ignore_ascii_case(word))
    }
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

/// `SocketException (N)`, `Win32Exception (N)`.
fn dotnet(c: &mut Cursor, keyword: &str) -> Option<Number> {
    if !(c.keyword(keyword) && c.spaces() && c.symbol("(")) {
        return None;
    }
    let number = c.number()?;
    c.symbol(")").then_some(number)
}

/// `ConnectionRefusedError(111, 'Connection refused')`, Python 2's `error(10054, '…')`:
/// an exception's name, then its errno and its text in quotes.
fn python_repr(c: &mut Cursor) -> Option<Number> {
    let word = c.word()?;
    if !(word.ends_with("Error") || word == "error") || !c.rest().starts_with('(') {
        return None;
    }
    c.pos += 1;
    let number = c.number()?;
    let quoted = c.symbol(",") && (c.symbol("'") || c.symbol("\""));
    quoted.then_some(number)
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

/// `hr=0x80004005`, `HRESULT: 0x80070005`: a failure HRESULT.
fn hresult(c: &mut Cursor) -> Option<Number> {
    let number = labelled(c, &["hresult"]).or_else(|| labelled(c, &["hr"]))?;
    // An HRESULT without its failure bit is a success code, not an error.
    number.is_negative_i32().then_some(number)
}

/// `NSPOSIXErrorDomain Code=61`.
fn ns_posix(c: &mut Cursor) -> Option<Number> {
    if !(c.keyword("nsposixerrordomain") && c.spaces_before_word() && c.keyword("code")) {
        return None;
    }
    let _ = c.symbol("=") || c.symbol(":");
    c.spaces_then_number()
}

/// io_uring's `res -111`, `res=-5`, `` res` was -5 ``: only a negative result is an error.
fn io_uring(c: &mut Cursor) -> Option<Number> {
    if !c.keyword("res") {
        return None;
    }
    let _ = c.symbol("`");
    let verb = c.pos;
    if !(c.spaces_before_word() && (c.keyword("was") || c.keyword("is"))) {
        c.pos = verb;
    }
    let _ = c.symbol("=") || c.symbol(":");
    c.spaces_then_number().filter(|n| n.is_negative_i32())
}

/// `error:8000006F:system library`: eight hex digits between colons, of the system library.
fn openssl(c: &mut Cursor) -> Option<Number> {
    if !(c.keyword("error") && c.rest().starts_with(':')) {
        return None;
    }
    let digits = c.rest().get(1..9)?;
    let after = c.rest().get(9..)?;
    let packed = u32::from_str_radix(digits, 16).ok()?;
    let system = after.len() >= 16 && after[..16].eq_ignore_ascii_case(":system library:");
    if !system {
        return None;
    }
    c.pos += 9;
    Some(Number::Hex(u128::from(packed)))
}

/// `status 0xC0000022`, `status code: 0xC0000022`, `NTSTATUS (0xC0000603)`.
fn status_label(c: &mut Cursor) -> Option<Number> {
    if !(c.words(&["status", "code"]) || c.keyword("status") || c.keyword("ntstatus")) {
        return None;
    }
    let _ = c.symbol("=") || c.symbol(":") || c.symbol("(");
    let start = c.pos;
    c.spaces();
    let number = c.number()?;
    let bits = match number {
        Number::Hex(bits) => u32::try_from(bits).ok()?,
        _ => return None,
    };
    (c.pos > start && crate::numberings::is_ntstatus_error(bits)).then_some(number)
}

/// `status -71`: a negated Linux errno, as the kernel logs a request's status (`urb
/// completion with non-zero status -71`). `-1` is left alone: it is any failure.
fn negative_status(c: &mut Cursor) -> Option<Number> {
    if !c.keyword("status") {
        return None;
    }
    let _ = c.symbol("=") || c.symbol(":");
    let number = c.spaces_then_number()?;
    let errno = matches!(
        number,
        Number::Decimal {
            magnitude: 2..,
            negative: true,
        }
    );
    errno.then_some(number)
}

/// `C000000D` without `0x`, after `error:` or `status`: an NTSTATUS as `%X` prints it.
fn bare_ntstatus(line: &str, at: usize) -> Recognised {
    let mut cursor = Cursor::at(line, at);
    let word = cursor.word()?;
    let hex = word.len() == 8 && word.bytes().all(|b| b.is_ascii_hexdigit());
    let bits = u32::from_str_radix(word, 16).ok().filter(|_| hex)?;
    let before = line[..at].trim_end_matches([':', ' ', '=']);
    let labelled =
        ends_with_ignore_case(before, "error") || ends_with_ignore_case(before, "status");
    (labelled && crate::numberings::is_ntstatus_error(bits)).then(|| {
        (
            Form::Ntstatus,
            Query::Number(Number::Hex(u128::from(bits))),
            cursor.pos,
        )
    })
}
