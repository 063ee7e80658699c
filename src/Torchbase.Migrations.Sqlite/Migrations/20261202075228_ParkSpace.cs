using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ParkSpace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Buildings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Floors = table.Column<int>(type: "INTEGER", nullable: false),
                    GrossArea = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buildings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Buildings_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpaceUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Floor = table.Column<int>(type: "INTEGER", nullable: true),
                    Area = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    FloorLoad = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: true),
                    PowerKva = table.Column<double>(type: "REAL", precision: 10, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpaceUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpaceUnits_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Area = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    MonthlyRent = table.Column<double>(type: "REAL", precision: 10, scale: 2, nullable: false),
                    LeaseThenTransfer = table.Column<bool>(type: "INTEGER", nullable: false),
                    TransferBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leases_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leases_SpaceUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "SpaceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_ParkId",
                table: "Buildings",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_ZoneId_ParkId_Name",
                table: "Buildings",
                columns: new[] { "ZoneId", "ParkId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leases_EnterpriseId",
                table: "Leases",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Leases_UnitId_From",
                table: "Leases",
                columns: new[] { "UnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Leases_ZoneId_ParkId",
                table: "Leases",
                columns: new[] { "ZoneId", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_SpaceUnits_BuildingId_Name",
                table: "SpaceUnits",
                columns: new[] { "BuildingId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpaceUnits_ZoneId_ParkId_Status",
                table: "SpaceUnits",
                columns: new[] { "ZoneId", "ParkId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Leases");

            migrationBuilder.DropTable(
                name: "SpaceUnits");

            migrationBuilder.DropTable(
                name: "Buildings");
        }
    }
}
