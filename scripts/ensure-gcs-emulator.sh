#!/usr/bin/env bash
# Installs firebase-tools into .tools/firebase (npm, when missing) and starts its Storage emulator on
# 127.0.0.1:$GCS_EMULATOR_PORT (default 9199) in the background, then prints the STORAGE_EMULATOR_HOST value on
# its last line. Idempotent: an emulator already answering is reused. Nothing is downloaded when it starts.
#   --no-install   fail instead of installing (tests use this: nothing downloads during a test run)
#   --stop         stop the emulator this script started
# `firebase emulators:start --only storage` is used when Java 21+ and the rules runtime jar are present; otherwise
# (Debian 12 has Java 17, and the jar is downloaded from a host these machines cannot reach) scripts/gcs-emulator.js
# serves the same emulator's GCS JSON API without the rules runtime.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools/firebase"
VERSION="${FIREBASE_TOOLS_VERSION:-15.34.2}"
HOST=127.0.0.1
PORT="${GCS_EMULATOR_PORT:-9199}"
PROJECT=demo-pantrypilot
PIDFILE="$TOOLS/emulator-$PORT.pid"
LOG="$TOOLS/emulator-$PORT.log"
INSTALL=1

for arg in "$@"; do
  case "$arg" in
    --no-install) INSTALL=0 ;;
    --stop)
      if [ -f "$PIDFILE" ]; then kill "$(cat "$PIDFILE")" 2>/dev/null || true; rm -f "$PIDFILE"; fi
      exit 0 ;;
    *) echo "ensure-gcs-emulator: unknown argument $arg" >&2; exit 2 ;;
  esac
done

answers() { curl -s -o /dev/null -m 2 "http://$HOST:$PORT/storage/v1/b/$PROJECT.appspot.com/o?maxResults=1"; }

if answers; then
  echo "$HOST:$PORT"
  exit 0
fi

if ! command -v node >/dev/null 2>&1; then
  echo "ensure-gcs-emulator: node is not installed (apt-get install nodejs npm)" >&2
  exit 1
fi

if [ ! -f "$TOOLS/node_modules/firebase-tools/package.json" ]; then
  if [ "$INSTALL" = 0 ]; then
    echo "ensure-gcs-emulator: firebase-tools is not installed in $TOOLS; run scripts/ensure-gcs-emulator.sh once" >&2
    exit 1
  fi
  echo "ensure-gcs-emulator: installing firebase-tools@$VERSION into $TOOLS" >&2
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "firebase-tools@$VERSION" >&2
fi

java_major() { java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }
JAR="${HOME}/.cache/firebase/emulators/cloud-storage-rules-runtime-v1.1.3.jar"
mkdir -p "$TOOLS"
if command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 21 ] && [ -f "$JAR" ]; then
  PROJECT_DIR="$TOOLS/project"
  mkdir -p "$PROJECT_DIR"
  cat > "$PROJECT_DIR/firebase.json" <<JSON
{ "storage": { "rules": "storage.rules" },
  "emulators": { "storage": { "host": "$HOST", "port": $PORT }, "ui": { "enabled": false }, "singleProjectMode": true } }
JSON
  printf 'rules_version = "2";\nservice firebase.storage { match /b/{bucket}/o { match /{allPaths=**} { allow read, write: if true; } } }\n' > "$PROJECT_DIR/storage.rules"
  (cd "$PROJECT_DIR" && FIREBASE_CLI_DISABLE_UPDATE_CHECK=1 nohup "$TOOLS/node_modules/.bin/firebase" emulators:start \
      --only storage --project "$PROJECT" > "$LOG" 2>&1 & echo $! > "$PIDFILE")
else
  nohup node "$ROOT/scripts/gcs-emulator.js" "$TOOLS" "$HOST" "$PORT" "$PROJECT" > "$LOG" 2>&1 &
  echo $! > "$PIDFILE"
fi

for _ in $(seq 1 60); do
  if answers; then
    echo "$HOST:$PORT"
    exit 0
  fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then break; fi
  sleep 0.5
done
echo "ensure-gcs-emulator: the emulator did not answer on $HOST:$PORT; its log ($LOG):" >&2
tail -n 20 "$LOG" >&2 || true
exit 1
