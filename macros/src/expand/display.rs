//! `Display` (the message; `{:#}` adds symbol and number) and `Error`.

use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let (symbol, code) = if table.is_custom() {
        (quote!(value.symbol()), quote!(value.code()))
    } else {
        (
            quote!(match #krate::__private::CURRENT { ::core::option::Option::Some(p) => value.symbol(p), ::core::option::Option::None => ::core::option::Option::None }),
            quote!(match #krate::__private::CURRENT { ::core::option::Option::Some(p) => value.code(p), ::core::option::Option::None => ::core::option::Option::None }),
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
                // `{:#}` out of line: plain `{}` then looks up neither symbol nor number
                // and is as cheap as a hand-written `write_str`.
                #[cold]
                fn alternate(value: &#ident, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #krate::__private::fmt_row(f, value.message(), #symbol, #code)
                }
                match *self {
                    #catch_all
                    _ if f.alternate() => alternate(self, f),
                    _ => #krate::__private::fmt_row(f, self.message(), ::core::option::Option::None, ::core::option::Option::None),
                }
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}
    }
}
