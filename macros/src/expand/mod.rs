//! Model to tokens, one file per generated capability.
//!
//! Expansion never fails and never trusts the model to be valid: after a validation error
//! it still runs (see `lib.rs`), so it keeps the first of clashing codes and names and
//! reads an unknown kind as `Other`. The output then compiles cleanly next to the
//! reported error instead of adding a cascade of its own.

mod codes;
mod display;
mod enum_def;
mod group;
mod info;
mod io;
mod names;
mod rows;

use crate::model::{Column, Platform, Row, Table};
use crate::validate::ERROR_KINDS;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::HashSet;

/// Everything a table generates.
pub fn table(table: &Table) -> TokenStream {
    let enum_def = enum_def::expand(table);
    if table.rows.is_empty() && table.catch_all.is_none() {
        return enum_def;
    }
    let mut tokens = enum_def;
    if !catch_all_fits(table) {
        // Reported by validation; impls for a field of another type would only add
        // type errors to it.
        return tokens;
    }
    if table.is_group() {
        tokens.extend(group::expand(table));
        return tokens;
    }
    // Inside an anonymous const the per-row arrays and index helpers stay private.
    let rows = rows::expand(table);
    let info = info::expand(table);
    let codes = codes::expand(table);
    let names = names::expand(table);
    let display = display::expand(table);
    let io = io::expand(table);
    tokens.extend(quote! {
        const _: () = {
            #rows
            #info
            #codes
            #names
            #display
            #io
        };
    });
    tokens
}

/// Whether a derived catch-all's field is of the type the table keeps there (the DSL's
/// is always implied).
fn catch_all_fits(table: &Table) -> bool {
    match &table.catch_all {
        Some(catch_all) if catch_all.field.is_some() => catch_all.holds(table.catch_all_type()),
        _ => true,
    }
}

/// `::errtable::Platform::Linux`, with the table's runtime path.
fn platform_path(table: &Table, platform: Platform) -> TokenStream {
    let krate = &table.krate;
    let variant = format_ident!("{}", platform.variant());
    quote!(#krate::Platform::#variant)
}

fn int(value: i32) -> Literal {
    Literal::i32_unsuffixed(value)
}

/// The kind a row names, or `Other` where it names none a program could compile.
fn kind_of(row: &Row) -> syn::Ident {
    match &row.kind {
        Some(kind) if ERROR_KINDS.contains(&kind.to_string().as_str()) => kind.clone(),
        _ => format_ident!("Other"),
    }
}

/// The `(number, row index)` pairs that decoding `column` maps, first one winning a clash.
fn decoding(table: &Table, column: Column) -> Vec<(i32, usize)> {
    let mut seen = HashSet::new();
    let entries = table.rows.iter().enumerate().flat_map(|(index, row)| {
        row.codes
            .iter()
            .filter(move |code| code.column == column)
            .flat_map(move |code| {
                code.decoded_numbers()
                    .map(move |number| (number.value, index))
            })
    });
    entries.filter(|(number, _)| seen.insert(*number)).collect()
}

/// The lints generated impls allow: their matches list one arm per row by design.
fn allow_lints() -> TokenStream {
    quote! {
        #[allow(unreachable_patterns, clippy::match_same_arms, clippy::too_many_lines, clippy::trivially_copy_pass_by_ref, clippy::unreadable_literal)]
    }
}
