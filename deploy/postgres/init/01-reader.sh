#!/bin/sh
# Runs once, when the compose PostgreSQL volume is first initialised.
# Creates the read-only role that Grafana's PostgreSQL data source logs in with. Each service
# creates its own schema and tables later (as the application role), so default privileges
# grant the reader USAGE on those schemas and SELECT on their tables as they appear.
set -eu
: "${GRAFANA_DB_PASSWORD:?GRAFANA_DB_PASSWORD must be set}"

psql -v ON_ERROR_STOP=1 \
     --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v reader_password="$GRAFANA_DB_PASSWORD" <<'SQL'
CREATE ROLE supplyrisk_reader LOGIN PASSWORD :'reader_password';
GRANT CONNECT ON DATABASE :"DBNAME" TO supplyrisk_reader;
GRANT USAGE ON SCHEMA public TO supplyrisk_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO supplyrisk_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE :"USER" GRANT USAGE ON SCHEMAS TO supplyrisk_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE :"USER" GRANT SELECT ON TABLES TO supplyrisk_reader;
SQL
