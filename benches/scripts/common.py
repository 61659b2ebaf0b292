"""Shared by the benchmark scripts: the rows, scratch crates, timed cargo runs."""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

BENCHES = Path(__file__).resolve().parent.parent
REPO = BENCHES.parent
RUNTIME = REPO / "runtime"
ROWS_RS = BENCHES / "runtime" / "rows.rs"

# The peers' versions, the same as the runtime benchmark's dev-dependencies.
THISERROR = '"2"'
STRUM = '{ version = "0.28", features = ["derive"] }'
NUM_ENUM = '"0.7"'
NIX = '{ version = "0.31", default-features = false }'

ROW = re.compile(
    r'^\s*\((\w+), "\w+", (\w+), "\w+", (-?\d+), (\w+), "([^"]*)"\),\s*$'
)


@dataclass(frozen=True)
class Row:
    """One row: variant, Linux symbol and code, io::ErrorKind, message."""

    variant: str
    symbol: str
    code: int
    kind: str
    message: str


def benchmark_rows() -> list[Row]:
    """The 60 rows of runtime/rows.rs, the one list every benchmark table uses."""
    rows = []
    for line in ROWS_RS.read_text().splitlines():
        match = ROW.match(line)
        if match:
            variant, symbol, code, kind, message = match.groups()
            rows.append(Row(variant, symbol, int(code), kind, message))
    if len(rows) != 60:
        raise SystemExit(f"expected 60 rows in {ROWS_RS}, found {len(rows)}")
    return rows


def synthetic_rows(count: int) -> list[Row]:
    """`count` distinct rows for the expansion-time tables."""
    kinds = ["NotFound", "PermissionDenied", "Other", "InvalidInput", "TimedOut"]
    return [
        Row(f"Row{i}", f"EROW{i}", i, kinds[i % len(kinds)], f"Error number {i}")
        for i in range(1, count + 1)
    ]


def scratch_dir(name: str) -> Path:
    """A fresh directory under target/bench-scratch (or $ERRTABLE_BENCH_DIR)."""
    root = Path(os.environ.get("ERRTABLE_BENCH_DIR", REPO / "target" / "bench-scratch"))
    path = root / name
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def write_crate(path: Path, name: str, dependencies: dict[str, str], source: str,
                kind: str = "lib", profile: str = "") -> Path:
    """A crate of its own workspace (so the repository's workspace ignores it)."""
    deps = "\n".join(f"{k} = {v}" for k, v in dependencies.items())
    (path / "src").mkdir(parents=True, exist_ok=True)
    (path / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n\n{profile}\n[workspace]\n"
    )
    (path / "src" / ("lib.rs" if kind == "lib" else "main.rs")).write_text(source)
    return path


def errtable_dependency() -> str:
    return f'{{ path = "{RUNTIME}" }}'


def cargo_env() -> dict[str, str]:
    """Offline once fetched; no incremental cache, as for a crates.io dependency."""
    env = dict(os.environ)
    env.update(CARGO_INCREMENTAL="0", CARGO_NET_OFFLINE="true", CARGO_TERM_COLOR="never")
    env.pop("CARGO_TARGET_DIR", None)
    env.pop("RUSTFLAGS", None)
    return env


def fetch(crate: Path) -> None:
    """Resolves and downloads once, outside any timing."""
    env = dict(cargo_env(), CARGO_NET_OFFLINE="false")
    subprocess.run(["cargo", "generate-lockfile", "-q"], cwd=crate, env=env, check=True)
    subprocess.run(["cargo", "fetch", "-q"], cwd=crate, env=env, check=True)


@dataclass
class Timed:
    """Wall-clock and CPU (user + system, all child processes) seconds of one command."""

    wall: float
    cpu: float
    stderr: str


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Timed:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env or cargo_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed in {cwd}:\n{result.stderr[-4000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timed(wall, cpu, result.stderr)


def cold_build(crate: Path, args: list[str]) -> Timed:
    """`cargo build ARGS` from an empty target directory."""
    shutil.rmtree(crate / "target", ignore_errors=True)
    return timed(["cargo", "build", *args], crate)


def compiled_crates(stderr: str) -> list[str]:
    """The `Compiling NAME vX` lines of a cargo run, as `NAME X`."""
    return [f"{m[0]} {m[1]}" for m in re.findall(r"Compiling (\S+) v(\S+)", stderr)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} cores, {rustc}"
