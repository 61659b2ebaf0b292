//! The lists the macros share with the runtime, read from the runtime's sources (the
//! macros cannot depend on the runtime, which depends on them):
//!
//! - the `platforms!` table of `runtime/src/platform.rs`, the one list of platforms,
//!   which `regen` copies into `model/platforms.rs` (and this checks the copy);
//! - the persistence classes, the enum of `runtime/src/persistence.rs`, and the kinds a
//!   row may name, the `error_kinds!` list of `runtime/src/compat.rs`, which this compares
//!   with `model::PERSISTENCES` and `model::ERROR_KINDS`.

use crate::model::{Platform, ERROR_KINDS, PERSISTENCES};
use proc_macro2::{TokenStream, TokenTree};
use syn::Item;

pub(crate) fn runtime_file(name: &str) -> syn::File {
    let path = format!("{}/../runtime/src/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("a source file of the runtime");
    syn::parse_file(&text).expect("the runtime's source parses")
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

/// The body of the invocation `name! { … }` in the runtime's `file` (not the
/// `macro_rules!` defining it).
pub(crate) fn runtime_invocation(file: &str, name: &str) -> TokenStream {
    runtime_file(file)
        .items
        .into_iter()
        .find_map(|item| match item {
            Item::Macro(item) if item.ident.is_none() && item.mac.path.is_ident(name) => {
                Some(item.mac.tokens)
            }
            _ => None,
        })
        .expect("the invocation")
}

pub(crate) fn runtime_table() -> TokenStream {
    runtime_invocation("platform.rs", "platforms")
}

/// One line of the runtime's table: the variant, its key and its aliases.
pub(crate) type Line = (String, String, Vec<String>);

/// Every line of the table, in order: a line is doc attributes, then
/// `Variant = "key", aliases [...];`.
pub(crate) fn runtime_platforms(table: TokenStream) -> Vec<Line> {
    let tokens: Vec<TokenTree> = table.into_iter().collect();
    let lines = tokens.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';'));
    lines
        .filter(|line| !line.is_empty())
        .map(|line| match skip_attributes(line) {
            [TokenTree::Ident(variant), TokenTree::Punct(eq), TokenTree::Literal(key), TokenTree::Punct(comma), TokenTree::Ident(word), TokenTree::Group(aliases)]
                if eq.as_char() == '=' && comma.as_char() == ',' && word == "aliases" =>
            {
                (variant.to_string(), unquote(key), strings(aliases.stream()))
            }
            other => panic!("not a `Variant = \"key\", aliases [...]` line: {other:?}"),
        })
        .collect()
}

/// The string literals of a `[…]` list.
fn strings(list: TokenStream) -> Vec<String> {
    list.into_iter()
        .filter_map(|token| match token {
            TokenTree::Literal(literal) => Some(unquote(&literal)),
            _ => None,
        })
        .collect()
}

fn unquote(literal: &proc_macro2::Literal) -> String {
    literal.to_string().trim_matches('"').to_owned()
}

/// `line` after its leading `#[…]` attributes.
fn skip_attributes(mut line: &[TokenTree]) -> &[TokenTree] {
    while let [TokenTree::Punct(hash), TokenTree::Group(_), rest @ ..] = line {
        assert_eq!(hash.as_char(), '#');
        line = rest;
    }
    line
}

#[test]
fn platforms_match_the_runtime() {
    let expected: Vec<Line> = Platform::ALL
        .iter()
        .map(|platform| {
            let aliases = platform.aliases().iter().map(|a| (*a).to_owned()).collect();
            (
                platform.variant().to_owned(),
                platform.key().to_owned(),
                aliases,
            )
        })
        .collect();
    assert_eq!(runtime_platforms(runtime_table()), expected);
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

#[test]
fn kinds_match_the_runtime() {
    // `Name,` or `Name since cfg,`: the first identifier of each entry.
    let list: Vec<TokenTree> = runtime_invocation("compat.rs", "error_kinds")
        .into_iter()
        .collect();
    let kinds: Vec<String> = list
        .split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
        .filter_map(|entry| match entry.first() {
            Some(TokenTree::Ident(name)) => Some(name.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(kinds, ERROR_KINDS, "the kinds, in order");
}
