#!/usr/bin/env bash
# A month's consumption by building over 10 million meter readings on PostgreSQL. Synthetic meters (M, spread over buildings of
# 8 parks) each read every 15 minutes (cumulative kWh registers, with a reset now and then) into a table shaped as the
# EnergyMetering migration makes it — key (MeterId, At) — in a throwaway cluster. Then one month's consumption by building, as
# Torchbase.Domain.Energy.Consumption defines it (the intervals that end in the month, a register going down is a reset and not
# counted), computed two ways: over the month's readings with a window (LAG), and from a daily rollup (meter, China day: first and last value, consumption without resets) kept beside the readings.
# Usage: PG_PORT=55492 N=10000000 bash bench/energy-postgres.sh      (needs the postgresql server binaries; see scripts/postgres.sh)
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
source scripts/postgres.sh
PG_PORT=${PG_PORT:-55504}
N=${N:-10000000}
M=${M:-1000}
RUNS=${RUNS:-5}
start_test_postgres
trap stop_test_postgres EXIT
psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U torchbase -d postgres -v ON_ERROR_STOP=1 -q -X)
per=$(( N / M ))

started=$(date +%s)
"${psql[@]}" <<SQL
SELECT setseed(0.2026);
CREATE TABLE "Meters" ("Id" int PRIMARY KEY, "ParkId" int NOT NULL, "BuildingId" int NOT NULL);
INSERT INTO "Meters" SELECT m, 1 + m % 8, 1 + m % 200 FROM generate_series(1, $M) m;
-- As the migration makes it: the key is the meter and the instant.
CREATE TABLE "MeterReadings" ("MeterId" int NOT NULL, "At" timestamptz NOT NULL, "Value" numeric(18,3) NOT NULL,
  PRIMARY KEY ("MeterId", "At"));
-- Every 15 minutes from 2026-08-01 (China time), a register growing by 0–5 kWh an interval, set back to 0 once in 5,000 readings.
INSERT INTO "MeterReadings"
SELECT m, timestamptz '2026-08-01 00:00+08' + (i * interval '15 minutes'),
       round((sum(CASE WHEN r THEN 0 ELSE d END) OVER (PARTITION BY m, seg ORDER BY i))::numeric, 3)
FROM (
  SELECT m, i, d, r, count(*) FILTER (WHERE r) OVER (PARTITION BY m ORDER BY i) AS seg
  FROM (SELECT m, i, random() * 5 AS d, random() < 0.0002 AS r FROM generate_series(1, $M) m, generate_series(0, $per - 1) i) x
) y;
VACUUM ANALYZE "MeterReadings";
SQL
echo "$(( M * per )) readings of $M meters loaded in $(( $(date +%s) - started )) s ($("${psql[@]}" -At -c "SELECT min(\"At\") AT TIME ZONE 'Asia/Shanghai' || ' to ' || max(\"At\") AT TIME ZONE 'Asia/Shanghai' FROM \"MeterReadings\""))"

started=$(date +%s)
"${psql[@]}" <<'SQL'
-- The rollup: one row per meter and China day, kept by the store as readings arrive (here built once from the readings).
CREATE TABLE "MeterDays" ("MeterId" int NOT NULL, "Day" date NOT NULL, "FirstAt" timestamptz NOT NULL, "FirstValue" numeric(18,3) NOT NULL,
  "LastAt" timestamptz NOT NULL, "LastValue" numeric(18,3) NOT NULL, "Consumption" numeric(18,3) NOT NULL, "Resets" int NOT NULL,
  PRIMARY KEY ("MeterId", "Day"));
INSERT INTO "MeterDays"
SELECT "MeterId", day, min("At"), (array_agg("Value" ORDER BY "At"))[1], max("At"), (array_agg("Value" ORDER BY "At" DESC))[1],
       coalesce(sum(delta) FILTER (WHERE delta >= 0 AND same_day), 0), count(*) FILTER (WHERE delta < 0 AND same_day)
FROM (SELECT "MeterId", "At", "Value", ("At" AT TIME ZONE 'Asia/Shanghai')::date AS day,
             "Value" - lag("Value") OVER w AS delta,
             (lag("At") OVER w AT TIME ZONE 'Asia/Shanghai')::date = ("At" AT TIME ZONE 'Asia/Shanghai')::date AS same_day
      FROM "MeterReadings" WINDOW w AS (PARTITION BY "MeterId" ORDER BY "At")) x
GROUP BY "MeterId", day;
VACUUM ANALYZE "MeterDays";
SQL
echo "rollup built in $(( $(date +%s) - started )) s: $("${psql[@]}" -At -c "SELECT count(*) FROM \"MeterDays\"") meter-days"

from="timestamptz '2026-10-01 00:00+08'"
to="timestamptz '2026-11-01 00:00+08'"
# 1. The readings of the month and the one before it per meter, consecutive differences by LAG, resets left out.
# (The reading before the month is looked for in the day before it: readings here come every 15 minutes.)
window="SELECT m.\"BuildingId\", sum(d) FILTER (WHERE d >= 0) AS kwh, count(*) FILTER (WHERE d < 0) AS resets FROM (
  SELECT \"MeterId\", \"At\", \"Value\" - lag(\"Value\") OVER (PARTITION BY \"MeterId\" ORDER BY \"At\") AS d FROM \"MeterReadings\"
  WHERE \"At\" < $to AND \"At\" >= $from - interval '1 day') r JOIN \"Meters\" m ON m.\"Id\" = r.\"MeterId\"
  WHERE r.\"At\" >= $from GROUP BY m.\"BuildingId\""
# 2. The rollup: whole days of the month, plus the interval from the previous day's last reading into the month's first day.
rollup="SELECT m.\"BuildingId\", sum(x.kwh) AS kwh, sum(x.resets) AS resets FROM (
  SELECT d.\"MeterId\", sum(d.\"Consumption\") + sum(CASE WHEN b.\"LastValue\" IS NOT NULL AND d.\"FirstValue\" >= b.\"LastValue\"
         THEN d.\"FirstValue\" - b.\"LastValue\" ELSE 0 END) AS kwh,
         sum(d.\"Resets\") + count(*) FILTER (WHERE d.\"FirstValue\" < b.\"LastValue\") AS resets
  FROM \"MeterDays\" d LEFT JOIN LATERAL (SELECT p.\"LastValue\" FROM \"MeterDays\" p WHERE p.\"MeterId\" = d.\"MeterId\" AND p.\"Day\" < d.\"Day\"
       ORDER BY p.\"Day\" DESC LIMIT 1) b ON true
  WHERE d.\"Day\" >= date '2026-10-01' AND d.\"Day\" < date '2026-11-01' GROUP BY d.\"MeterId\") x
  JOIN \"Meters\" m ON m.\"Id\" = x.\"MeterId\" GROUP BY m.\"BuildingId\""

# The median execution time (ms) of a statement over RUNS runs, after one to warm the cache.
median() {
  local sql=$1 times=()
  "${psql[@]}" -c "EXPLAIN (ANALYZE, TIMING OFF) $sql" >/dev/null
  for _ in $(seq "$RUNS"); do
    times+=("$("${psql[@]}" -At -c "EXPLAIN (ANALYZE, TIMING OFF) $sql" | sed -n 's/^Execution Time: \(.*\) ms$/\1/p')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

same=$("${psql[@]}" -At -c "SELECT count(*) FROM ($window) a FULL JOIN ($rollup) b USING (\"BuildingId\")
  WHERE a.kwh IS DISTINCT FROM b.kwh OR a.resets IS DISTINCT FROM b.resets")
echo "buildings whose October differs between the two ways: $same (must be 0)"
printf '\n| October 2026 by building (%s buildings, %s meters) | median (ms) |\n|---|---:|\n' \
  "$("${psql[@]}" -At -c "SELECT count(DISTINCT \"BuildingId\") FROM \"Meters\"")" "$M"
printf '| readings, LAG over the month | %s |\n' "$(median "$window")"
printf '| daily rollup | %s |\n' "$(median "$rollup")"
