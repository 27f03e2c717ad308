#!/usr/bin/env bash
# Stops what deploy/local/up.sh started: the three services, Prometheus, RabbitMQ and
# PostgreSQL. The data stays (database, queues, Prometheus history) unless --purge is given,
# which also drops the database, the RabbitMQ virtual host and Prometheus' data.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=deploy/local/infra.sh
. "$REPO_ROOT/deploy/local/infra.sh"
# shellcheck source=deploy/local/services.sh
. "$REPO_ROOT/deploy/local/services.sh"

purge=false
for arg in "$@"; do
  case $arg in
    --purge) purge=true ;;
    -h | --help) sed -n '2,5p' "$0"; exit 0 ;;
    *) die "unknown option $arg (use --purge to delete the data)" ;;
  esac
done

log "stopping the services"
stop_services
stop_pidfile "$RUN_DIR/prometheus.pid"

if $purge; then
  [ -f "$ENV_FILE" ] && ensure_env_file
  if command -v pg_ctlcluster >/dev/null 2>&1 && su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; then
    log "dropping database supplyrisk"
    drop_database supplyrisk
  fi
  if rabbit_running; then
    log "deleting RabbitMQ virtual host supplyrisk"
    rabbitmqctl -q delete_vhost supplyrisk >/dev/null 2>&1 || true
  fi
  rm -rf "$RUN_DIR/prometheus-data"
fi

if rabbit_running; then
  log "stopping RabbitMQ"
  rabbitmqctl -q stop >/dev/null 2>&1 || true
fi
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters -h | awk '$4 ~ /online/ {print $1, $2}' | while read -r ver name; do
    log "stopping PostgreSQL $ver/$name"
    pg_ctlcluster "$ver" "$name" stop
  done
fi
if $purge; then log "stopped; data deleted"; else log "stopped; data kept (--purge deletes it)"; fi
