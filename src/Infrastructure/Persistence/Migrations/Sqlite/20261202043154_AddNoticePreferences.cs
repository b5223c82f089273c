using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddNoticePreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoticeFrequency",
                table: "PortalUsers",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "DailyDigest");

            // Existing users get what a new user of their role gets (PortalUser.DefaultNoticeFrequency).
            migrationBuilder.Sql("UPDATE PortalUsers SET NoticeFrequency = 'Immediately' WHERE Role = 'Admin'");

            migrationBuilder.CreateTable(
                name: "PendingNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VisitResultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingNotices_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PendingNotices_PortalUsers_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "PortalUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingNotices_CompanyId",
                table: "PendingNotices",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_PendingNotices_DocumentId_RecipientEmail",
                table: "PendingNotices",
                columns: new[] { "DocumentId", "RecipientEmail" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingNotices_RecipientUserId",
                table: "PendingNotices",
                column: "RecipientUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PendingNotices_SentAt_DueAt",
                table: "PendingNotices",
                columns: new[] { "SentAt", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingNotices");

            migrationBuilder.DropColumn(
                name: "NoticeFrequency",
                table: "PortalUsers");
        }
    }
}
