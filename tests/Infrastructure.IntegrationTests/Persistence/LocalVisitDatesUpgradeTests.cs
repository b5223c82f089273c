using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// A database from before companies had time zones or locations upgrades with its visit dates in the company's
/// calendar and its main location:
/// the rows are written as the first release wrote them (UTC dates), then the real migrator runs.
/// </summary>
public sealed class LocalVisitDatesUpgradeTests : IAsyncLifetime
{
    private const string CompanyId = "0193A1B2-0000-7000-8000-000000000001";
    private const string EveningVisitId = "0193A1B2-0000-7000-8000-000000000002";
    private const string MorningVisitId = "0193A1B2-0000-7000-8000-000000000003";

    // Dec 1, 2026 at 7:00 PM CST is 01:00 UTC on Dec 2; 9:00 AM CST stays on Dec 1 either way.
    private static readonly DateTimeOffset EveningInDallas = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MorningInDallas = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    private readonly SqliteDatabase _database = new();

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        var first = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();
        await db.GetService<IMigrator>().MigrateAsync(first);
        await db.Database.ExecuteSqlRawAsync(FirstReleaseRows());
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_migrator_files_each_document_under_the_local_day_of_its_visit()
    {
        await using (var db = _database.CreateContext())
        {
            await new DatabaseMigrator(db, Microsoft.Extensions.Options.Options.Create(new DatabaseOptions())).MigrateAsync(CancellationToken.None);
        }

        await using var read = _database.CreateContext();
        var company = await read.Companies.SingleAsync();
        company.TimeZone.ShouldBe(CompanyTimeZone.From("America/Chicago"));
        var main = company.Locations.ShouldHaveSingleItem("the upgrade gives each company its main location");
        (main.Code, main.Name, main.Address.City, main.Phone, main.TimeZone.Id).ShouldBe((CompanyLocation.MainCode, "Upgrade Freight", "Dallas", "2145550100", "America/Chicago"));
        var dates = await read.Set<ResultDocument>()
            .OrderBy(d => d.ExternalDocumentId)
            .Select(d => new { d.ExternalDocumentId, VisitDate = EF.Property<DateOnly>(d, ResultSearchColumns.VisitDate) })
            .ToListAsync();
        dates.ShouldBe([
            new { ExternalDocumentId = "D-EVENING", VisitDate = new DateOnly(2026, 12, 1) },
            new { ExternalDocumentId = "D-MORNING", VisitDate = new DateOnly(2026, 12, 1) },
        ]);
        (await read.VisitResults.Select(v => v.LocationCode).ToListAsync()).ShouldBe([CompanyLocation.MainCode, CompanyLocation.MainCode]);
        (await read.Authorizations.Select(a => a.LocationCode).SingleAsync()).ShouldBe(CompanyLocation.MainCode, "an authorization from before locations is the main location's");
    }

    [Fact]
    public async Task Running_the_step_again_changes_nothing()
    {
        await using var db = _database.CreateContext();
        await new DatabaseMigrator(db, Microsoft.Extensions.Options.Options.Create(new DatabaseOptions())).MigrateAsync(CancellationToken.None);

        (await LocalVisitDates.RecomputeAsync(db, CancellationToken.None)).ShouldBe(0);
    }

    /// <summary>One Dallas company and two visits with a document each, as the first schema stored them: the visit date is the UTC date.</summary>
    private static string FirstReleaseRows() => $"""
        INSERT INTO Companies (Id, AccountNumber, Name, Phone, Status, RequiresTwoFactor, Version, AdminRosterVersion, CreatedAt,
            EnabledNonStandardResultTypes, AddressLine1, City, State, PostalCode)
        VALUES ('{CompanyId}', '930001', 'Upgrade Freight', '2145550100', 'Active', 0, 0, 0, {MorningInDallas.UtcTicks}, '[]', '1 Main', 'Dallas', 'TX', '75201');
        {Visit(EveningVisitId, "V-EVENING", EveningInDallas)}
        {Visit(MorningVisitId, "V-MORNING", MorningInDallas)}
        {Document("0193A1B2-0000-7000-8000-000000000012", EveningVisitId, "D-EVENING", EveningInDallas)}
        {Document("0193A1B2-0000-7000-8000-000000000013", MorningVisitId, "D-MORNING", MorningInDallas)}
        INSERT INTO Authorizations (Id, CompanyId, Number, Reason, ValidUntil, Status, CreatedAt, CreatedBy, EmployeeDateOfBirth,
            EmployeeFirstName, EmployeeLastName)
        VALUES ('0193A1B2-0000-7000-8000-000000000021', '{CompanyId}', 'ABCDEFGH', 'NonInjury', '2026-12-31', 'Active', {MorningInDallas.UtcTicks},
            '0193A1B2-0000-7000-8000-000000000031', '1990-01-01', 'Ann', 'Upgrade');
        """;

    private static string Visit(string id, string externalId, DateTimeOffset at) => $"""
        INSERT INTO VisitResults (Id, CompanyId, ExternalVisitId, Category, Clinic, ScheduledAt, Status, RegisteredAt, EmployeeKey,
            EmployeeDateOfBirth, EmployeeFirstName, EmployeeLastName)
        VALUES ('{id}', '{CompanyId}', '{externalId}', '{VisitCategory.NonInjury}', 'Downtown clinic', {at.UtcTicks}, '{VisitStatus.Completed}', {at.UtcTicks},
            'n:UPGRADE, ANN|1990-01-01', '1990-01-01', 'Ann', 'Upgrade');
        """;

    private static string Document(string id, string visitId, string externalId, DateTimeOffset at) => $"""
        INSERT INTO ResultDocuments (Id, ExternalDocumentId, Type, Title, ReceivedAt, StorageKey, Sha256, SizeBytes, Category, CompanyId,
            EmployeeFirstLastKey, EmployeeLastFirstKey, VisitDate, VisitResultId)
        VALUES ('{id}', '{externalId}', '{ResultType.TestAndLabResults}', 'Lab results', {at.UtcTicks}, 'ab/{externalId}', '{new string('a', 64)}', 100,
            '{VisitCategory.NonInjury}', '{CompanyId}', 'ANN UPGRADE', 'UPGRADE ANN', '{at.UtcDateTime:yyyy-MM-dd}', '{visitId}');
        """;
}
