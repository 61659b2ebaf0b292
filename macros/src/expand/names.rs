//! `from_name()` and `FromStr`: any symbol or alias of any column, or a variant's name.

use crate::model::{Row, Table};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, HashSet};

pub fn expand(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    // Matching on the length first leaves each string only a few candidates to compare.
    let by_length = names_by_length(table).into_iter().map(|(length, names)| {
        let arms = names.into_iter().map(|(name, row)| {
            let row = &row.ident;
            quote!(#name => ::core::option::Option::Some(Self::#row),)
        });
        quote!(#length => match name { #(#arms)* _ => ::core::option::Option::None },)
    });
    let allow = super::allow_lints();
    quote! {
        #allow
        impl #ident {
            /// The row a name stands for: a symbol or alias of any platform, or the
            /// variant's own name. Case matters.
            #[must_use]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                match name.len() {
                    #(#by_length)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownName;

            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_name(name) {
                    ::core::option::Option::Some(row) => ::core::result::Result::Ok(row),
                    ::core::option::Option::None => ::core::result::Result::Err(#krate::UnknownName),
                }
            }
        }
    }
}

/// Every name once, with its row (the first row to use a name keeps it), by length.
fn names_by_length(table: &Table) -> BTreeMap<usize, Vec<(String, &Row)>> {
    let mut seen = HashSet::new();
    let mut by_length: BTreeMap<usize, Vec<(String, &Row)>> = BTreeMap::new();
    for row in &table.rows {
        let symbols = row
            .codes
            .iter()
            .flat_map(|code| code.symbols())
            .map(|s| s.name.to_string());
        for name in std::iter::once(row.ident.to_string()).chain(symbols) {
            if seen.insert(name.clone()) {
                by_length.entry(name.len()).or_default().push((name, row));
            }
        }
    }
    by_length
}
