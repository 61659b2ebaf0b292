//! The one file that knows how the rows' data is laid out: per-row arrays indexed by a
//! row's place in the table (the catch-all, and any variant that is no row, get the
//! slot after the rows), and `match`es that give a row's index from a number or a name.
//! The other capabilities use only the helpers defined here:
//!
//! - `__index(&value) -> usize`, `__row(index) -> Option<Table>`
//! - `__NAME`, `__MESSAGE`, `__DESCRIPTION`: `[&str; __COUNT]` (an empty description is
//!   none)
//! - code tables: `__names(index[, platform])`, `__aliases(index[, platform])`,
//!   `__decode([platform, ]code) -> index`, `__by_name(name) -> index`, and with `std`
//!   `__KIND: [io::ErrorKind; __COUNT]`
//! - groups: `__MEMBERS: [&[OsError]; __COUNT]` and `__grouped(OsError) -> index`.

use super::{int, usize_lit, Ctx, Output};
use crate::model::checked::{Entries, Row, Shape, Table};
use crate::model::{Column, CANONICAL};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;
use syn::Ident;

pub fn expand(ctx: &Ctx) -> Output {
    let mut items = index(ctx);
    items.extend(info(ctx.table));
    match ctx.table.shape {
        Shape::Group => items.extend(members(ctx)),
        Shape::OsCodes(_) | Shape::OwnCodes => {
            items.extend(names_and_aliases(ctx));
            items.extend(decoding(ctx));
            items.extend(by_name(ctx.table));
            items.extend(kinds(ctx));
        }
    }
    Output {
        methods: TokenStream::new(),
        items,
    }
}

/// `__COUNT`, `__index` and `__row`.
fn index(ctx: &Ctx) -> TokenStream {
    let table = ctx.table;
    let ident = &table.ident;
    let count = usize_lit(table.rows.len() + 1);
    let rows: Vec<&Ident> = table.rows.iter().map(|row| &row.ident).collect();
    let indices: Vec<_> = (0..rows.len()).map(usize_lit).collect();
    let last = usize_lit(rows.len());
    // A group's `Retry(OsError)` is matched with its field; `__row` cannot build it.
    let patterns = table.rows.iter().map(|row| {
        let variant = &row.ident;
        match row.keeps_row() {
            true => quote!(#ident::#variant(..)),
            false => quote!(#ident::#variant),
        }
    });
    let (units, unit_indices): (Vec<&Ident>, Vec<_>) = table
        .rows
        .iter()
        .zip(&indices)
        .filter(|(row, _)| !row.keeps_row())
        .map(|(row, index)| (&row.ident, index))
        .unzip();
    let catch_all = ctx
        .catch_all()
        .map(|catch_all| quote!(#ident::#catch_all(..) => #last,));
    let rest = ctx.rest(quote!(#last));
    quote! {
        const __COUNT: ::core::primitive::usize = #count;

        #[inline]
        const fn __index(value: &#ident) -> ::core::primitive::usize {
            match *value {
                #(#patterns => #indices,)*
                #catch_all
                #rest
            }
        }

        #[inline]
        const fn __row(index: ::core::primitive::usize) -> ::core::option::Option<#ident> {
            match index {
                #(#unit_indices => ::core::option::Option::Some(#ident::#units),)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

/// `__NAME`, `__MESSAGE` and `__DESCRIPTION`.
fn info(table: &Table) -> TokenStream {
    let catch_all_name = table.catch_all.as_ref().map_or("", |c| c.name.as_str());
    let names = table.rows.iter().map(|row| row.name.as_str());
    let messages = table.rows.iter().map(|row| &row.message);
    let descriptions = table.rows.iter().map(|row| match &row.description {
        Some(description) => quote!(#description),
        None => quote!(""),
    });
    quote! {
        const __NAME: [&::core::primitive::str; __COUNT] = [#(#names,)* #catch_all_name];
        const __MESSAGE: [&::core::primitive::str; __COUNT] = [#(#messages,)* "Unknown error"];
        const __DESCRIPTION: [&::core::primitive::str; __COUNT] = [#(#descriptions,)* ""];
    }
}

fn array_name(prefix: &str, column: Column) -> Ident {
    let suffix = match column {
        Column::Platform(platform) => platform.variant().to_uppercase(),
        Column::Own => String::from("CODE"),
    };
    format_ident!("__{}_{}", prefix, suffix)
}

/// `const __NAMES_LINUX: [&[(&str, i32)]; __COUNT] = [&[("ECONNREFUSED", 111)], &[], …];`
/// and, where some row has aliases there, `__ALIASES_LINUX` of the names after the
/// primary, per column; `__names` and `__aliases` pick the column.
fn names_and_aliases(ctx: &Ctx) -> TokenStream {
    let table = ctx.table;
    let has_aliases = |column: Column| {
        table
            .rows
            .iter()
            .any(|row| row.code(column).is_some_and(|code| code.symbols.len() > 1))
    };
    let mut tokens = TokenStream::new();
    for column in table.columns() {
        let names_array = array_name("NAMES", column);
        let aliases_array = array_name("ALIASES", column);
        let names = table.rows.iter().map(|row| {
            let pairs = symbols(row, column).map(|(name, number)| {
                let number = int(number);
                quote!((#name, #number))
            });
            quote!(&[#(#pairs),*])
        });
        let aliases = table.rows.iter().map(|row| {
            let names = symbols(row, column).skip(1).map(|(name, _)| name);
            quote!(&[#(#names),*])
        });
        tokens.extend(quote! {
            const #names_array: [&[(&::core::primitive::str, ::core::primitive::i32)]; __COUNT] = [#(#names,)* &[]];
        });
        if has_aliases(column) {
            tokens.extend(quote! {
                const #aliases_array: [&[&::core::primitive::str]; __COUNT] = [#(#aliases,)* &[]];
            });
        }
    }
    // A column's array, or none where no row has aliases there.
    let pick = |lookup: &dyn Fn(Column) -> TokenStream| -> TokenStream {
        match &table.shape {
            Shape::OwnCodes => lookup(Column::Own),
            _ => per_platform(ctx, lookup),
        }
    };
    let names = pick(&|column| {
        let array = array_name("NAMES", column);
        quote!(#array[index])
    });
    let aliases = pick(&|column| {
        if has_aliases(column) {
            let array = array_name("ALIASES", column);
            quote!(#array[index])
        } else {
            quote!({
                let _ = index;
                &[]
            })
        }
    });
    let (platform, _) = ctx.platform_param();
    quote! {
        #tokens

        #[inline]
        const fn __names(index: ::core::primitive::usize, #platform) -> &'static [(&'static ::core::primitive::str, ::core::primitive::i32)] {
            #names
        }

        #[inline]
        const fn __aliases(index: ::core::primitive::usize, #platform) -> &'static [&'static ::core::primitive::str] {
            #aliases
        }
    }
}

/// The row's symbols on `column` with their numbers, primary first.
fn symbols(row: &Row, column: Column) -> impl Iterator<Item = (&str, i32)> {
    row.code(column)
        .into_iter()
        .flat_map(|code| &code.symbols)
        .map(|symbol| (symbol.name.as_str(), symbol.number))
}

/// `match platform { Linux => body(Linux), … _ => &[] }` over the table's platforms.
fn per_platform(ctx: &Ctx, body: &dyn Fn(Column) -> TokenStream) -> TokenStream {
    let Shape::OsCodes(platforms) = &ctx.table.shape else {
        return quote!(&[]);
    };
    let arms = platforms.iter().map(|&platform| {
        let path = ctx.platform(platform);
        let body = body(Column::Platform(platform));
        quote!(#path => #body,)
    });
    quote!(match platform { #(#arms)* _ => { let _ = index; &[] } })
}

/// `__decode`: the index of the row a number decodes to on a column, `__COUNT` if none.
fn decoding(ctx: &Ctx) -> TokenStream {
    let table = ctx.table;
    let decode_column = |column: Column| {
        let arms = table.rows.iter().enumerate().flat_map(|(index, row)| {
            let index = usize_lit(index);
            row.code(column)
                .into_iter()
                .flat_map(|code| &code.symbols)
                .filter(|symbol| symbol.decodes)
                .map(move |symbol| {
                    let number = int(symbol.number);
                    quote!(#number => #index,)
                })
        });
        quote!(match code { #(#arms)* _ => __COUNT })
    };
    let (platform, _) = ctx.platform_param();
    let body = match &table.shape {
        Shape::OsCodes(platforms) => {
            let arms = platforms.iter().map(|&platform| {
                let path = ctx.platform(platform);
                let body = decode_column(Column::Platform(platform));
                quote!(#path => #body,)
            });
            quote!(match platform { #(#arms)* _ => { let _ = code; __COUNT } })
        }
        _ => decode_column(Column::Own),
    };
    quote! {
        #[inline]
        const fn __decode(#platform code: ::core::primitive::i32) -> ::core::primitive::usize {
            #body
        }
    }
}

/// `__by_name`: the index of the row a name stands for, `__COUNT` if none. Matching on
/// the length first leaves each string only a few candidates to compare.
fn by_name(table: &Table) -> TokenStream {
    let mut by_length: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
    for (index, row) in table.rows.iter().enumerate() {
        let symbols = row
            .codes()
            .iter()
            .flat_map(|code| &code.symbols)
            .filter(|symbol| symbol.by_name)
            .map(|symbol| symbol.name.as_str());
        for name in std::iter::once(row.name.as_str()).chain(symbols) {
            by_length.entry(name.len()).or_default().push((name, index));
        }
    }
    let arms = by_length.into_iter().map(|(length, names)| {
        let length = usize_lit(length);
        let arms = names.into_iter().map(|(name, index)| {
            let index = usize_lit(index);
            quote!(#name => #index,)
        });
        quote!(#length => match name { #(#arms)* _ => __COUNT },)
    });
    quote! {
        #[inline]
        fn __by_name(name: &::core::primitive::str) -> ::core::primitive::usize {
            match name.len() {
                #(#arms)*
                _ => __COUNT,
            }
        }
    }
}

/// `__KIND`, with the runtime's `std` feature only.
fn kinds(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let kinds = ctx.table.rows.iter().map(|row| match &row.entries {
        Entries::Codes { kind, .. } => quote!(#private::io::ErrorKind::#kind),
        Entries::Members { .. } => quote!(#private::io::ErrorKind::Other),
    });
    quote! {
        #private::std_only! {
            const __KIND: [#private::io::ErrorKind; __COUNT] = [#(#kinds,)* #private::io::ErrorKind::Other];
        }
    }
}

/// A group's members: one constant per member, the only place that names the canonical
/// row (with the user's span, so that a misspelt one is one error, on it); `__MEMBERS`
/// of them; and `__grouped`, the index of the variant that lists a canonical row.
fn members(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let canonical = format_ident!("{}", CANONICAL);
    let canonical = quote!(#private::#canonical);
    let mut consts = TokenStream::new();
    let mut lists = Vec::new();
    let mut arms = Vec::new();
    for (index, row) in ctx.table.rows.iter().enumerate() {
        let Entries::Members { members, .. } = &row.entries else {
            continue;
        };
        let names: Vec<Ident> = (0..members.len())
            .map(|at| format_ident!("__MEMBER_{}_{}", index, at))
            .collect();
        for (name, member) in names.iter().zip(members) {
            consts.extend(quote!(const #name: #canonical = #canonical::#member;));
        }
        lists.push(quote!(&[#(#names),*]));
        let index = usize_lit(index);
        arms.push(quote!(#(#names)|* => #index,));
    }
    quote! {
        #consts

        const __MEMBERS: [&[#canonical]; __COUNT] = [#(#lists,)* &[]];

        #[inline]
        const fn __grouped(row: #canonical) -> ::core::primitive::usize {
            match row {
                #(#arms)*
                _ => __COUNT,
            }
        }
    }
}
