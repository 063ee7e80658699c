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
            // Rows inserted together (an import, COPY) are summed once per statement. A report's trigger holds its enterprise
            // (FOR SHARE) until the transaction ends, so a status change made at the same time waits and then counts the report.
            // An enterprise's totals leave before it is deleted (its reports go after it, and then find no active enterprise).
            migrationBuilder.Sql("""
                INSERT INTO "ParkEnterpriseTotals" ("ZoneId", "ParkId", "ActiveEnterprises")
                SELECT "ZoneId", "ParkId", count(*) FROM "Enterprises" WHERE "Status" = 'Active' GROUP BY "ZoneId", "ParkId";
                INSERT INTO "ParkRevenueTotals" ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                SELECT e."ZoneId", e."ParkId", r."Year", sum(r."Revenue"), count(*)
                FROM "AnnualReports" r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
                WHERE e."Status" = 'Active' AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL
                GROUP BY e."ZoneId", e."ParkId", r."Year";

                -- An enterprise's count and its reports' revenue into a park (sign 1) or out of it (sign -1).
                CREATE FUNCTION "RegistryTotals_Enterprise"(enterprise uuid, zone uuid, park uuid, sign int) RETURNS void
                LANGUAGE sql AS $$
                    INSERT INTO "ParkEnterpriseTotals" AS t ("ZoneId", "ParkId", "ActiveEnterprises") VALUES (zone, park, sign)
                    ON CONFLICT ("ZoneId", "ParkId") DO UPDATE SET "ActiveEnterprises" = t."ActiveEnterprises" + excluded."ActiveEnterprises";
                    INSERT INTO "ParkRevenueTotals" AS t ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                    SELECT zone, park, r."Year", sign * sum(r."Revenue"), sign * count(*) FROM "AnnualReports" r
                    WHERE r."EnterpriseId" = enterprise AND r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL
                    GROUP BY r."Year" ORDER BY r."Year"
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                        "Revenue" = t."Revenue" + excluded."Revenue", "Reports" = t."Reports" + excluded."Reports";
                $$;

                CREATE FUNCTION "RegistryTotals_EnterprisesInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ParkEnterpriseTotals" AS t ("ZoneId", "ParkId", "ActiveEnterprises")
                    SELECT "ZoneId", "ParkId", count(*) FROM inserted WHERE "Status" = 'Active' GROUP BY 1, 2 ORDER BY 1, 2
                    ON CONFLICT ("ZoneId", "ParkId") DO UPDATE SET "ActiveEnterprises" = t."ActiveEnterprises" + excluded."ActiveEnterprises";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Enterprises_TotalsInsert" AFTER INSERT ON "Enterprises" REFERENCING NEW TABLE AS inserted
                    FOR EACH STATEMENT EXECUTE FUNCTION "RegistryTotals_EnterprisesInserted"();

                CREATE FUNCTION "RegistryTotals_EnterpriseChanged"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD."Status" = 'Active' THEN PERFORM "RegistryTotals_Enterprise"(OLD."Id", OLD."ZoneId", OLD."ParkId", -1); END IF;
                    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                    IF NEW."Status" = 'Active' THEN PERFORM "RegistryTotals_Enterprise"(NEW."Id", NEW."ZoneId", NEW."ParkId", 1); END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Enterprises_TotalsUpdate" AFTER UPDATE OF "Status", "ZoneId", "ParkId" ON "Enterprises" FOR EACH ROW
                    WHEN ((OLD."Status" = 'Active' OR NEW."Status" = 'Active') AND (OLD."Status" IS DISTINCT FROM NEW."Status"
                        OR OLD."ZoneId" IS DISTINCT FROM NEW."ZoneId" OR OLD."ParkId" IS DISTINCT FROM NEW."ParkId"))
                    EXECUTE FUNCTION "RegistryTotals_EnterpriseChanged"();
                CREATE TRIGGER "Enterprises_TotalsDelete" BEFORE DELETE ON "Enterprises" FOR EACH ROW WHEN (OLD."Status" = 'Active')
                    EXECUTE FUNCTION "RegistryTotals_EnterpriseChanged"();

                CREATE FUNCTION "RegistryTotals_ReportsInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM 1 FROM "Enterprises" e
                    WHERE e."Id" IN (SELECT "EnterpriseId" FROM inserted WHERE "Status" = 'Accepted' AND "Revenue" IS NOT NULL)
                    ORDER BY e."Id" FOR SHARE;
                    INSERT INTO "ParkRevenueTotals" AS t ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                    SELECT e."ZoneId", e."ParkId", r."Year", sum(r."Revenue"), count(*)
                    FROM inserted r JOIN "Enterprises" e ON e."Id" = r."EnterpriseId"
                    WHERE r."Status" = 'Accepted' AND r."Revenue" IS NOT NULL AND e."Status" = 'Active'
                    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                    ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                        "Revenue" = t."Revenue" + excluded."Revenue", "Reports" = t."Reports" + excluded."Reports";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "AnnualReports_TotalsInsert" AFTER INSERT ON "AnnualReports" REFERENCING NEW TABLE AS inserted
                    FOR EACH STATEMENT EXECUTE FUNCTION "RegistryTotals_ReportsInserted"();

                CREATE FUNCTION "RegistryTotals_ReportChanged"() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE e record;
                BEGIN
                    IF OLD."Status" = 'Accepted' AND OLD."Revenue" IS NOT NULL THEN
                        SELECT "ZoneId", "ParkId" INTO e FROM "Enterprises" WHERE "Id" = OLD."EnterpriseId" AND "Status" = 'Active' FOR SHARE;
                        IF FOUND THEN
                            UPDATE "ParkRevenueTotals" SET "Revenue" = "Revenue" - OLD."Revenue", "Reports" = "Reports" - 1
                            WHERE "ZoneId" = e."ZoneId" AND "ParkId" = e."ParkId" AND "Year" = OLD."Year";
                        END IF;
                    END IF;
                    IF TG_OP = 'UPDATE' AND NEW."Status" = 'Accepted' AND NEW."Revenue" IS NOT NULL THEN
                        SELECT "ZoneId", "ParkId" INTO e FROM "Enterprises" WHERE "Id" = NEW."EnterpriseId" AND "Status" = 'Active' FOR SHARE;
                        IF FOUND THEN
                            INSERT INTO "ParkRevenueTotals" AS t ("ZoneId", "ParkId", "Year", "Revenue", "Reports")
                            VALUES (e."ZoneId", e."ParkId", NEW."Year", NEW."Revenue", 1)
                            ON CONFLICT ("ZoneId", "ParkId", "Year") DO UPDATE SET
                                "Revenue" = t."Revenue" + excluded."Revenue", "Reports" = t."Reports" + excluded."Reports";
                        END IF;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "AnnualReports_TotalsUpdate" AFTER UPDATE OF "Status", "Revenue", "Year", "EnterpriseId" ON "AnnualReports"
                    FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."Revenue" IS DISTINCT FROM NEW."Revenue"
                        OR OLD."Year" <> NEW."Year" OR OLD."EnterpriseId" <> NEW."EnterpriseId")
                    EXECUTE FUNCTION "RegistryTotals_ReportChanged"();
                CREATE TRIGGER "AnnualReports_TotalsDelete" AFTER DELETE ON "AnnualReports" FOR EACH ROW
                    WHEN (OLD."Status" = 'Accepted' AND OLD."Revenue" IS NOT NULL)
                    EXECUTE FUNCTION "RegistryTotals_ReportChanged"();
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
                DROP FUNCTION "RegistryTotals_ReportChanged"();
                DROP FUNCTION "RegistryTotals_ReportsInserted"();
                DROP FUNCTION "RegistryTotals_EnterpriseChanged"();
                DROP FUNCTION "RegistryTotals_EnterprisesInserted"();
                DROP FUNCTION "RegistryTotals_Enterprise"(uuid, uuid, uuid, int);
                """);

            migrationBuilder.DropTable(
                name: "ParkEnterpriseTotals");

            migrationBuilder.DropTable(
                name: "ParkRevenueTotals");
        }
    }
}
