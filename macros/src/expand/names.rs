//! `from_name()` and `FromStr`: any symbol or alias of any column, or a variant's name.

use crate::model::Table;
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::collections::{BTreeMap, HashSet};

pub fn expand(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    // Matching on the length first leaves each string only a few candidates to compare.
    let by_length = names_by_length(table).into_iter().map(|(length, names)| {
        let arms = names.into_iter().map(|(name, index)| {
            let index = Literal::usize_unsuffixed(index);
            quote!(#name => #index,)
        });
        quote!(#length => match name { #(#arms)* _ => __COUNT },)
    });
    let allow = super::allow_lints();
    quote! {
        #allow
        impl #ident {
            /// The row a name stands for: a symbol or alias of any platform, or the
            /// variant's own name. Case matters.
            #[inline]
            #[must_use]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                __row(match name.len() {
                    #(#by_length)*
                    _ => __COUNT,
                })
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownName;

            #[inline]
            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_name(name) {
                    ::core::option::Option::Some(row) => ::core::result::Result::Ok(row),
                    ::core::option::Option::None => ::core::result::Result::Err(#krate::UnknownName),
                }
            }
        }
    }
}

/// Every name once, with its row's index (the first row to use a name keeps it), by
/// length.
fn names_by_length(table: &Table) -> BTreeMap<usize, Vec<(String, usize)>> {
    let mut seen = HashSet::new();
    let mut by_length: BTreeMap<usize, Vec<(String, usize)>> = BTreeMap::new();
    for (index, row) in table.rows.iter().enumerate() {
        let symbols = row
            .codes
            .iter()
            .flat_map(|code| code.symbols())
            .map(|s| s.name.to_string());
        for name in std::iter::once(row.ident.to_string()).chain(symbols) {
            if seen.insert(name.clone()) {
                by_length.entry(name.len()).or_default().push((name, index));
            }
        }
    }
    by_length
}
