using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegistryTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParkEnterpriseTotals",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActiveEnterprises = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkEnterpriseTotals", x => new { x.ZoneId, x.ParkId });
                });

            migrationBuilder.CreateTable(
                name: "ParkRevenueTotals",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Revenue = table.Column<decimal>(type: "numeric(24,2)", precision: 24, scale: 2, nullable: false),
                    Reports = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkRevenueTotals", x => new { x.ZoneId, x.ParkId, x.Year });
                });

            // The totals are kept by triggers in the transaction of each write, from the rows as they stand after it. An enterprise
            // counts while it is active; a report counts while it is accepted, states a revenue and its enterprise is active.
            // The triggers run once per statement over its rows (transition tables): an import's COPY, a batch move or a mass
            // deletion is one summed change, not a change per row (which, on the same totals row, slows down with every row).
            // A report's change holds its enterprise (FOR SHARE) until the transaction ends, so a status change made at the same
            // time waits and then counts the report. An enterprise's totals leave before it is deleted (one row at a time: its
            // reports go after it, by the foreign key's cascade, and then find no active enterprise).
            migrationBuilder.Sql("""
                INSERT INTO "ParkEnterpriseTotals" ("ZoneId", "ParkId", "ActiveEnterprises")
                SELECT "ZoneId", "ParkId", count(*) FROM "Enterprises" WHERE "Status" = 'Active' GROUP BY "ZoneId", "ParkId";
                INSERT INTO "ParkRevenueTotals" ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                SELECT e."ZoneId", e."ParkId", r."Year", sum(r."Revenue"), count(*)
                FROM "AnnualReports" r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
                WHERE e."Status" = 'Active' AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL
                GROUP BY e."ZoneId", e."ParkId", r."Year";

                CREATE FUNCTION "RegistryTotals_EnterprisesInserted"() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                    INSERT INTO "ParkEnterpriseTotals" AS t ("ZoneId", "ParkId", "ActiveEnterprises")
                    SELECT "ZoneId", "ParkId", count(*) FROM added WHERE "Status" = 'Active' GROUP BY 1, 2 ORDER BY 1, 2
                    ON CONFLICT ("ZoneId", "ParkId") DO UPDATE SET "ActiveEnterprises" = t."ActiveEnterprises" + excluded."ActiveEnterprises";
                    RETURN NULL;
                END $fn$;
                CREATE TRIGGER "Enterprises_TotalsInsert" AFTER INSERT ON "Enterprises" REFERENCING NEW TABLE AS added
                    FOR EACH STATEMENT EXECUTE FUNCTION "RegistryTotals_EnterprisesInserted"();

                -- The enterprises whose status, zone or park changed leave their old park's totals and join the new one's.
                CREATE FUNCTION "RegistryTotals_EnterprisesUpdated"() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                    WITH moved AS (
                        SELECT o."Id", o."ZoneId" AS oz, o."ParkId" AS op, o."Status" = 'Active' AS oa,
                               n."ZoneId" AS nz, n."ParkId" AS np, n."Status" = 'Active' AS na
                        FROM removed o JOIN added n ON n."Id" = o."Id"
                        WHERE o."Status" IS DISTINCT FROM n."Status" OR o."ZoneId" <> n."ZoneId" OR o."ParkId" <> n."ParkId"),
                    d AS (SELECT oz AS z, op AS p, -1 AS sign FROM moved WHERE oa UNION ALL SELECT nz, np, 1 FROM moved WHERE na)
                    INSERT INTO "ParkEnterpriseTotals" AS t ("ZoneId", "ParkId", "ActiveEnterprises")
                    SELECT z, p, sum(sign) FROM d GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
                    ON CONFLICT ("ZoneId", "ParkId") DO UPDATE SET "ActiveEnterprises" = t."ActiveEnterprises" + excluded."ActiveEnterprises";
                    WITH moved AS (
                        SELECT o."Id", o."ZoneId" AS oz, o."ParkId" AS op, o."Status" = 'Active' AS oa,
                               n."ZoneId" AS nz, n."ParkId" AS np, n."Status" = 'Active' AS na
                        FROM removed o JOIN added n ON n."Id" = o."Id"
                        WHERE o."Status" IS DISTINCT FROM n."Status" OR o."ZoneId" <> n."ZoneId" OR o."ParkId" <> n."ParkId"),
                    d AS (SELECT "Id", oz AS z, op AS p, -1 AS sign FROM moved WHERE oa UNION ALL SELECT "Id", nz, np, 1 FROM moved WHERE na)
                    INSERT INTO "ParkRevenueTotals" AS t ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                    SELECT d.z, d.p, r."Year", sum(d.sign * r."Revenue"), sum(d.sign)
                    FROM d JOIN "AnnualReports" r ON r."EnterpriseId" = d."Id" AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL
                    GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 OR sum(d.sign * r."Revenue") <> 0 ORDER BY 1, 2, 3
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                        "Revenue" = t."Revenue" + excluded."Revenue", "Reports" = t."Reports" + excluded."Reports";
                    RETURN NULL;
                END $fn$;
                CREATE TRIGGER "Enterprises_TotalsUpdate" AFTER UPDATE ON "Enterprises" REFERENCING OLD TABLE AS removed NEW TABLE AS added
                    FOR EACH STATEMENT EXECUTE FUNCTION "RegistryTotals_EnterprisesUpdated"();

                CREATE FUNCTION "RegistryTotals_EnterpriseDeleting"() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                    UPDATE "ParkEnterpriseTotals" SET "ActiveEnterprises" = "ActiveEnterprises" - 1
                    WHERE "ZoneId" = OLD."ZoneId" AND "ParkId" = OLD."ParkId";
                    UPDATE "ParkRevenueTotals" t SET "Revenue" = t."Revenue" - r.revenue, "Reports" = t."Reports" - r.reports
                    FROM (SELECT "Year", sum("Revenue") AS revenue, count(*) AS reports FROM "AnnualReports"
                          WHERE "EnterpriseId" = OLD."Id" AND "Status" = 'Accepted' AND "Revenue" IS NOT NULL GROUP BY "Year") r
                    WHERE t."ZoneId" = OLD."ZoneId" AND t."ParkId" = OLD."ParkId" AND t."Year" = r."Year";
                    RETURN OLD;
                END $fn$;
                CREATE TRIGGER "Enterprises_TotalsDelete" BEFORE DELETE ON "Enterprises" FOR EACH ROW WHEN (OLD."Status" = 'Active')
                    EXECUTE FUNCTION "RegistryTotals_EnterpriseDeleting"();

                -- The reports a statement added (+1) or removed (-1), summed by park and year; an update is both, and a row whose
                -- counted figures did not change sums to nothing and touches no totals row.
                CREATE FUNCTION "RegistryTotals_ReportsChanged"() RETURNS trigger LANGUAGE plpgsql AS $fn$
                DECLARE delta text := concat_ws(' UNION ALL ',
                    CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT "EnterpriseId", "Year", "Revenue", -1 AS sign FROM removed
                        WHERE "Status" = ''Accepted'' AND "Revenue" IS NOT NULL' END,
                    CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT "EnterpriseId", "Year", "Revenue", 1 AS sign FROM added
                        WHERE "Status" = ''Accepted'' AND "Revenue" IS NOT NULL' END);
                BEGIN
                    EXECUTE 'SELECT 1 FROM "Enterprises" WHERE "Id" IN (SELECT "EnterpriseId" FROM (' || delta || ') d)
                        ORDER BY "Id" FOR SHARE';
                    EXECUTE 'INSERT INTO "ParkRevenueTotals" AS t ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                        SELECT e."ZoneId", e."ParkId", d."Year", sum(d.sign * d."Revenue"), sum(d.sign)
                        FROM (' || delta || ') d JOIN "Enterprises" e ON e."Id" = d."EnterpriseId" AND e."Status" = ''Active''
                        GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 OR sum(d.sign * d."Revenue") <> 0 ORDER BY 1, 2, 3
                        ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                            "Revenue" = t."Revenue" + excluded."Revenue", "Reports" = t."Reports" + excluded."Reports"';
                    RETURN NULL;
                END $fn$;
                CREATE TRIGGER "AnnualReports_TotalsInsert" AFTER INSERT ON "AnnualReports" REFERENCING NEW TABLE AS added
                    FOR EACH STATEMENT EXECUTE FUNCTION "RegistryTotals_ReportsChanged"();
                CREATE TRIGGER "AnnualReports_TotalsUpdate" AFTER UPDATE ON "AnnualReports" REFERENCING OLD TABLE AS removed NEW TABLE AS added
                    FOR EACH STATEMENT EXECUTE FUNCTION "RegistryTotals_ReportsChanged"();
                CREATE TRIGGER "AnnualReports_TotalsDelete" AFTER DELETE ON "AnnualReports" REFERENCING OLD TABLE AS removed
                    FOR EACH STATEMENT EXECUTE FUNCTION "RegistryTotals_ReportsChanged"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "AnnualReports_TotalsDelete" ON "AnnualReports";
                DROP TRIGGER "AnnualReports_TotalsUpdate" ON "AnnualReports";
                DROP TRIGGER "AnnualReports_TotalsInsert" ON "AnnualReports";
                DROP TRIGGER "Enterprises_TotalsDelete" ON "Enterprises";
                DROP TRIGGER "Enterprises_TotalsUpdate" ON "Enterprises";
                DROP TRIGGER "Enterprises_TotalsInsert" ON "Enterprises";
                DROP FUNCTION "RegistryTotals_ReportsChanged"();
                DROP FUNCTION "RegistryTotals_EnterpriseDeleting"();
                DROP FUNCTION "RegistryTotals_EnterprisesUpdated"();
                DROP FUNCTION "RegistryTotals_EnterprisesInserted"();
                """);

            migrationBuilder.DropTable(
                name: "ParkEnterpriseTotals");

            migrationBuilder.DropTable(
                name: "ParkRevenueTotals");
        }
    }
}
