using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InjuryClaimNumber",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "InjuryTime",
                table: "Authorizations",
                type: "TEXT",
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
