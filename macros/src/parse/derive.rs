//! `#[derive(ErrorTable)]` input to the written model. Only the syntax differs from the
//! DSL: the user writes the enum, a variant carries its row's entries in
//! `#[errtable(…)]`, its doc comment is the message when it gives none, and a variant may
//! stand for rows of the canonical table (`rows: A | B`) instead of listing codes of its
//! own.
//!
//! rustc has already removed the variants a `#[cfg]` leaves out: the derive sees the
//! enum as compiled.

use super::options::catch_all_on_the_enum;
use super::{
    adopt_catch_all_marked_on_the_enum, apply_entries, apply_table_options, make_a_row,
    parse_entries, Markers, RawEntry,
};
use crate::derives::derived_name;
use crate::errors::{did_you_mean, Errors};
use crate::model::written::{Fields, Origin, Role, Row, Table, Variant};
use crate::model::DERIVE_NAME;
use proc_macro2::{Span, TokenStream};
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Ident, LitStr};

/// Parses the derive input, reporting every mistake to `errors`; `None` for an input
/// that is no enum the expansion could implement anything for (a struct, a union, a
/// generic enum).
pub fn parse(input: TokenStream, errors: &mut Errors) -> Option<Table> {
    let DeriveInput {
        mut attrs,
        vis,
        ident,
        generics,
        data,
    } = syn::parse2(input).map_err(|e| errors.push_error(e)).ok()?;
    let variants = match data {
        Data::Enum(data) => data.variants,
        Data::Struct(data) => return not_an_enum(data.struct_token.span, "a struct", errors),
        Data::Union(data) => return not_an_enum(data.union_token.span, "a union", errors),
    };
    if derived_again(&mut attrs, &ident, errors) {
        return None;
    }
    if let Some(param) = generics.params.first() {
        errors.push(param.span(), super::NOT_GENERIC);
        return None;
    }
    let mut table = Table {
        origin: Origin::Derive,
        attrs: Vec::new(),
        vis,
        ident,
        krate: None,
        no_default_derives: None,
        os_error_codes: None,
        no_serde: false,
        no_serde_when: Vec::new(),
        variants: Vec::new(),
        rows_left_out: false,
    };
    let mut seen_options = Vec::new();
    let mut catch_all_on_enum = None;
    for attr in errtable_attrs(&attrs) {
        let marker = apply_table_options(attr, &mut table, &mut seen_options, errors);
        catch_all_on_enum = catch_all_on_enum.or(marker);
    }
    for attr in attrs
        .iter()
        .filter(|attr| attr.path().is_ident("catch_all"))
    {
        catch_all_on_the_enum(attr.path().span(), Origin::Derive, errors);
        catch_all_on_enum = catch_all_on_enum.or(Some(attr.path().span()));
    }
    for variant in variants {
        table.variants.push(read_variant(variant, errors));
    }
    if let Some(at) = catch_all_on_enum {
        adopt_catch_all_marked_on_the_enum(&mut table.variants, at);
    }
    Some(table)
}

/// Whether a later `#[derive]` of the enum derives `ErrorTable` again, which is then
/// reported there. rustc hands a derive the attributes after its own, so the first of
/// two derives sees the second; that one expands alone, and the mistake is one error
/// instead of one per generated item. (Twice in one list, `#[derive(ErrorTable,
/// ErrorTable)]`, neither sees the other: rustc then reports each item twice.)
fn derived_again(attrs: &mut Vec<Attribute>, ident: &Ident, errors: &mut Errors) -> bool {
    let mut again = None;
    // Every path is kept: the walk only looks.
    crate::derives::retain_derives(attrs, &mut |path, _| {
        if derived_name(path).as_deref() == Some(DERIVE_NAME) {
            again = again.or(path.segments.last().map(|segment| segment.ident.span()));
        }
        true
    });
    let Some(again) = again else {
        return false;
    };
    errors.push(again, format!(
        "`{DERIVE_NAME}` is derived twice for `{ident}`, here and in an earlier `#[derive]`; each would generate the whole table: remove this one"
    ));
    true
}

fn not_an_enum(span: Span, what: &str, errors: &mut Errors) -> Option<Table> {
    errors.push(
        span,
        format!("ErrorTable derives for an enum, one variant per row, not for {what}"),
    );
    None
}

fn errtable_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("errtable"))
}

fn read_variant(variant: syn::Variant, errors: &mut Errors) -> Variant {
    let errors_before = errors.count();
    let mut entries: Vec<RawEntry> = Vec::new();
    let mut markers = Markers::default();
    for attr in errtable_attrs(&variant.attrs) {
        read_attr(attr, &mut markers, &mut entries, errors);
    }
    misplaced_markers(&variant, &mut markers, errors);
    let first_entry = entries.first().map(|entry| entry.keys[0].span());
    let role = match markers.catch_all(make_a_row(&entries), first_entry) {
        Some(marks) => Role::CatchAll(marks),
        None => {
            let mut row = Row::default();
            apply_entries(entries, &mut row, (Origin::Derive, &variant.ident), errors);
            let (doc, unreadable) = doc_message(&variant.attrs);
            row.doc = doc;
            if let (None, Some(unreadable)) = (&row.message, unreadable) {
                errors.push(unreadable.span, format!(
                    "the derive cannot read this doc: rustc expands {} only after the derive has run; give the message as an entry, `#[errtable(message: \"…\")]`",
                    unreadable.what
                ));
            }
            Role::Row(row)
        }
    };
    let fields = match variant.fields {
        syn::Fields::Unit => Fields::Unit,
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            let span = fields.span();
            match fields.unnamed.into_iter().next() {
                Some(field) => Fields::One(Box::new(field.ty)),
                None => Fields::Other(span),
            }
        }
        fields => Fields::Other(fields.span()),
    };
    Variant {
        attrs: Vec::new(),
        ident: variant.ident,
        fields,
        role,
        broken: errors.count() > errors_before,
    }
}

/// Reads one `#[errtable(…)]` of a variant into its markers or entries. A malformed one
/// is reported once, and counts as a wrong marker if it names `catch_all`, so that
/// nothing after it (the variant's field, the table's API) reports the same mistake
/// again.
fn read_attr(
    attr: &Attribute,
    markers: &mut Markers,
    entries: &mut Vec<RawEntry>,
    errors: &mut Errors,
) {
    let tokens = match &attr.meta {
        syn::Meta::List(list) => &list.tokens,
        syn::Meta::NameValue(value) => {
            let span = value.eq_token.span;
            let text = quote::ToTokens::to_token_stream(&value.value).to_string();
            errors.push(span, "`#[errtable]` takes its markers and entries in parentheses: write `#[errtable(catch_all)]` or `#[errtable(key: value, …)]`");
            if text.contains("catch_all") {
                markers.wrong.push(span);
            }
            return;
        }
        syn::Meta::Path(path) => {
            errors.push(path.span(), "`#[errtable]` needs a marker or entries: write `#[errtable(catch_all)]` or `#[errtable(key: value, …)]`");
            return;
        }
    };
    match attr.parse_args::<Ident>() {
        Ok(marker) if marker == "catch_all" => markers.right.push(marker.span()),
        _ => match attr
            .parse_args_with(|input: ParseStream| parse_entries(input, Origin::Derive, errors))
        {
            Ok(parsed) => {
                markers.among(&parsed);
                entries.extend(parsed.entries);
            }
            Err(error) => {
                errors.push_error(error);
                if let Some(marker) = find_ident(tokens.clone(), "catch_all") {
                    markers.wrong.push(marker);
                }
            }
        },
    }
}

/// Where `name` is written in `tokens`, at any depth.
fn find_ident(tokens: TokenStream, name: &str) -> Option<Span> {
    tokens.into_iter().find_map(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) if ident == name => Some(ident.span()),
        proc_macro2::TokenTree::Group(group) => find_ident(group.stream(), name),
        _ => None,
    })
}

/// The catch-all's marker written where a derive does not read it: the DSL's
/// `#[catch_all]` on the variant, or `#[errtable(…)]` on its field. Each is reported
/// with where it goes, and counts as a wrong marker.
fn misplaced_markers(variant: &syn::Variant, markers: &mut Markers, errors: &mut Errors) {
    for attr in variant
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("catch_all"))
    {
        let span = attr.path().span();
        errors.push(span, "`#[catch_all]` is the marker of `error_table!`; on a derived enum write `#[errtable(catch_all)]`");
        markers.wrong.push(span);
    }
    // rustc reports an attribute it does not know; a misspelt marker counts as a wrong
    // one, so that the variant's field is not reported too.
    let misspelt = variant.attrs.iter().filter(|attr| {
        attr.path().get_ident().is_some_and(|name| {
            name != "catch_all" && !did_you_mean(&name.to_string(), &["catch_all"]).is_empty()
        })
    });
    markers
        .wrong
        .extend(misspelt.map(|attr| attr.path().span()));
    for field in &variant.fields {
        for attr in field
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("catch_all"))
        {
            let span = attr.path().span();
            errors.push(span, format!(
                "the catch-all is marked on the variant, not on its field: write `#[errtable(catch_all)] {}(…)`",
                variant.ident
            ));
            markers.wrong.push(span);
        }
        for attr in errtable_attrs(&field.attrs) {
            let span = attr.path().span();
            errors.push(span, format!(
                "`#[errtable(…)]` goes on the variant, not on its field: write `#[errtable(catch_all)] {}(…)`",
                variant.ident
            ));
            if find_ident(quote::ToTokens::to_token_stream(&attr.meta), "catch_all").is_some() {
                markers.wrong.push(span);
            }
        }
    }
}

/// A doc attribute whose text the derive cannot know (`#[doc = include_str!("…")]`):
/// where it is, and what makes it, for the error.
struct UnreadableDoc {
    span: Span,
    what: String,
}

/// The doc comment as a message and a description: its first paragraph is the message
/// (lines joined, without a final period), the rest the description; and the first doc
/// attribute that could not be read, if any (the text would then be incomplete).
fn doc_message(attrs: &[Attribute]) -> ((Option<LitStr>, Option<LitStr>), Option<UnreadableDoc>) {
    let mut lines = Vec::new();
    let mut span = None;
    let mut unreadable = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
        if let syn::Meta::NameValue(value) = &attr.meta {
            let Some(text) = doc_text(&value.value) else {
                unreadable.get_or_insert_with(|| UnreadableDoc {
                    span: syn::spanned::Spanned::span(&value.value),
                    what: made_by(&value.value),
                });
                continue;
            };
            // `split`, not `lines`: an empty `///` line is a paragraph break.
            lines.extend(
                undecorated(&text)
                    .split('\n')
                    .map(|line| line.trim().to_owned()),
            );
            span.get_or_insert(syn::spanned::Spanned::span(&value.value));
        }
    }
    let span = span.unwrap_or_else(Span::call_site);
    let mut paragraphs = lines
        .split(String::is_empty)
        .map(|paragraph| paragraph.join(" "))
        .filter(|paragraph| !paragraph.is_empty());
    let summary = paragraphs
        .next()
        .map(|first| LitStr::new(without_final_period(&first), span));
    let details: Vec<String> = paragraphs.collect();
    let description = (!details.is_empty()).then(|| LitStr::new(&details.join("\n\n"), span));
    ((summary, description), unreadable)
}

/// What makes a doc value the derive cannot read, as the error names it.
fn made_by(value: &syn::Expr) -> String {
    match value {
        syn::Expr::Macro(mac) => {
            let path = &mac.mac.path;
            format!("`{}!`", quote::quote!(#path).to_string().replace(' ', ""))
        }
        syn::Expr::Group(group) => made_by(&group.expr),
        _ => "this expression".to_owned(),
    }
}

/// Abbreviations whose period is kept when they end a sentence (`Too many, etc.`), as
/// written without it; besides these, any of single letters (`e.g.`, `i.e.`, `U.S.`).
const ABBREVIATIONS: [&str; 4] = ["etc", "vs", "cf", "approx"];

/// A sentence without its final period, as `Display` prints a message: `Gone.` is
/// `Gone`. An ellipsis (`Wait...`) and an abbreviation (`etc.`, `e.g.`, `U.S.`: see
/// [`ABBREVIATIONS`]) keep theirs, being part of the last word; `?` and `!` are kept.
fn without_final_period(sentence: &str) -> &str {
    let Some(rest) = sentence.strip_suffix('.') else {
        return sentence;
    };
    let ellipsis = rest.ends_with('.');
    let last_word = rest.rsplit(char::is_whitespace).next().unwrap_or(rest);
    // `(etc.` is `etc.`.
    let last_word = last_word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let of_letters = last_word.contains('.')
        && last_word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
    let listed = ABBREVIATIONS
        .iter()
        .any(|abbreviation| last_word.eq_ignore_ascii_case(abbreviation));
    match ellipsis || of_letters || listed {
        true => sentence,
        false => rest,
    }
}

/// The text of a doc attribute's value: a string literal, also as a macro passes it on
/// (in an invisible group), or `concat!`/`stringify!` of literals, which is how a
/// `macro_rules!` makes a doc (rustc expands them only after the derive has run).
fn doc_text(value: &syn::Expr) -> Option<String> {
    match value {
        syn::Expr::Lit(syn::ExprLit { lit, .. }) => literal_text(lit),
        syn::Expr::Group(group) => doc_text(&group.expr),
        syn::Expr::Paren(paren) => doc_text(&paren.expr),
        syn::Expr::Macro(mac) if mac.mac.path.is_ident("concat") => {
            let parts = mac
                .mac
                .parse_body_with(
                    syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
                )
                .ok()?;
            parts.iter().map(doc_text).collect()
        }
        syn::Expr::Macro(mac) if mac.mac.path.is_ident("stringify") => {
            Some(mac.mac.tokens.to_string())
        }
        _ => None,
    }
}

/// What `concat!` makes of a literal.
fn literal_text(lit: &syn::Lit) -> Option<String> {
    match lit {
        syn::Lit::Str(text) => Some(text.value()),
        syn::Lit::Char(c) => Some(c.value().to_string()),
        syn::Lit::Int(int) => Some(int.base10_digits().to_owned()),
        syn::Lit::Float(float) => Some(float.base10_digits().to_owned()),
        syn::Lit::Bool(bool) => Some(bool.value.to_string()),
        _ => None,
    }
}

/// A block doc comment's text without the ` * ` that starts each of its lines, as
/// rustdoc reads it: `/** Gone.\n * For good. */` is "Gone." and "For good.".
fn undecorated(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let decorated = lines.len() > 1
        && lines[1..]
            .iter()
            .filter(|line| !line.trim().is_empty())
            .all(|line| line.trim_start().starts_with('*'));
    if !decorated {
        return text.to_owned();
    }
    let strip = |line: &str| -> String {
        match line.trim_start().strip_prefix('*') {
            Some(rest) => rest.to_owned(),
            None => line.to_owned(),
        }
    };
    let mut out: Vec<String> = vec![lines[0].to_owned()];
    out.extend(lines[1..].iter().map(|line| strip(line)));
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn the_derive_name_is_the_one_lib_declares() {
        let declared = format!("#[proc_macro_derive({DERIVE_NAME}, ");
        assert!(include_str!("../lib.rs").contains(&declared));
    }

    fn docs(attrs: Vec<Attribute>) -> (Option<String>, Option<String>) {
        let ((summary, details), _) = doc_message(&attrs);
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
    fn a_block_doc_comment_loses_its_decoration() {
        let attrs = vec![parse_quote!(#[doc = "\n * The peer is gone.\n *\n * It reset.\n "])];
        assert_eq!(
            docs(attrs),
            (
                Some("The peer is gone".to_owned()),
                Some("It reset.".to_owned())
            )
        );
    }

    #[test]
    fn a_doc_made_by_concat_is_read() {
        let attrs = vec![parse_quote!(#[doc = concat!("Error ", 42, " happened.")])];
        assert_eq!(docs(attrs), (Some("Error 42 happened".to_owned()), None));
    }

    #[test]
    fn only_a_final_period_that_ends_a_sentence_is_dropped() {
        let cases = [
            ("The peer is gone.", "The peer is gone"),
            ("Wait...", "Wait..."),
            ("...", "..."),
            ("Refused e.g.", "Refused e.g."),
            ("Made in the U.S.", "Made in the U.S."),
            ("Refused e.g. by the peer.", "Refused e.g. by the peer"),
            ("Needs v1.2.", "Needs v1.2"),
            ("Really?!", "Really?!"),
            ("Too many, etc.", "Too many, etc."),
            ("Timeout, i.e.", "Timeout, i.e."),
            ("Fast vs.", "Fast vs."),
            ("See RFC 1035, cf.", "See RFC 1035, cf."),
            ("Waits 5 s approx.", "Waits 5 s approx."),
            ("Files (pipes, sockets, etc.", "Files (pipes, sockets, etc."),
            ("Too many, ETC.", "Too many, ETC."),
            ("Cannot fetch.", "Cannot fetch"),
            ("Not set.", "Not set"),
            (
                "Not a file, etc. but a socket.",
                "Not a file, etc. but a socket",
            ),
            ("Version 1.", "Version 1"),
            ("Plan B.", "Plan B"),
            ("Gone?", "Gone?"),
            (".", ""),
            ("", ""),
        ];
        for (doc, message) in cases {
            assert_eq!(without_final_period(doc), message, "{doc:?}");
        }
    }

    #[test]
    fn a_doc_made_by_include_str_is_unreadable() {
        let attrs = vec![
            parse_quote!(#[doc = " Refused."]),
            parse_quote!(#[doc = include_str!("../README.md")]),
        ];
        let (_, unreadable) = doc_message(&attrs);
        assert_eq!(
            unreadable.map(|doc| doc.what),
            Some("`include_str!`".to_owned())
        );
        assert!(doc_message(&[parse_quote!(#[doc = " Refused."])])
            .1
            .is_none());
    }

    #[test]
    fn no_doc_gives_neither() {
        assert_eq!(docs(vec![parse_quote!(#[allow(unused)])]), (None, None));
    }
}
