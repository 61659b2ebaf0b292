//! `ALL`, `name()`, `message()` and `description()`.

use crate::model::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let rows: Vec<_> = table.rows.iter().map(|row| &row.ident).collect();
    let names = table.rows.iter().map(|row| row.ident.to_string());
    let messages = table.rows.iter().map(|row| match &row.message {
        Some(message) => quote!(#message),
        None => quote!(""),
    });
    let descriptions = table.rows.iter().map(|row| match &row.description {
        Some(description) => quote!(::core::option::Option::Some(#description)),
        None => quote!(::core::option::Option::None),
    });
    let catch_all = table.catch_all.as_ref().map(|c| &c.ident);
    let catch_all_name = catch_all.map(|ident| {
        let name = ident.to_string();
        quote!(Self::#ident(..) => #name,)
    });
    let catch_all_message = catch_all.map(|ident| quote!(Self::#ident(..) => "Unknown error",));
    let catch_all_description =
        catch_all.map(|ident| quote!(Self::#ident(..) => ::core::option::Option::None,));
    let allow = super::allow_lints();
    quote! {
        #allow
        impl #ident {
            /// Every row of the table, in table order (the catch-all is not a row).
            pub const ALL: &'static [Self] = &[#(Self::#rows),*];

            /// The variant's name, as the table writes it.
            #[must_use]
            pub const fn name(&self) -> &'static str {
                match *self {
                    #(Self::#rows => #names,)*
                    #catch_all_name
                }
            }

            /// The short message that `Display` prints.
            #[must_use]
            pub const fn message(&self) -> &'static str {
                match *self {
                    #(Self::#rows => #messages,)*
                    #catch_all_message
                }
            }

            /// The longer description, where the table gives one.
            #[must_use]
            pub const fn description(&self) -> ::core::option::Option<&'static str> {
                match *self {
                    #(Self::#rows => #descriptions,)*
                    #catch_all_description
                }
            }
        }
    }
}
