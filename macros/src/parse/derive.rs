//! `#[derive(ErrorTable)]` input to model.

use super::{apply_entries, apply_table_options, default_krate, parse_entries};
use crate::errors::Errors;
use crate::model::{CatchAll, Row, Table};
use syn::{Attribute, Data, DeriveInput, Fields, LitStr};

pub fn parse(input: proc_macro2::TokenStream, errors: &mut Errors) -> syn::Result<Table> {
    let DeriveInput {
        attrs,
        vis,
        ident,
        generics,
        data,
    } = syn::parse2(input)?;
    let data = match data {
        Data::Enum(data) => data,
        Data::Struct(data) => return Err(not_an_enum(data.struct_token.span)),
        Data::Union(data) => return Err(not_an_enum(data.union_token.span)),
    };
    if let Some(param) = generics.params.first() {
        return Err(syn::Error::new_spanned(
            param,
            "an error table cannot be generic; remove the parameters",
        ));
    }
    let mut table = Table {
        attrs: Vec::new(),
        vis,
        ident,
        krate: default_krate(),
        default_derives: false,
        user_defined: true,
        rows: Vec::new(),
        catch_all: None,
    };
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("errtable")) {
        apply_table_options(attr, &mut table, errors);
    }
    for variant in data.variants {
        add_variant(&mut table, variant, errors);
    }
    Ok(table)
}

fn not_an_enum(span: proc_macro2::Span) -> syn::Error {
    syn::Error::new(
        span,
        "ErrorTable derives for enums only: one variant per row",
    )
}

fn add_variant(table: &mut Table, variant: syn::Variant, errors: &mut Errors) {
    let attrs: Vec<&Attribute> = variant
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("errtable"))
        .collect();
    if attrs.iter().any(|attr| is_catch_all(attr)) {
        add_catch_all(table, variant, errors);
        return;
    }
    if !matches!(variant.fields, Fields::Unit) {
        errors.push(syn::spanned::Spanned::span(&variant.fields), format_args!(
            "row `{}` cannot have fields; only the catch-all (`#[errtable(catch_all)]`) holds a value", variant.ident
        ));
    }
    let mut row = Row {
        attrs: Vec::new(),
        ident: variant.ident,
        codes: Vec::new(),
        kind: None,
        message: None,
        description: None,
    };
    for attr in attrs {
        match attr.parse_args_with(parse_entries) {
            Ok(entries) => apply_entries(entries, &mut row, errors),
            Err(error) => errors.push_error(error),
        }
    }
    if row.message.is_none() {
        row.message = doc_message(&variant.attrs);
    }
    table.rows.push(row);
}

fn is_catch_all(attr: &Attribute) -> bool {
    attr.parse_args::<syn::Ident>()
        .is_ok_and(|ident| ident == "catch_all")
}

fn add_catch_all(table: &mut Table, variant: syn::Variant, errors: &mut Errors) {
    let field = match variant.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            fields.unnamed.into_iter().next().map(|field| field.ty)
        }
        _ => {
            errors.push(variant.ident.span(), format_args!(
                "the catch-all holds what no row lists in one field: write `{}(errtable::Unlisted)`", variant.ident
            ));
            None
        }
    };
    let catch_all = CatchAll {
        attrs: Vec::new(),
        ident: variant.ident,
        field,
    };
    super::dsl::add_catch_all(table, catch_all, errors);
}

/// The doc comment as a message: its lines joined, trimmed, without a final period.
fn doc_message(attrs: &[Attribute]) -> Option<LitStr> {
    let mut lines = Vec::new();
    let mut span = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
        if let syn::Meta::NameValue(syn::MetaNameValue {
            value:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }),
            ..
        }) = &attr.meta
        {
            lines.push(text.value().trim().to_owned());
            span.get_or_insert(text.span());
        }
    }
    let joined = lines.join(" ");
    let message = joined.trim().trim_end_matches('.');
    (!message.is_empty())
        .then(|| LitStr::new(message, span.unwrap_or_else(proc_macro2::Span::call_site)))
}
