//! The one file that knows how the rows' data is laid out: per-row arrays indexed by a
//! row's place in the table (the catch-all, and any variant that is no row, get the
//! slot after the rows), flat per-platform arrays with offsets, and `match`es (or, for
//! big tables, sorted arrays) that give a row from a number or a name. The other
//! capabilities name the helpers only through the [`Helper`] constants declared here
//! (`INDEX`, `ROW`, `DECODE`, …; each constant's doc gives the helper's signature).
//!
//! The layout keeps `rustc`'s work linear in the rows (BENCHMARKS.md, section 5): one
//! flat `(name, number)` array a platform with `u16` offsets instead of a slice literal
//! a row, and past [`DECODE_MATCH_LIMIT`] codes or [`NAME_MATCH_LIMIT`] names sorted
//! arrays searched by the runtime instead of `match`es.
use super::{int, usize_lit, Ctx, Helper, Output};
use crate::model::checked::{Entries, Row, Shape, Table};
use crate::model::{Column, CANONICAL, UNDECLARED_PERSISTENCE};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use std::collections::BTreeMap;
use syn::Ident;

/// `__COUNT: usize`: the rows and the catch-all's slot.
pub const COUNT: Helper = Helper("__COUNT");
/// `__index(&Table) -> usize`: a value's place (the catch-all's slot is the last).
pub const INDEX: Helper = Helper("__index");
/// `__ALL: [Table; R]`: every unit row, in order.
pub const ALL: Helper = Helper("__ALL");
/// `__row(usize) -> Option<Table>`: the row at a place.
pub const ROW: Helper = Helper("__row");
/// `__name(usize) -> &str`: the variant's name at a place.
pub const NAME: Helper = Helper("__name");
/// `__message(usize) -> &str`.
pub const MESSAGE: Helper = Helper("__message");
/// `__DESCRIPTION: [&str; __COUNT]` (empty: none).
pub const DESCRIPTION: Helper = Helper("__DESCRIPTION");
/// `__symbol(usize[, Platform]) -> &str`: the primary symbol (empty: none).
pub const SYMBOL: Helper = Helper("__symbol");
/// `__code(usize[, Platform]) -> Option<i32>`: the primary number.
pub const CODE: Helper = Helper("__code");
/// `__names(usize[, Platform]) -> &[(&str, i32)]`: every symbol with its number.
pub const NAMES: Helper = Helper("__names");
/// `__aliases(usize[, Platform]) -> &[&str]`.
pub const ALIASES: Helper = Helper("__aliases");
/// `__decode([Platform, ]i32) -> Option<Table>`.
pub const DECODE: Helper = Helper("__decode");
/// `__by_name(&str) -> Option<Table>`.
pub const BY_NAME: Helper = Helper("__by_name");
/// `__by_name_ignore_case(&str) -> usize` (`__COUNT`: none).
pub const BY_NAME_IGNORE_CASE: Helper = Helper("__by_name_ignore_case");
/// `__KIND: [io::ErrorKind; __COUNT]`, with `std` only.
pub const KIND: Helper = Helper("__KIND");
/// `__PERSISTENCE: [Persistence; __COUNT]`: each row's class (`Unknown` in the
/// catch-all's slot, and for a group's variant that keeps its row, whose class is the
/// kept row's).
pub const PERSISTENCE: Helper = Helper("__PERSISTENCE");
/// `__MEMBERS: [&[OsError]; __COUNT]`: a group's canonical rows by place.
pub const MEMBERS: Helper = Helper("__MEMBERS");
/// `__grouped(OsError) -> usize`: the place of the variant that lists a canonical row.
pub const GROUPED: Helper = Helper("__grouped");

pub fn expand(ctx: &Ctx) -> Output {
    let mut items = index(ctx);
    items.extend(info(ctx.table));
    items.extend(persistences(ctx));
    match ctx.table.shape {
        Shape::Group => items.extend(members(ctx)),
        Shape::OsCodes(_) | Shape::OwnCodes => {
            items.extend(names_and_aliases(ctx));
            items.extend(decoding(ctx));
            items.extend(by_name(ctx));
            items.extend(kinds(ctx));
        }
    }
    Output {
        methods: TokenStream::new(),
        items,
    }
}

/// Past this many codes on a column, decoding is a binary search over sorted arrays
/// instead of a `match` (whose check time grows faster than the arms).
const DECODE_MATCH_LIMIT: usize = 512;

/// Past this many names, `from_name` is a binary search over sorted arrays instead of a
/// `match` by length.
const NAME_MATCH_LIMIT: usize = 2048;

/// `__COUNT`, `__index`, `__ALL` and `__row`.
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
    let unit_count = usize_lit(units.len());
    let catch_all = ctx
        .catch_all()
        .map(|catch_all| quote!(#ident::#catch_all(..) => #last,));
    let rest = ctx.rest(quote!(#last));
    // Every unit row, in order: `ALL`. Only a derived group has variants that keep their
    // row, which `__ALL` leaves out; it is the user's enum, never read through `__ALL`.
    let all = quote!(const #ALL: [#ident; #unit_count] = [#(#ident::#units),*];);
    // Reading `__ALL` needs `Copy`, which only the DSL's default derives promise; a
    // `match` of every index costs `rustc` more, but any enum can be built by one.
    let row_at = if ctx.has_default_derives() {
        quote! {
            match <[#ident]>::split_at_checked(&#ALL, index) {
                ::core::option::Option::Some((_, [row, ..])) => ::core::option::Option::Some(*row),
                _ => ::core::option::Option::None,
            }
        }
    } else {
        quote! {
            match index {
                #(#unit_indices => ::core::option::Option::Some(#ident::#units),)*
                _ => ::core::option::Option::None,
            }
        }
    };
    quote! {
        const #COUNT: ::core::primitive::usize = #count;

        #[inline]
        const fn #INDEX(value: &#ident) -> ::core::primitive::usize {
            match *value {
                #(#patterns => #indices,)*
                #catch_all
                #rest
            }
        }

        #all

        /// The row at `index`; `None` past the last row (the catch-all's slot).
        #[inline]
        const fn #ROW(index: ::core::primitive::usize) -> ::core::option::Option<#ident> {
            #row_at
        }
    }
}

/// `__name(index)` and `__message(index)` over text columns, and `__DESCRIPTION`.
fn info(table: &Table) -> TokenStream {
    let catch_all_name = table.catch_all.as_ref().map_or("", |c| c.name.as_str());
    let names: Vec<String> = table
        .rows
        .iter()
        .map(|row| row.name.clone())
        .chain([catch_all_name.to_owned()])
        .collect();
    let messages: Vec<String> = table
        .rows
        .iter()
        .map(|row| row.message.value())
        .chain([String::from("Unknown error")])
        .collect();
    let names = text_column(
        &format_ident!("__NAME_TEXT"),
        &format_ident!("__NAME_START"),
        &names,
    );
    let messages = text_column(
        &format_ident!("__MESSAGE_TEXT"),
        &format_ident!("__MESSAGE_START"),
        &messages,
    );
    let descriptions = table.rows.iter().map(|row| match &row.description {
        Some(description) => quote!(#description),
        None => quote!(""),
    });
    quote! {
        /// Entry `start..end` of a text column, without a panic path (empty if out of
        /// range or off a char boundary, which the offsets never are).
        #[inline]
        const fn __text(text: &'static ::core::primitive::str, start: ::core::primitive::usize, end: ::core::primitive::usize) -> &'static ::core::primitive::str {
            match <::core::primitive::str>::split_at_checked(text, end) {
                ::core::option::Option::Some((head, _)) => match <::core::primitive::str>::split_at_checked(head, start) {
                    ::core::option::Option::Some((_, part)) => part,
                    ::core::option::Option::None => "",
                },
                ::core::option::Option::None => "",
            }
        }

        #names
        #messages

        #[inline]
        const fn #NAME(index: ::core::primitive::usize) -> &'static ::core::primitive::str {
            __text(__NAME_TEXT, __NAME_START[index] as ::core::primitive::usize, __NAME_START[index + 1] as ::core::primitive::usize)
        }

        #[inline]
        const fn #MESSAGE(index: ::core::primitive::usize) -> &'static ::core::primitive::str {
            __text(__MESSAGE_TEXT, __MESSAGE_START[index] as ::core::primitive::usize, __MESSAGE_START[index + 1] as ::core::primitive::usize)
        }

        const #DESCRIPTION: [&::core::primitive::str; #COUNT] = [#(#descriptions,)* ""];
    }
}

/// A column of `__COUNT` strings as one string and where each starts (the last offset
/// its end): no `&str` array, whose every entry is a pointer the linker relocates.
fn text_column(text_name: &Ident, start_name: &Ident, entries: &[String]) -> TokenStream {
    let mut starts = vec![0usize];
    for entry in entries {
        starts.push(starts.last().copied().unwrap_or(0) + entry.len());
    }
    let offset_type = offset_type(starts.last().copied().unwrap_or(0));
    let text = entries.concat();
    let starts = starts.into_iter().map(usize_lit);
    quote! {
        const #text_name: &::core::primitive::str = #text;
        const #start_name: [#offset_type; #COUNT + 1] = [#(#starts),*];
    }
}

fn array_name(prefix: &str, column: Column) -> Ident {
    let suffix = match column {
        Column::Platform(platform) => platform.variant().to_uppercase(),
        Column::Own => String::from("CODE"),
    };
    format_ident!("__{}_{}", prefix, suffix)
}

/// The smallest unsigned type that holds `max`: offsets are `u16` but in huge tables.
fn offset_type(max: usize) -> TokenStream {
    if u16::try_from(max).is_ok() {
        quote!(::core::primitive::u16)
    } else {
        quote!(::core::primitive::u32)
    }
}

/// One flat array of a column's entries, every row's in row order, and the offsets
/// where each row's start (`__COUNT + 1` of them: row `i` is `OFFSETS[i]..OFFSETS[i + 1]`,
/// the catch-all's slot empty). A slice literal a row costs `rustc` far more.
fn flat(
    entries_name: &Ident,
    offsets_name: &Ident,
    entry_type: &TokenStream,
    per_row: &[Vec<TokenStream>],
) -> TokenStream {
    let mut offsets = vec![0usize];
    for row in per_row {
        offsets.push(offsets.last().copied().unwrap_or(0) + row.len());
    }
    offsets.push(offsets.last().copied().unwrap_or(0));
    let length = usize_lit(offsets.last().copied().unwrap_or(0));
    let offset_type = offset_type(offsets.last().copied().unwrap_or(0));
    let entries = per_row.iter().flatten();
    let offsets = offsets.into_iter().map(usize_lit);
    quote! {
        const #entries_name: [#entry_type; #length] = [#(#entries),*];
        const #offsets_name: [#offset_type; #COUNT + 1] = [#(#offsets),*];
    }
}

/// `__slice(&ENTRIES, OFFSETS[index], OFFSETS[index + 1])`: row `index`'s entries.
fn row_slice(entries_name: &Ident, offsets_name: &Ident) -> TokenStream {
    quote!(__slice(
        &#entries_name,
        #offsets_name[index] as ::core::primitive::usize,
        #offsets_name[index + 1] as ::core::primitive::usize,
    ))
}

/// Per column `__PAIRS_LINUX: [(&str, i32); M]` of every row's `(name, number)` pairs,
/// primary first, with `__OFFSETS_LINUX`; where some row has aliases there, the same for
/// the names after the primary (`__ALIASES_LINUX`, `__ALIAS_OFFSETS_LINUX`). `__names`
/// and `__aliases` pick the column and the row.
fn names_and_aliases(ctx: &Ctx) -> TokenStream {
    let table = ctx.table;
    let has_aliases = |column: Column| {
        table
            .rows
            .iter()
            .any(|row| row.code(column).is_some_and(|code| code.symbols.len() > 1))
    };
    let pair_type = quote!((&'static ::core::primitive::str, ::core::primitive::i32));
    let name_type = quote!(&'static ::core::primitive::str);
    let mut tokens = TokenStream::new();
    for column in table.columns() {
        let pairs: Vec<Vec<TokenStream>> = table
            .rows
            .iter()
            .map(|row| {
                symbols(row, column)
                    .map(|(name, number)| {
                        let number = int(number);
                        quote!((#name, #number))
                    })
                    .collect()
            })
            .collect();
        tokens.extend(flat(
            &array_name("PAIRS", column),
            &array_name("OFFSETS", column),
            &pair_type,
            &pairs,
        ));
        let primaries: Vec<Option<(&str, i32)>> = table
            .rows
            .iter()
            .map(|row| symbols(row, column).next())
            .collect();
        let symbol_text: Vec<String> = primaries
            .iter()
            .map(|primary| primary.map_or("", |(name, _)| name).to_owned())
            .chain([String::new()])
            .collect();
        tokens.extend(text_column(
            &array_name("SYMBOL_TEXT", column),
            &array_name("SYMBOL_START", column),
            &symbol_text,
        ));
        let code_array = array_name("PRIMARY", column);
        let primary_codes = primaries
            .iter()
            .map(|primary| int(primary.map_or(0, |(_, number)| number)));
        tokens.extend(quote! {
            const #code_array: [::core::primitive::i32; #COUNT] = [#(#primary_codes,)* 0];
        });
        if has_aliases(column) {
            let aliases: Vec<Vec<TokenStream>> = table
                .rows
                .iter()
                .map(|row| {
                    symbols(row, column)
                        .skip(1)
                        .map(|(name, _)| quote!(#name))
                        .collect()
                })
                .collect();
            tokens.extend(flat(
                &array_name("ALIASES", column),
                &array_name("ALIAS_OFFSETS", column),
                &name_type,
                &aliases,
            ));
        }
    }
    // A column's slice, or none where no row has aliases there.
    let pick = |lookup: &dyn Fn(Column) -> TokenStream| -> TokenStream {
        match &table.shape {
            Shape::OwnCodes => lookup(Column::Own),
            _ => per_platform(ctx, lookup),
        }
    };
    let names =
        pick(&|column| row_slice(&array_name("PAIRS", column), &array_name("OFFSETS", column)));
    let aliases = pick(&|column| {
        if has_aliases(column) {
            row_slice(
                &array_name("ALIASES", column),
                &array_name("ALIAS_OFFSETS", column),
            )
        } else {
            quote!({
                let _ = index;
                &[]
            })
        }
    });
    let symbol_of = |column: Column| {
        let text = array_name("SYMBOL_TEXT", column);
        let start = array_name("SYMBOL_START", column);
        quote!(__text(#text, #start[index] as ::core::primitive::usize, #start[index + 1] as ::core::primitive::usize))
    };
    let code_of = |column: Column| {
        let start = array_name("SYMBOL_START", column);
        let code = array_name("PRIMARY", column);
        quote!(if #start[index] < #start[index + 1] {
            ::core::option::Option::Some(#code[index])
        } else {
            ::core::option::Option::None
        })
    };
    let (symbol, code) = match &table.shape {
        Shape::OwnCodes => (symbol_of(Column::Own), code_of(Column::Own)),
        _ => (
            per_platform_or(ctx, &symbol_of, quote!("")),
            per_platform_or(ctx, &code_of, quote!(::core::option::Option::None)),
        ),
    };
    let (platform, _) = ctx.platform_param();
    quote! {
        #tokens

        /// The primary symbol of row `index` (empty where it has none).
        #[inline]
        const fn #SYMBOL(index: ::core::primitive::usize, #platform) -> &'static ::core::primitive::str {
            #symbol
        }

        /// The primary number of row `index`, if it has a symbol.
        #[inline]
        const fn #CODE(index: ::core::primitive::usize, #platform) -> ::core::option::Option<::core::primitive::i32> {
            #code
        }

        /// `entries[start..end]` in a const fn, without a panic path (empty if out of
        /// range, which the offsets never are).
        #[inline]
        const fn __slice<E>(entries: &'static [E], start: ::core::primitive::usize, end: ::core::primitive::usize) -> &'static [E] {
            match <[E]>::split_at_checked(entries, end) {
                ::core::option::Option::Some((head, _)) => match <[E]>::split_at_checked(head, start) {
                    ::core::option::Option::Some((_, part)) => part,
                    ::core::option::Option::None => &[],
                },
                ::core::option::Option::None => &[],
            }
        }

        #[inline]
        const fn #NAMES(index: ::core::primitive::usize, #platform) -> &'static [#pair_type] {
            #names
        }

        #[inline]
        const fn #ALIASES(index: ::core::primitive::usize, #platform) -> &'static [#name_type] {
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

/// `match platform { Linux => body(Linux), … _ => otherwise }` over the table's platforms.
fn per_platform_or(
    ctx: &Ctx,
    body: &dyn Fn(Column) -> TokenStream,
    otherwise: TokenStream,
) -> TokenStream {
    let Shape::OsCodes(platforms) = &ctx.table.shape else {
        return otherwise;
    };
    let arms = platforms.iter().map(|&platform| {
        let path = ctx.platform(platform);
        let body = body(Column::Platform(platform));
        quote!(#path => #body,)
    });
    quote!(match platform { #(#arms)* _ => { let _ = index; #otherwise } })
}

/// `__decode`: the row a number decodes to on a column. One `const fn` a column
/// (`__decode_linux`), so that with a constant platform `from_code` is one call of one
/// column's decoder, small enough for LLVM to inline across crates as it would a
/// hand-written `match`.
fn decoding(ctx: &Ctx) -> TokenStream {
    let table = ctx.table;
    let ident = &table.ident;
    let private = &ctx.private;
    let decoder = |column: Column| -> TokenStream {
        let name = decoder_name(column);
        let mut codes: Vec<(i32, usize)> = table
            .rows
            .iter()
            .enumerate()
            .flat_map(|(index, row)| {
                row.code(column)
                    .into_iter()
                    .flat_map(|code| &code.symbols)
                    .filter(|symbol| symbol.decodes)
                    .map(move |symbol| (symbol.number, index))
            })
            .collect();
        let body = if codes.len() <= DECODE_MATCH_LIMIT {
            let arms = codes.iter().map(|&(number, index)| {
                let number = int(number);
                let row = &table.rows[index].ident;
                quote!(#number => ::core::option::Option::Some(#ident::#row),)
            });
            quote!(match code { #(#arms)* _ => ::core::option::Option::None })
        } else {
            codes.sort_unstable();
            let length = usize_lit(codes.len());
            let numbers = codes.iter().map(|&(number, _)| int(number));
            let rows = codes.iter().map(|&(_, index)| usize_lit(index));
            quote! {
                const CODES: [::core::primitive::i32; #length] = [#(#numbers),*];
                const ROWS: [::core::primitive::u32; #length] = [#(#rows),*];
                #ROW(#private::search_code(&CODES, &ROWS, code))
            }
        };
        quote! {
            #[inline]
            const fn #name(code: ::core::primitive::i32) -> ::core::option::Option<#ident> {
                #body
            }
        }
    };
    match &table.shape {
        Shape::OsCodes(platforms) => {
            let decoders = platforms
                .iter()
                .map(|&platform| decoder(Column::Platform(platform)));
            let arms = platforms.iter().map(|&platform| {
                let path = ctx.platform(platform);
                let name = decoder_name(Column::Platform(platform));
                quote!(#path => #name(code),)
            });
            quote! {
                #(#decoders)*

                #[inline(always)]
                const fn #DECODE(platform: #private::Platform, code: ::core::primitive::i32) -> ::core::option::Option<#ident> {
                    match platform {
                        #(#arms)*
                        _ => {
                            let _ = code;
                            ::core::option::Option::None
                        }
                    }
                }
            }
        }
        _ => {
            let decoder = decoder(Column::Own);
            quote! {
                #decoder

                #[inline(always)]
                const fn #DECODE(code: ::core::primitive::i32) -> ::core::option::Option<#ident> {
                    __decode_code(code)
                }
            }
        }
    }
}

/// `__decode_linux`, or `__decode_code` for a table of its own codes.
fn decoder_name(column: Column) -> Ident {
    match column {
        Column::Platform(platform) => {
            format_ident!("__decode_{}", platform.variant().to_lowercase())
        }
        Column::Own => format_ident!("__decode_code"),
    }
}

/// Every name `from_name` knows with its row, a name listed twice kept at its first
/// row: each row's variant name, then its symbols and aliases of every column.
fn known_names(table: &Table) -> Vec<(&str, usize)> {
    let mut seen = std::collections::HashSet::new();
    let mut names = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let symbols = row
            .codes()
            .iter()
            .flat_map(|code| &code.symbols)
            .filter(|symbol| symbol.by_name)
            .map(|symbol| symbol.name.as_str());
        for name in std::iter::once(row.name.as_str()).chain(symbols) {
            if seen.insert(name) {
                names.push((name, index));
            }
        }
    }
    names
}

/// `__by_name`, the row a name stands for, and `__by_name_ignore_case`, the index of the
/// row a name stands for ignoring ASCII case (`__COUNT` if none).
///
/// Every name with its row goes into `__NAME_LIST`, sorted by length then by bytes, and
/// `__name_bucket` gives the range of one length. Exact lookup is a `match` by length
/// up to [`NAME_MATCH_LIMIT`] names (fewest instructions on real names) and a binary
/// search in the length's range past it (a `match` of thousands of strings costs
/// `rustc` seconds). Lookup ignoring ASCII case scans the range, first row winning.
fn by_name(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let ident = &ctx.table.ident;
    let mut names = known_names(ctx.table);
    let exact = if names.len() <= NAME_MATCH_LIMIT {
        let mut by_length: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
        for &(name, index) in &names {
            by_length.entry(name.len()).or_default().push((name, index));
        }
        let arms = by_length.into_iter().map(|(length, names)| {
            let length = usize_lit(length);
            let arms = names.into_iter().map(|(name, index)| {
                let row = &ctx.table.rows[index].ident;
                quote!(#name => ::core::option::Option::Some(#ident::#row),)
            });
            quote!(#length => match name { #(#arms)* _ => ::core::option::Option::None },)
        });
        quote! {
            match <::core::primitive::str>::len(name) {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    } else {
        quote!(#ROW(#private::search_name(__name_bucket(<::core::primitive::str>::len(name)), name, #COUNT)))
    };
    names.sort_by(|a, b| (a.0.len(), a.0).cmp(&(b.0.len(), b.0)));
    let mut buckets: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (at, &(name, _)) in names.iter().enumerate() {
        buckets.entry(name.len()).or_insert((at, at)).1 = at + 1;
    }
    let bucket_arms = buckets.into_iter().map(|(length, (start, end))| {
        let (length, start, end) = (usize_lit(length), usize_lit(start), usize_lit(end));
        quote!(#length => __slice(&__NAME_LIST, #start, #end),)
    });
    let length = usize_lit(names.len());
    let list = names.iter().map(|&(name, index)| {
        let index = usize_lit(index);
        quote!((#name, #index))
    });
    quote! {
        const __NAME_LIST: [(&::core::primitive::str, ::core::primitive::u32); #length] = [#(#list),*];

        /// The names of `length` bytes, sorted.
        #[inline]
        const fn __name_bucket(length: ::core::primitive::usize) -> &'static [(&'static ::core::primitive::str, ::core::primitive::u32)] {
            match length {
                #(#bucket_arms)*
                _ => &[],
            }
        }

        #[inline]
        fn #BY_NAME(name: &::core::primitive::str) -> ::core::option::Option<#ident> {
            #exact
        }

        #[inline]
        fn #BY_NAME_IGNORE_CASE(name: &::core::primitive::str) -> ::core::primitive::usize {
            #private::search_name_ignore_case(__name_bucket(<::core::primitive::str>::len(name)), name, #COUNT)
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
            const #KIND: [#private::io::ErrorKind; #COUNT] = [#(#kinds,)* #private::io::ErrorKind::Other];
        }
    }
}

/// `__PERSISTENCE`. A group's unit variant without `persistence:` takes the class its
/// rows share, which only the canonical table knows: the constant asks it, and rows that
/// disagree fail the constant's evaluation, on the variant's name.
fn persistences(ctx: &Ctx) -> TokenStream {
    let private = &ctx.private;
    let class = |name: &Ident| quote!(#private::Persistence::#name);
    let unknown = class(&format_ident!("{}", UNDECLARED_PERSISTENCE));
    let classes = ctx
        .table
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| match &row.entries {
            Entries::Codes { persistence, .. }
            | Entries::Members {
                persistence: Some(persistence),
                ..
            } => class(persistence),
            Entries::Members {
                keeps_row: true, ..
            } => unknown.clone(),
            Entries::Members { members, .. } => shared_persistence(ctx, index, row, members),
        });
    quote! {
        const #PERSISTENCE: [#private::Persistence; #COUNT] = [#(#classes,)* #unknown];
    }
}

/// The class a unit variant's rows share, or a compile error on the variant that says
/// how to declare one.
fn shared_persistence(ctx: &Ctx, index: usize, row: &Row, members: &[Ident]) -> TokenStream {
    let private = &ctx.private;
    let index = usize_lit(index);
    let members: Vec<String> = members.iter().map(crate::model::name_of).collect();
    let message = format!(
        "the rows of `{}` ({}) differ in persistence; declare the variant's own, as in `#[errtable(persistence: TimedOut)]`, or split it into variants whose rows agree",
        row.name,
        members.join(", ")
    );
    quote_spanned! {row.ident.span()=>
        match #private::shared_persistence(#MEMBERS[#index]) {
            ::core::option::Option::Some(p) => p,
            ::core::option::Option::None => ::core::panic!(#message),
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

        const #MEMBERS: [&[#canonical]; #COUNT] = [#(#lists,)* &[]];

        #[inline]
        const fn #GROUPED(row: #canonical) -> ::core::primitive::usize {
            match row {
                #(#arms)*
                _ => #COUNT,
            }
        }
    }
}
