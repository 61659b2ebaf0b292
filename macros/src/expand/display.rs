//! `Display` (the message; for a table with codes `{:#}` adds symbol and number) and
//! `Error`.

use super::codes::SYMBOL_OF;
use super::data::{CODE, INDEX, MESSAGE};
use super::os_codes::OS_CODES_CURRENT;
use super::{Ctx, Output};
use crate::model::checked::Shape;
use quote::quote;

pub fn expand(ctx: &Ctx) -> Output {
    let ident = &ctx.table.ident;
    let private = &ctx.private;
    let catch_all = ctx.catch_all();
    let (kept, code, unlisted) = (
        ctx.kept(quote!(kept)),
        ctx.kept_copy("code"),
        ctx.kept(quote!(unlisted)),
    );
    let (catch_all, alternate) = match &ctx.table.shape {
        Shape::Group => (
            catch_all.map(|c| quote!(Self::#c(ref kept) => ::core::fmt::Display::fmt(#kept, f),)),
            None,
        ),
        Shape::OwnCodes => (
            catch_all.map(|c| {
                let (binding, code) = &code;
                quote!(Self::#c(#binding) => #private::fmt_unknown_code(f, #code),)
            }),
            Some(quote!(#SYMBOL_OF(#INDEX(value)), #CODE(#INDEX(value)))),
        ),
        Shape::OsCodes(_) => (
            catch_all.map(
                |c| quote!(Self::#c(ref unlisted) => ::core::fmt::Display::fmt(#unlisted, f),),
            ),
            Some(quote! {
                match #OS_CODES_CURRENT { ::core::option::Option::Some(p) => #SYMBOL_OF(#INDEX(value), p), ::core::option::Option::None => ::core::option::Option::None },
                match #OS_CODES_CURRENT { ::core::option::Option::Some(p) => #CODE(#INDEX(value), p), ::core::option::Option::None => ::core::option::Option::None }
            }),
        ),
    };
    let alternate = alternate.map(|arguments| {
        quote! {
            _ if ::core::fmt::Formatter::alternate(f) => {
                // `{:#}` out of line: plain `{}` then looks up neither symbol nor number
                // and is as cheap as a hand-written `write_str`.
                #[cold]
                fn alternate(value: &#ident, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #private::fmt_row(f, #MESSAGE(#INDEX(value)), #arguments)
                }
                alternate(self, f)
            }
        }
    });
    let body = super::match_or(
        quote!(*self),
        quote!(#catch_all #alternate),
        quote!(#private::fmt_row(f, #MESSAGE(#INDEX(self)), ::core::option::Option::None, ::core::option::Option::None)),
    );
    let items = quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }

        #[automatically_derived]
        impl #private::Error for #ident {}
    };
    Output {
        methods: quote!(),
        items,
    }
}
