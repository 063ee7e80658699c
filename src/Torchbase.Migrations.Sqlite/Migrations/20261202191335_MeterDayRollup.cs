using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeterDayRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeterDays",
                columns: table => new
                {
                    MeterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstValue = table.Column<double>(type: "REAL", precision: 18, scale: 3, nullable: false),
                    LastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastValue = table.Column<double>(type: "REAL", precision: 18, scale: 3, nullable: false),
                    Consumption = table.Column<double>(type: "REAL", precision: 18, scale: 3, nullable: false),
                    Resets = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterDays", x => new { x.MeterId, x.Day });
                    table.ForeignKey(
                        name: "FK_MeterDays_Meters_MeterId",
                        column: x => x.MeterId,
                        principalTable: "Meters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeterDays");
        }
    }
}
