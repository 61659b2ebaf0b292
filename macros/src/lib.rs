//! The macros behind [errtable](https://docs.rs/errtable): the `error_table!` DSL and
//! `#[derive(ErrorTable)]`. Depend on `errtable`, which re-exports them; the generated
//! code needs its runtime.
//!
//! Both entry points parse into the written model (`parse`), check it into the checked
//! model (`validate`), and expand that (`expand`); every mistake goes to one collector
//! (`errors`). Validation repairs or leaves out what breaks a rule, so the table is
//! still expanded next to the errors: the user sees each mistake once, and not a cascade
//! of "cannot find" errors from code that uses the table.

#![forbid(unsafe_code)]

mod derives;
mod errors;
mod expand;
mod model;
mod parse;
mod validate;

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod platforms;
#[cfg(test)]
mod regen;

use errors::Errors;
use proc_macro::TokenStream;

#[proc_macro]
pub fn error_table(input: TokenStream) -> TokenStream {
    error_table_tokens(input.into()).into()
}

// `catch_all` is a helper attribute too, though the derive's marker is
// `#[errtable(catch_all)]`: the DSL's `#[catch_all]` written on a derived enum is then
// the derive's to report, once and with the fix, instead of also rustc's "cannot find
// attribute". The derive reports it wherever rustc lets it through (enum, variant,
// field).
#[proc_macro_derive(ErrorTable, attributes(errtable, catch_all))]
pub fn derive_error_table(input: TokenStream) -> TokenStream {
    derive_tokens(input.into()).into()
}

// The entry points on `proc_macro2` tokens, which also work outside the compiler: the
// fuzz tests drive these, so they test exactly what the macros run.

fn error_table_tokens(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = Errors::new();
    let table = parse::dsl::parse(input, &mut errors);
    finish(table, errors)
}

fn derive_tokens(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = Errors::new();
    let table = parse::derive::parse(input, &mut errors);
    finish(table, errors)
}

fn finish(table: Option<model::written::Table>, mut errors: Errors) -> proc_macro2::TokenStream {
    let expanded = table.map(|table| expand::table(&validate::check(table, &mut errors)));
    let mut tokens = errors.finish();
    tokens.extend(expanded);
    tokens
}
