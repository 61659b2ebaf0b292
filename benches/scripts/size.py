#!/usr/bin/env python3
"""What a small program that decodes and prints canonical errors adds to a release
binary: errtable (with and without descriptions in use) against nix's Errno and std's
io::Error, each over the same baseline program that prints the bare number.

    python3 benches/scripts/size.py
"""

from __future__ import annotations

import common

PROFILE = '[profile.release]\nstrip = true\n'

MAIN = """fn main() {{
    for arg in std::env::args().skip(1) {{
        let code: i32 = arg.parse().unwrap_or(0);
        {body}
    }}
}}
"""

PROGRAMS = {
    "baseline (prints the number)": ({}, 'println!("{code}");'),
    "std io::Error Display (libc strerror)": ({}, 'println!("{}", std::io::Error::from_raw_os_error(code));'),
    "nix Errno (name, description)": (
        {"nix": common.NIX},
        'let e = nix::errno::Errno::from_raw(code); println!("{e:?}: {}", e.desc());',
    ),
    "errtable OsError (name, message, symbol)": (
        {"errtable": common.errtable_dependency()},
        'match errtable::OsError::from_raw_os_error(code) { Some(e) => println!("{}: {e:#}", e.name()), '
        'None => println!("{code}: not listed") }',
    ),
    "errtable OsError, descriptions too": (
        {"errtable": common.errtable_dependency()},
        'match errtable::OsError::from_raw_os_error(code) { Some(e) => println!("{}: {e:#}\\n  {}", '
        'e.name(), e.description().unwrap_or("")), None => println!("{code}: not listed") }',
    ),
}


def main() -> None:
    sizes = {}
    for i, (name, (deps, body)) in enumerate(PROGRAMS.items()):
        crate = common.write_crate(common.scratch_dir(f"size-{i}"), "decode", deps,
                                   MAIN.format(body=body), kind="bin", profile=PROFILE)
        common.fetch(crate)
        common.timed(["cargo", "build", "--release"], crate)
        sizes[name] = (crate / "target" / "release" / "decode").stat().st_size
    base = sizes["baseline (prints the number)"]
    nix = sizes["nix Errno (name, description)"] - base
    print(f"## Binary size ({common.machine()}, `cargo build --release`, strip = true)\n")
    print("| program | bytes | added to baseline | added ÷ nix's added |")
    print("|---|---:|---:|---:|")
    for name, size in sizes.items():
        added = size - base
        print(f"| {name} | {size:,} | {added:+,} | {added / nix:.2f} |")


if __name__ == "__main__":
    main()
