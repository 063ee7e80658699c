#!/usr/bin/env bash
# Load test on loopback against a PostgreSQL-backed Torchbase with a large demo zone.
#   bash bench/load/run.sh [scenario] [seconds] [enterprises] [workers]
#   e.g. bash bench/load/run.sh dashboard 60 100000 8      (the dashboard target: p95 < 200 ms)
#        bash bench/load/run.sh mix 600 100000 16          (issue 10: 10 minutes, zero errors, stable memory)
# Starts a throwaway PostgreSQL cluster, seeds it (EF bulk insert of the demo generator: ~7 minutes at 100,000),
# starts the host in Release, runs bench/Torchbase.Load and writes the tables to bench/results/.
# The dashboard scenario runs twice against the same data, side by side: figures computed on every call
# (Torchbase:FigureCache:Enabled=false), then kept between writes (the default).
# LOAD_POSTGRES="Host=…;Database=…" reuses a database seeded before (no cluster, no seeding).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCENARIO=${1:-mix}
SECONDS_TO_RUN=${2:-60}
ENTERPRISES=${3:-100000}
WORKERS=${4:-16}
PORT=${LOAD_PORT:-5090}
export PG_PORT=${PG_PORT:-55490}

HOST_PID=
stop_host() { [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null; HOST_PID=; }
if [ -z "${LOAD_POSTGRES:-}" ]; then
  source scripts/postgres.sh
  start_test_postgres
  trap 'stop_host; stop_test_postgres' EXIT
else
  trap stop_host EXIT
fi

dotnet build -c Release src/Torchbase -v q -nologo >/dev/null
dotnet build -c Release bench/Torchbase.Load -v q -nologo >/dev/null
# The host reads its settings (appsettings.json: log levels among them) from its own folder, as when it is deployed.
HOST_DIR=$PWD/src/Torchbase/bin/Release/net10.0
HOST_DLL=$HOST_DIR/Torchbase.dll
export Torchbase__Database__Provider=Postgres
export ConnectionStrings__Postgres="${LOAD_POSTGRES:-Host=127.0.0.1;Port=$PG_PORT;Username=torchbase;Database=torchbase_load};Maximum Pool Size=100"
export Torchbase__Demo__EnterpriseCount=$ENTERPRISES
export Torchbase__Security__LoginsPerMinute=100000
export ASPNETCORE_ENVIRONMENT=Production

if [ -z "${LOAD_POSTGRES:-}" ]; then
  echo "Seeding $ENTERPRISES enterprises (main zone; the second zone gets a fifth as many)…"
  started=$(date +%s)
  dotnet "$HOST_DLL" seed --contentRoot "$HOST_DIR" >/tmp/torchbase-load-seed.log 2>&1
  echo "Seeded in $(( $(date +%s) - started )) s"
fi

# run <label> <figure cache on?>
run() {
  Torchbase__FigureCache__Enabled=$2 dotnet "$HOST_DLL" serve --contentRoot "$HOST_DIR" --urls "http://127.0.0.1:$PORT" >"/tmp/torchbase-load-host-$1.log" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done
  mkdir -p bench/results
  local out="bench/results/load-$SCENARIO-$ENTERPRISES-$1.md"
  dotnet bench/Torchbase.Load/bin/Release/net10.0/Torchbase.Load.dll \
    --url "http://127.0.0.1:$PORT" --seconds "$SECONDS_TO_RUN" --workers "$WORKERS" --scenario "$SCENARIO" --pid "$HOST_PID" --out "$out"
  stop_host
}

if [ "$SCENARIO" = dashboard ]; then
  run computed-every-call false
  run figures-kept true
else
  run default true
fi
