#!/usr/bin/env bash
# Runs every test. Starts what the tests need the same way deploy/local/up.sh does
# (PostgreSQL, RabbitMQ, Prometheus on 127.0.0.1, installed from the distribution's packages
# when missing), on a database and a RabbitMQ virtual host of their own that are reset on each
# run, builds the solution and runs every test project. The last line reads
# `tests: N passed, N failed`; the exit code is non-zero when anything failed.
#
#   tests/run.sh                 every test
#   tests/run.sh --filter EXPR   only tests matching a `dotnet test --filter` expression
set -uo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export REPO_ROOT
# shellcheck source=deploy/local/infra.sh
. "$REPO_ROOT/deploy/local/infra.sh"
set -e

filter=()
if [ "${1:-}" = "--filter" ] && [ -n "${2:-}" ]; then filter=(--filter "$2"); fi

TEST_DB=supplyrisk_test
TEST_VHOST=supplyrisk_test
TEST_RUN_DIR="$REPO_ROOT/tests/.run"
mkdir -p "$TEST_RUN_DIR"

# The subscriber test plays a user's program in another language: Debian's Python with pika.
if ! /usr/bin/python3 -c 'import pika' >/dev/null 2>&1; then
  need_root_for_install python3-pika
  log "installing python3-pika from the distribution's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pika >"$RUN_DIR/logs/apt-pika.log" 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pika >"$RUN_DIR/logs/apt-pika.log" 2>&1; } \
    || die "could not install python3-pika"
fi
prepare_isolated_infra "$TEST_DB" "$TEST_VHOST"

# A Prometheus of the tests' own, scraping the services the integration tests start on
# 15080-15082 every second.
cat >"$TEST_RUN_DIR/prometheus.yml" <<'EOF'
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: ingest
    static_configs: [{ targets: ["127.0.0.1:15080"] }]
  - job_name: scoring
    static_configs: [{ targets: ["127.0.0.1:15081"] }]
  - job_name: risk
    static_configs: [{ targets: ["127.0.0.1:15082"] }]
  # Per-queue broker metrics (vhost and queue labels), as the dashboards and alerts read them.
  - job_name: rabbitmq-queues
    metrics_path: /metrics/per-object
    static_configs: [{ targets: ["127.0.0.1:15692"] }]
EOF
stop_pidfile "$RUN_DIR/prometheus-test.pid"
rm -rf "$RUN_DIR/prometheus-test-data"
start_prometheus prometheus-test 19090 "$TEST_RUN_DIR/prometheus.yml"
trap 'stop_pidfile "$RUN_DIR/prometheus-test.pid"' EXIT

export SUPPLYRISK_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Database=$TEST_DB;Username=$POSTGRES_USER;Password=$POSTGRES_PASSWORD;SSL Mode=Disable"
export SUPPLYRISK_TEST_RABBITMQ="amqp://$RABBITMQ_USER:$RABBITMQ_PASSWORD@127.0.0.1:5672/$TEST_VHOST"
export SUPPLYRISK_TEST_PROMETHEUS="http://127.0.0.1:19090"
export SUPPLYRISK_TEST_CONFIGURATION=Release

log "building the solution (Release)"
dotnet build "$REPO_ROOT/Dashboard.sln" -c Release -nologo -v quiet >"$TEST_RUN_DIR/build.log" 2>&1 \
  || { grep -E "error|warn" "$TEST_RUN_DIR/build.log" | sort -u | head -n 40 >&2; echo "tests: 0 passed, 1 failed"; exit 1; }

rm -rf "$TEST_RUN_DIR/results"
set +e
status=0
for project in "$REPO_ROOT"/tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  log "running $name"
  dotnet test "$project" -c Release --no-build -nologo "${filter[@]}" \
    --logger "trx;LogFileName=$name.trx" --results-directory "$TEST_RUN_DIR/results" \
    --logger "console;verbosity=normal" >"$TEST_RUN_DIR/$name.log" 2>&1
  rc=$?
  grep -E "^\s+(Passed|Failed|Skipped) |^\s+Total tests|Error Message|Assert\.|^\s+at SupplyRisk" "$TEST_RUN_DIR/$name.log" | grep -vE "^\s+Passed " | head -n 60
  [ $rc -ne 0 ] && status=1
done

passed=0 failed=0 skipped=0
for trx in "$TEST_RUN_DIR"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  t=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
  e=$(sed -E 's/.* executed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
# A project that crashed before writing its results counts as a failure.
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
if [ $passed -eq 0 ] && [ $failed -eq 0 ]; then failed=1; echo "no test ran" >&2; status=1; fi

if [ $skipped -gt 0 ]; then
  echo "tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "tests: $passed passed, $failed failed"
fi
exit $status
