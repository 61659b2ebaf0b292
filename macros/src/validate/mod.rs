//! Every rule a table must follow, over the written model, and the checked model that
//! comes out: `check` reports what breaks a rule and repairs it or leaves it out, once,
//! so that expansion can trust what it reads.
//!
//! Which checks belong here: every rule about what the table says: names unique, the
//! shape of the table and of each variant, messages, kinds and persistences, numbers and symbols that
//! clash, `=> Row` and `rows:` references. Parsing (`parse/`) checks only syntax: what a
//! token means, whether a key is known, whether a value has the right form, a key given
//! twice in one row. A variant parsing marked `broken` had a mistake reported there: the
//! rules about what a row lacks (a message, entries, `rows:`) skip it, as what it lacks
//! is likely what broke.

use crate::errors::Errors;
use crate::model::checked::{self, Definition, Entries};
use crate::model::written::{self, Origin};
use syn::{parse_quote, LitStr};

mod catch_all;
mod cfg;
mod generated;
mod members;
mod names;
mod numbers;
mod options;
mod rows;
mod shape;

/// Checks every rule, adding what is broken to `errors`, and gives the checked table.
pub fn check(mut table: written::Table, errors: &mut Errors) -> checked::Table {
    let krate = table
        .krate
        .take()
        .unwrap_or_else(|| parse_quote!(::errtable));
    let variant_count = table.variants.len();
    names::variants_are_unique(&mut table, errors);
    let generated = matches!(table.origin, Origin::Dsl);
    cfg::strip_row_cfgs(&mut table, errors);
    let shape = shape::shape(&table);
    let os_error_codes = options::os_error_codes_are_for_os_codes(&mut table, &shape, errors);
    let catch_all = catch_all::catch_all(&table, &shape, errors);
    let mut rows: Vec<checked::Row> = Vec::new();
    for (variant, row) in table.rows() {
        if let Some(row) = rows::check_row(&table, &shape, variant, row, errors) {
            rows.push(row);
        }
    }
    rows::table_has_rows(&table, errors);
    numbers::shared_numbers_name_a_row(&rows, catch_all.as_ref(), errors);
    numbers::numbers_decode_to_one_row(&mut rows, errors);
    names::names_belong_to_one_row(&mut rows, errors);
    names::names_differ_beyond_case(&mut rows, &shape, errors);
    members::members_belong_to_one_variant(&mut rows, errors);
    rows.retain(
        |row| !matches!(&row.entries, Entries::Members { members, .. } if members.is_empty()),
    );
    let holding = catch_all.as_ref().filter(|catch_all| catch_all.holds_value);
    let rows_and_catch_all = rows.len() + usize::from(holding.is_some());
    let has_other_variants = rows_and_catch_all < variant_count;
    let default_derives = options::default_derives(&table, errors);
    if generated {
        generated::derives_are_new(&mut table, default_derives, errors);
    }
    let no_serde = checked::SerdeImpl {
        off: table.no_serde,
        off_when: std::mem::take(&mut table.no_serde_when)
            .iter()
            .map(quote::ToTokens::to_token_stream)
            .collect(),
    };
    let serde = match generated {
        true => generated::unless_serde_derived(&mut table, no_serde),
        false => no_serde,
    };
    let definition = match generated {
        true => Definition::Generated(generated::generated_enum(
            &mut table,
            catch_all.as_ref(),
            default_derives,
        )),
        false => Definition::User,
    };
    checked::Table {
        ident: table.ident,
        vis: table.vis,
        krate,
        definition,
        shape,
        rows,
        catch_all,
        has_other_variants,
        os_error_codes,
        serde,
    }
}

/// A derive's field type as the helpers outside the enum write it (`expand`'s
/// `field_helpers`): `Self` is the table there (`Retry(<Self as Has>::Row)`). `None` for
/// a type no field may have (`_`, `impl Trait`), which rustc reports on the field
/// itself: copied into the helpers, it would be reported again there.
pub(super) fn field_type(ty: &syn::Type, table: &syn::Ident) -> Option<proc_macro2::TokenStream> {
    let tokens = quote::ToTokens::to_token_stream(ty);
    (!has_ident(&tokens, &["_", "impl"])).then(|| self_as(tokens, table))
}

/// Whether `tokens` hold one of the identifiers `names`, at any depth.
fn has_ident(tokens: &proc_macro2::TokenStream, names: &[&str]) -> bool {
    tokens.clone().into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => names.iter().any(|name| ident == name),
        proc_macro2::TokenTree::Group(group) => has_ident(&group.stream(), names),
        _ => false,
    })
}

fn self_as(tokens: proc_macro2::TokenStream, table: &syn::Ident) -> proc_macro2::TokenStream {
    use proc_macro2::TokenTree;
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Ident(ident) if ident == "Self" => {
                let mut table = table.clone();
                table.set_span(ident.span());
                TokenTree::Ident(table)
            }
            TokenTree::Group(group) => {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), self_as(group.stream(), table));
                inner.set_span(group.span());
                TokenTree::Group(inner)
            }
            other => other,
        })
        .collect()
}

/// A copy of a string literal (syn's are not `Clone` without a feature this crate does
/// not take).
pub(super) fn copy(text: &LitStr) -> LitStr {
    LitStr::new(&text.value(), text.span())
}
