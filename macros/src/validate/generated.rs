//! The enum `error_table!` writes.

use crate::errors::Errors;
use crate::model::checked::{CatchAll, GeneratedEnum, GeneratedVariant, SerdeImpl};
use crate::model::written::{self, Role};
use crate::model::{DEFAULT_DERIVES, DERIVE_NAME};
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Path, Token};

/// The enum `error_table!` writes: every variant the user wrote once, without the
/// attributes reported above.
pub(super) fn generated_enum(
    table: &mut written::Table,
    catch_all: Option<&CatchAll>,
    default_derives: bool,
) -> GeneratedEnum {
    let variants = table
        .variants
        .iter_mut()
        .map(|variant| {
            let is_catch_all = catch_all.is_some_and(|c| {
                c.ident == variant.ident && matches!(variant.role, Role::CatchAll(_))
            });
            let documented = variant.attrs.iter().any(
                |attr| matches!(&attr.meta, syn::Meta::NameValue(value) if value.path.is_ident("doc")),
            );
            GeneratedVariant {
                attrs: std::mem::take(&mut variant.attrs),
                ident: variant.ident.clone(),
                documented,
                is_catch_all,
            }
        })
        .collect();
    GeneratedEnum {
        attrs: std::mem::take(&mut table.attrs),
        default_derives,
        variants,
    }
}

/// The user's derives on the enum `error_table!` writes give no trait the table already
/// has: `ErrorTable` (the macro generates the table) and, unless `no_default_derives`,
/// the default derives. Each such name is reported and left out, under `cfg_attr` too,
/// so that no trait is implemented twice.
pub(super) fn derives_are_new(
    table: &mut written::Table,
    default_derives: bool,
    errors: &mut Errors,
) {
    let ident = &table.ident;
    let mut given = |path: &Path| -> bool {
        let Some(name) = path.segments.last().map(|segment| &segment.ident) else {
            return false;
        };
        let message = if name == DERIVE_NAME {
            format!("`error_table!` already generates the table `{ident}`, which `{DERIVE_NAME}` would generate again: remove it")
        } else if default_derives && DEFAULT_DERIVES.iter().any(|(default, _)| name == default) {
            let defaults: Vec<&str> = DEFAULT_DERIVES
                .iter()
                .map(|(default, _)| *default)
                .collect();
            let (last, others) = defaults.split_last().unwrap_or((&"", &[]));
            format!(
                "`{ident}` already has `{name}`: `error_table!` gives every table {} and {last}; remove it, or add `#[errtable(no_default_derives)]` to write the table's derives yourself",
                others.join(", ")
            )
        } else {
            return false;
        };
        errors.push(name.span(), message);
        true
    };
    table
        .attrs
        .retain_mut(|attr| keep_new_derives(attr, &mut given));
}

/// `attr` without the derives `given` says the table has (a `derive` or a `cfg_attr` of
/// one); whether anything is left of it.
fn keep_new_derives(attr: &mut Attribute, given: &mut impl FnMut(&Path) -> bool) -> bool {
    let Meta::List(list) = &mut attr.meta else {
        return true;
    };
    keep_new_in_meta_list(list, given)
}

fn keep_new_in_meta_list(list: &mut syn::MetaList, given: &mut impl FnMut(&Path) -> bool) -> bool {
    if list.path.is_ident("derive") {
        let Ok(paths) = list.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            return true;
        };
        let before = paths.len();
        let kept: Punctuated<Path, Token![,]> =
            paths.into_iter().filter(|path| !given(path)).collect();
        if kept.len() < before {
            list.tokens = quote::ToTokens::to_token_stream(&kept);
        }
        return !kept.is_empty();
    }
    if !list.path.is_ident("cfg_attr") {
        return true;
    }
    let parser = |input: syn::parse::ParseStream| {
        let predicate: Meta = input.parse()?;
        let comma: Token![,] = input.parse()?;
        let attrs = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
        Ok((predicate, comma, attrs))
    };
    let Ok((predicate, comma, attrs)) = list.parse_args_with(parser) else {
        return true;
    };
    let before = attrs.len();
    let mut changed = false;
    let kept: Punctuated<Meta, Token![,]> = attrs
        .into_iter()
        .filter_map(|mut meta| {
            let Meta::List(inner) = &mut meta else {
                return Some(meta);
            };
            let tokens = inner.tokens.to_string();
            let keep = keep_new_in_meta_list(inner, given);
            changed |= inner.tokens.to_string() != tokens;
            keep.then_some(meta)
        })
        .collect();
    if kept.len() < before || changed {
        list.tokens = quote::quote!(#predicate #comma #kept);
    }
    !kept.is_empty()
}

/// `when`, and off where the DSL's enum derives serde's trait `name` itself, plainly or
/// under `cfg_attr` (then off under that predicate): a trait the user derives is theirs,
/// whichever crate turns the runtime's `serde` feature on.
pub(super) fn unless_derived(table: &written::Table, name: &str, mut when: SerdeImpl) -> SerdeImpl {
    for attr in &table.attrs {
        if let Meta::List(list) = &attr.meta {
            derived_when(list, name, None, &mut when);
        }
    }
    when
}

/// Adds to `when` where `list` (under `predicate`, if in a `cfg_attr`) derives `name`.
fn derived_when(
    list: &syn::MetaList,
    name: &str,
    predicate: Option<&proc_macro2::TokenStream>,
    when: &mut SerdeImpl,
) {
    if list.path.is_ident("derive") {
        let Ok(paths) = list.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            return;
        };
        if paths.iter().any(|path| {
            path.segments
                .last()
                .is_some_and(|segment| segment.ident == name)
        }) {
            match predicate {
                Some(predicate) => when.off_when.push(predicate.clone()),
                None => when.off = true,
            }
        }
        return;
    }
    if !list.path.is_ident("cfg_attr") {
        return;
    }
    let parser = |input: syn::parse::ParseStream| {
        let inner: Meta = input.parse()?;
        input.parse::<Token![,]>()?;
        let attrs = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
        Ok((inner, attrs))
    };
    let Ok((inner, attrs)) = list.parse_args_with(parser) else {
        return;
    };
    let predicate = match predicate {
        Some(outer) => quote::quote!(all(#outer, #inner)),
        None => quote::ToTokens::to_token_stream(&inner),
    };
    for meta in &attrs {
        if let Meta::List(list) = meta {
            derived_when(list, name, Some(&predicate), when);
        }
    }
}
