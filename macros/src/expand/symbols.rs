//! Finding a row by the constant it replaces, and keeping the exact code:
//!
//! - every symbol of a DSL row as a `#[doc(alias)]` on its variant, so that rustdoc's
//!   search finds `ENOPROTOOPT` on `BadProtocolOption` (a derive cannot add attributes
//!   to the enum it derives for: a derive only appends items);
//! - `symbol_of`, the exact name of one number, read from the rows' `(name, number)`
//!   data that `names()` reads (no second copy of the names);
//! - `decode_raw_os_error`, the total decode of a raw OS code of the current platform.

use super::data::{COUNT, DECODE, INDEX, NAMES};
use super::os_codes::OS_CODES_CURRENT;
use super::{Ctx, Helper, Output};
use crate::model::checked::{Row, Shape};
use crate::model::CANONICAL;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Attribute, LitStr};

/// `__symbol_of_code([Platform, ]i32) -> Option<&str>`: `symbol_of()`.
pub const SYMBOL_OF_CODE: Helper = Helper("__symbol_of_code");

/// `#[doc(alias("ECONNRESET", "WSAECONNRESET"))]`: every symbol and alias of every
/// column of `row`, each once, in the order written; none that is the variant's own
/// name (rustdoc rejects that) or that the user already gave the variant (rustdoc warns
/// of a repeat). Nothing for a row without symbols.
pub fn doc_aliases(row: &Row, attrs: &[Attribute]) -> TokenStream {
    let written = written_aliases(attrs);
    let mut aliases: Vec<&str> = Vec::new();
    for symbol in row.codes().iter().flat_map(|code| &code.symbols) {
        let name = symbol.name.as_str();
        if name != row.name && !aliases.contains(&name) && !written.iter().any(|w| w == name) {
            aliases.push(name);
        }
    }
    if aliases.is_empty() {
        return TokenStream::new();
    }
    let aliases = aliases
        .into_iter()
        .map(|alias| LitStr::new(alias, Span::call_site()));
    quote!(#[doc(alias(#(#aliases),*))])
}

/// The aliases the user's own `#[doc(alias = "…")]` and `#[doc(alias("…", …))]` give.
fn written_aliases(attrs: &[Attribute]) -> Vec<String> {
    let mut written = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
        let _ = attr.parse_nested_meta(|meta| {
            if !meta.path.is_ident("alias") {
                return Ok(());
            }
            if meta.input.peek(syn::Token![=]) {
                let alias: LitStr = meta.value()?.parse()?;
                written.push(alias.value());
            } else {
                let content;
                syn::parenthesized!(content in meta.input);
                let list = content
                    .parse_terminated(<LitStr as syn::parse::Parse>::parse, syn::Token![,])?;
                written.extend(list.iter().map(LitStr::value));
            }
            Ok(())
        });
    }
    written
}

pub fn expand(ctx: &Ctx) -> Output {
    match ctx.table.shape {
        Shape::OsCodes(_) | Shape::OwnCodes => {
            let mut output = symbol_of(ctx);
            output.methods.extend(decode_raw_os_error(ctx));
            output
        }
        Shape::Group => Output {
            methods: group_decode_raw_os_error(ctx),
            items: TokenStream::new(),
        },
    }
}

/// `symbol_of`: the row `code` decodes to, then the first of that row's names with that
/// number, primary first, so a number of several names (`EAGAIN`, `EWOULDBLOCK`) gives
/// the primary. The catch-all's slot has no names, so an unlisted code gives `None`.
fn symbol_of(ctx: &Ctx) -> Output {
    let example = super::examples::example(ctx, "symbol_of");
    let (param, arg) = ctx.platform_param();
    let doc = match ctx.is_own() {
        true => "The exact symbol of `code`: of the names of the row that `code` decodes to, the first with that number, so the primary symbol where several names share it (`code: BUSY = 450 | LATER` gives `BUSY`). `None` for a code no row lists. Unlike `symbol()`, which gives a row's primary symbol, this keeps which of a row's numbers `code` was.",
        false => "The exact symbol of `code` on `platform`: of the names of the row that `code` decodes to there, the first with that number, so the primary symbol where several names share it (`EAGAIN`, not `EWOULDBLOCK`, for Linux's 11), and the decoding row's where a number is two rows' (`=> Row`). `None` for a code no row lists. Unlike `symbol()`, which gives a row's primary symbol, this keeps which of a row's codes `code` was (in `errtable::OsError`, `BrokenPipe` has the Windows codes 109 and 232, which give `ERROR_BROKEN_PIPE` and `ERROR_NO_DATA`).",
    };
    let methods = quote! {
        #[doc = #doc]
        #[inline]
        #[must_use]
        #example
        pub const fn symbol_of(#param code: ::core::primitive::i32) -> ::core::option::Option<&'static ::core::primitive::str> {
            #SYMBOL_OF_CODE(#arg code)
        }
    };
    // The row is read by reference and then forgotten, not dropped: a `const fn` cannot
    // run a destructor, which a derived enum may have. No row: the catch-all's slot (the
    // last, `__COUNT - 1`), which has no names.
    let items = quote! {
        #[inline]
        const fn #SYMBOL_OF_CODE(#param code: ::core::primitive::i32) -> ::core::option::Option<&'static ::core::primitive::str> {
            let found = #DECODE(#arg code);
            let index = match &found {
                ::core::option::Option::Some(row) => #INDEX(row),
                ::core::option::Option::None => #COUNT - 1,
            };
            ::core::mem::forget(found);
            let mut entries = #NAMES(index, #arg);
            while let [(name, value), part @ ..] = entries {
                if *value == code {
                    return ::core::option::Option::Some(*name);
                }
                entries = part;
            }
            ::core::option::Option::None
        }
    };
    Output { methods, items }
}

/// `decode_raw_os_error`: a table of OS codes with a catch-all.
fn decode_raw_os_error(ctx: &Ctx) -> Option<TokenStream> {
    if ctx.is_own() || ctx.table.catch_all.is_none() {
        return None;
    }
    let example = super::examples::example(ctx, "decode_raw_os_error");
    let private = &ctx.private;
    let found = quote! {
        match #OS_CODES_CURRENT {
            ::core::option::Option::Some(platform) => #DECODE(platform, code),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    };
    let kept = ctx.keep(quote!(#private::Unlisted::from_raw_os_error(code)));
    let found_or_kept = ctx.or_else(found, kept);
    Some(quote! {
        #[doc = "Decodes `code`, a raw OS error code of the platform this program runs on, as `io::Error::raw_os_error` reports it: the row `from_raw_os_error` gives, else the catch-all keeping the code. Total where `from_raw_os_error` is partial; it gives what `From<&io::Error>` gives for `io::Error::from_raw_os_error(code)`, without making one. Where the table's codes are the OS's, that is the current platform's `decode(platform, code)`. Where they are not (`os_error_codes` leaves this platform out), no row is this OS's error: the catch-all keeps it as the OS error it is (`Unlisted::from_raw_os_error(code)`), whose `raw_os_error()` is `code` and whose `io::Error` is `io::Error::from_raw_os_error(code)` again, and which is no code of the table's column (`code(platform)` is `None`; the table's own number `code` there decodes as `decode` says)."]
        #[inline]
        #[must_use]
        #example
        pub const fn decode_raw_os_error(code: ::core::primitive::i32) -> Self {
            #found_or_kept
        }
    })
}

/// A group with a catch-all: the variant of what the canonical table decodes.
fn group_decode_raw_os_error(ctx: &Ctx) -> TokenStream {
    if ctx.table.catch_all.is_none() {
        return TokenStream::new();
    }
    let private = &ctx.private;
    let canonical = format_ident!("{}", CANONICAL);
    let kept = ctx.keep(quote!(row));
    let grouped = ctx.or_else(quote!(__group(row)), kept);
    quote! {
        /// Decodes `code`, a raw OS error code of the platform this program runs on: the
        /// variant that lists the canonical row it decodes to, else the catch-all keeping
        /// that row; what `From<&io::Error>` gives for `io::Error::from_raw_os_error(code)`.
        #[inline]
        #[must_use]
        pub const fn decode_raw_os_error(code: ::core::primitive::i32) -> Self {
            let row = #private::#canonical::decode_raw_os_error(code);
            #grouped
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// The doc aliases the expansion of `table` gives the variant `row`, in order.
    fn aliases_of(table: proc_macro2::TokenStream, row: &str) -> Vec<String> {
        let file: syn::File = syn::parse2(crate::error_table_tokens(table)).unwrap();
        let Some(syn::Item::Enum(item)) = file.items.first() else {
            panic!("no enum first");
        };
        let variant = item.variants.iter().find(|v| v.ident == row).unwrap();
        let mut aliases = Vec::new();
        for attr in variant.attrs.iter().filter(|a| a.path().is_ident("doc")) {
            let _ = attr.parse_nested_meta(|meta| {
                if meta.input.peek(syn::Token![=]) {
                    let alias: syn::LitStr = meta.value()?.parse()?;
                    aliases.push(alias.value());
                    return Ok(());
                }
                let content;
                syn::parenthesized!(content in meta.input);
                let list = content
                    .parse_terminated(<syn::LitStr as syn::parse::Parse>::parse, syn::Token![,])?;
                aliases.extend(list.iter().map(syn::LitStr::value));
                Ok(())
            });
        }
        aliases
    }

    #[test]
    fn every_symbol_of_every_platform_is_an_alias_once() {
        let table = quote! {
            pub enum Net {
                Again {
                    windows: WSAEWOULDBLOCK = 10035,
                    linux | linux_powerpc: EAGAIN = 11 | EWOULDBLOCK,
                    linux_mips: EAGAIN = 11 | EWOULDBLOCK | EDEADLOCK = 56,
                    macos: EAGAIN = 35 | EWOULDBLOCK,
                    message: "Try again",
                },
                NotSupported { linux: ENOTSUP = 95 => Unsupported, message: "Not supported" },
                Unsupported { linux: EOPNOTSUPP = 95, message: "Unsupported" },
                #[catch_all]
                Rest,
            }
        };
        assert_eq!(
            aliases_of(table.clone(), "Again"),
            ["WSAEWOULDBLOCK", "EAGAIN", "EWOULDBLOCK", "EDEADLOCK"]
        );
        // A symbol whose number another row decodes is still this row's name.
        assert_eq!(aliases_of(table.clone(), "NotSupported"), ["ENOTSUP"]);
        assert!(aliases_of(table, "Rest").is_empty());
    }

    #[test]
    fn no_alias_repeats_the_variants_name_or_the_users_own() {
        let table = quote! {
            pub enum Codes {
                #[doc(alias = "EAGAIN")]
                #[doc(alias("x", "EWOULDBLOCK"))]
                Again { linux: EAGAIN = 11 | EWOULDBLOCK | EXTRA, message: "Try again" },
                EINVAL { linux: EINVAL = 22 | EINVAL2 = 23, message: "Invalid" },
            }
        };
        assert_eq!(
            aliases_of(table.clone(), "Again"),
            ["EAGAIN", "x", "EWOULDBLOCK", "EXTRA"]
        );
        assert_eq!(aliases_of(table, "EINVAL"), ["EINVAL2"]);
    }
}
