//! The derives an enum's attributes list: the one walker of `derive(…)` lists, plain or
//! under `cfg_attr`, for the rules about them (the DSL's enum may not derive what the
//! table has, and leaves serde to its own serde derive; a derive looks for itself in a
//! later `#[derive]`).

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, MetaList, Path, Token};

/// The name a derive's path ends with, without `r#`: `Clone` of `core::clone::Clone`.
pub fn derived_name(path: &Path) -> Option<String> {
    let segment = path.segments.last()?;
    Some(crate::model::name_of(&segment.ident))
}

/// Hands each derived path of `attrs` to `keep`, with the `cfg` predicate it is under
/// (that of its `cfg_attr`; nested ones joined by `all`), and leaves out the paths it
/// refuses: an attribute is rewritten without them, or left out once empty.
pub fn retain_derives(
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
