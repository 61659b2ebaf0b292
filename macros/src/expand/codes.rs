//! Codes and symbols per column, decoding a code and translating between platforms.
//!
//! Each column is data: an array with one slice of `(name, number)` a row, primary name
//! first. Decoding is a `match` on the number giving a row index, which the compiler
//! turns into a jump or lookup table.

use super::{decoding, int, platform_path};
use crate::model::{Code, Column, Table};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

pub fn expand(table: &Table) -> TokenStream {
    if table.is_custom() {
        custom_codes(table)
    } else {
        platform_codes(table)
    }
}

/// The columns the table uses, with the names of their arrays.
fn columns(table: &Table) -> Vec<Column> {
    if table.is_custom() {
        vec![Column::Custom]
    } else {
        table
            .platforms()
            .into_iter()
            .map(Column::Platform)
            .collect()
    }
}

fn array_name(prefix: &str, column: Column) -> Ident {
    let suffix = match column {
        Column::Platform(platform) => platform.variant().to_uppercase(),
        Column::Custom => String::from("CODE"),
    };
    format_ident!("__{}_{}", prefix, suffix)
}

fn entry_of(table: &Table, row: usize, column: Column) -> Option<&Code> {
    table.rows[row]
        .codes
        .iter()
        .find(|code| code.column == column)
}

/// `const __NAMES_LINUX: [&[(&str, i32)]; __COUNT] = [&[("ECONNREFUSED", 111)], &[], …];`
/// and, where some row has aliases there, the same of alias names.
fn arrays(table: &Table, column: Column) -> TokenStream {
    let names_array = array_name("NAMES", column);
    let entries = (0..table.rows.len()).map(|row| match entry_of(table, row, column) {
        Some(code) => {
            let primary = code.primary.number.map_or(0, |n| n.value);
            let pairs = code.symbols().map(|symbol| {
                let name = symbol.name.to_string();
                let number = int(symbol.number.map_or(primary, |n| n.value));
                quote!((#name, #number))
            });
            quote!(&[#(#pairs),*])
        }
        None => quote!(&[]),
    });
    let aliases = has_aliases(table, column).then(|| {
        let aliases_array = array_name("ALIASES", column);
        let entries = (0..table.rows.len()).map(|row| {
            let names = entry_of(table, row, column)
                .into_iter()
                .flat_map(|code| &code.aliases)
                .map(|alias| alias.name.to_string());
            quote!(&[#(#names),*])
        });
        quote!(const #aliases_array: [&[&::core::primitive::str]; __COUNT] = [#(#entries,)* &[]];)
    });
    quote! {
        const #names_array: [&[(&::core::primitive::str, ::core::primitive::i32)]; __COUNT] = [#(#entries,)* &[]];
        #aliases
    }
}

fn has_aliases(table: &Table, column: Column) -> bool {
    table
        .codes()
        .any(|(_, code)| code.column == column && !code.aliases.is_empty())
}

/// `match code { 111 => 0, … _ => __COUNT }`: the row index a number decodes to.
fn decode_column(table: &Table, column: Column) -> TokenStream {
    let arms = decoding(table, column).into_iter().map(|(number, index)| {
        let number = int(number);
        let index = Literal::usize_unsuffixed(index);
        quote!(#number => #index,)
    });
    quote!(match code { #(#arms)* _ => __COUNT })
}

/// `match platform { Linux => body(Linux), … _ => default }`, or just `default` where
/// no platform has a body (`index` and `platform` then count as used).
fn per_platform(
    table: &Table,
    body: impl Fn(Column) -> Option<TokenStream>,
    default: &TokenStream,
) -> TokenStream {
    let arms: Vec<TokenStream> = table
        .platforms()
        .into_iter()
        .filter_map(|platform| {
            let body = body(Column::Platform(platform))?;
            let path = platform_path(table, platform);
            Some(quote!(#path => #body,))
        })
        .collect();
    if arms.is_empty() {
        return quote!({ let _ = (index, platform); #default });
    }
    quote!(match platform { #(#arms)* _ => #default })
}

fn platform_codes(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let arrays: TokenStream = columns(table)
        .into_iter()
        .map(|column| arrays(table, column))
        .collect();
    let empty = quote!(&[]);
    let names = per_platform(
        table,
        |column| {
            let array = array_name("NAMES", column);
            Some(quote!(#array[index]))
        },
        &empty,
    );
    let aliases = per_platform(
        table,
        |column| {
            let array = array_name("ALIASES", column);
            has_aliases(table, column).then(|| quote!(#array[index]))
        },
        &empty,
    );
    let decode_arms = table.platforms().into_iter().map(|platform| {
        let path = platform_path(table, platform);
        let body = decode_column(table, Column::Platform(platform));
        quote!(#path => #body,)
    });
    let decode_index = quote!(match platform { #(#decode_arms)* _ => { let _ = code; __COUNT } });
    let catch_all = table.catch_all.as_ref().map(|c| &c.ident);
    let code_of_catch_all =
        catch_all.map(|c| quote!(Self::#c(ref unlisted) => unlisted.code(platform),));
    let raw_of_catch_all =
        catch_all.map(|c| quote!((Self::#c(unlisted), _) => unlisted.raw_os_error(),));
    let decode = catch_all.map(|catch_all| {
        quote! {
            /// Decodes `code` of `platform`; a code no row lists is kept in the catch-all.
            #[inline]
            #[must_use]
            pub const fn decode(platform: #krate::Platform, code: ::core::primitive::i32) -> Self {
                match Self::from_code(platform, code) {
                    ::core::option::Option::Some(row) => row,
                    ::core::option::Option::None => Self::#catch_all(#krate::Unlisted::Code { platform, code }),
                }
            }
        }
    });
    let allow = super::allow_lints();
    quote! {
        #arrays

        #[inline]
        const fn __names(value: &#ident, platform: #krate::Platform) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
            let index = __index(value);
            #names
        }

        #allow
        impl #ident {
            /// The code on `platform` (the primary number where there are several), if any.
            #[inline]
            #[must_use]
            pub const fn code(&self, platform: #krate::Platform) -> ::core::option::Option<::core::primitive::i32> {
                match *self {
                    #code_of_catch_all
                    _ => match __names(self, platform) {
                        [(_, code), ..] => ::core::option::Option::Some(*code),
                        [] => ::core::option::Option::None,
                    },
                }
            }

            /// The symbolic name on `platform`, such as `ECONNREFUSED`, if any.
            #[inline]
            #[must_use]
            pub const fn symbol(&self, platform: #krate::Platform) -> ::core::option::Option<&'static ::core::primitive::str> {
                match __names(self, platform) {
                    [(symbol, _), ..] => ::core::option::Option::Some(*symbol),
                    [] => ::core::option::Option::None,
                }
            }

            /// The other names `platform` gives this row, such as `EWOULDBLOCK` for `EAGAIN`.
            #[inline]
            #[must_use]
            pub const fn aliases(&self, platform: #krate::Platform) -> &'static [&'static ::core::primitive::str] {
                let index = __index(self);
                #aliases
            }

            /// Every name of the row on `platform` with the number it stands for, primary
            /// first, as `[("EDEADLK", 35), ("EDEADLOCK", 58)]` on `LinuxPowerpc`.
            #[inline]
            #[must_use]
            pub const fn names(&self, platform: #krate::Platform) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
                __names(self, platform)
            }

            /// The row that `code` stands for on `platform`, if the table lists it.
            #[inline]
            #[must_use]
            pub const fn from_code(platform: #krate::Platform, code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                __row(#decode_index)
            }

            #decode

            /// The code on `to` of what `code` means on `from`, if both have it.
            #[inline]
            #[must_use]
            pub const fn translate(code: ::core::primitive::i32, from: #krate::Platform, to: #krate::Platform) -> ::core::option::Option<::core::primitive::i32> {
                match Self::from_code(from, code) {
                    ::core::option::Option::Some(row) => row.code(to),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// The code on the platform this program runs on, as `io::Error::raw_os_error`
            /// reports it.
            #[inline]
            #[must_use]
            pub const fn raw_os_error(&self) -> ::core::option::Option<::core::primitive::i32> {
                match (self, #krate::__private::CURRENT) {
                    #raw_of_catch_all
                    (_, ::core::option::Option::Some(platform)) => self.code(platform),
                    (_, ::core::option::Option::None) => ::core::option::Option::None,
                }
            }

            /// The row that `code`, a raw OS code of this platform, stands for, if listed.
            #[inline]
            #[must_use]
            pub const fn from_raw_os_error(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                match #krate::__private::CURRENT {
                    ::core::option::Option::Some(platform) => Self::from_code(platform, code),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }
    }
}

fn custom_codes(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let arrays = arrays(table, Column::Custom);
    let names_array = array_name("NAMES", Column::Custom);
    let aliases = if has_aliases(table, Column::Custom) {
        let array = array_name("ALIASES", Column::Custom);
        quote!(#array[__index(self)])
    } else {
        quote!(&[])
    };
    let from_code = decode_column(table, Column::Custom);
    let catch_all = table.catch_all.as_ref().map(|c| &c.ident);
    let code_of_catch_all =
        catch_all.map(|c| quote!(Self::#c(code) => ::core::option::Option::Some(code),));
    let decode = catch_all.map(|catch_all| {
        quote! {
            /// Decodes `code`; a code no row lists is kept in the catch-all.
            #[inline]
            #[must_use]
            pub const fn decode(code: ::core::primitive::i32) -> Self {
                match Self::from_code(code) {
                    ::core::option::Option::Some(row) => row,
                    ::core::option::Option::None => Self::#catch_all(code),
                }
            }
        }
    });
    let allow = super::allow_lints();
    quote! {
        #arrays

        #allow
        impl #ident {
            /// The row's code, if it has one.
            #[inline]
            #[must_use]
            pub const fn code(&self) -> ::core::option::Option<::core::primitive::i32> {
                match *self {
                    #code_of_catch_all
                    _ => match #names_array[__index(self)] {
                        [(_, code), ..] => ::core::option::Option::Some(*code),
                        [] => ::core::option::Option::None,
                    },
                }
            }

            /// The row's symbolic name, if it has one.
            #[inline]
            #[must_use]
            pub const fn symbol(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match #names_array[__index(self)] {
                    [(symbol, _), ..] => ::core::option::Option::Some(*symbol),
                    [] => ::core::option::Option::None,
                }
            }

            /// The row's other names.
            #[inline]
            #[must_use]
            pub const fn aliases(&self) -> &'static [&'static ::core::primitive::str] {
                #aliases
            }

            /// Every name of the row with the number it stands for, primary first.
            #[inline]
            #[must_use]
            pub const fn names(&self) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
                #names_array[__index(self)]
            }

            /// The row that `code` stands for, if the table lists it.
            #[inline]
            #[must_use]
            pub const fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                __row(#from_code)
            }

            #decode
        }
    }
}
