//! Fuzzing the parser, validator and expansion through the same functions the macros
//! run, on `proc_macro2` tokens: random token trees, and valid tables with tokens
//! deleted, duplicated, swapped, replaced or inserted, at any depth.
//!
//! Every input must expand without a panic, identically when expanded twice, into tokens
//! that parse as Rust items, with a `compile_error!` or else a table's impls, with no
//! `unsafe` the input did not contain, and with every name it binds shadowed (so that a
//! user's constant or unit struct of that name in scope cannot capture it). The tables
//! generated from the grammar also have `cfg`'d rows and catch-alls, raw identifiers,
//! and rows named like generated items.
//!
//! `cargo test -p errtable-macros fuzz` runs a few seconds' worth (`ERRTABLE_FUZZ_CASES`
//! sets the count, `ERRTABLE_FUZZ_FROM` the first case, so that a reported case number
//! replays alone); `cargo test -p errtable-macros --release fuzz -- --ignored` runs
//! 1,000,000 inputs.

use crate::model::Platform;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;

/// A small deterministic generator (xorshift64*), so that a failing case number can be
/// replayed with the same seed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // Scrambled so that neighbouring case numbers start far apart; never zero.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound`; `bound` is never zero here.
    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).unwrap()
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

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
fn random_stream(rng: &mut Rng, depth: usize, budget: usize) -> TokenStream {
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

/// Valid `error_table!` inputs, between them using every part of the DSL.
fn dsl_seeds() -> Vec<TokenStream> {
    vec![
        quote! {
            /// Errors of the fuzz table.
            #[errtable(crate = ::errtable)]
            #[derive(PartialOrd)]
            pub enum Wire {
                /// The peer said no.
                Refused {
                    windows: WSAECONNREFUSED = 10061,
                    linux: ECONNREFUSED = 111,
                    linux_alpha | linux_mips: ECONNREFUSED = 146,
                    macos | freebsd: ECONNREFUSED = 61,
                    kind: ConnectionRefused,
                    message: "Connection refused",
                    description: "Nothing listens on the port.",
                },
                Again {
                    linux: EAGAIN = 11 | EWOULDBLOCK,
                    linux_mips: EDEADLK = 45 | EDEADLOCK = 56,
                    windows: WSAEWOULDBLOCK = 10035,
                    kind: std::io::ErrorKind::WouldBlock,
                    message: "Resource temporarily unavailable",
                },
                NotSupported {
                    linux: ENOTSUP = 95 => OperationNotSupported,
                    macos: ENOTSUP = 45,
                    message: "Not supported",
                },
                OperationNotSupported {
                    linux: EOPNOTSUPP = 95,
                    message: "Operation not supported",
                },
                Negative { linux_sparc: ENEG = -1, kind: Other, message: "negative" },
                #[catch_all]
                Unlisted,
            }
        },
        quote! {
            #[errtable(no_default_derives)]
            enum Status {
                Ok { code: OK = 0, message: "fine" },
                Busy { code: BUSY = 5 | LATER = 6, kind: ResourceBusy, message: "busy" },
                Min { code: MIN = -2147483648, message: "smallest" },
                #[catch_all]
                Other,
            }
        },
        quote! {
            pub(crate) enum Tiny { Only { freebsd: EONLY = 2147483647, message: "only" } }
        },
    ]
}

/// Valid `#[derive(ErrorTable)]` inputs.
fn derive_seeds() -> Vec<TokenStream> {
    vec![
        quote! {
            #[errtable(crate = ::errtable)]
            #[derive(Debug)]
            pub enum Own {
                #[errtable(linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, kind: ConnectionRefused, message: "Connection refused")]
                Refused,
                /// Documented: the doc comment is the message.
                #[errtable(linux | macos: EAGAIN = 11 | EWOULDBLOCK)]
                Again,
                #[errtable(catch_all)]
                Unlisted(::errtable::Unlisted),
            }
        },
        quote! {
            enum Codes {
                /// First.
                #[errtable(code: FIRST = 1)]
                First,
                #[errtable(code: SECOND = 2, message: "second", description: "the second")]
                Second,
                #[errtable(catch_all)]
                Unknown(i32),
            }
        },
    ]
}

/// A table that follows the grammar but picks its names, numbers, kinds and row
/// references from small sets, so that clashes, unknown kinds and dangling `=> Row`s
/// are common: input for the validator rather than the parser.
fn grammar_table(rng: &mut Rng, entry: Entry) -> TokenStream {
    let mut text = String::new();
    if rng.chance(4) {
        text += rng.pick(&[
            "#[errtable(crate = ::errtable)]",
            "#[errtable(no_default_derives)]",
            "#[errtable(crate = errtable, no_default_derives)]",
            "#[errtable(no_serde)]",
            "/// Docs.",
        ]);
        text += "\n";
    }
    text += "pub enum T {";
    for _ in 0..rng.below(5) {
        grammar_row(rng, entry, &mut text);
    }
    for _ in 0..rng.below(3) {
        text += match entry {
            Entry::Dsl => rng.pick(&["#[catch_all] Rest,", "#[cfg(any())] #[catch_all] Rest,"]),
            Entry::Derive => rng.pick(&[
                "#[errtable(catch_all)] Rest(::errtable::Unlisted),",
                "#[errtable(catch_all)] Rest(i32),",
                "#[errtable(catch_all)] Rest(errtable::OsError),",
                "#[errtable(catch_all)] Rest,",
            ]),
        };
    }
    text += "}";
    TokenStream::from_str(&text).unwrap()
}

const ROW_NAMES: [&str; 4] = ["A", "B", "C", "Rest"];

/// Names a row may also take: raw identifiers, one that clashes with `A` once the `r#`
/// is gone, and names of generated items.
const ODD_ROW_NAMES: [&str; 6] = ["r#A", "r#Match", "decode", "from_code", "ALL", "from"];

/// Attributes a row may carry: `cfg`s the DSL rejects, and some that pass through.
const ROW_ATTRIBUTES: [&str; 5] = [
    "#[cfg(any())]",
    "#[cfg_attr(all(), cfg(any()))]",
    "#[deprecated]",
    "#[doc(alias = \"x\")]",
    "#[allow(non_camel_case_types)]",
];

fn grammar_row(rng: &mut Rng, entry: Entry, text: &mut String) {
    let mut entries = Vec::new();
    for _ in 0..rng.below(5) {
        entries.push(grammar_entry(rng, entry));
    }
    let name = if rng.chance(5) {
        rng.pick(&ODD_ROW_NAMES)
    } else {
        rng.pick(&ROW_NAMES)
    };
    if rng.chance(5) {
        *text += rng.pick(&ROW_ATTRIBUTES);
    }
    let entries = entries.join(", ");
    match entry {
        Entry::Dsl => *text += &format!("{name} {{ {entries} }},"),
        Entry::Derive => {
            if rng.chance(2) {
                *text += "/// Doc message.\n";
            }
            *text += &format!("#[errtable({entries})] {name},");
        }
    }
}

fn grammar_entry(rng: &mut Rng, entry: Entry) -> String {
    match rng.below(8) {
        0 => format!(
            "kind: {}",
            rng.pick(&[
                "ConnectionRefused",
                "Other",
                "Bogus",
                "io::ErrorKind::NotFound"
            ])
        ),
        1 => format!("message: {}", rng.pick(&["\"m\"", "\"\"", "\"n\""])),
        2 => "description: \"d\"".to_owned(),
        3 if matches!(entry, Entry::Derive) => {
            format!(
                "rows: {}",
                rng.pick(&[
                    "ConnectionRefused",
                    "ConnectionRefused | ConnectionReset",
                    "NoSuchRow",
                    "Unlisted"
                ])
            )
        }
        _ => {
            let keys = rng.pick(&[
                "linux",
                "macos",
                "linux | macos",
                "code",
                "windows | linux",
                "linux | linux",
            ]);
            format!("{keys}: {}", grammar_code(rng))
        }
    }
}

fn grammar_code(rng: &mut Rng) -> String {
    let symbol = |rng: &mut Rng| rng.pick(&["E1", "E2", "E3", "r#E1", "A", "r#match"]);
    let number = |rng: &mut Rng| rng.pick(&["0", "1", "2", "-1", "2147483647", "-2147483648"]);
    let mut code = format!("{} = {}", symbol(rng), number(rng));
    for _ in 0..rng.below(3) {
        code += &format!(" | {}", symbol(rng));
        if rng.chance(2) {
            code += &format!(" = {}", number(rng));
        }
    }
    if rng.chance(3) {
        code += &format!(" => {}", rng.pick(&ROW_NAMES));
    }
    code
}

/// The stream with one change, at a token chosen evenly among all of them, nested or
/// not, so that most changes land inside rows rather than in the table's header.
///
/// Replacements come from `pool`, the input's own tokens, half the time: a number, name
/// or kind moved within a table makes the clashes the validator has to find.
fn mutate(rng: &mut Rng, stream: TokenStream, pool: &[TokenTree]) -> TokenStream {
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
fn leaves(stream: TokenStream) -> Vec<TokenTree> {
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

/// Which macro an input is for.
#[derive(Clone, Copy, Debug)]
enum Entry {
    Dsl,
    Derive,
}

impl Entry {
    fn run(self, input: TokenStream) -> TokenStream {
        match self {
            Entry::Dsl => crate::error_table_tokens(input),
            Entry::Derive => crate::derive_tokens(input),
        }
    }
}

/// The input of case `case`: random trees, random trees inside a table's skeleton, a
/// table of random rows, or a valid table with one to three mutations.
fn input(case: u64) -> (Entry, TokenStream) {
    let mut rng = Rng::new(case);
    let entry = if rng.chance(3) {
        Entry::Derive
    } else {
        Entry::Dsl
    };
    let tokens = match rng.below(10) {
        0 => random_stream(&mut rng, 3, 24),
        3..=5 => grammar_table(&mut rng, entry),
        1 => {
            let body = random_stream(&mut rng, 3, 16);
            quote!(pub enum E { #body })
        }
        2 => {
            let entries = random_stream(&mut rng, 2, 12);
            match entry {
                Entry::Dsl => quote!(enum E { Row { #entries }, #[catch_all] Rest }),
                Entry::Derive => quote!(
                    enum E {
                        #[errtable(#entries)]
                        Row,
                    }
                ),
            }
        }
        _ => {
            let seeds = match entry {
                Entry::Dsl => dsl_seeds(),
                Entry::Derive => derive_seeds(),
            };
            let mut tokens = seeds[rng.below(seeds.len())].clone();
            let pool = leaves(tokens.clone());
            for _ in 0..=rng.below(3) {
                tokens = mutate(&mut rng, tokens, &pool);
            }
            tokens
        }
    };
    (entry, tokens)
}

fn contains_ident(stream: &TokenStream, name: &str) -> bool {
    stream.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(group) => contains_ident(&group.stream(), name),
        _ => false,
    })
}

/// Runs one input and returns what is wrong with the result, if anything.
fn check(entry: Entry, input: &TokenStream) -> Result<(), String> {
    let first = catch_unwind(AssertUnwindSafe(|| entry.run(input.clone())))
        .map_err(|_| "the macro panicked".to_owned())?;
    let again = catch_unwind(AssertUnwindSafe(|| entry.run(input.clone())))
        .map_err(|_| "the macro panicked the second time only".to_owned())?;
    let text = first.to_string();
    if text != again.to_string() {
        return Err("expanding twice gave different tokens".to_owned());
    }
    let file = syn::parse2::<syn::File>(first.clone())
        .map_err(|error| format!("the output is not Rust items ({error}): {text}"))?;
    if !contains_ident(&first, "compile_error") && !contains_ident(&first, "impl") {
        return Err(format!("no error and no table: {text}"));
    }
    if contains_ident(&first, "unsafe") && !contains_ident(input, "unsafe") {
        return Err(format!("the output has `unsafe`: {text}"));
    }
    if let Some(name) = unshadowed_binding(&file) {
        return Err(format!(
            "the output binds `{name}`, which a user's `const {name}` would capture: {text}"
        ));
    }
    Ok(())
}

/// A name the output binds that the expansion does not shadow (see `expand::BINDINGS`),
/// if any: a user's `const` or unit struct of that name would turn the binding into a
/// constant pattern.
fn unshadowed_binding(output: &syn::File) -> Option<String> {
    // `__MEMBER_…` are the group's constants, patterns on purpose.
    bindings(output)
        .into_iter()
        .find(|name| !name.starts_with("__") && !crate::expand::BINDINGS.contains(&name.as_str()))
}

/// Every identifier pattern in the output.
fn bindings(output: &syn::File) -> Vec<String> {
    struct Bindings(Vec<String>);
    impl<'ast> syn::visit::Visit<'ast> for Bindings {
        fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
            self.0.push(pat.ident.to_string());
            syn::visit::visit_pat_ident(self, pat);
        }
    }
    let mut bindings = Bindings(Vec::new());
    syn::visit::Visit::visit_file(&mut bindings, output);
    bindings.0
}

/// Runs `count` cases from `start`, spread over the machine's cores, and fails with the
/// first broken one, replayable by its case number.
fn run_cases(start: u64, count: u64) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get() as u64);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|offset| {
                scope.spawn(move || first_failure(start + offset, start + count, threads))
            })
            .collect();
        workers
            .into_iter()
            .filter_map(|worker| worker.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The first broken case of `from, from + step, …` below `end`.
fn first_failure(from: u64, end: u64, step: u64) -> Option<String> {
    (from..end)
        .step_by(usize::try_from(step).unwrap())
        .find_map(|case| {
            let (entry, input) = input(case);
            check(entry, &input)
                .err()
                .map(|problem| format!("fuzz case {case} ({entry:?}): {problem}\ninput: {input}"))
        })
}

/// `name` from the environment, or `default`.
fn number_from_env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|count| count.parse().ok())
        .unwrap_or(default)
}

#[test]
fn fuzz_quick() {
    run_cases(
        number_from_env("ERRTABLE_FUZZ_FROM", 0),
        number_from_env("ERRTABLE_FUZZ_CASES", 5_000),
    );
}

/// The run the README records. Starts past the quick run's cases.
#[test]
#[ignore = "1,000,000 inputs: run in release, see the README"]
fn fuzz_million() {
    run_cases(1 << 32, 1_000_000);
}

#[test]
fn seeds_expand_without_errors() {
    let seeds = dsl_seeds().into_iter().map(|seed| (Entry::Dsl, seed));
    let derives = derive_seeds().into_iter().map(|seed| (Entry::Derive, seed));
    for (entry, seed) in seeds.chain(derives) {
        let output = entry.run(seed.clone());
        assert!(
            !contains_ident(&output, "compile_error"),
            "a seed must be a valid table, so that its mutations start from one: {output}"
        );
        assert!(check(entry, &seed).is_ok());
        assert!(!contains_ident(&output, "unsafe"));
    }
}

/// Inputs the fuzzer once found broken, kept as they were.
const FOUND: &[(Entry, &str)] = &[
    // A `crate = …` path with stray tokens after it was kept, and the expansion used it.
    (
        Entry::Dsl,
        "#[errtable(crate = Self _ :: errtable)] enum E { A { linux: EA = 1, message: \"a\" } }",
    ),
];

/// `crate = …` paths that generated code cannot name items through.
const NOT_CRATE_PATHS: &[&str] = &[
    "Self",
    "a::<T>",
    "::crate::x",
    "a::self",
    "x::super::y",
    "Self::x",
];

#[test]
fn the_binding_check_sees_the_bindings() {
    let output = Entry::Dsl.run(dsl_seeds().remove(0));
    let found = bindings(&syn::parse2(output).unwrap());
    for name in ["code", "platform", "row", "value", "f"] {
        assert!(found.iter().any(|binding| binding == name), "{name}");
    }
    let with_other = syn::parse_quote!(
        const _: () = {
            fn g(other: i32) {}
        };
    );
    assert_eq!(unshadowed_binding(&with_other), Some("other".to_owned()));
}

#[test]
fn found_inputs_stay_fixed() {
    for &(entry, text) in FOUND {
        let input = TokenStream::from_str(text).unwrap();
        assert_eq!(check(entry, &input), Ok(()), "{text}");
    }
}

#[test]
fn a_crate_path_must_name_a_crate() {
    let tables = [
        (Entry::Dsl, "enum E { A { linux: EA = 1, message: \"a\" } }"),
        (
            Entry::Derive,
            "enum E { #[errtable(linux: EA = 1, message: \"a\")] A }",
        ),
    ];
    for path in NOT_CRATE_PATHS {
        for (entry, table) in tables {
            let text = format!("#[errtable(crate = {path})] {table}");
            let input = TokenStream::from_str(&text).unwrap();
            let output = entry.run(input.clone());
            assert!(
                contains_ident(&output, "compile_error"),
                "{path} is rejected"
            );
            assert_eq!(check(entry, &input), Ok(()), "{text}");
        }
    }
    for path in [
        "::errtable",
        "errtable",
        "crate::rt",
        "self::rt",
        "super::super::rt",
    ] {
        for (entry, table) in tables {
            let text = format!("#[errtable(crate = {path})] {table}");
            let output = entry.run(TokenStream::from_str(&text).unwrap());
            assert!(
                !contains_ident(&output, "compile_error"),
                "{path} is accepted"
            );
        }
    }
}

#[test]
fn a_mutation_changes_the_input() {
    let seed = dsl_seeds().remove(0);
    let changed = (0..100).filter(|&case| {
        let mut rng = Rng::new(case);
        mutate(&mut rng, seed.clone(), &[]).to_string() != seed.to_string()
    });
    assert!(changed.count() > 90);
}

#[test]
fn the_check_catches_a_broken_output() {
    let broken = quote!(impl E { fn });
    assert!(syn::parse2::<syn::File>(broken).is_err());
    let table = quote!(enum E { Row { linux: A = 1, message: "m" } });
    assert!(check(Entry::Dsl, &table).is_ok());
    // Built from text: the keyword written out here would fail tests/no_unsafe.rs.
    let with_unsafe = TokenStream::from_str("unsafe fn f() {}").unwrap();
    assert!(contains_ident(&with_unsafe, "unsafe"));
}

/// The generated inputs are not all rejected at their first token: many parse into a
/// table, so the validator and expansion see them, and some are valid tables.
#[test]
fn inputs_reach_the_validator() {
    let (mut parsed, mut valid) = (0, 0);
    for case in 0..2_000 {
        let (entry, input) = input(case);
        let mut errors = crate::errors::Errors::new();
        let table = match entry {
            Entry::Dsl => crate::parse::dsl::parse(input, &mut errors),
            Entry::Derive => crate::parse::derive::parse(input, &mut errors),
        };
        if let Some(table) = table {
            parsed += 1;
            crate::validate::check(table, &mut errors);
            valid += usize::from(errors.count() == 0);
        }
        errors.finish();
    }
    assert!(parsed > 400, "only {parsed} of 2000 inputs parse");
    assert!(valid > 20, "only {valid} of 2000 inputs are valid tables");
}
