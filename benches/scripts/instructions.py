#!/usr/bin/env python3
"""Instructions per call of errtable and its peers, counted by callgrind.

Builds the `instr` bench target (release, the bench profile) and runs each candidate
alone under `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=instr_*`,
so the run's total is the cost inside the measured wrapper. Each function wraps one call and runs over a
fixed list of 4,096 inputs, so the cost per call is (inclusive - the empty wrapper's
inclusive) / 4096: net of the loop and the wrapper. Instruction counts do not move with
the machine's load; two runs give the same figures.

    python3 benches/scripts/instructions.py            # Markdown tables of ratios
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from pathlib import Path

import common

CALLS = 4096
# The peer each group's ratios are taken against.
REFERENCE = {
    "decode": "hand-written match",
    "symbol_of": "hand-written match",
    "From<&io::Error>": "hand-written match on raw_os_error()",
    "from_name": "hand-written match",
    "persistence()": "hand-written match on OsError",
    "Display {}": "hand-written (write_str of a match)",
    "Display {:#}": "hand-written write!",
}


def build() -> Path:
    """The path of the freshly built `instr` bench binary."""
    out = subprocess.run(
        ["cargo", "bench", "-p", "errtable-bench", "--bench", "instr", "--no-run",
         "--message-format=json"],
        cwd=common.REPO, capture_output=True, text=True, check=True,
    ).stdout
    for line in out.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message.get("executable") \
                and message["target"]["name"] == "instr":
            return Path(message["executable"])
    raise SystemExit("no instr executable in cargo's output")


def instructions(binary: Path, func: str) -> int:
    """Instructions executed inside `instr_*` functions while only `func` runs.

    One valgrind run per candidate, collecting only inside `instr_*`: the count is right
    even where the compiler folded two identical wrappers into one symbol.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                        "--toggle-collect=instr_*", f"--callgrind-out-file={out}",
                        str(binary), func], check=True, capture_output=True)
        summary = re.search(r"^summary: (\d+)", out.read_text(), re.M)
    if not summary:
        raise SystemExit(f"no summary in callgrind's output for {func}")
    return int(summary[1])


def candidates(binary: Path) -> list[tuple[str, str, str]]:
    out = subprocess.run([str(binary), "--list"], check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines()]


def reference_of(group: str, names: list[str]) -> str | None:
    for prefix, reference in REFERENCE.items():
        if group.startswith(prefix) or prefix in group:
            found = [n for n in names if n.startswith(reference)]
            if found:
                return found[0]
    return None


def main() -> None:
    binary = build()
    listed = candidates(binary)
    costs = {func: instructions(binary, func) for _, _, func in listed}
    baseline = costs["instr_baseline"]
    groups: dict[str, list[tuple[str, float]]] = {}
    for group, name, func in listed:
        if group == "baseline":
            continue
        groups.setdefault(group, []).append((name, (costs[func] - baseline) / CALLS))
    version = subprocess.run(["valgrind", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"## Instructions per call ({common.machine()}, {version}, {CALLS} calls each, "
          f"net of the loop: the empty wrapper's {baseline / CALLS:.1f} subtracted)\n")
    for group, rows in groups.items():
        # OsError has no hand-written twin; its reference is the 60-row hand-written match.
        source = group.replace("OsError across the crate boundary", "60 rows")
        names = [n for n, _ in groups[source]]
        reference = reference_of(group, names)
        ref_cost = dict(groups[source])[reference] if reference else None
        if source != group and reference:
            reference += " (60 rows)"
        print(f"### {group}\n")
        print(f"| implementation | instructions/call | this ÷ {reference or '—'} |")
        print("|---|---:|---:|")
        for name, cost in rows:
            ratio = f"{cost / ref_cost:.2f}" if ref_cost else "—"
            print(f"| {name} | {cost:.1f} | {ratio} |")
        print()


if __name__ == "__main__":
    main()
