# Sourced by test.sh and bench scripts: a private PostgreSQL cluster on 127.0.0.1, trust auth, gone when stopped.
# PG_PORT picks the port; unset, the first free one from 55432.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_test_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -z "${PG_PORT:-}" ]; then
    PG_PORT=55432
    while port_in_use "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
  elif port_in_use "$PG_PORT"; then
    echo "127.0.0.1:$PG_PORT is taken, perhaps by a cluster left running (see: ss -ltnp 'sport = :$PG_PORT'); choose another PG_PORT" >&2
    return 1
  fi
  PG_DIR=$(mktemp -d /tmp/torchbase-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U torchbase -E UTF8 --locale=C.UTF-8 >/dev/null
  if ! "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null; then
    tail -n 5 "$PG_DIR/log" >&2
    return 1
  fi
  export TORCHBASE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=torchbase;Database=postgres"
  PG_BIN=$bin; PG_AS=("${as[@]}")
  echo "PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$PG_PORT"
}

stop_test_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

# Run as a command (the fault drills drive their own cluster):
#   bash scripts/postgres.sh start <port>     → prints the cluster's folder
#   bash scripts/postgres.sh restart <folder> | stop <folder>
#   bash scripts/postgres.sh standby <primary folder> <primary port> <port>   → a streaming standby of it; prints its folder
#   bash scripts/postgres.sh shutdown <folder>   (pg_ctl stop -m fast: the standbys receive every committed write first)
#   bash scripts/postgres.sh promote <folder>    (the standby becomes a primary)
#   bash scripts/postgres.sh copy <from port> <database> <to port>   (the database, dumped and restored into another cluster)
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  case "${1:-}" in
    start) PG_PORT=$2 start_test_postgres >/dev/null; echo "$PG_DIR" ;;
    restart) "${as[@]}" "$pg_bin/pg_ctl" -D "$2/data" -m fast -w restart >/dev/null ;;
    stop) PG_DIR=$2 PG_BIN=$pg_bin PG_AS=("${as[@]}"); stop_test_postgres ;;
    standby)
      dir=$(mktemp -d /tmp/torchbase-pg.XXXXXX)
      [ ${#as[@]} -gt 0 ] && chown postgres "$dir"
      "${as[@]}" "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$3" -U torchbase -D "$dir/data" -R -X stream >/dev/null
      "${as[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $4 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
      echo "$dir" ;;
    shutdown) "${as[@]}" "$pg_bin/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null ;;
    promote) "${as[@]}" "$pg_bin/pg_ctl" -D "$2/data" -w promote >/dev/null ;;
    copy)
      "$pg_bin/createdb" -h 127.0.0.1 -p "$4" -U torchbase "$3"
      "$pg_bin/pg_dump" -h 127.0.0.1 -p "$2" -U torchbase "$3" | "$pg_bin/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$4" -U torchbase -d "$3" >/dev/null ;;
    *) echo "usage: $0 start <port> | restart <folder> | stop <folder> | standby <primary folder> <primary port> <port> | shutdown <folder> | promote <folder> | copy <from port> <database> <to port>" >&2; exit 2 ;;
  esac
fi
