#!/usr/bin/env python3
"""What one kind of generated item costs rustc: each construct alone in a file, compiled
by `rustc --emit=metadata` (what `cargo check` does to a crate), CPU seconds and peak
memory from `/usr/bin/time`, bounded in CPU seconds.

    python3 benches/scripts/constructs.py [--rows 10000] [--cpu-limit 300]

The names are those of a table of `--rows` rows on nine platforms.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import tempfile
from pathlib import Path

import common


def constructs(rows: int) -> dict[str, str]:
    n = rows * 9
    variants = "\n".join(f"    Row{i}," for i in range(rows))
    arms = " ".join(f"{i * 3 + 20000} => {i}," for i in range(rows))
    small = " ".join(f"{i * 3 + 20000} => {i}," for i in range(rows // 10))
    return {
        f"{n:,} nested slice literals `&[(\"E…\", n)]` in one array":
            f"pub const A: [&[(&str, i32)]; {n}] = [" + ",".join(f'&[("EMACOS_{i}", {i})]' for i in range(n)) + "];\n",
        f"{n:,} `(\"E…\", n)` tuples in one flat array":
            f"pub const A: [(&str, u16); {n}] = [" + ",".join(f'("EMACOS_{i}", {i % 60000})' for i in range(n)) + "];\n",
        f"{n:,} `&str` in one array":
            f"pub const A: [&str; {n}] = [" + ",".join(f'"EMACOS_{i}"' for i in range(n)) + "];\n",
        f"{n:,} integers in one array":
            f"pub const A: [u32; {n}] = [" + ",".join(str(i * 7) for i in range(n)) + "];\n",
        "the same names as one string literal":
            'pub const A: &str = "' + "".join(f"EMACOS_{i}" for i in range(n)) + '";\n',
        f"`#[derive(Debug)]` on {rows:,} unit variants":
            f"#[derive(Debug)]\npub enum Big {{\n{variants}\n}}\n",
        f"`#[derive(Clone, Copy, PartialEq, Eq, Hash)]` on {rows:,} unit variants":
            f"#[derive(Clone, Copy, PartialEq, Eq, Hash)]\npub enum Big {{\n{variants}\n}}\n",
        f"one `match` of {rows // 10:,} integer arms":
            f"pub fn f(code: i32) -> usize {{ match code {{ {small} _ => 0 }} }}\n",
        f"one `match` of {rows:,} integer arms":
            f"pub fn f(code: i32) -> usize {{ match code {{ {arms} _ => 0 }} }}\n",
        f"nine `match`es of {rows:,} integer arms (today's `from_code`)":
            "pub fn f(p: u8, code: i32) -> usize { match p { "
            + " ".join(f"{k} => match code {{ {arms} _ => {rows} }}," for k in range(9)) + " _ => 0 } }\n",
        f"`__index`: a `match` of {rows:,} variants (with the enum)":
            f"#[derive(Clone, Copy)]\npub enum Big {{\n{variants}\n}}\npub const fn idx(b: &Big) -> usize {{ match *b {{ "
            + " ".join(f"Big::Row{i} => {i}," for i in range(rows)) + " } }\n",
        f"`__row`: a `match` of {rows:,} indices (with the enum)":
            f"#[derive(Clone, Copy)]\npub enum Big {{\n{variants}\n}}\npub const fn row(i: usize) -> Option<Big> {{ match i {{ "
            + " ".join(f"{i} => Some(Big::Row{i})," for i in range(rows)) + " _ => None } }\n",
        f"`ALL`: an array of {rows:,} variants (with the enum)":
            f"#[derive(Clone, Copy)]\npub enum Big {{\n{variants}\n}}\npub const ALL: [Big; {rows}] = ["
            + ", ".join(f"Big::Row{i}" for i in range(rows)) + "];\n",
    }


def measure(source: str, cpu_limit: int) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "item.rs"
        path.write_text(source)

        def limit() -> None:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_limit, cpu_limit + 5))

        result = subprocess.run(
            ["/usr/bin/time", "-v", "rustc", "--edition", "2021", "--crate-type", "lib",
             "--emit=metadata", "-o", str(Path(tmp) / "item.rmeta"), str(path)],
            capture_output=True, text=True, preexec_fn=limit)
    if result.returncode != 0:
        return (f"> {cpu_limit}", "—") if "signal" in result.stderr else ("error", "—")
    cpu = (float(re.search(r"User time \(seconds\): ([\d.]+)", result.stderr)[1])
           + float(re.search(r"System time \(seconds\): ([\d.]+)", result.stderr)[1]))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)[1]) // 1024
    return (f"{cpu:.2f}", f"{rss}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--cpu-limit", type=int, default=300)
    args = parser.parse_args()
    print(f"## One construct alone, {args.rows:,} rows ({common.machine()}, "
          f"`rustc --emit=metadata`, CPU limit {args.cpu_limit} s)\n")
    print("| construct | CPU s | max RSS MB | load before |")
    print("|---|---:|---:|---|")
    for name, source in constructs(args.rows).items():
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        cpu, rss = measure(source, args.cpu_limit)
        print(f"| {name} | {cpu} | {rss} | {load} |", flush=True)


if __name__ == "__main__":
    main()
