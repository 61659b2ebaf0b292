//! `error_table! { … }` to model.

use super::{apply_entries, apply_table_options, default_krate, parse_entries, RawEntry};
use crate::errors::Errors;
use crate::model::{CatchAll, Row, Table};
use proc_macro2::{Span, TokenStream};
use std::collections::hash_map::{Entry, HashMap};
use syn::parse::{ParseStream, Parser};
use syn::{braced, parenthesized, token, Attribute, Ident, LitStr, Token, Visibility};

/// Parses a whole table. Mistakes inside rows go to `errors` and parsing goes on; only a
/// table whose shape cannot be read at all is an `Err`.
pub fn parse(input: proc_macro2::TokenStream, errors: &mut Errors) -> syn::Result<Table> {
    (|input: ParseStream| parse_table(input, errors)).parse2(input)
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
    let body;
    braced!(body in input);
    let mut table = Table {
        attrs: Vec::new(),
        vis,
        ident,
        krate: default_krate(),
        default_derives: true,
        user_defined: false,
        rows: Vec::new(),
        catch_all: None,
    };
    for attr in attrs {
        if attr.path().is_ident("errtable") {
            apply_table_options(&attr, &mut table, errors);
        } else {
            table.attrs.push(attr);
        }
    }
    // Every name defined so far: looking each new one up here keeps a table of n rows
    // at O(n) (comparing `Ident`s one by one is a string compare through the compiler).
    let mut defined = HashMap::new();
    while !body.is_empty() {
        let variant: Variant = body.parse()?;
        let name = variant.ident.to_string();
        add_variant(&mut table, variant, &mut defined, errors);
        if !body.is_empty() {
            body.parse::<Token![,]>().map_err(|e| {
                syn::Error::new(e.span(), format_args!("expected `,` after row `{name}`"))
            })?;
        }
    }
    Ok(table)
}

/// A row as written, before its entries are read.
struct Variant {
    attrs: Vec<Attribute>,
    ident: Ident,
    body: Body,
}

/// What follows a row's name.
enum Body {
    None,
    Entries(Vec<RawEntry>),
    /// Entries that do not parse: the error, reported once the row is known.
    Broken(syn::Error),
    /// `(…)`, tuple fields the DSL does not take, with their span.
    Parens(Span),
}

impl syn::parse::Parse for Variant {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let ident: Ident = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected a row, as in `Refused { linux: ECONNREFUSED = 111, message: \"…\" }`",
            )
        })?;
        let body = if input.peek(token::Brace) {
            let entries;
            braced!(entries in input);
            match parse_entries(&entries) {
                Ok(parsed) => Body::Entries(parsed),
                Err(error) => {
                    // Skipping the rest of the row lets the other rows be read.
                    entries.parse::<TokenStream>()?;
                    Body::Broken(error)
                }
            }
        } else if input.peek(token::Paren) {
            let fields;
            let paren = parenthesized!(fields in input);
            fields.parse::<TokenStream>()?;
            Body::Parens(paren.span.join())
        } else {
            Body::None
        };
        Ok(Variant { attrs, ident, body })
    }
}

fn add_variant(
    table: &mut Table,
    variant: Variant,
    defined: &mut HashMap<String, Span>,
    errors: &mut Errors,
) {
    let (markers, attrs) = split_attrs(variant.attrs, errors);
    let is_catch_all = !markers.is_empty();
    check_markers(&markers, errors);
    let mut row = Row::new(attrs, variant.ident);
    let errors_before = errors.count();
    match (variant.body, is_catch_all) {
        (Body::None, true) => {}
        (Body::None, false) => errors.push(row.ident.span(), format_args!(
            "row `{}` has no entries; write `{} {{ message: \"…\", … }}`, or mark it `#[catch_all]` to keep unlisted codes",
            row.ident, row.ident
        )),
        (Body::Parens(span), true) => errors.push(span, format_args!(
            "the catch-all's field is implied; write `{}` without `(…)`", row.ident
        )),
        (Body::Parens(span), false) => errors.push(span, format_args!(
            "a row takes its entries in braces, as in `{} {{ message: \"…\" }}`", row.ident
        )),
        (Body::Broken(error), _) => errors.push_error(error),
        (Body::Entries(_), true) => errors.push(row.ident.span(), "the catch-all keeps codes no row lists, so it takes no entries; remove its `{ … }`"),
        (Body::Entries(entries), false) => apply_entries(entries, &mut row, errors),
    }
    if errors.count() > errors_before && row.message.is_none() {
        // Whatever the broken body said, a missing message would only repeat it.
        row.message = Some(LitStr::new("", row.ident.span()));
    }
    if let Some(first) = earlier_definition(defined, &row.ident) {
        let message = format_args!("`{}` is defined twice; rename one of them", row.ident);
        errors.duplicate(row.ident.span(), first, message);
    } else if is_catch_all {
        let catch_all = CatchAll {
            attrs: row.attrs,
            ident: row.ident,
            field: None,
        };
        add_catch_all(table, catch_all, errors);
    } else {
        table.rows.push(row);
    }
}

/// The row's `#[catch_all]` markers apart from the attributes that pass through; the
/// derive's `#[errtable(…)]` is reported and dropped.
fn split_attrs(attrs: Vec<Attribute>, errors: &mut Errors) -> (Vec<Attribute>, Vec<Attribute>) {
    let mut markers = Vec::new();
    let mut rest = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("catch_all") {
            markers.push(attr);
        } else if attr.path().is_ident("errtable") {
            errors.push(attr.bracket_token.span.join(), "`#[errtable(…)]` is the derive's syntax; in `error_table!` a row's entries go in braces, as in `Refused { message: \"…\" }`, and the catch-all is marked `#[catch_all]`");
        } else {
            rest.push(attr);
        }
    }
    (markers, rest)
}

fn check_markers(markers: &[Attribute], errors: &mut Errors) {
    if let Some(syn::Meta::List(list)) = markers.first().map(|marker| &marker.meta) {
        errors.push(
            list.delimiter.span().join(),
            "`#[catch_all]` takes no arguments; write `#[catch_all]`",
        );
    }
    if let Some(syn::Meta::NameValue(value)) = markers.first().map(|marker| &marker.meta) {
        errors.push(
            value.eq_token.span,
            "`#[catch_all]` takes no value; write `#[catch_all]`",
        );
    }
    if let [first, second, ..] = markers {
        errors.duplicate(
            second.pound_token.span,
            first.pound_token.span,
            "`#[catch_all]` is given twice; keep one",
        );
    }
}

/// Where `ident` was defined before, if it was; otherwise records it as defined here.
fn earlier_definition(defined: &mut HashMap<String, Span>, ident: &Ident) -> Option<Span> {
    match defined.entry(ident.to_string()) {
        Entry::Occupied(first) => Some(*first.get()),
        Entry::Vacant(slot) => {
            slot.insert(ident.span());
            None
        }
    }
}

/// Records the catch-all; a second one is an error that points at both.
pub fn add_catch_all(table: &mut Table, catch_all: CatchAll, errors: &mut Errors) {
    match &table.catch_all {
        Some(first) => errors.duplicate(
            catch_all.ident.span(),
            first.ident.span(),
            format_args!(
                "a table has at most one catch-all, and `{}` already is one; make `{}` a row",
                first.ident, catch_all.ident
            ),
        ),
        None => table.catch_all = Some(catch_all),
    }
}
