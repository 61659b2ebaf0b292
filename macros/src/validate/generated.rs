//! The enum `error_table!` writes.

use crate::model::checked::{CatchAll, GeneratedEnum, GeneratedVariant};
use crate::model::written::{self, Role};

/// The enum `error_table!` writes: every variant the user wrote once, without the
/// attributes reported above.
pub(super) fn generated_enum(
    table: &mut written::Table,
    catch_all: Option<&CatchAll>,
    default_derives: bool,
) -> GeneratedEnum {
    let variants = table
        .variants
        .iter_mut()
        .map(|variant| {
            let is_catch_all = catch_all.is_some_and(|c| {
                c.ident == variant.ident && matches!(variant.role, Role::CatchAll(_))
            });
            let documented = variant.attrs.iter().any(
                |attr| matches!(&attr.meta, syn::Meta::NameValue(value) if value.path.is_ident("doc")),
            );
            GeneratedVariant {
                attrs: std::mem::take(&mut variant.attrs),
                ident: variant.ident.clone(),
                documented,
                is_catch_all,
            }
        })
        .collect();
    GeneratedEnum {
        attrs: std::mem::take(&mut table.attrs),
        default_derives,
        variants,
    }
}
