//! What every expansion must be: no panic, the same tokens twice, Rust items, an error
//! or a table, no `unsafe` the input lacked, every binding shadowed, no method called
//! by method syntax (which a user's trait in scope could take over), and no generic
//! parameter a user's type could be named (which would shadow the table of that name).

use super::Entry;
use proc_macro2::{TokenStream, TokenTree};
use std::panic::{catch_unwind, AssertUnwindSafe};

pub fn contains_ident(stream: &TokenStream, name: &str) -> bool {
    stream.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(group) => contains_ident(&group.stream(), name),
        _ => false,
    })
}

/// Runs one input and returns what is wrong with the result, if anything.
pub fn check(entry: Entry, input: &TokenStream) -> Result<(), String> {
    let first = catch_unwind(AssertUnwindSafe(|| entry.run(input.clone())))
        .map_err(|_| "the macro panicked".to_owned())?;
    let again = catch_unwind(AssertUnwindSafe(|| entry.run(input.clone())))
        .map_err(|_| "the macro panicked the second time only".to_owned())?;
    let text = first.to_string();
    if text != again.to_string() {
        return Err("expanding twice gave different tokens".to_owned());
    }
    let file = syn::parse2::<syn::File>(first.clone())
        .map_err(|error| format!("the output is not Rust items ({error}): {text}"))?;
    if !contains_ident(&first, "compile_error") && !contains_ident(&first, "impl") {
        return Err(format!("no error and no table: {text}"));
    }
    if contains_ident(&first, "unsafe") && !contains_ident(input, "unsafe") {
        return Err(format!("the output has `unsafe`: {text}"));
    }
    if let Some(call) = method_call(&file) {
        return Err(format!(
            "the output calls `.{call}(…)` by method syntax, which a user's trait in scope could take over: {text}"
        ));
    }
    if let Some(name) = nameable_generic(&file) {
        return Err(format!(
            "the output declares the generic parameter `{name}`, which shadows a user's item of that name: {text}"
        ));
    }
    if let Some(name) = unshadowed_binding(&file) {
        return Err(format!(
            "the output binds `{name}`, which a user's `const {name}` would capture: {text}"
        ));
    }
    Ok(())
}

/// A name the output binds that the expansion does not shadow (see `expand::BINDINGS`),
/// if any: a user's `const` or unit struct of that name would turn the binding into a
/// constant pattern.
pub fn unshadowed_binding(output: &syn::File) -> Option<String> {
    // `__MEMBER_…` are the group's constants, patterns on purpose.
    bindings(output)
        .into_iter()
        .find(|name| !name.starts_with("__") && !crate::expand::BINDINGS.contains(&name.as_str()))
}

/// A generic parameter the output declares that a user's item could be named (one
/// without `__`): a table named `D` is named inside a `fn deserialize<D>`, which would
/// take `D` for its parameter.
pub fn nameable_generic(output: &syn::File) -> Option<String> {
    let mut found = Found::default();
    syn::visit::Visit::visit_file(&mut found, output);
    found
        .generic_params
        .into_iter()
        .find(|name| !name.starts_with("__"))
}

/// Every identifier pattern in the output.
pub fn bindings(output: &syn::File) -> Vec<String> {
    let mut found = Found::default();
    syn::visit::Visit::visit_file(&mut found, output);
    found.bindings
}

/// The first method called by method syntax (`value.kind()`) in the output, if any:
/// a user's trait with a by-value method of that name, blanket-implemented, is found
/// before the inherent method that needs an autoref or a deref.
pub fn method_call(output: &syn::File) -> Option<String> {
    let mut found = Found::default();
    syn::visit::Visit::visit_file(&mut found, output);
    found.method_calls.into_iter().next()
}

/// What the checks look for in an expansion, inside the runtime's `std_only!` and
/// `serde_only!` too (whose input is the generated code they keep or drop).
#[derive(Default)]
struct Found {
    bindings: Vec<String>,
    method_calls: Vec<String>,
    /// Type, const and lifetime parameters (a lifetime without its `'`).
    generic_params: Vec<String>,
}

impl<'ast> syn::visit::Visit<'ast> for Found {
    fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
        self.bindings.push(pat.ident.to_string());
        syn::visit::visit_pat_ident(self, pat);
    }

    fn visit_generic_param(&mut self, param: &'ast syn::GenericParam) {
        let name = match param {
            syn::GenericParam::Type(param) => &param.ident,
            syn::GenericParam::Lifetime(param) => &param.lifetime.ident,
            syn::GenericParam::Const(param) => &param.ident,
        };
        self.generic_params.push(name.to_string());
        syn::visit::visit_generic_param(self, param);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        self.method_calls.push(call.method.to_string());
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let gate = mac.path.segments.last().map(|s| s.ident.to_string());
        if matches!(gate.as_deref(), Some("std_only" | "serde_only")) {
            let tokens = &mac.tokens;
            if let Ok(file) = syn::parse2::<syn::File>(tokens.clone()) {
                syn::visit::Visit::visit_file(self, &file);
            } else if let Ok(methods) =
                syn::parse2::<syn::ItemImpl>(quote::quote!(impl T { #tokens }))
            {
                syn::visit::Visit::visit_item_impl(self, &methods);
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}
