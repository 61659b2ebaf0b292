//! Why the command found nothing, or found a code in no row: the texts of exit status 1.

use errtable::Platform;

use crate::lookup::{self, Answer};
use crate::numberings;
use crate::scan::{self, Form};

/// Why nothing was found in the arguments `text`, or in standard input.
pub fn nothing_found(text: Option<&str>, blank: bool, source: &str) -> String {
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
pub fn in_no_row(answer: &Answer<'_>, platform: Option<Platform>) -> String {
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
        let bits = number.as_i32().map(|value| value as u32);
        if let Some(bits) = bits.filter(|&bits| numberings::is_ntstatus_error(bits)) {
            return unknown_ntstatus(&found.text, bits);
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

/// Why an NTSTATUS errtable does not decode is in no row.
fn unknown_ntstatus(text: &str, bits: u32) -> String {
    let facility = (bits >> 16) & 0xFFF;
    let code = bits & 0xFFFF;
    format!(
        "{text}: an NTSTATUS error (facility {facility:#x}, code {code:#06x}), which errtable \
         decodes only for common file and network statuses; ntstatus.h names it, and \
         RtlNtStatusToDosError gives the Win32 code Windows reports for it"
    )
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
pub fn translate(answer: &Answer<'_>, to: Platform) -> Result<i32, String> {
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
