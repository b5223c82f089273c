using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OshaRecordsAndServicePackages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OshaClassification",
                table: "InjuryCases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OshaDaysAway",
                table: "InjuryCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OshaDaysRestricted",
                table: "InjuryCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OshaDescription",
                table: "InjuryCases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OshaJobTitle",
                table: "InjuryCases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OshaWhereOccurred",
                table: "InjuryCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PackageCode",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PackageInstructions",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PackageName",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OshaEstablishments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AverageEmployees = table.Column<int>(type: "INTEGER", nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EstablishmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HoursWorked = table.Column<long>(type: "INTEGER", nullable: false),
                    IndustryDescription = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NaicsCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OshaEstablishments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OshaEstablishments_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServicePackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServiceCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePackages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePackages_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OshaEstablishments_CompanyId_LocationCode_Year",
                table: "OshaEstablishments",
                columns: new[] { "CompanyId", "LocationCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServicePackages_CompanyId_Code",
                table: "ServicePackages",
                columns: new[] { "CompanyId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OshaEstablishments");

            migrationBuilder.DropTable(
                name: "ServicePackages");

            migrationBuilder.DropColumn(
                name: "OshaClassification",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "OshaDaysAway",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "OshaDaysRestricted",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "OshaDescription",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "OshaJobTitle",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "OshaWhereOccurred",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "PackageCode",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "PackageInstructions",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "PackageName",
                table: "Authorizations");
        }
    }
}
