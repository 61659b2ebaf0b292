//! `#[cfg]` on the rows of `error_table!`.

use crate::errors::Errors;
use crate::model::written::{self};
use syn::Attribute;

/// A row of `error_table!` is not `#[cfg]`'d: the table's codes and names are data of
/// the whole table, so a row cannot come and go with the configuration. The attribute is
/// reported and removed, and the row read as if it were not there. (A derive never sees
/// one: rustc applies `cfg` before it runs.)
pub(super) fn strip_row_cfgs(table: &mut written::Table, errors: &mut Errors) {
    for variant in &mut table.variants {
        let before = variant.attrs.len();
        for attr in variant.attrs.iter().filter(|attr| is_cfg(attr)) {
            errors.push(attr.path().segments[0].ident.span(), "a row of `error_table!` cannot be `#[cfg]`'d: every platform's codes are data of the whole table; remove the attribute, or declare the table twice under `#[cfg]`, or use `#[derive(ErrorTable)]`, which sees only the variants the configuration keeps");
        }
        variant.attrs.retain(|attr| !is_cfg(attr));
        variant.broken |= variant.attrs.len() < before;
    }
}

/// `#[cfg(…)]`, or a `#[cfg_attr(…)]` that could add one or a marker.
pub(super) fn is_cfg(attr: &Attribute) -> bool {
    if attr.path().is_ident("cfg") {
        return true;
    }
    let syn::Meta::List(list) = &attr.meta else {
        return false;
    };
    attr.path().is_ident("cfg_attr")
        && list.tokens.clone().into_iter().any(|token| {
            matches!(token, proc_macro2::TokenTree::Ident(ident) if ident == "cfg" || ident == "catch_all")
        })
}
