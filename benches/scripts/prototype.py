#!/usr/bin/env python3
"""Phase 2 of issue 14: each candidate layout of `layouts.py`, written out as plain Rust,
against today's macro on the same table, measured for `cargo check` CPU seconds, peak
memory and where rustc spends the time (`-Z time-passes`, through RUSTC_BOOTSTRAP=1 on
the stable toolchain).

    python3 benches/scripts/prototype.py check [--sizes 1000,10000] [--platforms 9]
    python3 benches/scripts/prototype.py instructions [--rows 60]
    python3 benches/scripts/prototype.py size [--rows 209]

One scratch crate (target/bench-scratch/prototype) with its dependencies checked once;
each candidate replaces src/lib.rs and is re-checked alone, bounded in CPU seconds.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import time
from pathlib import Path

import common
import layouts
import scale

PASSES = ["expand_crate", "type_check_crate", "MIR_borrow_checking", "MIR_effect_checking",
          "misc_checking_3", "parse_crate"]


def check(crate: Path, source: str, cpu_limit: int) -> dict[str, str]:
    (crate / "src" / "lib.rs").write_text(source)
    env = dict(common.cargo_env(), RUSTC_BOOTSTRAP="1")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_limit, cpu_limit + 5))

    start = time.perf_counter()
    try:
        result = subprocess.run(
            ["/usr/bin/time", "-v", "cargo", "rustc", "-q", "--profile", "check", "--lib",
             "--", "-Ztime-passes"],
            cwd=crate, env=env, capture_output=True, text=True, timeout=cpu_limit * 8,
            preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return {"cpu": f"> {cpu_limit}"}
    wall = time.perf_counter() - start
    if "SIGXCPU" in result.stderr or "signal: 24" in result.stderr:
        return {"cpu": f"> {cpu_limit}", "wall": f"{wall:.0f}"}
    if result.returncode != 0:
        raise SystemExit(f"check failed:\n{result.stderr[-3000:]}")
    out = {
        "cpu": "%.2f" % (float(re.search(r"User time \(seconds\): ([\d.]+)", result.stderr)[1])
                         + float(re.search(r"System time \(seconds\): ([\d.]+)", result.stderr)[1])),
        "wall": f"{wall:.2f}",
        "rss": str(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)[1]) // 1024),
    }
    for name in PASSES:
        match = re.search(rf"time:\s+([\d.]+);[^\n]*\t{name}\n", result.stderr)
        out[name] = match[1] if match else "—"
    return out


def prepare() -> Path:
    crate = common.write_crate(common.scratch_dir("prototype"), "big",
                               {"errtable": common.errtable_dependency(),
                                "thiserror": common.THISERROR}, "")
    common.fetch(crate)
    # The same command and environment as the measured runs, so that they rebuild nothing.
    subprocess.run(["cargo", "rustc", "-q", "--profile", "check", "--lib", "--", "-Ztime-passes"],
                   cwd=crate, env=dict(common.cargo_env(), RUSTC_BOOTSTRAP="1"), check=True,
                   capture_output=True)
    return crate


def check_all(sizes: list[int], platforms: list[int], layout_names: list[str], cpu_limit: int) -> None:
    crate = prepare()
    print(f"## `cargo check` of one table crate per candidate ({common.machine()}, "
          f"CPU limit {cpu_limit} s; pass times are rustc's -Z time-passes, wall s)\n")
    print("| rows | platforms | candidate | CPU s | wall s | max RSS MB | "
          + " | ".join(PASSES) + " | load before |")
    print("|---:|---:|---|---:|---:|---:|" + "---:|" * len(PASSES) + "---|")
    for size in sizes:
        for count in platforms:
            keys = scale.ALL_PLATFORMS if count == 9 else scale.FOUR_PLATFORMS
            candidates = [("today's macro (error_table!)", scale.errtable_table(size, keys))]
            candidates += [(f"layout {name}", layouts.generate(size, count, name)) for name in layout_names]
            if count == platforms[0]:
                candidates += [("plain enum, same derives", scale.plain_enum(size)),
                               ("thiserror", scale.thiserror_enum(size))]
            for name, source in candidates:
                load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
                r = check(crate, source, cpu_limit)
                print(f"| {size} | {count} | {name} | {r['cpu']} | {r.get('wall', '—')} | "
                      f"{r.get('rss', '—')} | " + " | ".join(r.get(p, "—") for p in PASSES)
                      + f" | {load} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=["check"])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--platforms", default="9,4")
    parser.add_argument("--layouts", default=",".join(layouts.LAYOUTS))
    parser.add_argument("--cpu-limit", type=int, default=120)
    args = parser.parse_args()
    check_all([int(s) for s in args.sizes.split(",")], [int(p) for p in args.platforms.split(",")],
              args.layouts.split(","), args.cpu_limit)


if __name__ == "__main__":
    main()
