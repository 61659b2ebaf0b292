//! The enum `error_table!` writes.

use crate::errors::Errors;
use crate::model::checked::{CatchAll, GeneratedEnum, GeneratedVariant, SerdeImpl};
use crate::model::written::{self, Role};
use crate::model::{name_of, DEFAULT_DERIVES, DERIVE_NAME};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, MetaList, Path, Token};

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
    let ident = table.ident.clone();
    retain_derives(&mut table.attrs, &mut |path, _| {
        let Some(segment) = path.segments.last() else {
            return true;
        };
        let name = name_of(&segment.ident);
        let message = if name == DERIVE_NAME {
            format!("`error_table!` already generates the table `{ident}`, which `{DERIVE_NAME}` would generate again: remove it")
        } else if default_derives && DEFAULT_DERIVES.iter().any(|(default, _)| name == *default) {
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
            return true;
        };
        errors.push(segment.ident.span(), message);
        false
    });
}

/// `when`, and off where the DSL's enum derives `Serialize` or `Deserialize` itself,
/// plainly or under `cfg_attr` (then off under that predicate): serde is then the
/// user's, both traits, whichever crate turns the runtime's `serde` feature on. Not one
/// trait alone: a binary format reads back only what the same pair of impls writes.
pub(super) fn unless_serde_derived(table: &mut written::Table, mut when: SerdeImpl) -> SerdeImpl {
    retain_derives(&mut table.attrs, &mut |path, predicate| {
        let serde = path
            .segments
            .last()
            .is_some_and(|segment| SERDE_TRAITS.contains(&name_of(&segment.ident).as_str()));
        match (serde, predicate) {
            (false, _) => {}
            (true, Some(predicate)) => when.off_when.push(predicate.clone()),
            (true, None) => when.off = true,
        }
        true
    });
    when
}

/// serde's traits.
const SERDE_TRAITS: [&str; 2] = ["Serialize", "Deserialize"];

/// Hands each derived path of `attrs` to `keep`, with the `cfg` predicate it is under
/// (that of its `cfg_attr`; nested ones joined by `all`), and leaves out the paths it
/// refuses: an attribute is rewritten without them, or left out once empty.
fn retain_derives(
    attrs: &mut Vec<Attribute>,
    keep: &mut impl FnMut(&Path, Option<&TokenStream>) -> bool,
) {
    attrs.retain_mut(|attr| match &mut attr.meta {
        Meta::List(list) => retain_in(list, None, keep),
        _ => true,
    });
}

/// `retain_derives` in one `derive(…)` or `cfg_attr(…)` list; whether anything is left.
fn retain_in(
    list: &mut MetaList,
    predicate: Option<&TokenStream>,
    keep: &mut impl FnMut(&Path, Option<&TokenStream>) -> bool,
) -> bool {
    if list.path.is_ident("derive") {
        let Ok(paths) = list.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            return true;
        };
        let before = paths.len();
        let kept: Punctuated<Path, Token![,]> = paths
            .into_iter()
            .filter(|path| keep(path, predicate))
            .collect();
        if kept.len() < before {
            list.tokens = kept.to_token_stream();
        }
        return !kept.is_empty();
    }
    if !list.path.is_ident("cfg_attr") {
        return true;
    }
    let parser = |input: syn::parse::ParseStream| {
        let inner: Meta = input.parse()?;
        let comma: Token![,] = input.parse()?;
        let metas = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
        Ok((inner, comma, metas))
    };
    let Ok((inner, comma, metas)) = list.parse_args_with(parser) else {
        return true;
    };
    let under = match predicate {
        Some(outer) => quote!(all(#outer, #inner)),
        None => inner.to_token_stream(),
    };
    let before = metas.to_token_stream().to_string();
    let kept: Punctuated<Meta, Token![,]> = metas
        .into_iter()
        .filter_map(|mut meta| {
            let keep_meta = match &mut meta {
                Meta::List(inner_list) => retain_in(inner_list, Some(&under), keep),
                _ => true,
            };
            keep_meta.then_some(meta)
        })
        .collect();
    if kept.to_token_stream().to_string() != before {
        list.tokens = quote!(#inner #comma #kept);
    }
    !kept.is_empty()
}
