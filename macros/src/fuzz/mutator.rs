//! Random token trees, and mutations of a valid table: a token deleted, duplicated,
//! swapped, replaced or inserted, at any depth.

use super::rng::Rng;
use crate::model::Platform;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::str::FromStr;

/// Words the parser gives meaning to, so that random input often gets past the first
/// token: keys, options, kinds, attribute names and Rust keywords (the platforms' keys
/// come from `Platform::ALL`).
const WORDS: &[&str] = &[
    "enum",
    "pub",
    "crate",
    "struct",
    "union",
    "fn",
    "type",
    "self",
    "Self",
    "super",
    "_",
    "catch_all",
    "errtable",
    "doc",
    "no_default_derives",
    "no_serde",
    "code",
    "kind",
    "message",
    "description",
    "ConnectionRefused",
    "Other",
    "TimedOut",
    "NotAKind",
    "ErrorKind",
    "io",
    "std",
    "core",
    "Unlisted",
    "ECONNREFUSED",
    "EAGAIN",
    "EWOULDBLOCK",
    "WSAEWOULDBLOCK",
    "Refused",
    "Reset",
    "E",
    "T",
    "in",
    "unsafe",
    "group",
    "from",
    "OsError",
    "errno",
    "Option",
    "Result",
    "i32",
    "u8",
];

const PUNCTUATION: &[&str] = &[
    ":", ",", "|", "=", "=>", "#", "!", "-", "::", ";", ".", "<", ">", "&", "*", "'", "+", "?",
    "@", "$", "/", "..",
];

const LITERALS: &[&str] = &[
    "0",
    "1",
    "42",
    "111",
    "10054",
    "2147483647",
    "2147483648",
    "4294967296",
    "340282366920938463463374607431768211455",
    "99999999999999999999999999999999999999999",
    "0x7fff_ffff",
    "0xFFFF_FFFF",
    "0b1010",
    "0o777",
    "1_000",
    "42i32",
    "42u8",
    "42i64",
    "42usize",
    "42foo",
    "1.5",
    "1e10",
    "2.5f32",
    "\"Connection refused\"",
    "\"\"",
    "\"with \\\"escapes\\\" and \\n\"",
    "r\"raw\"",
    "r#\"raw # hash\"#",
    "\"suffixed\"sfx",
    "'c'",
    "'\\''",
    "b'x'",
    "b\"bytes\"",
    "c\"cstr\"",
    "br\"raw bytes\"",
    "\"\u{e9}t\u{e9}\"",
];

fn random_ident(rng: &mut Rng) -> Ident {
    let span = Span::call_site();
    match rng.below(9) {
        0 => {
            let first = rng.pick(&['a', 'Z', '_', 'x', '\u{e9}']);
            let length = rng.below(12);
            let rest: String = (0..length)
                .map(|_| rng.pick(&['a', 'B', '0', '9', '_', 'z']))
                .collect();
            Ident::new(&format!("{first}{rest}"), span)
        }
        1 => {
            let word = rng.pick(&["match", "fn", "Refused", "linux", "message", "catch_all"]);
            Ident::new_raw(word, span)
        }
        2 => Ident::new(rng.pick(Platform::ALL).key(), span),
        _ => Ident::new(rng.pick(WORDS), span),
    }
}

fn random_literal(rng: &mut Rng) -> Literal {
    match rng.below(6) {
        0 => Literal::i64_unsuffixed(rng.next() as i64 >> rng.below(64)),
        1 => Literal::i32_suffixed(rng.next() as i32),
        2 => Literal::u128_unsuffixed(u128::from(rng.next()) << rng.below(64)),
        3 => Literal::string(&String::from_utf8_lossy(&rng.next().to_le_bytes())),
        _ => Literal::from_str(rng.pick(LITERALS)).unwrap(),
    }
}

/// One punctuation mark as tokens: `=>` and `::` are two joint `Punct`s, `'` starts a
/// lifetime.
fn random_punctuation(rng: &mut Rng) -> Vec<TokenTree> {
    let text = rng.pick(PUNCTUATION);
    if text == "'" {
        let name = Ident::new(rng.pick(&["a", "static", "_"]), Span::call_site());
        return vec![Punct::new('\'', Spacing::Joint).into(), name.into()];
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let spacing = if i + 1 < chars.len() || rng.chance(4) {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            Punct::new(c, spacing).into()
        })
        .collect()
}

fn random_delimiter(rng: &mut Rng) -> Delimiter {
    rng.pick(&[
        Delimiter::Brace,
        Delimiter::Parenthesis,
        Delimiter::Bracket,
        Delimiter::None,
    ])
}

/// A random token stream of at most `budget` trees, nested at most `depth` deep.
pub fn random_stream(rng: &mut Rng, depth: usize, budget: usize) -> TokenStream {
    let length = rng.below(budget + 1);
    let mut tokens = Vec::new();
    while tokens.len() < length {
        match rng.below(10) {
            0..=3 => tokens.push(random_ident(rng).into()),
            4..=5 => tokens.push(random_literal(rng).into()),
            6..=7 => tokens.extend(random_punctuation(rng)),
            _ if depth > 0 => {
                let inner = random_stream(rng, depth - 1, budget / 2);
                tokens.push(Group::new(random_delimiter(rng), inner).into());
            }
            _ => tokens.push(random_ident(rng).into()),
        }
    }
    tokens.into_iter().collect()
}

/// The stream with one change, at a token chosen evenly among all of them, nested or
/// not, so that most changes land inside rows rather than in the table's header.
///
/// Replacements come from `pool`, the input's own tokens, half the time: a number, name
/// or kind moved within a table makes the clashes the validator has to find.
pub fn mutate(rng: &mut Rng, stream: TokenStream, pool: &[TokenTree]) -> TokenStream {
    let mut trees: Vec<TokenTree> = stream.into_iter().collect();
    let sizes: Vec<usize> = trees.iter().map(size).collect();
    let mut position = rng.below(sizes.iter().sum::<usize>() + 1);
    for (at, &tree_size) in sizes.iter().enumerate() {
        if position >= tree_size {
            position -= tree_size;
            continue;
        }
        match &trees[at] {
            // Position 0 of a group is the group itself; the rest are inside it.
            TokenTree::Group(group) if position > 0 => {
                let mut changed = Group::new(group.delimiter(), mutate(rng, group.stream(), pool));
                changed.set_span(group.span());
                trees[at] = changed.into();
            }
            _ => mutate_here(rng, &mut trees, at, pool),
        }
        return trees.into_iter().collect();
    }
    let end = trees.len();
    mutate_here(rng, &mut trees, end, pool);
    trees.into_iter().collect()
}

/// Every token of `stream` that is not a group, at any depth.
pub fn leaves(stream: TokenStream) -> Vec<TokenTree> {
    stream
        .into_iter()
        .flat_map(|tree| match tree {
            TokenTree::Group(group) => leaves(group.stream()),
            leaf => vec![leaf],
        })
        .collect()
}

/// The number of trees in `tree`, itself included.
fn size(tree: &TokenTree) -> usize {
    match tree {
        TokenTree::Group(group) => 1 + group.stream().into_iter().map(|t| size(&t)).sum::<usize>(),
        _ => 1,
    }
}

/// One change at index `at` of `trees` (`at` may be the end, where only inserting
/// makes sense).
fn mutate_here(rng: &mut Rng, trees: &mut Vec<TokenTree>, at: usize, pool: &[TokenTree]) {
    if at == trees.len() {
        trees.extend(random_stream(rng, 2, 4));
        return;
    }
    match rng.below(6) {
        0 => {
            trees.remove(at);
        }
        1 => trees.insert(at, trees[at].clone()),
        2 => {
            let other = rng.below(trees.len());
            trees.swap(at, other);
        }
        3 if !pool.is_empty() && rng.chance(2) => {
            trees[at] = pool[rng.below(pool.len())].clone();
        }
        3 => {
            let replacement: Vec<TokenTree> = random_stream(rng, 1, 2).into_iter().collect();
            trees.splice(at..=at, replacement);
        }
        4 => {
            let inserted: Vec<TokenTree> = random_stream(rng, 2, 4).into_iter().collect();
            trees.splice(at..at, inserted);
        }
        _ => match &trees[at] {
            TokenTree::Group(group) => {
                trees[at] = Group::new(random_delimiter(rng), group.stream()).into();
            }
            _ => {
                trees.truncate(at);
            }
        },
    }
}
