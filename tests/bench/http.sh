#!/usr/bin/env bash
# HTTP benchmark: GET /v1/risk and POST /v1/score (a 3 KB article) beside a minimal Kestrel
# hello-world endpoint measured in the same run. For each: the maximum rate with wrk, then
# p50/p99 latency at half that rate with hey (a constant request rate). 127.0.0.1 only;
# each load lasts DURATION seconds.
#
# The rates of this 2-core VM drift by 20 % or more from one minute to the next, so the three
# maximum rates are measured ROUNDS times, one after the other in each round, and the table
# gives each endpoint's median rate and the median of its per-round ratio to hello world.
#
#   tests/bench/http.sh [DURATION] [ROUNDS]     (defaults 10 and 3)
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export REPO_ROOT
. "$REPO_ROOT/deploy/local/infra.sh"
RUN_DIR="$REPO_ROOT/tests/.run/bench-http"
mkdir -p "$RUN_DIR/logs"
. "$REPO_ROOT/deploy/local/services.sh"

DURATION=${1:-10}
ROUNDS=${2:-3}
DB=supplyrisk_bench
VHOST=supplyrisk_bench
CONNECTIONS=32

prepare_isolated_infra "$DB" "$VHOST"
for tool in wrk hey; do
  command -v $tool >/dev/null 2>&1 || { log "installing $tool"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >/dev/null; }
done

build_services
dotnet build "$REPO_ROOT/tests/bench/SupplyRisk.HelloWorld" -c Release -nologo -v quiet >"$RUN_DIR/logs/build-hello.log" 2>&1 \
  || die "building the hello-world baseline failed"

stop_services
stop_pidfile "$RUN_DIR/hello.pid"
cleanup() { stop_services; stop_pidfile "$RUN_DIR/hello.pid"; }
trap cleanup EXIT
quiet=(Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning
  RateLimits__compute__PermitsPerSecond=10000000 RateLimits__compute__Burst=10000000
  RateLimits__writes__PermitsPerSecond=10000000 RateLimits__writes__Burst=10000000)
start_service ingest 16080 SUPPLYRISK_API_KEY=bench-key "${quiet[@]}"
start_service scoring 16081 "${quiet[@]}"
start_service risk 16082 "${quiet[@]}"
# The baseline runs with the services' runtime settings (RUNTIME_ENV, services.sh).
# "cd && nohup ... &" would put the whole list in the background and record the pid of a
# subshell, leaving the server running after the cleanup; cd first, then start it.
(cd "$REPO_ROOT" || exit 1
 nohup env "${RUNTIME_ENV[@]}" dotnet tests/bench/SupplyRisk.HelloWorld/bin/Release/net10.0/SupplyRisk.HelloWorld.dll \
   --urls http://127.0.0.1:16099 >"$RUN_DIR/logs/hello.log" 2>&1 &
 echo $! >"$RUN_DIR/hello.pid")
wait_ready ingest 16080
wait_ready scoring 16081
wait_ready risk 16082
for _ in $(seq 1 60); do curl -fsS http://127.0.0.1:16099/ >/dev/null 2>&1 && break; sleep 0.5; done

# Give the risk index something to rank: the sample news, as up.sh imports it.
log "loading the sample news"
for f in "$REPO_ROOT"/seeds/news/*.json "$REPO_ROOT"/seeds/news/*.jsonl; do
  [ -f "$f" ] || continue
  if [[ $f == *.jsonl ]]; then jq -s . "$f"; else cat "$f"; fi |
    curl -fsS -X POST http://127.0.0.1:16080/v1/news -H 'Content-Type: application/json' -H 'X-Api-Key: bench-key' --data-binary @- >/dev/null
done
sleep 2

ARTICLE="$REPO_ROOT/tests/bench/article-3k.json"
export ARTICLE

max_rate() { # URL [wrk args...] -> requests/s
  local url=$1; shift
  wrk -t2 -c$CONNECTIONS -d"${DURATION}s" "$@" "$url" | awk '/Requests\/sec/ {printf "%d", $2}'
}
latency_at() { # RATE URL [hey args...] -> "p50_ms p99_ms"
  local rate=$1 url=$2; shift 2
  local per_worker=$(( rate / CONNECTIONS )); [ $per_worker -lt 1 ] && per_worker=1
  hey -z "${DURATION}s" -c $CONNECTIONS -q $per_worker "$@" "$url" |
    awk '/ 50%/ {p50=$3*1000} / 99%/ {p99=$3*1000} END {printf "%.2f %.2f", p50, p99}'
}

log "warming up"
wrk -t2 -c$CONNECTIONS -d3s http://127.0.0.1:16099/ >/dev/null
wrk -t2 -c$CONNECTIONS -d3s http://127.0.0.1:16082/v1/risk >/dev/null
wrk -t2 -c$CONNECTIONS -d3s -s "$REPO_ROOT/tests/bench/score.lua" http://127.0.0.1:16081/v1/score >/dev/null

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# Bytes a service has allocated on its managed heap (its /metrics): per request, a cost figure that
# does not drift with the VM's speed as the rates do.
allocated() { curl -fsS "http://127.0.0.1:$1/metrics" | awk '/^dotnet_gc_allocated_bytes_total / {printf "%.0f", $2}'; }
kb_per_request() { # BEFORE AFTER RATE -> KB allocated per request over one load of DURATION seconds
  awk -v a="$1" -v b="$2" -v n="$(( $3 * DURATION ))" 'BEGIN {printf "%.1f", (b - a) / n / 1024}'
}

log "measuring the maximum rates (${DURATION}s per load, $ROUNDS rounds)"
hellos="" risks="" scores="" risk_ratios="" score_ratios=""
for round in $(seq 1 "$ROUNDS"); do
  h=$(max_rate http://127.0.0.1:16099/)
  a0=$(allocated 16082)
  r=$(max_rate http://127.0.0.1:16082/v1/risk)
  a1=$(allocated 16082) a2=$(allocated 16081)
  s=$(max_rate http://127.0.0.1:16081/v1/score -s "$REPO_ROOT/tests/bench/score.lua")
  a3=$(allocated 16081)
  printf '  round %d: hello %d, GET /v1/risk %d (%d%%, %s KB allocated per request), POST /v1/score %d (%d%%, %s KB)\n' \
    "$round" "$h" "$r" $((100 * r / h)) "$(kb_per_request "$a0" "$a1" "$r")" "$s" $((100 * s / h)) "$(kb_per_request "$a2" "$a3" "$s")"
  hellos+=" $h" risks+=" $r" scores+=" $s"
  risk_ratios+=" $((1000 * r / h))" score_ratios+=" $((1000 * s / h))"
done
hello=$(median <<<"$hellos")
risk=$(median <<<"$risks")
score=$(median <<<"$scores")
risk_ratio=$(median <<<"$risk_ratios")
score_ratio=$(median <<<"$score_ratios")

log "measuring latency at half of each median rate (${DURATION}s per load)"
read -r hello50 hello99 <<<"$(latency_at $((hello / 2)) http://127.0.0.1:16099/)"
read -r risk50 risk99 <<<"$(latency_at $((risk / 2)) http://127.0.0.1:16082/v1/risk)"
read -r score50 score99 <<<"$(latency_at $((score / 2)) http://127.0.0.1:16081/v1/score -m POST -T application/json -D "$ARTICLE")"

pct() { printf '%d.%d' $(($1 / 10)) $(($1 % 10)); }
echo
printf '%-30s %10s %10s %16s %16s\n' endpoint "req/s" "vs hello" "p50 ms @ half" "p99 ms @ half"
printf '%-30s %10d %9s%% %16s %16s\n' "GET / (hello world)" "$hello" 100 "$hello50" "$hello99"
printf '%-30s %10d %9s%% %16s %16s\n' "GET /v1/risk" "$risk" "$(pct "$risk_ratio")" "$risk50" "$risk99"
printf '%-30s %10d %9s%% %16s %16s\n' "POST /v1/score (3 KB)" "$score" "$(pct "$score_ratio")" "$score50" "$score99"
echo "(req/s: median of $ROUNDS rounds; vs hello: median of the per-round ratios)"
