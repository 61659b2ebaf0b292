//! Which Rust is building errtable, for the parts of std and core newer than the
//! runtime's minimum version (`rust-version` in Cargo.toml). Each `errtable_rust_1_N`
//! cfg says "at least Rust 1.N"; `src/compat.rs` is the one place that reads them.
//! When `rustc --version` cannot be run or read, every cfg is set: the newest compiler
//! is assumed, and an older one then fails to build, never builds something else.

use std::env;
use std::process::Command;

/// The versions whose additions the runtime uses when it can: the minor version of
/// each `errtable_rust_1_N` cfg.
const VERSIONS: [u32; 7] = [78, 80, 81, 83, 85, 86, 87];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RUSTC");
    let found = rustc_minor();
    // Cargo before Rust 1.80 warns about `rustc-check-cfg`, which it does not know.
    let checks_cfgs = found.map_or(true, |found| found >= 80);
    for minor in VERSIONS {
        if checks_cfgs {
            println!("cargo:rustc-check-cfg=cfg(errtable_rust_1_{minor})");
        }
        if found.map_or(true, |found| found >= minor) {
            println!("cargo:rustc-cfg=errtable_rust_1_{minor}");
        }
    }
}

/// The minor version of the `rustc` cargo builds with: 71 for "rustc 1.71.1 (…)".
fn rustc_minor() -> Option<u32> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc).arg("--version").output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let version = text.strip_prefix("rustc 1.")?;
    version.split(['.', '-', ' ']).next()?.parse().ok()
}
