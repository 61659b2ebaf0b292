//! `error_table! { … }` to model.

use super::{apply_entries, apply_table_options, default_krate, parse_entries};
use crate::errors::Errors;
use crate::model::{CatchAll, Row, Table};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{braced, token, Attribute, Ident, Token, Visibility};

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
    for variant in Punctuated::<Variant, Token![,]>::parse_terminated(&body)? {
        add_variant(&mut table, variant, errors);
    }
    Ok(table)
}

/// A row as written, before its entries are read.
struct Variant {
    attrs: Vec<Attribute>,
    ident: Ident,
    entries: Option<Vec<super::RawEntry>>,
}

impl syn::parse::Parse for Variant {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let ident: Ident = input.parse()?;
        let entries = if input.peek(token::Brace) {
            let body;
            braced!(body in input);
            Some(parse_entries(&body)?)
        } else if input.peek(token::Paren) {
            return Err(input.error("a row takes its entries in braces: `Row { message: \"…\" }`; the catch-all's field is implied"));
        } else {
            None
        };
        Ok(Variant {
            attrs,
            ident,
            entries,
        })
    }
}

fn add_variant(table: &mut Table, variant: Variant, errors: &mut Errors) {
    let (markers, attrs): (Vec<Attribute>, Vec<Attribute>) = variant
        .attrs
        .into_iter()
        .partition(|attr| attr.path().is_ident("catch_all"));
    match (markers.first(), variant.entries) {
        (Some(marker), entries) => {
            if let Err(error) = marker.meta.require_path_only() {
                errors.push_error(error);
            }
            if entries.is_some() {
                errors.push(variant.ident.span(), "the catch-all keeps codes no row lists, so it takes no entries; remove its `{ … }`");
            }
            add_catch_all(
                table,
                CatchAll {
                    attrs,
                    ident: variant.ident,
                    field: None,
                },
                errors,
            );
        }
        (None, entries) => {
            let mut row = Row {
                attrs,
                ident: variant.ident,
                codes: Vec::new(),
                kind: None,
                message: None,
                description: None,
            };
            match entries {
                Some(entries) => apply_entries(entries, &mut row, errors),
                None => errors.push(row.ident.span(), format_args!(
                    "row `{}` has no entries; write `{} {{ message: \"…\", … }}`, or mark it `#[catch_all]` to keep unlisted codes",
                    row.ident, row.ident
                )),
            }
            table.rows.push(row);
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
