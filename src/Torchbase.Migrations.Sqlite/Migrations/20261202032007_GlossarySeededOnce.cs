using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torchbase.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GlossarySeededOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GlossarySeeded",
                table: "Zones",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GlossarySeeded",
                table: "Zones");
        }
    }
}
