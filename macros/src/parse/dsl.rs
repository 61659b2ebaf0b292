//! `error_table! { … }` to the written model.

use super::options::catch_all_on_the_enum;
use super::{
    adopt_catch_all_marked_on_the_enum, apply_entries, apply_table_options, make_a_row,
    parse_entries, Markers,
};
use crate::errors::{did_you_mean, Errors};
use crate::model::written::{Fields, Origin, Role, Row, Table, Variant};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{braced, parenthesized, token, Attribute, Ident, Token, Visibility};

/// Parses a whole table, reporting every mistake to `errors`; `None` if not even the
/// enum's header could be read.
pub fn parse(input: TokenStream, errors: &mut Errors) -> Option<Table> {
    let parsed = (|input: ParseStream| parse_table(input, errors)).parse2(input);
    parsed.map_err(|error| errors.push_error(error)).ok()
}

fn parse_table(input: ParseStream, errors: &mut Errors) -> syn::Result<Table> {
    let attrs = input.call(Attribute::parse_outer)?;
    let vis: Visibility = input.parse()?;
    input.parse::<Token![enum]>().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected `enum`: a table reads `pub enum Name { Row { … }, … }`",
        )
    })?;
    let ident: Ident = input.parse()?;
    no_generics(input, errors)?;
    let body;
    braced!(body in input);
    if !input.is_empty() {
        errors.push(
            input.span(),
            "unexpected tokens after the table; `error_table!` takes one enum",
        );
        input.parse::<TokenStream>()?;
    }
    let mut table = Table {
        origin: Origin::Dsl,
        attrs: Vec::new(),
        vis,
        ident,
        krate: None,
        no_default_derives: None,
        os_error_codes: None,
        no_serde: false,
        no_serde_when: Vec::new(),
        variants: Vec::new(),
        rows_left_out: false,
    };
    let mut seen_options = Vec::new();
    let mut catch_all_on_enum = None;
    for attr in attrs {
        if attr.path().is_ident("errtable") {
            let marker = apply_table_options(&attr, &mut table, &mut seen_options, errors);
            catch_all_on_enum = catch_all_on_enum.or(marker);
        } else if attr.path().is_ident("catch_all") {
            catch_all_on_the_enum(attr.path().span(), Origin::Dsl, errors);
            catch_all_on_enum = catch_all_on_enum.or(Some(attr.path().span()));
        } else if let Some(conditional) = conditional_no_serde(&attr, errors) {
            match conditional {
                Ok(predicate) => table.no_serde_when.push(predicate),
                // Reported: read as if written unconditionally, as the error says to,
                // so that the rest of the table is read as meant.
                Err(options) => {
                    for option in options {
                        let marker =
                            apply_table_options(&option, &mut table, &mut seen_options, errors);
                        catch_all_on_enum = catch_all_on_enum.or(marker);
                    }
                }
            }
        } else {
            table.attrs.push(attr);
        }
    }
    while !body.is_empty() {
        let name = match parse_variant(&body, errors) {
            Ok(Some(variant)) => {
                let name = variant.ident.to_string();
                table.variants.push(variant);
                Some(name)
            }
            Ok(None) => {
                table.rows_left_out = true;
                skip_row(&body)?;
                None
            }
            Err(error) => {
                errors.push_error(error);
                None
            }
        };
        skip_to_next_row(&body, name.as_deref(), errors)?;
    }
    if let Some(at) = catch_all_on_enum {
        adopt_catch_all_marked_on_the_enum(&mut table.variants, at);
    }
    Ok(table)
}

/// Reads generic parameters and a `where` clause after the enum's name, reporting them
/// once; the table is read on without them.
fn no_generics(input: ParseStream, errors: &mut Errors) -> syn::Result<()> {
    let generics: syn::Generics = input.parse()?;
    let where_clause: Option<syn::WhereClause> = input.parse()?;
    let first = generics
        .params
        .first()
        .map(Spanned::span)
        .or(where_clause.as_ref().map(|clause| clause.where_token.span));
    if let Some(span) = first {
        errors.push(span, super::NOT_GENERIC);
    }
    Ok(())
}

/// The predicate of `#[cfg_attr(pred, errtable(no_serde))]`, the one table option that
/// may depend on the configuration (the others decide what the table is). A `cfg_attr`
/// with any other `errtable` option is reported, and gives its `errtable` attributes;
/// one without passes through.
fn conditional_no_serde(
    attr: &Attribute,
    errors: &mut Errors,
) -> Option<Result<syn::Meta, Vec<Attribute>>> {
    if !attr.path().is_ident("cfg_attr") {
        return None;
    }
    let (predicate, attrs) = attr
        .parse_args_with(|input: ParseStream| {
            let predicate: syn::Meta = input.parse()?;
            input.parse::<Token![,]>()?;
            let attrs =
                syn::punctuated::Punctuated::<syn::Meta, Token![,]>::parse_terminated(input)?;
            Ok((predicate, attrs))
        })
        .ok()?;
    let errtable: Vec<&syn::Meta> = attrs
        .iter()
        .filter(|meta| meta.path().is_ident("errtable"))
        .collect();
    let first = errtable.first()?;
    let only_no_serde = attrs.len() == 1
        && matches!(first, syn::Meta::List(list) if list.tokens.to_string() == "no_serde");
    if !only_no_serde {
        errors.push(
            first.path().segments[0].ident.span(),
            "only `no_serde` can depend on the configuration, alone in its `cfg_attr`: write `#[cfg_attr(…, errtable(no_serde))]`, and the other table options unconditionally",
        );
        return Some(Err(errtable
            .iter()
            .map(|meta| syn::parse_quote!(#[#meta]))
            .collect()));
    }
    Some(Ok(predicate))
}

/// Reads the `,` after a row. Anything else is reported and skipped up to the next `,`
/// (or, for a missing comma, up to where the next row starts), so that the rows after a
/// mistake are read too.
fn skip_to_next_row(body: ParseStream, row: Option<&str>, errors: &mut Errors) -> syn::Result<()> {
    if body.is_empty() || body.parse::<Option<Token![,]>>()?.is_some() {
        return Ok(());
    }
    let starts_row = body.peek(Token![#]) || (body.peek(Ident) && !body.peek2(Token![:]));
    if let (true, Some(row)) = (starts_row, row) {
        errors.push(body.span(), format!("expected `,` after row `{row}`"));
        return Ok(());
    }
    errors.push(body.span(), "unexpected tokens; rows are separated by `,`");
    while !body.is_empty() && body.parse::<Option<Token![,]>>()?.is_none() {
        body.parse::<TokenTree>()?;
    }
    Ok(())
}

/// Skips what is left of a row whose name could not be read, up to its `,`.
fn skip_row(body: ParseStream) -> syn::Result<()> {
    while !body.is_empty() && !body.peek(Token![,]) {
        body.parse::<TokenTree>()?;
    }
    Ok(())
}

/// The row's name; a keyword or anything else that cannot name a variant is reported
/// (once: the caller skips the rest of the row).
fn row_name(input: ParseStream, errors: &mut Errors) -> Option<Ident> {
    use syn::ext::IdentExt;
    if let Ok(ident) = input.parse::<Ident>() {
        return Some(ident);
    }
    let Ok(keyword) = Ident::parse_any(input) else {
        errors.push(
            input.span(),
            "expected a row, as in `Refused { linux: ECONNREFUSED = 111, message: \"…\" }`",
        );
        return None;
    };
    let name = keyword.to_string();
    let message = match name.as_str() {
        "Self" | "self" | "super" | "crate" | "_" => {
            format!("`{name}` cannot name a row; choose another name")
        }
        _ => format!("`{name}` is a keyword and cannot name a row as it is: write `r#{name}`, or choose another name"),
    };
    errors.push(keyword.span(), message);
    None
}

fn parse_variant(input: ParseStream, errors: &mut Errors) -> syn::Result<Option<Variant>> {
    let attrs = input.call(Attribute::parse_outer)?;
    let Some(ident) = row_name(input, errors) else {
        return Ok(None);
    };
    let errors_before = errors.count();
    let (mut markers, attrs) = split_attrs(attrs, errors);
    let mut fields = Fields::Unit;
    let mut row = Row::default();
    let mut body = None;
    let mut makes_row = false;
    if input.peek(token::Brace) {
        let entries;
        let brace = braced!(entries in input);
        body = Some(brace.span.join());
        // A catch-all takes no entries: validation says so, without reading them.
        if markers.right.is_empty() {
            match parse_entries(&entries, Origin::Dsl, errors) {
                Ok(parsed) => {
                    markers.among(&parsed);
                    makes_row = make_a_row(&parsed.entries);
                    body = body.filter(|_| !parsed.entries.is_empty());
                    if makes_row || markers.wrong.is_empty() {
                        apply_entries(parsed.entries, &mut row, (Origin::Dsl, &ident), errors);
                    }
                }
                // The rest of the row is skipped; the rows after it are read.
                Err(error) => {
                    markers.among_entries = true;
                    errors.push_error(error);
                }
            }
        }
        entries.parse::<TokenStream>()?;
    } else if input.peek(token::Paren) {
        let inner;
        let paren = parenthesized!(inner in input);
        inner.parse::<TokenStream>()?;
        fields = Fields::Other(paren.span.join());
    }
    let role = match markers.catch_all(makes_row, body) {
        Some(marks) => Role::CatchAll(marks),
        None => Role::Row(row),
    };
    Ok(Some(Variant {
        attrs,
        ident,
        fields,
        role,
        broken: errors.count() > errors_before,
    }))
}

/// The row's `#[catch_all]` markers apart from the attributes that pass through. A
/// malformed or misspelt marker, and the derive's `#[errtable(…)]`, are reported, and
/// count as wrong markers (the latter if it names `catch_all`).
fn split_attrs(attrs: Vec<Attribute>, errors: &mut Errors) -> (Markers, Vec<Attribute>) {
    let mut markers = Markers::default();
    let mut rest = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("catch_all") {
            match malformed_marker(&attr) {
                Some((span, message)) => {
                    errors.push(span, message);
                    markers.wrong.push(attr.pound_token.span);
                }
                None => markers.right.push(attr.pound_token.span),
            }
        } else if let Some(message) = misspelt_marker(&attr) {
            // Passed through, rustc would report it again.
            errors.push(attr.path().span(), message);
            markers.wrong.push(attr.path().span());
        } else if attr.path().is_ident("errtable") {
            errors.push(attr.bracket_token.span.join(), "`#[errtable(…)]` is the derive's syntax; in `error_table!` a row's entries go in braces, as in `Refused { message: \"…\" }`, and the catch-all is marked `#[catch_all]`");
            let text = quote::ToTokens::to_token_stream(&attr.meta).to_string();
            if text.contains("catch_all") {
                markers.wrong.push(attr.path().span());
            }
        } else {
            rest.push(attr);
        }
    }
    (markers, rest)
}

/// The error for a `#[catch_all]` with arguments or a value, where it is.
fn malformed_marker(marker: &Attribute) -> Option<(Span, &'static str)> {
    match &marker.meta {
        syn::Meta::List(list) => Some((
            list.delimiter.span().join(),
            "`#[catch_all]` takes no arguments; write `#[catch_all]`",
        )),
        syn::Meta::NameValue(value) => Some((
            value.eq_token.span,
            "`#[catch_all]` takes no value; write `#[catch_all]`",
        )),
        syn::Meta::Path(_) => None,
    }
}

/// The error for an attribute whose name is a misspelt `catch_all`, if it is one.
fn misspelt_marker(attr: &Attribute) -> Option<String> {
    let name = attr.path().get_ident()?.to_string();
    let hint = did_you_mean(&name, &["catch_all"]);
    (!hint.is_empty()).then(|| format!("unknown attribute `{name}`{hint}"))
}
