#!/usr/bin/env bash
# Pipeline benchmark: end-to-end items/s (accepted by ingest -> scored -> stored by risk) and
# p50/p99 latency through the real services, and in the same run the raw MassTransit
# publish->consume rate on the same broker, with the ratio. Everything on 127.0.0.1, on a
# database and virtual host of its own that are reset first; bounded by ITEMS and ROUNDS.
#
# This 2-core VM's speed drifts by 20 % or more from one minute to the next, and a ratio of two
# rates measured minutes apart moved with it (the same code read 27 % and 41 %). So the two are
# measured ROUNDS times in turn, pipeline then raw, and the summary gives the medians: of each
# rate and of the per-round ratios.
#
#   tests/bench/pipeline.sh [ITEMS] [MAX_WARM_UP_ROUNDS] [ROUNDS]    (defaults 20000, 6 and 3)
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export REPO_ROOT
. "$REPO_ROOT/deploy/local/infra.sh"
RUN_DIR="$REPO_ROOT/tests/.run/bench"
mkdir -p "$RUN_DIR/logs"
. "$REPO_ROOT/deploy/local/services.sh"

ITEMS=${1:-20000}
MAX_WARM_UP_ROUNDS=${2:-6}
ROUNDS=${3:-3}
DB=supplyrisk_bench
VHOST=supplyrisk_bench

prepare_isolated_infra "$DB" "$VHOST"

build_services
log "building the benchmark"
dotnet build "$REPO_ROOT/tests/bench/SupplyRisk.Pipeline.Benchmarks" -c Release -nologo -v quiet >"$RUN_DIR/logs/build-bench.log" 2>&1 \
  || { tail -n 30 "$RUN_DIR/logs/build-bench.log"; die "building the benchmark failed"; }
BENCH="dotnet $REPO_ROOT/tests/bench/SupplyRisk.Pipeline.Benchmarks/bin/Release/net10.0/SupplyRisk.Pipeline.Benchmarks.dll"
# The load generator is a fresh process for each round. With tiered compilation its JIT
# recompiled hot methods in the background during the timed phase: a profile found 5 % of the
# machine's CPU there, against 0.2 % for the generator's actual work, taken from the services
# it measures. Compiled once, fully optimised, it stays out of their way. (The raw baseline
# keeps the default: it warms up in its own process, and its code is what it measures.)
GENERATOR="env DOTNET_TieredCompilation=0 $BENCH"

stop_services
trap stop_services EXIT
start_service ingest 16080 SUPPLYRISK_API_KEY=bench-key Logging__LogLevel__Default=Warning
start_service scoring 16081 Logging__LogLevel__Default=Warning
start_service risk 16082 Logging__LogLevel__Default=Warning
wait_ready ingest 16080
wait_ready scoring 16081
wait_ready risk 16082

# CPU time per process during the run (clock ticks from /proc), to show where an item's cost goes.
cpu_ticks() { # PID... -> summed user+system ticks
  local sum=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && sum=$(( sum + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo "$sum"
}
cpu_snapshot() {
  echo "ingest $(cpu_ticks "$(cat "$RUN_DIR/ingest.pid")")"
  echo "scoring $(cpu_ticks "$(cat "$RUN_DIR/scoring.pid")")"
  echo "risk $(cpu_ticks "$(cat "$RUN_DIR/risk.pid")")"
  echo "rabbitmq $(cpu_ticks $(pgrep -f beam.smp))"
  echo "postgresql $(cpu_ticks $(pgrep -x postgres))"
}

# Allocation and garbage-collector pauses per service, from their /metrics: bytes allocated per
# item do not drift with the VM's speed, so they show a change in our code's work that the rates
# and the CPU times, 20 % apart from one minute to the next, cannot.
gc_snapshot() {
  local service port
  for service in ingest:16080 risk:16082 scoring:16081; do # in name order, for join
    port=${service#*:}
    curl -fsS "http://127.0.0.1:$port/metrics" | awk -v s="${service%%:*}" '
      /^dotnet_gc_allocated_bytes_total / {a = $2 + 0}
      /^dotnet_gc_pause_seconds_total / {p = $2 + 0}
      /^dotnet_collection_count_total\{generation="0"\}/ {g = $2 + 0}
      /^dotnet_collection_count_total\{generation="2"\}/ {g2 = $2 + 0}
      END {printf "%s %.0f %.6f %d %d\n", s, a, p, g, g2}'
  done
}
gc_per_item() { # BEFORE AFTER -> per service: KB allocated and us paused per item, collections
  join "$1" "$2" | awk -v n="$ITEMS" '{printf "%s%s: %.1f KB, %.1f us paused, %d collections (%d gen2)", (NR > 1 ? "; " : ""),
    $1, ($6 - $2) / n / 1024, ($7 - $3) * 1e6 / n, $8 - $4, $9 - $5}'
}

# Both sides are measured in their steady state. Moving as many items as the measurement once
# was not enough: a profile of that run still found ingest spending a fifth of its CPU in the
# JIT (tiered compilation and dynamic PGO work through MassTransit's many async methods for
# minutes on two busy cores). So the services are warmed up in rounds of ITEMS until their CPU
# per item stops falling (by less than 5 % from one round to the next), and the raw bus below
# does the same with its rate.
services_us_per_item() { # BEFORE AFTER -> ingest+scoring+risk CPU microseconds per item
  join "$1" "$2" | awk -v n="$ITEMS" -v hz="$(getconf CLK_TCK)" \
    '$1 == "ingest" || $1 == "scoring" || $1 == "risk" {t += $3 - $2} END {printf "%.0f", t * 1e6 / hz / n}'
}
previous=""
for round in $(seq 1 "$MAX_WARM_UP_ROUNDS"); do
  log "warming up, round $round ($ITEMS items)"
  cpu_snapshot >"$RUN_DIR/cpu-warm-before"
  warm=$($GENERATOR e2e http://127.0.0.1:16080 bench-key "$ConnectionStrings__Postgres" "$ITEMS")
  cpu_snapshot >"$RUN_DIR/cpu-warm-after"
  us=$(services_us_per_item "$RUN_DIR/cpu-warm-before" "$RUN_DIR/cpu-warm-after")
  echo "  $(sed -E 's/.*(end_to_end_per_s=[0-9]+).*/\1/' <<<"$warm"), services CPU per item ${us} us"
  if [ -n "$previous" ] && [ $((us * 100)) -ge $((previous * 95)) ]; then
    break
  fi
  previous=$us
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2))}'; }
field() { sed -E "s/.*$1=([0-9]+).*/\1/" <<<"$2"; }
hz=$(getconf CLK_TCK)
rates=() raws=() ratios=() cost_ratios=() machines=()
for round in $(seq 1 "$ROUNDS"); do
  log "round $round of $ROUNDS: end to end, $ITEMS items"
  cpu_snapshot >"$RUN_DIR/cpu-before"
  gc_snapshot >"$RUN_DIR/gc-before"
  e2e=$($GENERATOR e2e http://127.0.0.1:16080 bench-key "$ConnectionStrings__Postgres" "$ITEMS")
  cpu_snapshot >"$RUN_DIR/cpu-after"
  gc_snapshot >"$RUN_DIR/gc-after"
  echo "  $e2e"
  cpu_per_item=$(join "$RUN_DIR/cpu-before" "$RUN_DIR/cpu-after" |
    awk -v n="$ITEMS" -v hz="$hz" '{printf "%s%s=%.0f", (NR > 1 ? " " : ""), $1, ($3 - $2) * 1e6 / hz / n}')
  echo "  CPU per item, microseconds: $cpu_per_item load-generator=$(field generator_cpu_us_per_item "$e2e") machine=$(field machine_cpu_us_per_item "$e2e")"
  echo "  heap per item: $(gc_per_item "$RUN_DIR/gc-before" "$RUN_DIR/gc-after")"

  # The services stay up (idle) while the raw bus runs, so that the next round needs no new
  # warm-up; what they spend meanwhile is printed, to show it is next to nothing.
  log "round $round of $ROUNDS: raw MassTransit publish->consume, $ITEMS messages on the same broker (after warm-up rounds of $ITEMS)"
  cpu_snapshot >"$RUN_DIR/cpu-raw-before"
  raw=$($BENCH raw "$ConnectionStrings__RabbitMq" "$ITEMS" "$ITEMS" "$MAX_WARM_UP_ROUNDS" | tail -n 1)
  cpu_snapshot >"$RUN_DIR/cpu-raw-after"
  idle_ms=$(join "$RUN_DIR/cpu-raw-before" "$RUN_DIR/cpu-raw-after" | awk -v hz="$hz" \
    '$1 == "ingest" || $1 == "scoring" || $1 == "risk" {t += $3 - $2} END {printf "%.0f", t * 1000 / hz}')
  echo "  $raw"
  echo "  (the idle services used $idle_ms ms of CPU meanwhile)"

  e2e_rate=$(field end_to_end_per_s "$e2e") raw_rate=$(field end_to_end_per_s "$raw")
  machine=$(field machine_cpu_us_per_item "$e2e") raw_machine=$(field machine_cpu_us_per_message "$raw")
  rates+=("$e2e_rate") raws+=("$raw_rate") machines+=("$machine")
  ratios+=("$(( 100 * e2e_rate / raw_rate ))") cost_ratios+=("$(( 100 * raw_machine / machine ))")
  printf '  round %s: pipeline %s items/s, raw %s msg/s, ratio %s%%; machine CPU %s us per item vs %s per message, cost ratio %s%%\n' \
    "$round" "$e2e_rate" "$raw_rate" "${ratios[-1]}" "$machine" "$raw_machine" "${cost_ratios[-1]}"
  echo "  latency (accepted -> stored by risk): $(sed -E 's/.*(p50_ms=[0-9]+ p99_ms=[0-9]+).*/\1/' <<<"$e2e")"
done
stop_services

echo
printf 'pipeline end-to-end: %s items/s   raw MassTransit: %s msg/s   ratio: %s%%   (medians of %s rounds; ratios per round: %s)\n' \
  "$(printf '%s\n' "${rates[@]}" | median)" "$(printf '%s\n' "${raws[@]}" | median)" \
  "$(printf '%s\n' "${ratios[@]}" | median)" "$ROUNDS" "$(IFS=/; echo "${ratios[*]}")"
# The ratio of the costs is what the ratio of the rates would be if both sides kept both cores
# busy all the time: the raw machine CPU per message over the pipeline's per item.
printf 'machine CPU: pipeline %s us per item   cost ratio: %s%%   (medians; per round: %s)\n' \
  "$(printf '%s\n' "${machines[@]}" | median)" "$(printf '%s\n' "${cost_ratios[@]}" | median)" "$(IFS=/; echo "${cost_ratios[*]}")"
echo "  (machine: every process and the kernel, from the first post to the last item stored)"
