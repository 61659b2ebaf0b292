#!/usr/bin/env python3
"""`cargo check` of one crate holding a big table: CPU seconds and peak memory.

For each size, the table is written with every platform filled (twenty columns), with
the nine of the first tables, and with four (windows, linux, macos, freebsd), next to a plain enum with the same derives
errtable gives its enums and a thiserror enum with one `#[error]` per variant. The
dependencies are checked first; only the table crate is timed (`touch src/lib.rs`), under
`/usr/bin/time -v` for the peak resident memory of rustc, killed after `--timeout`
CPU seconds (RLIMIT_CPU; reported as "> N").

    python3 benches/scripts/scale.py [--sizes 1000,5000,10000] [--timeout 150] [--only "20 platforms"]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import time
from pathlib import Path

import common

ALL_PLATFORMS = ["windows", "linux", "linux_alpha", "linux_mips", "linux_parisc",
                 "linux_powerpc", "linux_sparc", "macos", "freebsd"]
FOUR_PLATFORMS = ["windows", "linux", "macos", "freebsd"]
# Every column the macros know (macros/src/model/mod.rs, `platforms!`), in its order.
EVERY_PLATFORM = ALL_PLATFORMS + ["netbsd", "openbsd", "dragonfly", "illumos", "aix", "haiku",
                                  "redox", "hurd", "cygwin", "wasi", "emscripten"]
KINDS = ["NotFound", "PermissionDenied", "Other", "InvalidInput", "TimedOut"]
DERIVES = "Clone, Copy, PartialEq, Eq, Hash, Debug"


def errtable_table(size: int, platforms: list[str]) -> str:
    """Row i: code i + 1000 * (platform's place) on each platform, a kind and a message."""
    lines = ["errtable::error_table! {", "    /// A generated table.", "    pub enum Big {"]
    for i in range(1, size + 1):
        codes = ", ".join(f"{p}: E{p.upper()}_{i} = {i + 20000 * n}" for n, p in enumerate(platforms))
        lines.append(f'        Row{i} {{ {codes}, kind: {KINDS[i % 5]}, message: "Error number {i}" }},')
    lines += ["        #[catch_all]", "        Unlisted,", "    }", "}"]
    return "\n".join(lines) + "\n"


def plain_enum(size: int) -> str:
    variants = "\n".join(f"    Row{i}," for i in range(1, size + 1))
    return f"#[derive({DERIVES})]\npub enum Big {{\n{variants}\n}}\n"


def thiserror_enum(size: int) -> str:
    variants = "\n".join(f'    #[error("Error number {i}")]\n    Row{i},' for i in range(1, size + 1))
    return f"#[derive({DERIVES}, thiserror::Error)]\npub enum Big {{\n{variants}\n}}\n"


def candidates(sizes: list[int]) -> list[tuple[str, int, dict[str, str], str]]:
    out = []
    for size in sizes:
        out.append((f"errtable, {len(EVERY_PLATFORM)} platforms", size,
                    {"errtable": common.errtable_dependency()},
                    errtable_table(size, EVERY_PLATFORM)))
        out.append(("errtable, 9 platforms", size, {"errtable": common.errtable_dependency()},
                    errtable_table(size, ALL_PLATFORMS)))
        out.append(("errtable, 4 platforms", size, {"errtable": common.errtable_dependency()},
                    errtable_table(size, FOUR_PLATFORMS)))
        out.append((f"plain enum ({DERIVES})", size, {}, plain_enum(size)))
        out.append(("thiserror", size, {"thiserror": common.THISERROR}, thiserror_enum(size)))
    return out


def check_crate_only(crate: Path, timeout: float, extra_env: dict[str, str] | None = None,
                     command: list[str] | None = None) -> tuple[str, str, str]:
    """(CPU s, wall s, max RSS MB) of re-checking only `crate`, or '> N s' on a timeout."""
    env = dict(common.cargo_env(), **(extra_env or {}))
    command = command or ["cargo", "check", "-q"]
    (crate / "src" / "lib.rs").touch()

    def limit_cpu() -> None:
        # Bounded in CPU seconds (inherited by rustc), so that the machine's load does
        # not turn into a false "> N s"; the wall-clock bound only catches a hang.
        resource.setrlimit(resource.RLIMIT_CPU, (int(timeout), int(timeout) + 5))

    start = time.perf_counter()
    try:
        result = subprocess.run(["/usr/bin/time", "-v", *command], cwd=crate, env=env,
                                capture_output=True, text=True, timeout=timeout * 8,
                                preexec_fn=limit_cpu)
    except subprocess.TimeoutExpired:
        return (f"> {timeout:.0f}", f"> {timeout * 8:.0f}", "—")
    wall = time.perf_counter() - start
    if "SIGXCPU" in result.stderr or "signal 24" in result.stderr or "signal: 24" in result.stderr:
        return (f"> {timeout:.0f}", f"{wall:.0f}", "—")
    if result.returncode != 0:
        raise SystemExit(f"check failed in {crate}:\n{result.stderr[-3000:]}")
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", result.stderr)[1])
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", result.stderr)[1])
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)[1])
    return (f"{user + system:.2f}", f"{wall:.2f}", f"{rss_kb / 1024:.0f}")


def prepare(name: str, deps: dict[str, str], source: str) -> Path:
    crate = common.write_crate(common.scratch_dir(name), "big", deps, "")
    common.fetch(crate)
    # Dependencies first, with an empty crate, outside the timing.
    subprocess.run(["cargo", "check", "-q"], cwd=crate, env=common.cargo_env(), check=True)
    (crate / "src" / "lib.rs").write_text(source)
    return crate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--timeout", type=float, default=150)
    parser.add_argument("--only", help="only the tables whose label contains this text")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"## `cargo check` of one table crate ({common.machine()}, dependencies prebuilt, "
          f"timeout {args.timeout:.0f} s)\n")
    print("| table | rows | CPU s | wall s | max RSS MB | load average before |")
    print("|---|---:|---:|---:|---:|---|")
    for n, (name, size, deps, source) in enumerate(candidates(sizes)):
        if args.only and args.only not in name:
            continue
        crate = prepare(f"scale-{n}", deps, source)
        load = Path("/proc/loadavg").read_text().split()[:3]
        cpu, wall, rss = check_crate_only(crate, args.timeout)
        print(f"| {name} | {size} | {cpu} | {wall} | {rss} | {' '.join(load)} |", flush=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
