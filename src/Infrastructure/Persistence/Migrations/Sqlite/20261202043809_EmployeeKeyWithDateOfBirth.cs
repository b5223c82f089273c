using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// One person, one record: the employee key of a visit with an employee id gains the date of birth
    /// (<c>e:{ID}</c> becomes <c>e:{ID}|{yyyy-MM-dd}</c>, as <c>ResultSearchColumns.EmployeeKeyOf</c> makes it now). Data only.
    /// SQLite keeps the date of birth as TEXT yyyy-MM-dd already.
    /// </summary>
    public partial class EmployeeKeyWithDateOfBirth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE VisitResults SET EmployeeKey = EmployeeKey || '|' || EmployeeDateOfBirth WHERE EmployeeKey LIKE 'e:%'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE VisitResults SET EmployeeKey = substr(EmployeeKey, 1, length(EmployeeKey) - 11) WHERE EmployeeKey LIKE 'e:%'");
        }
    }
}
