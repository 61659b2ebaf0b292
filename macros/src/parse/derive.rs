//! `#[derive(ErrorTable)]` input to model. Only the syntax differs from the DSL: the
//! user writes the enum, a variant carries its row's entries in `#[errtable(…)]`, its
//! doc comment is the message when it gives none, and a variant may stand for rows of
//! the canonical table (`rows: A | B`) instead of listing codes of its own.

use super::{apply_entries, apply_table_options, default_krate, parse_entries, RawEntry};
use crate::errors::{did_you_mean, Errors};
use crate::model::{CatchAll, Platform, Row, Table};
use proc_macro2::Span;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitStr, Token, Variant};

/// The keys a variant's `#[errtable(…)]` takes besides the platform keys.
const VARIANT_KEYS: [&str; 5] = ["rows", "kind", "message", "description", "code"];

/// Parses the derive input. Mistakes in entries go to `errors` and parsing goes on. A
/// wrong shape (a struct, generics, fields on a row, a second catch-all) is an `Err`:
/// the generated code matches on every variant, so there is nothing sound to expand.
pub fn parse(input: proc_macro2::TokenStream, errors: &mut Errors) -> syn::Result<Table> {
    let DeriveInput {
        attrs,
        vis,
        ident,
        generics,
        data,
    } = syn::parse2(input)?;
    let variants = match data {
        Data::Enum(data) => data.variants,
        Data::Struct(data) => return Err(not_an_enum(data.struct_token.span, "a struct")),
        Data::Union(data) => return Err(not_an_enum(data.union_token.span, "a union")),
    };
    if let Some(param) = generics.params.first() {
        return Err(syn::Error::new_spanned(
            param,
            "an error table cannot be generic: its rows are constants; remove the parameters",
        ));
    }
    let mut table = Table {
        attrs: Vec::new(),
        vis,
        ident,
        krate: default_krate(),
        default_derives: false,
        user_defined: true,
        rows: Vec::new(),
        catch_all: None,
    };
    for attr in errtable_attrs(&attrs) {
        apply_table_options(attr, &mut table, errors);
    }
    let mut shape = Shape::default();
    let mut catch_alls = Vec::new();
    for variant in variants {
        match read_variant_attrs(&variant, errors) {
            Marked::CatchAll => catch_alls.push(variant),
            Marked::Row(entries) => add_row(&mut table, variant, entries, &mut shape, errors),
        }
    }
    add_catch_alls(&mut table, catch_alls, &mut shape);
    shape.into_result(table)
}

fn not_an_enum(span: Span, what: &str) -> syn::Error {
    syn::Error::new(
        span,
        format_args!("ErrorTable derives for an enum, one variant per row, not for {what}"),
    )
}

fn errtable_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("errtable"))
}

/// Errors in the enum's shape, all reported together.
#[derive(Default)]
struct Shape {
    error: Option<syn::Error>,
}

impl Shape {
    fn push(&mut self, error: syn::Error) {
        match &mut self.error {
            Some(first) => first.combine(error),
            None => self.error = Some(error),
        }
    }

    fn into_result(self, table: Table) -> syn::Result<Table> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(table),
        }
    }
}

/// What a variant's `#[errtable(…)]` attributes make of it.
enum Marked {
    CatchAll,
    /// A row, with the entries of all its attributes.
    Row(Vec<RawEntry>),
}

fn read_variant_attrs(variant: &Variant, errors: &mut Errors) -> Marked {
    let mut entries = Vec::new();
    let mut catch_all = false;
    for attr in errtable_attrs(&variant.attrs) {
        match attr.parse_args::<Ident>() {
            Ok(marker) if marker == "catch_all" => catch_all = true,
            // A misspelt `catch_all` is reported and then read as what it suggests.
            Ok(marker) => catch_all |= unknown_marker(&marker, errors),
            Err(_) => match attr.parse_args_with(parse_entries) {
                Ok(parsed) => entries.extend(parsed),
                Err(error) => errors.push_error(error),
            },
        }
    }
    match (catch_all, entries.first()) {
        (true, Some(entry)) => {
            errors.push(entry.keys[0].span(), format_args!(
                "`{}` is the catch-all, which takes no entries: its message and kind are those of the value it keeps; remove them",
                variant.ident
            ));
            Marked::CatchAll
        }
        (true, None) => Marked::CatchAll,
        (false, _) => Marked::Row(entries),
    }
}

/// Reports an unknown marker; whether it is close enough to read as `catch_all`.
fn unknown_marker(marker: &Ident, errors: &mut Errors) -> bool {
    let hint = did_you_mean(&marker.to_string(), ["catch_all"]);
    let close = !hint.is_empty();
    let hint = if close {
        hint
    } else {
        "; a variant takes `#[errtable(catch_all)]` or entries such as `#[errtable(message: \"…\")]`".to_owned()
    };
    errors.push(
        marker.span(),
        format_args!("unknown marker `{marker}`{hint}"),
    );
    close
}

fn add_row(
    table: &mut Table,
    variant: Variant,
    entries: Vec<RawEntry>,
    shape: &mut Shape,
    errors: &mut Errors,
) {
    if !matches!(variant.fields, Fields::Unit) {
        shape.push(syn::Error::new(variant.fields.span(), format_args!(
            "`{}` cannot have fields: a row is a unit variant, and only the catch-all (`#[errtable(catch_all)]`) holds a value",
            variant.ident
        )));
    }
    let mut row = Row::new(Vec::new(), variant.ident);
    let errors_before = errors.count();
    let (rows, entries) = split_rows_entries(entries, errors);
    apply_entries(entries, &mut row, errors);
    read_members(rows, &mut row, errors);
    let (summary, details) = doc_message(&variant.attrs);
    if row.message.is_none() {
        row.message = summary;
        if row.description.is_none() {
            row.description = details;
        }
    }
    if errors.count() > errors_before && row.message.is_none() {
        // As in `apply_entries`: the broken entry may well have been the message.
        row.message = Some(LitStr::new("", row.ident.span()));
    }
    table.rows.push(row);
}

/// The `rows:` entries apart from the rest; entries with an unknown key are reported
/// here, with `rows` among the hints, and left out.
fn split_rows_entries(
    entries: Vec<RawEntry>,
    errors: &mut Errors,
) -> (Vec<RawEntry>, Vec<RawEntry>) {
    let mut rows = Vec::new();
    let mut rest = Vec::new();
    for mut entry in entries {
        let keys: Option<Vec<Ident>> = entry
            .keys
            .iter()
            .map(|key| known_key(key, errors))
            .collect();
        match keys {
            Some(keys) => entry.keys = keys,
            None => continue,
        }
        match entry.keys.iter().find(|key| *key == "rows") {
            Some(key) if entry.keys.len() > 1 => errors.push(
                key.span(),
                "`rows` takes an entry of its own: only platform keys share one with `|`, as in `linux | macos: …`",
            ),
            Some(_) => rows.push(entry),
            None => rest.push(entry),
        }
    }
    (rows, rest)
}

/// The key, or for an unknown key (reported here) the key it suggests, if any: reading
/// the entry as that spares the errors its absence would add.
fn known_key(key: &Ident, errors: &mut Errors) -> Option<Ident> {
    let name = key.to_string();
    if VARIANT_KEYS.contains(&name.as_str()) || Platform::from_key(&name).is_some() {
        return Some(key.clone());
    }
    let candidates: Vec<&str> = VARIANT_KEYS
        .into_iter()
        .chain(Platform::ALL.iter().map(|p| p.key()))
        .collect();
    let hint = did_you_mean(&name, candidates.iter().copied());
    let suggested = candidates
        .into_iter()
        .find(|candidate| !hint.is_empty() && did_you_mean(&name, [*candidate]) == hint);
    let hint = match suggested {
        Some(_) => hint,
        None => "; a variant takes `rows` (the canonical rows it stands for), `kind`, `message`, `description`, a platform (windows, linux, linux_alpha, linux_mips, linux_parisc, linux_powerpc, linux_sparc, macos, freebsd), or `code` in a table of its own codes".to_owned(),
    };
    errors.push(key.span(), format_args!("unknown key `{name}`{hint}"));
    suggested.map(|suggested| Ident::new(suggested, key.span()))
}

/// `rows: A | B`, once per variant.
fn read_members(entries: Vec<RawEntry>, row: &mut Row, errors: &mut Errors) {
    let mut first: Option<Span> = None;
    for entry in entries {
        let key = &entry.keys[0];
        if let Some(first) = first {
            let message = format_args!(
                "`rows` is given twice in `{}`; list them all in one `rows: A | B`",
                row.ident
            );
            errors.duplicate(key.span(), first, message);
            continue;
        }
        first = Some(key.span());
        if entry.value.is_empty() {
            errors.push(entry.colon_span, "`rows` has no value after `:`; list canonical rows, as in `rows: ConnectionReset | ConnectionAborted`");
            continue;
        }
        match parse_members.parse2(entry.value.clone()) {
            Ok(members) => row.members = members,
            Err(error) => {
                errors.push_error(error);
                // The names that are there keep the variant a member of the group.
                row.members = entry
                    .value
                    .into_iter()
                    .filter_map(|token| match token {
                        proc_macro2::TokenTree::Ident(name) => Some(name),
                        _ => None,
                    })
                    .collect();
            }
        }
    }
}

fn parse_members(input: ParseStream) -> syn::Result<Vec<Ident>> {
    let members = Punctuated::<Ident, Token![|]>::parse_separated_nonempty(input).map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected the names of canonical rows, as in `rows: ConnectionReset | ConnectionAborted`",
        )
    })?;
    if !input.is_empty() {
        return Err(input.error(
            "unexpected tokens; `rows` lists canonical rows by name, separated by `|`, as in `rows: ConnectionReset | ConnectionAborted`",
        ));
    }
    Ok(members.into_iter().collect())
}

/// The first catch-all goes into the table; any other is a shape error.
fn add_catch_alls(table: &mut Table, catch_alls: Vec<Variant>, shape: &mut Shape) {
    let mut catch_alls = catch_alls.into_iter();
    let Some(first) = catch_alls.next() else {
        return;
    };
    for other in catch_alls {
        let mut error = syn::Error::new(
            other.ident.span(),
            format_args!(
                "an enum has at most one catch-all, and `{}` already is one; make `{}` a row",
                first.ident, other.ident
            ),
        );
        error.combine(syn::Error::new(first.ident.span(), "the first catch-all"));
        shape.push(error);
    }
    let field = match first.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            fields.unnamed.into_iter().next().map(|field| field.ty)
        }
        fields => {
            let span = match &fields {
                Fields::Unit => first.ident.span(),
                _ => fields.span(),
            };
            shape.push(syn::Error::new(span, format_args!(
                "the catch-all keeps what no row stands for in one unnamed field: write `{}({}::{})`",
                first.ident, krate_name(table), table.catch_all_type()
            )));
            None
        }
    };
    table.catch_all = Some(CatchAll {
        attrs: Vec::new(),
        ident: first.ident,
        field,
    });
}

/// The runtime's path as the user would write it in a type.
fn krate_name(table: &Table) -> String {
    let krate = &table.krate;
    let written = quote::quote!(#krate).to_string().replace(' ', "");
    written.trim_start_matches("::").to_owned()
}

/// The doc comment as a message and a description: its first paragraph is the message
/// (lines joined, without a final period), the rest the description.
fn doc_message(attrs: &[Attribute]) -> (Option<LitStr>, Option<LitStr>) {
    let mut lines = Vec::new();
    let mut span = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
        if let syn::Meta::NameValue(syn::MetaNameValue {
            value:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }),
            ..
        }) = &attr.meta
        {
            // `split`, not `lines`: an empty `///` line is a paragraph break.
            lines.extend(text.value().split('\n').map(|line| line.trim().to_owned()));
            span.get_or_insert(text.span());
        }
    }
    let span = span.unwrap_or_else(Span::call_site);
    let mut paragraphs = lines
        .split(String::is_empty)
        .map(|paragraph| paragraph.join(" "))
        .filter(|paragraph| !paragraph.is_empty());
    let summary = paragraphs.next().map(|first| {
        let message = first.strip_suffix('.').unwrap_or(&first);
        LitStr::new(message, span)
    });
    let details: Vec<String> = paragraphs.collect();
    let description = (!details.is_empty()).then(|| LitStr::new(&details.join("\n\n"), span));
    (summary, description)
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    fn docs(attrs: Vec<Attribute>) -> (Option<String>, Option<String>) {
        let (summary, details) = doc_message(&attrs);
        (summary.map(|s| s.value()), details.map(|d| d.value()))
    }

    #[test]
    fn the_first_doc_paragraph_is_the_message_and_the_rest_the_description() {
        let attrs = vec![
            parse_quote!(#[doc = " The peer is"]),
            parse_quote!(#[doc = " gone."]),
            parse_quote!(#[doc = ""]),
            parse_quote!(#[doc = " It reset the connection."]),
        ];
        assert_eq!(
            docs(attrs),
            (
                Some("The peer is gone".to_owned()),
                Some("It reset the connection.".to_owned())
            )
        );
    }

    #[test]
    fn no_doc_gives_neither() {
        assert_eq!(docs(vec![parse_quote!(#[allow(unused)])]), (None, None));
    }
}
