//! No `unsafe` anywhere: the runtime and the macros forbid it, and no source file of
//! either (the expansion code included) has the keyword as a token, so no table can
//! expand to it. (`forbid(unsafe_code)` alone would not see `unsafe` that a proc macro
//! emits into a user's crate: rustc does not lint external macro output. The macros'
//! fuzz tests also check every expansion they make for it.)

use proc_macro2::{TokenStream, TokenTree};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

fn has_unsafe(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == "unsafe",
        TokenTree::Group(group) => has_unsafe(group.stream()),
        _ => false,
    })
}

fn crate_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

#[test]
fn the_runtime_and_the_macros_forbid_unsafe_code() {
    for krate in ["runtime", "macros"] {
        let lib = std::fs::read_to_string(crate_dir(krate).join("src/lib.rs")).unwrap();
        assert!(
            lib.lines()
                .any(|line| line.trim() == "#![forbid(unsafe_code)]"),
            "{krate}/src/lib.rs has #![forbid(unsafe_code)]"
        );
    }
}

#[test]
fn no_source_file_has_the_unsafe_keyword() {
    let files: Vec<PathBuf> = ["runtime/src", "macros/src"]
        .iter()
        .flat_map(|dir| rust_files(&crate_dir(dir)))
        .collect();
    assert!(files.len() > 10, "the scan sees the sources");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let tokens: TokenStream = text.parse().unwrap();
        assert!(!has_unsafe(tokens), "{} has `unsafe`", file.display());
    }
}

#[test]
fn the_scan_finds_unsafe_in_code_but_not_in_comments_or_strings() {
    assert!(has_unsafe(
        "fn f() { quote!(unsafe { g() }) }".parse().unwrap()
    ));
    assert!(!has_unsafe(
        "// unsafe\n fn f() -> &'static str { \"unsafe\" } #[forbid(unsafe_code)] mod m {}"
            .parse()
            .unwrap()
    ));
}
