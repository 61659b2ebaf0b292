//! Checked model to tokens, one file per generated capability; `data.rs` alone knows how
//! the rows' data is laid out, and the capabilities reach it through the helpers it
//! defines. Expansion reads only `model::checked`, where every rule already holds.
//!
//! Everything but the DSL's enum goes into one anonymous `const _: () = { … };`, which
//! keeps the helpers private, says the lint allows once, and holds the one inherent
//! `impl` block whose methods every capability contributes, so that the documentation
//! of a table reads as one list.
//!
//! Generated code reaches the runtime only through `#krate::__private` and names
//! everything else by absolute paths. Its methods never call each other by path
//! (`Self::from_code`): a variant named like the method would be found instead.

mod codes;
mod data;
mod display;
mod enum_def;
mod examples;
#[cfg(test)]
mod field_helpers;
#[cfg(test)]
pub use examples::as_the_runtime;
#[cfg(test)]
mod generated_items;
mod info;
mod io;
mod names;
mod os_codes;
mod persistence;
mod serde;
mod symbols;

use crate::model::checked::{Definition, Shape, Table};
use crate::model::Platform;
use proc_macro2::{Literal, Punct, Spacing, TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::{Attribute, Ident};

/// A helper item of the generated code (a function or constant of the anonymous
/// const), by name. Each is declared once, as a constant of the file that generates it,
/// which the other files import: a helper renamed or removed is a compile error here,
/// not a name two files must agree on.
#[derive(Clone, Copy)]
pub struct Helper(&'static str);

impl quote::ToTokens for Helper {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend([proc_macro2::TokenTree::Ident(Ident::new(
            self.0,
            proc_macro2::Span::call_site(),
        ))]);
    }
}

/// The catch-all's field (by reference) as the kept type (`Ctx::catch_all_field`).
const CATCH_ALL_KEPT: Helper = Helper("__catch_all_kept");
/// The kept type as the catch-all's field.
const CATCH_ALL_FIELD: Helper = Helper("__catch_all_field");
/// The check both go through (`Ctx::field_helpers`).
const CATCH_ALL_SAME: Helper = Helper("__catch_all_same");

/// A helper of each group variant that keeps its row (`Retry(OsError)`), named by the
/// row's place: `__kept_row_3`.
#[derive(Clone, Copy)]
pub struct RowHelper(&'static str);

impl RowHelper {
    fn at(self, place: usize) -> Ident {
        format_ident!("{}_{}", self.0, place)
    }
}

/// A keeper's field (by reference) as the canonical row (`Ctx::kept_row_fields`).
const KEPT_ROW: RowHelper = RowHelper("__kept_row");
/// The canonical row as a keeper's field.
const KEPT_ROW_FIELD: RowHelper = RowHelper("__kept_row_field");
/// The check both go through.
const KEPT_ROW_SAME: RowHelper = RowHelper("__kept_row_same");

/// Where errors about the field type `field` go: its first token (a span cannot be
/// joined on stable).
fn field_span(field: &TokenStream) -> proc_macro2::Span {
    syn::spanned::Spanned::span(field)
}

/// `match #scrutinee { #arms _ => #rest }`, or `rest` alone where there is no arm before
/// it: a `match` of one wildcard is what clippy's `match_single_binding` flags, which
/// the committed expansion of the canonical tables would trip.
fn match_or(scrutinee: TokenStream, arms: TokenStream, rest: TokenStream) -> TokenStream {
    if arms.is_empty() {
        return rest;
    }
    quote! {
        match #scrutinee {
            #arms
            _ => #rest,
        }
    }
}

/// `tokens` located at `span`, each keeping its own hygiene (`Span::located_at`): the
/// generated names still resolve where they did.
fn located_at(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), located_at(group.stream(), span));
                inner.set_span(group.span().located_at(span));
                token = TokenTree::Group(inner);
            } else {
                token.set_span(token.span().located_at(span));
            }
            token
        })
        .collect()
}

/// What a capability adds: methods of the inherent impl, and other items (trait impls,
/// helpers) of the anonymous const.
#[derive(Default)]
struct Output {
    methods: TokenStream,
    items: TokenStream,
}

impl Output {
    fn add(&mut self, other: Output) {
        self.methods.extend(other.methods);
        self.items.extend(other.items);
    }
}

/// The table with the paths every capability uses.
struct Ctx<'a> {
    table: &'a Table,
    /// `#krate::__private`.
    private: TokenStream,
}

impl Ctx<'_> {
    /// `::errtable::__private::Platform::Linux`.
    fn platform(&self, platform: Platform) -> TokenStream {
        let private = &self.private;
        let variant = format_ident!("{}", platform.variant());
        quote!(#private::Platform::#variant)
    }

    /// The arm that ends a match on the enum where some variant is neither a row nor the
    /// catch-all (only after a reported error).
    fn rest(&self, value: TokenStream) -> Option<TokenStream> {
        self.table.has_other_variants.then(|| quote!(_ => #value,))
    }

    /// The catch-all's name where it holds its value: the arms that read the value.
    fn catch_all(&self) -> Option<&Ident> {
        let catch_all = self.table.catch_all.as_ref()?;
        catch_all.holds_value.then_some(&catch_all.ident)
    }

    /// The catch-all keeping `value`. One whose field is not the type it keeps (reported)
    /// cannot be built: the code that would is then never run, as the crate does not
    /// compile.
    fn keep(&self, value: TokenStream) -> TokenStream {
        let ident = &self.table.ident;
        match &self.table.catch_all {
            Some(catch_all) if catch_all.holds_value => {
                let value = self.through_field(CATCH_ALL_FIELD, value);
                let catch_all = &catch_all.ident;
                quote!(#ident::#catch_all(#value))
            }
            _ => quote!({
                let _ = #value;
                ::core::panic!("the catch-all does not hold its value")
            }),
        }
    }

    /// `field`, a reference to the catch-all's field, as a reference to the type the
    /// table keeps.
    fn kept(&self, field: TokenStream) -> TokenStream {
        self.through_field(CATCH_ALL_KEPT, field)
    }

    /// The catch-all's field bound as `name` in a pattern, and read as a copy of the
    /// kept type (which is `Copy`): the DSL's by value, a derive's by reference through
    /// its helper, as a field of the wrong type (reported once) may not be `Copy`.
    fn kept_copy(&self, name: &str) -> (TokenStream, TokenStream) {
        let name = format_ident!("{}", name);
        match self.field_type() {
            Some(_) => (quote!(ref #name), {
                let kept = self.kept(quote!(#name));
                quote!(*#kept)
            }),
            None => (quote!(#name), quote!(#name)),
        }
    }

    /// A `fn` of the kept type to the table: the catch-all's constructor, or a closure
    /// building it through its helper where a derive wrote the field's type.
    fn keeper(&self) -> TokenStream {
        let catch_all = self.catch_all();
        match self.field_type() {
            Some(_) => {
                let kept_type = self.kept_type();
                let keep = self.keep(quote!(kept));
                quote!(|kept: #kept_type| #keep)
            }
            None => quote!(Self::#catch_all),
        }
    }

    /// `value` passed to `helper`, one of the catch-all field's (`catch_all_field`),
    /// where the derive wrote the field's type; the DSL's is the kept type, used as is.
    /// The call is located on the field's type, as the helper is: should the type be
    /// wrong, each place reports the same error there, which rustc shows once.
    fn through_field(&self, helper: Helper, value: TokenStream) -> TokenStream {
        match self.field_type() {
            Some(field) => located_at(quote!(#helper(#value)), field_span(field)),
            None => value,
        }
    }

    /// The type a derive wrote for the catch-all's field.
    fn field_type(&self) -> Option<&TokenStream> {
        let catch_all = self.table.catch_all.as_ref()?;
        catch_all.holds_value.then_some(catch_all.field.as_ref()?)
    }

    /// The type the catch-all keeps: the canonical row in a group, the code in a table
    /// of its own codes, an `Unlisted` otherwise.
    fn kept_type(&self) -> TokenStream {
        let private = &self.private;
        match &self.table.shape {
            Shape::Group => self.canonical(),
            Shape::OwnCodes => quote!(::core::primitive::i32),
            Shape::OsCodes(_) => quote!(#private::Unlisted),
        }
    }

    /// The helpers through which generated code reads and builds a derive's catch-all
    /// field (`field_helpers`).
    fn catch_all_field(&self) -> TokenStream {
        let Some(field) = self.field_type() else {
            return TokenStream::new();
        };
        let kept = self.kept_type();
        let holds = match &self.table.shape {
            Shape::Group => quote!(CatchAllOfAGroupHolds),
            Shape::OwnCodes => quote!(CatchAllOfOwnCodesHolds),
            Shape::OsCodes(_) => quote!(CatchAllOfOsCodesHolds),
        };
        let names = [CATCH_ALL_KEPT, CATCH_ALL_FIELD, CATCH_ALL_SAME].map(|name| quote!(#name));
        self.field_helpers(field, &holds, &kept, &names)
    }

    /// The helpers through which generated code reads and builds the field of each group
    /// variant that keeps its row (`field_helpers`).
    fn kept_row_fields(&self) -> TokenStream {
        let canonical = self.canonical();
        let mut helpers = TokenStream::new();
        for (place, row) in self.table.rows.iter().enumerate() {
            if let Some(field) = row.kept_field() {
                let names = [KEPT_ROW, KEPT_ROW_FIELD, KEPT_ROW_SAME].map(|name| {
                    let name = name.at(place);
                    quote!(#name)
                });
                let holds = quote!(KeptRowHolds);
                helpers.extend(self.field_helpers(field, &holds, &canonical, &names));
            }
        }
        helpers
    }

    /// The helpers `[read, build, same]`: `read` (the field by reference as `kept_type`)
    /// and `build` (`kept_type` as the field), the one place that says a derive's `field`
    /// is the kept type, both through `same`. The macro cannot resolve a type (`Canon`
    /// may be `errtable::OsError` renamed, `OsError` another type), so rustc checks it: a
    /// field of another type fails the trait `holds` (`CatchAllOfAGroupHolds<OsError>`),
    /// named for the rule, in `same`'s signature, located on the field's type, so that
    /// the error shows there, once, and says what to write.
    fn field_helpers(
        &self,
        field: &TokenStream,
        holds: &TokenStream,
        kept_type: &TokenStream,
        [read, build, same_fn]: &[TokenStream; 3],
    ) -> TokenStream {
        let private = &self.private;
        let same = quote!(<#field as #private::#holds<#kept_type>>::Same);
        // The check is the signature of `same`: where it fails, `same`'s types are
        // errors, which its two uses take without another error (rustc still counts the
        // signature and each use). The lifetimes are named for a field that is itself a
        // reference (`&'static OsError`), `'__a` so that a field's own `'a` is not taken
        // for it.
        let helpers = quote! {
            #[inline]
            const fn #read<'__a>(kept: &'__a #field) -> &'__a #kept_type {
                #same_fn(kept)
            }

            #[inline]
            const fn #build(kept: #kept_type) -> #field {
                *#same_fn(&kept)
            }

            #[inline]
            const fn #same_fn<'__a>(kept: &'__a #same) -> &'__a #same {
                kept
            }
        };
        located_at(helpers, field_span(field))
    }

    /// `field`, a reference to the field of the variant at `place` that keeps its row, as
    /// a reference to the canonical row.
    fn kept_row(&self, place: usize, field: TokenStream) -> TokenStream {
        self.through_kept_row_field(place, KEPT_ROW, field)
    }

    /// The variant at `place`, which keeps its row, holding `row`, a canonical row.
    fn keep_row(&self, place: usize, row: TokenStream) -> TokenStream {
        let ident = &self.table.ident;
        let variant = &self.table.rows[place].ident;
        let row = self.through_kept_row_field(place, KEPT_ROW_FIELD, row);
        quote!(#ident::#variant(#row))
    }

    fn through_kept_row_field(
        &self,
        place: usize,
        helper: RowHelper,
        value: TokenStream,
    ) -> TokenStream {
        let helper = helper.at(place);
        match self.table.rows[place].kept_field() {
            Some(field) => located_at(quote!(#helper(#value)), field_span(field)),
            None => value,
        }
    }

    /// The canonical table, `#krate::__private::OsError`.
    fn canonical(&self) -> TokenStream {
        let private = &self.private;
        let canonical = format_ident!("{}", crate::model::CANONICAL);
        quote!(#private::#canonical)
    }

    /// `found` (an `Option` of the table) or else `fallback`, in a `const fn`. A `Copy`
    /// enum (the DSL's default derives) has no destructor: a `match`, which Rust 1.71
    /// takes (`Option::unwrap` is const from 1.83 only). Any other enum may have one,
    /// which a `const fn` cannot run: the option is moved whole on every path
    /// (unwrapped where `is_some` said it holds a value, or forgotten where empty).
    fn or_else(&self, found: TokenStream, fallback: TokenStream) -> TokenStream {
        if self.has_default_derives() {
            return quote!(match #found {
                ::core::option::Option::Some(found) => found,
                ::core::option::Option::None => #fallback,
            });
        }
        quote!({
            let found = #found;
            if ::core::option::Option::is_some(&found) {
                ::core::option::Option::unwrap(found)
            } else {
                ::core::mem::forget(found);
                #fallback
            }
        })
    }

    /// Whether the DSL derives the default traits (`Copy`, `Debug`, …) for the enum.
    fn has_default_derives(&self) -> bool {
        matches!(&self.table.definition, Definition::Generated(generated) if generated.default_derives)
    }

    fn is_own(&self) -> bool {
        matches!(self.table.shape, Shape::OwnCodes)
    }

    /// The parameter and argument of the platform for the methods whose table has one.
    fn platform_param(&self) -> (Option<TokenStream>, Option<TokenStream>) {
        let private = &self.private;
        match self.table.shape {
            Shape::OwnCodes => (None, None),
            _ => (
                Some(quote!(platform: #private::Platform,)),
                Some(quote!(platform,)),
            ),
        }
    }
}

/// Everything a table generates.
pub fn table(table: &Table) -> TokenStream {
    let krate = &table.krate;
    let ctx = Ctx {
        table,
        private: quote!(#krate::__private),
    };
    let mut output = Output::default();
    output.add(data::expand(&ctx));
    output.add(os_codes::expand(&ctx));
    output.add(info::expand(&ctx));
    output.add(persistence::expand(&ctx));
    output.add(codes::expand(&ctx));
    output.add(names::expand(&ctx));
    output.add(display::expand(&ctx));
    output.add(io::expand(&ctx));
    output.add(serde::expand(&ctx));
    output.add(symbols::expand(&ctx));
    output.items.extend(ctx.catch_all_field());
    output.items.extend(ctx.kept_row_fields());
    let Output { methods, items } = output;
    let ident = &table.ident;
    let cfgs = table_cfgs(table);
    let shadows = shadows();
    let enum_def = enum_def::expand(table);
    quote! {
        #enum_def

        #(#cfgs)*
        #[allow(
            deprecated,
            dead_code,
            forgetting_copy_types,
            unreachable_patterns,
            clippy::forget_non_drop,
            clippy::large_const_arrays,
            clippy::match_same_arms,
            clippy::same_name_method,
            clippy::too_many_lines,
            clippy::trivially_copy_pass_by_ref,
            clippy::unreadable_literal
        )]
        const _: () = {
            #shadows

            impl #ident {
                #methods
            }

            #items
        };
    }
}

/// The enum's own `#[cfg]`s (DSL), which the generated impls repeat.
fn table_cfgs(table: &Table) -> Vec<&Attribute> {
    match &table.definition {
        Definition::Generated(generated) => generated
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("cfg"))
            .collect(),
        Definition::User => Vec::new(),
    }
}

/// The names generated code binds (`code`, `row`, `platform`, …): a `const` or unit
/// struct of that name in the user's scope would turn such a binding into a pattern
/// (hygiene does not help: items resolve at the call site). A function of the same name
/// declared here shadows it, and a function is no pattern.
fn shadows() -> TokenStream {
    let names = BINDINGS.iter().map(|name| format_ident!("{}", name));
    quote!(#(fn #names() {})*)
}

/// Every name generated code binds (the fuzz tests check that the list is complete).
pub const BINDINGS: [&str; 26] = [
    "found",
    "code",
    "row",
    "value",
    "platform",
    "name",
    "index",
    "symbol",
    "unlisted",
    "error",
    "f",
    "from",
    "to",
    "kept",
    "p",
    "description",
    "first",
    "serializer",
    "deserializer",
    "entries",
    "start",
    "end",
    "head",
    "part",
    "length",
    "text",
];

/// The shapes of table that generate an associated item (`GENERATED_ITEMS`).
#[derive(Clone, Copy)]
pub struct In {
    os_codes: bool,
    own_codes: bool,
    group: bool,
}

impl In {
    const EVERY: In = In {
        os_codes: true,
        own_codes: true,
        group: true,
    };
    const CODES: In = In {
        os_codes: true,
        own_codes: true,
        group: false,
    };
    const OS_CODES: In = In {
        os_codes: true,
        own_codes: false,
        group: false,
    };
    const OS_CODES_AND_GROUP: In = In {
        os_codes: true,
        own_codes: false,
        group: true,
    };
    const GROUP: In = In {
        os_codes: false,
        own_codes: false,
        group: true,
    };

    /// Whether a table of `shape` generates the item.
    pub fn holds(self, shape: &Shape) -> bool {
        match shape {
            Shape::OsCodes(_) => self.os_codes,
            Shape::OwnCodes => self.own_codes,
            Shape::Group => self.group,
        }
    }
}

/// The associated items a table generates, by the shapes that generate them: a row
/// named like one would take its path (`Table::decode` is the variant, not the
/// function), so validation rejects it in a table of those shapes. A test
/// (`generated_items`) expands every shape of table and checks every associated item
/// and trait method each defines against this list, and that each shape listed for a
/// name generates it.
pub const GENERATED_ITEMS: [(&str, In); 29] = [
    ("ALL", In::EVERY),
    ("name", In::EVERY),
    ("message", In::EVERY),
    ("description", In::EVERY),
    ("kind", In::EVERY),
    ("persistence", In::EVERY),
    ("code", In::CODES),
    ("codes", In::GROUP),
    ("symbol", In::CODES),
    ("aliases", In::CODES),
    ("names", In::CODES),
    ("members", In::GROUP),
    ("os_error", In::GROUP),
    ("from_code", In::EVERY),
    ("from_os_error", In::GROUP),
    ("decode", In::EVERY),
    ("translate", In::OS_CODES),
    ("raw_os_error", In::OS_CODES),
    ("from_raw_os_error", In::OS_CODES),
    ("decode_raw_os_error", In::OS_CODES_AND_GROUP),
    ("symbol_of", In::CODES),
    ("from_name", In::CODES),
    ("from_name_ignore_case", In::CODES),
    ("from_str", In::CODES),
    ("from_io_error", In::EVERY),
    // std's blanket `From<T> for T`, `TryFrom` and `Into` give every type these.
    ("from", In::EVERY),
    ("try_from", In::EVERY),
    ("into", In::EVERY),
    ("fmt", In::EVERY),
];

/// Whether a table of `shape` generates an associated item named `name`.
pub fn generates(shape: &Shape, name: &str) -> bool {
    GENERATED_ITEMS
        .iter()
        .any(|(item, shapes)| *item == name && shapes.holds(shape))
}

/// Appends `item` and a comma: the loops that build lists call this one concrete helper
/// instead of instantiating an iterator chain and `quote!`'s repetition per list (the
/// macro crate's compile time is mostly the code it instantiates; BENCHMARKS.md).
fn push_item(list: &mut TokenStream, item: TokenStream) {
    list.extend(item);
    list.extend([comma()]);
}

/// Appends `item` to a list separated by commas, without a trailing one.
fn push_separated(list: &mut TokenStream, item: TokenStream) {
    if !list.is_empty() {
        list.extend([comma()]);
    }
    list.extend(item);
}

/// Appends `literal` to a list separated by commas, without a trailing one.
fn push_literal(list: &mut TokenStream, literal: Literal) {
    if !list.is_empty() {
        list.extend([comma()]);
    }
    list.extend([TokenTree::Literal(literal)]);
}

fn comma() -> TokenTree {
    TokenTree::Punct(Punct::new(',', Spacing::Alone))
}

fn int(value: i32) -> Literal {
    Literal::i32_unsuffixed(value)
}

fn usize_lit(value: usize) -> Literal {
    Literal::usize_unsuffixed(value)
}

/// `Some(value)` by its absolute path.
fn some(value: TokenStream) -> TokenStream {
    quote!(::core::option::Option::Some(#value))
}
