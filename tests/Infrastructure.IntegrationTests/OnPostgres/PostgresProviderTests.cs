using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EmployerPortal.Infrastructure.IntegrationTests.OnPostgres;

/// <summary>What only a real PostgreSQL server can show: the migrations and Hangfire's schema apply, the results
/// search finds folded names, moments keep their instant, and a duplicate key is recognised as one.</summary>
[Trait("Lane", "Postgres")]
public sealed class PostgresProviderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    private static Company NewCompany(string account, string name) =>
        Company.Provision(AccountNumber.From(account), name, new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", Now);

    [Fact]
    public async Task The_migrate_step_applies_every_migration_and_hangfire_schema_to_an_empty_database()
    {
        var database = new PostgresDatabase(migrate: false);
        await database.InitializeAsync();
        try
        {
            await using var db = database.CreateContext();
            var migrator = new DatabaseMigrator(db, Microsoft.Extensions.Options.Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres }));

            var applied = await migrator.MigrateAsync(CancellationToken.None);

            applied.ShouldContain(id => id.EndsWith("_PostgresInitial", StringComparison.Ordinal));
            (await migrator.PendingMigrationsAsync(CancellationToken.None)).ShouldBeEmpty();
            db.Database.HasPendingModelChanges().ShouldBeFalse("the Postgres migrations describe the whole model");
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var hangfire = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'", connection);
            ((long)(await hangfire.ExecuteScalarAsync())!).ShouldBe(1L);
            await using var unaccent = new NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'", connection);
            ((long)(await unaccent.ExecuteScalarAsync())!).ShouldBe(1L);
            (await migrator.MigrateAsync(CancellationToken.None)).ShouldBeEmpty();
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_results_search_finds_a_name_whatever_its_case_and_accents_and_only_in_the_own_company()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            var acme = NewCompany("940001", "Acme Pg");
            var globex = NewCompany("940002", "Globex Pg");
            await using (var db = database.CreateContext())
            {
                db.Companies.AddRange(acme, globex);
                foreach (var (company, first, last) in new[] { (acme, "José", "Muñoz"), (acme, "Ann", "Lee"), (globex, "Jose", "Munoz") })
                {
                    var visit = VisitResult.Register(company.Id, $"V-{company.AccountNumber.Value}-{last}", new Employee(first, last, new DateOnly(1990, 1, 1), "E1"),
                        VisitCategory.NonInjury, "Downtown clinic", Now, null, Now);
                    visit.AddDocument($"D-{last}", ResultType.TestAndLabResults, null, ResultOutcome.Pass, $"key-{company.AccountNumber.Value}-{last}", new string('a', 64), 100, Now);
                    db.VisitResults.Add(visit);
                }

                await db.SaveChangesAsync();
            }

            await using var scoped = database.CreateContext(new TenantContext(FixedActor.Employer(PortalUserId.New(), acme.Id, UserRole.Admin)));
            var results = new ResultReadModel(scoped);

            foreach (var search in new[] { "MUÑOZ", "munoz", "Muñoz, José", "jose", "JOSÉ MUÑOZ" })
            {
                (await results.ListIdsAsync(new ResultSearchCriteria(EmployeeName: search), 10, CancellationToken.None)).Count.ShouldBe(1, search);
            }

            (await results.ListIdsAsync(new ResultSearchCriteria(EmployeeName: "garcia"), 10, CancellationToken.None)).ShouldBeEmpty();
            (await results.ListIdsAsync(new ResultSearchCriteria(), 10, CancellationToken.None)).Count.ShouldBe(2);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_moment_with_an_offset_is_stored_as_its_instant()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            var dallasAfternoon = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(-6));
            var company = Company.Provision(AccountNumber.From("940003"), "Offset Pg", new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", dallasAfternoon);
            await using (var db = database.CreateContext())
            {
                db.Companies.Add(company);
                await db.SaveChangesAsync();
            }

            await using var read = database.CreateContext();
            var stored = await read.Companies.AsNoTracking().SingleAsync(c => c.Id == company.Id);
            stored.CreatedAt.ShouldBe(dallasAfternoon);
            stored.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
            (await read.Companies.CountAsync(c => c.CreatedAt < dallasAfternoon.AddMinutes(1) && c.CreatedAt > dallasAfternoon.AddMinutes(-1))).ShouldBe(1);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_duplicate_unique_key_is_recognised_as_a_collision()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            await using var db = database.CreateContext();
            db.Companies.AddRange(NewCompany("940004", "First"), NewCompany("940004", "Second"));

            var collision = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

            UniqueKeyViolations.IsUniqueKeyViolation(collision).ShouldBeTrue();
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
