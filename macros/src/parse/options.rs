//! `#[errtable(crate = path, no_default_derives, no_serde, os_error_codes = windows | …)]`
//! on the enum.

use crate::errors::{did_you_mean, Errors};
use crate::model::written::{Origin, OsErrorCodes, Table};
use crate::model::{name_of, Platform};
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, Path};

/// The table options, by name.
pub(super) const OPTIONS: [&str; 4] = ["crate", "no_default_derives", "no_serde", "os_error_codes"];

/// The table option `name` as it is written, for hints.
pub(super) fn example(name: &str) -> &'static str {
    match name {
        "crate" => "crate = ::errtable",
        "os_error_codes" => "os_error_codes = windows",
        "no_serde" => "no_serde",
        _ => "no_default_derives",
    }
}

/// Where the row entry `name` goes, if it is one (a platform key, or a key such as
/// `message`), for the error of one written on the enum.
fn row_entry(name: &str, origin: Origin) -> Option<String> {
    let is_entry =
        super::entries::row_keys(origin).contains(&name) || Platform::from_key(name).is_some();
    let place = match origin {
        Origin::Dsl => format!("in a row's braces, as in `Refused {{ {name}: … }}`"),
        Origin::Derive => {
            format!("on the variant it belongs to, as in `#[errtable({name}: …)] Refused`")
        }
    };
    is_entry.then_some(place)
}

/// Reports the catch-all's marker written on the enum, at `span`.
pub fn catch_all_on_the_enum(span: Span, origin: Origin, errors: &mut Errors) {
    let marker = match origin {
        Origin::Dsl => "`#[catch_all]` on the row, as in `#[catch_all] Other`",
        Origin::Derive => {
            "`#[errtable(catch_all)]` on the variant, as in `#[errtable(catch_all)] Other(errtable::OsError)`"
        }
    };
    errors.push(
        span,
        format!("`catch_all` marks the variant that keeps unlisted codes, not the table: write {marker}"),
    );
}

/// Applies the table options of `attr` to `table`; `seen` has the options given so far,
/// by any attribute, so that one given twice is reported. Gives where `catch_all` was
/// written among them (reported: it marks a variant). A wrong option is reported and
/// skipped up to the next `,`, so that each mistake in one attribute is reported.
pub fn apply_table_options(
    attr: &Attribute,
    table: &mut Table,
    seen: &mut Vec<(String, Span)>,
    errors: &mut Errors,
) -> Option<Span> {
    let mut catch_all = None;
    let result = attr.parse_nested_meta(|meta| {
        let name = path_name(&meta.path);
        let result = match seen.iter().find(|(option, _)| *option == name) {
            Some((_, first)) => {
                errors.duplicate(
                    meta.path.span_of_first(),
                    *first,
                    format!("the table option `{name}` is given twice; keep one"),
                );
                Ok(())
            }
            None => {
                seen.push((name.clone(), meta.path.span_of_first()));
                apply_option(&meta, &name, table, seen, errors)
            }
        };
        if name == "catch_all" {
            catch_all = Some(meta.path.span_of_first());
        }
        if let Err(error) = result {
            errors.push_error(error);
        }
        skip_to_next_option(meta.input)
    });
    if let Err(error) = result {
        errors.push_error(error);
    }
    catch_all
}

/// Skips what is left of an option, up to the `,` before the next one.
fn skip_to_next_option(input: ParseStream) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(syn::Token![,]) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// Applies the option `name` to `table`, or gives why it cannot be.
fn apply_option(
    meta: &ParseNestedMeta,
    name: &str,
    table: &mut Table,
    seen: &[(String, Span)],
    errors: &mut Errors,
) -> syn::Result<()> {
    if meta.path.is_ident("crate") {
        let path = meta.value()?.call(Path::parse_mod_style);
        table.krate = Some(path.and_then(runtime_path).map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the path of the runtime crate, as in `crate = ::errtable`",
            )
        })?);
    } else if meta.path.is_ident("no_default_derives") {
        takes_no_value(meta, name)?;
        table.no_default_derives = Some(meta.path.span_of_first());
    } else if meta.path.is_ident("no_serde") {
        takes_no_value(meta, name)?;
        table.no_serde = true;
    } else if meta.path.is_ident("os_error_codes") {
        table.os_error_codes = Some(os_error_codes(meta, errors)?);
    } else if name == "catch_all" {
        catch_all_on_the_enum(meta.path.span_of_first(), table.origin, errors);
    } else if Platform::from_key(name).is_some()
        && seen.iter().any(|(option, _)| option == "os_error_codes")
    {
        return Err(meta.error(format!(
            "the platforms of `os_error_codes` are joined with `|`, not `,`: write `os_error_codes = … | {name}`"
        )));
    } else if let Some(place) = row_entry(name, table.origin) {
        return Err(meta.error(format!(
            "`{name}` is an entry of a row, not a table option: write it {place}"
        )));
    } else {
        let hint = match did_you_mean(name, &OPTIONS) {
            hint if hint.is_empty() => {
                "; the options are `crate = path`, `no_default_derives`, `no_serde` and `os_error_codes = platform | …`".to_owned()
            }
            hint => hint,
        };
        return Err(meta.error(format!("unknown table option `{name}`{hint}")));
    }
    Ok(())
}

/// Fails for a flag option given a value.
fn takes_no_value(meta: &ParseNestedMeta, name: &str) -> syn::Result<()> {
    match meta.input.is_empty() || meta.input.peek(syn::Token![,]) {
        true => Ok(()),
        false => Err(meta.input.error(format!("`{name}` takes no value"))),
    }
}

/// `os_error_codes = windows | macos`: platform keys joined by `|`. An unknown key or
/// one listed twice is reported and skipped.
fn os_error_codes(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<OsErrorCodes> {
    let span = meta.path.span_of_first();
    let value = meta.value().map_err(|_| {
        meta.error("`os_error_codes` lists the platforms whose codes are OS error codes, as in `os_error_codes = windows | macos`")
    })?;
    let mut platforms: Vec<Platform> = Vec::new();
    loop {
        if let Some(key) = platform_key(value, errors)? {
            read_platform(&key, &mut platforms, errors);
        }
        if !value.peek(syn::Token![|]) {
            return Ok(OsErrorCodes { span, platforms });
        }
        value.parse::<syn::Token![|]>()?;
    }
}

/// Adds the platform `key` names to `platforms`; an unknown key or one listed twice is
/// reported.
fn read_platform(key: &Ident, platforms: &mut Vec<Platform>, errors: &mut Errors) {
    let name = name_of(key);
    match Platform::from_key(&name) {
        Some(platform) if platforms.contains(&platform) => {
            errors.push(key.span(), format!("`{key}` is listed twice; keep one"));
        }
        Some(platform) => platforms.push(platform),
        None => {
            let keys: Vec<&str> = Platform::ALL.iter().map(|p| p.key()).collect();
            let hint =
                Platform::alias_hint(&name).unwrap_or_else(|| match did_you_mean(&name, &keys) {
                    hint if hint.is_empty() => format!("; the platforms are {}", list(&keys)),
                    hint => hint,
                });
            errors.push(key.span(), format!("unknown platform `{key}`{hint}"));
        }
    }
}

/// One platform key of `os_error_codes`. A path such as `Platform::Windows` is
/// reported once, with the key it names, and read as that key (or skipped if it names
/// none).
fn platform_key(value: ParseStream, errors: &mut Errors) -> syn::Result<Option<Ident>> {
    let path = value.call(Path::parse_mod_style).map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a platform key, as in `os_error_codes = windows | macos`",
        )
    })?;
    if let Some(key) = path.get_ident() {
        return Ok(Some(key.clone()));
    }
    let platform = path
        .segments
        .last()
        .and_then(|last| Platform::spelled(&name_of(&last.ident)));
    let hint = match platform {
        Some(platform) => format!(": write `{}`", platform.key()),
        None => ", as in `os_error_codes = windows | macos`".to_owned(),
    };
    errors.push_error(syn::Error::new_spanned(
        &path,
        format!("`os_error_codes` lists platforms by their keys, not by path{hint}"),
    ));
    Ok(platform.map(|platform| Ident::new(platform.key(), path.span_of_first())))
}

/// `` `a`, `b` and `c` ``.
fn list(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

trait FirstSpan {
    fn span_of_first(&self) -> Span;
}

impl FirstSpan for Path {
    fn span_of_first(&self) -> Span {
        self.segments
            .first()
            .map_or_else(Span::call_site, |segment| segment.ident.span())
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
