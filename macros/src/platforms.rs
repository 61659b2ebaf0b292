//! The macros' platform keys and the runtime's `Platform` are one list: this reads the
//! `platforms!` table of `runtime/src/platform.rs` (the macros cannot depend on the
//! runtime, which depends on them), the runtime's only list of platforms, and compares its
//! variants, their order and keys with `model::Platform`.

use crate::model::Platform;
use proc_macro2::{TokenStream, TokenTree};
use syn::Item;

/// The body of the `platforms! { … }` invocation (not the `macro_rules!` defining it).
fn runtime_table() -> TokenStream {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/src/platform.rs");
    let text = std::fs::read_to_string(path).expect("the runtime's platform.rs");
    let file = syn::parse_file(&text).expect("platform.rs parses");
    file.items
        .into_iter()
        .find_map(|item| match item {
            Item::Macro(item) if item.ident.is_none() && item.mac.path.is_ident("platforms") => {
                Some(item.mac.tokens)
            }
            _ => None,
        })
        .expect("the platforms! table")
}

/// `(variant, key)` of every line of the table, in order: a line is doc attributes, then
/// `Variant = "key", aliases [...];`.
fn runtime_platforms(table: TokenStream) -> Vec<(String, String)> {
    let tokens: Vec<TokenTree> = table.into_iter().collect();
    let lines = tokens.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';'));
    lines
        .filter(|line| !line.is_empty())
        .map(|line| {
            let rest = skip_attributes(line);
            match rest {
                [TokenTree::Ident(variant), TokenTree::Punct(eq), TokenTree::Literal(key), ..]
                    if eq.as_char() == '=' =>
                {
                    let key = key.to_string();
                    (variant.to_string(), key.trim_matches('"').to_owned())
                }
                other => panic!("not a `Variant = \"key\", aliases [...]` line: {other:?}"),
            }
        })
        .collect()
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
    let expected: Vec<(String, String)> = Platform::ALL
        .iter()
        .map(|platform| (platform.variant().to_owned(), platform.key().to_owned()))
        .collect();
    assert_eq!(runtime_platforms(runtime_table()), expected);
}
