#!/usr/bin/env python3
"""Cold build of a crate defining the 60 benchmark rows with errtable and with its peers,
paired run by run.

Each peer is built right after errtable (A B A B …, from an empty target directory each
time), so each ratio compares two builds made under the same load; the report gives the
median of the per-pair CPU ratios and their spread (lowest–highest), with the load
average read before each pair. CPU = user + system seconds of cargo and every rustc it
runs (getrusage of the children). One more build per crate under a RUSTC_WRAPPER (`rustc_cpu.py`) gives
the CPU seconds of each rustc (build scripts' compilations are `build_script_build`).

    python3 benches/scripts/cold_build.py [--runs 5] [--profile dev]
    python3 benches/scripts/cold_build.py --runtime-only [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

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
        "thiserror + strum + num_enum (all of it)": (
            {"thiserror": common.THISERROR, "strum": common.STRUM, "num_enum": common.NUM_ENUM},
            derive_source(rows, ["thiserror::Error"] + strum_derives + num_derives, True, True, True),
        ),
    }


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


WRAPPER = Path(__file__).resolve().parent / "rustc_cpu.py"


def unit_times(crate: Path, flags: list[str]) -> dict[str, float]:
    """CPU seconds of each rustc of one cold build (RUSTC_WRAPPER=rustc_cpu.py).

    CPU rather than the wall times of `cargo build --timings`, which on a shared machine
    measure the other jobs as much as the unit.
    """
    shutil.rmtree(crate / "target", ignore_errors=True)
    log = crate / "rustc-cpu.log"
    log.unlink(missing_ok=True)
    env = dict(common.cargo_env(), RUSTC_WRAPPER=str(WRAPPER), RUSTC_CPU_LOG=str(log))
    common.timed(["cargo", "build", *flags], crate, env=env)
    times: dict[str, float] = {}
    for line in log.read_text().splitlines():
        name, seconds, _ = line.split("\t")
        times[name] = times.get(name, 0.0) + float(seconds)
    return times


def paired(crates: dict[str, Path], flags: list[str], runs: int, build) -> None:
    names = list(crates)
    reference = names[0]
    for peer in names[1:]:
        ratios, rows = [], []
        for run in range(runs):
            before = load()
            a = build(crates[reference], flags)
            b = build(crates[peer], flags)
            ratios.append(a.cpu / b.cpu)
            rows.append(f"| {run + 1} | {a.cpu:.2f} | {b.cpu:.2f} | {a.cpu / b.cpu:.2f} | "
                        f"{a.wall:.2f} | {b.wall:.2f} | {before} |")
        print(f"\n#### {reference} ÷ {peer}: median {common.median(ratios):.2f} "
              f"(lowest {min(ratios):.2f}, highest {max(ratios):.2f}, {runs} pairs)\n")
        print(f"| pair | {reference} CPU s | {peer} CPU s | ratio | {reference} wall s | "
              f"{peer} wall s | load before |")
        print("|---:|---:|---:|---:|---:|---:|---|")
        print("\n".join(rows), flush=True)


def rebuild_one(package: str):
    """A build that recompiles only `package` (and the app crate above it)."""
    def build(crate: Path, flags: list[str]) -> common.Timed:
        subprocess.run(["cargo", "clean", "-q", "-p", package, *flags], cwd=crate,
                       env=common.cargo_env(), check=True)
        return common.timed(["cargo", "build", *flags], crate)
    return build


def runtime_only(runs: int) -> None:
    """What the runtime crate (the canonical 209-row table) costs a user, against
    thiserror's runtime crate: everything else built, only that crate cleaned."""
    crates = {}
    for name, deps in [("errtable", {"errtable": common.errtable_dependency()}),
                       ("thiserror", {"thiserror": common.THISERROR})]:
        crate = common.write_crate(common.scratch_dir(f"runtime-only-{name}"), "app", deps, "")
        common.fetch(crate)
        common.timed(["cargo", "build"], crate)
        crates[name] = crate
    print(f"### The runtime crate alone ({common.machine()}, dev, dependencies built, "
          f"`cargo clean -p` of only that crate, then `cargo build`)")
    names = list(crates)
    ratios, rows = [], []
    for run in range(runs):
        before = load()
        a = rebuild_one("errtable")(crates["errtable"], [])
        b = rebuild_one("thiserror")(crates["thiserror"], [])
        ratios.append(a.cpu - b.cpu)
        rows.append(f"| {run + 1} | {a.cpu:.2f} | {b.cpu:.2f} | {a.cpu - b.cpu:+.2f} | {before} |")
    print(f"\nerrtable − thiserror: median {common.median(ratios):+.2f} s CPU "
          f"(lowest {min(ratios):+.2f}, highest {max(ratios):+.2f})\n")
    print(f"| pair | {names[0]} CPU s | {names[1]} CPU s | difference | load before |")
    print("|---:|---:|---:|---:|---|")
    print("\n".join(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", default="dev", choices=["dev", "release"])
    parser.add_argument("--runtime-only", action="store_true")
    parser.add_argument("--no-timings", action="store_true")
    args = parser.parse_args()
    if args.runtime_only:
        runtime_only(args.runs)
        return
    rows = common.benchmark_rows()
    crates = {}
    for i, (name, (deps, source)) in enumerate(variants(rows).items()):
        crate = common.write_crate(common.scratch_dir(f"cold-{i}"), "app", deps, source)
        common.fetch(crate)
        crates[name] = crate
    flags = ["--release"] if args.profile == "release" else []
    print(f"### Cold `cargo build{' --release' if flags else ''}` of a 60-row table crate "
          f"({common.machine()}, CPU = user + sys of cargo and its rustc processes)")
    paired(crates, flags, args.runs, common.cold_build)
    if args.no_timings:
        return
    print("\n#### CPU s of each rustc in one cold build (RUSTC_WRAPPER=benches/scripts/rustc_cpu.py)\n")
    for name, crate in crates.items():
        before = load()
        times = unit_times(crate, flags)
        slowest = sorted(times.items(), key=lambda kv: -kv[1])
        units = ", ".join(f"{unit} {seconds:.2f}" for unit, seconds in slowest)
        print(f"- **{name}** (load {before}): {units}")


if __name__ == "__main__":
    main()
