using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
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
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndustrialAbove = table.Column<int>(type: "INTEGER", nullable: false),
                    WithResearch = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkResearchTotals", x => new { x.ZoneId, x.ParkId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "SizeRulePrefixes",
                columns: table => new
                {
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UntilYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Industrial = table.Column<bool>(type: "INTEGER", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ThresholdWan = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SizeRulePrefixes", x => new { x.FromYear, x.Prefix });
                });

            // 规上工业企业 and those with R&D activity by park and year, kept by triggers from the accepted yearly reports as
            // ParkRevenueTotals is (no alias for the table a trigger writes: Debian 12's sqlite3 cannot read a schema with one).
            // A report is classified by the size rules the host writes into SizeRulePrefixes at start-up, which then also counts
            // the totals again whenever the rules changed: this migration leaves them empty.
            // The view holds the accepted reports that are 规上工业 as their rows stand now; the triggers read it for the rows
            // after a write, and classify the rows before it (OLD) with the same expression.
            migrationBuilder.Sql($"""
                CREATE VIEW "IndustrialAboveReports" AS
                SELECT r."Id", r."EnterpriseId", e."ZoneId", e."ParkId", r."Year", r."RdExpense"
                FROM "AnnualReports" r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
                WHERE r."Status" = 'Accepted'
                    AND {IndustrialAbove("e.\"IndustryCode\"", "r.\"Year\"", "r.\"MainBusinessRevenue\"", "r.\"Revenue\"", "r.\"SizeDeclaration\"")};

                CREATE TRIGGER "AnnualReports_ResearchInsert" AFTER INSERT ON "AnnualReports" WHEN NEW."Status" = 'Accepted' BEGIN
                    {AddFromView("\"Id\" = NEW.\"Id\"")}
                END;
                CREATE TRIGGER "AnnualReports_ResearchUpdate" AFTER UPDATE OF "Status", "Year", "EnterpriseId", "MainBusinessRevenue", "Revenue",
                    "RdExpense", "SizeDeclaration" ON "AnnualReports" WHEN OLD."Status" = 'Accepted' OR NEW."Status" = 'Accepted' BEGIN
                    {SubtractOldReport}
                    {AddFromView("\"Id\" = NEW.\"Id\"")}
                END;
                CREATE TRIGGER "AnnualReports_ResearchDelete" AFTER DELETE ON "AnnualReports" WHEN OLD."Status" = 'Accepted' BEGIN
                    {SubtractOldReport}
                END;

                CREATE TRIGGER "Enterprises_ResearchUpdate" AFTER UPDATE OF "IndustryCode", "ZoneId", "ParkId" ON "Enterprises"
                WHEN OLD."IndustryCode" IS NOT NEW."IndustryCode" OR OLD."ZoneId" IS NOT NEW."ZoneId" OR OLD."ParkId" IS NOT NEW."ParkId" BEGIN
                    UPDATE "ParkResearchTotals" SET
                        "IndustrialAbove" = "ParkResearchTotals"."IndustrialAbove" - (SELECT count(*) FROM "AnnualReports" r
                            WHERE r."EnterpriseId" = OLD."Id" AND r."Year" = "ParkResearchTotals"."Year" AND r."Status" = 'Accepted'
                            AND {IndustrialAbove("OLD.\"IndustryCode\"", "r.\"Year\"", "r.\"MainBusinessRevenue\"", "r.\"Revenue\"", "r.\"SizeDeclaration\"")}),
                        "WithResearch" = "ParkResearchTotals"."WithResearch" - (SELECT count(*) FROM "AnnualReports" r
                            WHERE r."EnterpriseId" = OLD."Id" AND r."Year" = "ParkResearchTotals"."Year" AND r."Status" = 'Accepted' AND r."RdExpense" > 0
                            AND {IndustrialAbove("OLD.\"IndustryCode\"", "r.\"Year\"", "r.\"MainBusinessRevenue\"", "r.\"Revenue\"", "r.\"SizeDeclaration\"")})
                    WHERE "ParkResearchTotals"."ZoneId" = OLD."ZoneId" AND "ParkResearchTotals"."ParkId" = OLD."ParkId"
                        AND "ParkResearchTotals"."Year" IN (SELECT r."Year" FROM "AnnualReports" r WHERE r."EnterpriseId" = OLD."Id" AND r."Status" = 'Accepted');
                    {AddFromView("\"EnterpriseId\" = NEW.\"Id\"")}
                END;
                CREATE TRIGGER "Enterprises_ResearchDelete" BEFORE DELETE ON "Enterprises" BEGIN
                    UPDATE "ParkResearchTotals" SET
                        "IndustrialAbove" = "ParkResearchTotals"."IndustrialAbove" - (SELECT count(*) FROM "IndustrialAboveReports" v
                            WHERE v."EnterpriseId" = OLD."Id" AND v."Year" = "ParkResearchTotals"."Year"),
                        "WithResearch" = "ParkResearchTotals"."WithResearch" - (SELECT count(*) FROM "IndustrialAboveReports" v
                            WHERE v."EnterpriseId" = OLD."Id" AND v."Year" = "ParkResearchTotals"."Year" AND v."RdExpense" > 0)
                    WHERE "ParkResearchTotals"."ZoneId" = OLD."ZoneId" AND "ParkResearchTotals"."ParkId" = OLD."ParkId"
                        AND "ParkResearchTotals"."Year" IN (SELECT v."Year" FROM "IndustrialAboveReports" v WHERE v."EnterpriseId" = OLD."Id");
                END;
                """);
        }

        /// <summary>
        /// Whether a report is 规上工业 by the size rules the database holds: among the rows deciding its year, the class of the longest
        /// prefix its enterprise's industry code starts with is industrial, and the report's figure reaches its threshold (or, for a
        /// declared class, the report declares it). 1 or 0.
        /// </summary>
        private static string IndustrialAbove(string code, string year, string main, string revenue, string declared) => $"""
            coalesce((SELECT s."Industrial" AND CASE s."Figure" WHEN 'MainBusinessRevenue' THEN {main} >= s."ThresholdWan"
                        WHEN 'Revenue' THEN {revenue} >= s."ThresholdWan" ELSE {declared} END
                    FROM "SizeRulePrefixes" s WHERE substr({code}, 1, length(s."Prefix")) = s."Prefix" AND s."FromYear" <= {year}
                        AND (s."UntilYear" IS NULL OR {year} < s."UntilYear")
                    ORDER BY length(s."Prefix") DESC LIMIT 1), 0)
            """;

        /// <summary>Adds the 规上工业 reports of the view that match the condition to their park's and year's totals.</summary>
        private static string AddFromView(string where) => $"""
            INSERT INTO "ParkResearchTotals" ("ZoneId", "ParkId", "Year", "IndustrialAbove", "WithResearch")
                    SELECT "ZoneId", "ParkId", "Year", count(*), sum(CASE WHEN "RdExpense" > 0 THEN 1 ELSE 0 END) FROM "IndustrialAboveReports"
                    WHERE {where} GROUP BY "ZoneId", "ParkId", "Year"
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                        "IndustrialAbove" = "ParkResearchTotals"."IndustrialAbove" + excluded."IndustrialAbove",
                        "WithResearch" = "ParkResearchTotals"."WithResearch" + excluded."WithResearch";
            """;

        /// <summary>Takes the report as it stood before the write (OLD) out of its park's totals, if it was an accepted 规上工业 report.</summary>
        private static readonly string SubtractOldReport = $"""
            UPDATE "ParkResearchTotals" SET "IndustrialAbove" = "ParkResearchTotals"."IndustrialAbove" - 1,
                        "WithResearch" = "ParkResearchTotals"."WithResearch" - (CASE WHEN OLD."RdExpense" > 0 THEN 1 ELSE 0 END)
                    WHERE OLD."Status" = 'Accepted' AND "ParkResearchTotals"."Year" = OLD."Year"
                        AND EXISTS (SELECT 1 FROM "Enterprises" e WHERE e."Id" = OLD."EnterpriseId"
                            AND e."ZoneId" = "ParkResearchTotals"."ZoneId" AND e."ParkId" = "ParkResearchTotals"."ParkId"
                            AND {IndustrialAbove("e.\"IndustryCode\"", "OLD.\"Year\"", "OLD.\"MainBusinessRevenue\"", "OLD.\"Revenue\"", "OLD.\"SizeDeclaration\"")});
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Enterprises_ResearchDelete";
                DROP TRIGGER "Enterprises_ResearchUpdate";
                DROP TRIGGER "AnnualReports_ResearchDelete";
                DROP TRIGGER "AnnualReports_ResearchUpdate";
                DROP TRIGGER "AnnualReports_ResearchInsert";
                DROP VIEW "IndustrialAboveReports";
                """);

            migrationBuilder.DropTable(
                name: "ParkResearchTotals");

            migrationBuilder.DropTable(
                name: "SizeRulePrefixes");
        }
    }
}
