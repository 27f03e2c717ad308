#!/usr/bin/env bash
# Runs the whole system locally without Docker: installs what is missing (PostgreSQL,
# RabbitMQ, Prometheus from the distribution's packages), starts it on 127.0.0.1, builds and
# starts the three services, imports the sample news in seeds/news, waits until it is
# scored, and prints the sector risk table and the URLs. Running it again restarts the
# services on the new build and changes nothing else.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=deploy/local/infra.sh
. "$REPO_ROOT/deploy/local/infra.sh"
# shellcheck source=deploy/local/services.sh
. "$REPO_ROOT/deploy/local/services.sh"

DB=supplyrisk
VHOST=supplyrisk

ensure_packages
ensure_env_file
start_postgres
ensure_database "$DB"
start_rabbitmq
ensure_rabbit_vhost "$VHOST"
connection_strings "$DB" "$VHOST"

build_services
stop_services
start_service ingest 5080 "Ingest__ImportFolders__0=$REPO_ROOT/seeds/news"
start_service scoring 5081
start_service risk 5082
wait_ready ingest 5080
wait_ready scoring 5081
wait_ready risk 5082
ensure_reader_role "$DB"
start_prometheus prometheus 9090 "$REPO_ROOT/deploy/prometheus/prometheus.yml"

log "waiting until every stored news item is scored and counted"
wait_pipeline_drained "$DB" 120

echo
print_risk_table 5082
cat <<EOF

Ingest API      http://127.0.0.1:5080/docs    (POST /v1/news needs X-Api-Key)
Scoring API     http://127.0.0.1:5081/docs
Risk API        http://127.0.0.1:5082/docs    (GET /v1/risk)
Metrics         http://127.0.0.1:508{0,1,2}/metrics
Prometheus      http://127.0.0.1:9090
RabbitMQ        http://127.0.0.1:15672        (user $RABBITMQ_USER)
Logs            $RUN_DIR/logs/
Settings        deploy/local/.env
API key         SUPPLYRISK_API_KEY=$SUPPLYRISK_API_KEY
Stop            deploy/local/down.sh   (add --purge to delete the data)
EOF
