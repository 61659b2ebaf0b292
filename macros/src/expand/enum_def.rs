//! The enum itself, for the DSL (the derive's user wrote it).

use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(table: &Table) -> TokenStream {
    if table.user_defined {
        return TokenStream::new();
    }
    let attrs = &table.attrs;
    let vis = &table.vis;
    let ident = &table.ident;
    let derives = table.default_derives.then(|| {
        quote! {
            #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::fmt::Debug)]
        }
    });
    let rows = table.rows.iter().map(|row| {
        let attrs = &row.attrs;
        let ident = &row.ident;
        let default_doc = match (has_doc(attrs), &row.message) {
            (false, Some(message)) => Some(quote!(#[doc = #message])),
            _ => None,
        };
        quote!(#default_doc #(#attrs)* #ident,)
    });
    let catch_all = table.catch_all.as_ref().map(|catch_all| {
        let attrs = &catch_all.attrs;
        let ident = &catch_all.ident;
        let field = catch_all_field(table);
        let default_doc = (!has_doc(attrs))
            .then(|| quote!(#[doc = "A code the table does not list, kept as it came."]));
        quote!(#default_doc #(#attrs)* #ident(#field),)
    });
    quote! {
        #(#attrs)*
        #derives
        #vis enum #ident {
            #(#rows)*
            #catch_all
        }
    }
}

/// The catch-all's field: the user's type, or what the kind of table needs.
pub fn catch_all_field(table: &Table) -> TokenStream {
    let krate = &table.krate;
    match table.catch_all.as_ref().and_then(|c| c.field.as_ref()) {
        Some(field) => quote!(#field),
        None if table.is_custom() => quote!(::core::primitive::i32),
        None => quote!(#krate::Unlisted),
    }
}

fn has_doc(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| attr.path().is_ident("doc"))
}
