using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoveringResultsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_ReceivedAt_Id",
                table: "ResultDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_ReceivedAt_Id_IsDrugAndAlcohol_Lo~",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "ReceivedAt", "Id", "IsDrugAndAlcohol", "LocationCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_ReceivedAt_Id_IsDrugAndAlcohol_Lo~",
                table: "ResultDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_ReceivedAt_Id",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "ReceivedAt", "Id" });
        }
    }
}
