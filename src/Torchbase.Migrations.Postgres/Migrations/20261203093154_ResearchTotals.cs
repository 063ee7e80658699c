using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ResearchTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParkResearchTotals",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndustrialAbove = table.Column<int>(type: "integer", nullable: false),
                    WithResearch = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkResearchTotals", x => new { x.ZoneId, x.ParkId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "SizeRulePrefixes",
                columns: table => new
                {
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    Prefix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    UntilYear = table.Column<int>(type: "integer", nullable: true),
                    Industrial = table.Column<bool>(type: "boolean", nullable: false),
                    Figure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ThresholdWan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SizeRulePrefixes", x => new { x.FromYear, x.Prefix });
                });

            // 规上工业企业 and those with R&D activity by park and year, kept by triggers from the accepted yearly reports as
            // ParkRevenueTotals is: once per statement over its rows, holding the reports' enterprises FOR SHARE until the end of the
            // transaction, so an industry code changed at the same time waits and then counts the report by its new class. A report
            // is classified by the size rules the host writes into SizeRulePrefixes at start-up, which then also counts the totals
            // again whenever the rules changed: this migration leaves them empty.
            migrationBuilder.Sql("""
                -- Whether a report is 规上工业 by the size rules the database holds: among the rows deciding its year, the class of the
                -- longest prefix its enterprise's industry code starts with is industrial, and the report's figure reaches its
                -- threshold (or, for a declared class, the report declares it).
                CREATE FUNCTION "IndustrialAboveSize"(industry_code text, report_year integer, main_revenue numeric, total_revenue numeric,
                    declared boolean) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
                    SELECT coalesce((SELECT s."Industrial" AND CASE s."Figure" WHEN 'MainBusinessRevenue' THEN main_revenue >= s."ThresholdWan"
                                WHEN 'Revenue' THEN total_revenue >= s."ThresholdWan" ELSE declared END
                            FROM "SizeRulePrefixes" s WHERE starts_with(industry_code, s."Prefix") AND s."FromYear" <= report_year
                                AND (s."UntilYear" IS NULL OR report_year < s."UntilYear")
                            ORDER BY length(s."Prefix") DESC LIMIT 1), false)
                $fn$;

                -- The accepted reports that are 规上工业 as their rows stand now.
                CREATE VIEW "IndustrialAboveReports" AS
                SELECT r."Id", r."EnterpriseId", e."ZoneId", e."ParkId", r."Year", r."RdExpense"
                FROM "AnnualReports" r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
                WHERE r."Status" = 'Accepted'
                    AND "IndustrialAboveSize"(e."IndustryCode", r."Year", r."MainBusinessRevenue", r."Revenue", r."SizeDeclaration");

                -- The reports a statement added (+1) or removed (-1), classified with their enterprise's industry code and summed by
                -- park and year; an update is both, and a row whose class and R&D did not change sums to nothing.
                CREATE FUNCTION "ResearchTotals_ReportsChanged"() RETURNS trigger LANGUAGE plpgsql AS $fn$
                DECLARE delta text := concat_ws(' UNION ALL ',
                    CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT "EnterpriseId", "Year", "MainBusinessRevenue", "Revenue", "SizeDeclaration",
                        "RdExpense", -1 AS sign FROM removed WHERE "Status" = ''Accepted''' END,
                    CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT "EnterpriseId", "Year", "MainBusinessRevenue", "Revenue", "SizeDeclaration",
                        "RdExpense", 1 AS sign FROM added WHERE "Status" = ''Accepted''' END);
                BEGIN
                    EXECUTE 'SELECT 1 FROM "Enterprises" WHERE "Id" IN (SELECT "EnterpriseId" FROM (' || delta || ') d)
                        ORDER BY "Id" FOR SHARE';
                    EXECUTE 'INSERT INTO "ParkResearchTotals" AS t ("ZoneId", "ParkId", "Year", "IndustrialAbove", "WithResearch")
                        SELECT e."ZoneId", e."ParkId", d."Year", sum(d.sign), sum(CASE WHEN d."RdExpense" > 0 THEN d.sign ELSE 0 END)
                        FROM (' || delta || ') d JOIN "Enterprises" e ON e."Id" = d."EnterpriseId"
                        WHERE "IndustrialAboveSize"(e."IndustryCode", d."Year", d."MainBusinessRevenue", d."Revenue", d."SizeDeclaration")
                        GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 OR sum(CASE WHEN d."RdExpense" > 0 THEN d.sign ELSE 0 END) <> 0
                        ORDER BY 1, 2, 3
                        ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET "IndustrialAbove" = t."IndustrialAbove" + excluded."IndustrialAbove",
                            "WithResearch" = t."WithResearch" + excluded."WithResearch"';
                    RETURN NULL;
                END $fn$;
                CREATE TRIGGER "AnnualReports_ResearchInsert" AFTER INSERT ON "AnnualReports" REFERENCING NEW TABLE AS added
                    FOR EACH STATEMENT EXECUTE FUNCTION "ResearchTotals_ReportsChanged"();
                CREATE TRIGGER "AnnualReports_ResearchUpdate" AFTER UPDATE ON "AnnualReports" REFERENCING OLD TABLE AS removed NEW TABLE AS added
                    FOR EACH STATEMENT EXECUTE FUNCTION "ResearchTotals_ReportsChanged"();
                CREATE TRIGGER "AnnualReports_ResearchDelete" AFTER DELETE ON "AnnualReports" REFERENCING OLD TABLE AS removed
                    FOR EACH STATEMENT EXECUTE FUNCTION "ResearchTotals_ReportsChanged"();

                -- The enterprises whose industry code, zone or park changed: their reports leave the old class and park, and join the new.
                CREATE FUNCTION "ResearchTotals_EnterprisesUpdated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                    WITH moved AS (
                        SELECT o."Id", o."ZoneId" AS oz, o."ParkId" AS op, o."IndustryCode" AS oc,
                               n."ZoneId" AS nz, n."ParkId" AS np, n."IndustryCode" AS nc
                        FROM removed o JOIN added n ON n."Id" = o."Id"
                        WHERE o."IndustryCode" IS DISTINCT FROM n."IndustryCode" OR o."ZoneId" <> n."ZoneId" OR o."ParkId" <> n."ParkId"),
                    d AS (
                        SELECT m.oz AS z, m.op AS p, r."Year", r."RdExpense", -1 AS sign
                        FROM moved m JOIN "AnnualReports" r ON r."EnterpriseId" = m."Id" AND r."Status" = 'Accepted'
                        WHERE "IndustrialAboveSize"(m.oc, r."Year", r."MainBusinessRevenue", r."Revenue", r."SizeDeclaration")
                        UNION ALL
                        SELECT m.nz, m.np, r."Year", r."RdExpense", 1
                        FROM moved m JOIN "AnnualReports" r ON r."EnterpriseId" = m."Id" AND r."Status" = 'Accepted'
                        WHERE "IndustrialAboveSize"(m.nc, r."Year", r."MainBusinessRevenue", r."Revenue", r."SizeDeclaration"))
                    INSERT INTO "ParkResearchTotals" AS t ("ZoneId", "ParkId", "Year", "IndustrialAbove", "WithResearch")
                    SELECT z, p, "Year", sum(sign), sum(CASE WHEN "RdExpense" > 0 THEN sign ELSE 0 END) FROM d
                    GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 OR sum(CASE WHEN "RdExpense" > 0 THEN sign ELSE 0 END) <> 0 ORDER BY 1, 2, 3
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET "IndustrialAbove" = t."IndustrialAbove" + excluded."IndustrialAbove",
                        "WithResearch" = t."WithResearch" + excluded."WithResearch";
                    RETURN NULL;
                END $fn$;
                CREATE TRIGGER "Enterprises_ResearchUpdate" AFTER UPDATE ON "Enterprises" REFERENCING OLD TABLE AS removed NEW TABLE AS added
                    FOR EACH STATEMENT EXECUTE FUNCTION "ResearchTotals_EnterprisesUpdated"();

                -- An enterprise's reports leave the totals before it is deleted (they go after it, by the foreign key's cascade, and
                -- then find no enterprise).
                CREATE FUNCTION "ResearchTotals_EnterpriseDeleting"() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                    UPDATE "ParkResearchTotals" t SET "IndustrialAbove" = t."IndustrialAbove" - v.above, "WithResearch" = t."WithResearch" - v.research
                    FROM (SELECT "Year", count(*) AS above, count(*) FILTER (WHERE "RdExpense" > 0) AS research FROM "IndustrialAboveReports"
                          WHERE "EnterpriseId" = OLD."Id" GROUP BY "Year") v
                    WHERE t."ZoneId" = OLD."ZoneId" AND t."ParkId" = OLD."ParkId" AND t."Year" = v."Year";
                    RETURN OLD;
                END $fn$;
                CREATE TRIGGER "Enterprises_ResearchDelete" BEFORE DELETE ON "Enterprises" FOR EACH ROW
                    EXECUTE FUNCTION "ResearchTotals_EnterpriseDeleting"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Enterprises_ResearchDelete" ON "Enterprises";
                DROP TRIGGER "Enterprises_ResearchUpdate" ON "Enterprises";
                DROP TRIGGER "AnnualReports_ResearchDelete" ON "AnnualReports";
                DROP TRIGGER "AnnualReports_ResearchUpdate" ON "AnnualReports";
                DROP TRIGGER "AnnualReports_ResearchInsert" ON "AnnualReports";
                DROP FUNCTION "ResearchTotals_EnterpriseDeleting"();
                DROP FUNCTION "ResearchTotals_EnterprisesUpdated"();
                DROP FUNCTION "ResearchTotals_ReportsChanged"();
                DROP VIEW "IndustrialAboveReports";
                DROP FUNCTION "IndustrialAboveSize"(text, integer, numeric, numeric, boolean);
                """);

            migrationBuilder.DropTable(
                name: "ParkResearchTotals");

            migrationBuilder.DropTable(
                name: "SizeRulePrefixes");
        }
    }
}
