#!/usr/bin/env python3
"""Macro expansion time of tables of 100, 1,000 and 5,000 rows: errtable's DSL against
thiserror (and strum + num_enum) deriving an enum of the same size.

Each crate's dependencies are built once; then the crate alone is rebuilt with
`RUSTC_BOOTSTRAP=1 cargo rustc --lib -- -Z time-passes`, the variants interleaved, and
rustc's own `expand_crate` time (macro expansion, proc macros included) and `total`
reported as medians.

    python3 benches/scripts/expansion.py [--runs 3] [--sizes 100,1000,5000] [--optimized-macros]
"""

from __future__ import annotations

import argparse
import re

import common
from cold_build import derive_source, errtable_source

PASS = re.compile(r"time:\s+([\d.]+);.*?\s(\w+)\s*$")
OPTIMIZED = "[profile.dev.build-override]\nopt-level = 3\n"


def variants(rows: list[common.Row]) -> dict[str, tuple[dict[str, str], str]]:
    return {
        "errtable": ({"errtable": common.errtable_dependency()}, errtable_source(rows)),
        "thiserror": ({"thiserror": common.THISERROR},
                      derive_source(rows, ["thiserror::Error"], True, False, False)),
        "strum + num_enum": (
            {"strum": common.STRUM, "num_enum": common.NUM_ENUM},
            derive_source(rows, ["strum::EnumString", "strum::IntoStaticStr",
                                 "num_enum::TryFromPrimitive", "num_enum::IntoPrimitive"],
                          False, True, True),
        ),
    }


def passes(stderr: str) -> dict[str, float]:
    times = {}
    for line in stderr.splitlines():
        match = PASS.search(line)
        if match:
            times[match.group(2)] = times.get(match.group(2), 0.0) + float(match.group(1))
    return times


def time_passes(crate) -> dict[str, float]:
    (crate / "src" / "lib.rs").touch()
    env = dict(common.cargo_env(), RUSTC_BOOTSTRAP="1")
    result = common.timed(["cargo", "rustc", "--lib", "--", "-Z", "time-passes"], crate, env)
    return passes(result.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--optimized-macros", action="store_true",
                        help="build the proc macros with opt-level 3 (build-override)")
    args = parser.parse_args()
    profile = OPTIMIZED if args.optimized_macros else ""
    sizes = [int(s) for s in args.sizes.split(",")]
    crates = {}
    for size in sizes:
        for i, (name, (deps, source)) in enumerate(variants(common.synthetic_rows(size)).items()):
            crate = common.write_crate(common.scratch_dir(f"expand-{size}-{i}"), "table", deps,
                                       source, profile=profile)
            common.fetch(crate)
            common.timed(["cargo", "build"], crate)
            crates[(size, name)] = crate
    expand = {key: [] for key in crates}
    total = {key: [] for key in crates}
    for _ in range(args.runs):
        for key, crate in crates.items():
            times = time_passes(crate)
            expand[key].append(times.get("expand_crate", float("nan")) * 1000)
            total[key].append(times.get("total", float("nan")) * 1000)
    macros = "opt-level 3 (build-override)" if args.optimized_macros else "opt-level 0 (cargo's default for proc macros)"
    print(f"## Expansion time ({common.machine()}, dev profile, proc macros at {macros}, "
          f"median of {args.runs}, interleaved)\n")
    names = list(variants(common.synthetic_rows(1)))
    print("| rows | " + " | ".join(f"{n} expand ms" for n in names)
          + " | errtable ÷ thiserror (expand) | errtable µs/row | "
          + " | ".join(f"{n} rustc total ms" for n in names) + " | errtable ÷ thiserror (total) |")
    print("|---:|" + "---:|" * (2 * len(names) + 3))
    for size in sizes:
        e = {n: common.median(expand[(size, n)]) for n in names}
        t = {n: common.median(total[(size, n)]) for n in names}
        print(f"| {size} | " + " | ".join(f"{e[n]:.1f}" for n in names)
              + f" | {e['errtable'] / e['thiserror']:.2f} | {e['errtable'] * 1000 / size:.1f} | "
              + " | ".join(f"{t[n]:.0f}" for n in names)
              + f" | {t['errtable'] / t['thiserror']:.2f} |")


if __name__ == "__main__":
    main()
