#!/usr/bin/env python3
"""Phase 2 of issue 14: each candidate layout of `layouts.py`, written out as plain Rust,
against today's macro on the same table, measured for `cargo check` CPU seconds, peak
memory and where rustc spends the time (`-Z time-passes`, through RUSTC_BOOTSTRAP=1 on
the stable toolchain).

    python3 benches/scripts/prototype.py check [--sizes 1000,10000] [--platforms 9]
    python3 benches/scripts/prototype.py instructions [--rows 60]
    python3 benches/scripts/prototype.py size [--rows 209]
    python3 benches/scripts/prototype.py build --rows 209 --scattered
    python3 benches/scripts/prototype.py verify      # every layout gives today's answers

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


def prepare(name: str = "prototype") -> Path:
    crate = common.write_crate(common.scratch_dir(name), "big",
                               {"errtable": common.errtable_dependency(),
                                "thiserror": common.THISERROR}, "")
    common.fetch(crate)
    # The same command and environment as the measured runs, so that they rebuild nothing.
    subprocess.run(["cargo", "rustc", "-q", "--profile", "check", "--lib", "--", "-Ztime-passes"],
                   cwd=crate, env=dict(common.cargo_env(), RUSTC_BOOTSTRAP="1"), check=True,
                   capture_output=True)
    return crate


def check_all(sizes: list[int], platforms: list[int], layout_names: list[str], cpu_limit: int,
              scratch: str = "prototype", peers: bool = True) -> None:
    crate = prepare(scratch)
    print(f"## `cargo check` of one table crate per candidate ({common.machine()}, "
          f"CPU limit {cpu_limit} s; pass times are rustc's -Z time-passes, wall s)\n")
    print("| rows | platforms | candidate | CPU s | wall s | max RSS MB | "
          + " | ".join(PASSES) + " | load before |")
    print("|---:|---:|---|---:|---:|---:|" + "---:|" * len(PASSES) + "---|")
    for size in sizes:
        for count in platforms:
            keys = scale.ALL_PLATFORMS if count == 9 else scale.FOUR_PLATFORMS
            candidates = [("today's macro (error_table!)", scale.errtable_table(size, keys))] if peers else []
            candidates += [(f"layout {name}", layouts.generate(size, count, name)) for name in layout_names]
            if peers and count == platforms[0]:
                candidates += [("plain enum, same derives", scale.plain_enum(size)),
                               ("thiserror", scale.thiserror_enum(size))]
            for name, source in candidates:
                load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
                r = check(crate, source, cpu_limit)
                print(f"| {size} | {count} | {name} | {r['cpu']} | {r.get('wall', '—')} | "
                      f"{r.get('rss', '—')} | " + " | ".join(r.get(p, "—") for p in PASSES)
                      + f" | {load} |", flush=True)


MAIN_RS = """//! Instructions per call of one candidate layout, for callgrind (see instructions.py).
use big::Big;
use errtable::Platform;
use std::hint::black_box;
use std::io;

const CALLS: usize = 4096;

/// The same rows as a hand-written `match`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hand {{ {hand_variants} }}

impl Hand {{
    fn message(self) -> &'static str {{ match self {{ {hand_messages} }} }}
    fn symbol(self) -> &'static str {{ match self {{ {hand_symbols} }} }}
    fn code(self) -> i32 {{ match self {{ {hand_numbers} }} }}
    fn from_code(code: i32) -> Option<Self> {{ match code {{ {hand_codes} _ => None }} }}
    fn from_name(name: &str) -> Option<Self> {{ match name {{ {hand_names} _ => None }} }}
}}

impl std::fmt::Display for Hand {{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{ f.write_str(self.message()) }}
}}

/// A stack buffer: no allocator in the Display counts.
struct Buffer {{ bytes: [u8; 160], len: usize }}

impl std::fmt::Write for Buffer {{
    fn write_str(&mut self, text: &str) -> std::fmt::Result {{
        let end = self.len + text.len();
        self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }}
}}

fn sink(write: impl FnOnce(&mut Buffer) -> std::fmt::Result) -> usize {{
    let mut buffer = Buffer {{ bytes: [0; 160], len: 0 }};
    write(&mut buffer).unwrap();
    black_box(&buffer.bytes);
    buffer.len
}}

macro_rules! measured {{
    ($($func:ident($arg:ident: $ty:ty) -> $ret:ty $body:block)*) => {{
        $(#[inline(never)] #[no_mangle] pub fn $func($arg: $ty) -> $ret $body)*
    }};
}}

measured! {{
    instr_baseline(c: &i32) -> i32 {{ *c }}
    instr_decode(c: &i32) -> Option<Big> {{ Big::from_code(Platform::Linux, *c) }}
    instr_decode_rt(c: &i32) -> Option<Big> {{ Big::from_code(black_box(Platform::Linux), *c) }}
    instr_decode_hand(c: &i32) -> Option<Hand> {{ Hand::from_code(*c) }}
    instr_io(e: &io::Error) -> Big {{ Big::from(e) }}
    instr_io_hand(e: &io::Error) -> Option<Hand> {{ e.raw_os_error().and_then(Hand::from_code) }}
    instr_name(s: &&str) -> Option<Big> {{ Big::from_name(s) }}
    instr_name_hand(s: &&str) -> Option<Hand> {{ Hand::from_name(s) }}
    instr_display(e: &Big) -> usize {{ use std::fmt::Write; sink(|s| write!(s, "{{e}}")) }}
    instr_display_hand(e: &Hand) -> usize {{ use std::fmt::Write; sink(|s| write!(s, "{{e}}")) }}
    instr_alt(e: &Big) -> usize {{ use std::fmt::Write; sink(|s| write!(s, "{{e:#}}")) }}
    instr_alt_hand(e: &Hand) -> usize {{ use std::fmt::Write; sink(|s| write!(s, "{{}} ({{}} {{}})", e.message(), e.symbol(), e.code())) }}
}}

fn main() {{
    let which = std::env::args().nth(1).unwrap_or_default();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut below = |n: usize| {{ state ^= state << 13; state ^= state >> 7; state ^= state << 17; (state % n as u64) as usize }};
    let codes = [{codes}];
    let hits: Vec<i32> = (0..CALLS).map(|_| codes[below({rows})]).collect();
    let miss_codes = [{misses}];
    let misses: Vec<i32> = (0..CALLS).map(|_| miss_codes[below(miss_codes.len())]).collect();
    let all_names = [{all_names}];
    let names: Vec<String> = (0..CALLS).map(|_| all_names[below(all_names.len())].to_string()).collect();
    let wrong: Vec<String> = names.iter().map(|n| format!("{{}}_", &n[..n.len() - 1])).collect();
    let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
    let wrong: Vec<&str> = wrong.iter().map(|s| s.as_str()).collect();
    let io_hits: Vec<io::Error> = hits.iter().map(|&c| io::Error::from_raw_os_error(c)).collect();
    let io_misses: Vec<io::Error> = misses.iter().map(|&c| io::Error::from_raw_os_error(c)).collect();
    let rows: Vec<Big> = hits.iter().filter_map(|&c| Big::from_raw_os_error(c)).collect();
    let hand_rows: Vec<Hand> = hits.iter().filter_map(|&c| Hand::from_code(c)).collect();
    macro_rules! run {{ ($f:ident, $inputs:expr) => {{ for input in $inputs.iter() {{ black_box($f(black_box(input))); }} }} }}
    match which.as_str() {{
        "baseline" => run!(instr_baseline, hits),
        "decode hit" => run!(instr_decode, hits),
        "decode miss" => run!(instr_decode, misses),
        "decode, platform at run time, hit" => run!(instr_decode_rt, hits),
        "decode, platform at run time, miss" => run!(instr_decode_rt, misses),
        "hand decode hit" => run!(instr_decode_hand, hits),
        "hand decode miss" => run!(instr_decode_hand, misses),
        "From<&io::Error> hit" => run!(instr_io, io_hits),
        "From<&io::Error> miss" => run!(instr_io, io_misses),
        "hand From<&io::Error> hit" => run!(instr_io_hand, io_hits),
        "hand From<&io::Error> miss" => run!(instr_io_hand, io_misses),
        "from_name hit" => run!(instr_name, names),
        "from_name miss" => run!(instr_name, wrong),
        "hand from_name hit" => run!(instr_name_hand, names),
        "hand from_name miss" => run!(instr_name_hand, wrong),
        "Display {{}}" => run!(instr_display, rows),
        "hand Display {{}}" => run!(instr_display_hand, hand_rows),
        "Display {{:#}}" => run!(instr_alt, rows),
        "hand Display {{:#}}" => run!(instr_alt_hand, hand_rows),
        _ => {{}}
    }}
}}
"""

OPERATIONS = ["decode hit", "decode miss", "decode, platform at run time, hit",
              "decode, platform at run time, miss", "From<&io::Error> hit", "From<&io::Error> miss",
              "from_name hit", "from_name miss", "Display {}", "Display {:#}"]


def hand_source(table: layouts.Table) -> str:
    """The app: the same rows as a hand-written enum, and the measured wrappers."""
    rows = table.rows
    linux = {key: names for key, _, names in table.columns()}["linux"]
    code = [row[0][1] for row in linux]
    symbol = [row[0][0] for row in linux]
    v = [table.variant(i) for i in range(1, rows + 1)]
    misses = [c for c in [-1, 0, 5, 41, 58, 20000, 20001 + rows, 99999, 2_000_000, max(code) + 1]
              if c not in code]
    return MAIN_RS.format(
        rows=rows, codes=", ".join(map(str, code)), misses=", ".join(map(str, misses)),
        all_names=", ".join(f'"{n}"' for n in v + symbol),
        hand_variants=" ".join(f"{v[i]}," for i in range(rows)),
        hand_codes=" ".join(f"{code[i]} => Some(Self::{v[i]})," for i in range(rows)),
        hand_messages=" ".join(f'Self::{v[i]} => "{table.message(i + 1)}",' for i in range(rows)),
        hand_symbols=" ".join(f'Self::{v[i]} => "{symbol[i]}",' for i in range(rows)),
        hand_numbers=" ".join(f"Self::{v[i]} => {code[i]}," for i in range(rows)),
        hand_names=" ".join(f'"{v[i]}" | "{symbol[i]}" => Some(Self::{v[i]}),' for i in range(rows)),
    )


def instructions_all(rows: int, layout_names: list[str], scattered: bool, real: bool = False) -> None:
    """Instructions per call of each layout on a `rows`-row table in a library crate,
    called from a binary (across the crate boundary, as `OsError` is), against a
    hand-written `match` over the same codes and names."""
    import instructions
    real_rows = common.benchmark_rows() if real else None
    table = layouts.Table(rows, 9, real_rows)
    table.scattered = scattered
    rows = table.rows
    root = common.scratch_dir("prototype-instr")
    lib = common.write_crate(root / "big", "big", {"errtable": common.errtable_dependency()}, "")
    app = common.write_crate(root / "app", "app", {"errtable": common.errtable_dependency(),
                                                   "big": f'{{ path = "{lib}" }}'},
                             hand_source(table), kind="bin",
                             profile="[profile.release]\ndebug = 1\n")
    common.fetch(app)
    what = "the benchmark's 60 real Linux rows" if real else f"{rows} synthetic rows"
    print(f"## Instructions per call, {what} in another crate ({common.machine()}, "
          "callgrind, net of the loop)\n")
    print("| operation | " + " | ".join(layout_names) + " | hand-written match |")
    print("|---|" + "---:|" * (len(layout_names) + 1))
    results: dict[str, dict[str, float]] = {}
    for name in layout_names:
        (lib / "src" / "lib.rs").write_text(layouts.generate(rows, 9, name, scattered, real_rows))
        subprocess.run(["cargo", "build", "-q", "--release"], cwd=app, env=common.cargo_env(), check=True)
        binary = app / "target" / "release" / "app"
        base = instructions.instructions(binary, "baseline")
        results[name] = {op: (instructions.instructions(binary, op) - base) / 4096 for op in OPERATIONS}
        hand = {op: (instructions.instructions(binary, "hand " + op) - base) / 4096
                for op in OPERATIONS if "run time" not in op}
    for op in OPERATIONS:
        reference = hand.get(op) or hand.get(op.replace(", platform at run time,", ""))
        cells = " | ".join(f"{results[n][op]:.1f} ({results[n][op] / reference:.2f})" for n in layout_names)
        print(f"| {op} | {cells} | {reference:.1f} |")


SIZE_PROGRAMS = {
    "{}": 'match big::Big::from_raw_os_error(code) { Some(e) => println!("{e}"), None => println!("{code}") }',
    "{:#}": 'match big::Big::from_raw_os_error(code) { Some(e) => println!("{e:#}"), None => println!("{code}") }',
    "{} + description()": 'match big::Big::from_raw_os_error(code) { Some(e) => println!("{e} {}", e.description().unwrap_or("")), None => println!("{code}") }',
}


def size_all(rows: int, layout_names: list[str], scattered: bool) -> None:
    """Stripped release size added over a program printing the number, per layout."""
    root = common.scratch_dir("prototype-size")
    lib = common.write_crate(root / "big", "big", {"errtable": common.errtable_dependency()}, "")
    app = common.write_crate(root / "app", "app", {"errtable": common.errtable_dependency(),
                                                   "big": f'{{ path = "{lib}" }}'},
                             "", kind="bin", profile="[profile.release]\nstrip = true\n")
    common.fetch(app)
    main_rs = app / "src" / "main.rs"

    def build(body: str) -> int:
        main_rs.write_text("fn main() { for arg in std::env::args().skip(1) { "
                           "let code: i32 = arg.parse().unwrap_or(0); " + body + " } }\n")
        subprocess.run(["cargo", "build", "-q", "--release"], cwd=app, env=common.cargo_env(), check=True)
        return (app / "target" / "release" / "app").stat().st_size

    (lib / "src" / "lib.rs").write_text(layouts.generate(rows, 9, layout_names[0], scattered=scattered))
    base = build('println!("{code}");')
    print(f"## Bytes added over printing the number, {rows}-row table ({common.machine()}, stripped)\n")
    print("| program | " + " | ".join(layout_names) + " |")
    print("|---|" + "---:|" * len(layout_names))
    added = {}
    for name in layout_names:
        (lib / "src" / "lib.rs").write_text(layouts.generate(rows, 9, name, scattered=scattered))
        for program, body in SIZE_PROGRAMS.items():
            added[(name, program)] = build(body) - base
    for program in SIZE_PROGRAMS:
        print(f"| {program} | " + " | ".join(f"{added[(n, program)]:+,}" for n in layout_names) + " |")


def build_all(rows: int, layout_names: list[str], scattered: bool, runs: int) -> None:
    """CPU seconds of a dev build of only the table crate (dependencies built), per
    layout, the layouts interleaved run by run: what the table costs a user's build."""
    crate = prepare("prototype-build")
    subprocess.run(["cargo", "build", "-q"], cwd=crate, env=common.cargo_env(), check=True)
    sources = {name: layouts.generate(rows, 9, name, scattered) for name in layout_names}
    cpu: dict[str, list[float]] = {name: [] for name in layout_names}
    loads = []
    for _ in range(runs):
        loads.append(" ".join(Path("/proc/loadavg").read_text().split()[:3]))
        for name, source in sources.items():
            (crate / "src" / "lib.rs").write_text(source)
            cpu[name].append(common.timed(["cargo", "build", "-q"], crate).cpu)
    print(f"## Dev build of the table crate alone, {rows} rows × 9 platforms ({common.machine()}, "
          f"median of {runs} interleaved; load before each round: {'; '.join(loads)})\n")
    print("| layout | CPU s (median) | runs |")
    print("|---|---:|---|")
    for name in layout_names:
        print(f"| {name} | {common.median(cpu[name]):.2f} | {', '.join(f'{c:.2f}' for c in cpu[name])} |")


SAME_ANSWERS = """//! Every layout must give today's answers.
use big::Big;
use errtable::Platform;

#[test]
fn same_answers() {
    for (i, row) in Big::ALL.iter().enumerate() {
        let n = i as i32 + 1;
        let linux: &'static str = format!("ELINUX_{n}").leak();
        assert_eq!(row.names(Platform::Linux), &[(linux, n + 20000)][..]);
        assert_eq!(row.code(Platform::FreeBsd), Some(n + 160000));
        assert_eq!(row.symbol(Platform::Windows), Some(format!("EWINDOWS_{n}").as_str()));
        assert_eq!(Big::from_code(Platform::MacOs, n + 140000), Some(*row));
        assert_eq!(Big::from_name(&format!("EMACOS_{n}")), Some(*row));
        assert_eq!(Big::from_name(&format!("Row{n}")), Some(*row));
        assert_eq!(Big::from_name(&format!("Row{n}_")), None);
        assert_eq!(row.message(), format!("Error number {n}"));
        assert_eq!(format!("{row:?}"), format!("Row{n}"));
        assert_eq!(format!("{row:#}"), format!("Error number {n} (ELINUX_{n} {})", n + 20000));
        assert_eq!(Big::from(&std::io::Error::from_raw_os_error(n + 20000)), *row);
    }
    assert_eq!(Big::from_name(""), None);
    assert_eq!(Big::from_name("Unlisted"), None);
    assert_eq!(Big::from_code(Platform::Linux, 5), None);
    assert!(matches!(Big::from(&std::io::Error::from_raw_os_error(5)), Big::Unlisted(_)));
    assert!(matches!(Big::from(&std::io::Error::other("x")), Big::Unlisted(_)));
    let unlisted = Big::Unlisted(errtable::Unlisted::from_raw_os_error(5));
    assert_eq!(unlisted.names(Platform::Linux), &[]);
    assert_eq!(format!("{unlisted:?}"), format!("Unlisted({:?})", errtable::Unlisted::from_raw_os_error(5)));
}
"""


def verify_all(layout_names: list[str]) -> None:
    """Runs SAME_ANSWERS against every layout at 40 rows (the `match` paths) and 700 rows
    (binary search past 512 codes, hashed names past 2,048 names)."""
    root = common.scratch_dir("prototype-verify")
    crate = common.write_crate(root, "big", {"errtable": common.errtable_dependency()}, "")
    (crate / "tests").mkdir()
    (crate / "tests" / "same.rs").write_text(SAME_ANSWERS)
    common.fetch(crate)
    for rows in (40, 700):
        for name in layout_names:
            (crate / "src" / "lib.rs").write_text(layouts.generate(rows, 9, name))
            result = subprocess.run(["cargo", "test", "-q", "--test", "same"], cwd=crate,
                                    env=common.cargo_env(), capture_output=True, text=True)
            verdict = "ok" if result.returncode == 0 else "FAILED\n" + result.stdout[-2000:] + result.stderr[-2000:]
            print(f"{rows} rows, {name}: {verdict}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=["check", "instructions", "size", "build", "verify"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=60)
    parser.add_argument("--scattered", action="store_true",
                        help="gappy codes (a search tree), as real tables have")
    parser.add_argument("--real", action="store_true",
                        help="the benchmark's 60 real Linux rows (names, codes, messages)")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--platforms", default="9,4")
    parser.add_argument("--layouts", default=",".join(layouts.LAYOUTS))
    parser.add_argument("--cpu-limit", type=int, default=120)
    parser.add_argument("--scratch", default="prototype",
                        help="scratch crate name (two runs at once need two)")
    parser.add_argument("--no-peers", action="store_true",
                        help="only the layouts: no macro, plain enum or thiserror")
    args = parser.parse_args()
    if args.what == "verify":
        verify_all([n for n in args.layouts.split(",") if n not in ("stub", "flat-noname")])
        return
    if args.what == "build":
        build_all(args.rows, args.layouts.split(","), args.scattered, args.runs)
        return
    if args.what == "size":
        size_all(args.rows, args.layouts.split(","), args.scattered)
        return
    if args.what == "instructions":
        instructions_all(args.rows, args.layouts.split(","), args.scattered, args.real)
        return
    check_all([int(s) for s in args.sizes.split(",")], [int(p) for p in args.platforms.split(",")],
              args.layouts.split(","), args.cpu_limit, args.scratch, not args.no_peers)


if __name__ == "__main__":
    main()
