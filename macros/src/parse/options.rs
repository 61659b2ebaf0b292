//! `#[errtable(crate = path, no_default_derives)]` on the enum.

use crate::errors::{did_you_mean, Errors};
use crate::model::Table;
use syn::{parse_quote, Attribute, Path};

const OPTIONS: [&str; 2] = ["crate", "no_default_derives"];

/// The runtime crate's default path.
pub fn default_krate() -> Path {
    parse_quote!(::errtable)
}

/// Applies the table options of `attr` to `table`.
pub fn apply_table_options(attr: &Attribute, table: &mut Table, errors: &mut Errors) {
    let mut krate = None;
    let result = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("crate") {
            let path = meta.value()?.call(Path::parse_mod_style);
            krate = Some(path.and_then(runtime_path).map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected the path of the runtime crate, as in `crate = ::errtable`",
                )
            })?);
        } else if meta.path.is_ident("no_default_derives") {
            if !meta.input.is_empty() && !meta.input.peek(syn::Token![,]) {
                return Err(meta.input.error("`no_default_derives` takes no value"));
            }
            if table.user_defined {
                return Err(meta.error("`no_default_derives` is for `error_table!`; a derived enum has only the derives you write on it, so remove this option"));
            }
            table.default_derives = false;
        } else {
            let name = path_name(&meta.path);
            let hint = match did_you_mean(&name, OPTIONS) {
                hint if hint.is_empty() => {
                    "; the options are `crate = path` and `no_default_derives`".to_owned()
                }
                hint => hint,
            };
            return Err(meta.error(format_args!("unknown table option `{name}`{hint}")));
        }
        Ok(())
    });
    match result {
        Ok(()) => {
            if let Some(krate) = krate {
                table.krate = krate;
            }
        }
        // The default path, not one read before the mistake, keeps the expansion next
        // to the error compiling.
        Err(error) => errors.push_error(error),
    }
}

/// `path` if generated code can name items through it (`::errtable`, `crate::rt`,
/// `super::super::errtable`): `crate` and `self` only first, `super` only after `super`,
/// and never `Self`.
fn runtime_path(path: Path) -> syn::Result<Path> {
    let relative = path.leading_colon.is_none();
    for (i, segment) in path.segments.iter().enumerate() {
        let allowed = match segment.ident.to_string().as_str() {
            "crate" | "self" => relative && i == 0,
            "super" => relative && path.segments.iter().take(i).all(|s| s.ident == "super"),
            "Self" => false,
            _ => true,
        };
        if !allowed {
            return Err(syn::Error::new(segment.ident.span(), "not a crate path"));
        }
    }
    Ok(path)
}

fn path_name(path: &Path) -> String {
    quote::quote!(#path).to_string().replace(' ', "")
}
