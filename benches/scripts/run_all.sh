#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md in one go and keeps each report under
# target/bench-results/. Takes ~30 minutes on 2 cores; nothing else should be building.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/bench-results
mkdir -p "$out"
cargo bench -p errtable-bench -- --bench | tee "$out/runtime.md"
python3 benches/scripts/cold_build.py --runs 3 | tee "$out/cold_build.md"
python3 benches/scripts/expansion.py --runs 3 | tee "$out/expansion.md"
ERRTABLE_BENCH_DIR=target/bench-scratch-opt python3 benches/scripts/expansion.py --runs 3 --optimized-macros | tee "$out/expansion-optimized.md"
python3 benches/scripts/size.py | tee "$out/size.md"
python3 benches/scripts/syn_cost.py --runs 3 | tee "$out/syn_cost.md"
