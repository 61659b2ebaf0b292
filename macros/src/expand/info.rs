//! `ALL`, `name()`, `message()`, `description()` and, for the DSL, `Debug`. A group's catch-all gives the
//! message and description of the canonical row it keeps.

use super::data::{ALL, DESCRIPTION, INDEX, MESSAGE, NAME};
use super::{Ctx, Output};
use crate::model::checked::Shape;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(ctx: &Ctx) -> Output {
    let example_all = super::examples::example(ctx, "ALL");
    let example_description = super::examples::example(ctx, "description");
    let example_message = super::examples::example(ctx, "message");
    let example_name = super::examples::example(ctx, "name");
    let table = ctx.table;
    let kept = |method| match (&table.shape, ctx.catch_all()) {
        (Shape::Group, Some(catch_all)) => {
            let method = quote::format_ident!("{}", method);
            let private = &ctx.private;
            let canonical = quote::format_ident!("{}", crate::model::CANONICAL);
            let kept = ctx.kept(quote!(kept));
            Some(quote!(Self::#catch_all(ref kept) => #private::#canonical::#method(#kept),))
        }
        _ => None,
    };
    let (kept_message, kept_description) = (kept("message"), kept("description"));
    let (all_doc, message_doc, description_doc) = match table.shape {
        Shape::Group => (
            "Every unit variant that stands for canonical rows, in declaration order (the catch-all and the variants that keep their row are not among them).",
            "The short message that `Display` prints; the catch-all's is the kept row's.",
            "The longer description, where the variant (or the kept row) gives one.",
        ),
        _ => (
            "Every row of the table, in table order (the catch-all is not a row).",
            "The short message that `Display` prints.",
            "The longer description, where the table gives one.",
        ),
    };
    let message_body = super::match_or(
        quote!(*self),
        quote!(#kept_message),
        quote!(#MESSAGE(#INDEX(self))),
    );
    let description_body = super::match_or(
        quote!(*self),
        quote!(#kept_description),
        quote! {
            match #DESCRIPTION[#INDEX(self)] {
                description if <::core::primitive::str>::is_empty(description) => ::core::option::Option::None,
                description => ::core::option::Option::Some(description),
            }
        },
    );
    let methods = quote! {
        #[doc = #all_doc]
        #example_all
        pub const ALL: &[Self] = &#ALL;

        /// The variant's name, as the table writes it.
        #[inline]
        #[must_use]
        #example_name
        pub const fn name(&self) -> &'static ::core::primitive::str {
            #NAME(#INDEX(self))
        }

        #[doc = #message_doc]
        #[inline]
        #[must_use]
        #example_message
        pub const fn message(&self) -> &'static ::core::primitive::str {
            #message_body
        }

        #[doc = #description_doc]
        #[inline]
        #[must_use]
        #example_description
        pub const fn description(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            #description_body
        }
    };
    Output {
        methods,
        items: debug(ctx),
    }
}

/// `Debug` where the DSL's default derives would derive it: the derive's output (the
/// variant's name; the catch-all as a tuple), read from the name column instead of a `match`
/// of every variant, which costs `rustc` as much again as the table's other items.
fn debug(ctx: &Ctx) -> TokenStream {
    let table = ctx.table;
    if !ctx.has_default_derives() {
        return TokenStream::new();
    }
    let ident = &table.ident;
    let catch_all = ctx.catch_all().map(|catch_all| {
        let name = table.catch_all.as_ref().map_or("", |c| c.name.as_str());
        quote!(Self::#catch_all(ref kept) => ::core::fmt::DebugTuple::finish(
            ::core::fmt::DebugTuple::field(&mut ::core::fmt::Formatter::debug_tuple(f, #name), kept),
        ),)
    });
    let body = super::match_or(
        quote!(*self),
        quote!(#catch_all),
        quote!(::core::fmt::Formatter::write_str(f, #NAME(#INDEX(self)))),
    );
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}
