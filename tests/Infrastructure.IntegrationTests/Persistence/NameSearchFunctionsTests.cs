using EmployerPortal.Application.Authorizations.Queries.SearchAuthorizations;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>The folded name search is translated by each provider: a registered function on SQLite, a collation on SQL Server, unaccent on PostgreSQL.</summary>
public sealed class NameSearchFunctionsTests
{
    private static readonly AuthorizationsForSearchSpec Spec =
        new(new AuthorizationSearchCriteria(EmployeeName: "Muñoz"), new DateOnly(2026, 12, 1));

    [Fact]
    public void Sql_server_compares_the_name_under_an_accent_insensitive_collation()
    {
        using var db = new SqlServerPortalDbContext(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=unused.invalid;Database=EmployerPortal;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);

        var sql = EfSpecificationEvaluator.GetQuery(db.Authorizations, Spec).ToQueryString();

        sql.ShouldContain($"COLLATE {NameSearchFunctions.SqlServerCollation}");
        sql.ShouldContain("munoz");
    }

    [Fact]
    public void Postgres_folds_the_name_with_unaccent_in_sql()
    {
        using var db = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>()
            .UseNpgsql("Host=unused.invalid;Database=employer_portal;Username=portal")
            .Options);

        var sql = EfSpecificationEvaluator.GetQuery(db.Authorizations, Spec).ToQueryString();

        sql.ShouldContain($"lower({NameSearchFunctions.PostgresExtension}(");
        sql.ShouldContain("regexp_replace(");
        sql.ShouldContain("munoz");
    }

    [Fact]
    public async Task Sqlite_calls_the_registered_folding_function()
    {
        var database = new SqliteDatabase();
        await database.InitializeAsync();
        try
        {
            await using var db = database.CreateContext();
            var query = EfSpecificationEvaluator.GetQuery(db.Authorizations, Spec);

            query.ToQueryString().ShouldContain(NameSearchFunctions.SqliteName);
            (await query.ToListAsync()).ShouldBeEmpty();
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
