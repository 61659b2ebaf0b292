#!/usr/bin/env python3
"""A RUSTC_WRAPPER that runs rustc and appends its CPU seconds to $RUSTC_CPU_LOG.

One line per rustc run: `crate_name<TAB>user+sys seconds<TAB>max RSS KB`. cargo runs
it as `rustc_cpu.py /path/to/rustc ARGS…`; queries such as `rustc -vV` are logged
with the name `-`.
"""

import os
import resource
import subprocess
import sys


def crate_name(args: list[str]) -> str:
    for flag, value in zip(args, args[1:]):
        if flag == "--crate-name":
            return value
    return "-"


def main() -> int:
    rustc, args = sys.argv[1], sys.argv[2:]
    code = subprocess.call([rustc, *args])
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    log = os.environ.get("RUSTC_CPU_LOG")
    if log and crate_name(args) != "-":
        with open(log, "a") as out:
            out.write(f"{crate_name(args)}\t{usage.ru_utime + usage.ru_stime:.3f}\t{usage.ru_maxrss}\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
