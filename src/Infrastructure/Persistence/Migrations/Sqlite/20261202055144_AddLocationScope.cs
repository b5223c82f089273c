using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddLocationScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LocationCode",
                table: "ResultDocuments",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "MAIN");

            migrationBuilder.AddColumn<string>(
                name: "LocationCodes",
                table: "PortalUsers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // A document's location is its visit's (the results list filters on it without a join).
            migrationBuilder.Sql("UPDATE ResultDocuments SET LocationCode = (SELECT v.LocationCode FROM VisitResults v WHERE v.Id = ResultDocuments.VisitResultId);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LocationCode",
                table: "ResultDocuments");

            migrationBuilder.DropColumn(
                name: "LocationCodes",
                table: "PortalUsers");
        }
    }
}
