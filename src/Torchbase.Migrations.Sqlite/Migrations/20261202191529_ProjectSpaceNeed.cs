using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSpaceNeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "SpaceArea",
                table: "Projects",
                type: "REAL",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "SpaceFloorLoad",
                table: "Projects",
                type: "REAL",
                precision: 8,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "SpacePowerKva",
                table: "Projects",
                type: "REAL",
                precision: 10,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SpaceArea",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SpaceFloorLoad",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SpacePowerKva",
                table: "Projects");
        }
    }
}
