//! `persistence()`: the row's class from `__PERSISTENCE`; a group's catch-all, and a
//! variant that keeps its row without declaring a class, answer with the kept row's.

use super::data::{INDEX, PERSISTENCE};
use super::{Ctx, Output};
use crate::model::checked::{Entries, Shape};
use crate::model::CANONICAL;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn expand(ctx: &Ctx) -> Output {
    let private = &ctx.private;
    let canonical = format_ident!("{}", CANONICAL);
    let catch_all = match ctx.table.shape {
        Shape::Group => ctx.catch_all().map(|c| {
            let field = ctx.kept(quote!(kept));
            quote!(Self::#c(ref kept) => #private::#canonical::persistence(#field),)
        }),
        Shape::OsCodes(_) | Shape::OwnCodes => None,
    };
    let mut keepers = TokenStream::new();
    for (place, row) in ctx.table.rows.iter().enumerate() {
        if let Entries::Members {
            kept_field: Some(_),
            persistence: None,
            ..
        } = &row.entries
        {
            let variant = &row.ident;
            let kept = ctx.kept_row(place, quote!(kept));
            keepers.extend(
                quote!(Self::#variant(ref kept) => #private::#canonical::persistence(#kept),),
            );
        }
    }
    let doc = match ctx.table.shape {
        Shape::Group => "Whether, and how, the operation may succeed if made again: the variant's `persistence:` if it gives one, else the class its rows share; for the catch-all, and a variant that keeps its row without `persistence:`, the kept row's.",
        Shape::OsCodes(_) | Shape::OwnCodes => "Whether, and how, the operation may succeed if made again: the row's `persistence:`, `Unknown` where it gives none and for the catch-all.",
    };
    let by_place = quote!(#PERSISTENCE[#INDEX(self)]);
    let body = match (&catch_all, keepers.is_empty()) {
        (None, true) => by_place,
        _ => quote! {
            match *self {
                #catch_all
                #keepers
                _ => #by_place,
            }
        },
    };
    let methods = quote! {
        #[doc = #doc]
        #[inline]
        #[must_use]
        pub const fn persistence(&self) -> #private::Persistence {
            #body
        }
    };
    Output {
        methods,
        items: quote!(),
    }
}
