using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RulesInForce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CoreBusinessOnInformationSystem",
                table: "EnterpriseDeclarations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DevelopmentScore",
                table: "EnterpriseDeclarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DevelopmentScorePreviousYear",
                table: "EnterpriseDeclarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DigitalLevel",
                table: "EnterpriseDeclarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KeyChainLink",
                table: "EnterpriseDeclarations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocalIndicatorScore",
                table: "EnterpriseDeclarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ManagementCertification",
                table: "EnterpriseDeclarations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MarketRanksWell",
                table: "EnterpriseDeclarations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "NicheMarketShare",
                table: "EnterpriseDeclarations",
                type: "numeric(6,4)",
                precision: 6,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NicheTopThreeInChina",
                table: "EnterpriseDeclarations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnBrand",
                table: "EnterpriseDeclarations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProductFieldLevel",
                table: "EnterpriseDeclarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QualityItems",
                table: "EnterpriseDeclarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RdInstitutionLevel",
                table: "EnterpriseDeclarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EquityFinancing",
                table: "AnnualReports",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GraduatesHired",
                table: "AnnualReports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HighValueClassOneIp",
                table: "AnnualReports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "MainBusinessRevenue",
                table: "AnnualReports",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SelfDevelopedClassOneIp",
                table: "AnnualReports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "TotalLiabilities",
                table: "AnnualReports",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CoreBusinessOnInformationSystem",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "DevelopmentScore",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "DevelopmentScorePreviousYear",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "DigitalLevel",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "KeyChainLink",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "LocalIndicatorScore",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "ManagementCertification",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "MarketRanksWell",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "NicheMarketShare",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "NicheTopThreeInChina",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "OwnBrand",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "ProductFieldLevel",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "QualityItems",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "RdInstitutionLevel",
                table: "EnterpriseDeclarations");

            migrationBuilder.DropColumn(
                name: "EquityFinancing",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "GraduatesHired",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "HighValueClassOneIp",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "MainBusinessRevenue",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "SelfDevelopedClassOneIp",
                table: "AnnualReports");

            migrationBuilder.DropColumn(
                name: "TotalLiabilities",
                table: "AnnualReports");
        }
    }
}
