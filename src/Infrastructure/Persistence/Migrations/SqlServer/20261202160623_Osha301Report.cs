using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Osha301Report : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
