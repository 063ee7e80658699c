#!/usr/bin/env bash
# Deep pages of the registry list at a million enterprises, by key against by offset, side by side in one run: N synthetic
# enterprises of one zone in a throwaway PostgreSQL cluster, with the list's indexes ((ZoneId, Name) as before, (Name, Id)
# and (RegisteredOn, Id) as the EnterpriseKeysetIndexes migration adds), then the statements the list sends for a page of 20 —
# the first page, a deep page by offset, and the same deep page after a cursor — sorted by name and by registration date
# newest first, and the list's exact count. The zone is a one-element array, as the host's data scope sends it.
# Usage: PG_PORT=55504 N=1000000 RUNS=5 bash bench/keyset-postgres.sh      (needs the postgresql server binaries; see scripts/postgres.sh)
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
source scripts/postgres.sh
PG_PORT=${PG_PORT:-55504}
N=${N:-1000000}
RUNS=${RUNS:-5}
DEEP=${DEEP:-$((N / 2))} # the offset of the deep page: halfway down the list
start_test_postgres
trap stop_test_postgres EXIT
psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U torchbase -d postgres -v ON_ERROR_STOP=1 -q -X)

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M) UTC"
started=$(date +%s)
"${psql[@]}" <<SQL
SELECT setseed(0.42);
CREATE FUNCTION pick(a text[]) RETURNS text LANGUAGE sql VOLATILE AS \$\$ SELECT a[1 + floor(random() * array_length(a, 1))::int] \$\$;
CREATE TABLE "Enterprises" ("Id" uuid PRIMARY KEY, "ZoneId" uuid NOT NULL, "Name" varchar(200) NOT NULL, "RegisteredOn" date NOT NULL,
  "CreditCode" char(18) NOT NULL, "Address" varchar(300));
INSERT INTO "Enterprises"
SELECT md5(g::text)::uuid, '00000000-0000-0000-0000-000000000001', name, date '1990-01-01' + floor(random() * 13000)::int,
       '91410400' || lpad(to_hex(g), 10, '0'), '河南省平顶山市高新区' || g || '号'
FROM (
  SELECT g, pick(w.places) || pick(w.brands) || pick(w.brands) || pick(w.trades) || pick(w.trades) || pick(w.forms) AS name
  FROM generate_series(1, $N) g,
       (SELECT string_to_array('平顶山 南阳 宛城 卧龙 鹰城 郑州 洛阳 许昌 新乡 焦作 开封 安阳 鹤壁 濮阳 漯河 三门峡 商丘 信阳 周口 驻马店', ' ') AS places,
               string_to_array('鑫 淼 垚 森 焱 瑞 祥 华 盛 泰 丰 源 达 恒 宏 兴 隆 昌 博 誉 凯 德 信 诚 汇 通 远 航 腾 飞 天 宇 金 银 铭 锐 睿 智 卓 越', ' ') AS brands,
               string_to_array('科技 电气 新材料 智能 装备 高新 能源 环保 生物 医药 信息 数据 机械 化工 精密 光电 汽车 零部件 储能 半导体', ' ') AS trades,
               string_to_array('有限公司 股份有限公司 有限责任公司 集团有限公司', ' ') AS forms) w) named;
CREATE INDEX "IX_Enterprises_ZoneId_Name" ON "Enterprises" ("ZoneId", "Name");
CREATE INDEX "IX_Enterprises_Name_Id" ON "Enterprises" ("Name", "Id");
CREATE INDEX "IX_Enterprises_RegisteredOn_Id" ON "Enterprises" ("RegisteredOn", "Id");
VACUUM ANALYZE "Enterprises";
SQL
echo "$N enterprises loaded and indexed in $(( $(date +%s) - started )) s"

# The median execution time (ms) of a statement over RUNS runs, after one to warm the cache.
median() {
  local sql=$1 times=()
  "${psql[@]}" -c "EXPLAIN (ANALYZE, TIMING OFF) $sql" >/dev/null
  for _ in $(seq "$RUNS"); do
    times+=("$("${psql[@]}" -At -c "EXPLAIN (ANALYZE, TIMING OFF) $sql" | sed -n 's/^Execution Time: \(.*\) ms$/\1/p')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

zone="\"ZoneId\" = ANY ('{00000000-0000-0000-0000-000000000001}'::uuid[])"
cols='"Id", "Name", "RegisteredOn", "CreditCode", "Address"'
printf '\n| Order | First page (ms) | Page at offset %s (ms) | Same page after a cursor (ms) | Same rows |\n|---|---:|---:|---:|---|\n' "$DEEP"
for order in name registeredOn; do
  if [ "$order" = name ]; then
    by='"Name", "Id"'; key='"Name"'
    row=$("${psql[@]}" -At -F'|' -c "SELECT \"Name\", \"Id\" FROM \"Enterprises\" WHERE $zone ORDER BY $by OFFSET $((DEEP - 1)) LIMIT 1")
    k=${row%%|*}; i=${row##*|}
    after="\"Name\" >= '$k' AND (\"Name\" > '$k' OR \"Id\" > '$i')"
    name_after=$after
  else
    by='"RegisteredOn" DESC, "Id" DESC'; key='"RegisteredOn"'
    row=$("${psql[@]}" -At -F'|' -c "SELECT \"RegisteredOn\", \"Id\" FROM \"Enterprises\" WHERE $zone ORDER BY $by OFFSET $((DEEP - 1)) LIMIT 1")
    k=${row%%|*}; i=${row##*|}
    after="\"RegisteredOn\" <= '$k' AND (\"RegisteredOn\" < '$k' OR \"Id\" < '$i')"
  fi
  first="SELECT $cols FROM \"Enterprises\" WHERE $zone ORDER BY $by LIMIT 20"
  offset="SELECT $cols FROM \"Enterprises\" WHERE $zone ORDER BY $by LIMIT 20 OFFSET $DEEP"
  keyed="SELECT $cols FROM \"Enterprises\" WHERE $zone AND $after ORDER BY $by LIMIT 20"
  same=$( [ "$("${psql[@]}" -At -c "$offset")" = "$("${psql[@]}" -At -c "$keyed")" ] && echo yes || echo NO)
  printf '| %s | %s | %s | %s | %s |\n' "$order ($key)" "$(median "$first")" "$(median "$offset")" "$(median "$keyed")" "$same"
done
printf '\nThe plan of the page after a cursor (by name):\n'
"${psql[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT $cols FROM \"Enterprises\" WHERE $zone AND $name_after ORDER BY \"Name\", \"Id\" LIMIT 20" | sed 's/^/    /'
printf '\nThe plan of the same page by offset:\n'
"${psql[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT $cols FROM \"Enterprises\" WHERE $zone ORDER BY \"Name\", \"Id\" LIMIT 20 OFFSET $DEEP" | sed 's/^/    /'
printf '\n| The list'"'"'s exact count (no search) | %s ms |\n' "$(median "SELECT count(*) FROM \"Enterprises\" WHERE $zone")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M) UTC"
