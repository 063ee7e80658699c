#!/usr/bin/env bash
# The in-memory points benchmark's twin in SQL: 1,000,000 synthetic enterprises × 18 indicators (5% not reported) loaded into a
# throwaway PostgreSQL cluster, then scored by ONE query with window functions, timed with \timing.
# Usage: PG_PORT=55502 bench/points-postgres.sh      (needs the postgresql server binaries; see scripts/postgres.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
PG_PORT=${PG_PORT:-55502}
start_test_postgres
trap stop_test_postgres EXIT
psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U torchbase -d postgres -v ON_ERROR_STOP=1 -q)

# The default set's weights, in its order (all scored as percentiles, as in PointsBenchmarks).
weights=(8 10 5 5 7 8 5 5 8 8 5 4 5 4 3 4 3 3)
columns=$(for i in "${!weights[@]}"; do printf ', v%d float8' $((i + 1)); done)
generated=$(for i in "${!weights[@]}"; do printf ', CASE WHEN random() < 0.05 THEN NULL ELSE round((random() * 10000)::numeric, 2)::float8 END'; done)
unpivot=$(for i in "${!weights[@]}"; do [ "$i" -gt 0 ] && printf ', '; printf '(%d, %s::float8, v%d)' $((i + 1)) "${weights[$i]}" $((i + 1)); done)

"${psql[@]}" <<SQL
SELECT setseed(0.42);
CREATE UNLOGGED TABLE points_input (enterprise int PRIMARY KEY $columns);
INSERT INTO points_input SELECT g $generated FROM generate_series(1, 1000000) g;
VACUUM ANALYZE points_input;
SQL

# Same rules as PointsScorer: a gap is 0 points and no peer; share = (peers no better − 1) / (peers − 1), full when alone or all equal;
# points rounded to 0.01; total = sum of rounded points; rank with ties (1, 2, 2, 4); percentile by the same rule; grade bands.
query=$(cat <<SQL
CREATE UNLOGGED TABLE board AS
WITH long AS (
  SELECT p.enterprise, v.indicator, v.weight, v.value
  FROM points_input p CROSS JOIN LATERAL (VALUES $unpivot) AS v(indicator, weight, value)
), scored AS (
  SELECT enterprise, indicator,
    CASE WHEN value IS NULL THEN 0 ELSE round((weight * CASE
      WHEN count(value) OVER peers = 1 OR min(value) OVER peers = max(value) OVER peers THEN 1
      ELSE (count(value) OVER (PARTITION BY indicator ORDER BY value RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - 1)::float8
           / (count(value) OVER peers - 1) END)::numeric, 2) END AS points
  FROM long
  WINDOW peers AS (PARTITION BY indicator)
), totals AS (
  SELECT enterprise, sum(points) AS total FROM scored GROUP BY enterprise
)
SELECT enterprise, total,
  rank() OVER (ORDER BY total DESC) AS rank,
  CASE WHEN count(*) OVER () = 1 THEN 1
       ELSE (count(*) OVER (ORDER BY total RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - 1)::float8 / (count(*) OVER () - 1) END AS percentile,
  CASE WHEN total >= 70 THEN 'A' WHEN total >= 55 THEN 'B' WHEN total >= 40 THEN 'C' ELSE 'D' END AS grade
FROM totals;
SQL
)

runs=${RUNS:-3}
echo "Scoring 1,000,000 × 18 in one query (work_mem 512MB), $runs run(s):"
for run in $(seq "$runs"); do
  "${psql[@]}" <<SQL
SET work_mem = '512MB';
DROP TABLE IF EXISTS board;
\timing on
$query
\timing off
SQL
done
"${psql[@]}" -c "SELECT grade, count(*), round(avg(total), 2) AS average FROM board GROUP BY grade ORDER BY grade;"
