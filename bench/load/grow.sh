#!/usr/bin/env bash
# Grows a seeded load database to N enterprises in the main demo zone, each with three years of yearly reports, in SQL: the
# demo generator holds everything in memory, which at a million enterprises outgrows the machine. Each new enterprise copies
# a demo enterprise of the zone (park, chain, scale, status, industry code, contacts) under a name of its own, a valid credit
# code (GB 32100 check character) and the search grams the host derives from the name (each character and each neighbouring
# pair, in ordinal order), and copies that enterprise's reports of the last three years.
#   PSQL="psql -h 127.0.0.1 -p 55600 -U torchbase -d torchbase_load" N=1000000 bash bench/load/grow.sh
set -euo pipefail
N=${N:-1000000}
read -r -a psql <<<"${PSQL:?PSQL=\"psql -h … -d …\" of a database the host has seeded}"
started=$(date +%s)
"${psql[@]}" -X -q -v ON_ERROR_STOP=1 <<SQL
SELECT setseed(0.42) \gset
CREATE OR REPLACE FUNCTION pg_temp.check_character(body text) RETURNS text LANGUAGE sql IMMUTABLE AS \$\$
  SELECT substr(a, (1 + CASE WHEN c = 31 THEN 0 ELSE c END)::int, 1)
  FROM (SELECT '0123456789ABCDEFGHJKLMNPQRTUWXY' AS a) alphabet,
       LATERAL (SELECT 31 - sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(body, i, 1)) - 1)
                                * (ARRAY[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28])[i]) % 31 AS c
                FROM generate_series(1, 17) i) s
\$\$;
CREATE OR REPLACE FUNCTION pg_temp.grams(name text) RETURNS text LANGUAGE sql IMMUTABLE AS \$\$
  SELECT string_agg(g, ' ' ORDER BY g COLLATE "C")
  FROM (SELECT substr(name, i, 1) AS g FROM generate_series(1, length(name)) i
        UNION SELECT substr(name, i, 2) FROM generate_series(1, length(name) - 1) i) s
\$\$;
-- The host's own rules, checked on the demo's rows before they are used.
DO \$\$ BEGIN
  IF EXISTS (SELECT 1 FROM "Enterprises" WHERE pg_temp.check_character(left("CreditCode", 17)) <> right("CreditCode", 1)) THEN
    RAISE EXCEPTION 'check character differs from the host''s'; END IF;
  IF EXISTS (SELECT 1 FROM "Enterprises" WHERE "Name" ~ '^[一-龥]+$' AND pg_temp.grams("Name") <> "SearchGrams") THEN
    RAISE EXCEPTION 'grams differ from the host''s'; END IF;
END \$\$;

CREATE TEMP TABLE template AS
SELECT row_number() OVER (ORDER BY "Id") - 1 AS k, e.*
FROM "Enterprises" e
WHERE "ZoneId" = (SELECT "ZoneId" FROM "Enterprises" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1);
CREATE TEMP TABLE grown AS
SELECT g, md5('torchbase-grow-' || g)::uuid AS id, t."Id" AS template_id, name
FROM (
  SELECT g, w.places[1 + floor(random() * 20)::int] || w.brands[1 + floor(random() * 40)::int] || w.brands[1 + floor(random() * 40)::int]
            || w.trades[1 + floor(random() * 20)::int] || w.trades[1 + floor(random() * 20)::int] || w.forms[1 + floor(random() * 4)::int] AS name
  FROM generate_series(1, $N) g,
       (SELECT string_to_array('平顶山 南阳 宛城 卧龙 鹰城 郑州 洛阳 许昌 新乡 焦作 开封 安阳 鹤壁 濮阳 漯河 三门峡 商丘 信阳 周口 驻马店', ' ') AS places,
               string_to_array('鑫 淼 垚 森 焱 瑞 祥 华 盛 泰 丰 源 达 恒 宏 兴 隆 昌 博 誉 凯 德 信 诚 汇 通 远 航 腾 飞 天 宇 金 银 铭 锐 睿 智 卓 越', ' ') AS brands,
               string_to_array('科技 电气 新材料 智能 装备 高新 能源 环保 生物 医药 信息 数据 机械 化工 精密 光电 汽车 零部件 储能 半导体', ' ') AS trades,
               string_to_array('有限公司 股份有限公司 有限责任公司 集团有限公司', ' ') AS forms) w) named
JOIN template t ON t.k = named.g % (SELECT count(*) FROM template);

INSERT INTO "Enterprises" ("Id", "ZoneId", "ParkId", "CreditCode", "Name", "IndustryChain", "IndustryLink", "Scale", "Status", "RegisteredOn",
  "Address", "LegalRepresentative", "ContactName", "ContactPhone", "IsDemo", "Version", "IndustryCode", "SearchGrams")
SELECT n.id, t."ZoneId", t."ParkId", code || pg_temp.check_character(code), n.name, t."IndustryChain", t."IndustryLink", t."Scale", t."Status",
       t."RegisteredOn", t."Address", t."LegalRepresentative", t."ContactName", t."ContactPhone", true, 0, t."IndustryCode", pg_temp.grams(n.name)
FROM grown n JOIN template t ON t."Id" = n.template_id,
     LATERAL (SELECT '91410400' || lpad((700000000 + n.g)::text, 9, '0') AS code) c;

INSERT INTO "AnnualReports"
SELECT md5('torchbase-grow-' || n.g || '-' || r."Year")::uuid, n.id, r."Year", r."Revenue", r."MainBusinessRevenue", r."HighTechRevenue",
       r."RdExpense", r."DomesticRdExpense", r."OperatingCost", r."NetAssets", r."TotalAssets", r."TotalLiabilities", r."NetProfit", r."Taxes",
       r."Employees", r."TechStaff", r."RdStaff", r."InventionPatents", r."UtilityModels", r."DesignPatents", r."SoftwareCopyrights",
       r."OtherClassOneIp", r."HighValueClassOneIp", r."SelfDevelopedClassOneIp", r."EquityFinancing", r."GraduatesHired", r."Status",
       r."SubmittedAt", r."SubmittedBy", r."ReviewedAt", r."ReviewedBy", r."ReturnReason", 0, r."SizeDeclaration"
FROM grown n JOIN "AnnualReports" r ON r."EnterpriseId" = n.template_id
WHERE r."Year" >= (SELECT max("Year") - 2 FROM "AnnualReports");
VACUUM ANALYZE "Enterprises";
VACUUM ANALYZE "AnnualReports";
SQL
echo "Grown to $("${psql[@]}" -X -At -c 'SELECT count(*) FROM "Enterprises"') enterprises, $("${psql[@]}" -X -At -c 'SELECT count(*) FROM "AnnualReports"') yearly reports in $(( $(date +%s) - started )) s"
