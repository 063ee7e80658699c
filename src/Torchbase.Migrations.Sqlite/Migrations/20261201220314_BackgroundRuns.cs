using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BackgroundRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BackgroundRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseIds = table.Column<string>(type: "TEXT", nullable: false),
                    Years = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScoredYears = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScoringYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BackgroundRuns_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundRuns_State",
                table: "BackgroundRuns",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundRuns_ZoneId",
                table: "BackgroundRuns",
                column: "ZoneId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackgroundRuns");
        }
    }
}
