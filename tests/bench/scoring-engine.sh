#!/usr/bin/env bash
# Runs the scoring-engine benchmark (BenchmarkDotNet, short run) in Release and prints MB/s per
# core for the full scorer and the mention scan alone, their ratio, and allocations per article.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet run -c Release --project tests/bench/SupplyRisk.Scoring.Engine.Benchmarks -- --filter '*' "$@" 2>&1 \
  | tee /tmp/scoring-engine-bench.log \
  | grep -E '^\| (Method|FullScorer|MentionScanOnly)|^corpus:|MB/s per core|ratio:|[Ee]rror:' || true
grep -q 'scorer/scan ratio' /tmp/scoring-engine-bench.log
