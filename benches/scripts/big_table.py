#!/usr/bin/env python3
"""Writes tests/big/table.rs: a 700-row table whose columns pass the macro's `match`
limits (512 codes a platform, 2,048 names), so that tests/big.rs runs the sorted-array
paths of decoding and `from_name` that the real tables are too small for.

Codes are scattered and some negative (a multiplicative sequence mod a prime, minus an
offset), every third row has an alias with a number of its own on Linux, and two rows
have names that share their letters but one (the macro rejects names of two rows that
differ only in case). python3 benches/scripts/big_table.py >
tests/big/table.rs
"""

ROWS = 700


def code(i, platform):
    return (i * 7919 + platform * 104729) % 1000003 - 50000


def main():
    out = ["// Written by benches/scripts/big_table.py; do not edit.", "",
           "errtable::error_table! {",
           "    /// 700 rows: decoding and `from_name` past their `match` limits.",
           "    pub enum Big {"]
    for i in range(ROWS):
        linux = f"linux: L{i}_A = {code(i, 0)}"
        if i % 3 == 0:
            linux += f" | L{i}_B = {code(i, 9)}"
        out.append(
            f"        R{i} {{ {linux}, macos: M{i} = {code(i, 1)}, "
            f"windows: W{i} = {code(i, 2)}, message: \"Row {i}\" }},")
    # Names that share their letters but the last, in mixed case: ignoring case, each
    # finds its own row (names differing only in case the macro rejects).
    out.append('        CaseA { freebsd: ECASE = 1, message: "Upper" },')
    out.append('        CaseB { freebsd: EcaseB = 2, message: "Mixed" },')
    out += ["        #[catch_all]", "        Unlisted,", "    }", "}", ""]
    print("\n".join(out))


main()
