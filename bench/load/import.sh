#!/usr/bin/env bash
# Bulk import on loopback, SQLite and PostgreSQL side by side: the bureau imports N enterprises, then N yearly reports of
# them, through the upload endpoints (files of 20,000 rows, the most one upload takes).
#   bash bench/load/import.sh [rows]          e.g. bash bench/load/import.sh 100000   (the target: < 60 s for the reports)
# For each provider: a fresh database with the demo zone, the Release host, bench/Torchbase.Load --scenario import, and
# dotnet-counters reading the host's managed heap (System.Runtime) once a second. Tables go to bench/results/import-N.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-100000}
PORT=${LOAD_PORT:-5091}
export PG_PORT=${PG_PORT:-55491}
HOST_PID=
COUNTERS_PID=
stop_host() {
  [ -n "$COUNTERS_PID" ] && kill "$COUNTERS_PID" 2>/dev/null && wait "$COUNTERS_PID" 2>/dev/null || true
  [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null || true
  HOST_PID= COUNTERS_PID=
}
source scripts/postgres.sh
start_test_postgres
WORK=$(mktemp -d)
trap 'stop_host; stop_test_postgres; rm -rf "$WORK"' EXIT

dotnet tool restore >/dev/null
dotnet build -c Release src/Torchbase -v q -nologo >/dev/null
dotnet build -c Release bench/Torchbase.Load -p:SkipWebBuild=true -v q -nologo >/dev/null
# The host reads its settings (appsettings.json: log levels among them) from its own folder, as when it is deployed.
HOST_DIR=$PWD/src/Torchbase/bin/Release/net10.0
HOST_DLL=$HOST_DIR/Torchbase.dll
export ASPNETCORE_ENVIRONMENT=Production
export Torchbase__Security__LoginsPerMinute=100000
mkdir -p bench/results
OUT=bench/results/import-$ROWS.md
echo "# Bulk import, $ROWS rows ($(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg))" >"$OUT"

# measure <label> <provider> <connection string>
measure() {
  if curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then echo "Port $PORT is taken: set LOAD_PORT"; exit 1; fi
  env Torchbase__Database__Provider="$2" "ConnectionStrings__$2=$3" Torchbase__DataProtection__KeysFolder="$WORK/keys-$2" \
    Torchbase__ServiceDesk__FilesFolder="$WORK/files-$2" dotnet "$HOST_DLL" serve --contentRoot "$HOST_DIR" --urls "http://127.0.0.1:$PORT" >"$WORK/host-$2.log" 2>&1 &
  HOST_PID=$!
  until curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; do
    kill -0 "$HOST_PID" 2>/dev/null || { echo "The host stopped:"; tail -20 "$WORK/host-$2.log"; exit 1; }
    sleep 1
  done
  dotnet dotnet-counters collect --process-id "$HOST_PID" --counters System.Runtime --format csv \
    --output "$WORK/counters-$2.csv" --refresh-interval 1 >/dev/null 2>&1 &
  COUNTERS_PID=$!
  dotnet bench/Torchbase.Load/bin/Release/net10.0/Torchbase.Load.dll --scenario import --rows "$ROWS" --label "$1" \
    --url "http://127.0.0.1:$PORT" --pid "$HOST_PID" --out "$OUT"
  stop_host
  cp "$WORK/host-$2.log" "bench/results/import-$ROWS-host-$2.log"
  # The managed heap's peak: the largest total over generations of one collection's heap size.
  python3 - "$WORK/counters-$2.csv" >>"$OUT" <<'PY'
import csv, sys, collections
sizes = collections.defaultdict(float)
for row in csv.reader(open(sys.argv[1], encoding='utf-8')):
    if len(row) >= 5 and ('gc.last_collection.heap.size' in row[2] or row[2].startswith('GC Heap Size')):
        value = float(row[4]) / (1 if 'MB' in row[2] else 1024 * 1024)
        sizes[row[0]] += value
print(f"\nPeak managed heap after a collection (dotnet-counters, System.Runtime): {max(sizes.values()):,.0f} MB\n" if sizes
      else "\nManaged heap: dotnet-counters recorded no heap size.\n")
PY
}

# PROVIDERS="Postgres" measures one provider only (both by default).
for provider in ${PROVIDERS:-Sqlite Postgres}; do
  case $provider in
    Sqlite) measure "SQLite" Sqlite "Data Source=$WORK/import.db" ;;
    Postgres) measure "PostgreSQL" Postgres "Host=127.0.0.1;Port=$PG_PORT;Username=torchbase;Database=torchbase_import" ;;
  esac
done
cat "$OUT"
