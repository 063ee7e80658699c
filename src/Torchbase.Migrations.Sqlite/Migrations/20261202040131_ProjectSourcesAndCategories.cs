using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSourcesAndCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BroughtBy",
                table: "Projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "BroughtByUserId",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "Projects",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Industrial");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Projects",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_BroughtByUserId",
                table: "Projects",
                column: "BroughtByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_AspNetUsers_BroughtByUserId",
                table: "Projects",
                column: "BroughtByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Projects_AspNetUsers_BroughtByUserId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_BroughtByUserId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "BroughtBy",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "BroughtByUserId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Projects");
        }
    }
}
