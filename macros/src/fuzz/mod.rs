//! Fuzzing the parser, validator and expansion through the same functions the macros
//! run, on `proc_macro2` tokens: random token trees, and valid tables with tokens
//! deleted, duplicated, swapped, replaced or inserted, at any depth.
//!
//! Every input must expand without a panic, identically when expanded twice, into tokens
//! that parse as Rust items, with a `compile_error!` or else a table's impls, with no
//! `unsafe` the input did not contain, with every name it binds shadowed (so that a
//! user's constant or unit struct of that name in scope cannot capture it), and with no
//! call by method syntax (so that a user's trait in scope, blanket-implemented with
//! methods of the same names, cannot take a call over; `tests/hostile.rs` compiles
//! tables next to such traits and with `Drop` types). The tables generated from the
//! grammar also have `cfg`'d rows, catch-alls and tables, options under `cfg_attr`,
//! raw identifiers and platform aliases as keys, rows named like generated items,
//! joined platform keys whose clashes are one mistake, block and macro-made doc
//! comments, catch-all markers written wrong or twice, and fields with destructors or
//! types that only look right.
//!
//! `cargo test -p errtable-macros fuzz` runs a few seconds' worth (`ERRTABLE_FUZZ_CASES`
//! sets the count, `ERRTABLE_FUZZ_FROM` the first case, so that a reported case number
//! replays alone); `cargo test -p errtable-macros --release fuzz -- --ignored` runs
//! 1,000,000 inputs.

mod checker;
mod grammar;
mod mutator;
mod rng;

use checker::{bindings, check, contains_ident, method_call, nameable_generic, unshadowed_binding};
use grammar::{derive_seeds, dsl_seeds, grammar_table};
use mutator::{leaves, mutate, random_stream};
use proc_macro2::TokenStream;
use quote::quote;
use rng::Rng;
use std::str::FromStr;

/// Which macro an input is for.
#[derive(Clone, Copy, Debug)]
pub enum Entry {
    Dsl,
    Derive,
}

impl Entry {
    pub fn run(self, input: TokenStream) -> TokenStream {
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
fn the_generic_check_sees_parameters_a_user_could_name() {
    let with_d: syn::File = syn::parse_quote!(
        const _: () = {
            fn g<D: Copy, '__de>(value: D) {}
        };
    );
    assert_eq!(nameable_generic(&with_d), Some("D".to_owned()));
    let with_de: syn::File = syn::parse_quote!(
        impl<'de> Tr<'de> for X {}
    );
    assert_eq!(nameable_generic(&with_de), Some("de".to_owned()));
    let reserved: syn::File = syn::parse_quote!(
        fn g<__D, '__de>() {}
    );
    assert_eq!(nameable_generic(&reserved), None);
    // Every seed's expansion, of every shape, with serde's impls.
    let seeds = dsl_seeds().into_iter().map(|seed| (Entry::Dsl, seed));
    let derives = derive_seeds().into_iter().map(|seed| (Entry::Derive, seed));
    for (entry, seed) in seeds.chain(derives) {
        let output = syn::parse2(entry.run(seed.clone())).unwrap();
        assert_eq!(nameable_generic(&output), None, "{seed}");
    }
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
    assert_eq!(check(Entry::Dsl, &table), Ok(()));
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

#[test]
fn the_method_check_sees_method_calls() {
    let with_call = syn::parse_quote!(
        const _: () = {
            fn g(f: &mut ::core::fmt::Formatter<'_>) -> bool {
                ::errtable::__private::std_only! { fn h(x: &[u8]) { x.len(); } }
                f.alternate()
            }
        };
    );
    assert_eq!(method_call(&with_call), Some("len".to_owned()));
    let qualified = syn::parse_quote!(
        fn g(f: &mut ::core::fmt::Formatter<'_>) -> bool {
            ::core::fmt::Formatter::alternate(f)
        }
    );
    assert_eq!(method_call(&qualified), None);
}

/// Every seed's expansion calls nothing by method syntax, nor binds an unshadowed name.
#[test]
fn seeds_call_no_method_by_method_syntax() {
    let seeds = dsl_seeds().into_iter().map(|seed| (Entry::Dsl, seed));
    let derives = derive_seeds().into_iter().map(|seed| (Entry::Derive, seed));
    for (entry, seed) in seeds.chain(derives) {
        let output = syn::parse2(entry.run(seed)).unwrap();
        assert_eq!(method_call(&output), None);
    }
}
