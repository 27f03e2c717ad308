#!/usr/bin/env bash
# Two versions of the scoring engine in one process, scoring the 3 KB benchmark article in
# alternating blocks (SupplyRisk.Scoring.Engine.Benchmarks/SideBySide.cs): the way to see a
# change of a few per cent on a VM whose speed drifts by half from one minute to the next.
# A is a git revision (default HEAD), B another one or the working tree (default). The
# services run in invariant globalization mode, and so does this comparison. With SWEEP_KB, each
# score follows a sweep of that much other memory through the caches (untimed), as a score in
# the service follows Kestrel's, the kernel's and the load generator's work: 1024 is a fair guess.
#
# One process's ratio also carries where that process happened to place each build's code and
# tables: two builds of one revision gave 1.003 and 1.028 in two runs. So the comparison runs
# RUNS processes, loading A first in odd runs and B first in even ones, and gives the median
# of their ratios.
#
#   tests/bench/engine-ab.sh [REV_A] [REV_B|.] [SECONDS] [SWEEP_KB] [RUNS]     (defaults HEAD, ., 30, 0, 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
rev_a=${1:-HEAD}
rev_b=${2:-.}
seconds=${3:-30}
sweep_kb=${4:-0}
runs=${5:-3}
work=$(mktemp -d)
cleanup() {
  for tree in "$work"/tree-*; do [ -d "$tree" ] && git worktree remove --force "$tree" >/dev/null 2>&1; done
  rm -rf "$work"
}
trap cleanup EXIT

build_engine() { # REV OUT_DIR
  local source=$root
  if [ "$1" != "." ]; then
    source="$work/tree-$(basename "$2")"
    git worktree add --detach -q "$source" "$1"
  fi
  dotnet build "$source/services/SupplyRisk.Scoring.Engine" -c Release -nologo -v quiet -o "$2" >"$work/build-$(basename "$2").log" 2>&1 \
    || { tail -n 20 "$work/build-$(basename "$2").log" >&2; exit 1; }
}

echo "==> building the engine at $rev_a (A) and ${rev_b/#./the working tree} (B)"
build_engine "$rev_a" "$work/a"
build_engine "$rev_b" "$work/b"
dotnet build tests/bench/SupplyRisk.Scoring.Engine.Benchmarks -c Release -nologo -v quiet >"$work/build-bench.log" 2>&1 \
  || { tail -n 20 "$work/build-bench.log" >&2; exit 1; }
label_a=$rev_a label_b=${rev_b/#./working tree}
ratios=()
for run in $(seq 1 "$runs"); do
  if [ $((run % 2)) -eq 1 ]; then first=a second=b; else first=b second=a; fi
  echo "==> run $run of $runs: scoring side by side for $seconds s (${first^^} loaded first)"
  out=$(DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 dotnet tests/bench/SupplyRisk.Scoring.Engine.Benchmarks/bin/Release/net10.0/SupplyRisk.Scoring.Engine.Benchmarks.dll \
    ab "$work/$first" "$work/$second" "$seconds" "$sweep_kb")
  # The program prints its first argument as "A" and the ratio as second over first.
  ratio=$(awk '/median of the pairs/ {print $8}' <<<"$out")
  [ "$first" = b ] && ratio=$(awk -v r="$ratio" 'BEGIN {printf "%.3f", 1 / r}')
  grep -v 'median of the pairs' <<<"$out" | sed "s|^A $work/$first|${first^^}|; s|^B $work/$second|${second^^}|"
  echo "  B / A: $ratio"
  ratios+=("$ratio")
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END {printf "%.3f", NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
echo "A = $label_a, B = $label_b"
echo "B / A, median of $runs runs: $median (runs: ${ratios[*]})"
