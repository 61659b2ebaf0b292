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
use super::{int, push_item, push_literal, push_separated, usize_lit, Ctx, Helper, Output};
use crate::model::checked::{Entries, Row, Shape, Symbol, Table};
use crate::model::{Column, Platform, CANONICAL, UNDECLARED_PERSISTENCE};
use proc_macro2::{TokenStream, TokenTree};
use quote::{format_ident, quote, ToTokens};
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
    items.extend(info(ctx));
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
    let (table, private) = (ctx.table, &ctx.private);
    let ident = &table.ident;
    let count = usize_lit(table.rows.len() + 1);
    let last = usize_lit(table.rows.len());
    let mut index_arms = TokenStream::new();
    let mut units = TokenStream::new();
    let mut unit_arms = TokenStream::new();
    let mut unit_count = 0;
    for (place, row) in table.rows.iter().enumerate() {
        let variant = &row.ident;
        let place = usize_lit(place);
        // A group's `Retry(OsError)` is matched with its field; `__row` cannot build it.
        if row.keeps_row() {
            index_arms.extend(quote!(#ident::#variant(..) => #place,));
        } else {
            index_arms.extend(quote!(#ident::#variant => #place,));
            push_separated(&mut units, quote!(#ident::#variant));
            unit_arms.extend(quote!(#place => ::core::option::Option::Some(#ident::#variant),));
            unit_count += 1;
        }
    }
    let unit_count = usize_lit(unit_count);
    let catch_all = ctx
        .catch_all()
        .map(|catch_all| quote!(#ident::#catch_all(..) => #last,));
    let rest = ctx.rest(quote!(#last));
    // Every unit row, in order: `ALL`. Only a derived group has variants that keep their
    // row, which `__ALL` leaves out; it is the user's enum, never read through `__ALL`.
    let all = quote!(const #ALL: [#ident; #unit_count] = [#units];);
    // Reading `__ALL` needs `Copy`, which only the DSL's default derives promise; a
    // `match` of every index costs `rustc` more, but any enum can be built by one.
    let row_at = if ctx.has_default_derives() {
        quote! {
            match #private::split_slice(&#ALL, index) {
                ::core::option::Option::Some((_, [row, ..])) => ::core::option::Option::Some(*row),
                _ => ::core::option::Option::None,
            }
        }
    } else {
        quote! {
            match index {
                #unit_arms
                _ => ::core::option::Option::None,
            }
        }
    };
    quote! {
        const #COUNT: ::core::primitive::usize = #count;

        #[inline]
        const fn #INDEX(value: &#ident) -> ::core::primitive::usize {
            match *value {
                #index_arms
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
fn info(ctx: &Ctx) -> TokenStream {
    let (table, private) = (ctx.table, &ctx.private);
    let catch_all_name = table.catch_all.as_ref().map_or("", |c| c.name.as_str());
    let mut names = Vec::with_capacity(table.rows.len() + 1);
    let mut messages = Vec::with_capacity(table.rows.len() + 1);
    let mut descriptions = TokenStream::new();
    for row in &table.rows {
        names.push(row.name.clone());
        messages.push(row.message.value());
        match &row.description {
            Some(description) => push_item(&mut descriptions, description.to_token_stream()),
            None => push_item(&mut descriptions, quote!("")),
        }
    }
    names.push(catch_all_name.to_owned());
    messages.push(String::from("Unknown error"));
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
    quote! {
        /// Entry `start..end` of a text column, without a panic path (empty if out of
        /// range or off a char boundary, which the offsets never are).
        #[inline]
        const fn __text(text: &'static ::core::primitive::str, start: ::core::primitive::usize, end: ::core::primitive::usize) -> &'static ::core::primitive::str {
            #private::text_part(text, start, end)
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

        const #DESCRIPTION: [&::core::primitive::str; #COUNT] = [#descriptions ""];
    }
}

/// A column of `__COUNT` strings as one string and where each starts (the last offset
/// its end): no `&str` array, whose every entry is a pointer the linker relocates.
fn text_column(text_name: &Ident, start_name: &Ident, entries: &[String]) -> TokenStream {
    let mut text = String::new();
    let mut starts = TokenStream::new();
    push_literal(&mut starts, usize_lit(0));
    for entry in entries {
        text.push_str(entry);
        push_literal(&mut starts, usize_lit(text.len()));
    }
    let offset_type = offset_type(text.len());
    quote! {
        const #text_name: &::core::primitive::str = #text;
        const #start_name: [#offset_type; #COUNT + 1] = [#starts];
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

/// One flat array of a column's entries (`entries`, every row's in row order, separated
/// by commas; row `i` has `row_lengths[i]`), and the offsets where each row's start
/// (`__COUNT + 1` of them: row `i` is `OFFSETS[i]..OFFSETS[i + 1]`, the catch-all's slot
/// empty). A slice literal a row costs `rustc` far more.
fn flat(
    entries_name: &Ident,
    offsets_name: &Ident,
    entry_type: &TokenStream,
    entries: TokenStream,
    row_lengths: &[usize],
) -> TokenStream {
    let mut offsets = TokenStream::new();
    let mut end = 0;
    push_literal(&mut offsets, usize_lit(end));
    for length in row_lengths {
        end += length;
        push_literal(&mut offsets, usize_lit(end));
    }
    push_literal(&mut offsets, usize_lit(end));
    let offset_type = offset_type(end);
    let length = usize_lit(end);
    quote! {
        const #entries_name: [#entry_type; #length] = [#entries];
        const #offsets_name: [#offset_type; #COUNT + 1] = [#offsets];
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
    let (table, private) = (ctx.table, &ctx.private);
    // `'static` is implied in a constant's type (clippy's `redundant_static_lifetimes`)
    // and spelt out in the functions' signatures.
    let pair_type = quote!((&'static ::core::primitive::str, ::core::primitive::i32));
    let name_type = quote!(&'static ::core::primitive::str);
    let const_pair_type = quote!((&::core::primitive::str, ::core::primitive::i32));
    let const_name_type = quote!(&::core::primitive::str);
    let mut tokens = TokenStream::new();
    let mut with_aliases = Vec::new();
    for column in table.columns() {
        let mut pairs = TokenStream::new();
        let mut pair_counts = Vec::with_capacity(table.rows.len());
        let mut aliases = TokenStream::new();
        let mut alias_counts = Vec::with_capacity(table.rows.len());
        let mut symbol_text = Vec::with_capacity(table.rows.len() + 1);
        let mut primary_codes = TokenStream::new();
        for row in &table.rows {
            let symbols = symbols(row, column);
            for (at, symbol) in symbols.iter().enumerate() {
                let (name, number) = (&symbol.name, int(symbol.number));
                push_separated(&mut pairs, quote!((#name, #number)));
                if at > 0 {
                    push_separated(&mut aliases, quote!(#name));
                }
            }
            pair_counts.push(symbols.len());
            alias_counts.push(symbols.len().saturating_sub(1));
            let (name, number) = match symbols.first() {
                Some(primary) => (primary.name.clone(), primary.number),
                None => (String::new(), 0),
            };
            symbol_text.push(name);
            push_item(&mut primary_codes, TokenTree::Literal(int(number)).into());
        }
        symbol_text.push(String::new());
        tokens.extend(flat(
            &array_name("PAIRS", column),
            &array_name("OFFSETS", column),
            &const_pair_type,
            pairs,
            &pair_counts,
        ));
        tokens.extend(text_column(
            &array_name("SYMBOL_TEXT", column),
            &array_name("SYMBOL_START", column),
            &symbol_text,
        ));
        let code_array = array_name("PRIMARY", column);
        tokens.extend(quote! {
            const #code_array: [::core::primitive::i32; #COUNT] = [#primary_codes 0];
        });
        if !aliases.is_empty() {
            with_aliases.push(column);
            tokens.extend(flat(
                &array_name("ALIASES", column),
                &array_name("ALIAS_OFFSETS", column),
                &const_name_type,
                aliases,
                &alias_counts,
            ));
        }
    }
    let has_aliases = |column: Column| with_aliases.contains(&column);
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
        const fn __slice<__E>(entries: &'static [__E], start: ::core::primitive::usize, end: ::core::primitive::usize) -> &'static [__E] {
            #private::slice_part(entries, start, end)
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

/// The row's symbols on `column`, primary first.
fn symbols(row: &Row, column: Column) -> &[Symbol] {
    match row.code(column) {
        Some(code) => &code.symbols,
        None => &[],
    }
}

/// `match platform { Linux => body(Linux), … _ => &[] }` over the table's platforms.
fn per_platform(ctx: &Ctx, body: &dyn Fn(Column) -> TokenStream) -> TokenStream {
    let Shape::OsCodes(platforms) = &ctx.table.shape else {
        return quote!(&[]);
    };
    let arms = platform_arms(ctx, platforms, body);
    quote!(match platform { #arms _ => { let _ = index; &[] } })
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
    let arms = platform_arms(ctx, platforms, body);
    quote!(match platform { #arms _ => { let _ = index; #otherwise } })
}

/// `Linux => body(Linux), …` over `platforms`.
fn platform_arms(
    ctx: &Ctx,
    platforms: &[Platform],
    body: &dyn Fn(Column) -> TokenStream,
) -> TokenStream {
    let mut arms = TokenStream::new();
    for &platform in platforms {
        let path = ctx.platform(platform);
        let body = body(Column::Platform(platform));
        arms.extend(quote!(#path => #body,));
    }
    arms
}

/// `__decode`: the row a number decodes to on a column. One `const fn` a column
/// (`__decode_linux`), so that with a constant platform `from_code` is one call of one
/// column's decoder, small enough for LLVM to inline across crates as it would a
/// hand-written `match`.
fn decoding(ctx: &Ctx) -> TokenStream {
    let table = ctx.table;
    let ident = &table.ident;
    let private = &ctx.private;
    match &table.shape {
        Shape::OsCodes(platforms) => {
            let mut decoders = TokenStream::new();
            let mut arms = TokenStream::new();
            for &platform in platforms {
                decoders.extend(decoder(ctx, Column::Platform(platform)));
                let path = ctx.platform(platform);
                let name = decoder_name(Column::Platform(platform));
                arms.extend(quote!(#path => #name(code),));
            }
            quote! {
                #decoders

                #[inline(always)]
                const fn #DECODE(platform: #private::Platform, code: ::core::primitive::i32) -> ::core::option::Option<#ident> {
                    match platform {
                        #arms
                        _ => {
                            let _ = code;
                            ::core::option::Option::None
                        }
                    }
                }
            }
        }
        _ => {
            let decoder = decoder(ctx, Column::Own);
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

/// `__decode_linux` (one column's decoder): a `match`, or past [`DECODE_MATCH_LIMIT`]
/// codes a binary search over sorted arrays.
fn decoder(ctx: &Ctx, column: Column) -> TokenStream {
    let table = ctx.table;
    let ident = &table.ident;
    let private = &ctx.private;
    let name = decoder_name(column);
    let mut codes: Vec<(i32, usize)> = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        for symbol in symbols(row, column) {
            if symbol.decodes {
                codes.push((symbol.number, index));
            }
        }
    }
    let body = if codes.len() <= DECODE_MATCH_LIMIT {
        let mut arms = TokenStream::new();
        for &(number, index) in &codes {
            let number = int(number);
            let row = &table.rows[index].ident;
            arms.extend(quote!(#number => ::core::option::Option::Some(#ident::#row),));
        }
        quote!(match code { #arms _ => ::core::option::Option::None })
    } else {
        codes.sort_unstable();
        let length = usize_lit(codes.len());
        let mut numbers = TokenStream::new();
        let mut rows = TokenStream::new();
        for &(number, index) in &codes {
            push_literal(&mut numbers, int(number));
            push_literal(&mut rows, usize_lit(index));
        }
        quote! {
            const CODES: [::core::primitive::i32; #length] = [#numbers];
            const ROWS: [::core::primitive::u32; #length] = [#rows];
            #ROW(#private::search_code(&CODES, &ROWS, code))
        }
    };
    quote! {
        #[inline]
        const fn #name(code: ::core::primitive::i32) -> ::core::option::Option<#ident> {
            #body
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
    // Of `String`s, the set type validation uses too (one instantiation of `HashSet`).
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut names = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        if seen.insert(row.name.clone()) {
            names.push((row.name.as_str(), index));
        }
        for code in row.codes() {
            for symbol in &code.symbols {
                if symbol.by_name && seen.insert(symbol.name.clone()) {
                    names.push((symbol.name.as_str(), index));
                }
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
    let known = known_names(ctx.table);
    let match_by_length = known.len() <= NAME_MATCH_LIMIT;
    let mut names = known.clone();
    // The names are distinct: an unstable sort gives the one order.
    names.sort_unstable_by(|a, b| (a.0.len(), a.0).cmp(&(b.0.len(), b.0)));
    let mut exact_arms = TokenStream::new();
    let mut bucket_arms = TokenStream::new();
    let mut list = TokenStream::new();
    let mut start = 0;
    while start < names.len() {
        let length = names[start].0.len();
        let mut end = start;
        let mut arms = TokenStream::new();
        while end < names.len() && names[end].0.len() == length {
            let (name, index) = names[end];
            let index = usize_lit(index);
            push_separated(&mut list, quote!((#name, #index)));
            end += 1;
        }
        if match_by_length {
            // The arms in the order the names are known (the first row's first).
            for &(name, index) in &known {
                if name.len() == length {
                    let row = &ctx.table.rows[index].ident;
                    arms.extend(quote!(#name => ::core::option::Option::Some(#ident::#row),));
                }
            }
            let length = usize_lit(length);
            exact_arms
                .extend(quote!(#length => match name { #arms _ => ::core::option::Option::None },));
        }
        let (length, start_lit, end_lit) = (usize_lit(length), usize_lit(start), usize_lit(end));
        bucket_arms.extend(quote!(#length => __slice(&__NAME_LIST, #start_lit, #end_lit),));
        start = end;
    }
    let exact = if match_by_length {
        quote! {
            match <::core::primitive::str>::len(name) {
                #exact_arms
                _ => ::core::option::Option::None,
            }
        }
    } else {
        quote!(#ROW(#private::search_name(__name_bucket(<::core::primitive::str>::len(name)), name, #COUNT)))
    };
    let length = usize_lit(names.len());
    quote! {
        const __NAME_LIST: [(&::core::primitive::str, ::core::primitive::u32); #length] = [#list];

        /// The names of `length` bytes, sorted.
        #[inline]
        const fn __name_bucket(length: ::core::primitive::usize) -> &'static [(&'static ::core::primitive::str, ::core::primitive::u32)] {
            match length {
                #bucket_arms
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
    let mut kinds = TokenStream::new();
    for row in &ctx.table.rows {
        push_item(
            &mut kinds,
            match &row.entries {
                Entries::Codes { kind, .. } => quote!(#private::kind::#kind),
                Entries::Members { .. } => quote!(#private::io::ErrorKind::Other),
            },
        );
    }
    quote! {
        #private::std_only! {
            const #KIND: [#private::io::ErrorKind; #COUNT] = [#kinds #private::io::ErrorKind::Other];
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
    let mut classes = TokenStream::new();
    for (index, row) in ctx.table.rows.iter().enumerate() {
        let class = match &row.entries {
            Entries::Codes { persistence, .. }
            | Entries::Members {
                persistence: Some(persistence),
                ..
            } => class(persistence),
            Entries::Members {
                kept_field: Some(_),
                ..
            } => unknown.clone(),
            Entries::Members { members, .. } => shared_persistence(ctx, index, row, members),
        };
        push_item(&mut classes, class);
    }
    quote! {
        const #PERSISTENCE: [#private::Persistence; #COUNT] = [#classes #unknown];
    }
}

/// The class a unit variant's rows share, or a compile error on the variant that says
/// how to declare one.
fn shared_persistence(ctx: &Ctx, index: usize, row: &Row, members: &[Ident]) -> TokenStream {
    let private = &ctx.private;
    let index = usize_lit(index);
    let mut listed = String::new();
    for member in members {
        if !listed.is_empty() {
            listed.push_str(", ");
        }
        listed.push_str(&crate::model::name_of(member));
    }
    let message = format!(
        "the rows of `{}` ({listed}) differ in persistence; declare the variant's own, as in `#[errtable(persistence: TimedOut)]`, or split it into variants whose rows agree",
        row.name,
    );
    // Only the panic is on the variant, where the error goes: a binding there would be
    // the user's token to lints such as clippy's `min_ident_chars`. Located there, not
    // resolved there: `::core` from the user's span is no path in a 2015 crate.
    let panic = super::located_at(quote!(::core::panic!(#message)), row.ident.span());
    quote! {
        match #private::shared_persistence(#MEMBERS[#index]) {
            ::core::option::Option::Some(p) => p,
            ::core::option::Option::None => #panic,
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
    let mut lists = TokenStream::new();
    let mut arms = TokenStream::new();
    for (index, row) in ctx.table.rows.iter().enumerate() {
        let Entries::Members { members, .. } = &row.entries else {
            continue;
        };
        let mut list = TokenStream::new();
        let mut pattern = TokenStream::new();
        for (at, member) in members.iter().enumerate() {
            let name = format_ident!("__MEMBER_{}_{}", index, at);
            consts.extend(quote!(const #name: #canonical = #canonical::#member;));
            if !pattern.is_empty() {
                pattern.extend(quote!(|));
            }
            pattern.extend(name.to_token_stream());
            push_separated(&mut list, name.into_token_stream());
        }
        push_item(&mut lists, quote!(&[#list]));
        let index = usize_lit(index);
        arms.extend(quote!(#pattern => #index,));
    }
    quote! {
        #consts

        const #MEMBERS: [&[#canonical]; #COUNT] = [#lists &[]];

        #[inline]
        const fn #GROUPED(row: #canonical) -> ::core::primitive::usize {
            match row {
                #arms
                _ => #COUNT,
            }
        }
    }
}
