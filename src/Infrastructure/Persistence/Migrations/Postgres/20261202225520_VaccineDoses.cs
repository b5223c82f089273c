using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VaccineDoses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VaccineCode",
                table: "ResultDocuments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VaccineDose",
                table: "ResultDocuments",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VaccineCode",
                table: "ResultDocuments");

            migrationBuilder.DropColumn(
                name: "VaccineDose",
                table: "ResultDocuments");
        }
    }
}
