//! `Display` (the message; `{:#}` adds symbol and number) and `Error`.

use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let (symbol, code) = if table.is_custom() {
        (quote!(self.symbol()), quote!(self.code()))
    } else {
        (
            quote!(match #krate::__private::CURRENT { ::core::option::Option::Some(p) => self.symbol(p), ::core::option::Option::None => ::core::option::Option::None }),
            quote!(match #krate::__private::CURRENT { ::core::option::Option::Some(p) => self.code(p), ::core::option::Option::None => ::core::option::Option::None }),
        )
    };
    let catch_all = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        if table.is_custom() {
            quote!(Self::#catch_all(code) => #krate::__private::fmt_unknown_code(f, code),)
        } else {
            quote!(Self::#catch_all(ref unlisted) => ::core::fmt::Display::fmt(unlisted, f),)
        }
    });
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self {
                    #catch_all
                    _ => #krate::__private::fmt_row(f, self.message(), #symbol, #code),
                }
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}
    }
}
