using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuthFormInjuryDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InjuryBodyPart",
                table: "Authorizations",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InjuryClaimNumber",
                table: "Authorizations",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "InjuryTime",
                table: "Authorizations",
                type: "time",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InjuryBodyPart",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "InjuryClaimNumber",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "InjuryTime",
                table: "Authorizations");
        }
    }
}
