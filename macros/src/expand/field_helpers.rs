//! A derive's catch-all field, and the field of a group's variant that keeps its row, is
//! taken as written (`Canon`, an alias, a look-alike) and reached only through its
//! helpers (`Ctx::field_helpers`): a field of the wrong type then fails in those alone,
//! once, on the field. This expands a derive of every shape and checks that every arm
//! reading such a field and every place building it goes through them.

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit::Visit;

/// A derive of each shape whose catch-all names its type by a path the macro cannot
/// resolve.
fn every_shape() -> Vec<TokenStream> {
    vec![
        quote!(
            enum G {
                /// Refused
                #[errtable(rows: ConnectionRefused)]
                Refused,
                /// Kept
                #[errtable(rows: TimedOut | WouldBlock)]
                Slow(Canon),
                #[errtable(catch_all)]
                Rest(Canon),
            }
        ),
        quote!(
            enum O {
                /// Busy
                #[errtable(code: BUSY = 450)]
                Busy,
                #[errtable(catch_all)]
                Rest(Code),
            }
        ),
        quote!(
            enum S {
                /// Refused
                #[errtable(linux: ECONNREFUSED = 111)]
                Refused,
                #[errtable(catch_all)]
                Rest(aliases::Kept),
            }
        ),
        quote!(
            #[errtable(os_error_codes = windows)]
            enum W {
                /// Refused
                #[errtable(linux: ECONNREFUSED = 111)]
                Refused,
                #[errtable(catch_all)]
                Rest(Kept),
            }
        ),
    ]
}

/// A variant whose field is reached through helpers: its name and theirs.
#[derive(Clone, Copy)]
struct Field {
    variant: &'static str,
    read: &'static str,
    build: &'static str,
}

/// The catch-all, `Rest`.
const CATCH_ALL: Field = Field {
    variant: "Rest",
    read: "__catch_all_kept",
    build: "__catch_all_field",
};

/// `G`'s variant that keeps its row, `Slow`, second of its rows.
const KEEPER: Field = Field {
    variant: "Slow",
    read: "__kept_row_1",
    build: "__kept_row_field_1",
};

/// The single identifier `expr` is, if it is one.
fn ident_of(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Path(path) => path.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

/// Whether `expr` is a call of the helper `name`.
fn calls(expr: &syn::Expr, name: &str) -> bool {
    matches!(expr, syn::Expr::Call(call) if matches!(&*call.func, syn::Expr::Path(path) if path.path.is_ident(name)))
}

/// Whether `path` names the variant `name`.
fn names(path: &syn::Path, name: &str) -> bool {
    path.segments
        .last()
        .is_some_and(|segment| segment.ident == name)
}

/// The name a pattern binds the field's field to (`Rest(ref kept)`), anywhere in it.
struct Binding(Field, Option<String>);

impl<'ast> Visit<'ast> for Binding {
    fn visit_pat_tuple_struct(&mut self, pat: &'ast syn::PatTupleStruct) {
        if names(&pat.path, self.0.variant) {
            if let [syn::Pat::Ident(ident)] = &pat.elems.iter().collect::<Vec<_>>()[..] {
                self.1 = Some(ident.ident.to_string());
            }
        }
        syn::visit::visit_pat_tuple_struct(self, pat);
    }
}

/// The uses of `name` in an arm: all, and those that are the argument of the reading
/// helper.
struct Uses<'a> {
    read: &'a str,
    name: &'a str,
    all: usize,
    through_helper: usize,
}

impl<'ast> Visit<'ast> for Uses<'_> {
    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        if ident_of(expr).as_deref() == Some(self.name) {
            self.all += 1;
        }
        if let syn::Expr::Call(call) = expr {
            let arg = call.args.iter().map(ident_of).collect::<Vec<_>>();
            if calls(expr, self.read) && arg == [Some(self.name.to_owned())] {
                self.through_helper += 1;
            }
        }
        syn::visit::visit_expr(self, expr);
    }
}

/// What reads or builds the field other than through its helpers, and how many arms
/// read it.
struct Bypasses(Field, Vec<String>, usize);

impl Bypasses {
    fn of(field: Field) -> Self {
        Bypasses(field, Vec::new(), 0)
    }
}

impl<'ast> Visit<'ast> for Bypasses {
    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        let mut binding = Binding(self.0, None);
        binding.visit_pat(&arm.pat);
        if let Some(name) = &binding.1 {
            let mut uses = Uses {
                read: self.0.read,
                name,
                all: 0,
                through_helper: 0,
            };
            if let syn::Pat::Guard(guard) = &arm.pat {
                uses.visit_expr(&guard.guard);
            }
            uses.visit_expr(&arm.body);
            self.2 += 1;
            if uses.all != uses.through_helper {
                self.1.push(quote!(#arm).to_string());
            }
        }
        syn::visit::visit_arm(self, arm);
    }

    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        match expr {
            // `T::Rest(value)`: built only from the helper's result.
            syn::Expr::Call(call) => {
                if matches!(&*call.func, syn::Expr::Path(path) if names(&path.path, self.0.variant))
                    && !call.args.iter().all(|arg| calls(arg, self.0.build))
                {
                    self.1.push(quote!(#expr).to_string());
                }
                for arg in &call.args {
                    self.visit_expr(arg);
                }
                return;
            }
            // `T::Rest` as a function of the field's type.
            syn::Expr::Path(path) if names(&path.path, self.0.variant) => {
                self.1.push(quote!(#expr).to_string());
            }
            _ => {}
        }
        syn::visit::visit_expr(self, expr);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if let Ok(file) = syn::parse2::<syn::File>(mac.tokens.clone()) {
            self.visit_file(&file);
        }
    }
}

/// What reads or builds `field` in `output` other than through its helpers, and how
/// many arms read it.
fn bypasses(output: &TokenStream, field: Field) -> Bypasses {
    let text = output.to_string();
    assert!(!text.contains("compile_error"), "{text}");
    assert!(
        text.contains(field.read) && text.contains(field.build),
        "{text}"
    );
    let file: syn::File = syn::parse2(output.clone()).unwrap();
    let mut bypasses = Bypasses::of(field);
    bypasses.visit_file(&file);
    bypasses
}

#[test]
fn a_catch_all_field_of_any_path_is_reached_only_through_its_helpers() {
    for table in every_shape() {
        let found = bypasses(&crate::derive_tokens(table.clone()), CATCH_ALL);
        assert!(found.1.is_empty(), "{table}: {:#?}", found.1);
        // `code`, `Display`, `io::Error`'s kind, serde, at least.
        assert!(
            found.2 >= 4,
            "{table}: only {} arms read the field",
            found.2
        );
    }
}

#[test]
fn a_kept_row_field_of_any_path_is_reached_only_through_its_helpers() {
    let table = every_shape().remove(0);
    let found = bypasses(&crate::derive_tokens(table.clone()), KEEPER);
    assert!(found.1.is_empty(), "{table}: {:#?}", found.1);
    // `kind`, `persistence`, `members`, `os_error`, `io::Error`, at least.
    assert!(
        found.2 >= 5,
        "{table}: only {} arms read the field",
        found.2
    );
}

#[test]
fn the_bypass_check_sees_a_direct_read_and_build() {
    let file: syn::File = syn::parse_quote! {
        fn f(value: &T) -> i32 {
            match *value {
                T::Rest(ref kept) => *__catch_all_kept(kept) + *kept,
                _ => 0,
            }
        }
        fn g(code: i32) -> T { T::Rest(code) }
        fn h(code: i32) -> T { T::Rest(__catch_all_field(code)) }
    };
    let mut bypasses = Bypasses::of(CATCH_ALL);
    bypasses.visit_file(&file);
    assert_eq!(bypasses.1.len(), 2, "{:#?}", bypasses.1);
}
