//! The catch-all: at most one, and the field the shape keeps.

use crate::errors::Errors;
use crate::model::checked::{CatchAll, Shape};
use crate::model::written::{self, CatchAllMarks, Fields, Origin, Role, Variant};
use crate::model::{name_of, CANONICAL};
use proc_macro2::Span;

/// The catch-all: the first variant marked so, if it has the field the shape keeps.
pub(super) fn catch_all(
    table: &written::Table,
    shape: &Shape,
    errors: &mut Errors,
) -> Option<CatchAll> {
    let mut marked = table
        .variants
        .iter()
        .filter(|variant| matches!(variant.role, Role::CatchAll(_)));
    let first = marked.next()?;
    super::names::name_is_free(first, shape, errors);
    for variant in table.variants.iter() {
        if let Role::CatchAll(marks) = &variant.role {
            marked_once(marks, errors);
            takes_no_entries(table.origin, variant, marks, errors);
        }
    }
    for other in marked {
        errors.duplicate(
            other.ident.span(),
            first.ident.span(),
            format!(
                "a table has at most one catch-all, and `{}` already is one; make `{}` a row",
                first.ident, other.ident
            ),
        );
    }
    let (holds_value, field) = catch_all_has_its_field(table, shape, first, errors);
    Some(CatchAll {
        ident: first.ident.clone(),
        name: name_of(&first.ident),
        holds_value,
        field,
    })
}

/// A catch-all is marked once.
fn marked_once(marks: &CatchAllMarks, errors: &mut Errors) {
    if let [first, second, ..] = marks.markers[..] {
        errors.push_with_note(
            second,
            "the catch-all is marked twice; keep one marker",
            first,
            "marked here first",
        );
    }
}

/// A catch-all takes no entries: its message, kind and persistence are those of the value
/// it keeps.
fn takes_no_entries(origin: Origin, variant: &Variant, marks: &CatchAllMarks, errors: &mut Errors) {
    let Some(span) = marks.entries else {
        return;
    };
    let message = match origin {
        Origin::Dsl => "the catch-all keeps codes no row lists, so it takes no entries; remove its `{ … }`".to_owned(),
        Origin::Derive => format!(
            "`{}` is the catch-all, which takes no entries: its message, kind and persistence are those of the value it keeps; remove them",
            variant.ident
        ),
    };
    errors.push(span, message);
}

/// The type a catch-all holds: the canonical value in a group, the code in a table of
/// its own codes, an `Unlisted` otherwise.
pub(super) fn kept_type(shape: &Shape) -> &'static str {
    match shape {
        Shape::Group => CANONICAL,
        Shape::OwnCodes => "i32",
        Shape::OsCodes(_) => "Unlisted",
    }
}

/// The DSL's catch-all has no field written (it is implied); the derive's has one
/// unnamed field, of any type written: the macro cannot resolve types (`Canon` may be
/// `errtable::OsError` renamed, `OsError` another type), so rustc checks it, once and
/// on the field (`expand`'s `catch_all_field`). Whether it holds its value, and the
/// type written for it.
pub(super) fn catch_all_has_its_field(
    table: &written::Table,
    shape: &Shape,
    variant: &Variant,
    errors: &mut Errors,
) -> (bool, Option<proc_macro2::TokenStream>) {
    let ident = &variant.ident;
    let expected = kept_type(shape);
    let path = if expected == "i32" { "" } else { "errtable::" };
    match (table.origin, &variant.fields) {
        (Origin::Dsl, Fields::Unit) => (true, None),
        (Origin::Dsl, _) => {
            errors.push(
                span_of_fields(variant),
                format!("the catch-all's field is implied; write `{ident}` without `(…)`"),
            );
            // The generated enum gives it the right field anyway.
            (true, None)
        }
        (Origin::Derive, Fields::One(ty)) => match super::field_type(ty, &table.ident) {
            Some(field) => (true, Some(field)),
            None => (false, None),
        },
        (Origin::Derive, _) if variant.broken => (false, None),
        (Origin::Derive, _) => {
            errors.push(span_of_fields(variant), format!(
                "the catch-all keeps what no row stands for in one unnamed field: write `{ident}({path}{expected})`"
            ));
            (false, None)
        }
    }
}

/// Where the variant's fields are written, or its name if it has none.
pub(super) fn span_of_fields(variant: &Variant) -> Span {
    match &variant.fields {
        Fields::Other(span) => *span,
        Fields::One(ty) => syn::spanned::Spanned::span(ty),
        Fields::Unit => variant.ident.span(),
    }
}
