# Building, starting and watching the three services (sourced by up.sh and tests/run.sh,
# after infra.sh).
# shellcheck shell=bash

SERVICES=(ingest scoring risk)
CONFIGURATION=${CONFIGURATION:-Release}

service_project() {
  case $1 in
    ingest) echo SupplyRisk.Ingest ;;
    scoring) echo SupplyRisk.Scoring ;;
    risk) echo SupplyRisk.Risk ;;
    *) die "unknown service $1" ;;
  esac
}

service_dll() {
  local p; p=$(service_project "$1")
  echo "$REPO_ROOT/services/$p/bin/$CONFIGURATION/net10.0/$p.dll"
}

build_services() {
  log "building the services ($CONFIGURATION)"
  local s
  for s in "${SERVICES[@]}"; do
    local p; p=$(service_project "$s")
    dotnet build "$REPO_ROOT/services/$p/$p.csproj" -c "$CONFIGURATION" -nologo -v quiet >"$RUN_DIR/logs/build-$s.log" 2>&1 \
      || { tail -n 30 "$RUN_DIR/logs/build-$s.log" >&2; die "building $p failed"; }
  done
}

# The .NET runtime's settings for every service process (the Dockerfile sets the same).
# DOTNET_GCgen0size: collect the youngest generation after 64 MB of allocation; left to itself,
# the runtime collected every 2 MB here (workstation GC sizes it from the CPU caches, which
# this VM does not report, and caps it at 6 MB). A young collection in a service paused for
# 0.5-1.2 ms whatever its size (a console loop scoring the same article: 0.05-0.09 ms), so the
# number of collections sets the cost: POST /v1/score spent about 8 us per request in pauses
# with the runtime's budget and under 1 us with 64 MB, and served about 20 % more requests per
# second (tests/bench/README.md, tenth round). The price is about 70 MB more resident memory
# per service. A value already in the environment wins.
RUNTIME_ENV=("DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000}")

# start_service NAME PORT [EXTRA_ENV...]: runs in the background, logs to .run/logs/NAME.log.
start_service() {
  local name=$1 port=$2; shift 2
  log "starting $name on 127.0.0.1:$port"
  (
    cd "$REPO_ROOT"
    nohup env "${RUNTIME_ENV[@]}" "ASPNETCORE_URLS=http://127.0.0.1:$port" "$@" dotnet "$(service_dll "$name")" \
      >"$RUN_DIR/logs/$name.log" 2>&1 &
    echo $! >"$RUN_DIR/$name.pid"
  )
}

stop_services() {
  local s
  for s in "${SERVICES[@]}"; do stop_pidfile "$RUN_DIR/$s.pid"; done
}

wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    if ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
      tail -n 20 "$RUN_DIR/logs/$name.log" >&2
      die "$name exited (log: $RUN_DIR/logs/$name.log)"
    fi
    sleep 0.5
  done
  die "$name is not ready after 60 s (log: $RUN_DIR/logs/$name.log)"
}

app_psql() {
  PGPASSWORD=$POSTGRES_PASSWORD psql -h 127.0.0.1 -U "$POSTGRES_USER" -d "$1" -qtAX -c "$2"
}

# Waits until every stored item has reached the risk service (or went to an error queue).
wait_pipeline_drained() {
  local db=$1 timeout=$2 behind=""
  for _ in $(seq 1 $((timeout * 2))); do
    behind=$(app_psql "$db" "SELECT (SELECT count(*) FROM ingest.news_items) - (SELECT count(*) FROM risk.scored_items)" 2>/dev/null || echo "?")
    [ "$behind" = 0 ] && return 0
    sleep 0.5
  done
  die "$behind stored items were not scored within $timeout s (logs: $RUN_DIR/logs/)"
}

print_risk_table() {
  local port=$1
  curl -fsS "http://127.0.0.1:$port/v1/risk" | jq -r '
    "SECTOR          SCORE  BAND       BASELINE    NEWS",
    (.sectors[] | "\(.sector | . + " " * (14 - length))  \(.score | tostring | . + " " * (5 - length))  \(.band | . + " " * (9 - length))  \(.baseline | tostring | . + " " * (8 - length))  \(.news * 100 | round / 100)")'
}

# A read-only role for Grafana's PostgreSQL datasource (after the services made their schemas).
ensure_reader_role() {
  local db=$1
  psql_admin "-d $db -c \"DO \\\$\\\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'supplyrisk_reader') THEN
        CREATE ROLE supplyrisk_reader LOGIN PASSWORD '$GRAFANA_DB_PASSWORD';
      ELSE
        ALTER ROLE supplyrisk_reader LOGIN PASSWORD '$GRAFANA_DB_PASSWORD';
      END IF;
    END \\\$\\\$;
    GRANT CONNECT ON DATABASE $db TO supplyrisk_reader;
    GRANT USAGE ON SCHEMA ingest, scoring, risk TO supplyrisk_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA ingest, scoring, risk TO supplyrisk_reader;\"" >/dev/null
}
