//! Codes and symbols, decoding a code and translating between platforms; for a group,
//! the canonical rows a variant stands for and the conversions from and to them.

use super::data::{ALIASES, CODE, COUNT, DECODE, GROUPED, INDEX, MEMBERS, NAMES, ROW, SYMBOL};
use super::os_codes::{OS_CODES_CURRENT, OS_CODES_ON};
use super::{some, Ctx, Helper, Output};
use crate::model::checked::{Entries, Shape};
use crate::model::CANONICAL;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `__from_os_error(OsError) -> Option<Table>`: a group's variant for a canonical value.
pub const FROM_OS_ERROR: Helper = Helper("__from_os_error");
/// `__raw_os_error_of(&Table) -> Option<i32>`: `raw_os_error()` (OS-code tables).
pub const RAW_OS_ERROR_OF: Helper = Helper("__raw_os_error_of");
/// `__symbol_of(usize[, Platform]) -> Option<&str>`: `symbol()` of the row at a place.
pub const SYMBOL_OF: Helper = Helper("__symbol_of");

pub fn expand(ctx: &Ctx) -> Output {
    match ctx.table.shape {
        Shape::Group => group(ctx),
        Shape::OsCodes(_) | Shape::OwnCodes => codes(ctx),
    }
}

/// The methods of a table with codes; those of a table of its own codes take no
/// platform.
fn codes(ctx: &Ctx) -> Output {
    let example_aliases = super::examples::example(ctx, "aliases");
    let example_code = super::examples::example(ctx, "code");
    let example_decode = super::examples::example(ctx, "decode");
    let example_from_code = super::examples::example(ctx, "from_code");
    let example_names = super::examples::example(ctx, "names");
    let example_symbol = super::examples::example(ctx, "symbol");
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let (param, arg) = ctx.platform_param();
    let platform_doc = |own: &str, os: &str| -> String {
        if ctx.is_own() {
            own.to_owned()
        } else {
            os.to_owned()
        }
    };
    let code_of_catch_all = ctx.catch_all().map(|c| match ctx.is_own() {
        true => {
            let (code, kept) = ctx.kept_copy("code");
            quote!(Self::#c(#code) => ::core::option::Option::Some(#kept),)
        }
        false => {
            let unlisted = ctx.kept(quote!(unlisted));
            quote!(Self::#c(ref unlisted) => #private::unlisted_table_code(#unlisted, platform, #OS_CODES_ON(platform)),)
        }
    });
    let code_doc = platform_doc(
        "The row's code, if it has one.",
        "The code on `platform` (the primary number where there are several), if any. The catch-all's is the code it keeps, if `decode(platform, code)` keeps it so: an OS error kept from an `io::Error` of a platform whose codes in the table are not the OS's (`os_error_codes`) is no code of the table there.",
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
                "Decodes `code` of `platform`; a code no row lists is kept in the catch-all: as `Unlisted::Code` where the table's codes on `platform` are its OS error codes, else (a platform `os_error_codes` leaves out) as `Unlisted::NonOsCode`, which never claims to be an OS error.",
                quote!(#private::unlisted_of_table_code(platform, code, #OS_CODES_ON(platform))),
            ),
        };
        let found_or_kept = ctx.or_else(quote!(#DECODE(#arg code)), ctx.keep(kept));
        quote! {
            #[doc = #doc]
            #[inline]
            #[must_use]
            #example_decode
            pub const fn decode(#param code: ::core::primitive::i32) -> Self {
                #found_or_kept
            }
        }
    });
    let os_only = (!ctx.is_own()).then(|| os_methods(ctx));
    let raw_of_catch_all = ctx.catch_all().map(|c| {
        let unlisted = ctx.kept(quote!(unlisted));
        quote!((#ident::#c(ref unlisted), _) => #private::Unlisted::raw_os_error(#unlisted),)
    });
    let raw_os_error_of = (!ctx.is_own()).then(|| {
        quote! {
            #[inline]
            const fn #RAW_OS_ERROR_OF(value: &#ident) -> ::core::option::Option<::core::primitive::i32> {
                match (value, #OS_CODES_CURRENT) {
                    #raw_of_catch_all
                    (_, ::core::option::Option::Some(platform)) => #CODE(#INDEX(value), platform),
                    (_, ::core::option::Option::None) => ::core::option::Option::None,
                }
            }
        }
    });
    let code_body = super::match_or(
        quote!(*self),
        quote!(#code_of_catch_all),
        quote!(#CODE(#INDEX(self), #arg)),
    );
    let methods = quote! {
        #[doc = #code_doc]
        #[inline]
        #[must_use]
        #example_code
        pub const fn code(&self, #param) -> ::core::option::Option<::core::primitive::i32> {
            #code_body
        }

        #[doc = #symbol_doc]
        #[inline]
        #[must_use]
        #example_symbol
        pub const fn symbol(&self, #param) -> ::core::option::Option<&'static ::core::primitive::str> {
            #SYMBOL_OF(#INDEX(self), #arg)
        }

        #[doc = #aliases_doc]
        #[inline]
        #[must_use]
        #example_aliases
        pub const fn aliases(&self, #param) -> &'static [&'static ::core::primitive::str] {
            #ALIASES(#INDEX(self), #arg)
        }

        #[doc = #names_doc]
        #[inline]
        #[must_use]
        #example_names
        pub const fn names(&self, #param) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
            #NAMES(#INDEX(self), #arg)
        }

        #[doc = #from_code_doc]
        #[inline(always)]
        #[must_use]
        #example_from_code
        pub const fn from_code(#param code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            #DECODE(#arg code)
        }

        #decode
        #os_only
    };
    let items = quote! {
        #raw_os_error_of

        #[inline]
        const fn #SYMBOL_OF(index: ::core::primitive::usize, #param) -> ::core::option::Option<&'static ::core::primitive::str> {
            match #SYMBOL(index, #arg) {
                symbol if <::core::primitive::str>::is_empty(symbol) => ::core::option::Option::None,
                symbol => ::core::option::Option::Some(symbol),
            }
        }
    };
    Output { methods, items }
}

/// `translate`, `raw_os_error` and `from_raw_os_error`: a table of OS codes only.
fn os_methods(ctx: &Ctx) -> TokenStream {
    let example_from_raw_os_error = super::examples::example(ctx, "from_raw_os_error");
    let example_raw_os_error = super::examples::example(ctx, "raw_os_error");
    let example_translate = super::examples::example(ctx, "translate");
    let private = &ctx.private;
    quote! {
        /// The code on `to` of what `code` means on `from`, if both have it.
        #[inline]
        #[must_use]
        #example_translate
        pub const fn translate(code: ::core::primitive::i32, from: #private::Platform, to: #private::Platform) -> ::core::option::Option<::core::primitive::i32> {
            // The row is read by reference and then forgotten, not dropped: a `const fn`
            // cannot run a destructor, which a derived enum may have.
            let found = #DECODE(from, code);
            let index = match &found {
                ::core::option::Option::Some(row) => #INDEX(row),
                ::core::option::Option::None => #COUNT,
            };
            ::core::mem::forget(found);
            match index {
                #COUNT => ::core::option::Option::None,
                index => #CODE(index, to),
            }
        }

        /// The code on the platform this program runs on, as `io::Error::raw_os_error`
        /// reports it. A row has one only where the table's codes here are the OS's
        /// (`os_error_codes`); the catch-all has the OS error code it keeps, wherever it
        /// came from (an `io::Error` of this platform keeps its raw code even where the
        /// table's codes are not this OS's, and converts back to it).
        #[inline]
        #[must_use]
        #example_raw_os_error
        pub const fn raw_os_error(&self) -> ::core::option::Option<::core::primitive::i32> {
            #RAW_OS_ERROR_OF(self)
        }

        /// The row that `code`, a raw OS code of this platform, stands for, if listed.
        #[inline]
        #[must_use]
        #example_from_raw_os_error
        pub const fn from_raw_os_error(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            match #OS_CODES_CURRENT {
                ::core::option::Option::Some(platform) => #DECODE(platform, code),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
}

/// A group: a unit variant of several rows does not keep which of them it was decoded
/// from, so it has no one canonical value; `Retry(OsError)` and the catch-all keep theirs.
fn group(ctx: &Ctx) -> Output {
    let example_decode = super::examples::example(ctx, "decode");
    let example_from_code = super::examples::example(ctx, "from_code");
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let canonical = format_ident!("{}", CANONICAL);
    let canonical = quote!(#private::#canonical);
    let catch_all = ctx.table.catch_all.as_ref();
    // The catch-all and the variants that keep their row; by the keeper's place, known
    // here, `__group` builds a keeper: building a value only to compare its place would
    // drop it, which a `const fn` cannot where the enum has a destructor.
    let mut members_of_kept = TokenStream::new();
    let mut os_error_of_kept = TokenStream::new();
    let mut keeper_arms = TokenStream::new();
    if let Some(v) = ctx.catch_all() {
        let by_ref = ctx.kept(quote!(kept));
        let (binding, copy) = ctx.kept_copy("kept");
        members_of_kept.extend(quote!(#ident::#v(ref kept) => ::core::slice::from_ref(#by_ref),));
        os_error_of_kept
            .extend(quote!(#ident::#v(#binding) => ::core::option::Option::Some(#copy),));
    }
    for (place, row) in ctx.table.rows.iter().enumerate() {
        if !row.keeps_row() {
            continue;
        }
        let v = &row.ident;
        let kept = ctx.kept_row(place, quote!(kept));
        members_of_kept.extend(quote!(#ident::#v(ref kept) => ::core::slice::from_ref(#kept),));
        os_error_of_kept
            .extend(quote!(#ident::#v(ref kept) => ::core::option::Option::Some(*#kept),));
        let keeper = ctx.keep_row(place, quote!(row));
        let place = super::usize_lit(place);
        keeper_arms.extend(quote! {
            if index == #place {
                return ::core::option::Option::Some(#keeper);
            }
        });
    }
    // The variant of the canonical `row`, with a catch-all.
    let grouped = catch_all.map(|_| {
        let kept = ctx.keep(quote!(row));
        ctx.or_else(quote!(__group(row)), kept)
    });
    let from_os_error = match &grouped {
        Some(grouped) => some(grouped.clone()),
        None => quote!(__group(row)),
    };
    let decode = catch_all.map(|_| quote! {
        /// Decodes `code` of `platform`; what no variant lists is kept in the
        /// catch-all, as the canonical table decodes it.
        #[inline]
        #[must_use]
        #example_decode
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
                    match __group(row) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(row),
                    }
                }
            }
        },
    };
    let methods = quote! {
        /// The canonical rows this variant stands for, in the order listed; for the
        /// catch-all and a variant that keeps its row, the one it keeps.
        #[inline]
        #[must_use]
        pub const fn members(&self) -> &[#canonical] {
            __members(self)
        }

        /// The canonical value: the one the catch-all or a variant that keeps its row
        /// keeps, or the one row a unit variant lists. `None` for a unit variant of
        /// several rows, which does not know which of them happened.
        #[inline]
        #[must_use]
        pub const fn os_error(&self) -> ::core::option::Option<#canonical> {
            __os_error(self)
        }

        /// The codes on `platform` of the rows this value stands for (see `members`),
        /// in the order listed; rows without a code there are left out.
        #[inline]
        #[must_use]
        pub fn codes(&self, platform: #private::Platform) -> #private::Codes<'_> {
            #private::codes_of(__members(self), platform)
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
        #example_from_code
        pub const fn from_code(platform: #private::Platform, code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            match #canonical::from_code(platform, code) {
                ::core::option::Option::Some(row) => #FROM_OS_ERROR(row),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }

        #decode
    };
    let into_canonical = into_canonical(ctx);
    let items = quote! {
        /// `members()`, which other items call by this name (a variant may be named
        /// `members`, and method syntax may find a user's trait).
        #[inline]
        const fn __members(value: &#ident) -> &[#canonical] {
            match *value {
                #members_of_kept
                _ => #MEMBERS[#INDEX(value)],
            }
        }

        /// `os_error()`, which other items call by this name.
        #[inline]
        const fn __os_error(value: &#ident) -> ::core::option::Option<#canonical> {
            match *value {
                #os_error_of_kept
                _ => match #MEMBERS[#INDEX(value)] {
                    [row] => ::core::option::Option::Some(*row),
                    _ => ::core::option::Option::None,
                },
            }
        }

        /// The variant that lists `row`, keeping it where the variant does.
        #[inline]
        const fn __group(row: #canonical) -> ::core::option::Option<#ident> {
            let index = #GROUPED(row);
            #keeper_arms
            #ROW(index)
        }

        #[inline]
        const fn #FROM_OS_ERROR(row: #canonical) -> ::core::option::Option<#ident> {
            #from_os_error
        }

        #into_canonical

        #conversions
    };
    Output { methods, items }
}

/// `From<G> for OsError` where every value has one canonical value, else `TryFrom`,
/// whose error is the value unchanged.
fn into_canonical(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let canonical = format_ident!("{}", CANONICAL);
    let canonical = quote!(#private::#canonical);
    let several = ctx.table.rows.iter().any(|row| {
        matches!(&row.entries, Entries::Members { members, kept_field: None, .. } if members.len() > 1)
    });
    match several || ctx.table.has_other_variants {
        false => quote! {
            #[automatically_derived]
            impl ::core::convert::From<#ident> for #canonical {
                /// The canonical value, as `os_error()` gives it.
                #[inline]
                fn from(value: #ident) -> Self {
                    match __os_error(&value) {
                        ::core::option::Option::Some(row) => row,
                        // Not reached: every variant here has one canonical value.
                        ::core::option::Option::None => #canonical::decode(#private::Platform::Linux, 0),
                    }
                }
            }
        },
        true => quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #canonical {
                type Error = #ident;

                /// The canonical value, as `os_error()` gives it; a unit variant of
                /// several rows, which has none, comes back as the error.
                #[inline]
                fn try_from(value: #ident) -> ::core::result::Result<Self, #ident> {
                    match __os_error(&value) {
                        ::core::option::Option::Some(row) => ::core::result::Result::Ok(row),
                        ::core::option::Option::None => ::core::result::Result::Err(value),
                    }
                }
            }
        },
    }
}
