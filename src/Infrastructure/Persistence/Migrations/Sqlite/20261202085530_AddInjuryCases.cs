using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddInjuryCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "DocumentId",
                table: "PendingNotices",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "InjuryCaseId",
                table: "PendingNotices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InjuryCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ExternalCaseId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OshaRecordable = table.Column<bool>(type: "INTEGER", nullable: true),
                    OshaPrivacyCase = table.Column<bool>(type: "INTEGER", nullable: false),
                    BodyPart = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InjuryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InjuryTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EmployeeDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmployeeEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    EmployeeNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EmployeeFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployeeLastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployeePhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InjuryCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InjuryCases_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InjuryCaseVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitResultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InjuryCaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InjuryCaseVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InjuryCaseVisits_InjuryCases_InjuryCaseId",
                        column: x => x.InjuryCaseId,
                        principalTable: "InjuryCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InjuryCaseWorkStatuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RestrictionsText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NextAppointmentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpectedFullDutyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VisitResultId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InjuryCaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InjuryCaseWorkStatuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InjuryCaseWorkStatuses_InjuryCases_InjuryCaseId",
                        column: x => x.InjuryCaseId,
                        principalTable: "InjuryCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingNotices_InjuryCaseId",
                table: "PendingNotices",
                column: "InjuryCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InjuryCases_CompanyId_ExternalCaseId",
                table: "InjuryCases",
                columns: new[] { "CompanyId", "ExternalCaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InjuryCases_CompanyId_Status_LocationCode",
                table: "InjuryCases",
                columns: new[] { "CompanyId", "Status", "LocationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_InjuryCaseVisits_InjuryCaseId",
                table: "InjuryCaseVisits",
                column: "InjuryCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InjuryCaseVisits_VisitResultId",
                table: "InjuryCaseVisits",
                column: "VisitResultId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InjuryCaseWorkStatuses_InjuryCaseId",
                table: "InjuryCaseWorkStatuses",
                column: "InjuryCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InjuryCaseVisits");

            migrationBuilder.DropTable(
                name: "InjuryCaseWorkStatuses");

            migrationBuilder.DropTable(
                name: "InjuryCases");

            migrationBuilder.DropIndex(
                name: "IX_PendingNotices_InjuryCaseId",
                table: "PendingNotices");

            migrationBuilder.DropColumn(
                name: "InjuryCaseId",
                table: "PendingNotices");

            migrationBuilder.AlterColumn<Guid>(
                name: "DocumentId",
                table: "PendingNotices",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
