using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmployerPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// One person, one record: the employee key of a visit with an employee id gains the date of birth
    /// (<c>e:{ID}</c> becomes <c>e:{ID}|{yyyy-MM-dd}</c>, as <c>ResultSearchColumns.EmployeeKeyOf</c> makes it now). Data only.
    /// SQL Server keeps it as <c>date</c>: style 23 writes it yyyy-mm-dd.
    /// </summary>
    public partial class EmployeeKeyWithDateOfBirth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE VisitResults SET EmployeeKey = EmployeeKey + '|' + CONVERT(char(10), EmployeeDateOfBirth, 23) WHERE EmployeeKey LIKE 'e:%'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE VisitResults SET EmployeeKey = LEFT(EmployeeKey, LEN(EmployeeKey) - 11) WHERE EmployeeKey LIKE 'e:%'");
        }
    }
}
