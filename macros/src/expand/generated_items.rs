//! The names a row may not take are the names the expansion gives associated items, per
//! shape of table: this expands every shape (both macros; OS codes, own codes and
//! groups; with and without a catch-all; with and without default derives) and checks
//! every item of the inherent impl and every method of a trait impl against
//! [`GENERATED_ITEMS`] for that shape, and that every shape a name is listed for
//! generates it.

use super::{generates, GENERATED_ITEMS};
use crate::model::checked::Shape;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;

/// The shapes a table can have, one of each (`Shape::OsCodes`'s platforms do not matter).
fn shapes() -> [Shape; 3] {
    [Shape::OsCodes(Vec::new()), Shape::OwnCodes, Shape::Group]
}

/// One table of every shape, with the macro that expands it and its shape.
fn every_shape() -> Vec<(bool, TokenStream, Shape)> {
    let [os, own, group] = shapes();
    let dsl = |body: TokenStream, shape: &Shape| (true, body, shape.clone());
    let derive = |body: TokenStream, shape: &Shape| (false, body, shape.clone());
    vec![
        dsl(
            quote!(pub enum A { R { linux: E = 1, message: "m" }, #[catch_all] Rest }),
            &os,
        ),
        dsl(
            quote!(pub enum B { R { linux: E = 1, windows: W = 2, message: "m" } }),
            &os,
        ),
        dsl(
            quote!(#[errtable(no_default_derives)] pub enum C { R { linux: E = 1, message: "m" } }),
            &os,
        ),
        dsl(
            quote!(pub enum D { R { code: E = 1, message: "m" }, #[catch_all] Rest }),
            &own,
        ),
        dsl(quote!(pub enum E { R { code: E = 1, message: "m" } }), &own),
        dsl(
            quote!(#[errtable(os_error_codes = linux)] pub enum F { R { linux: E = 1, message: "m" }, #[catch_all] Rest }),
            &os,
        ),
        derive(
            quote!(
                enum G {
                    #[errtable(linux: E = 1, message: "m")]
                    R,
                    #[errtable(catch_all)]
                    Rest(errtable::Unlisted),
                }
            ),
            &os,
        ),
        derive(
            quote!(
                enum H {
                    #[errtable(code: E = 1, message: "m")]
                    R,
                }
            ),
            &own,
        ),
        derive(
            quote!(
                enum I {
                    #[errtable(rows: ConnectionReset | ConnectionAborted, message: "m")]
                    R,
                    #[errtable(rows: TimedOut, message: "t")]
                    K(errtable::OsError),
                    #[errtable(catch_all)]
                    Rest(errtable::OsError),
                }
            ),
            &group,
        ),
        derive(
            quote!(
                enum J {
                    #[errtable(rows: TimedOut, message: "t")]
                    R,
                }
            ),
            &group,
        ),
    ]
}

/// The names of the items of every `impl` in `items`, inside the runtime's
/// `std_only!`/`serde_only!` too.
fn impl_item_names(items: &[&syn::Item], names: &mut BTreeSet<String>) {
    for item in items {
        match *item {
            syn::Item::Impl(item) => {
                for inner in &item.items {
                    match inner {
                        syn::ImplItem::Fn(function) => {
                            names.insert(function.sig.ident.to_string());
                        }
                        syn::ImplItem::Const(constant) => {
                            names.insert(constant.ident.to_string());
                        }
                        syn::ImplItem::Macro(mac) => {
                            let tokens = &mac.mac.tokens;
                            let wrapped: syn::ItemImpl = syn::parse_quote!(impl T { #tokens });
                            impl_item_names(&[&syn::Item::Impl(wrapped)], names);
                        }
                        _ => {}
                    }
                }
            }
            syn::Item::Const(constant) => {
                if let syn::Expr::Block(block) = &*constant.expr {
                    let items: Vec<&syn::Item> = block
                        .block
                        .stmts
                        .iter()
                        .filter_map(|stmt| match stmt {
                            syn::Stmt::Item(item) => Some(item),
                            _ => None,
                        })
                        .collect();
                    impl_item_names(&items, names);
                }
            }
            syn::Item::Macro(mac) => {
                if let Ok(file) = syn::parse2::<syn::File>(mac.mac.tokens.clone()) {
                    impl_item_names(&file.items.iter().collect::<Vec<_>>(), names);
                }
            }
            _ => {}
        }
    }
}

/// Methods of trait impls a variant's name cannot hide (`Table::serialize` is never how
/// generated or user code reaches them).
const NOT_REACHED_BY_PATH: [&str; 2] = ["serialize", "deserialize"];

/// Names every type has from std's blanket impls (`From<T> for T`, `TryFrom`, `Into`),
/// which `Table::from` reaches just the same, though the expansion defines none.
const BLANKET: [&str; 3] = ["from", "try_from", "into"];

#[test]
fn every_generated_item_is_a_reserved_name_of_its_shape() {
    let mut generated_by_shape: Vec<(Shape, BTreeSet<String>)> = Vec::new();
    for (dsl, table, shape) in every_shape() {
        let output = match dsl {
            true => crate::error_table_tokens(table.clone()),
            false => crate::derive_tokens(table.clone()),
        };
        assert!(
            !output.to_string().contains("compile_error"),
            "{table}: {output}"
        );
        let file: syn::File = syn::parse2(output).unwrap();
        let mut generated = BTreeSet::new();
        impl_item_names(&file.items.iter().collect::<Vec<_>>(), &mut generated);
        let missing: Vec<&String> = generated
            .iter()
            .filter(|name| !name.starts_with("__"))
            .filter(|name| !NOT_REACHED_BY_PATH.contains(&name.as_str()))
            .filter(|name| !generates(&shape, name))
            .collect();
        assert!(
            missing.is_empty(),
            "{table}: generated but not reserved for its shape: {missing:?}"
        );
        generated_by_shape.push((shape, generated));
    }
    for shape in shapes() {
        let stale: Vec<&str> = GENERATED_ITEMS
            .iter()
            .filter(|(name, shapes)| shapes.holds(&shape) && !BLANKET.contains(name))
            .map(|(name, _)| *name)
            .filter(|name| {
                !generated_by_shape.iter().any(|(of, generated)| {
                    std::mem::discriminant(of) == std::mem::discriminant(&shape)
                        && generated.contains(*name)
                })
            })
            .collect();
        assert!(
            stale.is_empty(),
            "reserved in {shape:?} tables but never generated there: {stale:?}"
        );
    }
}
