//! `ALL`, `name()`, `message()` and `description()`, looked up by row index.

use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let rows: Vec<_> = table.rows.iter().map(|row| &row.ident).collect();
    let catch_all_name = table.catch_all.as_ref().map(|c| c.ident.to_string());
    let names = table
        .rows
        .iter()
        .map(|row| row.ident.to_string())
        .chain([catch_all_name.unwrap_or_default()]);
    let message_of = |message: Option<&syn::LitStr>| match message {
        Some(message) => quote!(#message),
        None => quote!(""),
    };
    let messages = table
        .rows
        .iter()
        .map(|row| message_of(row.message.as_ref()));
    // An empty string stands for "no description": one token a row instead of an Option.
    let descriptions = table
        .rows
        .iter()
        .map(|row| message_of(row.description.as_ref()));
    let allow = super::allow_lints();
    quote! {
        const __NAME: [&::core::primitive::str; __COUNT] = [#(#names),*];
        const __MESSAGE: [&::core::primitive::str; __COUNT] = [#(#messages,)* "Unknown error"];
        const __DESCRIPTION: [&::core::primitive::str; __COUNT] = [#(#descriptions,)* ""];

        #allow
        impl #ident {
            /// Every row of the table, in table order (the catch-all is not a row).
            pub const ALL: &'static [Self] = &[#(Self::#rows),*];

            /// The variant's name, as the table writes it.
            #[inline]
            #[must_use]
            pub const fn name(&self) -> &'static ::core::primitive::str {
                __NAME[__index(self)]
            }

            /// The short message that `Display` prints.
            #[inline]
            #[must_use]
            pub const fn message(&self) -> &'static ::core::primitive::str {
                __MESSAGE[__index(self)]
            }

            /// The longer description, where the table gives one.
            #[inline]
            #[must_use]
            pub const fn description(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match __DESCRIPTION[__index(self)] {
                    description if description.is_empty() => ::core::option::Option::None,
                    description => ::core::option::Option::Some(description),
                }
            }
        }
    }
}
