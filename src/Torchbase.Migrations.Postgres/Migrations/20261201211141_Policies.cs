using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Policies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IssuingBody = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InForceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    InForceUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Policies_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BenefitItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PerEnterpriseLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    NoApplication = table.Column<bool>(type: "boolean", nullable: false),
                    Conditions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitItems_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BenefitApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParkId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NoApplication = table.Column<bool>(type: "boolean", nullable: false),
                    Declared = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ParkReviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ParkReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BureauReviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BureauReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NoticeFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeDays = table.Column<int>(type: "integer", nullable: true),
                    NoticeUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitApplications_BenefitItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "BenefitItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BenefitApplications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BenefitObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitObjections_BenefitApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "BenefitApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitApplications_EnterpriseId",
                table: "BenefitApplications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_BenefitApplications_ItemId_EnterpriseId",
                table: "BenefitApplications",
                columns: new[] { "ItemId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitApplications_ZoneId_Status",
                table: "BenefitApplications",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitItems_PolicyId",
                table: "BenefitItems",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_BenefitObjections_ApplicationId",
                table: "BenefitObjections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_ZoneId_State",
                table: "Policies",
                columns: new[] { "ZoneId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenefitObjections");

            migrationBuilder.DropTable(
                name: "BenefitApplications");

            migrationBuilder.DropTable(
                name: "BenefitItems");

            migrationBuilder.DropTable(
                name: "Policies");
        }
    }
}
