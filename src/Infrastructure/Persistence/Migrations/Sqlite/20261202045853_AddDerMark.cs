using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDerMark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDrugAndAlcohol",
                table: "ResultDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDer",
                table: "PortalUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql(DerMarkBackfill.Sql());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsDrugAndAlcohol",
                table: "ResultDocuments");

            migrationBuilder.DropColumn(
                name: "IsDer",
                table: "PortalUsers");
        }
    }
}
