//! The macros' platform keys and the runtime's `Platform` are one list, and so are the
//! persistence classes and the runtime's `Persistence`: this reads the runtime's sources
//! (the macros cannot depend on the runtime, which depends on them) and compares the
//! variants, their order and `Platform::key()` with `model::Platform` and
//! `model::PERSISTENCES`.

use crate::model::{Platform, PERSISTENCES};
use syn::{Expr, ExprMatch, ImplItem, Item, Lit, Pat};

fn runtime_file(name: &str) -> syn::File {
    let path = format!("{}/../runtime/src/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("a source file of the runtime");
    syn::parse_file(&text).expect("the runtime's source parses")
}

fn runtime_platform_file() -> syn::File {
    runtime_file("platform.rs")
}

/// The variants of the enum `name`, in order.
fn runtime_variants(file: &syn::File, name: &str) -> Vec<String> {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Enum(item) if item.ident == name => Some(
                item.variants
                    .iter()
                    .map(|variant| variant.ident.to_string())
                    .collect(),
            ),
            _ => None,
        })
        .expect("the enum")
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
    assert_eq!(
        runtime_variants(&file, "Platform"),
        ours,
        "the variants, in order"
    );
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
fn persistences_match_the_runtime() {
    let file = runtime_file("persistence.rs");
    assert_eq!(
        runtime_variants(&file, "Persistence"),
        PERSISTENCES,
        "the variants, in order"
    );
}
