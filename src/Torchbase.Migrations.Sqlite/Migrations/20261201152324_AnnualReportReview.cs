using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "AnnualReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewedBy",
                table: "AnnualReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "AnnualReports",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Accepted");

            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "AnnualReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedBy",
                table: "AnnualReports",
                type: "TEXT",
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
