using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SurveillanceInterval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SurveillanceIntervalMonths",
                table: "Companies",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.InsertData(
                table: "ServiceCatalog",
                columns: new[] { "Code", "DetailLabel", "DetailOptions", "Group", "IsActive", "Name", "SortOrder" },
                values: new object[] { "PHYS-SURV", null, null, "Physicals", true, "Medical surveillance exam", 140 });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "ServiceCatalog",
                keyColumn: "Code",
                keyValue: "PHYS-SURV");

            migrationBuilder.DropColumn(
                name: "SurveillanceIntervalMonths",
                table: "Companies");
        }
    }
}
