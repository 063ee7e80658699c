# Sourced by the PostgreSQL bench scripts (energy-postgres.sh, search-postgres.sh), after they set psql=(… psql command …) and RUNS.
# median <sql>: the median execution time (ms) of a statement over RUNS runs, after one run to warm the cache, as EXPLAIN ANALYZE
# reports it (the server's own time, without the round trip).
median() {
  local sql=$1 times=()
  "${psql[@]}" -c "EXPLAIN (ANALYZE, TIMING OFF) $sql" >/dev/null
  for _ in $(seq "$RUNS"); do
    times+=("$("${psql[@]}" -At -c "EXPLAIN (ANALYZE, TIMING OFF) $sql" | sed -n 's/^Execution Time: \(.*\) ms$/\1/p')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
