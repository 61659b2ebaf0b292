//! `from_name()` and `FromStr`: any symbol or alias of any column, or a variant's name.

use super::data::{BY_NAME, BY_NAME_IGNORE_CASE, ROW};
use super::{Ctx, Output};
use crate::model::checked::Shape;
use quote::quote;

pub fn expand(ctx: &Ctx) -> Output {
    let example_from_name = super::examples::example(ctx, "from_name");
    let example_from_name_ignore_case = super::examples::example(ctx, "from_name_ignore_case");
    if matches!(ctx.table.shape, Shape::Group) {
        return Output::default();
    }
    let ident = &ctx.table.ident;
    let private = &ctx.private;
    let methods = quote! {
        /// The row a name stands for: a symbol or alias of any platform, or the
        /// variant's own name. Case matters (`from_name_ignore_case` ignores it).
        #[inline]
        #[must_use]
        #example_from_name
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            #BY_NAME(name)
        }

        /// The row a name stands for as `from_name` finds it, ignoring ASCII case only
        /// (`econnrefused` finds `ECONNREFUSED`; other letters must match exactly). No two
        /// rows have names that differ only in case (the macro rejects them), so a name
        /// finds one row either way.
        #[inline]
        #[must_use]
        #example_from_name_ignore_case
        pub fn from_name_ignore_case(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            #ROW(#BY_NAME_IGNORE_CASE(name))
        }
    };
    let items = quote! {
        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #private::UnknownName;

            /// As `from_name`: case matters.
            #[inline]
            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, #private::UnknownName> {
                match #BY_NAME(name) {
                    ::core::option::Option::Some(row) => ::core::result::Result::Ok(row),
                    ::core::option::Option::None => ::core::result::Result::Err(#private::UnknownName),
                }
            }
        }
    };
    Output { methods, items }
}
