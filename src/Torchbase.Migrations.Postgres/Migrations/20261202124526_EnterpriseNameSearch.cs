using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchGrams",
                table: "Enterprises",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Enterprises",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "strip(to_tsvector('simple', \"SearchGrams\"))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises",
                column: "CreditCode")
                .Annotation("Npgsql:IndexOperators", new[] { "bpchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_SearchVector",
                table: "Enterprises",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_SearchVector",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "SearchGrams",
                table: "Enterprises");
        }
    }
}
