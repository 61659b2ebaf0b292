//! The macros' platform keys and the runtime's `Platform` are one list: this reads
//! `runtime/src/platform.rs` (the macros cannot depend on the runtime, which depends on
//! them) and compares its variants, their order, `key()` and `aliases()` with
//! `model::Platform`.

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
    arms(match_of(file, "key"))
        .into_iter()
        .map(|(variant, body)| {
            let Expr::Lit(syn::ExprLit {
                lit: Lit::Str(key), ..
            }) = body
            else {
                panic!("an arm of key() gives a string literal");
            };
            (variant, key.value())
        })
        .collect()
}

/// `(variant, aliases)` of every arm of `Platform::aliases`'s match.
fn runtime_aliases(file: &syn::File) -> Vec<(String, Vec<String>)> {
    arms(match_of(file, "aliases"))
        .into_iter()
        .map(|(variant, body)| {
            let Expr::Reference(reference) = body else {
                panic!("an arm of aliases() gives `&[…]`");
            };
            let Expr::Array(array) = &*reference.expr else {
                panic!("an arm of aliases() gives `&[…]`");
            };
            let aliases = array
                .elems
                .iter()
                .map(|elem| match elem {
                    Expr::Lit(syn::ExprLit {
                        lit: Lit::Str(alias),
                        ..
                    }) => alias.value(),
                    _ => panic!("an alias is a string literal"),
                })
                .collect();
            (variant, aliases)
        })
        .collect()
}

/// The one `match` that is the body of `Platform::{name}`.
fn match_of<'a>(file: &'a syn::File, name: &str) -> &'a ExprMatch {
    let function = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(item) => Some(&item.items),
            _ => None,
        })
        .flatten()
        .find_map(|item| match item {
            ImplItem::Fn(function) if function.sig.ident == name => Some(function),
            _ => None,
        })
        .unwrap_or_else(|| panic!("Platform::{name}"));
    function
        .block
        .stmts
        .iter()
        .find_map(|stmt| match stmt {
            syn::Stmt::Expr(Expr::Match(matched), _) => Some(matched),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{name}() is one match"))
}

/// `(variant, body)` of every arm of a match on `Platform`.
fn arms(matched: &ExprMatch) -> Vec<(String, &Expr)> {
    matched
        .arms
        .iter()
        .map(|arm| {
            let Pat::Path(path) = &arm.pat else {
                panic!("an arm is `Platform::Variant => …`");
            };
            let variant = path.path.segments.last().unwrap().ident.to_string();
            (variant, &*arm.body)
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

#[test]
fn aliases_match_the_runtime() {
    let file = runtime_platform_file();
    let mut theirs = runtime_aliases(&file);
    theirs.sort();
    let mut ours: Vec<(String, Vec<String>)> = Platform::ALL
        .iter()
        .map(|platform| {
            let aliases = platform.aliases().iter().map(|a| (*a).to_owned()).collect();
            (platform.variant().to_owned(), aliases)
        })
        .collect();
    ours.sort();
    assert_eq!(theirs, ours, "each platform's aliases");
}
