#!/usr/bin/env python3
"""What errtable costs the crates that only match errors (issue 20's goals).

- **matcher**: a small crate that matches `OsError` on `io::Error`s (no table of its
  own), cold-built with errtable `default-features = false, features = ["std"]`, with
  errtable's defaults (the macros), and, given `--before PATH`, with the runtime at
  PATH (an older checkout, whose runtime always built the macros). For each: the CPU
  seconds of each rustc (RUSTC_WRAPPER=rustc_cpu.py), median and spread over the runs,
  and the crates cargo compiles.
- **mio**: mio (`os-poll,net`, the version in cargo's cache) cold-built as it is, and
  ported: its two `raw_os_error() == Some(libc::EINPROGRESS)` tests that Linux compiles
  become matches on `OsError::InProgress`, with errtable as a dependency without the
  macros. Paired run by run (original, ported, original, …).
- **msrv**: the runtime of this checkout against the one at `--before PATH` (an older
  checkout), both as the matcher's dependency without the macros, paired run by run:
  CPU seconds of the whole cold build and of each rustc (errtable's, its build
  script's), to price what the runtime does for older compilers (issue 20, item 2).
- **probe**: what a build-script rustc version probe (one way to name `io::ErrorKind`s
  newer than the MSRV) adds to a crate: an empty library with and without a `build.rs`
  that runs `$RUSTC --version` and prints a `cargo:rustc-cfg`, paired.

Each build starts from an empty target directory; CPU = user + system seconds of cargo
and every process it runs; the load average is read before each build or pair.

    python3 benches/scripts/adoption.py [--runs 3] [--before /path/to/old/runtime]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

import common
from cold_build import WRAPPER, load

MATCHER = """\
use errtable::OsError;
use std::io;

/// What to do about a failed socket call.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    Retry,
    Reconnect,
    Wait,
    Fail,
}

/// Decides by the OS error, the same way on every platform.
pub fn action(error: &io::Error) -> Action {
    match OsError::from(error) {
        OsError::Interrupted | OsError::WouldBlock => Action::Retry,
        OsError::ConnectionReset | OsError::ConnectionAborted | OsError::BrokenPipe => {
            Action::Reconnect
        }
        OsError::InProgress | OsError::AlreadyInProgress => Action::Wait,
        _ => Action::Fail,
    }
}
"""

NO_MACROS = "default-features = false, features = [\"std\"]"


def unit_times(crate: Path, flags: list[str]) -> tuple[dict[str, float], float, str]:
    """Each rustc's CPU seconds, the whole build's, and the load before it."""
    shutil.rmtree(crate / "target", ignore_errors=True)
    log = crate / "rustc-cpu.log"
    log.unlink(missing_ok=True)
    env = dict(common.cargo_env(), RUSTC_WRAPPER=str(WRAPPER), RUSTC_CPU_LOG=str(log))
    before = load()
    build = common.timed(["cargo", "build", *flags], crate, env=env)
    times: dict[str, float] = {}
    for line in log.read_text().splitlines():
        name, seconds, _ = line.split("\t")
        times[name] = times.get(name, 0.0) + float(seconds)
    return times, build.cpu, before


def spread(values: list[float]) -> str:
    return f"{common.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def matcher(runs: int, before: Path | None) -> None:
    variants = {
        "errtable, std only": f"{{ path = \"{common.RUNTIME}\", {NO_MACROS} }}",
        "errtable, default features": f"{{ path = \"{common.RUNTIME}\" }}",
    }
    if before:
        variants["errtable before (always with macros)"] = f"{{ path = \"{before}\" }}"
    print(f"### A crate that matches `OsError` ({common.machine()}, dev, cold)\n")
    print("CPU s of each rustc: median (lowest–highest) of "
          f"{runs} cold builds under RUSTC_WRAPPER=benches/scripts/rustc_cpu.py\n")
    for i, (name, dependency) in enumerate(variants.items()):
        crate = common.write_crate(common.scratch_dir(f"adoption-matcher-{i}"), "matcher",
                                   {"errtable": dependency}, MATCHER)
        common.fetch(crate)
        tree = subprocess.run(["cargo", "tree", "-e", "normal,build", "--prefix", "none"],
                              cwd=crate, env=common.cargo_env(), capture_output=True,
                              text=True, check=True).stdout.split()
        graph = sorted({word for word in tree if re.fullmatch(r"[a-z][a-z0-9_-]*", word)})
        samples: dict[str, list[float]] = {}
        totals, loads = [], []
        for _ in range(runs):
            times, total, before_load = unit_times(crate, [])
            totals.append(total)
            loads.append(before_load)
            for unit, seconds in times.items():
                samples.setdefault(unit, []).append(seconds)
        units = sorted(samples.items(), key=lambda kv: -common.median(kv[1]))
        print(f"- **{name}** (`errtable = {dependency}`): graph {', '.join(graph)}; "
              f"whole build {spread(totals)} CPU s; loads {'; '.join(loads)}")
        for unit, values in units:
            print(f"  - {unit}: {spread(values)}")
    print(flush=True)


def mio_source() -> Path:
    registry = Path.home() / ".cargo" / "registry" / "src"
    found = sorted(registry.glob("*/mio-1.*"))
    if not found:
        raise SystemExit("mio 1.x is not in cargo's cache: `cargo fetch` a crate using it")
    return found[-1]


def without_sections(lines: list[str], dropped: str) -> list[str]:
    """A manifest's lines without the tables whose header matches `dropped`."""
    kept, keeping = [], True
    for line in lines:
        if line.startswith("["):
            keeping = not re.match(dropped, line)
        if keeping:
            kept.append(line)
    return kept


def mio_copy(name: str, port: bool) -> Path:
    """mio's crates.io source as a crate of its own workspace, without dev-dependencies."""
    crate = common.scratch_dir(name)
    shutil.copytree(mio_source(), crate, dirs_exist_ok=True)
    manifest = crate / "Cargo.toml"
    text = manifest.read_text()
    text = "\n".join(without_sections(text.splitlines(), r"\[dev-dependencies\.|\[\[(example|test|bench)\]\]"))
    text += "\n[workspace]\n"
    if port:
        text += f"\n[dependencies.errtable]\npath = \"{common.RUNTIME}\"\n" \
                "default-features = false\nfeatures = [\"std\"]\n"
        ports = {
            "src/sys/unix/tcp.rs": (
                "Err(err) if err.raw_os_error() != Some(libc::EINPROGRESS) => Err(err),",
                "Err(err) if errtable::OsError::from(&err) != errtable::OsError::InProgress => Err(err),",
            ),
            "src/sys/unix/uds/stream.rs": (
                "Err(ref err) if err.raw_os_error() == Some(libc::EINPROGRESS) => {}",
                "Err(ref err) if errtable::OsError::from(err) == errtable::OsError::InProgress => {}",
            ),
        }
        for path, (old, new) in ports.items():
            source = (crate / path).read_text()
            if old not in source:
                raise SystemExit(f"{path}: the line to port is not there: {old}")
            (crate / path).write_text(source.replace(old, new))
    manifest.write_text(text)
    common.fetch(crate)
    return crate


def paired(title: str, crates: dict[str, Path], flags: list[str], runs: int) -> None:
    (a_name, a), (b_name, b) = crates.items()
    ratios, rows = [], []
    for run in range(runs):
        before = load()
        first = common.cold_build(a, flags)
        second = common.cold_build(b, flags)
        ratios.append(second.cpu / first.cpu)
        rows.append(f"| {run + 1} | {first.cpu:.2f} | {second.cpu:.2f} | "
                    f"{second.cpu / first.cpu:.2f} | {before} |")
    print(f"### {title}: {b_name} ÷ {a_name} median {common.median(ratios):.2f} "
          f"(lowest {min(ratios):.2f}, highest {max(ratios):.2f}, {runs} pairs, "
          f"{common.machine()})\n")
    print(f"| pair | {a_name} CPU s | {b_name} CPU s | ratio | load before |")
    print("|---:|---:|---:|---:|---|")
    print("\n".join(rows))
    print(flush=True)


def mio(runs: int) -> None:
    flags = ["--features", "os-poll,net"]
    crates = {"mio": mio_copy("adoption-mio", False),
              "mio ported to OsError": mio_copy("adoption-mio-ported", True)}
    paired(f"Cold `cargo build {' '.join(flags)}` of {mio_source().name}", crates, flags, runs)
    times, total, before = unit_times(crates["mio ported to OsError"], flags)
    units = ", ".join(f"{u} {s:.2f}" for u, s in sorted(times.items(), key=lambda kv: -kv[1]))
    print(f"Each rustc of one build of the port (load {before}, whole {total:.2f}): {units}\n")


PROBE = """\
use std::env;
use std::process::Command;

fn main() {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let version = Command::new(rustc).arg("--version").output().map(|o| o.stdout);
    let minor = version.ok().and_then(|out| {
        let text = String::from_utf8(out).ok()?;
        text.split('.').nth(1)?.parse::<u32>().ok()
    });
    println!("cargo:rustc-check-cfg=cfg(errtable_kinds_1_87)");
    if minor.is_some_and(|minor| minor >= 87) {
        println!("cargo:rustc-cfg=errtable_kinds_1_87");
    }
}
"""


def probe(runs: int) -> None:
    crates = {}
    for name, build_rs in [("no build script", None), ("rustc version probe", PROBE)]:
        crate = common.write_crate(common.scratch_dir(f"adoption-probe-{len(crates)}"), "probe",
                                   {}, "pub fn f() {}\n")
        if build_rs:
            (crate / "build.rs").write_text(build_rs)
        crates[name] = crate
    paired("An empty library, with and without a rustc version probe in build.rs", crates, [],
           runs)


def msrv(runs: int, before: Path) -> None:
    crates = {}
    for name, runtime in [("before", before), ("now", common.RUNTIME)]:
        dependency = f"{{ path = \"{runtime}\", {NO_MACROS} }}"
        crate = common.write_crate(common.scratch_dir(f"adoption-msrv-{name}"), "matcher",
                                   {"errtable": dependency}, MATCHER)
        common.fetch(crate)
        crates[name] = crate
    print(f"### The runtime without macros, {before} (before) and this checkout (now): "
          f"paired cold builds of the matcher ({common.machine()})\n")
    print("| pair | whole before | whole now | errtable before | errtable now "
          "| build script now (compile) | load before |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for run in range(runs):
        first, first_total, load_before = unit_times(crates["before"], [])
        second, second_total, _ = unit_times(crates["now"], [])
        script = second.get("build_script_build", 0.0)
        print(f"| {run + 1} | {first_total:.2f} | {second_total:.2f} | "
              f"{first.get('errtable', 0.0):.2f} | {second.get('errtable', 0.0):.2f} | "
              f"{script:.2f} | {load_before} |", flush=True)
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="an older errtable runtime directory")
    parser.add_argument("--only", choices=["matcher", "mio", "msrv", "probe"])
    args = parser.parse_args()
    if args.only in (None, "matcher"):
        matcher(args.runs, args.before)
    if args.only in (None, "mio"):
        mio(args.runs)
    if args.only == "msrv" or (args.only is None and args.before):
        if not args.before:
            parser.error("--only msrv needs --before PATH")
        msrv(args.runs, args.before)
    if args.only in (None, "probe"):
        probe(args.runs)


if __name__ == "__main__":
    main()
