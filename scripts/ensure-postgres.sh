#!/usr/bin/env bash
# Installs (from Debian's packages, when missing) and starts PostgreSQL on 127.0.0.1:5432, then makes sure the
# role and the database exist. Idempotent. Prints the URL to use on its last line.
# PostgreSQL refuses to run as root, so the server runs as the `postgres` user.
#
# Usage: bash scripts/ensure-postgres.sh [user|test|bench] [--url-only]
#   user  (default) pantrypilot        your data: export it as DATABASE_URL for `pantrypilot db ...`
#   test            pantrypilot_test   the test suite's (scripts/test.sh: PANTRYPILOT_TEST_DATABASE_URL)
#   bench           pantrypilot_bench  the benchmarks' (PANTRYPILOT_BENCH_DATABASE_URL); `pipeline` empties it
# Each purpose has a database of its own, so a benchmark, the tests and a user's `db load` never change each other's
# data. PANTRYPILOT_PG_DB names another database (it wins over the purpose); --url-only prints the URL and does nothing.
set -euo pipefail

purpose=user
url_only=false
for arg in "$@"; do
  case "$arg" in
    user|test|bench) purpose="$arg" ;;
    --url-only) url_only=true ;;
    *) echo "ensure-postgres: unknown argument '$arg' (expected user, test, bench or --url-only)" >&2; exit 2 ;;
  esac
done
case "$purpose" in
  user) default_db=pantrypilot ;;
  test) default_db=pantrypilot_test ;;
  bench) default_db=pantrypilot_bench ;;
esac

PGUSER_NAME="${PANTRYPILOT_PG_USER:-pantrypilot}"
PGPASS="${PANTRYPILOT_PG_PASSWORD:-pantrypilot}"
PGDB="${PANTRYPILOT_PG_DB:-$default_db}"
PGPORT="${PANTRYPILOT_PG_PORT:-5432}"

if [ "$url_only" = true ]; then
  echo "postgres://$PGUSER_NAME:$PGPASS@127.0.0.1:$PGPORT/$PGDB"
  exit 0
fi

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
