#!/usr/bin/env bash
# Name search at a million enterprises, index against scan, side by side in one run: N synthetic Chinese enterprise names
# (place + brand + two trade words + company form) with their grams (NameSearch: every character and neighbouring pair) in a
# throwaway PostgreSQL cluster, then the registry's search as the host sends it — a page of 20 by name and the count — once
# with the plain containment the list used before (a scan) and once through the grams' GIN index, for short and long queries.
# Usage: PG_PORT=55503 N=1000000 bash bench/search-postgres.sh      (needs the postgresql server binaries; see scripts/postgres.sh)
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
source scripts/postgres.sh
PG_PORT=${PG_PORT:-55503}
N=${N:-1000000}
RUNS=${RUNS:-5}
start_test_postgres
trap stop_test_postgres EXIT
psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U torchbase -d postgres -v ON_ERROR_STOP=1 -q -X)

started=$(date +%s)
"${psql[@]}" <<SQL
SELECT setseed(0.42);
-- The same grams as NameSearch.Grams for names of letters only (these have no spaces or punctuation).
CREATE FUNCTION grams(t text) RETURNS text LANGUAGE sql IMMUTABLE AS \$\$
  SELECT string_agg(DISTINCT g, ' ' ORDER BY g) FROM (
    SELECT substr(t, i, 1) AS g FROM generate_series(1, length(t)) i
    UNION SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) i) x \$\$;
CREATE TABLE enterprises (id int PRIMARY KEY, name text NOT NULL, grams text NOT NULL, credit_code char(18) NOT NULL,
  vector tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', grams))) STORED);
CREATE FUNCTION pick(a text[]) RETURNS text LANGUAGE sql VOLATILE AS \$\$ SELECT a[1 + floor(random() * array_length(a, 1))::int] \$\$;
INSERT INTO enterprises
SELECT g, name, grams(name), '91410400' || lpad(to_hex(g), 10, '0')
FROM (
  SELECT g, pick(w.places) || pick(w.brands) || pick(w.brands) || pick(w.trades) || pick(w.trades) || pick(w.forms) AS name
  FROM generate_series(1, $N) g,
       (SELECT string_to_array('平顶山 南阳 宛城 卧龙 鹰城 郑州 洛阳 许昌 新乡 焦作 开封 安阳 鹤壁 濮阳 漯河 三门峡 商丘 信阳 周口 驻马店 济源 舞钢 汝州 宝丰 叶县 鲁山 郏县 卫东 湛河 石龙', ' ') AS places,
               string_to_array('鑫 淼 垚 森 焱 瑞 祥 华 盛 泰 丰 源 达 恒 宏 兴 隆 昌 博 誉 凯 德 信 诚 汇 通 远 航 腾 飞 天 宇 金 银 铭 锐 睿 智 卓 越 康 宁 安 和 润 泽 海 江 河 山 峰 岳 石 玉 晶 辉 耀 明 光 星 辰 阳 春 秋 中 东 方 新 正 大 荣 嘉 豪 富 贵 永 久 长 青 云 鹏 龙 凤 麒 麟', ' ') AS brands,
               string_to_array('科技 电气 新材料 智能 装备 高新 能源 环保 生物 医药 信息 数据 机械 化工 精密 光电 汽车 零部件 纺织 食品 农业 物流 建材 储能 半导体 软件 网络 检测 重工 特钢 尼龙 碳素 电缆 开关 输变电 仪器 模具 铸造 锻造 陶瓷 玻璃 涂料 塑胶 包装 印务 家具 服饰 电子 通信 航空 机器人 激光 传感 微电 水务 热力 燃气 矿业 煤业 盐业', ' ') AS trades,
               string_to_array('有限公司 股份有限公司 有限责任公司 集团有限公司', ' ') AS forms) w) named;
-- As the migration makes them (EnterpriseNameSearch), and the name index the list sorts by.
CREATE INDEX ix_grams ON enterprises USING gin (vector);
CREATE INDEX ix_code ON enterprises (credit_code bpchar_pattern_ops);
CREATE INDEX ix_name ON enterprises (name, id);
VACUUM ANALYZE enterprises;
SQL
echo "$N enterprises loaded and indexed in $(( $(date +%s) - started )) s"

source bench/lib/median.sh

printf '\n| Query | Matches | Page, scan (ms) | Page, index (ms) | Count, scan (ms) | Count, index (ms) |\n|---|---:|---:|---:|---:|---:|\n'
for term in 鑫淼 淼 平顶山鑫 储能 有限 郑州华盛电气 91410400000001; do
  q=$(printf '%s' "$term" | tr -d "'")
  code=$(printf '%s' "$q" | tr '[:lower:]' '[:upper:]')
  # The query grams as NameSearch.QueryGrams gives them: one character alone, else every neighbouring pair.
  if [ "${#q}" -eq 1 ]; then grams=$q; else grams=$(for ((i = 0; i + 1 < ${#q}; i++)); do printf '%s ' "${q:i:2}"; done); fi
  scan="(strpos(name, '$q') > 0 OR credit_code LIKE '$code%')"
  index="((vector @@ plainto_tsquery('simple', '$grams') AND strpos(name, '$q') > 0) OR credit_code LIKE '$code%')"
  matches=$("${psql[@]}" -At -c "SELECT count(*) FROM enterprises WHERE $index")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$term" "$matches" \
    "$(median "SELECT id, name FROM enterprises WHERE $scan ORDER BY name, id LIMIT 20")" \
    "$(median "SELECT id, name FROM enterprises WHERE $index ORDER BY name, id LIMIT 20")" \
    "$(median "SELECT count(*) FROM enterprises WHERE $scan")" \
    "$(median "SELECT count(*) FROM enterprises WHERE $index")"
done
