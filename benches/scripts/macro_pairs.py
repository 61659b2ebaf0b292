#!/usr/bin/env python3
"""The macro crate and the runtime crate before and after a change, against thiserror.

Paired runs in one invocation: errtable-macros + errtable at `--before` and at `--after`
(each exported with `git archive` into target/bench-scratch), and thiserror-impl +
thiserror. Each app crate is built once (the dependencies), then every run cleans only
those two crates (`cargo clean -p`) and builds again with the RUSTC_WRAPPER
rustc_cpu.py, which records the CPU seconds (user + sys) of each rustc.

    python3 benches/scripts/macro_pairs.py --before c31f4ba --runs 3
"""

import argparse
import subprocess
import tarfile
import io
from pathlib import Path

import common
from cold_build import WRAPPER, load

SIDES = {
    "before": ("errtable_macros", "errtable"),
    "after": ("errtable_macros", "errtable"),
    "thiserror": ("thiserror_impl", "thiserror"),
}


def export(rev: str, name: str) -> Path:
    """The repository's tree at `rev`, as files."""
    root = common.scratch_dir(name)
    archive = subprocess.run(["git", "archive", rev], cwd=common.REPO, check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    return root


def app(name: str, dependency: str) -> Path:
    crate = common.write_crate(common.scratch_dir(f"macro-pairs-{name}"), "app", dependency, "")
    common.fetch(crate)
    common.timed(["cargo", "build"], crate)
    return crate


def rebuild(crate: Path, crates: tuple[str, str]) -> dict[str, float]:
    """CPU seconds of each of `crates`' rustc, the rest of the graph already built."""
    packages = [arg for name in crates for arg in ("-p", name.replace("_", "-"))]
    subprocess.run(["cargo", "clean", "-q", *packages], cwd=crate, env=common.cargo_env(),
                   check=True)
    log = crate / "rustc-cpu.log"
    log.unlink(missing_ok=True)
    env = dict(common.cargo_env(), RUSTC_WRAPPER=str(WRAPPER), RUSTC_CPU_LOG=str(log))
    common.timed(["cargo", "build"], crate, env=env)
    times = {name: 0.0 for name in crates}
    for line in log.read_text().splitlines():
        name, seconds, _ = line.split("\t")
        if name in times:
            times[name] += float(seconds)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="a commit of this repository")
    parser.add_argument("--after", default="HEAD")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    crates = {
        "before": app("before", {"errtable": f'{{ path = "{export(args.before, "src-before") / "runtime"}" }}'}),
        "after": app("after", {"errtable": f'{{ path = "{export(args.after, "src-after") / "runtime"}" }}'}),
        "thiserror": app("thiserror", {"thiserror": common.THISERROR}),
    }
    print(f"### errtable-macros + errtable at {args.before} and {args.after}, against "
          f"thiserror-impl + thiserror ({common.machine()}; CPU s of each rustc)\n")
    print("| pair | macros before | macros after | errtable before | errtable after | "
          "thiserror-impl | thiserror | ratio before | ratio after | load before |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for run in range(args.runs):
        before_load = load()
        t = {side: rebuild(crate, SIDES[side]) for side, crate in crates.items()}
        theirs = t["thiserror"]["thiserror_impl"] + t["thiserror"]["thiserror"]
        ratio = {side: (t[side]["errtable_macros"] + t[side]["errtable"]) / theirs
                 for side in ("before", "after")}
        print(f"| {run + 1} | {t['before']['errtable_macros']:.2f} | "
              f"{t['after']['errtable_macros']:.2f} | {t['before']['errtable']:.2f} | "
              f"{t['after']['errtable']:.2f} | {t['thiserror']['thiserror_impl']:.2f} | "
              f"{t['thiserror']['thiserror']:.2f} | {ratio['before']:.2f} | "
              f"{ratio['after']:.2f} | {before_load} |", flush=True)


if __name__ == "__main__":
    main()
