//! A derived enum whose variants stand for rows of the canonical table (`rows: A | B`)
//! gets conversions from and to the canonical value and `io::Error`, its messages, kinds
//! and the members' codes, instead of the code tables of the other files.
//!
//! A unit variant does not keep which of its rows it was decoded from, so where one
//! value is needed (the canonical value, the `io::Error`, the kind) it stands for its
//! first row. The catch-all keeps the canonical value itself and reads as it.
//!
//! The macro cannot see the canonical table: each member is emitted as a path
//! `OsError::Name` with the user's span, so rustc checks the names and points at a
//! misspelt one, with its own suggestion of the closest variant.

use super::kind_of;
use crate::model::{Row, Table, CANONICAL, CANONICAL_CATCH_ALL};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn expand(table: &Table) -> TokenStream {
    if table.rows.iter().any(|row| members(row).next().is_none()) {
        // Reported by validation; there is no canonical value to give such a variant.
        return TokenStream::new();
    }
    let mut tokens = info(table);
    tokens.extend(from_canonical(table));
    tokens.extend(display(table));
    tokens.extend(io(table));
    tokens
}

fn canonical(table: &Table) -> TokenStream {
    let krate = &table.krate;
    let canonical = format_ident!("{}", CANONICAL);
    quote!(#krate::#canonical)
}

/// The members that can be rows: the canonical catch-all, reported by validation, is
/// left out.
fn members(row: &Row) -> impl Iterator<Item = &syn::Ident> {
    row.members
        .iter()
        .filter(|member| *member != CANONICAL_CATCH_ALL)
}

fn member_paths(table: &Table, row: &Row) -> Vec<TokenStream> {
    let canonical = canonical(table);
    members(row)
        .map(|member| quote!(#canonical::#member))
        .collect()
}

/// The first member, which a unit variant stands for where one value is needed.
fn first_member(table: &Table, row: &Row) -> TokenStream {
    member_paths(table, row)
        .into_iter()
        .next()
        .unwrap_or_default()
}

fn info(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let canonical = canonical(table);
    let rows: Vec<_> = table.rows.iter().map(|row| &row.ident).collect();
    let names = rows.iter().map(ToString::to_string);
    let messages = table.rows.iter().map(|row| match &row.message {
        Some(message) => quote!(#message),
        None => quote!(""),
    });
    let descriptions = table.rows.iter().map(|row| match &row.description {
        Some(description) => quote!(::core::option::Option::Some(#description)),
        None => quote!(::core::option::Option::None),
    });
    let members = table.rows.iter().map(|row| {
        let paths = member_paths(table, row);
        quote!(&[#(#paths),*])
    });
    let firsts = table.rows.iter().map(|row| first_member(table, row));
    let catch_all = table.catch_all.as_ref().map(|catch_all| &catch_all.ident);
    let catch_all_name = catch_all.map(|ident| {
        let name = ident.to_string();
        quote!(Self::#ident(..) => #name,)
    });
    let catch_all_message = catch_all.map(|ident| quote!(Self::#ident(ref row) => row.message(),));
    let catch_all_description =
        catch_all.map(|ident| quote!(Self::#ident(ref row) => row.description(),));
    let catch_all_members =
        catch_all.map(|ident| quote!(Self::#ident(ref row) => ::core::slice::from_ref(row),));
    let catch_all_os_error = catch_all.map(|ident| quote!(Self::#ident(row) => row,));
    let allow = super::allow_lints();
    quote! {
        #allow
        impl #ident {
            /// Every variant that stands for canonical rows, in declaration order (the
            /// catch-all is not one).
            pub const ALL: &'static [Self] = &[#(Self::#rows),*];

            /// The variant's name, as the enum writes it.
            #[must_use]
            pub const fn name(&self) -> &'static ::core::primitive::str {
                match *self {
                    #(Self::#rows => #names,)*
                    #catch_all_name
                }
            }

            /// The short message that `Display` prints; the catch-all's is the kept row's.
            #[must_use]
            pub const fn message(&self) -> &'static ::core::primitive::str {
                match *self {
                    #(Self::#rows => #messages,)*
                    #catch_all_message
                }
            }

            /// The longer description, where the variant (or the kept row) gives one.
            #[must_use]
            pub const fn description(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match *self {
                    #(Self::#rows => #descriptions,)*
                    #catch_all_description
                }
            }

            /// The canonical rows this variant stands for, in the order listed; for the
            /// catch-all, the one it keeps.
            #[must_use]
            pub const fn members(&self) -> &[#canonical] {
                match *self {
                    #(Self::#rows => #members,)*
                    #catch_all_members
                }
            }

            /// The canonical value: the one the catch-all keeps, or else the first row
            /// the variant lists (a unit variant does not keep which of its rows it was).
            #[must_use]
            pub const fn os_error(&self) -> #canonical {
                match *self {
                    #(Self::#rows => #firsts,)*
                    #catch_all_os_error
                }
            }

            /// The codes on `platform` of the rows this variant stands for, in the order
            /// listed; rows without a code there are left out.
            pub fn codes(&self, platform: #krate::Platform) -> impl ::core::iter::Iterator<Item = ::core::primitive::i32> + '_ {
                ::core::iter::Iterator::filter_map(self.members().iter(), move |row| row.code(platform))
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #canonical {
            /// The canonical value, as `os_error()` gives it.
            fn from(value: #ident) -> Self {
                value.os_error()
            }
        }
    }
}

/// `match row { A | B => wrap(Self::X), …, rest }` over the canonical value `row`.
fn match_members(
    table: &Table,
    wrap: impl Fn(TokenStream) -> TokenStream,
    rest: &TokenStream,
) -> TokenStream {
    let arms = table.rows.iter().map(|row| {
        let paths = member_paths(table, row);
        let ident = &row.ident;
        let value = wrap(quote!(Self::#ident));
        quote!(#(#paths)|* => #value,)
    });
    quote!(match row { #(#arms)* #rest })
}

fn from_canonical(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let canonical = canonical(table);
    let some = |value: TokenStream| quote!(::core::option::Option::Some(#value));
    let rest = match &table.catch_all {
        Some(catch_all) => {
            let catch_all = &catch_all.ident;
            quote!(row => ::core::option::Option::Some(Self::#catch_all(row)),)
        }
        None => quote!(_ => ::core::option::Option::None,),
    };
    let from_os_error = match_members(table, some, &rest);
    let total = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        let total = match_members(table, |value| value, &quote!(row => Self::#catch_all(row),));
        quote! {
            #[automatically_derived]
            #[allow(unreachable_patterns)]
            impl ::core::convert::From<#canonical> for #ident {
                /// The variant that lists `row`, or else the catch-all keeping it.
                fn from(row: #canonical) -> Self {
                    #total
                }
            }

            #[allow(unreachable_patterns)]
            impl #ident {
                /// Decodes `code` of `platform`; what no variant lists is kept in the
                /// catch-all, as the canonical table decodes it.
                #[must_use]
                pub const fn decode(platform: #krate::Platform, code: ::core::primitive::i32) -> Self {
                    let row = #canonical::decode(platform, code);
                    #total
                }
            }
        }
    });
    let partial = table.catch_all.is_none().then(|| {
        quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#canonical> for #ident {
                type Error = #canonical;

                /// The variant that lists `row`; a row no variant lists comes back as
                /// the error.
                fn try_from(row: #canonical) -> ::core::result::Result<Self, #canonical> {
                    match Self::from_os_error(row) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(row),
                    }
                }
            }
        }
    });
    let allow = super::allow_lints();
    quote! {
        #allow
        impl #ident {
            /// The variant that lists `row`: with a catch-all always one, without it
            /// `None` for a row no variant lists.
            #[must_use]
            pub const fn from_os_error(row: #canonical) -> ::core::option::Option<Self> {
                #from_os_error
            }

            /// The variant that lists the canonical row `code` stands for on `platform`,
            /// if the canonical table lists the code.
            #[must_use]
            pub const fn from_code(platform: #krate::Platform, code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                match #canonical::from_code(platform, code) {
                    ::core::option::Option::Some(row) => Self::from_os_error(row),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }

        #total
        #partial
    }
}

/// `Display`: the variant's message, or for the catch-all the kept row as it displays.
fn display(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let catch_all = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        quote!(Self::#catch_all(ref row) => ::core::fmt::Display::fmt(row, f),)
    });
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            #[allow(unreachable_patterns)]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self {
                    #catch_all
                    _ => #krate::__private::fmt_row(f, self.message(), ::core::option::Option::None, ::core::option::Option::None),
                }
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}
    }
}

/// `kind()` and the `io::Error` conversions, with the runtime's `std` feature only.
fn io(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let canonical = canonical(table);
    let io = quote!(#krate::__private::io);
    let kinds = table.rows.iter().map(|row| {
        let variant = &row.ident;
        match row.kind {
            Some(_) => {
                let kind = kind_of(row);
                quote!(Self::#variant => #io::ErrorKind::#kind,)
            }
            None => {
                let first = first_member(table, row);
                quote!(Self::#variant => #first.kind(),)
            }
        }
    });
    let catch_all_kind = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        quote!(Self::#catch_all(ref row) => row.kind(),)
    });
    let from_io = match &table.catch_all {
        Some(_) => quote! {
            #[automatically_derived]
            impl ::core::convert::From<&#io::Error> for #ident {
                /// Decodes the error as the canonical table does, then groups it.
                fn from(error: &#io::Error) -> Self {
                    let row = <#canonical as ::core::convert::From<&#io::Error>>::from(error);
                    <Self as ::core::convert::From<#canonical>>::from(row)
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#io::Error> for #ident {
                /// Decodes the error as the canonical table does, then groups it.
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
                fn try_from(error: #io::Error) -> ::core::result::Result<Self, #io::Error> {
                    match Self::from_io_error(&error) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(error),
                    }
                }
            }
        },
    };
    let allow = super::allow_lints();
    quote! {
        #krate::__private::std_only! {
            #allow
            impl #ident {
                /// The `std::io::ErrorKind`: the variant's `kind` if it gives one, else
                /// that of its first row; for the catch-all, the kept row's.
                #[must_use]
                pub fn kind(&self) -> #io::ErrorKind {
                    match *self {
                        #(#kinds)*
                        #catch_all_kind
                    }
                }

                /// The variant an `io::Error` stands for, decoded as the canonical table
                /// decodes it: with a catch-all always one, without it `None` for an error
                /// no variant lists.
                #[must_use]
                pub fn from_io_error(error: &#io::Error) -> ::core::option::Option<Self> {
                    Self::from_os_error(<#canonical as ::core::convert::From<&#io::Error>>::from(error))
                }
            }

            #from_io

            #[automatically_derived]
            impl ::core::convert::From<#ident> for #io::Error {
                /// The canonical value's `io::Error` (see `os_error`): the OS's own error
                /// where this platform has a code for it.
                fn from(value: #ident) -> Self {
                    <#io::Error as ::core::convert::From<#canonical>>::from(value.os_error())
                }
            }
        }
    }
}
