//! Valid tables (the seeds the mutator starts from) and tables that follow the grammar
//! but pick their names, numbers and references from small sets, so that the validator
//! sees clashes rather than syntax errors.

use super::rng::Rng;
use super::Entry;
use proc_macro2::TokenStream;
use quote::quote;
use std::str::FromStr;

/// Valid `error_table!` inputs, between them using every part of the DSL.
pub fn dsl_seeds() -> Vec<TokenStream> {
    vec![
        quote! {
            /// Errors of the fuzz table.
            #[errtable(crate = ::errtable)]
            #[derive(PartialOrd)]
            pub enum Wire {
                /// The peer said no.
                Refused {
                    windows: WSAECONNREFUSED = 10061,
                    linux: ECONNREFUSED = 111,
                    linux_alpha | linux_mips: ECONNREFUSED = 146,
                    macos | freebsd: ECONNREFUSED = 61,
                    kind: ConnectionRefused,
                    message: "Connection refused",
                    description: "Nothing listens on the port.",
                },
                Again {
                    linux: EAGAIN = 11 | EWOULDBLOCK,
                    linux_mips: EDEADLK = 45 | EDEADLOCK = 56,
                    windows: WSAEWOULDBLOCK = 10035,
                    kind: std::io::ErrorKind::WouldBlock,
                    message: "Resource temporarily unavailable",
                },
                NotSupported {
                    linux: ENOTSUP = 95 => OperationNotSupported,
                    macos: ENOTSUP = 45,
                    message: "Not supported",
                },
                OperationNotSupported {
                    linux: EOPNOTSUPP = 95,
                    message: "Operation not supported",
                },
                Negative { linux_sparc: ENEG = -1, kind: Other, message: "negative" },
                #[catch_all]
                Unlisted,
            }
        },
        quote! {
            #[errtable(no_default_derives)]
            enum Status {
                Ok { code: OK = 0, persistence: errtable::Persistence::Permanent, message: "fine" },
                Busy { code: BUSY = 5 | LATER = 6, kind: ResourceBusy, persistence: Persistence::Transient, message: "busy" },
                Min { code: MIN = -2147483648, message: "smallest" },
                #[catch_all]
                Other,
            }
        },
        quote! {
            pub(crate) enum Tiny { Only { freebsd: EONLY = 2147483647, message: "only" } }
        },
    ]
}

/// Valid `#[derive(ErrorTable)]` inputs.
pub fn derive_seeds() -> Vec<TokenStream> {
    vec![
        quote! {
            #[errtable(crate = ::errtable)]
            #[derive(Debug)]
            pub enum Own {
                #[errtable(linux: ECONNREFUSED = 111, windows: WSAECONNREFUSED = 10061, kind: ConnectionRefused, message: "Connection refused")]
                Refused,
                /// Documented: the doc comment is the message.
                #[errtable(linux | macos: EAGAIN = 11 | EWOULDBLOCK)]
                Again,
                #[errtable(catch_all)]
                Unlisted(::errtable::Unlisted),
            }
        },
        quote! {
            enum Codes {
                /// First.
                #[errtable(code: FIRST = 1)]
                First,
                #[errtable(code: SECOND = 2, message: "second", description: "the second", persistence: Unknown)]
                Second,
                #[errtable(catch_all)]
                Unknown(i32),
            }
        },
    ]
}

/// A table that follows the grammar but picks its names, numbers, kinds and row
/// references from small sets, so that clashes, unknown kinds and dangling `=> Row`s
/// are common: input for the validator rather than the parser.
pub fn grammar_table(rng: &mut Rng, entry: Entry) -> TokenStream {
    let mut text = String::new();
    if rng.chance(4) {
        text += rng.pick(&[
            "#[errtable(crate = ::errtable)]",
            "#[errtable(no_default_derives)]",
            "#[errtable(crate = errtable, no_default_derives)]",
            "#[errtable(no_serde)]",
            "/// Docs.",
            // A table configured out (DSL), and options under `cfg_attr`.
            "#[cfg(any())]",
            "#[cfg_attr(all(), errtable(no_serde))]",
            "#[cfg_attr(all(), errtable(os_error_codes = linux))]",
            "#[errtable(os_error_codes = r#linux | osx)]",
            // Derives a table already has (the DSL's defaults; `ErrorTable` again, which
            // a derive sees when it is a later `#[derive]`), plainly and under `cfg_attr`.
            "#[derive(Clone, PartialOrd)]",
            "#[derive(errtable::ErrorTable)]",
            "#[cfg_attr(all(), derive(Hash, Ord))]",
            "#[derive(r#Clone, serde::Deserialize)]",
            "#[cfg_attr(all(), errtable(no_default_derives))]",
            // The catch-all's marker on the table, platforms by path or by family.
            "#[errtable(catch_all)]",
            "#[catch_all]",
            "#[errtable(os_error_codes = Platform::Windows | unix)]",
            "#[errtable(os_error_codes = linux, macos)]",
            "#[errtable(message: \"m\", linux: E1 = 1)]",
            // Several wrong options in one attribute, each reported.
            "#[errtable(kind: Other, persistence: Transient)]",
            "#[errtable(no_serde = yes, crate = \"x\", nonsense, linux)]",
        ]);
        text += "\n";
    }
    let name = rng.pick(&TABLE_NAMES);
    let generics = match rng.chance(12) {
        true => rng.pick(&["<X> {", " where u8: Copy {"]),
        false => " {",
    };
    text += &format!("pub enum {name}{generics}");
    for _ in 0..rng.below(5) {
        grammar_row(rng, entry, &mut text);
    }
    for _ in 0..rng.below(3) {
        text += match entry {
            Entry::Dsl => rng.pick(&[
                "#[catch_all] Rest,",
                "#[cfg(any())] #[catch_all] Rest,",
                "#[catchall] Rest,",
                "#[catch_all] #[catchall] Rest,",
                "Rest,",
                // Wrong markers beside the right one, or alone with or without entries.
                "#[catch_all(x)] #[catch_all] Rest,",
                "#[errtable(catch_all)] #[catch_all] Rest,",
                "#[catch_all = \"yes\"] Rest,",
                "#[catch_all(x)] Rest { linux: E1 = 1, message: \"m\" },",
                "#[catchall] #[catch_all(x)] Rest { message: \"m\" },",
                "Rest { catch_all },",
                "Rest { catch_all, message: \"m\" },",
            ]),
            Entry::Derive => rng.pick(&[
                "#[errtable(catch_all)] Rest(::errtable::Unlisted),",
                "#[errtable(catch_all)] Rest(i32),",
                "#[errtable(catch_all)] Rest(errtable::OsError),",
                "#[errtable(catch_all)] Rest,",
                // Markers written wrong, or twice, and fields with destructors.
                "#[errtable(catch_all)] #[errtable(catch_all)] Rest(::errtable::Unlisted),",
                "#[errtable(catch_all, message: \"m\")] Rest(::errtable::Unlisted),",
                "#[errtable = \"catch_all\"] Rest(::errtable::Unlisted),",
                "Rest(#[errtable(catch_all)] ::errtable::Unlisted),",
                "#[catch_all] Rest(::errtable::Unlisted),",
                "#[catchall] Rest(::errtable::Unlisted),",
                "Rest(#[catch_all] ::errtable::Unlisted),",
                "Rest(::errtable::OsError),",
                // Wrong markers beside the right one, or alone with or without entries.
                "#[errtable(catch_all)] Rest(#[catch_all] ::errtable::Unlisted),",
                "#[catch_all] #[errtable(catch_all)] Rest(::errtable::Unlisted),",
                "#[catch_all(x)] #[errtable(linux: E1 = 1)] Rest,",
                "#[catch_all = \"yes\"] Rest(::errtable::Unlisted),",
                "#[errtable(catch_al)] Rest(::errtable::Unlisted),",
                "#[errtable(message: \"m\", catchall)] Rest(::errtable::Unlisted),",
                "#[errtable(catch_all)] Rest(String),",
                "#[errtable(catch_all)] Rest(Box<errtable::OsError>),",
                "#[errtable(catch_all)] Rest(Canon),",
                // Any path to the kept type, and types that only look like it: the
                // macro takes each as written (rustc judges it).
                "#[errtable(catch_all)] Rest(::core::primitive::i32),",
                "#[errtable(catch_all)] Rest(lookalike::OsError),",
                "#[errtable(catch_all)] Rest(self::Unlisted),",
                "#[errtable(catch_all)] Rest(<errtable::OsError as Same>::Me),",
            ]),
        };
    }
    text += "}";
    TokenStream::from_str(&text).unwrap()
}

/// Names a table takes: `T`, and the names of generic parameters trait methods take
/// (`fn deserialize<D>`), which the expansion's own parameters must not shadow.
const TABLE_NAMES: [&str; 4] = ["T", "D", "S", "E"];

const ROW_NAMES: [&str; 4] = ["A", "B", "C", "Rest"];

/// Names a row may also take: raw identifiers, one that clashes with `A` once the `r#`
/// is gone, names of generated items (`members` only of a group's), one that differs
/// from a symbol only in case, and names no variant can take.
const ODD_ROW_NAMES: [&str; 12] = [
    "r#A",
    "r#Match",
    "decode",
    "from_code",
    "ALL",
    "from",
    "members",
    "e1",
    "fn",
    "Self",
    "_",
    "a",
];

/// Attributes a row may carry: `cfg`s the DSL rejects, some that pass through, and
/// docs a derive reads as the message: block comments (as rustc passes them on) and
/// docs a `macro_rules!` makes.
const ROW_ATTRIBUTES: [&str; 12] = [
    "#[cfg(any())]",
    "#[cfg_attr(all(), cfg(any()))]",
    "#[deprecated]",
    "#[doc(alias = \"x\")]",
    "#[allow(non_camel_case_types)]",
    "#[doc = \"\\n * Block doc.\\n *\\n * More.\\n \"]",
    "#[doc = concat!(\"Made \", 1, \" doc.\")]",
    "#[doc = stringify!(Made doc)]",
    "#[doc = concat!(env!(\"X\"))]",
    "#[doc = include_str!(\"x\")]",
    "#[doc = \" Wait...\"]",
    "#[catchall]",
];

/// Fields a derived row may have: by mistake, with destructors, and types that only
/// look like what a group's variant keeps; and any path to the row it keeps (the macro
/// takes each as written, and rustc judges it).
const ROW_FIELDS: [&str; 10] = [
    "(String)",
    "(Box<errtable::OsError>)",
    "(Canon)",
    "(OsError, i32)",
    "(::errtable::OsError)",
    "(lookalike::OsError)",
    "(<errtable::OsError as Same>::Me)",
    "(<Self as Same>::Me)",
    "(_)",
    "(impl Copy)",
];

fn grammar_row(rng: &mut Rng, entry: Entry, text: &mut String) {
    let mut entries = Vec::new();
    for _ in 0..rng.below(5) {
        entries.push(grammar_entry(rng, entry));
    }
    let name = if rng.chance(5) {
        rng.pick(&ODD_ROW_NAMES)
    } else {
        rng.pick(&ROW_NAMES)
    };
    if rng.chance(5) {
        *text += rng.pick(&ROW_ATTRIBUTES);
    }
    let entries = entries.join(", ");
    match entry {
        Entry::Dsl => *text += &format!("{name} {{ {entries} }},"),
        Entry::Derive => {
            if rng.chance(2) {
                *text += "/// Doc message.\n";
            }
            let field = match rng.chance(6) {
                true => rng.pick(&ROW_FIELDS),
                false => "",
            };
            *text += &format!("#[errtable({entries})] {name}{field},");
        }
    }
}

fn grammar_entry(rng: &mut Rng, entry: Entry) -> String {
    match rng.below(9) {
        8 => format!(
            "persistence: {}",
            rng.pick(&[
                "Transient",
                "ConnectionLost",
                "Transiant",
                "Persistence::TimedOut"
            ])
        ),
        0 => format!(
            "kind: {}",
            rng.pick(&[
                "ConnectionRefused",
                "Other",
                "Bogus",
                "TimedOut, WouldBlock",
                "io::ErrorKind::NotFound"
            ])
        ),
        1 => format!("message: {}", rng.pick(&["\"m\"", "\"\"", "\"n\""])),
        2 => rng
            .pick(&[
                "description: \"d\"",
                "no_serde",
                "os_error_codes = linux",
                // Words that are no entries, anywhere in the list.
                "no_serde, no_default_derives",
                "catchall",
                "catch_all",
                "kind",
            ])
            .to_owned(),
        3 if matches!(entry, Entry::Derive) => {
            format!(
                "rows: {}",
                rng.pick(&[
                    "ConnectionRefused",
                    "ConnectionRefused | ConnectionReset",
                    "NoSuchRow",
                    "Unlisted",
                    "ALL | TimedOut",
                    "from_code",
                    "ConnectionRefused, TimedOut"
                ])
            )
        }
        _ => {
            let keys = rng.pick(&[
                "linux",
                "macos",
                "linux | macos",
                "code",
                "windows | linux",
                "linux | linux",
                // Joined entries, whose clashes are one mistake each.
                "linux | linux_powerpc | linux_sparc",
                "linux | linux_mips",
                "osx",
                "r#linux",
                "unix",
            ]);
            format!("{keys}: {}", grammar_code(rng))
        }
    }
}

fn grammar_code(rng: &mut Rng) -> String {
    let symbol = |rng: &mut Rng| rng.pick(&["E1", "E2", "E3", "r#E1", "A", "r#match", "e2"]);
    let number = |rng: &mut Rng| rng.pick(&["0", "1", "2", "-1", "2147483647", "-2147483648"]);
    let mut code = format!("{} = {}", symbol(rng), number(rng));
    for _ in 0..rng.below(3) {
        code += &format!(" | {}", symbol(rng));
        if rng.chance(2) {
            code += &format!(" = {}", number(rng));
        }
    }
    if rng.chance(3) {
        code += &format!(" => {}", rng.pick(&ROW_NAMES));
    }
    code
}
