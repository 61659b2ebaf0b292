//! Codes and symbols, decoding a code and translating between platforms; for a group,
//! the canonical rows a variant stands for and the conversions from and to them.

use super::{some, Ctx, Output};
use crate::model::checked::Shape;
use crate::model::CANONICAL;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn expand(ctx: &Ctx) -> Output {
    match ctx.table.shape {
        Shape::Group => group(ctx),
        Shape::OsCodes(_) | Shape::OwnCodes => codes(ctx),
    }
}

/// The methods of a table with codes; those of a table of its own codes take no
/// platform.
fn codes(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let (param, arg) = ctx.platform_param();
    let platform_doc = |own: &str, os: &str| -> String {
        if ctx.is_own() {
            own.to_owned()
        } else {
            os.to_owned()
        }
    };
    let code_of_catch_all = ctx.catch_all().map(|c| match ctx.is_own() {
        true => quote!(Self::#c(code) => ::core::option::Option::Some(code),),
        false => quote!(Self::#c(ref unlisted) => unlisted.code(platform),),
    });
    let code_doc = platform_doc(
        "The row's code, if it has one.",
        "The code on `platform` (the primary number where there are several), if any.",
    );
    let symbol_doc = platform_doc(
        "The row's symbolic name, if it has one.",
        "The symbolic name on `platform`, such as `ECONNREFUSED`, if any.",
    );
    let aliases_doc = platform_doc(
        "The row's other names.",
        "The other names `platform` gives this row, such as `EWOULDBLOCK` for `EAGAIN`.",
    );
    let names_doc = platform_doc("Every name of the row with the number it stands for, primary first.", "Every name of the row on `platform` with the number it stands for, primary first, as `[(\"EDEADLK\", 35), (\"EDEADLOCK\", 58)]` on `LinuxPowerpc`.");
    let from_code_doc = platform_doc(
        "The row that `code` stands for, if the table lists it.",
        "The row that `code` stands for on `platform`, if the table lists it.",
    );
    let decode = ctx.table.catch_all.as_ref().map(|_| {
        let (doc, kept) = match ctx.is_own() {
            true => (
                "Decodes `code`; a code no row lists is kept in the catch-all.",
                quote!(code),
            ),
            false => (
                "Decodes `code` of `platform`; a code no row lists is kept in the catch-all.",
                quote!(#private::Unlisted::Code { platform, code }),
            ),
        };
        let kept = ctx.keep(kept);
        quote! {
            #[doc = #doc]
            #[inline]
            #[must_use]
            pub const fn decode(#param code: ::core::primitive::i32) -> Self {
                match __decode(#arg code) {
                    ::core::option::Option::Some(row) => row,
                    ::core::option::Option::None => #kept,
                }
            }
        }
    });
    let os_only = (!ctx.is_own()).then(|| os_methods(ctx));
    let methods = quote! {
        #[doc = #code_doc]
        #[inline]
        #[must_use]
        pub const fn code(&self, #param) -> ::core::option::Option<::core::primitive::i32> {
            match *self {
                #code_of_catch_all
                _ => __code(__index(self), #arg),
            }
        }

        #[doc = #symbol_doc]
        #[inline]
        #[must_use]
        pub const fn symbol(&self, #param) -> ::core::option::Option<&'static ::core::primitive::str> {
            match __symbol(__index(self), #arg) {
                symbol if symbol.is_empty() => ::core::option::Option::None,
                symbol => ::core::option::Option::Some(symbol),
            }
        }

        #[doc = #aliases_doc]
        #[inline]
        #[must_use]
        pub const fn aliases(&self, #param) -> &'static [&'static ::core::primitive::str] {
            __aliases(__index(self), #arg)
        }

        #[doc = #names_doc]
        #[inline]
        #[must_use]
        pub const fn names(&self, #param) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
            __names(__index(self), #arg)
        }

        #[doc = #from_code_doc]
        #[inline(always)]
        #[must_use]
        pub const fn from_code(#param code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            __decode(#arg code)
        }

        #decode
        #os_only
    };
    Output {
        methods,
        items: TokenStream::new(),
    }
}

/// `translate`, `raw_os_error` and `from_raw_os_error`: a table of OS codes only.
fn os_methods(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let raw_of_catch_all = ctx
        .catch_all()
        .map(|c| quote!((Self::#c(unlisted), _) => unlisted.raw_os_error(),));
    quote! {
        /// The code on `to` of what `code` means on `from`, if both have it.
        #[inline]
        #[must_use]
        pub const fn translate(code: ::core::primitive::i32, from: #private::Platform, to: #private::Platform) -> ::core::option::Option<::core::primitive::i32> {
            match __decode(from, code) {
                ::core::option::Option::Some(row) => row.code(to),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }

        /// The code on the platform this program runs on, as `io::Error::raw_os_error`
        /// reports it.
        #[inline]
        #[must_use]
        pub const fn raw_os_error(&self) -> ::core::option::Option<::core::primitive::i32> {
            match (self, #private::CURRENT) {
                #raw_of_catch_all
                (_, ::core::option::Option::Some(platform)) => self.code(platform),
                (_, ::core::option::Option::None) => ::core::option::Option::None,
            }
        }

        /// The row that `code`, a raw OS code of this platform, stands for, if listed.
        #[inline]
        #[must_use]
        pub const fn from_raw_os_error(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            match #private::CURRENT {
                ::core::option::Option::Some(platform) => __decode(platform, code),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
}

/// A group: a unit variant does not keep which of its rows it was decoded from, so
/// where one value is needed (the canonical value, the `io::Error`, the kind) it stands
/// for its first row. The catch-all keeps the canonical value itself.
fn group(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let canonical = format_ident!("{}", CANONICAL);
    let canonical = quote!(#private::#canonical);
    let catch_all = ctx.table.catch_all.as_ref();
    let members_of_catch_all = ctx
        .catch_all()
        .map(|c| quote!(Self::#c(ref kept) => ::core::slice::from_ref(kept),));
    let os_error_of_catch_all = ctx.catch_all().map(|c| quote!(Self::#c(kept) => kept,));
    // The variant of the canonical `row`, with a catch-all.
    let grouped = catch_all.map(|_| {
        let kept = ctx.keep(quote!(row));
        quote!(match __row(__grouped(row)) {
            ::core::option::Option::Some(value) => value,
            ::core::option::Option::None => #kept,
        })
    });
    let from_os_error = match &grouped {
        Some(grouped) => some(grouped.clone()),
        None => quote!(__row(__grouped(row))),
    };
    let decode = catch_all.map(|_| quote! {
        /// Decodes `code` of `platform`; what no variant lists is kept in the
        /// catch-all, as the canonical table decodes it.
        #[inline]
        #[must_use]
        pub const fn decode(platform: #private::Platform, code: ::core::primitive::i32) -> Self {
            let row = #canonical::decode(platform, code);
            #grouped
        }
    });
    let conversions = match catch_all {
        Some(_) => quote! {
            #[automatically_derived]
            impl ::core::convert::From<#canonical> for #ident {
                /// The variant that lists `row`, or else the catch-all keeping it.
                #[inline]
                fn from(row: #canonical) -> Self {
                    #grouped
                }
            }
        },
        None => quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#canonical> for #ident {
                type Error = #canonical;

                /// The variant that lists `row`; a row no variant lists comes back as
                /// the error.
                #[inline]
                fn try_from(row: #canonical) -> ::core::result::Result<Self, #canonical> {
                    match __row(__grouped(row)) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(row),
                    }
                }
            }
        },
    };
    let methods = quote! {
        /// The canonical rows this variant stands for, in the order listed; for the
        /// catch-all, the one it keeps.
        #[inline]
        #[must_use]
        pub const fn members(&self) -> &[#canonical] {
            match *self {
                #members_of_catch_all
                _ => __MEMBERS[__index(self)],
            }
        }

        /// The canonical value: the one the catch-all keeps, or else the first row
        /// the variant lists (a unit variant does not keep which of its rows it was).
        #[inline]
        #[must_use]
        pub const fn os_error(&self) -> #canonical {
            match *self {
                #os_error_of_catch_all
                _ => match __MEMBERS[__index(self)] {
                    [first, ..] => *first,
                    // Only the catch-all's slot, and variants left out after an error.
                    [] => #canonical::decode(#private::Platform::Linux, 0),
                },
            }
        }

        /// The codes on `platform` of the rows this variant stands for, in the order
        /// listed; rows without a code there are left out.
        pub fn codes(&self, platform: #private::Platform) -> impl ::core::iter::Iterator<Item = ::core::primitive::i32> + '_ {
            ::core::iter::Iterator::filter_map(self.members().iter(), move |row| row.code(platform))
        }

        /// The variant that lists `row`: with a catch-all always one, without it
        /// `None` for a row no variant lists.
        #[inline]
        #[must_use]
        pub const fn from_os_error(row: #canonical) -> ::core::option::Option<Self> {
            #from_os_error
        }

        /// The variant that lists the canonical row `code` stands for on `platform`,
        /// if the canonical table lists the code.
        #[inline]
        #[must_use]
        pub const fn from_code(platform: #private::Platform, code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            match #canonical::from_code(platform, code) {
                ::core::option::Option::Some(row) => __from_os_error(row),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }

        #decode
    };
    let items = quote! {
        #[inline]
        const fn __from_os_error(row: #canonical) -> ::core::option::Option<#ident> {
            #from_os_error
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #canonical {
            /// The canonical value, as `os_error()` gives it.
            #[inline]
            fn from(value: #ident) -> Self {
                value.os_error()
            }
        }

        #conversions
    };
    Output { methods, items }
}
