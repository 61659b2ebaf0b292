//! The canonical tables' expansion, committed to the runtime as ordinary Rust so that
//! the runtime compiles without this crate (its `macros` feature off).
//!
//! `runtime/src/table.rs` and `runtime/src/resolver.rs` stay the one source: each holds
//! an `error_table!` that the runtime never expands itself. These tests read that
//! invocation, run it through the same function the macro runs, format the result with
//! prettyplease and compare it with `runtime/src/generated/<file>.rs`:
//!
//! - `cargo test -p errtable-macros regen` fails when a generated file is out of date;
//! - `ERRTABLE_REGEN=1 cargo test -p errtable-macros regen` writes them.
//!
//! The same command copies the runtime's platform table, the one list of platforms, into
//! this crate (`src/model/platforms.rs`), which cannot depend on the runtime.
//!
//! Regenerating needs only this crate's tests to build, never the runtime, so it works
//! however stale the committed files are.

use std::fs;
use std::path::{Path, PathBuf};

/// The runtime's source files that hold a canonical table, by name without `.rs`.
const TABLES: [&str; 2] = ["table", "resolver"];

/// The variable that makes the tests write the files instead of comparing them.
const REGEN_VAR: &str = "ERRTABLE_REGEN";

/// The command that rewrites the generated files, as their header and failures say it.
const REGEN_COMMAND: &str = "ERRTABLE_REGEN=1 cargo test -p errtable-macros regen";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn runtime_src() -> PathBuf {
    workspace().join("runtime/src")
}

/// Where the macros' copy of the platform table goes, from the workspace.
const PLATFORMS_COPY: &str = "macros/src/model/platforms.rs";

/// The macros' copy of the runtime's `platforms!` table: each line's variant, key and
/// aliases, in order, without the runtime's docs; an alias list too long for one line
/// is wrapped.
fn generate_platforms() -> String {
    let lines = crate::platforms::runtime_platforms(crate::platforms::runtime_table());
    let mut text = format!(
        "// @generated from the `platforms!` table of runtime/src/platform.rs by\n\
         // `{REGEN_COMMAND}`.\n\
         // Do not edit: change the table there and run that command.\n\nplatforms! {{\n"
    );
    for (variant, key, aliases) in lines {
        let quoted: Vec<String> = aliases.iter().map(|alias| format!("{alias:?}")).collect();
        let line = format!("    {variant} = {key:?}, aliases [{}];", quoted.join(", "));
        if line.len() <= 100 {
            text += &line;
            text += "\n";
            continue;
        }
        text += &format!("    {variant} = {key:?}, aliases [\n");
        let mut row = String::new();
        for alias in quoted {
            if !row.is_empty() && row.len() + alias.len() + 2 > 90 {
                text += &format!("        {}\n", row.trim_end());
                row.clear();
            }
            row += &format!("{alias}, ");
        }
        text += &format!("        {}\n    ];\n", row.trim_end());
    }
    text + "}\n"
}

/// The `error_table!` invocation of a source file: its tokens, or what is wrong.
fn table_tokens(source: &str, file: &str) -> Result<proc_macro2::TokenStream, String> {
    let parsed = syn::parse_file(source).map_err(|error| format!("{file}: {error}"))?;
    let mut tables = parsed.items.into_iter().filter_map(|item| match item {
        syn::Item::Macro(item) if item.mac.path.is_ident("error_table") => Some(item.mac.tokens),
        _ => None,
    });
    match (tables.next(), tables.next()) {
        (Some(tokens), None) => Ok(tokens),
        (None, _) => Err(format!("{file}: no `error_table! {{ … }}` item")),
        (Some(_), Some(_)) => Err(format!("{file}: more than one `error_table!` item")),
    }
}

/// The `compile_error!`s an expansion starts with (a table with mistakes), each as
/// `line:column: message`, the position in the source file of the token it is about.
fn compile_errors(expanded: &syn::File) -> Vec<String> {
    expanded
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Macro(item) if item.mac.path.segments.last()?.ident == "compile_error" => {
                let at = item.mac.path.segments.last()?.ident.span().start();
                Some(format!(
                    "{}:{}: {}",
                    at.line,
                    at.column + 1,
                    item.mac.tokens
                ))
            }
            _ => None,
        })
        .collect()
}

/// The generated file for the runtime's `<name>.rs`: a header, then the formatted
/// expansion of its table.
fn generate(name: &str) -> Result<String, String> {
    let file = format!("runtime/src/{name}.rs");
    let source = fs::read_to_string(runtime_src().join(format!("{name}.rs")))
        .map_err(|error| format!("{file}: {error}"))?;
    let tokens = table_tokens(&source, &file)?;
    let expanded = crate::expand::as_the_runtime(|| crate::error_table_tokens(tokens));
    let expanded: syn::File = syn::parse2(expanded)
        .map_err(|error| format!("{file}: the expansion is no Rust file: {error}"))?;
    let errors = compile_errors(&expanded);
    if !errors.is_empty() {
        return Err(format!("{file}:{}", errors.join(&format!("\n{file}:"))));
    }
    Ok(format!(
        "// @generated from the `error_table!` in {file} by `{REGEN_COMMAND}`.\n\
         // Do not edit: change the table there and run that command.\n\n{}",
        prettyplease::unparse(&expanded)
    ))
}

/// Every generated file: its path from the workspace, and its text or what is wrong.
fn every_generated() -> Vec<(String, Result<String, String>)> {
    let mut files: Vec<_> = TABLES
        .iter()
        .map(|name| (format!("runtime/src/generated/{name}.rs"), generate(name)))
        .collect();
    files.push((PLATFORMS_COPY.to_owned(), Ok(generate_platforms())));
    files
}

/// Writes or compares every generated file; the stale ones (or mistakes) in the error.
fn regenerate(write: bool) -> Result<(), String> {
    let mut problems = Vec::new();
    for (shown, expected) in every_generated() {
        let path = workspace().join(&shown);
        let expected = match expected {
            Ok(text) => text,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        if fs::read_to_string(&path).ok().as_deref() == Some(expected.as_str()) {
            continue;
        }
        if !write {
            problems.push(format!("{shown} is out of date; run `{REGEN_COMMAND}`"));
        } else if let Err(error) = fs::write(&path, expected) {
            problems.push(format!("{shown}: {error}"));
        } else {
            eprintln!("regenerated {shown}");
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn regen_generated_tables_are_current() {
    let write = std::env::var_os(REGEN_VAR).is_some_and(|value| value == "1");
    if let Err(problems) = regenerate(write) {
        panic!("{problems}");
    }
}

#[test]
fn regen_finds_exactly_one_table() {
    let one = "use x;\nerror_table! { enum E { #[catch_all] U } }\nfn f() {}";
    assert!(table_tokens(one, "one").is_ok());
    let none = "fn f() {}";
    assert!(table_tokens(none, "none")
        .unwrap_err()
        .contains("no `error_table!"));
    let two = "error_table! { enum E {} }\nerror_table! { enum F {} }";
    assert!(table_tokens(two, "two")
        .unwrap_err()
        .contains("more than one"));
}

#[test]
fn regen_refuses_a_table_with_mistakes() {
    let expanded = crate::error_table_tokens(quote::quote! {
        enum E { A { linux: EA = 1, message: "a" }, B { linux: EB = 1, message: "b" } }
    });
    let errors = compile_errors(&syn::parse2(expanded).unwrap());
    assert!(errors[0].contains("already `EA` of row `A`"), "{errors:?}");
}
