//! `from_name()` and `FromStr`: any symbol or alias of any column, or a variant's name.

use super::{Ctx, Output};
use crate::model::checked::Shape;
use quote::quote;

pub fn expand(ctx: &Ctx) -> Output {
    if matches!(ctx.table.shape, Shape::Group) {
        return Output::default();
    }
    let ident = &ctx.table.ident;
    let private = &ctx.private;
    let methods = quote! {
        /// The row a name stands for: a symbol or alias of any platform, or the
        /// variant's own name. Case matters.
        #[inline]
        #[must_use]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __row(__by_name(name))
        }
    };
    let items = quote! {
        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #private::UnknownName;

            #[inline]
            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, #private::UnknownName> {
                match __row(__by_name(name)) {
                    ::core::option::Option::Some(row) => ::core::result::Result::Ok(row),
                    ::core::option::Option::None => ::core::result::Result::Err(#private::UnknownName),
                }
            }
        }
    };
    Output { methods, items }
}
