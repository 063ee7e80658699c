#!/usr/bin/env bash
# What the registry's running totals (revenue by park and year, 规上工业 and R&D by park and year) cost the writes that keep them: yearly reports inserted and deleted with the totals'
# triggers and without them, side by side on the same database, in bulk (one statement, as an import's COPY) and one row a
# transaction (as the API writes). PostgreSQL on a database seeded before (bench/load/grow.sh): the triggers are off only for
# the runs without them (rows inserted then are deleted then too), and the script checks the totals against the rows at the
# end. SQLite on the demo database the host seeds into a temporary folder, copied twice: one copy keeps the triggers, the other
# has them dropped; the same statements run on both (sqlite3).
#   PSQL="psql -h 127.0.0.1 -p 55600 -U torchbase -d torchbase_load" N=100000 bash bench/totals-overhead.sh   (PSQL unset: SQLite only)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
SINGLE=${SINGLE:-2000}
read -r -a psql <<<"${PSQL:-}" # without it, SQLite only

ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

if [ ${#psql[@]} -gt 0 ]; then
echo "## PostgreSQL: $N reports in one statement, then $SINGLE one row a transaction (load average $(cut -d' ' -f1 /proc/loadavg))"
"${psql[@]}" -X -q -v ON_ERROR_STOP=1 <<SQL
DROP TABLE IF EXISTS bench_reports;
CREATE UNLOGGED TABLE bench_reports AS SELECT * FROM "AnnualReports" WHERE "Year" = 2025 AND "Status" = 'Accepted' LIMIT $N;
UPDATE bench_reports SET "Id" = gen_random_uuid(), "Year" = 2099;
ALTER TABLE bench_reports ADD PRIMARY KEY ("Id");
SQL
# The triggers off for a "without" run, and on again whatever happens.
triggers() { # <ENABLE|DISABLE>
  local t
  for t in TotalsInsert TotalsDelete ResearchInsert ResearchDelete; do
    "${psql[@]}" -X -q -v ON_ERROR_STOP=1 -c "ALTER TABLE \"AnnualReports\" $1 TRIGGER \"AnnualReports_$t\""
  done
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
SELECT CASE WHEN count(*) = 0 THEN 'research totals match the rows' ELSE count(*) || ' park-years differ' END FROM (
  SELECT "ZoneId", "ParkId", "Year", count(*), count(*) FILTER (WHERE "RdExpense" > 0) FROM "IndustrialAboveReports" GROUP BY 1, 2, 3
  EXCEPT SELECT "ZoneId", "ParkId", "Year", "IndustrialAbove", "WithResearch" FROM "ParkResearchTotals" WHERE "IndustrialAbove" > 0) d;
SQL

fi
echo
echo "## SQLite: the demo's accepted reports of one year copied 50 times, then $SINGLE one row a transaction; two copies of one database"
work=$(mktemp -d)
trap 'if [ ${#psql[@]} -gt 0 ]; then triggers ENABLE; fi; rm -rf "$work"' EXIT
dotnet build -c Release src/Torchbase -p:SkipWebBuild=true -v q -nologo >/dev/null
host=$PWD/src/Torchbase/bin/Release/net10.0
Torchbase__Database__Provider=Sqlite ConnectionStrings__Sqlite="Data Source=$work/with.db" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$host/Torchbase.dll" seed --contentRoot "$host" >/dev/null
cp "$work/with.db" "$work/without.db"
sqlite3 "$work/without.db" "SELECT 'DROP TRIGGER \"' || name || '\";' FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%_Totals%' OR name LIKE '%_Research%')" \
  | sqlite3 "$work/without.db"
columns=$(sqlite3 "$work/with.db" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('AnnualReports') WHERE name NOT IN ('Id', 'Year')")
# copy <year> [limit offset]: the last year's accepted reports as the given year's, under new ids
copy() { echo "INSERT INTO \"AnnualReports\" (\"Id\", \"Year\", $columns) SELECT lower(hex(randomblob(16))), $1, $columns FROM \"AnnualReports\"
  WHERE \"Status\" = 'Accepted' AND \"Year\" = (SELECT max(\"Year\") FROM \"AnnualReports\" WHERE \"Year\" < 2100) ${2:-};"; }
{ echo 'BEGIN;'; for y in $(seq 2100 2149); do copy "$y"; done; echo 'COMMIT;'; } >"$work/bulk.sql"
for k in $(seq 1 "$SINGLE"); do copy 2200 "LIMIT 1 OFFSET $k"; done >"$work/singles.sql"
echo "| run | insert 50 years' copies in one transaction, ms | delete them, ms | rows | one row a transaction, ms | rows |"
echo "|---|---:|---:|---:|---:|---:|"
for round in 1 2 3; do
  for mode in without with; do
    db="$work/$mode.db"
    i=$(ms sqlite3 "$db" ".read $work/bulk.sql"); rows=$(sqlite3 "$db" 'SELECT count(*) FROM "AnnualReports" WHERE "Year" >= 2100')
    d=$(ms sqlite3 "$db" 'DELETE FROM "AnnualReports" WHERE "Year" >= 2100')
    s=$(ms sqlite3 "$db" ".read $work/singles.sql"); singles=$(sqlite3 "$db" 'SELECT count(*) FROM "AnnualReports" WHERE "Year" >= 2100')
    sqlite3 "$db" 'DELETE FROM "AnnualReports" WHERE "Year" >= 2100'
    echo "| $round, $mode the totals' triggers | $i | $d | $rows | $s | $singles |"
  done
done
sqlite3 "$work/with.db" <<'SQL'
SELECT CASE WHEN count(*) = 0 THEN 'totals match the rows' ELSE count(*) || ' park-years differ' END FROM (
  SELECT e."ZoneId", e."ParkId", r."Year", round(sum(r."Revenue"), 2) AS revenue, count(*) AS reports
  FROM "AnnualReports" r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
  WHERE e."Status" = 'Active' AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL GROUP BY 1, 2, 3
  EXCEPT SELECT "ZoneId", "ParkId", "Year", round("Revenue", 2), "Reports" FROM "ParkRevenueTotals" WHERE "Reports" > 0);
SELECT CASE WHEN count(*) = 0 THEN 'research totals match the rows' ELSE count(*) || ' park-years differ' END FROM (
  SELECT "ZoneId", "ParkId", "Year", count(*), sum(CASE WHEN "RdExpense" > 0 THEN 1 ELSE 0 END) FROM "IndustrialAboveReports" GROUP BY 1, 2, 3
  EXCEPT SELECT "ZoneId", "ParkId", "Year", "IndustrialAbove", "WithResearch" FROM "ParkResearchTotals" WHERE "IndustrialAbove" > 0);
SQL
