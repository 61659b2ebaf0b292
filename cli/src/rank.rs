//! Which of a code's rows comes first, from the evidence in the line, strongest first:
//!
//! 1. the form's numbering: Python's `[WinError N]` is Windows', `[Errno N]` an errno,
//!    a negated errno Linux's, `NSPOSIXErrorDomain` macOS's; a line that speaks of
//!    Windows (a Win32 call, an HRESULT, a drive path) makes a bare number Windows';
//! 2. the message beside the number: a text some system prints for the row (the
//!    tables', glibc's, musl's, the BSDs', Microsoft's);
//! 3. a prior: the host's numbering, then the most common one.
//!
//! The order is stable, so rows the evidence cannot tell apart keep the tables' order.

use std::cmp::Reverse;

use errtable::Platform;

use crate::lookup::{Context, Hit, How, Matched, Reading, Twin};
use crate::scan::{Form, Found};
use crate::tables::FastHash;

/// How far from the code a message may be, in bytes each way.
const MESSAGE_REACH: usize = 100;

/// Why the first row comes before the next one shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The form (or the line) says which numbering the code is of: the first row's
    /// reading, on the platform that fits the form best.
    Form {
        form: Form,
        windows_hint: bool,
        reading: Reading,
        platform: Platform,
    },
    /// The text beside the code is one the row's systems print.
    Message(String),
    /// The numbering of the host errtable runs on.
    Host(Platform),
    /// The most common numbering among the rows'.
    Common(Platform),
}

impl Why {
    /// The key JSON output gives the reason.
    pub fn key(&self) -> &'static str {
        match self {
            Why::Form { .. } => "form",
            Why::Message(_) => "message",
            Why::Host(_) => "host",
            Why::Common(_) => "common",
        }
    }

    /// The reason in words.
    pub fn text(&self) -> String {
        match self {
            &Why::Form {
                form,
                windows_hint,
                reading,
                platform,
            } => form_reason(form, windows_hint, reading, platform),
            Why::Message(text) => format!("the message beside the code, \"{text}\", is this row's"),
            Why::Host(p) => format!("errtable runs on {}, whose numbering comes first", p.key()),
            Why::Common(p) => format!("{} has the most common numbering of the rows'", p.key()),
        }
    }
}

/// What the evidence says of one row: higher is stronger, compared in this order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    form: Reverse<u8>,
    message: Reverse<bool>,
    host: Reverse<bool>,
    common: u8,
}

/// Orders `hits` by the evidence in the line; returns why the first comes first, where
/// more than one row is shown.
///
/// With `remembered`, the rows' order and the reason are kept by the evidence: the same
/// rows (`rows`, an id the caller gives each set of rows it keeps), the same fit to the
/// form and the same texts beside the code are ranked the same, and a log repeats a few.
pub fn rank(
    found: &Found,
    context: &Context<'_>,
    hits: &mut [Hit<'_>],
    remembered: Option<(u64, &mut Ranked)>,
) -> Option<Why> {
    if hits.len() < 2 {
        return None;
    }
    // Each row's evidence: its fit to the form, and which of its texts is beside the code.
    let mut evidence: Vec<(u8, Option<usize>)> = hits
        .iter()
        .map(|hit| (form_fit(found.form, context, hit), None))
        .collect();
    let best = evidence.iter().map(|&(form, _)| form).max().unwrap_or(0);
    // The message decides among the rows the form allows first; it is looked for only
    // beside those.
    let window = window(context.line, found.span);
    for (hit, (form, text)) in hits.iter().zip(&mut evidence) {
        if *form == best {
            *text = message_of(hit, &window);
        }
    }
    let key = remembered
        .as_ref()
        .and_then(|&(rows, _)| Ranked::key(rows, &evidence));
    let why = match remembered.zip(key) {
        Some(((_, ranked), key)) => {
            let (places, why) = ranked
                .orders
                .entry(key)
                .or_insert_with(|| order(found.form, context, hits, &evidence));
            permute(hits, places);
            why.clone()
        }
        None => {
            let (places, why) = order(found.form, context, hits, &evidence);
            permute(hits, &places);
            why
        }
    };
    // Whether the line speaks of Windows is part of the form's reason, not of the order
    // (a row's fit to the form holds it): it is asked where the reason is given.
    why.map(|why| match why {
        Why::Form {
            form,
            reading,
            platform,
            ..
        } => Why::Form {
            form,
            windows_hint: context.windows_hint(),
            reading,
            platform,
        },
        other => other,
    })
}

/// The orders of rows already ranked, each with its reason, by the evidence.
#[derive(Default)]
pub struct Ranked {
    orders: std::collections::HashMap<(u64, u128), Order, FastHash>,
}

/// The places the rows go to, in order, and why the first comes first.
type Order = (Vec<usize>, Option<Why>);

impl Ranked {
    /// How many orders are kept at most.
    const MOST: usize = 4096;

    /// The evidence of up to eight rows in one number: each row's fit to the form (4
    /// bits) and which of its texts is beside the code (12 bits); `None` where it does
    /// not fit, and that evidence is ranked anew.
    fn key(rows: u64, evidence: &[(u8, Option<usize>)]) -> Option<(u64, u128)> {
        if evidence.len() > 8 {
            return None;
        }
        let mut packed = 0_u128;
        for &(form, text) in evidence {
            let text = text.map_or(Some(0), |n| {
                u16::try_from(n + 1).ok().filter(|&n| n < 1 << 12)
            })?;
            (form < 16).then_some(())?;
            packed = packed << 16 | u128::from(u16::from(form) << 12 | text);
        }
        Some((rows, packed))
    }

    /// Forgets every order once there are too many: a log of many distinct codes
    /// starts over rather than growing without bound.
    pub fn forget_if_full(&mut self) {
        if self.orders.len() >= Ranked::MOST {
            self.orders.clear();
        }
    }
}

/// The order of `hits` by the evidence (each row's fit to the form, the index of its
/// text beside the code) as the places they go to, and why the first comes first. The
/// reason's `windows_hint` is filled in by [`rank`].
fn order(
    form: Form,
    context: &Context<'_>,
    hits: &[Hit<'_>],
    evidence: &[(u8, Option<usize>)],
) -> Order {
    let text = |n: usize| evidence[n].1.map(|t| hits[n].row.texts[t].as_str());
    let mut order: Vec<(Key, usize)> = (0..hits.len())
        .map(|n| (key(evidence[n].0, &hits[n], evidence[n].1.is_some()), n))
        .collect();
    // Stable: rows the evidence cannot tell apart keep the tables' order.
    order.sort_by_key(|&(key, _)| key);
    let mut shown = order
        .iter()
        .filter(|&&(_, n)| !matches!(hits[n].twin, Twin::Named));
    let why = match (shown.next(), shown.next()) {
        (Some(&(first, n)), Some(&(second, _))) => {
            let hit = &hits[n];
            why(
                form,
                context,
                (first, text(n).map(str::to_owned), reading(hit), on(hit)),
                second,
            )
        }
        _ => None,
    };
    (order.iter().map(|&(_, n)| n).collect(), why)
}

/// Puts `items` in the order `places` gives (item `n` of the result is the item that
/// was at `places[n]`), in place, following each cycle of the permutation once.
fn permute<T>(items: &mut [T], places: &[usize]) {
    // Which places are done: on the stack for the few rows a code has.
    let mut few = [false; 64];
    let mut many;
    let done: &mut [bool] = match few.get_mut(..items.len()) {
        Some(done) => done,
        None => {
            many = vec![false; items.len()];
            &mut many
        }
    };
    for start in 0..items.len() {
        let mut at = start;
        while !done[at] {
            let from = places[at];
            done[at] = true;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// The reason that tells `first` from `second`: the first part of their keys that differs.
fn why(
    form: Form,
    context: &Context<'_>,
    (first, text, reading, on): (Key, Option<String>, Option<Reading>, &[Platform]),
    second: Key,
) -> Option<Why> {
    if first.form != second.form {
        let platform = on
            .iter()
            .copied()
            .max_by_key(|&p| reading.map(|r| fit(form, context, r, p)));
        return Some(Why::Form {
            form,
            // Asked by `rank`, which may give a reason kept from another line.
            windows_hint: false,
            reading: reading?,
            platform: platform?,
        });
    }
    if first.message != second.message {
        return text.map(Why::Message);
    }
    if first.host != second.host {
        return Platform::CURRENT.map(Why::Host);
    }
    let common = on.iter().copied().min_by_key(|&p| commonness(p))?;
    (first.common != second.common).then_some(Why::Common(common))
}

/// How well the row fits the form, on the platform that fits it best (1 for a row
/// found by name or message, which no numbering printed).
fn form_fit(form: Form, context: &Context<'_>, hit: &Hit<'_>) -> u8 {
    match reading(hit) {
        Some(reading) => on(hit)
            .iter()
            .map(|&p| fit(form, context, reading, p))
            .max()
            .unwrap_or(0),
        None => 1,
    }
}

fn key(form: u8, hit: &Hit<'_>, message: bool) -> Key {
    let on = on(hit);
    Key {
        form: Reverse(form),
        message: Reverse(message),
        host: Reverse(Platform::CURRENT.is_some_and(|host| on.contains(&host))),
        common: on.iter().map(|&p| commonness(p)).min().unwrap_or(u8::MAX),
    }
}

fn reading(hit: &Hit<'_>) -> Option<Reading> {
    match &hit.matched {
        Matched::Code { reading, .. } => Some(*reading),
        _ => None,
    }
}

fn on<'h>(hit: &'h Hit<'_>) -> &'h [Platform] {
    match &hit.matched {
        Matched::Code { on, .. } | Matched::Name { on } => on,
        Matched::RowName | Matched::Message => &[],
    }
}

/// How well reading a code this way on `platform` fits what the form says, 0 to 4.
fn fit(form: Form, context: &Context<'_>, reading: Reading, platform: Platform) -> u8 {
    let windows = platform == Platform::Windows;
    match reading.how {
        How::Negated if linux(platform) => 3,
        How::Negated => 1,
        // The C runtime's errno is the least likely reading of a number from Windows.
        How::Crt => 0,
        How::Hresult | How::Ntstatus | How::Libuv | How::OpenSsl => 2,
        How::AsWritten if reading.code < 0 => match form {
            // Python's socket.gaierror prints getaddrinfo's negative EAI_* code.
            Form::PythonErrno | Form::PythonRepr => 4,
            _ => 0,
        },
        How::AsWritten => match form {
            Form::NsPosix => u8::from(platform == Platform::MacOs) * 2,
            Form::PythonErrno
            | Form::PythonRepr
            | Form::Errno
            | Form::CodeAndMessage
            | Form::BesideMessage
            | Form::IoUring => u8::from(!windows),
            // A Unix domain socket: MySQL's client on Windows connects by TCP or a named
            // pipe, so an errno after `through socket '…'` is a Unix host's.
            Form::MySql if through_unix_socket(context.line) => u8::from(!windows),
            _ if context.windows_hint() => 1 + u8::from(windows),
            _ => 1,
        },
    }
}

fn form_reason(form: Form, windows_hint: bool, reading: Reading, platform: Platform) -> String {
    let p = platform.key();
    match reading.how {
        How::Negated => format!(
            "a negative errno is Linux's (kernels and io_uring return -errno): -{} on {p}",
            reading.code
        ),
        How::Hresult | How::Ntstatus => {
            format!("the code inside the {} is Windows'", reading.how.key())
        }
        How::Crt => String::from("on Windows, a C program's errno is the C runtime's"),
        How::Libuv => String::from("the number is libuv's (Node prints it)"),
        How::OpenSsl => String::from("OpenSSL's system library error holds an errno"),
        How::AsWritten if reading.code < 0 => {
            String::from("Python's [Errno -N] is getaddrinfo's code")
        }
        How::AsWritten => match form {
            Form::NsPosix => String::from("NSPOSIXErrorDomain holds a macOS errno"),
            _ if windows_hint && platform == Platform::Windows => {
                String::from("the line speaks of Windows (a Win32 call, an HRESULT, a path)")
            }
            _ => format!("{} prints an errno, not a Windows code", form.describe()),
        },
    }
}

/// Whether a MySQL client's error names the Unix domain socket it could not reach.
fn through_unix_socket(line: &str) -> bool {
    line.to_ascii_lowercase().contains("through socket '")
}

fn linux(platform: Platform) -> bool {
    platform.key().starts_with("linux")
}

/// The platform of `on` whose numbering is the most common in logs.
pub fn most_common(on: &[Platform]) -> Option<Platform> {
    on.iter().copied().min_by_key(|&p| commonness(p))
}

/// How common a platform's numbering is in logs, most common first.
fn commonness(platform: Platform) -> u8 {
    match platform {
        Platform::Linux => 0,
        Platform::Windows => 1,
        Platform::MacOs => 2,
        Platform::FreeBsd => 3,
        Platform::LinuxPowerpc => 4,
        Platform::LinuxMips => 5,
        Platform::LinuxSparc => 6,
        Platform::LinuxAlpha => 7,
        Platform::LinuxParisc => 8,
        _ => 9,
    }
}

/// The line around the code, in lower case, where its message may be.
fn window(line: &str, (start, end): (usize, usize)) -> String {
    let mut from = start.saturating_sub(MESSAGE_REACH);
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + MESSAGE_REACH).min(line.len());
    while !line.is_char_boundary(to) {
        to += 1;
    }
    line[from..to].to_ascii_lowercase()
}

/// Which of the row's texts the window holds, if any (a row matched by its message has
/// it).
fn message_of(hit: &Hit<'_>, window: &str) -> Option<usize> {
    hit.row.texts.iter().position(|text| holds(window, text))
}

/// Whether `window` holds `text`. The standard library searches a short text with
/// vector instructions but builds a searcher for a long one, which costs more than the
/// search in a window this size: a long text (Microsoft's) is compared only where its
/// first byte is, found by the library's byte search.
fn holds(window: &str, text: &str) -> bool {
    const SHORT: usize = 32;
    let first = match text.as_bytes().first() {
        Some(&first) if first.is_ascii() && text.len() > SHORT => char::from(first),
        _ => return window.contains(text),
    };
    let mut from = 0;
    while let Some(found) = window[from..].find(first) {
        let at = from + found;
        if window.as_bytes()[at..].starts_with(text.as_bytes()) {
            return true;
        }
        from = at + 1;
    }
    false
}
