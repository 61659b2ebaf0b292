//! `Serialize` and `Deserialize`, with the runtime's `serde` feature only (which the
//! macros cannot see, so the runtime's `serde_only!` decides). The impls are a call each
//! to the runtime's helpers, which write a row as its name, the catch-all as its name
//! with what it keeps and a group's variant that keeps its row as its name with the row,
//! and read exactly that back: the catch-all only keeping what the table's own decoding
//! keeps there (`__kept_check`).
//!
//! The impls' generic parameters are `__S`, `__D` and `'__de`, names no user's type
//! takes: a table named `D` is named in `deserialize`'s body, where a parameter `D`
//! would stand for it.

use super::data::{COUNT, DECODE, GROUPED, INDEX, MEMBERS, NAME, ROW};
use super::os_codes::OS_CODES_ON;
use super::{usize_lit, Ctx, Helper, Output};
use crate::model::checked::{SerdeImpl, Shape};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

pub fn expand(ctx: &Ctx) -> Output {
    let table = ctx.table;
    let impls = gated(&table.serde, || {
        let mut impls = serialize(ctx);
        impls.extend(deserialize(ctx));
        impls
    });
    if impls.is_empty() {
        return Output::default();
    }
    let private = &ctx.private;
    Output {
        methods: TokenStream::new(),
        items: quote!(#private::serde_only! { #impls }),
    }
}

/// The impls `make` writes, where `when` says they are generated.
fn gated(when: &SerdeImpl, make: impl FnOnce() -> TokenStream) -> TokenStream {
    if when.off {
        return TokenStream::new();
    }
    let impls = make();
    let off_when = &when.off_when;
    match off_when.is_empty() {
        true => impls,
        false => quote! {
            #[cfg(not(any(#(#off_when),*)))]
            const _: () = { #impls };
        },
    }
}

/// `impl #trait_path for Table`, marked as generated.
fn header(ctx: &Ctx, trait_path: TokenStream) -> TokenStream {
    let ident = &ctx.table.ident;
    quote!(#[automatically_derived] impl #trait_path for #ident)
}

/// A row by its place among the rows (`__index`, which `__name` follows), the catch-all
/// after them: the places of the names `deserialize` lists.
fn serialize(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let table = ident_name(ctx);
    let serde = quote!(#private::serde);
    let catch_all = ctx.catch_all().map(|catch_all| {
        let name = catch_all_name(ctx);
        let place = usize_lit(ctx.table.rows.len());
        let kept = ctx.kept(quote!(kept));
        quote! {
            Self::#catch_all(ref kept) => #serde::serialize_catch_all(serializer, #table, #place, #name, #kept),
        }
    });
    // A group's `Retry(OsError)`: its name and the row it keeps.
    let mut kept_rows = TokenStream::new();
    for (place, row) in ctx.table.rows.iter().enumerate() {
        if row.keeps_row() {
            let variant = &row.ident;
            let name = row.name.as_str();
            let kept = ctx.kept_row(place, quote!(kept));
            let place = usize_lit(place);
            kept_rows.extend(quote!(Self::#variant(ref kept) => #serde::serialize_kept_row(serializer, #table, #place, #name, #kept),));
        }
    }
    let body = super::match_or(
        quote!(*self),
        quote!(#catch_all #kept_rows),
        quote!({
            let index = #INDEX(self);
            #serde::serialize_row(serializer, #table, index as ::core::primitive::u32, #NAME(index))
        }),
    );
    let header = header(ctx, quote!(#serde::Serialize));
    quote! {
        #header {
            #[allow(clippy::cast_possible_truncation)]
            fn serialize<__S: #serde::Serializer>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                #body
            }
        }
    }
}

/// The names `serialize` writes, found by `__name`; the catch-all's slot there names no
/// row (`__row` of it is `None`), nor does the empty name of a table without one.
fn deserialize(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let table = ident_name(ctx);
    let serde = quote!(#private::serde);
    let mut rows = TokenStream::new();
    for row in &ctx.table.rows {
        super::push_separated(&mut rows, row.name.to_token_stream());
    }
    let call = match keeping(ctx) {
        Some(keeping) => keeping,
        None => match ctx.catch_all() {
            Some(_) => {
                let mut names = rows;
                super::push_separated(&mut names, catch_all_name(ctx).to_token_stream());
                let catch_all = catch_all(ctx);
                quote! {
                    const __VARIANTS: &[&::core::primitive::str] = &[#names];
                    #serde::deserialize_table(deserializer, #table, __VARIANTS, __row_named, #catch_all)
                }
            }
            None => quote! {
                const __VARIANTS: &[&::core::primitive::str] = &[#rows];
                #serde::deserialize_rows(deserializer, #table, __VARIANTS, __row_named)
            },
        },
    };
    let header = header(ctx, quote!(<'__de> #serde::Deserialize<'__de>));
    let kept_check = kept_check(ctx);
    quote! {
        #kept_check

        /// The row named exactly `name`.
        fn __row_named(name: &::core::primitive::str) -> ::core::option::Option<#ident> {
            // The rows' slots; the last one is the catch-all's, which no row is.
            for index in 0..#COUNT - 1 {
                if #NAME(index) == name {
                    return #ROW(index);
                }
            }
            ::core::option::Option::None
        }

        #header {
            fn deserialize<__D: #serde::Deserializer<'__de>>(deserializer: __D) -> ::core::result::Result<Self, __D::Error> {
                #call
            }
        }
    }
}

/// A group with variants that keep their row reads them too: `__keep_row_named` makes
/// the variant of a name keeping a row, if the variant lists the row (else gives the
/// rows it lists).
fn keeping(ctx: &Ctx) -> Option<TokenStream> {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let table = ident_name(ctx);
    let serde = quote!(#private::serde);
    let canonical = ctx.canonical();
    let mut names = TokenStream::new();
    let mut arms = TokenStream::new();
    for (place, row) in ctx.table.rows.iter().enumerate() {
        if !row.keeps_row() {
            continue;
        }
        let name = row.name.as_str();
        super::push_separated(&mut names, name.to_token_stream());
        let keeper = ctx.keep_row(place, quote!(row));
        let place = usize_lit(place);
        arms.extend(quote! {
            #name if #GROUPED(row) == #place => ::core::result::Result::Ok(#keeper),
            #name => ::core::result::Result::Err(#MEMBERS[#place]),
        });
    }
    if names.is_empty() {
        return None;
    }
    let mut variants = TokenStream::new();
    for row in &ctx.table.rows {
        super::push_separated(&mut variants, row.name.to_token_stream());
    }
    let catch_all = match ctx.catch_all() {
        Some(_) => {
            super::push_separated(&mut variants, catch_all_name(ctx).to_token_stream());
            let catch_all = catch_all(ctx);
            quote!(::core::option::Option::Some(#catch_all))
        }
        None => quote!(::core::option::Option::None),
    };
    Some(quote! {
        const __VARIANTS: &[&::core::primitive::str] = &[#variants];
        const __KEPT_ROWS: &[&::core::primitive::str] = &[#names];
        /// The variant called `name`, which keeps its row, keeping `row`; else the
        /// rows it lists.
        fn __keep_row_named(name: &::core::primitive::str, row: #canonical) -> ::core::result::Result<#ident, &'static [#canonical]> {
            match name {
                #arms
                _ => ::core::result::Result::Err(&[]),
            }
        }
        #serde::deserialize_group(
            deserializer,
            #table,
            __VARIANTS,
            __row_named,
            #catch_all,
            #serde::KeptRows { names: __KEPT_ROWS, keep: __keep_row_named },
        )
    })
}

/// `__kept_check(&kept) -> Result<(), NotKept>`: whether the table's own decoding keeps
/// a value in the catch-all, else what it gives instead.
const KEPT_CHECK: Helper = Helper("__kept_check");

/// The catch-all, as `deserialize_table` and `deserialize_group` take it.
fn catch_all(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let keep = ctx.keeper();
    quote!(#private::serde::CatchAll { keep: #keep, check: #KEPT_CHECK })
}

/// `__kept_check`, with a catch-all that holds its value. A code's catch-all keeps no
/// code a row lists, as `decode` keeps it (for OS codes, the runtime's `unlisted_kept`
/// says which `Unlisted` that is); a group's keeps no row a variant lists.
fn kept_check(ctx: &Ctx) -> TokenStream {
    if ctx.catch_all().is_none() {
        return TokenStream::new();
    }
    let private = &ctx.private;
    let serde = quote!(#private::serde);
    let kept_type = ctx.kept_type();
    let row_name = quote! {
        match found {
            ::core::option::Option::Some(row) => ::core::option::Option::Some(#NAME(#INDEX(&row))),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    };
    let body = match ctx.table.shape {
        Shape::OsCodes(_) => quote! {
            #serde::unlisted_kept(kept, #OS_CODES_ON, |platform, code| {
                let found = #DECODE(platform, code);
                #row_name
            })
        },
        Shape::OwnCodes => quote! {
            let found = #DECODE(*kept);
            #serde::listed(#row_name)
        },
        Shape::Group => quote! {
            #serde::listed(match #GROUPED(*kept) {
                index if index < #COUNT - 1 => ::core::option::Option::Some(#NAME(index)),
                _ => ::core::option::Option::None,
            })
        },
    };
    quote! {
        /// `Ok` where decoding keeps `kept` in the catch-all, else what it gives.
        fn #KEPT_CHECK(kept: &#kept_type) -> ::core::result::Result<(), #serde::NotKept> {
            #body
        }
    }
}

/// The enum's name without `r#`, as serde's errors and formats name the type.
fn ident_name(ctx: &Ctx) -> String {
    crate::model::name_of(&ctx.table.ident)
}

fn catch_all_name<'a>(ctx: &'a Ctx) -> &'a str {
    ctx.table.catch_all.as_ref().map_or("", |c| c.name.as_str())
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// The expansion of a DSL table whose enum carries `attrs`.
    fn expand_with(attrs: proc_macro2::TokenStream) -> String {
        crate::error_table_tokens(quote! {
            #attrs
            pub enum Net {
                Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
            }
        })
        .to_string()
    }

    #[test]
    fn serde_is_left_to_an_enum_that_derives_either_trait() {
        let both = expand_with(quote!());
        assert!(
            both.contains(":: Serialize for Net")
                && both.contains(":: Deserialize < '__de > for Net"),
            "{both}"
        );
        for derived in [
            quote!(#[derive(serde::Serialize)]),
            quote!(#[derive(r#Deserialize)]),
        ] {
            let expanded = expand_with(derived);
            assert!(!expanded.contains("serde_only"), "{expanded}");
        }
    }

    #[test]
    fn serde_derived_under_cfg_attr_is_left_to_it_under_that_cfg() {
        let expanded = expand_with(quote!(#[cfg_attr(feature = "wire", derive(Deserialize))]));
        assert!(expanded.contains(":: Serialize for Net"), "{expanded}");
        assert!(
            expanded.contains(":: Deserialize < '__de > for Net"),
            "{expanded}"
        );
        assert!(
            expanded.contains("cfg (not (any (feature = \"wire\")))"),
            "{expanded}"
        );
        let nested =
            expand_with(quote!(#[cfg_attr(unix, cfg_attr(feature = "wire", derive(Serialize)))]));
        assert!(
            nested.contains("all (unix , feature = \"wire\")"),
            "{nested}"
        );
    }
}
