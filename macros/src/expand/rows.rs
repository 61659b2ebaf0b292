//! The row index the other capabilities look their data up by: `__index(&value)` gives
//! a row's place in the table (the catch-all comes last), `__row(index)` the row back.

use crate::model::Table;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// How many slots the per-row arrays have: one per row, and one for the catch-all so
/// that every variant has a valid index.
pub fn count(table: &Table) -> usize {
    table.rows.len() + 1
}

pub fn expand(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let count = Literal::usize_unsuffixed(count(table));
    let rows: Vec<_> = table.rows.iter().map(|row| &row.ident).collect();
    let indices: Vec<_> = (0..rows.len()).map(Literal::usize_unsuffixed).collect();
    let catch_all = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        let index = Literal::usize_unsuffixed(rows.len());
        quote!(#ident::#catch_all(..) => #index,)
    });
    quote! {
        const __COUNT: ::core::primitive::usize = #count;

        #[inline]
        const fn __index(value: &#ident) -> ::core::primitive::usize {
            match *value {
                #(#ident::#rows => #indices,)*
                #catch_all
            }
        }

        #[inline]
        const fn __row(index: ::core::primitive::usize) -> ::core::option::Option<#ident> {
            match index {
                #(#indices => ::core::option::Option::Some(#ident::#rows),)*
                _ => ::core::option::Option::None,
            }
        }
    }
}
