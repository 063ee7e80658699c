using Microsoft.EntityFrameworkCore.Migrations;

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

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises",
                column: "CreditCode")
                .Annotation("Npgsql:IndexOperators", new[] { "bpchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_SearchGrams",
                table: "Enterprises",
                column: "SearchGrams")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:TsVectorConfig", "simple");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_SearchGrams",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "SearchGrams",
                table: "Enterprises");
        }
    }
}
