#!/usr/bin/env bash
# One host against three behind haproxy, under the same load, side by side in one run, on a database seeded before.
#   LOAD_POSTGRES="Host=…;Database=…" bash bench/load/hosts.sh [seconds] [workers]
# The hosts are the Release build, started as an operator starts them; haproxy runs the repository's deploy/haproxy.cfg (the
# configuration the fault drills use). The same working-day mix (bench/Torchbase.Load, scenario mix) runs first against one
# host directly, then against haproxy in front of three. Where the time went is read from the kernel for each run: the CPU
# seconds of the hosts, of PostgreSQL and of the load generator, and how busy the machine's cores were.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-120}
WORKERS=${2:-16}
: "${LOAD_POSTGRES:?LOAD_POSTGRES=\"Host=…;Database=…\" of a database seeded before (bench/load/run.sh, bench/load/grow.sh)}"
BALANCER=${BALANCER_PORT:-5190}
PORTS=(5191 5192 5193)

dotnet build -c Release src/Torchbase -v q -nologo >/dev/null
dotnet build -c Release bench/Torchbase.Load -v q -nologo >/dev/null
HOST_DIR=$PWD/src/Torchbase/bin/Release/net10.0
export Torchbase__Database__Provider=Postgres
export ConnectionStrings__Postgres="$LOAD_POSTGRES;Maximum Pool Size=100"
export Torchbase__Security__LoginsPerMinute=100000
export ASPNETCORE_ENVIRONMENT=Production

PIDS=()
HAPROXY_PID=
stop_all() {
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  PIDS=(); HAPROXY_PID=
}
trap stop_all EXIT

start_host() {
  dotnet "$HOST_DIR/Torchbase.dll" serve --contentRoot "$HOST_DIR" --urls "http://127.0.0.1:$1" >"/tmp/torchbase-hosts-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return; sleep 1; done
  echo "the host on port $1 did not start: see /tmp/torchbase-hosts-$1.log" >&2; return 1
}

# CPU seconds (user + system) of the processes matching a pattern, as the kernel counts them.
cpu_of() { ps -eo times=,args= | awk -v p="$1" '$0 ~ p { s += $1 } END { print s + 0 }'; }
busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat; }

# measure <label> <url>
measure() {
  local out="bench/results/hosts-$1.md" b0 i0 b1 i1 hosts0 pg0
  mkdir -p bench/results
  read -r b0 i0 < <(busy); hosts0=$(cpu_of 'Torchbase.dll serve'); pg0=$(cpu_of '^postgres|postgres:')
  dotnet bench/Torchbase.Load/bin/Release/net10.0/Torchbase.Load.dll \
    --url "$2" --seconds "$SECONDS_TO_RUN" --workers "$WORKERS" --scenario mix --pid "${PIDS[0]}" --out "$out" >/dev/null || true
  read -r b1 i1 < <(busy)
  local hosts=$(( $(cpu_of 'Torchbase.dll serve') - hosts0 )) pg=$(( $(cpu_of '^postgres|postgres:') - pg0 ))
  local cores; cores=$(nproc)
  {
    echo
    printf 'CPU over the run: the cores %s%% busy; hosts %s s, PostgreSQL %s s of %s s (%s cores × %s s).\n' \
      $(( 100 * (b1 - b0) / (b1 - b0 + i1 - i0) )) "$hosts" "$pg" $(( cores * SECONDS_TO_RUN )) "$cores" "$SECONDS_TO_RUN"
    echo "(The load generator runs on the same cores: the rest of the busy time is its own and the kernel's.)"
  } >>"$out"
  echo "### $1"; cat "$out"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M) UTC"
start_host "${PORTS[0]}"
measure one-host "http://127.0.0.1:${PORTS[0]}"
start_host "${PORTS[1]}"
start_host "${PORTS[2]}"
TORCHBASE_LISTEN=127.0.0.1:$BALANCER TORCHBASE_HOST1=127.0.0.1:${PORTS[0]} TORCHBASE_HOST2=127.0.0.1:${PORTS[1]} TORCHBASE_HOST3=127.0.0.1:${PORTS[2]} \
  haproxy -db -f deploy/haproxy.cfg >/tmp/torchbase-hosts-haproxy.log 2>&1 &
HAPROXY_PID=$!
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$BALANCER/health" >/dev/null 2>&1 && break; sleep 1; done
sleep 3 # two good checks put each host in the rotation
measure three-hosts "http://127.0.0.1:$BALANCER"
