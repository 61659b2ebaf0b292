#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md in one go and keeps each report under
# target/bench-results/. About an hour on 2 shared cores; every step is bounded.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/bench-results
mkdir -p "$out"
s=benches/scripts
python3 $s/instructions.py | tee "$out/instructions.md"
python3 $s/cold_build.py --runs 5 | tee "$out/cold_build.md"
python3 $s/cold_build.py --runtime-only --runs 3 | tee "$out/runtime_only.md"
python3 $s/adoption.py --runs 3 | tee "$out/adoption.md"
python3 $s/llvm_lines.py --no-debug -p errtable-macros | tee "$out/llvm-lines-macros.md"
python3 $s/llvm_lines.py -p errtable -- --no-default-features --features std | tee "$out/llvm-lines-runtime.md"
python3 $s/scale.py --sizes 1000,5000,10000 --timeout 60 | tee "$out/scale.md"
python3 $s/size.py | tee "$out/size.md"
python3 $s/prototype.py verify | tee "$out/prototype-verify.md"
python3 $s/prototype.py check --sizes 1000,10000 --platforms 9 --cpu-limit 60 | tee "$out/prototype-check.md"
python3 $s/prototype.py check --scratch prototype-b --no-peers --sizes 5000,10000 --platforms 9,4 \
    --layouts data,data-split,data-split-text --cpu-limit 60 | tee "$out/prototype-data.md"
python3 $s/prototype.py instructions --real --layouts nested,data,data-split,data-split-text | tee "$out/prototype-instructions-real.md"
python3 $s/prototype.py instructions --rows 60 --layouts nested,flat-direct-hash,data-matchname,data \
    | tee "$out/prototype-instructions-60.md"
python3 $s/prototype.py instructions --rows 209 --scattered --layouts nested,data-split,data-split-text \
    | tee "$out/prototype-instructions-209.md"
python3 $s/prototype.py size --rows 209 --scattered --layouts nested,data,data-split,data-split-text | tee "$out/prototype-size.md"
python3 $s/prototype.py build --rows 209 --scattered --layouts nested,data-split-text --runs 3 | tee "$out/prototype-build.md"
python3 $s/constructs.py --rows 10000 --cpu-limit 400 | tee "$out/constructs.md"
