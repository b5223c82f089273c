using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OshaCorrections : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
