using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LinkFinanceRecordsToBenefitItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PolicyItemId",
                table: "VoucherApplications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PolicyItemId",
                table: "PolicyFundApplications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoucherApplications_PolicyItemId",
                table: "VoucherApplications",
                column: "PolicyItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyFundApplications_PolicyItemId",
                table: "PolicyFundApplications",
                column: "PolicyItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_PolicyFundApplications_BenefitItems_PolicyItemId",
                table: "PolicyFundApplications",
                column: "PolicyItemId",
                principalTable: "BenefitItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_VoucherApplications_BenefitItems_PolicyItemId",
                table: "VoucherApplications",
                column: "PolicyItemId",
                principalTable: "BenefitItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PolicyFundApplications_BenefitItems_PolicyItemId",
                table: "PolicyFundApplications");

            migrationBuilder.DropForeignKey(
                name: "FK_VoucherApplications_BenefitItems_PolicyItemId",
                table: "VoucherApplications");

            migrationBuilder.DropIndex(
                name: "IX_VoucherApplications_PolicyItemId",
                table: "VoucherApplications");

            migrationBuilder.DropIndex(
                name: "IX_PolicyFundApplications_PolicyItemId",
                table: "PolicyFundApplications");

            migrationBuilder.DropColumn(
                name: "PolicyItemId",
                table: "VoucherApplications");

            migrationBuilder.DropColumn(
                name: "PolicyItemId",
                table: "PolicyFundApplications");
        }
    }
}
