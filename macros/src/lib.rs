//! The macros behind [errtable](https://docs.rs/errtable): the `error_table!` DSL and
//! `#[derive(ErrorTable)]`. Depend on `errtable`, which re-exports them; the generated
//! code needs its runtime.
//!
//! Both entry points parse into one model (`model`), check it (`validate`) and expand it
//! (`expand`). On a validation error the table is still expanded next to the error, so
//! the user sees the mistake and not a cascade of "cannot find" errors from code that
//! uses the table; expansion is written to be sound on any model for that reason.

mod errors;
mod expand;
mod model;
mod parse;
mod validate;

use errors::Errors;
use proc_macro::TokenStream;

#[proc_macro]
pub fn error_table(input: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    match parse::dsl::parse(input.into(), &mut errors) {
        Ok(table) => finish(&table, errors),
        Err(error) => error.to_compile_error().into(),
    }
}

#[proc_macro_derive(ErrorTable, attributes(errtable))]
pub fn derive_error_table(input: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    match parse::derive::parse(input.into(), &mut errors) {
        Ok(table) => finish(&table, errors),
        Err(error) => error.to_compile_error().into(),
    }
}

fn finish(table: &model::Table, mut errors: Errors) -> TokenStream {
    validate::check(table, &mut errors);
    let mut tokens = errors.to_compile_errors();
    tokens.extend(expand::table(table));
    tokens.into()
}
