//! The enum itself, for the DSL (the derive's user wrote it). Each row's docs end with
//! its codes, generated from the table: a Markdown table of symbol and number by
//! platform, platforms with the same entry on one line, and its `io::ErrorKind`.

use crate::model::checked::{Code, Definition, Entries, GeneratedVariant, Row, Shape, Table};
use crate::model::{Column, DEFAULT_DERIVES};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use std::fmt::Write;
use syn::LitStr;

pub fn expand(table: &Table) -> TokenStream {
    let Definition::Generated(generated) = &table.definition else {
        return TokenStream::new();
    };
    let attrs = &generated.attrs;
    let vis = &table.vis;
    let ident = &table.ident;
    // `Debug` is generated with the other capabilities (`info.rs`), not derived.
    let derives = generated.default_derives.then(|| {
        let paths = DEFAULT_DERIVES
            .iter()
            .filter(|(name, _)| *name != "Debug")
            .map(|(_, path)| syn::parse_str::<syn::Path>(path).ok());
        quote!(#[derive(#(#paths),*)])
    });
    let mut variants = TokenStream::new();
    // The rows are the variants that are rows, in the same order: the next row is the
    // one to try first. Comparing `Ident`s asks the compiler for both names, so a
    // search of every row for every variant was quadratic calls (seconds at 10,000
    // rows); the search stays only as the fallback.
    let mut next_row = 0;
    for variant in &generated.variants {
        let attrs = &variant.attrs;
        let ident = &variant.ident;
        let row = match table.rows.get(next_row) {
            Some(row) if row.ident == *ident => {
                next_row += 1;
                Some(row)
            }
            _ => table.rows.iter().find(|row| row.ident == *ident),
        };
        let doc = (!variant.documented).then(|| {
            let doc = default_doc(variant, row);
            quote!(#[doc = #doc])
        });
        let codes = row.map(|row| {
            let codes = LitStr::new(&codes_doc(row), Span::call_site());
            let aliases = super::symbols::doc_aliases(row, attrs);
            quote!(#aliases #[doc = #codes])
        });
        let field = variant.is_catch_all.then(|| match table.shape {
            Shape::OwnCodes => quote!((::core::primitive::i32)),
            _ => {
                let krate = &table.krate;
                quote!((#krate::__private::Unlisted))
            }
        });
        variants.extend(quote!(#doc #(#attrs)* #codes #ident #field,));
    }
    quote! {
        #(#attrs)*
        #derives
        #vis enum #ident {
            #variants
        }
    }
}

/// The doc comment of a variant the user wrote none for: a row's message, what the
/// catch-all keeps, or (a variant left out after an error) its name.
fn default_doc(variant: &GeneratedVariant, row: Option<&Row>) -> LitStr {
    let span = variant.ident.span();
    match row {
        _ if variant.is_catch_all => {
            LitStr::new("A code the table does not list, kept as it came.", span)
        }
        Some(row) => LitStr::new(&row.message.value(), span),
        None => LitStr::new(&crate::model::name_of(&variant.ident), span),
    }
}

/// The row's codes, kind and persistence, after an empty line that ends the user's docs:
///
/// ```text
/// | Platforms | Symbol | Code |
/// | --- | --- | --- |
/// | `linux`, `linux_powerpc` | `EAGAIN`, `EWOULDBLOCK` | 11 |
///
/// Kind: `io::ErrorKind::WouldBlock`. Persistence: `Persistence::Transient`.
/// ```
///
/// Code text only: an intra-doc link would break where the runtime is renamed.
fn codes_doc(row: &Row) -> String {
    let Entries::Codes {
        codes,
        kind,
        persistence,
    } = &row.entries
    else {
        return String::new();
    };
    let mut doc = String::from("\n");
    let own = codes.iter().any(|code| code.column == Column::Own);
    let kind_and_persistence =
        format!("Kind: `io::ErrorKind::{kind}`. Persistence: `Persistence::{persistence}`.");
    if codes.is_empty() {
        doc.push_str(&kind_and_persistence);
        return doc;
    }
    doc.push_str(match own {
        true => "| Symbol | Code |\n| --- | --- |\n",
        false => "| Platforms | Symbol | Code |\n| --- | --- | --- |\n",
    });
    for (platforms, code) in same_entries(codes) {
        if !own {
            let _ = write!(doc, "| {platforms} ");
        }
        let _ = writeln!(doc, "| {} | {} |", symbols(code), number(code));
    }
    let _ = write!(doc, "\n{kind_and_persistence}");
    doc
}

/// The entries with the platforms that have each, in `Platform` order: one line for
/// platforms whose names and numbers are the same.
fn same_entries(codes: &[Code]) -> Vec<(String, &Code)> {
    // An insertion sort by column, stable: a row has a few entries.
    let mut sorted: Vec<&Code> = Vec::with_capacity(codes.len());
    for code in codes {
        let mut at = sorted.len();
        while at > 0 && sorted[at - 1].column > code.column {
            at -= 1;
        }
        sorted.insert(at, code);
    }
    let mut lines: Vec<(String, &Code)> = Vec::new();
    'codes: for code in sorted {
        let platform = code.column.key();
        for (platforms, first) in &mut lines {
            if same_entry(first, code) {
                let _ = write!(platforms, ", `{platform}`");
                continue 'codes;
            }
        }
        lines.push((format!("`{platform}`"), code));
    }
    lines
}

fn same_entry(a: &Code, b: &Code) -> bool {
    if a.symbols.len() != b.symbols.len() {
        return false;
    }
    for (x, y) in a.symbols.iter().zip(&b.symbols) {
        if x.name != y.name || x.number != y.number {
            return false;
        }
    }
    match (&a.shares_with, &b.shares_with) {
        (None, None) => true,
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// `` `EAGAIN`, `EWOULDBLOCK` ``: the primary and its aliases; an alias with a number of
/// its own says it (`` `EDEADLOCK` (58) ``).
fn symbols(code: &Code) -> String {
    let primary = code.symbols.first().map_or(0, |symbol| symbol.number);
    let mut names = String::new();
    for symbol in &code.symbols {
        if !names.is_empty() {
            names.push_str(", ");
        }
        let _ = match symbol.number == primary {
            true => write!(names, "`{}`", symbol.name),
            false => write!(names, "`{}` ({})", symbol.name, symbol.number),
        };
    }
    names
}

/// The primary's number, and the row it decodes to where it is shared (`=> Row`).
fn number(code: &Code) -> String {
    let primary = code.symbols.first().map_or(0, |symbol| symbol.number);
    match &code.shares_with {
        Some(row) => format!(
            "{primary} (shared: decodes as `{}`)",
            crate::model::name_of(row)
        ),
        None => primary.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// The doc string the expansion of `table` gives the variant `row` after its own.
    fn codes_doc(table: proc_macro2::TokenStream, row: &str) -> String {
        let output = crate::error_table_tokens(table);
        let file: syn::File = syn::parse2(output).unwrap();
        let Some(syn::Item::Enum(item)) = file.items.first() else {
            panic!("no enum first");
        };
        let variant = item.variants.iter().find(|v| v.ident == row).unwrap();
        let doc = variant.attrs.last().unwrap();
        let syn::Meta::NameValue(value) = &doc.meta else {
            panic!("not a doc");
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &value.value
        else {
            panic!("not a string");
        };
        text.value()
    }

    #[test]
    fn a_rows_docs_end_with_its_codes_by_platform() {
        let table = quote! {
            pub enum Net {
                /// Try again.
                Again {
                    macos: EAGAIN = 35 | EWOULDBLOCK,
                    windows: WSAEWOULDBLOCK = 10035,
                    linux | linux_powerpc: EAGAIN = 11 | EWOULDBLOCK,
                    linux_mips: EAGAIN = 11 | EWOULDBLOCK | EDEADLOCK = 56,
                    kind: WouldBlock,
                    message: "Try again",
                },
                NotSupported { linux: ENOTSUP = 95 => Unsupported, message: "Not supported" },
                Unsupported { linux: EOPNOTSUPP = 95, message: "Unsupported" },
            }
        };
        assert_eq!(
            codes_doc(table.clone(), "Again"),
            "\n| Platforms | Symbol | Code |\n| --- | --- | --- |\n\
             | `windows` | `WSAEWOULDBLOCK` | 10035 |\n\
             | `linux`, `linux_powerpc` | `EAGAIN`, `EWOULDBLOCK` | 11 |\n\
             | `linux_mips` | `EAGAIN`, `EWOULDBLOCK`, `EDEADLOCK` (56) | 11 |\n\
             | `macos` | `EAGAIN`, `EWOULDBLOCK` | 35 |\n\
             \nKind: `io::ErrorKind::WouldBlock`. Persistence: `Persistence::Unknown`."
        );
        assert_eq!(
            codes_doc(table, "NotSupported"),
            "\n| Platforms | Symbol | Code |\n| --- | --- | --- |\n\
             | `linux` | `ENOTSUP` | 95 (shared: decodes as `Unsupported`) |\n\
             \nKind: `io::ErrorKind::Other`. Persistence: `Persistence::Unknown`."
        );
    }

    #[test]
    fn an_own_code_rows_docs_have_no_platforms() {
        let table = quote! {
            pub enum Reply {
                Busy { code: BUSY = 450 | LATER, kind: ResourceBusy, persistence: Transient, message: "Busy" },
            }
        };
        assert_eq!(
            codes_doc(table, "Busy"),
            "\n| Symbol | Code |\n| --- | --- |\n| `BUSY`, `LATER` | 450 |\n\
             \nKind: `io::ErrorKind::ResourceBusy`. Persistence: `Persistence::Transient`."
        );
    }
}
