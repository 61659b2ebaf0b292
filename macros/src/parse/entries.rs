//! A row's entries, `key: value` separated by commas, as the DSL's row body and the
//! derive's `#[errtable(…)]` attribute both write them.

use crate::errors::{did_you_mean, Errors};
use crate::model::written::{Code, Number, Origin, Row, Symbol};
use crate::model::{name_of, Column, Platform, PERSISTENCES};
use proc_macro2::{Span, TokenStream, TokenTree};
use std::collections::HashMap;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Ident, Lit, LitInt, LitStr, Token};

/// One entry before its value is read: `linux | macos: ECONNREFUSED = 61`.
pub struct RawEntry {
    pub keys: Vec<Ident>,
    pub value: TokenStream,
    /// Span of the `:`, for errors about a missing value.
    pub colon_span: Span,
}

/// The keys that take an entry of their own (not joined with `|`).
const SINGLE_KEYS: [&str; 5] = ["kind", "persistence", "message", "description", "rows"];

/// The keys a row takes besides the platforms, by where it is written.
pub(super) fn row_keys(origin: Origin) -> &'static [&'static str] {
    match origin {
        Origin::Dsl => &["code", "kind", "persistence", "message", "description"],
        Origin::Derive => &[
            "rows",
            "code",
            "kind",
            "persistence",
            "message",
            "description",
        ],
    }
}

/// A row's entries as read, and where `catch_all` (or a misspelt one) was written among
/// them, already reported.
#[derive(Default)]
pub struct Parsed {
    pub entries: Vec<RawEntry>,
    pub markers: Vec<Span>,
}

/// Reads `key (| key)*: value, …` up to the end of `input`. Values are kept as tokens
/// so that a bad value is reported without stopping at the rest of the row. A word
/// that is no entry (a marker, a table option, the next name of a list written after a
/// `,`) is reported and skipped, so that each such mistake in one list is reported;
/// any other missing `:` ends the list.
pub fn parse_entries(
    input: ParseStream,
    origin: Origin,
    errors: &mut Errors,
) -> syn::Result<Parsed> {
    let mut parsed = Parsed::default();
    let mut first = true;
    while !input.is_empty() {
        let keys =
            Punctuated::<Ident, Token![|]>::parse_separated_nonempty_with(input, parse_any_key)?;
        let previous = parsed
            .entries
            .last()
            .map(|entry: &RawEntry| entry.keys[0].to_string());
        if let Some(key) = keys.last().filter(|_| !input.peek(Token![:])) {
            let alone = first && input.is_empty();
            let error = no_colon(input.span(), key, (previous.as_deref(), alone), origin);
            if !error.skip {
                return Err(error.error);
            }
            errors.push_error(error.error);
            if error.marker {
                parsed.markers.push(key.span());
            }
            while !input.is_empty() && !input.peek(Token![,]) {
                input.parse::<TokenTree>()?;
            }
        } else {
            let colon: Token![:] = input.parse()?;
            let mut value = TokenStream::new();
            while !input.is_empty() && !input.peek(Token![,]) {
                value.extend([input.parse::<TokenTree>()?]);
            }
            parsed.entries.push(RawEntry {
                keys: keys.into_iter().collect(),
                value,
                colon_span: colon.span,
            });
        }
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
        first = false;
    }
    Ok(parsed)
}

/// A key without its `:`, as reported.
struct NoColon {
    error: syn::Error,
    /// The entry is skipped and the list read on: the word was something else than an
    /// entry (a marker, a table option, a name of a list), not an entry missing its `:`.
    skip: bool,
    /// The word is `catch_all`, or a misspelt one.
    marker: bool,
}

/// The error for `key` without its `:` (`span` is what follows it), after an entry of
/// the key `previous` (`alone`: the only word in the list): a marker or a table option
/// written among the entries, the next name of a list written after a `,` instead of a
/// `|`, or a forgotten `:`.
fn no_colon(
    span: Span,
    key: &Ident,
    (previous, alone): (Option<&str>, bool),
    origin: Origin,
) -> NoColon {
    let (key_span, key) = (key.span(), key.to_string());
    let key = key.as_str();
    let entry_key = |key: &str| key == "code" || Platform::from_key(key).is_some();
    let misspelt_marker = did_you_mean(key, &["catch_all"]);
    let skipped = |message: String, marker: bool| NoColon {
        error: syn::Error::new(key_span, message),
        skip: true,
        marker,
    };
    let stands_alone = match origin {
        Origin::Dsl => {
            "it is written `#[catch_all]` before the row's name, and the catch-all takes no braces"
        }
        Origin::Derive => {
            "it stands alone, as in `#[errtable(catch_all)]`, and the catch-all takes no entries"
        }
    };
    if key == "catch_all" {
        skipped(
            format!("`catch_all` is a marker, not an entry: {stands_alone}"),
            true,
        )
    } else if let Some(message) = table_option_in_a_row(key) {
        skipped(message, false)
    } else if previous == Some("rows") && key.starts_with(|c: char| c.is_ascii_uppercase()) {
        skipped(format!("the rows a variant stands for are joined with `|`, not `,`: write `rows: … | {key}`"), false)
    } else if let (Some(single @ ("kind" | "persistence")), true) =
        (previous, key.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        skipped(
            format!(
                "`{single}` takes one value, not a list: keep one, as in `{single}: {}`",
                example_value(single)
            ),
            false,
        )
    } else if previous.is_some_and(entry_key) && !key.contains(|c: char| c.is_ascii_lowercase()) {
        skipped(
            format!(
                "the other names of a code are joined with `|`, not `,`: write `NAME = 42 | {key}`"
            ),
            false,
        )
    } else if !misspelt_marker.is_empty() && alone {
        skipped(format!("unknown marker `{key}`{misspelt_marker}"), true)
    } else if !misspelt_marker.is_empty() {
        skipped(
            format!("unknown marker `{key}`{misspelt_marker} ({stands_alone})"),
            true,
        )
    } else if alone && origin == Origin::Derive && !is_entry_key(key, origin) {
        skipped(format!("unknown marker `{key}`; a variant takes `#[errtable(catch_all)]` or entries such as `#[errtable(message: \"…\")]`"), false)
    } else {
        NoColon {
            error: syn::Error::new(
                span,
                format!(
                    "expected `:` after `{key}`, as in `{key}: {}`",
                    example_value(key)
                ),
            ),
            skip: false,
            marker: false,
        }
    }
}

/// Whether `entries` make their variant a row: they give codes or `rows:`, which no
/// catch-all has (it may be given a message by mistake, but not codes).
pub fn make_a_row(entries: &[RawEntry]) -> bool {
    entries.iter().flat_map(|entry| &entry.keys).any(|key| {
        let name = key.to_string();
        name == "code" || name == "rows" || Platform::from_key(&name).is_some()
    })
}

/// Whether `key` names an entry a row of `origin` takes.
fn is_entry_key(key: &str, origin: Origin) -> bool {
    row_keys(origin).contains(&key) || Platform::from_key(key).is_some()
}

/// The error for a table option written among a row's entries, if `key` is one.
fn table_option_in_a_row(key: &str) -> Option<String> {
    if !super::options::OPTIONS.contains(&key) {
        return None;
    }
    let option = super::options::example(key);
    Some(format!("`{key}` is a table option, not an entry of a row: write it on the enum, as in `#[errtable({option})]` before `enum`"))
}

/// A value `key` could take, for hints.
fn example_value(key: &str) -> &'static str {
    match key {
        "kind" => "NotFound",
        "persistence" => "Transient",
        "message" | "description" => "\"…\"",
        "code" => "NAME = 42",
        "rows" => "ConnectionReset | ConnectionAborted",
        _ if Platform::from_key(key).is_some() => "ECONNREFUSED = 111",
        _ => "value",
    }
}

/// Keys are identifiers, keywords included, so that a stray `type:` gets a hint rather
/// than a syntax error.
fn parse_any_key(input: ParseStream) -> syn::Result<Ident> {
    use syn::ext::IdentExt;
    Ident::parse_any(input).map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a key such as `linux`, `kind` or `message`",
        )
    })
}

/// Reads every entry into `row`, reporting unknown, repeated and malformed ones (each
/// then left out).
pub fn apply_entries(
    entries: Vec<RawEntry>,
    row: &mut Row,
    (origin, variant): (Origin, &Ident),
    errors: &mut Errors,
) {
    let mut seen: HashMap<String, Span> = HashMap::new();
    for mut entry in entries {
        entry
            .keys
            .retain(|key| first_use(key, variant, &mut seen, errors));
        let known = entry.keys.iter().all(|key| is_known(key, origin, errors));
        if known && !entry.keys.is_empty() {
            apply_entry(&entry, row, errors);
        }
    }
}

/// Whether `key` is new in the row; a repeat is reported and then left out, so that
/// the row keeps its first value.
fn first_use(
    key: &Ident,
    variant: &Ident,
    seen: &mut HashMap<String, Span>,
    errors: &mut Errors,
) -> bool {
    let name = key.to_string();
    match seen.get(&name) {
        Some(&first) => {
            errors.duplicate(
                key.span(),
                first,
                format!("`{name}` is given twice in row `{variant}`; keep one"),
            );
            false
        }
        None => {
            seen.insert(name, key.span());
            true
        }
    }
}

/// Whether `key` is one a row takes; an unknown one is reported with the closest key.
fn is_known(key: &Ident, origin: Origin, errors: &mut Errors) -> bool {
    let name = name_of(key);
    let row_keys = row_keys(origin);
    if row_keys.contains(&name.as_str()) || Platform::from_key(&name).is_some() {
        return true;
    }
    if let Some(message) = table_option_in_a_row(&name) {
        errors.push(key.span(), message);
        return false;
    }
    let mut candidates = row_keys.to_vec();
    for platform in Platform::ALL {
        candidates.push(platform.key());
    }
    let hint = Platform::alias_hint(&name).unwrap_or_else(|| {
        match did_you_mean(&name, &candidates) {
            hint if !hint.is_empty() => hint,
            _ => {
                let (what, rows) = match origin {
                    Origin::Dsl => ("row", ""),
                    Origin::Derive => ("variant", "`rows` (the canonical rows it stands for), "),
                };
                let mut platforms = Vec::with_capacity(Platform::ALL.len());
                for platform in Platform::ALL {
                    platforms.push(platform.key());
                }
                format!(
                    "; a {what} takes {rows}`kind`, `persistence`, `message`, `description`, a platform ({}), or `code` in a table of its own codes",
                    crate::model::comma_list(&platforms)
                )
            }
        }
    });
    errors.push(key.span(), format!("unknown key `{name}`{hint}"));
    false
}

fn apply_entry(entry: &RawEntry, row: &mut Row, errors: &mut Errors) {
    let single = entry
        .keys
        .iter()
        .find(|key| SINGLE_KEYS.contains(&key.to_string().as_str()));
    if let (Some(key), true) = (single, entry.keys.len() > 1) {
        errors.push(key.span(), format!(
            "`{key}` takes an entry of its own: only platform keys share one with `|`, as in `linux | macos: …`"
        ));
        return;
    }
    let key = &entry.keys[0];
    match key.to_string().as_str() {
        "kind" => row.kind = parse_value(entry, errors, parse_kind),
        "persistence" => row.persistence = parse_value(entry, errors, parse_persistence),
        "message" => row.message = parse_value(entry, errors, parse_text),
        "description" => row.description = parse_value(entry, errors, parse_text),
        "rows" => {
            let members = parse_value(entry, errors, parse_members);
            row.members = Some(members.unwrap_or_default());
        }
        _ => apply_code_entry(entry, row, errors),
    }
}

fn apply_code_entry(entry: &RawEntry, row: &mut Row, errors: &mut Errors) {
    let Some(value) = parse_value(entry, errors, parse_code_value) else {
        return;
    };
    let id = row.codes.len();
    for key in &entry.keys {
        let name = name_of(key);
        let column = match Platform::from_key(&name) {
            Some(platform) => Column::Platform(platform),
            None => Column::Own,
        };
        row.codes.push(Code {
            column,
            column_span: key.span(),
            primary: value.primary.clone(),
            aliases: value.aliases.clone(),
            shares_with: value.shares_with.clone(),
            entry: id,
        });
    }
}

fn parse_value<T>(
    entry: &RawEntry,
    errors: &mut Errors,
    parser: fn(ParseStream) -> syn::Result<T>,
) -> Option<T> {
    if entry.value.is_empty() {
        let key = entry.keys[0].to_string();
        errors.push(
            entry.colon_span,
            format!(
                "`{key}` has no value after `:`; write `{key}: {}`",
                example_value(&key)
            ),
        );
        return None;
    }
    parser
        .parse2(entry.value.clone())
        .map_err(|e| errors.push_error(e))
        .ok()
}

/// Fails on tokens left after a value, saying so in the terms of `expected`.
fn expect_end(input: ParseStream, expected: &str) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    if input.peek(Ident) && input.peek2(Token![:]) {
        return Err(input.error("expected `,` between two entries"));
    }
    Err(input.error(format!("unexpected tokens; {expected}")))
}

/// The error for a value that ends right after `after` (whose span it takes): a parse
/// error at the end of the value would point at the whole invocation.
fn ends_after(input: ParseStream, after: Span, message: &str) -> syn::Result<()> {
    match input.is_empty() {
        true => Err(syn::Error::new(after, message)),
        false => Ok(()),
    }
}

/// `NotFound`, or the same as `ErrorKind::NotFound`, `io::ErrorKind::NotFound` or
/// `std::io::ErrorKind::NotFound`.
fn parse_kind(input: ParseStream) -> syn::Result<Ident> {
    let path: syn::Path = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected an io::ErrorKind variant, as in `kind: NotFound`",
        )
    })?;
    expect_end(
        input,
        "`kind` takes one io::ErrorKind variant, as in `kind: NotFound`",
    )?;
    let mut segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
    let Some(last) = segments.pop() else {
        return Err(syn::Error::new(
            syn::spanned::Spanned::span(&path),
            "expected an io::ErrorKind variant, as in `kind: NotFound`",
        ));
    };
    const PREFIX: [&str; 3] = ["std", "io", "ErrorKind"];
    let prefix_fits = segments.len() <= PREFIX.len()
        && segments
            .iter()
            .zip(&PREFIX[PREFIX.len() - segments.len()..])
            .all(|(segment, expected)| segment.ident == expected && segment.arguments.is_none())
        && (path.leading_colon.is_none() || segments.len() == PREFIX.len());
    if !prefix_fits || !last.arguments.is_none() {
        let name = &last.ident;
        return Err(syn::Error::new_spanned(
            &path,
            format!("expected an io::ErrorKind variant: write `{name}`, or `std::io::ErrorKind::{name}`"),
        ));
    }
    Ok(last.ident.clone())
}

/// `Transient`, or the same as `Persistence::Transient` or `errtable::Persistence::Transient`.
/// Which names are classes is validation's rule.
fn parse_persistence(input: ParseStream) -> syn::Result<Ident> {
    let expected = format!(
        "expected a persistence class ({}), as in `persistence: Transient`",
        crate::model::comma_list(&PERSISTENCES)
    );
    let path: syn::Path = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), &expected))?;
    expect_end(input, &expected)?;
    let mut segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
    let Some(last) = segments.pop() else {
        return Err(syn::Error::new(
            syn::spanned::Spanned::span(&path),
            "expected a persistence class, as in `persistence: Transient`",
        ));
    };
    let prefix_fits = match segments[..] {
        [] => path.leading_colon.is_none(),
        [ty] => ty.ident == "Persistence" && path.leading_colon.is_none(),
        [_, ty] => ty.ident == "Persistence",
        _ => false,
    };
    let plain = segments.iter().all(|segment| segment.arguments.is_none());
    if !prefix_fits || !plain || !last.arguments.is_none() {
        let name = &last.ident;
        return Err(syn::Error::new_spanned(
            &path,
            format!("expected a persistence class: write `{name}`, or `Persistence::{name}`"),
        ));
    }
    Ok(last.ident.clone())
}

fn parse_text(input: ParseStream) -> syn::Result<LitStr> {
    let text = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a string literal, as in `message: \"Connection refused\"`",
        )
    })?;
    expect_end(input, "the text is one string literal")?;
    Ok(text)
}

fn parse_members(input: ParseStream) -> syn::Result<Vec<Ident>> {
    let mut members = Vec::new();
    loop {
        let member: Ident = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the names of canonical rows, as in `rows: ConnectionReset | ConnectionAborted`",
            )
        })?;
        if member == "_" {
            return Err(syn::Error::new(
                member.span(),
                "expected the name of a canonical row, as in `rows: ConnectionReset`",
            ));
        }
        members.push(member);
        match input.parse::<Option<Token![|]>>()? {
            Some(bar) => ends_after(
                input,
                bar.span,
                "expected the name of a canonical row after `|`",
            )?,
            None => break,
        }
    }
    expect_end(input, "`rows` lists canonical rows by name, separated by `|`, as in `rows: ConnectionReset | ConnectionAborted`")?;
    Ok(members)
}

/// `NAME = 42 (| ALIAS (= 43)?)* (=> Row)?`
struct CodeValue {
    primary: Symbol,
    aliases: Vec<Symbol>,
    shares_with: Option<Ident>,
}

fn parse_code_value(input: ParseStream) -> syn::Result<CodeValue> {
    let primary = parse_symbol(input)?;
    if primary.number.is_none() {
        let name = &primary.name;
        return Err(syn::Error::new(
            name.span(),
            format!(
                "`{name}` needs its number, as in `{name} = 42`; only the other names after `|` may go without one"
            ),
        ));
    }
    let mut aliases = Vec::new();
    while let Some(bar) = input.parse::<Option<Token![|]>>()? {
        ends_after(
            input,
            bar.span,
            "expected another name after `|`, as in `EAGAIN = 11 | EWOULDBLOCK`",
        )?;
        aliases.push(parse_symbol(input)?);
    }
    let shares_with =
        match input.parse::<Option<Token![=>]>>()? {
            Some(arrow) => {
                ends_after(
                    input,
                    arrow.spans[0],
                    "expected the name of a row after `=>`",
                )?;
                Some(input.parse().map_err(|e| {
                    syn::Error::new(e.span(), "expected the name of a row after `=>`")
                })?)
            }
            None => None,
        };
    expect_end(input, "a code reads `NAME = 42`, with `| ALIAS` or `| ALIAS = 43` for other names and `=> Row` for a number shared with another row")?;
    Ok(CodeValue {
        primary,
        aliases,
        shares_with,
    })
}

fn parse_symbol(input: ParseStream) -> syn::Result<Symbol> {
    let name: Ident = input.parse().map_err(|e| {
        syn::Error::new(e.span(), "expected a symbolic name such as `ECONNREFUSED`")
    })?;
    let number = match input.parse::<Option<Token![=]>>()? {
        Some(eq) => {
            let message = format!("expected the number of `{name}` after `=`, as in `{name} = 42`");
            ends_after(input, eq.span, &message)?;
            Some(parse_number(input, &name)?)
        }
        None => None,
    };
    Ok(Symbol { name, number })
}

/// The number of the symbol `name`: an integer literal, maybe negative, that fits `i32`.
fn parse_number(input: ParseStream, name: &Ident) -> syn::Result<Number> {
    let minus: Option<Token![-]> = input.parse()?;
    if let Some(minus) = &minus {
        ends_after(input, minus.span, "expected a number after `-`")?;
    }
    // Parsing a `LitInt` consumes any literal, so the hint reads a fork taken before.
    let ahead = input.fork();
    let literal: LitInt = input
        .parse()
        .map_err(|e| not_an_integer(&ahead, name, e.span()))?;
    let span = literal.span();
    if !matches!(literal.suffix(), "" | "i32") {
        return Err(syn::Error::new(
            span,
            format!(
                "a code is an `i32`: write `{}` without the suffix `{}`",
                literal.base10_digits(),
                literal.suffix()
            ),
        ));
    }
    let sign = if minus.is_some() { "-" } else { "" };
    let digits = format!("{sign}{}", literal.base10_digits());
    let value = digits
        .parse::<i32>()
        .map_err(|_| too_big(&format!("{sign}{literal}"), &digits, span))?;
    Ok(Number { value, span })
}

/// The error for a number that is not an integer literal, with a hint for what it is.
fn not_an_integer(input: ParseStream, name: &Ident, span: Span) -> syn::Error {
    let hint = if input.peek(Ident) {
        "; the macro cannot see the value of a constant, so write the number itself".to_owned()
    } else if let Ok(Lit::Str(text)) = input.fork().parse::<Lit>() {
        let number = text.value().trim().parse::<i32>().unwrap_or(42);
        format!(", not a string: `{name} = {number}`")
    } else if let Ok(Lit::Float(float)) = input.fork().parse::<Lit>() {
        let whole = float
            .base10_digits()
            .trim_end_matches('0')
            .trim_end_matches('.');
        let number = whole.parse::<i32>().unwrap_or(42);
        format!(", not a float: `{name} = {number}`")
    } else {
        format!(", as in `{name} = 42`")
    };
    syn::Error::new(
        span,
        format!("expected an integer literal for `{name}`{hint}"),
    )
}

/// The error for a literal outside `i32`, suggesting the `i32` with the same bits where
/// there is one (a code such as `0x80004005` is an `i32` the OS prints as unsigned).
fn too_big(written: &str, digits: &str, span: Span) -> syn::Error {
    let message = match digits.parse::<u32>() {
        Ok(unsigned) => format!(
            "`{written}` does not fit in an `i32`, the type of a code; as an `i32` the same bits are `{}`: write that",
            i32::from_ne_bytes(unsigned.to_ne_bytes())
        ),
        Err(_) => format!(
            "`{written}` does not fit in an `i32`; a code is between {} and {}",
            i32::MIN,
            i32::MAX
        ),
    };
    syn::Error::new(span, message)
}
