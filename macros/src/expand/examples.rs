//! Each generated method's doc example, written from the table's own first row (and,
//! for a table of OS codes, that row's first code), so that the example shows the
//! table the reader is looking at and is true of it by construction.
//!
//! The examples of the runtime's own tables (`errtable::OsError`, `ResolveError`) are
//! doctests, run with the runtime's: those tables are at the runtime's root. Elsewhere
//! the macro cannot know the table's path (its module, whether it is reachable from a
//! doctest at all), so the example is shown as text rather than run and failed, and it
//! takes the table as in scope: it imports only `Platform`, where it uses it, from the
//! runtime by the path the table names it with (`crate = …`, or `errtable`).

use super::Ctx;
use crate::model::checked::{Entries, Row, Shape};
use crate::model::{Column, Platform};
use proc_macro2::TokenStream;
use quote::quote;
use std::fmt::Write;

/// The crate whose tables' examples run as doctests: the runtime, whose tables are at
/// its root. Expanding it, rustc runs the macro with this crate name.
const RUNTIME: &str = "errtable";

std::thread_local! {
    /// Set while `regen` expands the runtime's tables outside rustc, where the crate name
    /// is the macros' own (a thread's, since tests run in parallel).
    static EXPANDING_THE_RUNTIME: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `expand` as an expansion of the runtime's own tables, whose examples are doctests.
#[cfg(test)]
pub fn as_the_runtime<T>(expand: impl FnOnce() -> T) -> T {
    EXPANDING_THE_RUNTIME.with(|flag| flag.set(true));
    let expanded = expand();
    EXPANDING_THE_RUNTIME.with(|flag| flag.set(false));
    expanded
}

/// Whether the table being expanded is one of the runtime's.
fn expanding_the_runtime() -> bool {
    EXPANDING_THE_RUNTIME.with(std::cell::Cell::get)
        || std::env::var("CARGO_CRATE_NAME").is_ok_and(|name| name == RUNTIME)
}

/// The `# Example` section of `method`'s docs, as `#[doc]` attributes; none for a
/// method without one here (a group's, and every method of a table with no row).
pub fn example(ctx: &Ctx, method: &str) -> TokenStream {
    let Some(body) = body(ctx, method) else {
        return TokenStream::new();
    };
    let ident = &ctx.table.ident;
    let mut text = String::from("\n# Example\n\n");
    if expanding_the_runtime() {
        let _ = writeln!(text, "```\nuse errtable::{{{ident}, Platform}};");
    } else {
        // The table is the user's, at a path only the user knows: the example takes it
        // as in scope, and imports only what it uses of the runtime, by the path the
        // table names the runtime with.
        text.push_str("```text\n");
        if body.contains("Platform::") {
            let krate = &ctx.table.krate;
            let krate = quote!(#krate).to_string().replace(' ', "");
            let krate = krate.strip_prefix("::").unwrap_or(&krate);
            let _ = writeln!(text, "use {krate}::Platform;");
        }
    }
    text.push_str(&body);
    text.push_str("```");
    quote!(#[doc = #text])
}

/// The first row's first code that decodes to it: its platform (none for a table of
/// its own codes), symbol and number.
struct FirstCode {
    platform: Option<Platform>,
    symbol: String,
    number: i32,
    aliases: Vec<String>,
    names: Vec<(String, i32)>,
}

fn first_code(row: &Row) -> Option<FirstCode> {
    let code = row
        .codes()
        .iter()
        .find(|code| code.symbols.first().is_some_and(|symbol| symbol.decodes))?;
    let primary = code.symbols.first()?;
    Some(FirstCode {
        platform: match code.column {
            Column::Platform(platform) => Some(platform),
            Column::Own => None,
        },
        symbol: primary.name.clone(),
        number: primary.number,
        aliases: code.symbols[1..].iter().map(|s| s.name.clone()).collect(),
        names: code
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.number))
            .collect(),
    })
}

/// The lines of `method`'s example, ending in a newline.
fn body(ctx: &Ctx, method: &str) -> Option<String> {
    let table = ctx.table;
    if matches!(table.shape, Shape::Group) {
        return None;
    }
    let row = table.rows.first()?;
    let t = &table.ident;
    let r = format!("{t}::{}", row.ident);
    let code = first_code(row);
    // `Platform::Linux, ` where the method takes a platform.
    let p = code
        .as_ref()
        .and_then(|code| code.platform)
        .map(|platform| format!("Platform::{}", platform.variant()));
    let with_p = |rest: &str| match &p {
        Some(p) if rest.is_empty() => p.clone(),
        Some(p) => format!("{p}, {rest}"),
        None => rest.to_owned(),
    };
    let line = match method {
        "ALL" => format!("assert!(matches!({t}::ALL.first(), Some({r})));\n"),
        "name" => format!("assert_eq!({r}.name(), {:?});\n", row.name),
        "message" => format!("assert_eq!({r}.message(), {:?});\n", row.message.value()),
        "description" => format!(
            "assert_eq!({r}.description(), {:?});\n",
            row.description.as_ref().map(syn::LitStr::value)
        ),
        "kind" => {
            let Entries::Codes { kind, .. } = &row.entries else {
                return None;
            };
            format!("assert_eq!({r}.kind(), std::io::ErrorKind::{kind});\n")
        }
        "from_name" => format!("assert!(matches!({t}::from_name({:?}), Some({r})));\n", row.name),
        "from_name_ignore_case" => format!(
            "assert!(matches!({t}::from_name_ignore_case({:?}), Some({r})));\n",
            row.name.to_lowercase()
        ),
        "from_io_error" => format!(
            "let error = std::io::Error::from({r});\nassert!(matches!({t}::from_io_error(&error), Some({r})));\n"
        ),
        _ => return code_line(ctx, method, &r, code.as_ref()?, with_p),
    };
    Some(line)
}

/// The example of a method about codes.
fn code_line(
    ctx: &Ctx,
    method: &str,
    r: &str,
    code: &FirstCode,
    with_p: impl Fn(&str) -> String,
) -> Option<String> {
    let t = &ctx.table.ident;
    let (symbol, number) = (&code.symbol, code.number);
    let line = match method {
        "code" => format!("assert_eq!({r}.code({}), Some({number}));\n", with_p("")),
        "symbol" => format!("assert_eq!({r}.symbol({}), Some({symbol:?}));\n", with_p("")),
        "aliases" => format!(
            "assert_eq!({r}.aliases({}), &{:?} as &[&str]);\n",
            with_p(""),
            code.aliases
        ),
        "names" => format!(
            "assert_eq!({r}.names({}), &{:?} as &[(&str, i32)]);\n",
            with_p(""),
            code.names
        ),
        "from_code" => format!(
            "assert!(matches!({t}::from_code({}), Some({r})));\n",
            with_p(&number.to_string())
        ),
        "decode" => format!(
            "assert!(matches!({t}::decode({}), {r}));\n",
            with_p(&number.to_string())
        ),
        "translate" => {
            let from = code.platform?;
            let p = |platform: Platform| format!("Platform::{}", platform.variant());
            format!(
                "assert_eq!({t}::translate({number}, {}, {}), {r}.code({}));\n",
                p(from),
                p(Platform::Windows),
                p(Platform::Windows)
            )
        }
        "raw_os_error" => format!(
            "// The code on the platform this runs on, where the table's codes are its OS's.\nif let Some(code) = {r}.raw_os_error() {{\n    assert_eq!(Platform::CURRENT.and_then(|platform| {r}.code(platform)), Some(code));\n}}\n"
        ),
        "symbol_of" => format!(
            "assert_eq!({t}::symbol_of({}), Some({symbol:?}));\nassert_eq!({t}::symbol_of({}), None);\n",
            with_p(&number.to_string()),
            with_p(&unlisted_number(ctx).to_string())
        ),
        "decode_raw_os_error" => decode_raw_os_error_example(ctx, r),
        "from_raw_os_error" => format!(
            "if let Some(code) = {r}.raw_os_error() {{\n    assert!({t}::from_raw_os_error(code).is_some());\n}}\n"
        ),
        _ => return None,
    };
    Some(line)
}

/// A number no row lists on any column (the largest listed plus one, or the first free
/// one below `i32::MAX`), for the examples of what an unlisted code gives.
fn unlisted_number(ctx: &Ctx) -> i32 {
    let listed: std::collections::BTreeSet<i32> = ctx
        .table
        .rows
        .iter()
        .flat_map(|row| row.codes())
        .flat_map(|code| &code.symbols)
        .map(|symbol| symbol.number)
        .collect();
    let above = listed.last().map_or(Some(1), |max| max.checked_add(1));
    above.unwrap_or_else(|| {
        (0..=i32::MAX)
            .rev()
            .find(|n| !listed.contains(n))
            .unwrap_or(0)
    })
}

/// `decode_raw_os_error`: the first row from its raw code (where every primary code of
/// the row decodes to it, so that its `raw_os_error()` comes back as the row), and an
/// unlisted code kept by the catch-all.
fn decode_raw_os_error_example(ctx: &Ctx, r: &str) -> String {
    let t = &ctx.table.ident;
    let mut text = String::new();
    let decodes_back = ctx.table.rows.first().is_some_and(|row| {
        row.codes()
            .iter()
            .all(|code| code.symbols.first().is_some_and(|primary| primary.decodes))
    });
    if decodes_back {
        let _ = write!(
            text,
            "if let Some(code) = {r}.raw_os_error() {{\n    assert!(matches!({t}::decode_raw_os_error(code), {r}));\n}}\n"
        );
    }
    if let Some(catch_all) = &ctx.table.catch_all {
        let _ = writeln!(
            text,
            "assert!(matches!({t}::decode_raw_os_error({}), {t}::{}(..)));",
            unlisted_number(ctx),
            catch_all.ident
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// The doc text of `output`, every `#[doc]` joined.
    fn docs(output: &proc_macro2::TokenStream) -> String {
        let file: syn::File = syn::parse2(output.clone()).unwrap();
        let mut text = String::new();
        let mut visit = |attrs: &[syn::Attribute]| {
            for attr in attrs {
                if let syn::Meta::NameValue(value) = &attr.meta {
                    if let syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(doc),
                        ..
                    }) = &value.value
                    {
                        text.push_str(&doc.value());
                    }
                }
            }
        };
        for item in &file.items {
            let syn::Item::Const(constant) = item else {
                continue;
            };
            let syn::Expr::Block(block) = &*constant.expr else {
                continue;
            };
            for stmt in &block.block.stmts {
                if let syn::Stmt::Item(syn::Item::Impl(imp)) = stmt {
                    for inner in &imp.items {
                        if let syn::ImplItem::Fn(function) = inner {
                            visit(&function.attrs);
                        }
                    }
                }
            }
        }
        text
    }

    #[test]
    fn a_user_tables_examples_take_it_as_in_scope() {
        let output = crate::error_table_tokens(quote!(
            pub enum Wire { A { linux: EA = 1, message: "a" }, #[catch_all] O }
        ));
        let text = docs(&output);
        assert!(text.contains("```text"), "{text}");
        assert!(text.contains("Wire::from_name("), "{text}");
        assert!(text.contains("use errtable::Platform;"), "{text}");
        assert!(!text.contains("use errtable::{Wire"), "{text}");
        let renamed = crate::error_table_tokens(quote!(
            #[errtable(crate = crate::rt)]
            pub enum Wire { A { linux: EA = 1, message: "a" } }
        ));
        assert!(docs(&renamed).contains("use crate::rt::Platform;"));
    }

    #[test]
    fn the_runtimes_examples_import_its_table() {
        let output = super::as_the_runtime(|| {
            crate::error_table_tokens(quote!(
                pub enum OsError { A { linux: EA = 1, message: "a" } }
            ))
        });
        let text = docs(&output);
        assert!(
            text.contains("use errtable::{OsError, Platform};"),
            "{text}"
        );
        assert!(!text.contains("```text"), "{text}");
    }
}
