#!/usr/bin/env bash
# What the registry's running totals cost the writes that keep them: yearly reports inserted and deleted with the totals'
# triggers and without them, side by side on the same database, in bulk (one statement, as an import's COPY) and one row a
# transaction (as the API writes). PostgreSQL on a database seeded before (bench/load/grow.sh), SQLite on a demo database the
# host seeds into a temporary folder. The triggers are off only for the runs without them (rows inserted then are deleted
# then too), and the script checks the totals against the rows at the end.
#   PSQL="psql -h 127.0.0.1 -p 55600 -U torchbase -d torchbase_load" N=100000 bash bench/totals-overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
SINGLE=${SINGLE:-2000}
read -r -a psql <<<"${PSQL:?PSQL=\"psql -h … -d …\" of a database the host has migrated}"

ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

echo "## PostgreSQL: $N reports in one statement, then $SINGLE one row a transaction (load average $(cut -d' ' -f1 /proc/loadavg))"
"${psql[@]}" -X -q -v ON_ERROR_STOP=1 <<SQL
DROP TABLE IF EXISTS bench_reports;
CREATE UNLOGGED TABLE bench_reports AS SELECT * FROM "AnnualReports" WHERE "Year" = 2025 AND "Status" = 'Accepted' LIMIT $N;
UPDATE bench_reports SET "Id" = gen_random_uuid(), "Year" = 2099;
ALTER TABLE bench_reports ADD PRIMARY KEY ("Id");
SQL
# The triggers off for a "without" run, and on again whatever happens.
triggers() { # <ENABLE|DISABLE>
  "${psql[@]}" -X -q -v ON_ERROR_STOP=1 -c "ALTER TABLE \"AnnualReports\" $1 TRIGGER \"AnnualReports_TotalsInsert\"" \
    -c "ALTER TABLE \"AnnualReports\" $1 TRIGGER \"AnnualReports_TotalsDelete\""
}
trap 'triggers ENABLE' EXIT
bulk() { "${psql[@]}" -X -q -v ON_ERROR_STOP=1 -c 'INSERT INTO "AnnualReports" SELECT * FROM bench_reports'; }
remove() { "${psql[@]}" -X -q -v ON_ERROR_STOP=1 -c 'DELETE FROM "AnnualReports" WHERE "Year" = 2099'; }
singles() { # one INSERT a transaction (psql's autocommit), as many as SINGLE
  "${psql[@]}" -X -q -v ON_ERROR_STOP=1 -f <("${psql[@]}" -X -At -c \
    "SELECT format('INSERT INTO \"AnnualReports\" SELECT * FROM bench_reports WHERE \"Id\" = %L;', \"Id\") FROM bench_reports LIMIT $SINGLE")
}
echo "| run | insert $N, ms | delete $N, ms | $SINGLE single inserts, ms |"
echo "|---|---:|---:|---:|"
for round in 1 2 3; do
  for mode in without with; do
    if [ $mode = without ]; then triggers DISABLE; else triggers ENABLE; fi
    i=$(ms bulk); d=$(ms remove); s=$(ms singles); remove
    echo "| $round, $mode the totals' triggers | $i | $d | $s |"
  done
done
triggers ENABLE
"${psql[@]}" -X -q -v ON_ERROR_STOP=1 -c "DROP TABLE bench_reports"
"${psql[@]}" -X -At -v ON_ERROR_STOP=1 <<'SQL'
SELECT CASE WHEN count(*) = 0 THEN 'totals match the rows' ELSE count(*) || ' park-years differ' END FROM (
  SELECT e."ZoneId", e."ParkId", r."Year", sum(r."Revenue") AS revenue, count(*) AS reports
  FROM "AnnualReports" r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
  WHERE e."Status" = 'Active' AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL GROUP BY 1, 2, 3
  EXCEPT SELECT "ZoneId", "ParkId", "Year", "Revenue", "Reports" FROM "ParkRevenueTotals" WHERE "Reports" > 0) d;
SQL
