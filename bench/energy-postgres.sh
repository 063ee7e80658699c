#!/usr/bin/env bash
# A month's consumption by building over 10 million meter readings on PostgreSQL, in the model's own tables. A throwaway cluster is
# migrated by the host itself (`migrate`: the EnergyMetering and MeterDayRollup migrations make "Meters", "MeterReadings" and
# "MeterDays"); synthetic meters (M, spread over 200 buildings of 8 parks) each read every 15 minutes (cumulative kWh registers,
# with a reset now and then) are loaded into "MeterReadings"; then the host's `energy-rollup` command fills "MeterDays" with the
# reading store's own upsert (MeterDayRollup.RecomputeAsync, the statement the store runs for the days it inserts readings into).
# Then one month's consumption by building, as Torchbase.Domain.Energy.Consumption defines it (the intervals that end in the month,
# a register going down is a reset and not counted), two ways: over the month's readings with a window (LAG), and from the rollup
# as Consumption.MonthlyFromDays counts it (the days' own consumption plus each day's interval from the previous day's last value).
# Usage: dotnet build src/Torchbase -p:SkipWebBuild=true && PG_PORT=55492 N=10000000 nice -n 19 bash bench/energy-postgres.sh
#        (needs the postgresql server binaries, see scripts/postgres.sh; HOST_DLL names another build of the host)
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
source scripts/postgres.sh
PG_PORT=${PG_PORT:-55504}
N=${N:-10000000}
M=${M:-1000}
RUNS=${RUNS:-5}
HOST_DLL=${HOST_DLL:-src/Torchbase/bin/Debug/net10.0/Torchbase.dll}
[ -f "$HOST_DLL" ] || { echo "build the host first: dotnet build src/Torchbase -p:SkipWebBuild=true (or set HOST_DLL)" >&2; exit 1; }
start_test_postgres
trap stop_test_postgres EXIT
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U torchbase torchbase
psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U torchbase -d torchbase -v ON_ERROR_STOP=1 -q -X)
per=$(( N / M ))
host() {
  Torchbase__Database__Provider=Postgres Torchbase__Demo__Enabled=false Logging__LogLevel__Default=Warning \
    ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=torchbase;Database=torchbase;Command Timeout=0" \
    dotnet "$HOST_DLL" "$@"
}

started=$(date +%s)
host migrate
echo "migrated by the host in $(( $(date +%s) - started )) s"

started=$(date +%s)
"${psql[@]}" <<SQL
SELECT setseed(0.2026);
-- The meters' zone, parks and buildings are not loaded: foreign keys are not checked in this session.
SET session_replication_role = replica;
INSERT INTO "Meters" ("Id", "ZoneId", "ParkId", "BuildingId", "Code", "Name", "Kind", "Purpose", "Unit", "Active", "Version")
SELECT md5('m' || m)::uuid, md5('zone')::uuid, md5('p' || (1 + m % 8))::uuid, md5('b' || (1 + m % 200))::uuid, 'M-' || m, '表计 ' || m,
       'Electricity', 'General', 'Kwh', true, 0
FROM generate_series(1, $M) m;
-- Every 15 minutes from 2026-08-01 (China time), a register growing by 0–5 kWh an interval, set back to 0 once in 5,000 readings.
INSERT INTO "MeterReadings" ("MeterId", "At", "Value")
SELECT md5('m' || m)::uuid, timestamptz '2026-08-01 00:00+08' + (i * interval '15 minutes'),
       round((sum(CASE WHEN r THEN 0 ELSE d END) OVER (PARTITION BY m, seg ORDER BY i))::numeric, 3)
FROM (
  SELECT m, i, d, r, count(*) FILTER (WHERE r) OVER (PARTITION BY m ORDER BY i) AS seg
  FROM (SELECT m, i, random() * 5 AS d, random() < 0.0002 AS r FROM generate_series(1, $M) m, generate_series(0, $per - 1) i) x
) y;
VACUUM ANALYZE "MeterReadings";
SQL
echo "$(( M * per )) readings of $M meters loaded in $(( $(date +%s) - started )) s ($("${psql[@]}" -At -c "SELECT min(\"At\") AT TIME ZONE 'Asia/Shanghai' || ' to ' || max(\"At\") AT TIME ZONE 'Asia/Shanghai' FROM \"MeterReadings\""))"

started=$(date +%s)
host energy-rollup
"${psql[@]}" -c 'VACUUM ANALYZE "MeterDays"'
echo "rollup filled by the store's upsert in $(( $(date +%s) - started )) s: $("${psql[@]}" -At -c "SELECT count(*) FROM \"MeterDays\"") meter-days"

from="timestamptz '2026-10-01 00:00+08'"
to="timestamptz '2026-11-01 00:00+08'"
# 1. The readings of the month and the one before it per meter, consecutive differences by LAG, resets left out.
# (The reading before the month is looked for in the day before it: readings here come every 15 minutes.)
window="SELECT m.\"BuildingId\", sum(d) FILTER (WHERE d >= 0) AS kwh, count(*) FILTER (WHERE d < 0) AS resets FROM (
  SELECT \"MeterId\", \"At\", \"Value\" - lag(\"Value\") OVER (PARTITION BY \"MeterId\" ORDER BY \"At\") AS d FROM \"MeterReadings\"
  WHERE \"At\" < $to AND \"At\" >= $from - interval '1 day') r JOIN \"Meters\" m ON m.\"Id\" = r.\"MeterId\"
  WHERE r.\"At\" >= $from GROUP BY m.\"BuildingId\""
# 2. The rollup: the days' own consumption, plus each day's interval from the last value of the meter's previous day with readings.
rollup="SELECT m.\"BuildingId\", sum(x.kwh) AS kwh, sum(x.resets) AS resets FROM (
  SELECT d.\"MeterId\", sum(d.\"Consumption\") + sum(CASE WHEN b.\"LastValue\" IS NOT NULL AND d.\"FirstValue\" >= b.\"LastValue\"
         THEN d.\"FirstValue\" - b.\"LastValue\" ELSE 0 END) AS kwh,
         sum(d.\"Resets\") + count(*) FILTER (WHERE d.\"FirstValue\" < b.\"LastValue\") AS resets
  FROM \"MeterDays\" d LEFT JOIN LATERAL (SELECT p.\"LastValue\" FROM \"MeterDays\" p WHERE p.\"MeterId\" = d.\"MeterId\" AND p.\"Day\" < d.\"Day\"
       ORDER BY p.\"Day\" DESC LIMIT 1) b ON true
  WHERE d.\"Day\" >= date '2026-10-01' AND d.\"Day\" < date '2026-11-01' GROUP BY d.\"MeterId\") x
  JOIN \"Meters\" m ON m.\"Id\" = x.\"MeterId\" GROUP BY m.\"BuildingId\""

source bench/lib/median.sh

same=$("${psql[@]}" -At -c "SELECT count(*) FROM ($window) a FULL JOIN ($rollup) b USING (\"BuildingId\")
  WHERE a.kwh IS DISTINCT FROM b.kwh OR a.resets IS DISTINCT FROM b.resets")
echo "buildings whose October differs between the two ways: $same (must be 0)"
printf '\n| October 2026 by building (%s buildings, %s meters) | median (ms) |\n|---|---:|\n' \
  "$("${psql[@]}" -At -c "SELECT count(DISTINCT \"BuildingId\") FROM \"Meters\"")" "$M"
printf '| readings, LAG over the month | %s |\n' "$(median "$window")"
printf '| daily rollup ("MeterDays") | %s |\n' "$(median "$rollup")"
