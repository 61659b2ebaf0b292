#!/usr/bin/env python3
"""Cold build of a crate defining the 60 benchmark rows with errtable and with its peers.

Each crate is built from an empty target directory, the variants interleaved run by run,
and the medians reported with errtable's time divided by each one's.

    python3 benches/scripts/cold_build.py [--runs 3] [--profiles dev,release]
"""

from __future__ import annotations

import argparse

import common


def errtable_source(rows: list[common.Row]) -> str:
    body = "\n".join(
        f'        {r.variant} {{ linux: {r.symbol} = {r.code}, kind: {r.kind}, message: "{r.message}" }},'
        for r in rows
    )
    return (
        "errtable::error_table! {\n    /// The errors of the application.\n    pub enum AppError {\n"
        f"{body}\n        /// Any other code.\n        #[catch_all]\n        Unlisted,\n    }}\n}}\n"
    )


def derive_source(rows: list[common.Row], derives: list[str], thiserror: bool, strum: bool,
                  num_enum: bool) -> str:
    lines = [f"#[derive(Debug, Clone, Copy, {', '.join(derives)})]"]
    if num_enum:
        lines.append("#[repr(i32)]")
    lines.append("/// The errors of the application.\npub enum AppError {")
    for r in rows:
        if thiserror:
            lines.append(f'    #[error("{r.message}")]')
        if strum:
            lines.append(f'    #[strum(serialize = "{r.variant}", serialize = "{r.symbol}")]')
        lines.append(f"    {r.variant}{f' = {r.code}' if num_enum else ''},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def variants(rows: list[common.Row]) -> dict[str, tuple[dict[str, str], str]]:
    strum_derives = ["strum::EnumString", "strum::IntoStaticStr"]
    num_derives = ["num_enum::TryFromPrimitive", "num_enum::IntoPrimitive"]
    return {
        "errtable": ({"errtable": common.errtable_dependency()}, errtable_source(rows)),
        "thiserror (Display, Error)": (
            {"thiserror": common.THISERROR},
            derive_source(rows, ["thiserror::Error"], True, False, False),
        ),
        "strum + num_enum (names, integers)": (
            {"strum": common.STRUM, "num_enum": common.NUM_ENUM},
            derive_source(rows, strum_derives + num_derives, False, True, True),
        ),
        "thiserror + strum + num_enum (all of it)": (
            {"thiserror": common.THISERROR, "strum": common.STRUM, "num_enum": common.NUM_ENUM},
            derive_source(rows, ["thiserror::Error"] + strum_derives + num_derives, True, True, True),
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profiles", default="dev,release")
    args = parser.parse_args()
    rows = common.benchmark_rows()
    crates = {}
    for i, (name, (deps, source)) in enumerate(variants(rows).items()):
        crate = common.write_crate(common.scratch_dir(f"cold-{i}"), "app", deps, source)
        common.fetch(crate)
        crates[name] = crate
    print(f"## Cold build, 60-row table ({common.machine()}, median of {args.runs}, interleaved)")
    for profile in args.profiles.split(","):
        flags = ["--release"] if profile == "release" else []
        walls = {name: [] for name in crates}
        cpus = {name: [] for name in crates}
        compiled = {}
        for _ in range(args.runs):
            for name, crate in crates.items():
                result = common.cold_build(crate, flags)
                walls[name].append(result.wall)
                cpus[name].append(result.cpu)
                compiled[name] = common.compiled_crates(result.stderr)
        report(profile, walls, cpus, compiled)


def report(profile: str, walls: dict, cpus: dict, compiled: dict) -> None:
    wall = {name: common.median(v) for name, v in walls.items()}
    cpu = {name: common.median(v) for name, v in cpus.items()}
    print(f"\n### `cargo build{' --release' if profile == 'release' else ''}`, cold\n")
    print("| crate | wall s | CPU s | errtable ÷ this (wall) | errtable ÷ this (CPU) | crates compiled |")
    print("|---|---:|---:|---:|---:|---|")
    for name in walls:
        crates = ", ".join(c for c in compiled[name] if not c.startswith("app "))
        print(f"| {name} | {wall[name]:.2f} | {cpu[name]:.2f} | {wall['errtable'] / wall[name]:.2f} "
              f"| {cpu['errtable'] / cpu[name]:.2f} | {len(compiled[name]) - 1}: {crates} |")


if __name__ == "__main__":
    main()
