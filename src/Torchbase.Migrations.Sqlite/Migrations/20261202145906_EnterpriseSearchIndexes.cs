using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Unsearched",
                table: "Enterprises",
                column: "Id",
                filter: "\"SearchGrams\" = ''");

            // Name search: an FTS5 table of each enterprise's grams, kept by triggers. The id is indexed too (its hex runs become
            // tokens), so that a trigger finds the row to replace through the index, as a phrase in the id column, not by a scan.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "EnterpriseSearch" USING fts5("Id", "Grams", tokenize = 'unicode61 remove_diacritics 0');
                INSERT INTO "EnterpriseSearch" ("Id", "Grams") SELECT "Id", "SearchGrams" FROM "Enterprises";
                CREATE TRIGGER "Enterprises_SearchInsert" AFTER INSERT ON "Enterprises" BEGIN
                    INSERT INTO "EnterpriseSearch" ("Id", "Grams") VALUES (NEW."Id", NEW."SearchGrams");
                END;
                CREATE TRIGGER "Enterprises_SearchUpdate" AFTER UPDATE OF "SearchGrams" ON "Enterprises"
                WHEN OLD."SearchGrams" IS NOT NEW."SearchGrams" BEGIN
                    DELETE FROM "EnterpriseSearch" WHERE "EnterpriseSearch" MATCH 'Id : "' || OLD."Id" || '"' AND "Id" = OLD."Id";
                    INSERT INTO "EnterpriseSearch" ("Id", "Grams") VALUES (NEW."Id", NEW."SearchGrams");
                END;
                CREATE TRIGGER "Enterprises_SearchDelete" AFTER DELETE ON "Enterprises" BEGIN
                    DELETE FROM "EnterpriseSearch" WHERE "EnterpriseSearch" MATCH 'Id : "' || OLD."Id" || '"' AND "Id" = OLD."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Enterprises_SearchDelete";
                DROP TRIGGER "Enterprises_SearchUpdate";
                DROP TRIGGER "Enterprises_SearchInsert";
                DROP TABLE "EnterpriseSearch";
                """);

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_Unsearched",
                table: "Enterprises");
        }
    }
}
