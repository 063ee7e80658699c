using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ParkDisposal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReservedForProjectId",
                table: "SpaceUnits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedByDisposalId",
                table: "Leases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RentPaidUntil",
                table: "Leases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisposalCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InterviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NegotiatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JudicialOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevitalizedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextTenant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecoveredArea = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisposalCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisposalCases_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ZombieReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Signals = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RulesFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZombieReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ZombieReviews_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SpaceUnits_ReservedForProjectId",
                table: "SpaceUnits",
                column: "ReservedForProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Leases_EndedByDisposalId",
                table: "Leases",
                column: "EndedByDisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_DisposalCases_EnterpriseId",
                table: "DisposalCases",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_DisposalCases_ZoneId_ParkId_Stage",
                table: "DisposalCases",
                columns: new[] { "ZoneId", "ParkId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_ZombieReviews_EnterpriseId",
                table: "ZombieReviews",
                column: "EnterpriseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ZombieReviews_ZoneId_ParkId",
                table: "ZombieReviews",
                columns: new[] { "ZoneId", "ParkId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Leases_DisposalCases_EndedByDisposalId",
                table: "Leases",
                column: "EndedByDisposalId",
                principalTable: "DisposalCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SpaceUnits_Projects_ReservedForProjectId",
                table: "SpaceUnits",
                column: "ReservedForProjectId",
                principalTable: "Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Leases_DisposalCases_EndedByDisposalId",
                table: "Leases");

            migrationBuilder.DropForeignKey(
                name: "FK_SpaceUnits_Projects_ReservedForProjectId",
                table: "SpaceUnits");

            migrationBuilder.DropTable(
                name: "DisposalCases");

            migrationBuilder.DropTable(
                name: "ZombieReviews");

            migrationBuilder.DropIndex(
                name: "IX_SpaceUnits_ReservedForProjectId",
                table: "SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Leases_EndedByDisposalId",
                table: "Leases");

            migrationBuilder.DropColumn(
                name: "ReservedForProjectId",
                table: "SpaceUnits");

            migrationBuilder.DropColumn(
                name: "EndedByDisposalId",
                table: "Leases");

            migrationBuilder.DropColumn(
                name: "RentPaidUntil",
                table: "Leases");
        }
    }
}
