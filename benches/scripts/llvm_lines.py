#!/usr/bin/env python3
"""Where a crate's code volume comes from: `cargo llvm-lines` (from crates.io:
`cargo install cargo-llvm-lines`), the LLVM IR lines of every function rustc
generates, summed by what they are (the crate's own functions, iterator adapters,
`Vec`, hashing, sorting, syn, quote …), with the crate's own functions by module.

    python3 benches/scripts/llvm_lines.py --no-debug -p errtable-macros
    python3 benches/scripts/llvm_lines.py --no-debug --manifest-path ~/.cargo/registry/src/*/thiserror-impl-2.0.21/Cargo.toml
    python3 benches/scripts/llvm_lines.py -p errtable -- --no-default-features --features std

Built as a dependency is: the dev profile, no incremental cache, and for a proc macro
(`--no-debug`) no debug info, as cargo builds one for a user; in a target directory of
its own.
A crate outside any workspace (a registry crate) is copied to a scratch directory first.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
from pathlib import Path

import common

# First match wins: a generic instantiation counts where its *kind* of code is, not
# where its closure was written.
GROUPS = [
    ("iterator adapters and closures", r"core::iter::|Iterator|FnOnce|FnMut|map_fold|from_iter|SpecFromIter|extend_desugared|extend_trusted|SpecExtend"),
    ("quote / proc_macro2 (ToTokens, TokenStream)", r"quote::|ToTokens|proc_macro2::|<proc_macro2"),
    ("syn generics", r"syn::"),
    ("HashMap / HashSet / BTreeMap", r"hashbrown|HashMap|HashSet|BTree"),
    ("sorting", r"sort"),
    ("Vec / String / alloc", r"alloc::|Vec<|String"),
    ("Option / Result", r"core::option|core::result"),
    ("other core / std", r"^(<)?(core|std)::"),
]

ROW = re.compile(r"\s*(\d+) \(.*?\)\s+(\d+) \(.*?\)\s+(.*)")
TOTAL = re.compile(r"\s*(\d+)\s+(\d+)\s+\(TOTAL\)")


def run(args: argparse.Namespace) -> str:
    env = dict(common.cargo_env(), CARGO_INCREMENTAL="0")
    if args.no_debug:
        env["CARGO_PROFILE_DEV_DEBUG"] = "0"
    cwd = common.REPO
    command = ["cargo", "llvm-lines", "--lib"]
    if args.manifest_path:
        crate = common.scratch_dir("llvm-lines-" + args.manifest_path.parent.name)
        shutil.copytree(args.manifest_path.parent, crate, dirs_exist_ok=True)
        manifest = crate / "Cargo.toml"
        manifest.write_text(manifest.read_text() + "\n[workspace]\n")
        cwd = crate
    else:
        command += ["-p", args.package]
    env["CARGO_TARGET_DIR"] = str(common.REPO / "target" / "bench-scratch" / "llvm-lines-target")
    return subprocess.run([*command, *args.cargo_args], cwd=cwd, env=env, check=True,
                          capture_output=True, text=True).stdout


def own_prefix(output: str) -> str:
    """The crate's path prefix: the most common first path segment of its functions."""
    counts: dict[str, int] = {}
    for line in output.splitlines():
        row = ROW.match(line)
        if row:
            head = re.match(r"<?(\w+)::", row[3])
            if head and head[1] not in ("core", "std", "alloc", "hashbrown", "syn", "quote",
                                        "proc_macro2", "proc_macro"):
                counts[head[1]] = counts.get(head[1], 0) + 1
    return max(counts, key=counts.get)


def report(output: str) -> None:
    own = own_prefix(output)
    groups: dict[str, list[int]] = {}
    modules: dict[str, list[int]] = {}
    total = (0, 0)
    for line in output.splitlines():
        if TOTAL.match(line):
            total = tuple(int(x) for x in TOTAL.match(line).groups())
            continue
        row = ROW.match(line)
        if not row:
            continue
        lines, copies, name = int(row[1]), int(row[2]), row[3]
        group = next((g for g, rx in GROUPS if re.search(rx, name)), None)
        if group is None and name.startswith(f"{own}::"):
            group = f"`{own}`'s own functions"
            module = re.match(rf"{own}::(\w+(::\w+)?)", name)
            key = module[1] if module else "(root)"
            modules.setdefault(key, [0, 0])
            modules[key][0] += lines
            modules[key][1] += copies
        group = group or "other"
        groups.setdefault(group, [0, 0])
        groups[group][0] += lines
        groups[group][1] += copies
    print(f"| {own} | LLVM lines | copies |\n|---|---:|---:|")
    print(f"| **total** | **{total[0]:,}** | **{total[1]:,}** |")
    for group, (lines, copies) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        print(f"| {group} | {lines:,} ({100 * lines / total[0]:.0f} %) | {copies:,} |")
    print(f"\n| `{own}`'s own functions by module | LLVM lines | copies |\n|---|---:|---:|")
    for module, (lines, copies) in sorted(modules.items(), key=lambda kv: -kv[1][0])[:12]:
        print(f"| `{module}` | {lines:,} | {copies:,} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-p", "--package")
    parser.add_argument("--manifest-path", type=lambda p: Path(os.path.expanduser(p)))
    parser.add_argument("--no-debug", action="store_true",
                        help="without debug info, as cargo builds a proc macro for a user")
    parser.add_argument("cargo_args", nargs="*")
    args = parser.parse_args()
    if not args.package and not args.manifest_path:
        parser.error("give -p PACKAGE or --manifest-path")
    report(run(args))


if __name__ == "__main__":
    main()
