using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoveringSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_Category_ReceivedAt_Id",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeFirstLastKey",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeLastFirstKey",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeNumber",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_Outcome_ReceivedAt_Id",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_Type_ReceivedAt_Id",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_VisitDate",
                table: "ResultDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_Category_ReceivedAt_Id_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "Category", "ReceivedAt", "Id", "IsDrugAndAlcohol", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeFirstLastKey_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "EmployeeFirstLastKey", "IsDrugAndAlcohol", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeLastFirstKey_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "EmployeeLastFirstKey", "IsDrugAndAlcohol", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeNumber_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "EmployeeNumber", "IsDrugAndAlcohol", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_Outcome_ReceivedAt_Id_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "Outcome", "ReceivedAt", "Id", "IsDrugAndAlcohol", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_Type_ReceivedAt_Id_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "Type", "ReceivedAt", "Id", "IsDrugAndAlcohol", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_VisitDate_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "VisitDate", "IsDrugAndAlcohol", "LocationCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_Category_ReceivedAt_Id_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeFirstLastKey_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeLastFirstKey_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeNumber_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_Outcome_ReceivedAt_Id_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_Type_ReceivedAt_Id_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ResultDocuments_CompanyId_VisitDate_IsDrugAndAlcohol_LocationCode",
                table: "ResultDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_Category_ReceivedAt_Id",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "Category", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeFirstLastKey",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "EmployeeFirstLastKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeLastFirstKey",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "EmployeeLastFirstKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_EmployeeNumber",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "EmployeeNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_Outcome_ReceivedAt_Id",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "Outcome", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_Type_ReceivedAt_Id",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "Type", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResultDocuments_CompanyId_VisitDate",
                table: "ResultDocuments",
                columns: new[] { "CompanyId", "VisitDate" });
        }
    }
}
