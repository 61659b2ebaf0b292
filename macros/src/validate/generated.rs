//! The enum `error_table!` writes.

use crate::derives::{derived_name, retain_derives};
use crate::errors::Errors;
use crate::model::checked::{CatchAll, GeneratedEnum, GeneratedVariant, SerdeImpl};
use crate::model::written::{self, Role};
use crate::model::{comma_list, DEFAULT_DERIVES, DERIVE_NAME};

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

/// The user's derives on the enum `error_table!` writes give no trait the table already
/// has: `ErrorTable` (the macro generates the table) and, unless `no_default_derives`,
/// the default derives. Each such name is reported and left out, under `cfg_attr` too,
/// so that no trait is implemented twice.
pub(super) fn derives_are_new(
    table: &mut written::Table,
    default_derives: bool,
    errors: &mut Errors,
) {
    let ident = table.ident.clone();
    retain_derives(&mut table.attrs, &mut |path, _| {
        let (Some(name), Some(segment)) = (derived_name(path), path.segments.last()) else {
            return true;
        };
        let message = if name == DERIVE_NAME {
            format!("`error_table!` already generates the table `{ident}`, which `{DERIVE_NAME}` would generate again: remove it")
        } else if default_derives && DEFAULT_DERIVES.iter().any(|(default, _)| name == *default) {
            let defaults: Vec<&str> = DEFAULT_DERIVES
                .iter()
                .map(|(default, _)| *default)
                .collect();
            let (last, others) = defaults.split_last().unwrap_or((&"", &[]));
            format!(
                "`{ident}` already has `{name}`: `error_table!` gives every table {} and {last}; remove it, or add `#[errtable(no_default_derives)]` to write the table's derives yourself",
                comma_list(others)
            )
        } else {
            return true;
        };
        errors.push(segment.ident.span(), message);
        false
    });
}

/// `when`, and off where the DSL's enum derives `Serialize` or `Deserialize` itself,
/// plainly or under `cfg_attr` (then off under that predicate): serde is then the
/// user's, both traits, whichever crate turns the runtime's `serde` feature on. Not one
/// trait alone: a binary format reads back only what the same pair of impls writes.
pub(super) fn unless_serde_derived(table: &mut written::Table, mut when: SerdeImpl) -> SerdeImpl {
    retain_derives(&mut table.attrs, &mut |path, predicate| {
        let serde = derived_name(path).is_some_and(|name| SERDE_TRAITS.contains(&name.as_str()));
        match (serde, predicate) {
            (false, _) => {}
            (true, Some(predicate)) => when.off_when.push(predicate.clone()),
            (true, None) => when.off = true,
        }
        true
    });
    when
}

/// serde's traits.
const SERDE_TRAITS: [&str; 2] = ["Serialize", "Deserialize"];
