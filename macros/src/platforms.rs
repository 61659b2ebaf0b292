//! The macros' platform keys and the runtime's `Platform` are one list: this reads
//! `runtime/src/platform.rs` (the macros cannot depend on the runtime, which depends on
//! them) and compares its variants, their order and `key()` with `model::Platform`.

use crate::model::Platform;
use syn::{Expr, ExprMatch, ImplItem, Item, Lit, Pat};

fn runtime_platform_file() -> syn::File {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/src/platform.rs");
    let text = std::fs::read_to_string(path).expect("the runtime's platform.rs");
    syn::parse_file(&text).expect("platform.rs parses")
}

/// The variants of `enum Platform`, in order.
fn runtime_variants(file: &syn::File) -> Vec<String> {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Enum(item) if item.ident == "Platform" => Some(
                item.variants
                    .iter()
                    .map(|variant| variant.ident.to_string())
                    .collect(),
            ),
            _ => None,
        })
        .expect("enum Platform")
}

/// `(variant, key)` of every arm of `Platform::key`'s match.
fn runtime_keys(file: &syn::File) -> Vec<(String, String)> {
    let key_fn = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(item) => Some(&item.items),
            _ => None,
        })
        .flatten()
        .find_map(|item| match item {
            ImplItem::Fn(function) if function.sig.ident == "key" => Some(function),
            _ => None,
        })
        .expect("Platform::key");
    let matched = key_fn
        .block
        .stmts
        .iter()
        .find_map(|stmt| match stmt {
            syn::Stmt::Expr(Expr::Match(matched), _) => Some(matched),
            _ => None,
        })
        .expect("key() is one match");
    arms(matched)
}

fn arms(matched: &ExprMatch) -> Vec<(String, String)> {
    matched
        .arms
        .iter()
        .map(|arm| {
            let Pat::Path(path) = &arm.pat else {
                panic!("an arm of key() is `Platform::Variant => \"key\"`");
            };
            let variant = path.path.segments.last().unwrap().ident.to_string();
            let Expr::Lit(syn::ExprLit {
                lit: Lit::Str(key), ..
            }) = &*arm.body
            else {
                panic!("an arm of key() gives a string literal");
            };
            (variant, key.value())
        })
        .collect()
}

#[test]
fn platforms_match_the_runtime() {
    let file = runtime_platform_file();
    let ours: Vec<String> = Platform::ALL
        .iter()
        .map(|platform| platform.variant().to_owned())
        .collect();
    assert_eq!(runtime_variants(&file), ours, "the variants, in order");
    let mut keys = runtime_keys(&file);
    keys.sort();
    let mut expected: Vec<(String, String)> = Platform::ALL
        .iter()
        .map(|platform| (platform.variant().to_owned(), platform.key().to_owned()))
        .collect();
    expected.sort();
    assert_eq!(keys, expected, "each variant's key");
}
