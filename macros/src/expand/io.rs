//! `kind()` and the conversions from and to `std::io::Error`, with the runtime's `std`
//! feature only (which the macros cannot see, so the runtime's `std_only!` decides).

use super::{Ctx, Output};
use crate::model::checked::{Entries, Shape};
use crate::model::CANONICAL;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

pub fn expand(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let Output { methods, items } = match ctx.table.shape {
        Shape::OsCodes(_) => os_codes(ctx),
        Shape::OwnCodes => own_codes(ctx),
        Shape::Group => group(ctx),
    };
    Output {
        methods: quote!(#private::std_only! { #methods }),
        items: quote!(#private::std_only! { #items }),
    }
}

/// `kind()` of a table with codes: the row's, or the catch-all's.
fn kind(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let catch_all = ctx.catch_all().map(|catch_all| match ctx.is_own() {
        true => quote!(Self::#catch_all(..) => #private::io::ErrorKind::Other,),
        false => quote!(Self::#catch_all(ref unlisted) => unlisted.kind(),),
    });
    quote! {
        /// The `std::io::ErrorKind` this row corresponds to.
        #[inline]
        #[must_use]
        pub fn kind(&self) -> #private::io::ErrorKind {
            match *self {
                #catch_all
                _ => __KIND[__index(self)],
            }
        }
    }
}

/// `From<Table> for io::Error`: the OS's own error where this platform has a code for
/// the row (so its kind and message stay), otherwise a custom error wrapping the value.
fn into_io_error(
    ctx: &Ctx,
    raw_os_error: TokenStream,
    catch_all: Option<TokenStream>,
) -> TokenStream {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#ident> for #private::io::Error {
            /// The OS's own error where this platform has a code for the row (so its kind
            /// and message stay), otherwise a custom error that wraps the value (`get_ref`).
            #[inline]
            fn from(value: #ident) -> Self {
                match value {
                    #catch_all
                    value => #private::into_io_error(#raw_os_error, value.kind(), value),
                }
            }
        }
    }
}

fn own_codes(ctx: &Ctx) -> Output {
    Output {
        methods: kind(ctx),
        items: into_io_error(ctx, quote!(::core::option::Option::None), None),
    }
}

/// Decoding by raw code, else by kind where exactly one row has it (never by `Other`,
/// which says no more than "some error").
fn os_codes(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let mut rows_by_kind: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, row) in ctx.table.rows.iter().enumerate() {
        if let Entries::Codes { kind, .. } = &row.entries {
            rows_by_kind
                .entry(kind.to_string())
                .or_default()
                .push(index);
        }
    }
    let kind_arms = rows_by_kind
        .iter()
        .filter(|(kind, rows)| rows.len() == 1 && *kind != "Other")
        .map(|(kind, rows)| {
            let kind = format_ident!("{}", kind);
            let index = super::usize_lit(rows[0]);
            quote!(#private::io::ErrorKind::#kind => __row(#index),)
        });
    let from_io_error = quote! {
        fn __from_io_error(error: &#private::io::Error) -> ::core::option::Option<#ident> {
            if let ::core::option::Option::Some(code) = error.raw_os_error() {
                return match #private::CURRENT {
                    ::core::option::Option::Some(platform) => __decode(platform, code),
                    ::core::option::Option::None => ::core::option::Option::None,
                };
            }
            // A row that became a custom error (no code here) comes back as itself.
            if let ::core::option::Option::Some(row) = #private::inner::<#ident>(error) {
                return __row(__index(row));
            }
            match error.kind() {
                #(#kind_arms)*
                _ => ::core::option::Option::None,
            }
        }
    };
    let mut methods = kind(ctx);
    methods.extend(quote! {
        /// The row an `io::Error` stands for: by its raw OS code if it has one, the
        /// row itself if the error wraps one, otherwise by its kind where exactly one
        /// row has that kind.
        #[inline]
        #[must_use]
        pub fn from_io_error(error: &#private::io::Error) -> ::core::option::Option<Self> {
            __from_io_error(error)
        }
    });
    let total = ctx.table.catch_all.as_ref().map(|_| {
        let kept = ctx.keep(quote!(#private::unlisted(error)));
        let kept_code = ctx.keep(quote!(#private::Unlisted::from_raw_os_error(code)));
        quote! {
            // An error without an OS code is rare: out of line, so that the common path
            // decodes the code once, inline.
            #[cold]
            fn __from_io_error_without_code(error: &#private::io::Error) -> #ident {
                match __from_io_error(error) {
                    ::core::option::Option::Some(row) => row,
                    ::core::option::Option::None => #kept,
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<&#private::io::Error> for #ident {
                /// Decodes the error; what no row lists is kept in the catch-all.
                #[inline]
                fn from(error: &#private::io::Error) -> Self {
                    match error.raw_os_error() {
                        ::core::option::Option::Some(code) => match #private::CURRENT {
                            ::core::option::Option::Some(platform) => match __decode(platform, code) {
                                ::core::option::Option::Some(row) => row,
                                ::core::option::Option::None => #kept_code,
                            },
                            ::core::option::Option::None => #kept_code,
                        },
                        ::core::option::Option::None => __from_io_error_without_code(error),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#private::io::Error> for #ident {
                /// Decodes the error; what no row lists is kept in the catch-all.
                #[inline]
                fn from(error: #private::io::Error) -> Self {
                    <Self as ::core::convert::From<&#private::io::Error>>::from(&error)
                }
            }
        }
    });
    let into_catch_all = ctx
        .catch_all()
        .map(|c| quote!(#ident::#c(unlisted) => unlisted.into_io_error(),));
    let mut items = from_io_error;
    items.extend(total);
    items.extend(into_io_error(
        ctx,
        quote!(value.raw_os_error()),
        into_catch_all,
    ));
    Output { methods, items }
}

/// A group decodes an `io::Error` as the canonical table does, then groups it; its
/// `io::Error` is its canonical value's.
fn group(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let canonical = format_ident!("{}", CANONICAL);
    let canonical = quote!(#private::#canonical);
    let io = quote!(#private::io);
    let kinds = ctx.table.rows.iter().map(|row| {
        let variant = &row.ident;
        match &row.entries {
            Entries::Members {
                kind: Some(kind), ..
            } => quote!(Self::#variant => #io::ErrorKind::#kind,),
            _ => quote!(Self::#variant => self.os_error().kind(),),
        }
    });
    let kind_of_catch_all = ctx
        .catch_all()
        .map(|c| quote!(Self::#c(ref kept) => kept.kind(),));
    let rest = ctx.rest(quote!(#io::ErrorKind::Other));
    let methods = quote! {
        /// The `std::io::ErrorKind`: the variant's `kind` if it gives one, else
        /// that of its first row; for the catch-all, the kept row's.
        #[inline]
        #[must_use]
        pub fn kind(&self) -> #io::ErrorKind {
            match *self {
                #(#kinds)*
                #kind_of_catch_all
                #rest
            }
        }

        /// The variant an `io::Error` stands for, decoded as the canonical table
        /// decodes it: with a catch-all always one, without it `None` for an error
        /// no variant lists.
        #[inline]
        #[must_use]
        pub fn from_io_error(error: &#io::Error) -> ::core::option::Option<Self> {
            __from_os_error(<#canonical as ::core::convert::From<&#io::Error>>::from(error))
        }
    };
    let from_io = match ctx.table.catch_all {
        Some(_) => quote! {
            #[automatically_derived]
            impl ::core::convert::From<&#io::Error> for #ident {
                /// Decodes the error as the canonical table does, then groups it.
                #[inline]
                fn from(error: &#io::Error) -> Self {
                    let row = <#canonical as ::core::convert::From<&#io::Error>>::from(error);
                    <Self as ::core::convert::From<#canonical>>::from(row)
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#io::Error> for #ident {
                /// Decodes the error as the canonical table does, then groups it.
                #[inline]
                fn from(error: #io::Error) -> Self {
                    <Self as ::core::convert::From<&#io::Error>>::from(&error)
                }
            }
        },
        None => quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#io::Error> for #ident {
                type Error = #io::Error;

                /// The variant that lists the error's canonical row; an error no variant
                /// lists comes back unchanged.
                #[inline]
                fn try_from(error: #io::Error) -> ::core::result::Result<Self, #io::Error> {
                    let row = <#canonical as ::core::convert::From<&#io::Error>>::from(&error);
                    match __from_os_error(row) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(error),
                    }
                }
            }
        },
    };
    let items = quote! {
        #from_io

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #io::Error {
            /// The canonical value's `io::Error` (see `os_error`): the OS's own error
            /// where this platform has a code for it.
            #[inline]
            fn from(value: #ident) -> Self {
                <#io::Error as ::core::convert::From<#canonical>>::from(value.os_error())
            }
        }
    };
    Output { methods, items }
}
