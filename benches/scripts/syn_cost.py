#!/usr/bin/env python3
"""Cold-build cost of errtable-macros on syn 2 (as shipped), syn 3, and syn 2 with "full".

Copies macros/ into scratch crates that differ only in the syn dependency (the real
Cargo.toml is not touched), builds each from an empty target directory, the variants
interleaved run by run, and reports medians. Then the same inside a user's tree that
already compiles syn for another crate, to show what the variants share with it.

    python3 benches/scripts/syn_cost.py [--runs 3] [--profile release]
"""

from __future__ import annotations

import argparse
import shutil

import common

FEATURES = '"parsing", "printing", "proc-macro"'
SYN = {
    "syn 2 (derive)": f'{{ version = "2.0.60", default-features = false, features = ["derive", {FEATURES}] }}',
    "syn 3 (derive)": f'{{ version = "3", default-features = false, features = ["derive", {FEATURES}] }}',
    "syn 2 (derive, full)": f'{{ version = "2.0.60", default-features = false, features = ["derive", "full", {FEATURES}] }}',
}
# Crates a user's tree may already have, and the syn each brings.
NEIGHBOURS = {
    "nothing else": {},
    "serde derive (syn 3)": {"serde": '{ version = "1", features = ["derive"] }'},
    "strum derive (syn 2)": {"strum": common.STRUM},
}
PROC_MACRO2 = '{ version = "1.0.80", default-features = false, features = ["proc-macro"] }'
QUOTE = '{ version = "1.0.35", default-features = false, features = ["proc-macro"] }'


def macros_copy(name: str, syn: str):
    crate = common.scratch_dir(name)
    shutil.copytree(common.REPO / "macros" / "src", crate / "src")
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "errtable-macros"\nversion = "0.1.0"\nedition = "2021"\n\n'
        "[lib]\nproc-macro = true\n\n"
        f"[dependencies]\nproc-macro2 = {PROC_MACRO2}\nquote = {QUOTE}\nsyn = {syn}\n\n[workspace]\n"
    )
    return crate


def user_crate(name: str, dependencies: dict[str, str]):
    crate = common.write_crate(common.scratch_dir(name), "user", dependencies, "")
    common.fetch(crate)
    return crate


def measure(crates: dict, runs: int, flags: list[str]) -> dict[str, tuple[float, float, list[str]]]:
    walls = {name: [] for name in crates}
    cpus = {name: [] for name in crates}
    compiled = {}
    for _ in range(runs):
        for name, crate in crates.items():
            result = common.cold_build(crate, flags)
            walls[name].append(result.wall)
            cpus[name].append(result.cpu)
            compiled[name] = common.compiled_crates(result.stderr)
    return {n: (common.median(walls[n]), common.median(cpus[n]), compiled[n]) for n in crates}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", default="release")
    args = parser.parse_args()
    flags = ["--release"] if args.profile == "release" else []
    copies = {}
    for i, (name, syn) in enumerate(SYN.items()):
        copies[name] = macros_copy(f"syn-{i}", syn)
        common.fetch(copies[name])
    print(f"## errtable-macros by syn version ({common.machine()}, `cargo build"
          f"{' --release' if flags else ''}`, cold, median of {args.runs}, interleaved)\n")
    alone = measure(copies, args.runs, flags)
    base = alone["syn 2 (derive)"]
    print("| errtable-macros on | wall s | CPU s | ÷ syn 2 (derive) (CPU) | crates compiled |")
    print("|---|---:|---:|---:|---|")
    for name, (wall, cpu, compiled) in alone.items():
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {cpu / base[1]:.2f} | {', '.join(compiled)} |")

    print("\n### In a user's tree: what adding errtable-macros costs next to a crate that already compiles syn\n")
    print("| the tree already has | + errtable-macros on | wall s | CPU s | added CPU s | crates compiled for errtable |")
    print("|---|---|---:|---:|---:|---|")
    for n, (neighbour, deps) in enumerate(NEIGHBOURS.items()):
        crates = {"(nothing)": user_crate(f"tree-{n}-none", deps)}
        for i, name in enumerate(SYN):
            crates[name] = user_crate(
                f"tree-{n}-{i}", dict(deps, **{"errtable-macros": f'{{ path = "{copies[name]}" }}'}))
        results = measure(crates, args.runs, flags)
        alone_wall, alone_cpu, alone_compiled = results.pop("(nothing)")
        print(f"| {neighbour} | (nothing) | {alone_wall:.2f} | {alone_cpu:.2f} | 0 | |")
        for name, (wall, cpu, compiled) in results.items():
            extra = [c for c in compiled if c not in alone_compiled and not c.startswith("user ")]
            print(f"| {neighbour} | {name} | {wall:.2f} | {cpu:.2f} | {cpu - alone_cpu:+.2f} | {', '.join(extra)} |")


if __name__ == "__main__":
    main()
