#!/usr/bin/env bash
# The test command (README, .ci/run): starts what the tests need, then runs every test project.
# PostgreSQL is installed from Debian's packages when missing and started on 127.0.0.1.
# The GCS emulator (firebase-tools from npm) is started when its script exists; GCS tests say why they skip otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== PostgreSQL"
# The tests' own database (pantrypilot_test), never a user's pantrypilot; PANTRYPILOT_PG_DB still names another.
PANTRYPILOT_TEST_DATABASE_URL="$(bash scripts/ensure-postgres.sh test | tail -n1)"
export PANTRYPILOT_TEST_DATABASE_URL
echo "PostgreSQL ready on 127.0.0.1 (database ${PANTRYPILOT_TEST_DATABASE_URL##*/})"

if [ -f scripts/ensure-gcs-emulator.sh ]; then
  echo "== GCS emulator"
  if host="$(bash scripts/ensure-gcs-emulator.sh | tail -n1)"; then
    export PANTRYPILOT_TEST_GCS_EMULATOR_HOST="$host"
    echo "GCS emulator ready at $host"
  else
    echo "GCS emulator could not start: GCS remote tests will be skipped and say so"
  fi
fi

echo "== build"
dotnet build PantryPilot.sln -c Release -v q -nologo

echo "== test"
log="$(mktemp)"
set +e
dotnet test PantryPilot.sln -c Release --no-build -v q -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects, so a reader (or CI) sees the total at a glance.
# (Each project's block reads "Total tests: N / Passed: N / Failed: N / Skipped: N" at normal verbosity.)
count() { { grep -E "^ *$1: +[0-9]+ *\$" "$log" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
# Name the failures last too: a CI log is often read from its tail only.
if [ "$failed" -gt 0 ]; then
  echo "failed tests:"
  # Each failure with the first lines of its message (up to its stack trace).
  awk '/^ +Failed [A-Za-z_][A-Za-z0-9_.]*/ {on=1; n=0} on && /^ +Stack Trace:/ {on=0}
       on && n < 12 {print "  " $0; n++}' "$log" | cut -c1-300
fi
rm -f "$log"
exit "$status"
