using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseKeysetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name_Id",
                table: "Enterprises",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_RegisteredOn_Id",
                table: "Enterprises",
                columns: new[] { "RegisteredOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_Name_Id",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_RegisteredOn_Id",
                table: "Enterprises");
        }
    }
}
