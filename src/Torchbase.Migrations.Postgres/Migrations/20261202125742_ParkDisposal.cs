using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedByDisposalId",
                table: "Leases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RentPaidUntil",
                table: "Leases",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisposalCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InterviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NegotiatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    JudicialOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevitalizedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextTenant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecoveredArea = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Signals = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RulesFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
