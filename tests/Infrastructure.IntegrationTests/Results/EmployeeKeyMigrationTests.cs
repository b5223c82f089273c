using EmployerPortal.Domain.Common;
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
            // The company as that schema stored it (today's model has more of it, such as its locations).
            var company = new CompanyId(Guid.Parse("0193A1B2-0000-7000-8000-0000000000C1"));
            var companyRow = $"""
                INSERT INTO Companies (Id, AccountNumber, Name, Phone, Status, RequiresTwoFactor, Version, AdminRosterVersion, CreatedAt,
                    EnabledNonStandardResultTypes, AddressLine1, City, State, PostalCode, TimeZone)
                VALUES ('{company.Value.ToString().ToUpperInvariant()}', '930001', 'Key Co', '2145550100', 'Active', 0, 1, 0, {Now.UtcTicks}, '[]', '1 Main', 'Dallas', 'TX', '75201', 'America/Chicago');
                """;
            await db.Database.ExecuteSqlRawAsync(companyRow);
            foreach (var row in new[] { VisitRow(company, "V-ID", "Keyed", "e-77", "e:E-77"), VisitRow(company, "V-NAME", "Named", null, ResultSearchColumns.EmployeeKeyOf(new Employee("Ann", "Named", new DateOnly(1990, 3, 4), null))) })
            {
                await db.Database.ExecuteSqlRawAsync(row);
            }
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

    /// <summary>A visit as that schema stored it, keyed the old way.</summary>
    private static string VisitRow(CompanyId company, string externalId, string lastName, string? employeeId, string key) => $"""
        INSERT INTO VisitResults (Id, CompanyId, ExternalVisitId, Category, Clinic, ScheduledAt, Status, RegisteredAt, EmployeeKey,
            EmployeeDateOfBirth, EmployeeNumber, EmployeeFirstName, EmployeeLastName)
        VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', '{company.Value.ToString().ToUpperInvariant()}', '{externalId}', 'NonInjury', 'Downtown clinic',
            {Now.UtcTicks}, 'Scheduled', {Now.UtcTicks}, '{key}', '1990-03-04', {(employeeId is null ? "NULL" : $"'{employeeId}'")}, 'Ann', '{lastName}');
        """;
}
