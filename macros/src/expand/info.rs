//! `ALL`, `name()`, `message()` and `description()`. A group's catch-all gives the
//! message and description of the canonical row it keeps.

use super::{Ctx, Output};
use crate::model::checked::Shape;
use quote::quote;

pub fn expand(ctx: &Ctx) -> Output {
    let table = ctx.table;
    let rows = table
        .rows
        .iter()
        .filter(|row| !row.keeps_row())
        .map(|row| &row.ident);
    let kept = |method| match (&table.shape, ctx.catch_all()) {
        (Shape::Group, Some(catch_all)) => {
            let method = quote::format_ident!("{}", method);
            Some(quote!(Self::#catch_all(ref kept) => kept.#method(),))
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
    let methods = quote! {
        #[doc = #all_doc]
        pub const ALL: &'static [Self] = &[#(Self::#rows),*];

        /// The variant's name, as the table writes it.
        #[inline]
        #[must_use]
        pub const fn name(&self) -> &'static ::core::primitive::str {
            __NAME[__index(self)]
        }

        #[doc = #message_doc]
        #[inline]
        #[must_use]
        pub const fn message(&self) -> &'static ::core::primitive::str {
            match *self {
                #kept_message
                _ => __MESSAGE[__index(self)],
            }
        }

        #[doc = #description_doc]
        #[inline]
        #[must_use]
        pub const fn description(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            match *self {
                #kept_description
                _ => match __DESCRIPTION[__index(self)] {
                    description if description.is_empty() => ::core::option::Option::None,
                    description => ::core::option::Option::Some(description),
                },
            }
        }
    };
    Output {
        methods,
        items: quote!(),
    }
}
