//! A row's entries, `key: value` separated by commas, as the DSL's row body and the
//! derive's `#[errtable(…)]` attribute both write them.

use crate::errors::{did_you_mean, Errors};
use crate::model::{Code, Column, Number, Platform, Row, Symbol};
use proc_macro2::{Span, TokenStream, TokenTree};
use std::collections::HashMap;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Ident, LitInt, LitStr, Token};

/// One entry before its value is read: `linux | macos: ECONNREFUSED = 61`.
pub struct RawEntry {
    pub keys: Vec<Ident>,
    pub value: TokenStream,
    /// Span of the whole value, for errors about a missing or empty value.
    pub colon_span: Span,
}

const ROW_KEYS: [&str; 4] = ["code", "kind", "message", "description"];

/// Reads `key (| key)*: value, …` up to the end of `input`. Values are kept as tokens
/// so that a bad value is reported without stopping at the rest of the row.
pub fn parse_entries(input: ParseStream) -> syn::Result<Vec<RawEntry>> {
    let mut entries = Vec::new();
    while !input.is_empty() {
        let keys = Punctuated::<Ident, Token![|]>::parse_separated_nonempty_with(
            input,
            Ident::parse_any_key,
        )?;
        let colon: Token![:] = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `:` after the key, as in `message: \"…\"`",
            )
        })?;
        let mut value = TokenStream::new();
        while !input.is_empty() && !input.peek(Token![,]) {
            value.extend([input.parse::<TokenTree>()?]);
        }
        entries.push(RawEntry {
            keys: keys.into_iter().collect(),
            value,
            colon_span: colon.span,
        });
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(entries)
}

trait ParseAnyKey: Sized {
    fn parse_any_key(input: ParseStream) -> syn::Result<Self>;
}

impl ParseAnyKey for Ident {
    /// Keys are identifiers, keywords included, so that a stray `type:` gets a hint
    /// rather than a syntax error.
    fn parse_any_key(input: ParseStream) -> syn::Result<Ident> {
        use syn::ext::IdentExt;
        Ident::parse_any(input).map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected a key such as `linux`, `kind` or `message`",
            )
        })
    }
}

/// Reads every entry into `row`, reporting unknown, repeated and malformed ones.
pub fn apply_entries(entries: Vec<RawEntry>, row: &mut Row, errors: &mut Errors) {
    let mut seen: HashMap<String, Span> = HashMap::new();
    for entry in entries {
        for key in &entry.keys {
            let name = key.to_string();
            if let Some(first) = seen.insert(name.clone(), key.span()) {
                errors.duplicate(
                    key.span(),
                    first,
                    format_args!("`{name}` is given twice in row `{}`; keep one", row.ident),
                );
            }
        }
        apply_entry(entry, row, errors);
    }
}

fn apply_entry(entry: RawEntry, row: &mut Row, errors: &mut Errors) {
    let first = &entry.keys[0];
    match first.to_string().as_str() {
        "kind" | "message" | "description" if entry.keys.len() > 1 => {
            errors.push(
                entry.keys[1].span(),
                "only platform keys can be joined with `|`",
            );
        }
        "kind" => row.kind = parse_value(&entry, errors, parse_kind),
        "message" => row.message = parse_value(&entry, errors, parse_text),
        "description" => row.description = parse_value(&entry, errors, parse_text),
        _ => apply_code_entry(&entry, row, errors),
    }
}

fn apply_code_entry(entry: &RawEntry, row: &mut Row, errors: &mut Errors) {
    let columns: Vec<(Column, Span)> = entry
        .keys
        .iter()
        .filter_map(|key| column(key, errors))
        .collect();
    if columns.len() != entry.keys.len() {
        return;
    }
    let Some(value) = parse_value(entry, errors, parse_code_value) else {
        return;
    };
    for (column, column_span) in columns {
        row.codes.push(Code {
            column,
            column_span,
            primary: value.primary.clone(),
            aliases: value.aliases.clone(),
            decodes_to: value.decodes_to.clone(),
        });
    }
}

/// The column a key names, or an error that suggests the closest key.
fn column(key: &Ident, errors: &mut Errors) -> Option<(Column, Span)> {
    let name = key.to_string();
    if name == "code" {
        return Some((Column::Custom, key.span()));
    }
    if let Some(platform) = Platform::from_key(&name) {
        return Some((Column::Platform(platform), key.span()));
    }
    let candidates = Platform::ALL.iter().map(|p| p.key()).chain(ROW_KEYS);
    let hint = did_you_mean(&name, candidates);
    errors.push(key.span(), format_args!(
        "unknown key `{name}`{hint}\n  = help: a row takes `kind`, `message`, `description`, `code` for a table of its own codes, or a platform: windows, linux, linux_alpha, linux_mips, linux_parisc, linux_powerpc, linux_sparc, macos, freebsd"
    ));
    None
}

fn parse_value<T>(
    entry: &RawEntry,
    errors: &mut Errors,
    parser: fn(ParseStream) -> syn::Result<T>,
) -> Option<T> {
    if entry.value.is_empty() {
        errors.push(
            entry.colon_span,
            format_args!("`{}` has no value after `:`", entry.keys[0]),
        );
        return None;
    }
    parser
        .parse2(entry.value.clone())
        .map_err(|e| errors.push_error(e))
        .ok()
}

fn parse_kind(input: ParseStream) -> syn::Result<Ident> {
    let path: syn::Path = input.parse()?;
    // `ErrorKind::TimedOut` and `std::io::ErrorKind::TimedOut` read as `TimedOut`.
    path.segments
        .last()
        .map(|segment| segment.ident.clone())
        .ok_or_else(|| input.error("expected an io::ErrorKind variant"))
}

fn parse_text(input: ParseStream) -> syn::Result<LitStr> {
    input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a string literal, as in `message: \"Connection refused\"`",
        )
    })
}

/// `NAME = 42 (| ALIAS (= 43)?)* (=> Row)?`
struct CodeValue {
    primary: Symbol,
    aliases: Vec<Symbol>,
    decodes_to: Option<Ident>,
}

fn parse_code_value(input: ParseStream) -> syn::Result<CodeValue> {
    let primary = parse_symbol(input)?;
    if primary.number.is_none() {
        return Err(syn::Error::new(
            primary.name.span(),
            format_args!(
                "`{}` needs its number: `{} = 42`",
                primary.name, primary.name
            ),
        ));
    }
    let mut aliases = Vec::new();
    while input.parse::<Option<Token![|]>>()?.is_some() {
        aliases.push(parse_symbol(input)?);
    }
    let decodes_to = match input.parse::<Option<Token![=>]>>()? {
        Some(_) => Some(input.parse()?),
        None => None,
    };
    if !input.is_empty() {
        return Err(input.error("unexpected tokens; a code reads `NAME = 42`, with `| ALIAS` or `| ALIAS = 43` for other names and `=> Row` for a number shared with another row"));
    }
    Ok(CodeValue {
        primary,
        aliases,
        decodes_to,
    })
}

fn parse_symbol(input: ParseStream) -> syn::Result<Symbol> {
    let name: Ident = input.parse().map_err(|e| {
        syn::Error::new(e.span(), "expected a symbolic name such as `ECONNREFUSED`")
    })?;
    let number = match input.parse::<Option<Token![=]>>()? {
        Some(_) => Some(parse_number(input)?),
        None => None,
    };
    Ok(Symbol { name, number })
}

fn parse_number(input: ParseStream) -> syn::Result<Number> {
    let minus: Option<Token![-]> = input.parse()?;
    let literal: LitInt = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected an integer literal, as in `ECONNREFUSED = 111`",
        )
    })?;
    let span = literal.span();
    if !matches!(literal.suffix(), "" | "i32") {
        return Err(syn::Error::new(span, "a code is an `i32`; drop the suffix"));
    }
    let digits = format!(
        "{}{}",
        if minus.is_some() { "-" } else { "" },
        literal.base10_digits()
    );
    let value = digits.parse::<i32>().map_err(|_| {
        syn::Error::new(
            span,
            format_args!("`{digits}` does not fit in an `i32` code"),
        )
    })?;
    Ok(Number { value, span })
}
