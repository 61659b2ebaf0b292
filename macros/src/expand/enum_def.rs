//! The enum itself, for the DSL (the derive's user wrote it).

use crate::model::checked::{Definition, Table};
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(table: &Table) -> TokenStream {
    let Definition::Generated(generated) = &table.definition else {
        return TokenStream::new();
    };
    let attrs = &generated.attrs;
    let vis = &table.vis;
    let ident = &table.ident;
    // `Debug` is generated with the other capabilities (`info.rs`), not derived.
    let derives = generated.default_derives.then(|| {
        quote! {
            #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        }
    });
    let variants = generated.variants.iter().map(|variant| {
        let attrs = &variant.attrs;
        let ident = &variant.ident;
        let doc = variant
            .default_doc
            .as_ref()
            .map(|doc| quote!(#[doc = #doc]));
        let field = variant.field.as_ref().map(|field| quote!((#field)));
        quote!(#doc #(#attrs)* #ident #field,)
    });
    quote! {
        #(#attrs)*
        #derives
        #vis enum #ident {
            #(#variants)*
        }
    }
}
