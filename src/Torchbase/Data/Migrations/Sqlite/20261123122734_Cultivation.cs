using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cultivation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CultivationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetTier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetYear = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CultivationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CultivationEntries_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CultivationEntries_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CultivationEntries_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CultivationEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AlreadyHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: true),
                    ScoreMax = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: true),
                    Distance = table.Column<double>(type: "REAL", precision: 12, scale: 4, nullable: true),
                    Gaps = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CultivationEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CultivationEvaluations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseDeclarations",
                columns: table => new
                {
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IpCoreSupport = table.Column<bool>(type: "INTEGER", nullable: true),
                    InHighTechField = table.Column<bool>(type: "INTEGER", nullable: true),
                    NoMajorIncident = table.Column<bool>(type: "INTEGER", nullable: true),
                    NotRestrictedIndustry = table.Column<bool>(type: "INTEGER", nullable: true),
                    IpAdvancementScore = table.Column<int>(type: "INTEGER", nullable: true),
                    IpCoreRoleScore = table.Column<int>(type: "INTEGER", nullable: true),
                    IpSelfDeveloped = table.Column<bool>(type: "INTEGER", nullable: true),
                    Conversions3Years = table.Column<int>(type: "INTEGER", nullable: true),
                    RdManagementScore = table.Column<int>(type: "INTEGER", nullable: true),
                    LedStandard = table.Column<bool>(type: "INTEGER", nullable: true),
                    NationalAward = table.Column<bool>(type: "INTEGER", nullable: true),
                    ProvincialAward = table.Column<bool>(type: "INTEGER", nullable: true),
                    ProvincialRdInstitution = table.Column<bool>(type: "INTEGER", nullable: true),
                    HasRdInstitution = table.Column<bool>(type: "INTEGER", nullable: true),
                    EquityFinancing2Years = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true),
                    EquityFinancing3Years = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true),
                    NicheYears = table.Column<int>(type: "INTEGER", nullable: true),
                    MainBusinessShare = table.Column<double>(type: "REAL", precision: 6, scale: 4, nullable: true),
                    KeyFieldProduct = table.Column<bool>(type: "INTEGER", nullable: true),
                    SpecializedScore = table.Column<int>(type: "INTEGER", nullable: true),
                    MakerChinaTop500 = table.Column<bool>(type: "INTEGER", nullable: true),
                    MakerChinaTop50 = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseDeclarations", x => x.EnterpriseId);
                    table.ForeignKey(
                        name: "FK_EnterpriseDeclarations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageTargets_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageTargets_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CultivationActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CultivationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CultivationActions_CultivationEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CultivationEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CultivationActions_EntryId",
                table: "CultivationActions",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CultivationEntries_EnterpriseId_TargetTier_TargetYear",
                table: "CultivationEntries",
                columns: new[] { "EnterpriseId", "TargetTier", "TargetYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CultivationEntries_ParkId",
                table: "CultivationEntries",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_CultivationEntries_ZoneId_ParkId_TargetYear",
                table: "CultivationEntries",
                columns: new[] { "ZoneId", "ParkId", "TargetYear" });

            migrationBuilder.CreateIndex(
                name: "IX_CultivationEvaluations_EnterpriseId_Tier",
                table: "CultivationEvaluations",
                columns: new[] { "EnterpriseId", "Tier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CultivationEvaluations_ZoneId_Tier_Verdict",
                table: "CultivationEvaluations",
                columns: new[] { "ZoneId", "Tier", "Verdict" });

            migrationBuilder.CreateIndex(
                name: "IX_StageTargets_ParkId_Year_Tier",
                table: "StageTargets",
                columns: new[] { "ParkId", "Year", "Tier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageTargets_ZoneId",
                table: "StageTargets",
                column: "ZoneId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CultivationActions");

            migrationBuilder.DropTable(
                name: "CultivationEvaluations");

            migrationBuilder.DropTable(
                name: "EnterpriseDeclarations");

            migrationBuilder.DropTable(
                name: "StageTargets");

            migrationBuilder.DropTable(
                name: "CultivationEntries");
        }
    }
}
