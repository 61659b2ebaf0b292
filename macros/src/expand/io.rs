//! `kind()` and the conversions from and to `std::io::Error` (only with the runtime's
//! `std` feature, which the macros cannot see, so the runtime's `std_only!` decides).

use super::kind_of;
use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

pub fn expand(table: &Table) -> TokenStream {
    let krate = &table.krate;
    let kind = kind_fn(table);
    let from_io = (!table.is_custom()).then(|| from_io_error(table));
    let into_io = into_io_error(table);
    quote! {
        #krate::__private::std_only! {
            #kind
            #from_io
            #into_io
        }
    }
}

fn kind_fn(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let kinds = table.rows.iter().map(kind_of);
    let catch_all = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        if table.is_custom() {
            quote!(Self::#catch_all(..) => __Kind::Other,)
        } else {
            quote!(Self::#catch_all(ref unlisted) => unlisted.kind(),)
        }
    });
    quote! {
        use #krate::__private::io::ErrorKind as __Kind;

        const __KIND: [__Kind; __COUNT] = [#(__Kind::#kinds,)* __Kind::Other];

        impl #ident {
            /// The `std::io::ErrorKind` this row corresponds to.
            #[inline]
            #[must_use]
            #[allow(clippy::trivially_copy_pass_by_ref)]
            pub fn kind(&self) -> #krate::__private::io::ErrorKind {
                match *self {
                    #catch_all
                    _ => __KIND[__index(self)],
                }
            }
        }
    }
}

/// Decoding by raw code, else by kind where exactly one row has it (never by `Other`,
/// which says no more than "some error").
fn from_io_error(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let mut rows_by_kind: BTreeMap<String, Vec<&syn::Ident>> = BTreeMap::new();
    for row in &table.rows {
        rows_by_kind
            .entry(kind_of(row).to_string())
            .or_default()
            .push(&row.ident);
    }
    let kind_arms = rows_by_kind
        .iter()
        .filter(|(kind, rows)| rows.len() == 1 && *kind != "Other")
        .map(|(kind, rows)| {
            let kind = syn::Ident::new(kind, proc_macro2::Span::call_site());
            let row = rows[0];
            quote!(#krate::__private::io::ErrorKind::#kind => ::core::option::Option::Some(Self::#row),)
        });
    let total = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<&#krate::__private::io::Error> for #ident {
                /// Decodes the error; what no row lists is kept in the catch-all.
                #[inline]
                fn from(error: &#krate::__private::io::Error) -> Self {
                    match Self::from_io_error(error) {
                        ::core::option::Option::Some(row) => row,
                        ::core::option::Option::None => Self::#catch_all(#krate::__private::unlisted(error)),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#krate::__private::io::Error> for #ident {
                /// Decodes the error; what no row lists is kept in the catch-all.
                #[inline]
                fn from(error: #krate::__private::io::Error) -> Self {
                    Self::from(&error)
                }
            }
        }
    });
    let allow = super::allow_lints();
    quote! {
        #allow
        impl #ident {
            /// The row an `io::Error` stands for: by its raw OS code if it has one, the
            /// row itself if the error wraps one, otherwise by its kind where exactly one
            /// row has that kind.
            #[inline]
            #[must_use]
            pub fn from_io_error(error: &#krate::__private::io::Error) -> ::core::option::Option<Self> {
                if let ::core::option::Option::Some(code) = error.raw_os_error() {
                    return Self::from_raw_os_error(code);
                }
                // A row that became a custom error (no code here) comes back as itself.
                if let ::core::option::Option::Some(row) = #krate::__private::inner::<Self>(error) {
                    return __row(__index(row));
                }
                match error.kind() {
                    #(#kind_arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #total
    }
}

fn into_io_error(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let raw_os_error = if table.is_custom() {
        quote!(::core::option::Option::None)
    } else {
        quote!(value.raw_os_error())
    };
    let catch_all = match &table.catch_all {
        Some(catch_all) if !table.is_custom() => {
            let catch_all = &catch_all.ident;
            Some(quote!(#ident::#catch_all(unlisted) => unlisted.into_io_error(),))
        }
        _ => None,
    };
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#ident> for #krate::__private::io::Error {
            /// The OS's own error where this platform has a code for the row (so its kind
            /// and message stay), otherwise a custom error that wraps the value (`get_ref`).
            #[inline]
            fn from(value: #ident) -> Self {
                match value {
                    #catch_all
                    value => #krate::__private::into_io_error(#raw_os_error, value.kind(), value),
                }
            }
        }
    }
}
