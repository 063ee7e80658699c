using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectOutputsAndSupervisionRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SupervisionRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ProjectAnnualOutputs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: true),
                    Actual = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAnnualOutputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAnnualOutputs_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecords_ServiceRequestId",
                table: "SupervisionRecords",
                column: "ServiceRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAnnualOutputs_ProjectId_Year",
                table: "ProjectAnnualOutputs",
                columns: new[] { "ProjectId", "Year" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_SupervisionRecords_ServiceRequests_ServiceRequestId",
                table: "SupervisionRecords",
                column: "ServiceRequestId",
                principalTable: "ServiceRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SupervisionRecords_ServiceRequests_ServiceRequestId",
                table: "SupervisionRecords");

            migrationBuilder.DropTable(
                name: "ProjectAnnualOutputs");

            migrationBuilder.DropIndex(
                name: "IX_SupervisionRecords_ServiceRequestId",
                table: "SupervisionRecords");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SupervisionRecords");
        }
    }
}
