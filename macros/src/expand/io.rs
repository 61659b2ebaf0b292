//! `kind()` and the conversions from and to `std::io::Error`, with the runtime's `std`
//! feature only (which the macros cannot see, so the runtime's `std_only!` decides).
//!
//! Lossless both ways: decoding reads only the facts an `io::Error` carries, innermost
//! error first (its raw OS code, else a value of the table it wraps, else for a
//! catch-all what `Unlisted` keeps), never a row guessed from a kind; encoding gives the
//! OS's own error only where decoding it gives the value back, and otherwise wraps the
//! value.

use super::codes::FROM_OS_ERROR;
use super::codes::RAW_OS_ERROR_OF;
use super::data::{COUNT, DECODE, GROUPED, INDEX, KIND, MEMBERS, ROW};
use super::os_codes::OS_CODES_CURRENT;
use super::{Ctx, Helper, Output};
use crate::model::checked::{Entries, Shape};
use crate::model::{Column, CANONICAL};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

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

/// `__kind_of(&Table) -> io::ErrorKind`: `kind()`, which other items call by this name
/// (a variant may be named `kind`, and method syntax may find a user's trait).
pub const KIND_OF: Helper = Helper("__kind_of");

/// What every `kind()` says of the compilers older than a kind (`__private::kind`).
const OLDER_RUST: &str = "Built by a Rust older than the kind (1.83 for most of the \
    kinds std stabilized for OS errors, such as `NotADirectory` and `HostUnreachable`; \
    1.85 for `QuotaExceeded`; 1.87 for `InvalidFilename`), which cannot name it, \
    `kind()` is `ErrorKind::Other` for those rows instead.";

/// `kind()`, with the body of its function of `value` (a reference to the table).
fn kind_method(ctx: &Ctx, doc: &str, body: TokenStream) -> Output {
    let example_kind = super::examples::example(ctx, "kind");
    let doc = format!("{doc}\n\n{OLDER_RUST}");
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    Output {
        methods: quote! {
            #[doc = #doc]
            #[inline]
            #[must_use]
            #example_kind
            pub fn kind(&self) -> #private::io::ErrorKind {
                #KIND_OF(self)
            }
        },
        items: quote! {
            fn #KIND_OF(value: &#ident) -> #private::io::ErrorKind {
                #body
            }
        },
    }
}

/// `kind()` of a table with codes: the row's, or the catch-all's.
fn kind(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let catch_all = ctx.catch_all().map(|catch_all| match ctx.is_own() {
        true => quote!(#ident::#catch_all(..) => #private::io::ErrorKind::Other,),
        false => {
            let unlisted = ctx.kept(quote!(unlisted));
            quote!(#ident::#catch_all(ref unlisted) => #private::Unlisted::kind(#unlisted),)
        }
    });
    let body = super::match_or(
        quote!(*value),
        quote!(#catch_all),
        quote!(#KIND[#INDEX(value)]),
    );
    kind_method(
        ctx,
        "The `std::io::ErrorKind` this row corresponds to.",
        body,
    )
}

/// The arms of a `match` on `#private::inner::<Table>(error)` that rebuild the value the
/// error wraps (a table need not be `Clone`): a row by its index, the catch-all around
/// its copy of the value.
fn rebuilt(ctx: &Ctx) -> TokenStream {
    let ident = &ctx.table.ident;
    let mut holding = TokenStream::new();
    if let Some(catch_all) = ctx.catch_all() {
        let (binding, kept) = ctx.kept_copy("kept");
        let rebuilt = ctx.keep(kept);
        holding.extend(quote!(::core::option::Option::Some(&#ident::#catch_all(#binding)) => ::core::option::Option::Some(#rebuilt),));
    }
    for (place, v) in keepers(ctx) {
        let kept = ctx.kept_row(place, quote!(kept));
        let rebuilt = ctx.keep_row(place, quote!(*#kept));
        holding.extend(quote!(::core::option::Option::Some(&#ident::#v(ref kept)) => ::core::option::Option::Some(#rebuilt),));
    }
    quote! {
        #holding
        ::core::option::Option::Some(value) => #ROW(#INDEX(value)),
        ::core::option::Option::None => ::core::option::Option::None,
    }
}

/// A group's variants that keep the row they were decoded from, `Retry(OsError)`.
/// Each with its place.
fn keepers<'a>(ctx: &Ctx<'a>) -> Vec<(usize, &'a Ident)> {
    let mut keepers = Vec::new();
    for (place, row) in ctx.table.rows.iter().enumerate() {
        if row.keeps_row() {
            keepers.push((place, &row.ident));
        }
    }
    keepers
}

/// `from_io_error` and, with a catch-all, `From<io::Error>` (`decoded` is the body of
/// `__from_io_error`, `rest` what the catch-all keeps of an error it does not decode).
fn decoding(ctx: &Ctx, doc: &str, decoded: TokenStream, rest: Option<TokenStream>) -> Output {
    let example_from_io_error = super::examples::example(ctx, "from_io_error");
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let io = quote!(#private::io);
    let methods = quote! {
        #[doc = #doc]
        #[inline]
        #[must_use]
        #example_from_io_error
        pub fn from_io_error(error: &#io::Error) -> ::core::option::Option<Self> {
            __from_io_error(error)
        }
    };
    let mut items = quote! {
        fn __from_io_error(error: &#io::Error) -> ::core::option::Option<#ident> {
            #decoded
        }
    };
    items.extend(rest.map(|rest| {
        let kept = ctx.keep(rest);
        // An OS error (the common case) wraps nothing: decoding its code inline, once,
        // gives what `__from_io_error` and `unlisted_of` would; any other error goes
        // out of line.
        let decode_code = match ctx.table.shape {
            Shape::OsCodes(_) => {
                let kept_code = ctx.keep(quote!(#private::Unlisted::from_raw_os_error(code)));
                quote! {
                    if let ::core::option::Option::Some(code) = #io::Error::raw_os_error(error) {
                        if let ::core::option::Option::Some(platform) = #OS_CODES_CURRENT {
                            if let ::core::option::Option::Some(value) = #DECODE(platform, code) {
                                return value;
                            }
                        }
                        return #kept_code;
                    }
                }
            }
            _ => TokenStream::new(),
        };
        quote! {
            #[cold]
            fn __from_io_error_slow(error: &#io::Error) -> #ident {
                match __from_io_error(error) {
                    ::core::option::Option::Some(value) => value,
                    ::core::option::Option::None => #kept,
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<&#io::Error> for #ident {
                /// Decodes the error (see `from_io_error`); what no row stands for is
                /// kept in the catch-all, a raw OS code as `decode_raw_os_error(code)`
                /// keeps it (so that the value converts back to the same OS error).
                #[inline]
                fn from(error: &#io::Error) -> Self {
                    #decode_code
                    __from_io_error_slow(error)
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#io::Error> for #ident {
                /// Decodes the error (see `from_io_error`); what no row stands for is
                /// kept in the catch-all, as `From<&io::Error>` keeps it.
                #[inline]
                fn from(error: #io::Error) -> Self {
                    <Self as ::core::convert::From<&#io::Error>>::from(&error)
                }
            }
        }
    }));
    Output { methods, items }
}

/// `TryFrom<io::Error>` of a table without a catch-all: an error the table does not
/// decode comes back unchanged.
fn try_from_io_error(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let io = quote!(#private::io);
    quote! {
        #[automatically_derived]
        impl ::core::convert::TryFrom<#io::Error> for #ident {
            type Error = #io::Error;

            /// Decodes the error (see `from_io_error`); one the table does not decode
            /// comes back unchanged.
            #[inline]
            fn try_from(error: #io::Error) -> ::core::result::Result<Self, #io::Error> {
                match __from_io_error(&error) {
                    ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                    ::core::option::Option::None => ::core::result::Result::Err(error),
                }
            }
        }
    }
}

/// A table of its own codes: no OS error has them, so an `io::Error` of a value wraps
/// it, and only a wrapped value decodes.
fn own_codes(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let rebuilt = rebuilt(ctx);
    let decoded = quote! {
        match #private::inner::<#ident>(#private::innermost(error)) {
            #rebuilt
        }
    };
    let doc = "The value an `io::Error` wraps (made from it with `From`, `io::Error::new` or `io::Error::other`, however deeply wrapped in other `io::Error`s), if any.";
    let mut output = decoding(ctx, doc, decoded, None);
    output.add(kind(ctx));
    output.items.extend(try_from_io_error(ctx));
    output.items.extend(quote! {
        #[automatically_derived]
        impl ::core::convert::From<#ident> for #private::io::Error {
            /// A custom error of the value's kind that wraps it (`get_ref`), so that
            /// `from_io_error` gives it back.
            #[inline]
            fn from(value: #ident) -> Self {
                #private::io::Error::new(#KIND_OF(&value), value)
            }
        }
    });
    output
}

/// A table of OS codes: decoding by the raw code, else the wrapped value; encoding as
/// the OS's own error where decoding that gives the value back.
fn os_codes(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let io = quote!(#private::io);
    let rebuilt = rebuilt(ctx);
    let decoded = quote! {
        let error = #private::innermost(error);
        if let ::core::option::Option::Some(code) = #io::Error::raw_os_error(error) {
            return match #OS_CODES_CURRENT {
                ::core::option::Option::Some(platform) => #DECODE(platform, code),
                ::core::option::Option::None => ::core::option::Option::None,
            };
        }
        match #private::inner::<#ident>(error) {
            #rebuilt
        }
    };
    let doc = "The row an `io::Error` stands for: by its raw OS code if it has one (no row, where the table's codes are not this OS's: `os_error_codes`), else the value it wraps; the innermost of nested `io::Error`s counts. An error with neither is no row: its kind alone does not say which (`io::Error::from(ErrorKind::TimedOut)` may come from a timer); match on `kind()` for those.";
    let rest = ctx
        .catch_all()
        .map(|_| quote!(#private::unlisted_of(error)));
    let mut output = decoding(ctx, doc, decoded, rest);
    output.add(kind(ctx));
    if ctx.table.catch_all.is_none() {
        output.items.extend(try_from_io_error(ctx));
    }
    let into_catch_all = ctx.catch_all().map(|c| {
        let (binding, unlisted) = ctx.kept_copy("unlisted");
        quote!(#ident::#c(#binding) => #private::unlisted_into_io_error(#unlisted, __is_listed),)
    });
    let not_own = rows_whose_code_decodes_elsewhere(ctx);
    let io_code = super::match_or(
        quote!((#OS_CODES_CURRENT, value)),
        not_own,
        quote!(#RAW_OS_ERROR_OF(value)),
    );
    let into_io_error = super::match_or(
        quote!(value),
        quote!(#into_catch_all),
        quote!(#private::into_io_error(__io_code(&value), #KIND_OF(&value), value)),
    );
    output.items.extend(quote! {
        /// Whether a raw OS code of this platform decodes to a row.
        fn __is_listed(code: ::core::primitive::i32) -> ::core::primitive::bool {
            match #OS_CODES_CURRENT {
                ::core::option::Option::Some(platform) => ::core::option::Option::is_some(&#DECODE(platform, code)),
                ::core::option::Option::None => false,
            }
        }

        /// The raw OS code whose error decodes back to `value`: its code here, except
        /// where another row has the same number and decodes it.
        fn __io_code(value: &#ident) -> ::core::option::Option<::core::primitive::i32> {
            #io_code
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #io::Error {
            /// The OS's own error where decoding it gives the value back (so its kind
            /// and message stay), otherwise a custom error of the value's kind that
            /// wraps it (`get_ref`).
            #[inline]
            fn from(value: #ident) -> Self {
                #into_io_error
            }
        }
    });
    output
}

/// `(Some(Platform::Linux), &Table::NotSupported) => None,` for each row whose code on a
/// platform decodes to another row there (`=> Row`).
fn rows_whose_code_decodes_elsewhere(ctx: &Ctx) -> TokenStream {
    let ident = &ctx.table.ident;
    let mut arms = TokenStream::new();
    for row in &ctx.table.rows {
        for code in row.codes() {
            let Column::Platform(platform) = code.column else {
                continue;
            };
            if code.symbols.first().is_some_and(|primary| !primary.decodes) {
                let platform = ctx.platform(platform);
                let variant = &row.ident;
                arms.extend(quote!(
                    (::core::option::Option::Some(#platform), &#ident::#variant) => ::core::option::Option::None,
                ));
            }
        }
    }
    arms
}

/// A group decodes the value an `io::Error` wraps, else what the canonical table decodes,
/// grouped. A unit variant of one row converts as that row does; one of several rows
/// does not know which of them happened, so its `io::Error` wraps it, without a code.
fn group(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let canonical = format_ident!("{}", CANONICAL);
    let canonical = quote!(#private::#canonical);
    let io = quote!(#private::io);
    let mut kinds = TokenStream::new();
    for (place, row) in ctx.table.rows.iter().enumerate() {
        let variant = &row.ident;
        let kept = ctx.kept_row(place, quote!(kept));
        kinds.extend(match &row.entries {
            Entries::Members {
                kind: Some(kind),
                kept_field,
                ..
            } => match kept_field {
                Some(_) => quote!(#ident::#variant(..) => #private::kind::#kind,),
                None => quote!(#ident::#variant => #private::kind::#kind,),
            },
            _ if row.keeps_row() => quote!(#ident::#variant(ref kept) => #canonical::kind(#kept),),
            _ => quote!(#ident::#variant => #private::common_kind(#MEMBERS[#INDEX(value)]),),
        });
    }
    let kind_of_catch_all = ctx.catch_all().map(|c| {
        let kept = ctx.kept(quote!(kept));
        quote!(#ident::#c(ref kept) => #canonical::kind(#kept),)
    });
    let rest = ctx.rest(quote!(#io::ErrorKind::Other));
    let arms = quote! {
        #kinds
        #kind_of_catch_all
        #rest
    };
    let doc = "The `std::io::ErrorKind`: the variant's `kind` if it gives one, else the kind its rows share, else `Other`; for the catch-all, the kept row's.";
    let Output {
        mut methods,
        items: kind_items,
    } = kind_method(ctx, doc, quote!(match *value { #arms }));
    let rebuilt = rebuilt(ctx);
    let decoded = quote! {
        if let ::core::option::Option::Some(value) = match #private::inner::<#ident>(#private::innermost(error)) {
            #rebuilt
        } {
            return ::core::option::Option::Some(value);
        }
        #FROM_OS_ERROR(<#canonical as ::core::convert::From<&#io::Error>>::from(error))
    };
    let doc = "The variant an `io::Error` stands for: the value it wraps, else the variant that lists the canonical row it decodes to (see the canonical table's `from_io_error`); with a catch-all always one, without it `None` for an error no variant lists.";
    let rest = ctx
        .catch_all()
        .map(|_| quote!(<#canonical as ::core::convert::From<&#io::Error>>::from(error)));
    let output = decoding(ctx, doc, decoded, rest);
    methods.extend(output.methods);
    let mut items = output.items;
    items.extend(kind_items);
    if ctx.table.catch_all.is_none() {
        items.extend(try_from_io_error(ctx));
    }
    let into_catch_all = ctx.catch_all().map(|c| {
        let (binding, row) = ctx.kept_copy("row");
        quote! {
            // A row some variant lists would come back as that variant: wrap it.
            #ident::#c(#binding) if #GROUPED(#row) != #COUNT => #io::Error::new(#canonical::kind(&#row), value),
            #ident::#c(#binding) => <#io::Error as ::core::convert::From<#canonical>>::from(#row),
        }
    });
    let mut into_keepers = TokenStream::new();
    for (place, v) in keepers(ctx) {
        let row = ctx.kept_row(place, quote!(row));
        into_keepers.extend(quote! {
            // A row the variant does not list would come back as another variant.
            #ident::#v(ref row) if #GROUPED(*#row) != #INDEX(&value) => #io::Error::new(#canonical::kind(#row), value),
            #ident::#v(ref row) => <#io::Error as ::core::convert::From<#canonical>>::from(*#row),
        });
    }
    let into_io_error = super::match_or(
        quote!(value),
        quote!(#into_catch_all #into_keepers),
        quote! {
            match #MEMBERS[#INDEX(&value)] {
                [row] => <#io::Error as ::core::convert::From<#canonical>>::from(*row),
                _ => #io::Error::new(#KIND_OF(&value), value),
            }
        },
    );
    items.extend(quote! {
        #[automatically_derived]
        impl ::core::convert::From<#ident> for #io::Error {
            /// A variant of one row, or one that keeps its row: that row's `io::Error`.
            /// A unit variant of several rows does not know which of them happened: a
            /// custom error of its kind that wraps it (`get_ref`), without an OS code.
            /// The catch-all: its row's, unless a variant lists the row (then wrapped,
            /// so that it comes back).
            #[inline]
            fn from(value: #ident) -> Self {
                #into_io_error
            }
        }
    });
    Output { methods, items }
}
