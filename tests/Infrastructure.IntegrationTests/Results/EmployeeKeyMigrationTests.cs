using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.IntegrationTests.Persistence;
using EmployerPortal.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmployerPortal.Infrastructure.IntegrationTests.Results;

/// <summary>The migration <c>EmployeeKeyWithDateOfBirth</c> on a real SQLite file holding visits keyed the old way.</summary>
public sealed class EmployeeKeyMigrationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_visit_keyed_by_employee_id_alone_gets_the_key_with_the_date_of_birth()
    {
        await using (var db = _database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("AddCompanyTimeZone");
            var company = Company.Provision(AccountNumber.From("930001"), "Key Co", new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", Now);
            db.Companies.Add(company);
            db.VisitResults.Add(Visit(company, "V-ID", new Employee("Ann", "Keyed", new DateOnly(1990, 3, 4), "e-77")));
            db.VisitResults.Add(Visit(company, "V-NAME", new Employee("Ann", "Named", new DateOnly(1990, 3, 4), null)));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE VisitResults SET EmployeeKey = 'e:E-77' WHERE ExternalVisitId = 'V-ID'");
        }

        await using (var db = _database.CreateContext())
        {
            await db.Database.MigrateAsync();
            var keys = (await db.VisitResults.AsNoTracking()
                .Select(v => new { v.ExternalVisitId, Key = EF.Property<string>(v, ResultSearchColumns.EmployeeKey) })
                .ToListAsync()).ToDictionary(v => v.ExternalVisitId, v => v.Key);

            keys["V-ID"].ShouldBe("e:E-77|1990-03-04");
            keys["V-NAME"].ShouldBe(ResultSearchColumns.EmployeeKeyOf(new Employee("Ann", "Named", new DateOnly(1990, 3, 4), null)));
        }
    }

    private static VisitResult Visit(Company company, string externalId, Employee employee) =>
        VisitResult.Register(company.Id, externalId, employee, VisitCategory.NonInjury, "Downtown clinic", Now, null, Now);
}
