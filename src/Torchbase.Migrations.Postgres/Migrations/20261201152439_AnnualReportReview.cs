using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReportReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Reports written before review existed were entered by the park or the bureau: they count.
            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "AnnualReports",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "AnnualReports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewedBy",
                table: "AnnualReports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "AnnualReports",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Accepted");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "AnnualReports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedBy",
                table: "AnnualReports",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_Status_Year",
                table: "AnnualReports",
                columns: new[] { "Status", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AnnualReports_Status_Year",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "AnnualReports");
        }
    }
}
