#!/usr/bin/env python3
"""Candidate data layouts for the expansion of a platform table, written out as plain
Rust: the same public API `error_table!` generates (enum, names, codes, decoding,
`from_name`, Display, kinds, io conversions), with the per-platform name data, decoding,
name lookup and `From<&io::Error>` laid out in different ways. Used by `prototype.py` to
measure check time, memory, instructions and size of each candidate without touching the
macro.

    python3 benches/scripts/layouts.py --rows 1000 --platforms 9 --layout flat > lib.rs

Layouts (`--layout`):
- `nested`   today's expansion: `__NAMES_<P>: [&[(&str, i32)]; COUNT]`, one slice literal
             a row, decoding a `match` to a row index then `__row`, `from_name` a `match`
             per name length, `From<&io::Error>` through `from_io_error` and `unlisted`.
- `stub`     `nested` with every `__NAMES_<P>` entry `&[]`: the floor the name data sits on.
- `flat`     per platform one flat array of every `(name, number)` pair, rows in order,
             primary first, and a `u16` offset table of COUNT + 1 entries; a row's names
             are `PAIRS[OFF[i]..OFF[i + 1]]`.
- `flat-direct` `flat`, and decoding a `match` straight to `Option<Self>`; `From<&io::Error>`
             decodes once, with the rare paths (no OS code) in a `#[cold]` function.
- `flat-hash`, `flat-direct-hash`: `from_name` by an open-addressed table of `(&str, u16)`.
- `flat-noname`: `from_name` stubbed out (what the name `match` costs).
- `data`, `data-matchname`, `data-split`, `data-split-text`: see LAYOUTS below and
             BENCHMARKS.md section 5 (`data-split-text` is the recommendation).
"""

from __future__ import annotations

import argparse

PLATFORMS = [("windows", "Windows"), ("linux", "Linux"), ("linux_alpha", "LinuxAlpha"),
             ("linux_mips", "LinuxMips"), ("linux_parisc", "LinuxParisc"),
             ("linux_powerpc", "LinuxPowerpc"), ("linux_sparc", "LinuxSparc"),
             ("macos", "MacOs"), ("freebsd", "FreeBsd")]
FOUR = ["windows", "linux", "macos", "freebsd"]
KINDS = ["NotFound", "PermissionDenied", "Other", "InvalidInput", "TimedOut"]
# name data, decoding, name lookup, From<&io::Error>
LAYOUTS = {
    "nested": ("nested", "index", "match", "twice"),
    "stub": ("stub", "index", "match", "twice"),
    "flat": ("flat", "index", "match", "twice"),
    "flat-direct": ("flat", "direct", "match", "once"),
    "flat-hash": ("flat", "index", "hash", "twice"),
    "flat-direct-hash": ("flat", "direct", "hash", "once"),
    "flat-noname": ("flat", "index", "stub", "twice"),
    # flat names, decoding by match up to MATCH_LIMIT codes a column and by binary search
    # beyond, names in one bucketed string, Debug from __NAME, __row through ALL.
    "data": ("flat", "direct+search", "blob", "once"),
    "data-matchname": ("flat", "direct+search", "match", "once"),
    # `data`, and decoding through one small inline function per platform.
    "data-split": ("flat", "direct+search+split", "auto", "once"),
    # data-split with names, messages and each platform's primary symbol as one string
    # plus offsets, and the primary codes as an [i32] column: no `&str` arrays on the
    # `{}` / `{:#}` path (each costs 16 bytes and a 24-byte relocation).
    "data-split-text": ("flat", "direct+search+split+text", "auto", "once"),
}

P = "::errtable::Platform"
OPT = "::core::option::Option"
STR = "::core::primitive::str"
I32 = "::core::primitive::i32"
PRIV = "::errtable::__private"
ALLOW = ("#[allow(unreachable_patterns, clippy::match_same_arms, clippy::too_many_lines, "
         "clippy::trivially_copy_pass_by_ref, clippy::unreadable_literal)]")


class Table:
    """Row i (1-based): on the platform at place n, symbol E<KEY>_i = i + 20000 n."""

    def __init__(self, rows: int, platforms: int, real: list | None = None):
        keys = [k for k, _ in PLATFORMS] if platforms == 9 else FOUR
        self.platforms = [(k, v) for k, v in PLATFORMS if k in keys]
        # `real`: the benchmark's 60 Linux rows (common.benchmark_rows()) instead of
        # synthetic ones, for instruction counts on real names and codes.
        self.real = real
        if real:
            self.platforms = [("linux", "Linux")]
            rows = len(real)
        self.rows = rows
        self.count = rows + 1
        self.kinds = [r.kind for r in real] if real else [KINDS[i % 5] for i in range(1, rows + 1)]

    def variant(self, i: int) -> str:
        return self.real[i - 1].variant if self.real else f"Row{i}"

    def message(self, i: int) -> str:
        return self.real[i - 1].message if self.real else f"Error number {i}"

    # Codes scattered (row i: 1 + (i * 7919) % 100003) instead of consecutive, so that
    # decoding compiles to a search tree as real, gappy tables do, not one jump table.
    scattered = False

    def number(self, i: int, platform_place: int) -> int:
        if self.real:
            return self.real[i - 1].code
        base = 1 + (i * 7919) % 100003 if self.scattered else i
        return base + 200000 * platform_place if self.scattered else i + 20000 * platform_place

    def names(self, platform_place: int, key: str) -> list[list[tuple[str, int]]]:
        """Per row, the (name, number) pairs on one platform."""
        if self.real:
            return [[(r.symbol, r.code)] for r in self.real]
        return [[(f"E{key.upper()}_{i}", self.number(i, platform_place))]
                for i in range(1, self.rows + 1)]

    def columns(self):
        for n, (key, variant) in enumerate(self.platforms):
            yield key, variant, self.names(n, key)


TEXT_FN = f"""
/// Entry `index` of a column stored as one string and where each entry starts.
#[inline]
const fn __text(text: &'static {STR}, start: ::core::primitive::usize, end: ::core::primitive::usize) -> &'static {STR} {{
    match text.split_at_checked(end) {{
        {OPT}::Some((head, _)) => match head.split_at_checked(start) {{
            {OPT}::Some((_, entry)) => entry,
            {OPT}::None => "",
        }},
        {OPT}::None => "",
    }}
}}
"""


def text_column(name: str, entries: list[str]) -> str:
    """`const __<NAME>_TEXT: &str` and `const __<NAME>_START: [u16|u32; n + 1]`."""
    text, starts = "", []
    for entry in entries:
        starts.append(len(text.encode()))
        text += entry
    starts.append(len(text.encode()))
    width = "u16" if starts[-1] < 65536 else "u32"
    return (f'const __{name}_TEXT: &{STR} = "{text}";\n'
            f"const __{name}_START: [::core::primitive::{width}; {len(starts)}] = [{', '.join(map(str, starts))}];")


def text_entry(name: str, index: str) -> str:
    return (f"__text(__{name}_TEXT, __{name}_START[{index}] as ::core::primitive::usize, "
            f"__{name}_START[{index} + 1] as ::core::primitive::usize)")


def enum_and_rows(t: Table, generated_debug: bool = False, row_by_all: bool = False,
                  text: bool = False) -> str:
    variants = "\n".join(f"    {t.variant(i)}," for i in range(1, t.rows + 1))
    index_arms = " ".join(f"Big::{t.variant(i)} => {i - 1}," for i in range(1, t.rows + 1))
    row_arms = " ".join(f"{i - 1} => {OPT}::Some(Big::{t.variant(i)})," for i in range(1, t.rows + 1))
    names = ", ".join(f'"{t.variant(i)}"' for i in range(1, t.rows + 1))
    messages = ", ".join(f'"{t.message(i)}"' for i in range(1, t.rows + 1))
    descriptions = ", ".join('""' for _ in range(t.rows))
    all_rows = ", ".join(f"Self::{t.variant(i)}" for i in range(1, t.rows + 1))
    kinds = ", ".join(f"__Kind::{k}" for k in t.kinds)
    derive_debug = "" if generated_debug else ", ::core::fmt::Debug"
    if text:
        name_message_arrays = (TEXT_FN + text_column("VARIANT", [t.variant(i) for i in range(1, t.rows + 1)] + ["Unlisted"])
                               + "\n" + text_column("MESSAGE", [t.message(i) for i in range(1, t.rows + 1)] + ["Unknown error"]))
        name_of = "let index = __index(self); " + text_entry("VARIANT", "index")
        message_of = "let index = __index(self); " + text_entry("MESSAGE", "index")
    else:
        name_message_arrays = (f'const __NAME: [&{STR}; __COUNT] = [{names}, "Unlisted"];\n'
                               f'const __MESSAGE: [&{STR}; __COUNT] = [{messages}, "Unknown error"];')
        name_of = "__NAME[__index(self)]"
        message_of = "__MESSAGE[__index(self)]"
    if row_by_all:
        row_fn = f"""
/// The row at `index` of `ALL`; `None` past the last row (the catch-all's index).
#[inline]
const fn __row(index: ::core::primitive::usize) -> {OPT}<Big> {{
    if index < Big::ALL.len() {{ {OPT}::Some(Big::ALL[index]) }} else {{ {OPT}::None }}
}}"""
    else:
        row_fn = f"""
#[inline]
const fn __row(index: ::core::primitive::usize) -> {OPT}<Big> {{
    match index {{ {row_arms} _ => {OPT}::None, }}
}}"""
    debug_impl = "" if not generated_debug else f"""
/// `Debug` as derived (the variant's name), read from `__NAME` instead of a `match`.
#[automatically_derived]
impl ::core::fmt::Debug for Big {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        match *self {{
            Self::Unlisted(ref unlisted) => f.debug_tuple("Unlisted").field(unlisted).finish(),
            _ => f.write_str(self.name()),
        }}
    }}
}}"""
    return f"""
/// A generated table.
#[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash{derive_debug})]
pub enum Big {{
{variants}
    Unlisted(::errtable::Unlisted),
}}

const _: () = {{
const __COUNT: ::core::primitive::usize = {t.count};

#[inline]
const fn __index(value: &Big) -> ::core::primitive::usize {{
    match *value {{ {index_arms} Big::Unlisted(..) => {t.rows}, }}
}}

{row_fn}
{debug_impl}
{name_message_arrays}
const __DESCRIPTION: [&{STR}; __COUNT] = [{descriptions}, ""];

{ALLOW}
impl Big {{
    pub const ALL: &'static [Self] = &[{all_rows}];
    #[inline] #[must_use]
    pub const fn name(&self) -> &'static {STR} {{ {name_of} }}
    #[inline] #[must_use]
    pub const fn message(&self) -> &'static {STR} {{ {message_of} }}
    #[inline] #[must_use]
    pub const fn description(&self) -> {OPT}<&'static {STR}> {{
        match __DESCRIPTION[__index(self)] {{
            description if description.is_empty() => {OPT}::None,
            description => {OPT}::Some(description),
        }}
    }}
}}

use {PRIV}::io::ErrorKind as __Kind;
const __KIND: [__Kind; __COUNT] = [{kinds}, __Kind::Other];
impl Big {{
    #[inline] #[must_use] #[allow(clippy::trivially_copy_pass_by_ref)]
    pub fn kind(&self) -> {PRIV}::io::ErrorKind {{
        match *self {{ Self::Unlisted(ref unlisted) => unlisted.kind(), _ => __KIND[__index(self)], }}
    }}
}}
"""


def names_nested(t: Table, stub: bool) -> str:
    out = []
    arms = []
    for key, variant, names in t.columns():
        entries = ", ".join("&[]" if stub else "&[" + ", ".join(f'("{s}", {n})' for s, n in row) + "]"
                            for row in names)
        array = f"__NAMES_{variant.upper()}"
        out.append(f"const {array}: [&[(&{STR}, {I32})]; __COUNT] = [{entries}, &[]];")
        arms.append(f"{P}::{variant} => {array}[index],")
    out.append(f"""
#[inline]
const fn __names(value: &Big, platform: {P}) -> &'static [(&'static {STR}, {I32})] {{
    let index = __index(value);
    match platform {{ {' '.join(arms)} _ => &[], }}
}}""")
    return "\n".join(out)


def names_flat(t: Table) -> str:
    out = []
    arms = []
    for key, variant, names in t.columns():
        pairs = [pair for row in names for pair in row]
        offsets, at = [0], 0
        for row in names:
            at += len(row)
            offsets.append(at)
        offsets.append(at)  # the catch-all's empty range
        width = "u16" if at < 65536 else "u32"
        v = variant.upper()
        out.append(f"const __PAIRS_{v}: [(&{STR}, {I32}); {len(pairs)}] = ["
                   + ", ".join(f'("{s}", {n})' for s, n in pairs) + "];")
        out.append(f"const __OFFSETS_{v}: [::core::primitive::{width}; __COUNT + 1] = ["
                   + ", ".join(str(o) for o in offsets) + "];")
        arms.append(f"{P}::{variant} => __slice(&__PAIRS_{v}, __OFFSETS_{v}[index] as usize, "
                    f"__OFFSETS_{v}[index + 1] as usize),")
    out.append(f"""
/// `pairs[start..end]` in a const fn.
#[inline]
const fn __slice(pairs: &'static [(&'static {STR}, {I32})], start: usize, end: usize) -> &'static [(&'static {STR}, {I32})] {{
    pairs.split_at(end).0.split_at(start).1
}}

#[inline]
const fn __names(value: &Big, platform: {P}) -> &'static [(&'static {STR}, {I32})] {{
    let index = __index(value);
    match platform {{ {' '.join(arms)} _ => &[], }}
}}""")
    return "\n".join(out)


MATCH_LIMIT = 512


def search_column(variant: str, names: list[list[tuple[str, int]]]) -> tuple[str, str]:
    """Sorted codes and their rows, and a binary search over them (tables past MATCH_LIMIT)."""
    pairs = sorted((row[0][1], i) for i, row in enumerate(names) if row)
    v = variant.upper()
    width = "u16"  # prototype: tables under 65,535 rows
    items = (f"const __CODES_{v}: [{I32}; {len(pairs)}] = [" + ", ".join(str(c) for c, _ in pairs) + "];\n"
             f"const __CODE_ROWS_{v}: [::core::primitive::{width}; {len(pairs)}] = ["
             + ", ".join(str(i) for _, i in pairs) + "];")
    return items, f"__search(&__CODES_{v}, &__CODE_ROWS_{v}, code)"


SEARCH_FN = f"""
/// The row of `code` in a sorted column, `__COUNT` where it is not there.
#[inline]
const fn __search(codes: &[{I32}], rows: &[::core::primitive::u16], code: {I32}) -> ::core::primitive::usize {{
    let (mut low, mut high) = (0, codes.len());
    while low < high {{
        let middle = low + (high - low) / 2;
        if codes[middle] < code {{ low = middle + 1; }} else {{ high = middle; }}
    }}
    if low < codes.len() && codes[low] == code {{ rows[low] as ::core::primitive::usize }} else {{ __COUNT }}
}}
"""


def codes(t: Table, direct: bool, search: bool = False, split: bool = False,
          text: bool = False) -> str:
    def arm(number: int, row: int) -> str:
        return f"{number} => {OPT}::Some(Big::{t.variant(row + 1)})," if direct else f"{number} => {row},"
    decode_arms = []
    search_items = []
    for key, variant, names in t.columns():
        if search and len(names) > MATCH_LIMIT:
            items, call = search_column(variant, names)
            search_items.append(items)
            decode_arms.append(f"{P}::{variant} => {'__row(' + call + ')' if direct else call},")
            continue
        arms = " ".join(arm(row[0][1], i) for i, row in enumerate(names))
        miss = f"{OPT}::None" if direct else "__COUNT"
        decode_arms.append(f"{P}::{variant} => match code {{ {arms} _ => {miss}, }},")
    miss = f"{{ let _ = code; {OPT}::None }}" if direct else "{ let _ = code; __COUNT }"
    decode = f"match platform {{ {' '.join(decode_arms)} _ => {miss}, }}"
    if not direct:
        decode = f"__row({decode})"
    searched = "\n".join(search_items) + (SEARCH_FN if search_items else "")
    code_body = f"""match __names(self, platform) {{{{ [(_, code), ..] => {OPT}::Some(*code), [] => {OPT}::None, }}}}"""
    symbol_body = f"""match __names(self, platform) {{ [(symbol, _), ..] => {OPT}::Some(*symbol), [] => {OPT}::None, }}"""
    if text:
        # The primary symbol and number of each row per platform as their own columns,
        # so that `{:#}` (symbol, code) never links the `(name, number)` pairs.
        symbol_arms, code_arms = [], []
        for key, variant, names in t.columns():
            v = variant.upper()
            searched += "\n" + text_column(f"SYMBOL_{v}", [row[0][0] if row else "" for row in names] + [""])
            searched += (f"\nconst __CODE_{v}: [{I32}; __COUNT] = ["
                         + ", ".join(str(row[0][1]) if row else "0" for row in names) + ", 0];")
            symbol_arms.append(f"{P}::{variant} => {text_entry('SYMBOL_' + v, 'index')},")
            code_arms.append(f"{P}::{variant} => (__SYMBOL_{v}_START[index] < __SYMBOL_{v}_START[index + 1], __CODE_{v}[index]),")
        symbol_body = (f"let index = __index(self); let symbol = match platform {{ {' '.join(symbol_arms)} _ => \"\", }}; "
                       f"if symbol.is_empty() {{ {OPT}::None }} else {{ {OPT}::Some(symbol) }}")
        code_body = (f"let index = __index(self); match match platform {{ {' '.join(code_arms)} _ => (false, 0), }} "
                     f"{{ (true, code) => {OPT}::Some(code), _ => {OPT}::None, }}")
    else:
        code_body = code_body.replace("{{", "{").replace("}}", "}")
    if split:
        # One small `#[inline]` function a platform: `from_code` with a constant platform
        # then inlines to one column's match, however many platforms the table has.
        functions = []
        calls = []
        for arm_text, (key, variant, _) in zip(decode_arms, t.columns()):
            body = arm_text.split("=>", 1)[1].rstrip(",")
            if not direct:
                body = f"__row({body})"
            functions.append(f"#[inline] const fn __decode_{key}(code: {I32}) -> {OPT}<Big> {{ {body} }}")
            calls.append(f"{P}::{variant} => __decode_{key}(code),")
        searched += "\n".join(functions)
        decode = f"match platform {{ {' '.join(calls)} _ => {{ let _ = code; {OPT}::None }} }}"
    return searched + f"""
{ALLOW}
impl Big {{
    #[inline] #[must_use]
    pub const fn code(&self, platform: {P}) -> {OPT}<{I32}> {{
        match *self {{
            Self::Unlisted(ref unlisted) => unlisted.code(platform),
            _ => {{ {code_body} }}
        }}
    }}
    #[inline] #[must_use]
    pub const fn symbol(&self, platform: {P}) -> {OPT}<&'static {STR}> {{
        {symbol_body}
    }}
    #[inline] #[must_use]
    pub const fn aliases(&self, platform: {P}) -> &'static [&'static {STR}] {{
        let index = __index(self);
        {{ let _ = (index, platform); &[] }}
    }}
    #[inline] #[must_use]
    pub const fn names(&self, platform: {P}) -> &'static [(&'static {STR}, {I32})] {{ __names(self, platform) }}
    {"#[inline(always)]" if split else "#[inline]"} #[must_use]
    pub const fn from_code(platform: {P}, code: {I32}) -> {OPT}<Self> {{ {decode} }}
    #[inline] #[must_use]
    pub const fn decode(platform: {P}, code: {I32}) -> Self {{
        match Self::from_code(platform, code) {{
            {OPT}::Some(row) => row,
            {OPT}::None => Self::Unlisted(::errtable::Unlisted::Code {{ platform, code }}),
        }}
    }}
    #[inline] #[must_use]
    pub const fn translate(code: {I32}, from: {P}, to: {P}) -> {OPT}<{I32}> {{
        match Self::from_code(from, code) {{ {OPT}::Some(row) => row.code(to), {OPT}::None => {OPT}::None, }}
    }}
    #[inline] #[must_use]
    pub const fn raw_os_error(&self) -> {OPT}<{I32}> {{
        match (self, {PRIV}::CURRENT) {{
            (Self::Unlisted(unlisted), _) => unlisted.raw_os_error(),
            (_, {OPT}::Some(platform)) => self.code(platform),
            (_, {OPT}::None) => {OPT}::None,
        }}
    }}
    #[inline] #[must_use]
    pub const fn from_raw_os_error(code: {I32}) -> {OPT}<Self> {{
        match {PRIV}::CURRENT {{ {OPT}::Some(platform) => Self::from_code(platform, code), {OPT}::None => {OPT}::None, }}
    }}
}}
"""


def from_name(t: Table, hashed: bool) -> str:
    by_length: dict[int, list[tuple[str, int]]] = {}
    for i in range(1, t.rows + 1):
        by_length.setdefault(len(t.variant(i)), []).append((t.variant(i), i - 1))
    for key, variant, names in t.columns():
        for i, row in enumerate(names):
            for s, _ in row:
                by_length.setdefault(len(s), []).append((s, i))
    if hashed:
        return (from_name_blob(t) if hashed == "blob" else from_name_hash(t)) + from_str()
    arms = " ".join(
        f"{n}usize => match name {{ " + " ".join(f'"{s}" => {i},' for s, i in entries) + " _ => __COUNT, },"
        for n, entries in sorted(by_length.items()))
    return f"""
{ALLOW}
impl Big {{
    #[inline] #[must_use]
    pub fn from_name(name: &{STR}) -> {OPT}<Self> {{
        __row(match name.len() {{ {arms} _ => __COUNT, }})
    }}
}}
""" + from_str()


def from_str() -> str:
    return f"""
#[automatically_derived]
impl ::core::str::FromStr for Big {{
    type Err = ::errtable::UnknownName;
    #[inline]
    fn from_str(name: &{STR}) -> ::core::result::Result<Self, Self::Err> {{
        match Self::from_name(name) {{
            {OPT}::Some(row) => ::core::result::Result::Ok(row),
            {OPT}::None => ::core::result::Result::Err(::errtable::UnknownName),
        }}
    }}
}}
"""


MASK = (1 << 64) - 1
MULTIPLIER = 0x9E37_79B9_7F4A_7C15


def name_hash(name: str, seed: int) -> int:
    """The hash `__hash` computes in the generated code, word by word."""
    data = name.encode()
    h = (len(data) ^ seed) & MASK
    full = len(data) // 8 * 8
    words = [data[i:i + 8] for i in range(0, full, 8)] + [data[full:].ljust(8, b"\0")]
    for word in words:
        h = ((h ^ int.from_bytes(word, "little")) * MULTIPLIER) & MASK
        h ^= h >> 29
    return h ^ (h >> 32)


def name_slots(t: Table) -> tuple[list[tuple[str, int]], int, int, int]:
    """Open addressing at load <= 1/2: (slots, mask, seed, longest probe)."""
    entries = [(t.variant(i), i - 1) for i in range(1, t.rows + 1)]
    seen = {name for name, _ in entries}
    for key, variant, names in t.columns():
        for i, row in enumerate(names):
            for s, _ in row:
                if s not in seen:
                    seen.add(s)
                    entries.append((s, i))
    size = 1
    while size < 2 * len(entries):
        size *= 2
    seed = 0
    slots: list[tuple[str, int] | None] = [None] * size
    longest = 0
    for name, index in entries:
        slot = name_hash(name, seed) & (size - 1)
        probe = 1
        while slots[slot] is not None:
            slot = (slot + 1) & (size - 1)
            probe += 1
        slots[slot] = (name, index)
        longest = max(longest, probe)
    return [s or ("", t.count - 1) for s in slots], size - 1, seed, longest + 1


def from_name_hash(t: Table) -> str:
    slots, mask, seed, probes = name_slots(t)
    width = "u16" if t.count < 65536 else "u32"
    body = ", ".join(f'("{s}", {i})' for s, i in slots)
    return f"""
/// Every name and symbol by hash, open addressing; an empty name is an empty slot.
const __NAME_SLOTS: [(&{STR}, ::core::primitive::{width}); {len(slots)}] = [{body}];

/// The hash the macro placed the names with (runtime helper in the real expansion).
#[inline]
fn __hash(bytes: &[u8]) -> u64 {{
    let mut hash = (bytes.len() as u64) ^ {seed};
    let mut chunks = bytes.chunks_exact(8);
    let mut word = [0u8; 8];
    for chunk in &mut chunks {{
        word.copy_from_slice(chunk);
        hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul({MULTIPLIER:#x});
        hash ^= hash >> 29;
    }}
    let rest = chunks.remainder();
    word = [0u8; 8];
    word[..rest.len()].copy_from_slice(rest);
    hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul({MULTIPLIER:#x});
    hash ^= hash >> 29;
    hash ^ (hash >> 32)
}}

{ALLOW}
impl Big {{
    #[inline] #[must_use]
    pub fn from_name(name: &{STR}) -> {OPT}<Self> {{
        let mut slot = __hash(name.as_bytes()) as usize;
        // The longest probe sequence the macro saw: {probes} slots.
        for _ in 0..{probes} {{
            slot &= {mask};
            let (candidate, index) = __NAME_SLOTS[slot];
            if candidate.is_empty() {{
                return {OPT}::None;
            }}
            if candidate.len() == name.len() && candidate == name {{
                return __row(index as usize);
            }}
            slot += 1;
        }}
        {OPT}::None
    }}
}}
"""


NAME_MATCH_LIMIT = 2048


def distinct_names(t: Table) -> int:
    names = {t.variant(i) for i in range(1, t.rows + 1)}
    for _, _, column in t.columns():
        names.update(s for row in column for s, _ in row)
    return len(names)


def from_name_blob(t: Table) -> str:
    """Names in one string, bucketed by hash: integer arrays and one literal."""
    entries = [(t.variant(i), i - 1) for i in range(1, t.rows + 1)]
    seen = {name for name, _ in entries}
    for key, variant, names in t.columns():
        for i, row in enumerate(names):
            for s, _ in row:
                if s not in seen:
                    seen.add(s)
                    entries.append((s, i))
    buckets = 1
    while buckets < len(entries):
        buckets *= 2
    seed = 0
    by_bucket: list[list[tuple[str, int]]] = [[] for _ in range(buckets)]
    for name, index in entries:
        by_bucket[name_hash(name, seed) & (buckets - 1)].append((name, index))
    text, starts, rows, bucket_starts = "", [], [], [0]
    for bucket in by_bucket:
        for name, index in bucket:
            starts.append(len(text))
            text += name
            rows.append(index)
        bucket_starts.append(len(starts))
    starts.append(len(text))
    return f"""
/// Every name and symbol, one after the other, grouped by bucket.
const __NAME_TEXT: &{STR} = "{text}";
/// Where each name starts in `__NAME_TEXT` (one more: the end of the last).
const __NAME_START: [::core::primitive::u32; {len(starts)}] = [{", ".join(map(str, starts))}];
/// The row each name stands for.
const __NAME_ROW: [::core::primitive::u16; {len(rows)}] = [{", ".join(map(str, rows))}];
/// Where each bucket's names start in `__NAME_START` (one more: the end).
const __BUCKET_START: [::core::primitive::u32; {buckets + 1}] = [{", ".join(map(str, bucket_starts))}];

/// The hash the macro bucketed the names with (a runtime helper in the real expansion).
#[inline]
fn __hash(bytes: &[u8]) -> u64 {{
    let mut hash = (bytes.len() as u64) ^ {seed};
    let mut chunks = bytes.chunks_exact(8);
    let mut word = [0u8; 8];
    for chunk in &mut chunks {{
        word.copy_from_slice(chunk);
        hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul({MULTIPLIER:#x});
        hash ^= hash >> 29;
    }}
    let rest = chunks.remainder();
    word = [0u8; 8];
    word[..rest.len()].copy_from_slice(rest);
    hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul({MULTIPLIER:#x});
    hash ^= hash >> 29;
    hash ^ (hash >> 32)
}}

{ALLOW}
impl Big {{
    #[inline] #[must_use]
    pub fn from_name(name: &{STR}) -> {OPT}<Self> {{
        let bucket = (__hash(name.as_bytes()) as usize) & {buckets - 1};
        let mut entry = __BUCKET_START[bucket] as usize;
        let end = __BUCKET_START[bucket + 1] as usize;
        while entry < end {{
            let (start, stop) = (__NAME_START[entry] as usize, __NAME_START[entry + 1] as usize);
            if stop - start == name.len() && __NAME_TEXT.as_bytes().get(start..stop) == {OPT}::Some(name.as_bytes()) {{
                return __row(__NAME_ROW[entry] as usize);
            }}
            entry += 1;
        }}
        {OPT}::None
    }}
}}
"""


def display(t: Table) -> str:
    def current(method: str) -> str:
        return f"match {PRIV}::CURRENT {{ {OPT}::Some(p) => value.{method}(p), {OPT}::None => {OPT}::None, }}"
    return f"""
#[automatically_derived]
impl ::core::fmt::Display for Big {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        #[cold]
        fn alternate(value: &Big, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
            {PRIV}::fmt_row(f, value.message(), {current("symbol")}, {current("code")})
        }}
        match *self {{
            Self::Unlisted(ref unlisted) => ::core::fmt::Display::fmt(unlisted, f),
            _ if f.alternate() => alternate(self, f),
            _ => {PRIV}::fmt_row(f, self.message(), {OPT}::None, {OPT}::None),
        }}
    }}
}}

#[automatically_derived]
impl ::core::error::Error for Big {{}}
"""


def kind_arms(t: Table) -> str:
    rows_by_kind: dict[str, list[int]] = {}
    for i, kind in enumerate(t.kinds, 1):
        rows_by_kind.setdefault(kind, []).append(i)
    return " ".join(f"{PRIV}::io::ErrorKind::{k} => {OPT}::Some(Self::{t.variant(rows[0])}),"
                    for k, rows in sorted(rows_by_kind.items()) if len(rows) == 1 and k != "Other")


def io(t: Table, once: bool) -> str:
    if once:
        from_ref = f"""
            match error.raw_os_error() {{
                {OPT}::Some(code) => match Self::from_raw_os_error(code) {{
                    {OPT}::Some(row) => row,
                    {OPT}::None => Self::Unlisted(::errtable::Unlisted::from_raw_os_error(code)),
                }},
                {OPT}::None => __from_io_error_without_code(error),
            }}"""
        cold = f"""
#[cold]
fn __from_io_error_without_code(error: &{PRIV}::io::Error) -> Big {{
    match Big::from_io_error(error) {{
        {OPT}::Some(row) => row,
        {OPT}::None => Big::Unlisted({PRIV}::unlisted(error)),
    }}
}}
"""
    else:
        from_ref = f"""
            match Self::from_io_error(error) {{
                {OPT}::Some(row) => row,
                {OPT}::None => Self::Unlisted({PRIV}::unlisted(error)),
            }}"""
        cold = ""
    return f"""
{ALLOW}
impl Big {{
    #[inline] #[must_use]
    pub fn from_io_error(error: &{PRIV}::io::Error) -> {OPT}<Self> {{
        if let {OPT}::Some(code) = error.raw_os_error() {{
            return Self::from_raw_os_error(code);
        }}
        if let {OPT}::Some(row) = {PRIV}::inner::<Self>(error) {{
            return __row(__index(row));
        }}
        match error.kind() {{ {kind_arms(t)} _ => {OPT}::None, }}
    }}
}}
{cold}
#[automatically_derived]
impl ::core::convert::From<&{PRIV}::io::Error> for Big {{
    #[inline]
    fn from(error: &{PRIV}::io::Error) -> Self {{{from_ref}
    }}
}}

#[automatically_derived]
impl ::core::convert::From<{PRIV}::io::Error> for Big {{
    #[inline]
    fn from(error: {PRIV}::io::Error) -> Self {{ Self::from(&error) }}
}}

#[automatically_derived]
impl ::core::convert::From<Big> for {PRIV}::io::Error {{
    #[inline]
    fn from(value: Big) -> Self {{
        match value {{
            Big::Unlisted(unlisted) => unlisted.into_io_error(),
            value => {PRIV}::into_io_error(value.raw_os_error(), value.kind(), value),
        }}
    }}
}}
"""


def generate(rows: int, platforms: int, layout: str, scattered: bool = False,
             real: list | None = None) -> str:
    t = Table(rows, platforms, real)
    t.scattered = scattered
    data, decoding, lookup, conversion = LAYOUTS[layout]
    names = {"nested": lambda: names_nested(t, False), "stub": lambda: names_nested(t, True),
             "flat": lambda: names_flat(t)}[data]()
    if lookup == "auto":
        # The per-length `match` is as fast as a hand-written one and cheap to compile
        # for a few thousand names; past NAME_MATCH_LIMIT its borrow-checking grows
        # faster than the table, and the hashed text takes over.
        lookup = "match" if distinct_names(t) <= NAME_MATCH_LIMIT else "blob"
    if lookup == "stub":
        name_lookup = f"impl Big {{ pub fn from_name(name: &{STR}) -> {OPT}<Self> {{ let _ = name; {OPT}::None }} }}" + from_str()
    else:
        name_lookup = from_name(t, lookup if lookup in ("hash", "blob") else False)
    lean = "search" in decoding
    return "\n".join([
        f"//! Generated by benches/scripts/layouts.py: {rows} rows, {platforms} platforms, layout {layout}.",
        enum_and_rows(t, generated_debug=lean, row_by_all=lean, text="text" in decoding), names,
        codes(t, decoding.startswith("direct"), search=lean, split="split" in decoding,
              text="text" in decoding),
        name_lookup, display(t),
        io(t, conversion == "once"), "};",
    ]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--platforms", type=int, choices=[4, 9], default=9)
    parser.add_argument("--layout", choices=LAYOUTS, default="nested")
    args = parser.parse_args()
    print(generate(args.rows, args.platforms, args.layout), end="")


if __name__ == "__main__":
    main()
