#!/usr/bin/env bash
# Installs (from Debian's packages, when missing) and starts PostgreSQL on 127.0.0.1:5432, then makes sure the
# test role and database exist. Idempotent. Prints the DATABASE_URL to use on its last line.
# PostgreSQL refuses to run as root, so the server runs as the `postgres` user.
set -euo pipefail

PGUSER_NAME="${PANTRYPILOT_PG_USER:-pantrypilot}"
PGPASS="${PANTRYPILOT_PG_PASSWORD:-pantrypilot}"
PGDB="${PANTRYPILOT_PG_DB:-pantrypilot}"
PGPORT="${PANTRYPILOT_PG_PORT:-5432}"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "cd / && $*"; else sudo -u postgres bash -c "cd / && $*"; fi
}

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "ensure-postgres: installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 30); do
  if pg_isready -h 127.0.0.1 -p "$PGPORT" -q; then break; fi
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PGPORT" >&2

as_postgres "psql -q -p $PGPORT -tc \"SELECT 1 FROM pg_roles WHERE rolname='$PGUSER_NAME'\" | grep -q 1 || psql -q -p $PGPORT -c \"CREATE ROLE $PGUSER_NAME LOGIN SUPERUSER PASSWORD '$PGPASS'\"" >&2
as_postgres "psql -q -p $PGPORT -tc \"SELECT 1 FROM pg_database WHERE datname='$PGDB'\" | grep -q 1 || psql -q -p $PGPORT -c \"CREATE DATABASE $PGDB OWNER $PGUSER_NAME\"" >&2

echo "postgres://$PGUSER_NAME:$PGPASS@127.0.0.1:$PGPORT/$PGDB"
