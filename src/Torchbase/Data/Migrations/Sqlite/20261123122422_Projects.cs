using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndustryChainId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Investor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Builder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OutOfProvince = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StageChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProducingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedInvestment = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false),
                    ActualFunds = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    KeyLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Batch = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BatchRound = table.Column<int>(type: "INTEGER", nullable: true),
                    ImageProgress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_IndustryChains_IndustryChainId",
                        column: x => x.IndustryChainId,
                        principalTable: "IndustryChains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Projects_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Projects_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RatingCriterionSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: false),
                    MaxScore = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingCriterionSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingCriterionSettings_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectAnnualPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAnnualPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAnnualPlans_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMonthlyInvestments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMonthlyInvestments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMonthlyInvestments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectStageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectStageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectStageChanges_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProblemRaised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProblemResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServiceRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionRecords_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TourScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TourScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TourScore_SupervisionRecords_SupervisionId",
                        column: x => x.SupervisionId,
                        principalTable: "SupervisionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAnnualPlans_ProjectId_Year",
                table: "ProjectAnnualPlans",
                columns: new[] { "ProjectId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMonthlyInvestments_ProjectId_Year_Month",
                table: "ProjectMonthlyInvestments",
                columns: new[] { "ProjectId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_IndustryChainId",
                table: "Projects",
                column: "IndustryChainId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ParkId",
                table: "Projects",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ZoneId_ParkId_Stage",
                table: "Projects",
                columns: new[] { "ZoneId", "ParkId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ZoneId_SignedOn",
                table: "Projects",
                columns: new[] { "ZoneId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectStageChanges_ProjectId_On",
                table: "ProjectStageChanges",
                columns: new[] { "ProjectId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_RatingCriterionSettings_ZoneId_Code",
                table: "RatingCriterionSettings",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRecords_ProjectId_On",
                table: "SupervisionRecords",
                columns: new[] { "ProjectId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_TourScore_SupervisionId",
                table: "TourScore",
                column: "SupervisionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectAnnualPlans");

            migrationBuilder.DropTable(
                name: "ProjectMonthlyInvestments");

            migrationBuilder.DropTable(
                name: "ProjectStageChanges");

            migrationBuilder.DropTable(
                name: "RatingCriterionSettings");

            migrationBuilder.DropTable(
                name: "TourScore");

            migrationBuilder.DropTable(
                name: "SupervisionRecords");

            migrationBuilder.DropTable(
                name: "Projects");
        }
    }
}
