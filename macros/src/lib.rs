//! The macros behind [errtable](https://docs.rs/errtable): the `error_table!` DSL and
//! `#[derive(ErrorTable)]`. Depend on `errtable`, which re-exports them; the generated
//! code needs its runtime.
//!
//! Both entry points parse into one model (`model`), check it (`validate`) and expand it
//! (`expand`). On a validation error the table is still expanded next to the error, so
//! the user sees the mistake and not a cascade of "cannot find" errors from code that
//! uses the table; expansion is written to be sound on any model for that reason.

#![forbid(unsafe_code)]

mod errors;
mod expand;
mod model;
mod parse;
mod validate;

#[cfg(test)]
mod fuzz;

use errors::Errors;
use proc_macro::TokenStream;

#[proc_macro]
pub fn error_table(input: TokenStream) -> TokenStream {
    error_table_tokens(input.into()).into()
}

#[proc_macro_derive(ErrorTable, attributes(errtable))]
pub fn derive_error_table(input: TokenStream) -> TokenStream {
    derive_tokens(input.into()).into()
}

// The entry points on `proc_macro2` tokens, which also work outside the compiler: the
// fuzz tests drive these, so they test exactly what the macros run.

fn error_table_tokens(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = Errors::default();
    match parse::dsl::parse(input, &mut errors) {
        Ok(table) => finish(&table, errors),
        Err(error) => {
            errors.push_error(error);
            errors.to_compile_errors()
        }
    }
}

fn derive_tokens(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = Errors::default();
    match parse::derive::parse(input, &mut errors) {
        Ok(table) => finish(&table, errors),
        // The user's enum stands without the expansion; the mistakes found in the
        // entries before the shape error are reported with it.
        Err(error) => {
            errors.push_error(error);
            errors.to_compile_errors()
        }
    }
}

fn finish(table: &model::Table, mut errors: Errors) -> proc_macro2::TokenStream {
    validate::check(table, &mut errors);
    let mut tokens = errors.to_compile_errors();
    tokens.extend(expand::table(table));
    tokens
}
