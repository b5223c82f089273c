using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InjuryReportsAuthorizationDetailsAndSurveillance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Osha301ActivityBefore",
                table: "InjuryCases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301CompletedBy",
                table: "InjuryCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301CompletedByPhone",
                table: "InjuryCases",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301CompletedByTitle",
                table: "InjuryCases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Osha301CompletedOn",
                table: "InjuryCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Osha301DateOfDeath",
                table: "InjuryCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301EmployeeCity",
                table: "InjuryCases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301EmployeePostalCode",
                table: "InjuryCases",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301EmployeeState",
                table: "InjuryCases",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301EmployeeStreet",
                table: "InjuryCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301FacilityAddress",
                table: "InjuryCases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301FacilityName",
                table: "InjuryCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Osha301HireDate",
                table: "InjuryCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Osha301HospitalizedOvernight",
                table: "InjuryCases",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301InjuryOrIllness",
                table: "InjuryCases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301ObjectOrSubstance",
                table: "InjuryCases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301PhysicianName",
                table: "InjuryCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "Osha301TimeBeganWork",
                table: "InjuryCases",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Osha301TreatedInEmergencyRoom",
                table: "InjuryCases",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Osha301WhatHappened",
                table: "InjuryCases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SurveillanceIntervalMonths",
                table: "Companies",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<string>(
                name: "DotTestReason",
                table: "Authorizations",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "Authorizations",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

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
                name: "Osha301ActivityBefore",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301CompletedBy",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301CompletedByPhone",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301CompletedByTitle",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301CompletedOn",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301DateOfDeath",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301EmployeeCity",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301EmployeePostalCode",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301EmployeeState",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301EmployeeStreet",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301FacilityAddress",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301FacilityName",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301HireDate",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301HospitalizedOvernight",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301InjuryOrIllness",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301ObjectOrSubstance",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301PhysicianName",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301TimeBeganWork",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301TreatedInEmergencyRoom",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "Osha301WhatHappened",
                table: "InjuryCases");

            migrationBuilder.DropColumn(
                name: "SurveillanceIntervalMonths",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "DotTestReason",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "InjuryBodyPart",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "InjuryClaimNumber",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "InjuryTime",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "Authorizations");
        }
    }
}
