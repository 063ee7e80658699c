#!/usr/bin/env bash
# A scenario of bench/Torchbase.Load side by side in one run: a baseline build, then this one, each as a fresh host on the
# same database seeded before (bench/load/grow.sh for a million enterprises).
#   LOAD_POSTGRES="Host=…;Database=…" BASELINE=<commit> bash bench/load/compare.sh after-write [rounds]
#   LOAD_POSTGRES="Host=…;Database=…" BASELINE=<commit> bash bench/load/compare.sh mix [seconds] [workers]
# BASELINE is built in a temporary worktree; without it only this build runs. The database is migrated by this build first
# (an older build runs on a database with newer tables; it does not read them).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCENARIO=${1:?scenario: after-write, mix, …}
if [ "$SCENARIO" = after-write ]; then ARGS=(--rounds "${2:-10}"); else ARGS=(--seconds "${2:-120}" --workers "${3:-16}"); fi
PORT=${LOAD_PORT:-5095}
: "${LOAD_POSTGRES:?LOAD_POSTGRES=\"Host=…;Database=…\" of a database seeded before (bench/load/run.sh, bench/load/grow.sh)}"
export Torchbase__Database__Provider=Postgres
export ConnectionStrings__Postgres="$LOAD_POSTGRES;Maximum Pool Size=100;Command Timeout=600"
export Torchbase__Security__LoginsPerMinute=100000
export ASPNETCORE_ENVIRONMENT=Production

HOST_PID= WORKTREE=
cleanup() {
  [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null
  [ -n "$WORKTREE" ] && git worktree remove --force "$WORKTREE"
  return 0
}
trap cleanup EXIT

dotnet build -c Release src/Torchbase -p:SkipWebBuild=true -v q -nologo >/dev/null
dotnet build -c Release bench/Torchbase.Load -v q -nologo >/dev/null
CURRENT=$PWD/src/Torchbase/bin/Release/net10.0
dotnet "$CURRENT/Torchbase.dll" migrate --contentRoot "$CURRENT" >/dev/null

# run <label> <host folder>
run() {
  dotnet "$2/Torchbase.dll" serve --contentRoot "$2" --urls "http://127.0.0.1:$PORT" >"/tmp/torchbase-compare-$1.log" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done
  mkdir -p bench/results
  dotnet bench/Torchbase.Load/bin/Release/net10.0/Torchbase.Load.dll --url "http://127.0.0.1:$PORT" --scenario "$SCENARIO" \
    "${ARGS[@]}" --pid "$HOST_PID" --out "bench/results/$SCENARIO-$1.md" >/dev/null || true
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; HOST_PID=
  echo "### $1"; cat "bench/results/$SCENARIO-$1.md"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M) UTC"
if [ -n "${BASELINE:-}" ]; then
  WORKTREE=$(mktemp -d /tmp/torchbase-baseline.XXXXXX)
  git worktree add -q --detach "$WORKTREE" "$BASELINE"
  (cd "$WORKTREE" && dotnet build -c Release src/Torchbase -p:SkipWebBuild=true -v q -nologo >/dev/null)
  run "baseline-$(git rev-parse --short "$BASELINE")" "$WORKTREE/src/Torchbase/bin/Release/net10.0"
fi
run "current-$(git rev-parse --short HEAD)" "$CURRENT"
