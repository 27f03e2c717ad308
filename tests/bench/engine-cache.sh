#!/usr/bin/env bash
# How much the scoring engine leans on the CPU caches: scores the 3 KB benchmark article after
# sweeping buffers of the given sizes (KB) through the caches, against clean scores in the same
# run (tests/bench/SupplyRisk.Scoring.Engine.Benchmarks/CacheSweep.cs). About 20 s.
#
#   tests/bench/engine-cache.sh [SWEEP_KB ...]     (default 512 1024 2048 4096)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet run -c Release --project tests/bench/SupplyRisk.Scoring.Engine.Benchmarks -- cache "$@"
