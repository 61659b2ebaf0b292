//! A group's members: each canonical row belongs to one variant.

use crate::errors::Errors;
use crate::expand::generates;
use crate::model::checked::{self, Entries, Shape};
use crate::model::{name_of, CANONICAL, CANONICAL_CATCH_ALL};
use proc_macro2::Span;
use std::collections::HashMap;

/// A canonical row is listed by one variant, so that decoding it gives one answer, and
/// the canonical catch-all is no row. A member that breaks this is reported and left
/// out; a variant left with no member is left out too.
pub(super) fn members_belong_to_one_variant(rows: &mut [checked::Row], errors: &mut Errors) {
    let mut seen: HashMap<String, (Span, String)> = HashMap::new();
    for row in rows.iter_mut() {
        let row_name = row.name.clone();
        let Entries::Members { members, .. } = &mut row.entries else {
            continue;
        };
        members.retain(|member| {
            let name = name_of(member);
            if name == CANONICAL_CATCH_ALL {
                errors.push(member.span(), format!(
                    "`{member}` is the canonical table's catch-all, not a row; to keep what no variant lists, add a variant `#[errtable(catch_all)] Other(errtable::{CANONICAL})`"
                ));
                return false;
            }
            // No row takes the name of a generated item, so such a name is no row:
            // `OsError::ALL` would be the list, and the error would land in generated code.
            // The canonical table is one of OS codes.
            if generates(&Shape::OsCodes(Vec::new()), &name) {
                errors.push(member.span(), format!(
                    "`{member}` is no row of `{CANONICAL}` but one of the items it generates; `rows:` lists rows, as in `rows: ConnectionReset | ConnectionAborted`"
                ));
                return false;
            }
            match seen.get(&name) {
                Some((first, first_row)) => {
                    let message = if *first_row == row_name {
                        format!("`{name}` is listed twice in `{first_row}`; keep one")
                    } else {
                        format!("`{name}` is already listed by `{first_row}`; a canonical row belongs to one variant, so that decoding it gives one answer: keep it in one of them")
                    };
                    errors.push_with_note(member.span(), message, *first, "listed here first");
                    false
                }
                None => {
                    seen.insert(name, (member.span(), row_name.clone()));
                    true
                }
            }
        });
    }
}
