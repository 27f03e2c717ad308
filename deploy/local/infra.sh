# Shared by deploy/local/up.sh and tests/run.sh (sourced, not run).
# Installs PostgreSQL, RabbitMQ and Prometheus from the distribution's packages when they
# are missing and starts them on 127.0.0.1 without systemd, so the same two commands work
# on a fresh Debian machine, in a container and on CI.
# shellcheck shell=bash

REPO_ROOT=${REPO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
ENV_FILE="$REPO_ROOT/deploy/local/.env"
RUN_DIR="$REPO_ROOT/deploy/local/.run"
mkdir -p "$RUN_DIR/logs"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

need_root_for_install() {
  [ "$(id -u)" = 0 ] || die "$1 is missing and installing it needs root (run as root, or install it first)"
}

ensure_packages() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
  command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
  command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v jq >/dev/null 2>&1 || missing+=(jq)
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is required (dotnet on PATH)"
  if [ ${#missing[@]} -gt 0 ]; then
    need_root_for_install "${missing[*]}"
    log "installing ${missing[*]} from the distribution's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # policy-rc.d keeps the packages from trying to start services through init scripts:
    # we start them ourselves below, bound to 127.0.0.1.
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$RUN_DIR/logs/apt.log" 2>&1 \
      || { rm -f /usr/sbin/policy-rc.d; cat "$RUN_DIR/logs/apt.log" >&2; die "apt-get install failed"; }
    rm -f /usr/sbin/policy-rc.d
  fi
}

random_secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

# Generates deploy/local/.env once; later runs reuse its values (adding only settings that a
# newer version of this script introduced), so running twice changes nothing.
ensure_env_file() {
  [ -f "$ENV_FILE" ] || log "generating settings into deploy/local/.env"
  touch "$ENV_FILE" && chmod 600 "$ENV_FILE"
  local key value
  for key in SUPPLYRISK_API_KEY POSTGRES_USER POSTGRES_PASSWORD RABBITMQ_USER RABBITMQ_PASSWORD GRAFANA_DB_PASSWORD; do
    grep -q "^$key=" "$ENV_FILE" && continue
    case $key in
      POSTGRES_USER | RABBITMQ_USER) value=supplyrisk ;;
      *) value=$(random_secret) ;;
    esac
    echo "$key=$value" >>"$ENV_FILE"
  done
  set -a
  # shellcheck disable=SC1090
  . "$ENV_FILE"
  set +a
}

pg_version() { ls /usr/lib/postgresql | sort -V | tail -n 1; }

start_postgres() {
  local ver; ver=$(pg_version)
  if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    log "creating PostgreSQL cluster $ver/main"
    pg_createcluster "$ver" main >/dev/null
  fi
  local cluster; cluster=$(pg_lsclusters -h | awk 'NR==1{print $1" "$2}')
  local conf_dir="/etc/postgresql/${cluster% *}/${cluster#* }"
  # Bind to loopback only; allow enough connections for three services and the tests.
  sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf_dir/postgresql.conf"
  sed -i "s/^#\?max_connections.*/max_connections = 300/" "$conf_dir/postgresql.conf"
  if ! pg_lsclusters -h | awk 'NR==1{print $4}' | grep -q online; then
    log "starting PostgreSQL $cluster on 127.0.0.1:5432"
    pg_ctlcluster ${cluster} start
  fi
  for _ in $(seq 1 60); do
    su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "PostgreSQL did not start (see /var/log/postgresql)"
}

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }

# Creates (or updates the password of) the application role and a database it owns.
ensure_database() {
  local db=$1
  psql_admin "-c \"DO \\\$\\\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$POSTGRES_USER') THEN
        CREATE ROLE $POSTGRES_USER LOGIN PASSWORD '$POSTGRES_PASSWORD';
      ELSE
        ALTER ROLE $POSTGRES_USER LOGIN PASSWORD '$POSTGRES_PASSWORD';
      END IF;
    END \\\$\\\$;\"" >/dev/null
  if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$db'\"")" != 1 ]; then
    log "creating database $db"
    psql_admin "-c 'CREATE DATABASE $db OWNER $POSTGRES_USER'" >/dev/null
  fi
}

drop_database() {
  psql_admin "-c 'DROP DATABASE IF EXISTS $1 WITH (FORCE)'" >/dev/null
}

rabbit_running() { rabbitmqctl -q status >/dev/null 2>&1; }

start_rabbitmq() {
  mkdir -p /etc/rabbitmq/conf.d
  cat >/etc/rabbitmq/conf.d/10-supplyrisk.conf <<'EOF'
# Written by the supply-risk dashboard's deploy/local scripts: loopback only.
listeners.tcp.default = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
prometheus.tcp.ip = 127.0.0.1
prometheus.tcp.port = 15692
loopback_users = none
EOF
  cat >/etc/rabbitmq/rabbitmq-env.conf <<'EOF'
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
  export ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_NODENAME=rabbit@localhost
  rabbitmq-plugins --offline enable rabbitmq_management rabbitmq_prometheus >/dev/null
  if ! rabbit_running; then
    log "starting RabbitMQ on 127.0.0.1:5672 (management 15672, metrics 15692)"
    rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
  for _ in $(seq 1 120); do
    rabbitmqctl -q await_startup >/dev/null 2>&1 && break
    sleep 1
  done
  rabbit_running || die "RabbitMQ did not start (see /var/log/rabbitmq)"
}

ensure_rabbit_vhost() {
  local vhost=$1
  export RABBITMQ_NODENAME=rabbit@localhost
  rabbitmqctl -q list_users 2>/dev/null | awk '{print $1}' | grep -qx "$RABBITMQ_USER" \
    || rabbitmqctl -q add_user "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
  rabbitmqctl -q change_password "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
  rabbitmqctl -q set_user_tags "$RABBITMQ_USER" administrator monitoring >/dev/null
  rabbitmqctl -q list_vhosts 2>/dev/null | grep -qx "$vhost" || rabbitmqctl -q add_vhost "$vhost" >/dev/null
  rabbitmqctl -q set_permissions -p "$vhost" "$RABBITMQ_USER" '.*' '.*' '.*' >/dev/null
}

# start_prometheus NAME PORT CONFIG: one instance per name, data under deploy/local/.run.
start_prometheus() {
  local name=$1 port=$2 config=$3
  local pidfile="$RUN_DIR/$name.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    curl -fsS -X POST "http://127.0.0.1:$port/-/reload" >/dev/null 2>&1 || true
    return 0
  fi
  log "starting Prometheus ($name) on 127.0.0.1:$port"
  mkdir -p "$RUN_DIR/$name-data"
  nohup prometheus --config.file="$config" --storage.tsdb.path="$RUN_DIR/$name-data" \
    --web.listen-address="127.0.0.1:$port" --web.enable-lifecycle \
    >"$RUN_DIR/logs/$name.log" 2>&1 &
  echo $! >"$pidfile"
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$port/-/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "Prometheus did not start (see $RUN_DIR/logs/$name.log)"
}

stop_pidfile() {
  local pidfile=$1
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

connection_strings() {
  local db=$1 vhost=$2
  # Loopback only, so no TLS: Debian's PostgreSQL offers it and Npgsql would take it, and
  # encrypting every row to the same machine cost the services and the server CPU under load.
  export ConnectionStrings__Postgres="Host=127.0.0.1;Port=5432;Database=$db;Username=$POSTGRES_USER;Password=$POSTGRES_PASSWORD;SSL Mode=Disable"
  export ConnectionStrings__RabbitMq="amqp://$RABBITMQ_USER:$RABBITMQ_PASSWORD@127.0.0.1:5672/$vhost"
}

# A database and a RabbitMQ virtual host of their own, emptied first, with the connection
# strings exported: what tests/run.sh and the benchmarks run against.
prepare_isolated_infra() {
  local db=$1 vhost=$2
  ensure_packages
  ensure_env_file
  start_postgres
  drop_database "$db"
  ensure_database "$db"
  start_rabbitmq
  rabbitmqctl -q delete_vhost "$vhost" >/dev/null 2>&1 || true
  ensure_rabbit_vhost "$vhost"
  connection_strings "$db" "$vhost"
}
