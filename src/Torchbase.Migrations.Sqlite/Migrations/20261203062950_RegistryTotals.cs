using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
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
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActiveEnterprises = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkEnterpriseTotals", x => new { x.ZoneId, x.ParkId });
                });

            migrationBuilder.CreateTable(
                name: "ParkRevenueTotals",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<double>(type: "REAL", precision: 24, scale: 2, nullable: false),
                    Reports = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkRevenueTotals", x => new { x.ZoneId, x.ParkId, x.Year });
                });

            // No alias for the table a trigger writes: older SQLite (Debian 12's sqlite3, 3.40) cannot read a schema with one.
            // The totals are kept by triggers in the transaction of each write, from the rows as they stand after it. An enterprise
            // counts while it is active; a report counts while it is accepted, states a revenue and its enterprise is active.
            // An enterprise's totals leave before it is deleted (its reports go after it, and then find no active enterprise).
            migrationBuilder.Sql("""
                INSERT INTO "ParkEnterpriseTotals" ("ZoneId", "ParkId", "ActiveEnterprises")
                SELECT "ZoneId", "ParkId", count(*) FROM "Enterprises" WHERE "Status" = 'Active' GROUP BY "ZoneId", "ParkId";
                INSERT INTO "ParkRevenueTotals" ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                SELECT e."ZoneId", e."ParkId", r."Year", sum(r."Revenue"), count(*)
                FROM "AnnualReports" r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
                WHERE e."Status" = 'Active' AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL
                GROUP BY e."ZoneId", e."ParkId", r."Year";

                CREATE TRIGGER "Enterprises_TotalsInsert" AFTER INSERT ON "Enterprises" WHEN NEW."Status" = 'Active' BEGIN
                    INSERT INTO "ParkEnterpriseTotals" ("ZoneId", "ParkId", "ActiveEnterprises") VALUES (NEW."ZoneId", NEW."ParkId", 1)
                    ON CONFLICT ("ZoneId", "ParkId") DO UPDATE SET "ActiveEnterprises" = "ParkEnterpriseTotals"."ActiveEnterprises" + 1;
                END;
                CREATE TRIGGER "Enterprises_TotalsUpdate" AFTER UPDATE OF "Status", "ZoneId", "ParkId" ON "Enterprises"
                WHEN (OLD."Status" = 'Active' OR NEW."Status" = 'Active')
                    AND (OLD."Status" IS NOT NEW."Status" OR OLD."ZoneId" IS NOT NEW."ZoneId" OR OLD."ParkId" IS NOT NEW."ParkId") BEGIN
                    UPDATE "ParkEnterpriseTotals" SET "ActiveEnterprises" = "ActiveEnterprises" - 1
                    WHERE OLD."Status" = 'Active' AND "ZoneId" = OLD."ZoneId" AND "ParkId" = OLD."ParkId";
                    UPDATE "ParkRevenueTotals" SET
                        "Revenue" = "ParkRevenueTotals"."Revenue" - (SELECT sum(r."Revenue") FROM "AnnualReports" r WHERE r."EnterpriseId" = OLD."Id"
                            AND r."Year" = "ParkRevenueTotals"."Year" AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL),
                        "Reports" = "ParkRevenueTotals"."Reports" - (SELECT count(*) FROM "AnnualReports" r WHERE r."EnterpriseId" = OLD."Id"
                            AND r."Year" = "ParkRevenueTotals"."Year" AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL)
                    WHERE OLD."Status" = 'Active' AND "ParkRevenueTotals"."ZoneId" = OLD."ZoneId" AND "ParkRevenueTotals"."ParkId" = OLD."ParkId"
                        AND "ParkRevenueTotals"."Year" IN (SELECT r."Year" FROM "AnnualReports" r WHERE r."EnterpriseId" = OLD."Id"
                            AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL);
                    INSERT INTO "ParkEnterpriseTotals" ("ZoneId", "ParkId", "ActiveEnterprises")
                    SELECT NEW."ZoneId", NEW."ParkId", 1 WHERE NEW."Status" = 'Active'
                    ON CONFLICT ("ZoneId", "ParkId") DO UPDATE SET "ActiveEnterprises" = "ParkEnterpriseTotals"."ActiveEnterprises" + 1;
                    INSERT INTO "ParkRevenueTotals" ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                    SELECT NEW."ZoneId", NEW."ParkId", r."Year", sum(r."Revenue"), count(*) FROM "AnnualReports" r
                    WHERE NEW."Status" = 'Active' AND r."EnterpriseId" = NEW."Id" AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL
                    GROUP BY r."Year"
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                        "Revenue" = "ParkRevenueTotals"."Revenue" + excluded."Revenue", "Reports" = "ParkRevenueTotals"."Reports" + excluded."Reports";
                END;
                CREATE TRIGGER "Enterprises_TotalsDelete" BEFORE DELETE ON "Enterprises" WHEN OLD."Status" = 'Active' BEGIN
                    UPDATE "ParkEnterpriseTotals" SET "ActiveEnterprises" = "ActiveEnterprises" - 1
                    WHERE "ZoneId" = OLD."ZoneId" AND "ParkId" = OLD."ParkId";
                    UPDATE "ParkRevenueTotals" SET
                        "Revenue" = "ParkRevenueTotals"."Revenue" - (SELECT sum(r."Revenue") FROM "AnnualReports" r WHERE r."EnterpriseId" = OLD."Id"
                            AND r."Year" = "ParkRevenueTotals"."Year" AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL),
                        "Reports" = "ParkRevenueTotals"."Reports" - (SELECT count(*) FROM "AnnualReports" r WHERE r."EnterpriseId" = OLD."Id"
                            AND r."Year" = "ParkRevenueTotals"."Year" AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL)
                    WHERE "ParkRevenueTotals"."ZoneId" = OLD."ZoneId" AND "ParkRevenueTotals"."ParkId" = OLD."ParkId"
                        AND "ParkRevenueTotals"."Year" IN (SELECT r."Year" FROM "AnnualReports" r WHERE r."EnterpriseId" = OLD."Id"
                            AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL);
                END;

                CREATE TRIGGER "AnnualReports_TotalsInsert" AFTER INSERT ON "AnnualReports"
                WHEN NEW."Status" = 'Accepted' AND NEW."Revenue" IS NOT NULL BEGIN
                    INSERT INTO "ParkRevenueTotals" ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                    SELECT e."ZoneId", e."ParkId", NEW."Year", NEW."Revenue", 1 FROM "Enterprises" e
                    WHERE e."Id" = NEW."EnterpriseId" AND e."Status" = 'Active'
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                        "Revenue" = "ParkRevenueTotals"."Revenue" + excluded."Revenue", "Reports" = "ParkRevenueTotals"."Reports" + excluded."Reports";
                END;
                CREATE TRIGGER "AnnualReports_TotalsUpdate" AFTER UPDATE OF "Status", "Revenue", "Year", "EnterpriseId" ON "AnnualReports"
                WHEN OLD."Status" IS NOT NEW."Status" OR OLD."Revenue" IS NOT NEW."Revenue" OR OLD."Year" IS NOT NEW."Year"
                    OR OLD."EnterpriseId" IS NOT NEW."EnterpriseId" BEGIN
                    UPDATE "ParkRevenueTotals" SET "Revenue" = "ParkRevenueTotals"."Revenue" - OLD."Revenue", "Reports" = "ParkRevenueTotals"."Reports" - 1
                    WHERE OLD."Status" = 'Accepted' AND OLD."Revenue" IS NOT NULL AND "ParkRevenueTotals"."Year" = OLD."Year"
                        AND EXISTS (SELECT 1 FROM "Enterprises" e WHERE e."Id" = OLD."EnterpriseId" AND e."Status" = 'Active'
                            AND e."ZoneId" = "ParkRevenueTotals"."ZoneId" AND e."ParkId" = "ParkRevenueTotals"."ParkId");
                    INSERT INTO "ParkRevenueTotals" ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                    SELECT e."ZoneId", e."ParkId", NEW."Year", NEW."Revenue", 1 FROM "Enterprises" e
                    WHERE NEW."Status" = 'Accepted' AND NEW."Revenue" IS NOT NULL AND e."Id" = NEW."EnterpriseId" AND e."Status" = 'Active'
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                        "Revenue" = "ParkRevenueTotals"."Revenue" + excluded."Revenue", "Reports" = "ParkRevenueTotals"."Reports" + excluded."Reports";
                END;
                CREATE TRIGGER "AnnualReports_TotalsDelete" AFTER DELETE ON "AnnualReports"
                WHEN OLD."Status" = 'Accepted' AND OLD."Revenue" IS NOT NULL BEGIN
                    UPDATE "ParkRevenueTotals" SET "Revenue" = "ParkRevenueTotals"."Revenue" - OLD."Revenue", "Reports" = "ParkRevenueTotals"."Reports" - 1
                    WHERE "ParkRevenueTotals"."Year" = OLD."Year"
                        AND EXISTS (SELECT 1 FROM "Enterprises" e WHERE e."Id" = OLD."EnterpriseId" AND e."Status" = 'Active'
                            AND e."ZoneId" = "ParkRevenueTotals"."ZoneId" AND e."ParkId" = "ParkRevenueTotals"."ParkId");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "AnnualReports_TotalsDelete";
                DROP TRIGGER "AnnualReports_TotalsUpdate";
                DROP TRIGGER "AnnualReports_TotalsInsert";
                DROP TRIGGER "Enterprises_TotalsDelete";
                DROP TRIGGER "Enterprises_TotalsUpdate";
                DROP TRIGGER "Enterprises_TotalsInsert";
                """);

            migrationBuilder.DropTable(
                name: "ParkEnterpriseTotals");

            migrationBuilder.DropTable(
                name: "ParkRevenueTotals");
        }
    }
}
