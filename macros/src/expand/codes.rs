//! Codes and symbols per column, decoding a code and translating between platforms.

use super::{decoding, int, platform_path};
use crate::model::{Code, Column, Table};
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(table: &Table) -> TokenStream {
    if table.is_custom() {
        custom_codes(table)
    } else {
        platform_codes(table)
    }
}

/// A match over the rows' entries in `column`, `default` for rows without one.
fn rows_in(
    table: &Table,
    column: Column,
    value: impl Fn(&Code) -> TokenStream,
    default: &TokenStream,
) -> TokenStream {
    let arms = table.rows.iter().filter_map(|row| {
        let code = row.codes.iter().find(|code| code.column == column)?;
        let ident = &row.ident;
        let value = value(code);
        Some(quote!(Self::#ident => #value,))
    });
    quote!(match *self { #(#arms)* _ => #default })
}

/// A match over the platforms a table uses, each arm built by `per_column`.
fn per_platform(
    table: &Table,
    per_column: impl Fn(Column) -> TokenStream,
    default: &TokenStream,
) -> TokenStream {
    let arms = table.platforms().into_iter().map(|platform| {
        let path = platform_path(table, platform);
        let body = per_column(Column::Platform(platform));
        quote!(#path => #body,)
    });
    quote!(match platform { #(#arms)* _ => #default })
}

fn some_code(code: &Code) -> TokenStream {
    let number = int(code.primary.number.map_or(0, |n| n.value));
    quote!(::core::option::Option::Some(#number))
}

fn some_symbol(code: &Code) -> TokenStream {
    let name = code.primary.name.to_string();
    quote!(::core::option::Option::Some(#name))
}

/// `&[("EDEADLK", 35), ("EDEADLOCK", 58)]`: every name with the number it stands for.
fn numbered_names(code: &Code) -> TokenStream {
    let primary = code.primary.number.map_or(0, |n| n.value);
    let pairs = code.symbols().map(|symbol| {
        let name = symbol.name.to_string();
        let number = int(symbol.number.map_or(primary, |n| n.value));
        quote!((#name, #number))
    });
    quote!(&[#(#pairs),*])
}

fn alias_names(code: &Code) -> TokenStream {
    let names = code.aliases.iter().map(|alias| alias.name.to_string());
    quote!(&[#(#names),*])
}

/// `match code { 111 => Some(Self::Refused), … }` for one column.
fn decode_column(table: &Table, column: Column) -> TokenStream {
    let arms = decoding(table, column).into_iter().map(|(number, row)| {
        let number = int(number);
        let ident = &row.ident;
        quote!(#number => ::core::option::Option::Some(Self::#ident),)
    });
    quote!(match code { #(#arms)* _ => ::core::option::Option::None })
}

fn platform_codes(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let krate = &table.krate;
    let none = quote!(::core::option::Option::None);
    let no_aliases = quote!(&[]);
    let code = per_platform(
        table,
        |column| rows_in(table, column, some_code, &none),
        &none,
    );
    let symbol = per_platform(
        table,
        |column| rows_in(table, column, some_symbol, &none),
        &none,
    );
    let names = per_platform(
        table,
        |column| rows_in(table, column, numbered_names, &no_aliases),
        &no_aliases,
    );
    let aliases = per_platform(
        table,
        |column| rows_in(table, column, alias_names, &no_aliases),
        &no_aliases,
    );
    let from_code = per_platform(table, |column| decode_column(table, column), &none);
    let (code, raw_os_error) = match &table.catch_all {
        Some(catch_all) => {
            let catch_all = &catch_all.ident;
            (
                quote!(match *self { Self::#catch_all(ref unlisted) => unlisted.code(platform), _ => #code }),
                quote!(match *self { Self::#catch_all(ref unlisted) => unlisted.raw_os_error(), _ => match #krate::__private::CURRENT {
                    ::core::option::Option::Some(platform) => self.code(platform),
                    ::core::option::Option::None => ::core::option::Option::None,
                } }),
            )
        }
        None => (
            code,
            quote!(match #krate::__private::CURRENT {
                ::core::option::Option::Some(platform) => self.code(platform),
                ::core::option::Option::None => ::core::option::Option::None,
            }),
        ),
    };
    let decode = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
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
        #allow
        impl #ident {
            /// The code on `platform` (the primary number where there are several), if any.
            #[inline]
            #[must_use]
            pub const fn code(&self, platform: #krate::Platform) -> ::core::option::Option<::core::primitive::i32> {
                #code
            }

            /// The symbolic name on `platform`, such as `ECONNREFUSED`, if any.
            #[inline]
            #[must_use]
            pub const fn symbol(&self, platform: #krate::Platform) -> ::core::option::Option<&'static ::core::primitive::str> {
                #symbol
            }

            /// The other names `platform` gives this row, such as `EWOULDBLOCK` for `EAGAIN`.
            #[inline]
            #[must_use]
            pub const fn aliases(&self, platform: #krate::Platform) -> &'static [&'static ::core::primitive::str] {
                #aliases
            }

            /// Every name of the row on `platform` with the number it stands for, primary
            /// first, as `[("EDEADLK", 35), ("EDEADLOCK", 58)]` on `LinuxPowerpc`.
            #[must_use]
            pub const fn names(&self, platform: #krate::Platform) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
                #names
            }

            /// The row that `code` stands for on `platform`, if the table lists it.
            #[inline]
            #[must_use]
            pub const fn from_code(platform: #krate::Platform, code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                #from_code
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
                #raw_os_error
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
    let none = quote!(::core::option::Option::None);
    let no_aliases = quote!(&[]);
    let mut code = rows_in(table, Column::Custom, some_code, &none);
    let symbol = rows_in(table, Column::Custom, some_symbol, &none);
    let aliases = rows_in(table, Column::Custom, alias_names, &no_aliases);
    let names = rows_in(table, Column::Custom, numbered_names, &no_aliases);
    let from_code = decode_column(table, Column::Custom);
    let decode = table.catch_all.as_ref().map(|catch_all| {
        let catch_all = &catch_all.ident;
        code = quote!(match *self { Self::#catch_all(code) => ::core::option::Option::Some(code), _ => #code });
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
        #allow
        impl #ident {
            /// The row's code, if it has one.
            #[inline]
            #[must_use]
            pub const fn code(&self) -> ::core::option::Option<::core::primitive::i32> {
                #code
            }

            /// The row's symbolic name, if it has one.
            #[inline]
            #[must_use]
            pub const fn symbol(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #symbol
            }

            /// The row's other names.
            #[inline]
            #[must_use]
            pub const fn aliases(&self) -> &'static [&'static ::core::primitive::str] {
                #aliases
            }

            /// Every name of the row with the number it stands for, primary first.
            #[must_use]
            pub const fn names(&self) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
                #names
            }

            /// The row that `code` stands for, if the table lists it.
            #[inline]
            #[must_use]
            pub const fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                #from_code
            }

            #decode
        }
    }
}
