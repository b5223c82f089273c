using EmployerPortal.DataGenerator;
using EmployerPortal.Application.Common.Security;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Infrastructure.Results;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace EmployerPortal.Infrastructure.IntegrationTests.Results;

/// <summary>A database filled by the data generator with 100,000 results, shared by the plan tests.</summary>
public sealed class GeneratedResultsDatabase : IAsyncLifetime
{
    public const int Results = 100_000;

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"portal-plan-{Guid.NewGuid():N}.db");

    public GeneratedData Generated { get; private set; } = null!;

    public async Task InitializeAsync() => Generated = await ResultsDataGenerator.GenerateAsync(Path, companies: 200, results: Results);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    public SqlitePortalDbContext OpenContext() =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={Path}").Options);

    /// <summary>A context scoped to one company, as an Admin's request is: the company predicate comes from the tenant filter.</summary>
    public SqlitePortalDbContext OpenContext(CompanyId companyId) => OpenContext(FixedActor.Employer(PortalUserId.New(), companyId, Domain.Users.UserRole.Admin));

    /// <summary>A context for this user's request: their company, their locations, whether they are a DER.</summary>
    public SqlitePortalDbContext OpenContext(FixedActor user) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={Path}").Options, new TenantContext(user));
}

public sealed partial class ResultSearchQueryPlanTests(GeneratedResultsDatabase database, ITestOutputHelper output) : IClassFixture<GeneratedResultsDatabase>
{
    public static TheoryData<string, ResultSearchCriteria> Searches => new()
    {
        { "newest first", new ResultSearchCriteria() },
        { "employee name", new ResultSearchCriteria(EmployeeName: "Muñoz") },
        { "employee id", new ResultSearchCriteria(EmployeeId: "E0000-00042") },
        { "visit date range", new ResultSearchCriteria(VisitFrom: new DateOnly(2025, 1, 1), VisitTo: new DateOnly(2025, 1, 31)) },
        { "category", new ResultSearchCriteria(Category: VisitCategory.Injury) },
        { "result type", new ResultSearchCriteria(Type: ResultType.MecDotCard) },
        { "outcome", new ResultSearchCriteria(Outcome: ResultOutcome.Fail) },
        { "name sorted by visit date", new ResultSearchCriteria(EmployeeName: "garcia", Sort: ResultSort.VisitDate) },
        { "deep page", new ResultSearchCriteria(Page: 99, PageSize: 100) },
    };

    [Fact]
    public void The_generator_filled_the_database_with_the_volume_asked_for()
    {
        database.Generated.Results.ShouldBe(GeneratedResultsDatabase.Results);
        using var db = database.OpenContext();
        db.Set<ResultDocument>().Count().ShouldBe(GeneratedResultsDatabase.Results);
        db.VisitResults.Count().ShouldBe(database.Generated.Visits);
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task The_search_of_the_largest_company_uses_a_company_index_and_never_scans_a_table(string search, ResultSearchCriteria criteria)
    {
        await using var db = database.OpenContext(await LargestCompanyAsync());
        var sql = new ResultReadModel(db).PageQueryString(new PortalUserId(Guid.NewGuid()), criteria);

        var plan = await ExplainAsync(db, sql);
        output.WriteLine($"{search}:\n{sql}\n---\n{string.Join('\n', plan)}");

        plan.ShouldContain(line => CompanyIndexSearch().IsMatch(line), $"{search}: the documents are searched through a company index");
        var tables = TableAlias().Matches(sql).Select(m => m.Groups[1].Value).ToList();
        tables.ShouldNotBeEmpty();
        plan.ShouldNotContain(line => tables.Any(alias => line == $"SCAN {alias}" || line.StartsWith($"SCAN {alias} ", StringComparison.Ordinal)), $"{search}: no table is scanned whole");
        plan.ShouldContain(line => VisitByKey().IsMatch(line), $"{search}: visits are joined by key");
    }

    [Fact]
    public async Task The_default_listing_is_read_in_index_order_without_sorting()
    {
        await using var db = database.OpenContext(await LargestCompanyAsync());
        var sql = new ResultReadModel(db).PageQueryString(new PortalUserId(Guid.NewGuid()), new ResultSearchCriteria());

        var plan = await ExplainAsync(db, sql);

        plan.ShouldContain(line => line.Contains("IX_ResultDocuments_CompanyId_ReceivedAt", StringComparison.Ordinal));
        plan.ShouldNotContain(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>
    /// A name that many results match, newest first (the results page as a name search opens): the page is read in
    /// the received-date index's order, the name tested on each row, so nothing sorts all the matches and the cost of
    /// a page does not grow with the company. The same search with few matches keeps the name indexes (the theory above).
    /// </summary>
    [Fact]
    public async Task A_name_search_with_many_matches_is_read_in_date_order_without_sorting()
    {
        var companyId = await LargestCompanyAsync();
        await using var db = database.OpenContext(companyId);
        var model = new ResultReadModel(db);
        var criteria = new ResultSearchCriteria(EmployeeName: "Muñoz");
        var matches = (await model.SearchAsync(new PortalUserId(Guid.NewGuid()), criteria, CancellationToken.None)).TotalCount;
        matches.ShouldBeGreaterThan(ResultReadModel.DateOrderNameSearchAbove, "the generated data has a common surname");
        var sql = model.PageQueryString(new PortalUserId(Guid.NewGuid()), criteria, matches);

        var plan = await ExplainAsync(db, sql);
        output.WriteLine($"{sql}\n---\n{string.Join('\n', plan)}");

        plan.ShouldContain(line => line.StartsWith("SEARCH r USING INDEX IX_ResultDocuments_CompanyId_ReceivedAt_Id_IsDrugAndAlcohol_LocationCode (CompanyId=?)", StringComparison.Ordinal));
        plan.ShouldNotContain(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>Each search as an Admin and as a View Only user of one location who is not a DER (both tenant filters apply).</summary>
    public static TheoryData<string, ResultSearchCriteria, bool> SearchesByUser()
    {
        var data = new TheoryData<string, ResultSearchCriteria, bool>();
        foreach (var row in Searches)
        {
            data.Add((string)row[0], (ResultSearchCriteria)row[1], false);
            data.Add((string)row[0], (ResultSearchCriteria)row[1], true);
        }

        return data;
    }

    /// <summary>
    /// The capped count of every search (every results page runs it first): each index it reads carries the tenant
    /// filters' columns, so up to 10,001 entries are tested without reading a table row each (at 1,000,000 results a
    /// common name's count took 22 ms through name indexes without them, 4 ms with them). A search on one index reads
    /// that index alone; a name search reads the two name indexes, one OR term each.
    /// </summary>
    [Theory]
    [MemberData(nameof(SearchesByUser))]
    public async Task The_capped_count_of_every_search_tests_the_tenant_filters_in_the_index(string search, ResultSearchCriteria criteria, bool oneLocation)
    {
        var user = FixedActor.Employer(PortalUserId.New(), await LargestCompanyAsync(), oneLocation ? Domain.Users.UserRole.ViewOnly : Domain.Users.UserRole.Admin) with
        {
            LocationCodes = oneLocation ? ["MAIN"] : [],
        };
        await using var db = database.OpenContext(user);
        var sql = new ResultReadModel(db).CountQueryString(criteria);

        var plan = await ExplainAsync(db, sql);
        output.WriteLine($"{search}:\n{sql}\n---\n{string.Join('\n', plan)}");

        var searches = plan.Where(line => line.StartsWith("SEARCH r ", StringComparison.Ordinal)).ToList();
        searches.ShouldNotBeEmpty(search);
        searches.ShouldAllBe(line => line.Contains("_IsDrugAndAlcohol_LocationCode (CompanyId=?", StringComparison.Ordinal), $"{search}: {string.Join(" | ", searches)}");
        if (criteria.EmployeeName is null)
        {
            searches.ShouldAllBe(line => line.StartsWith("SEARCH r USING COVERING INDEX ", StringComparison.Ordinal), search);
        }
    }

    private async Task<CompanyId> LargestCompanyAsync()
    {
        await using var db = database.OpenContext();
        return (await db.Set<ResultDocument>()
            .GroupBy(d => EF.Property<CompanyId>(d, "CompanyId"))
            .Select(g => new { Company = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count)
            .FirstAsync()).Company;
    }

    /// <summary>Runs <c>EXPLAIN QUERY PLAN</c> on the SQL EF generated, with its parameters bound as EF would bind them.</summary>
    private static async Task<List<string>> ExplainAsync(PortalDbContext db, string queryString)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var sql = new List<string>();
        foreach (var line in queryString.Split('\n'))
        {
            var parameter = ParameterLine().Match(line.TrimEnd('\r'));
            if (parameter.Success)
            {
                var value = parameter.Groups[2].Value;
                command.Parameters.AddWithValue(parameter.Groups[1].Value, value.StartsWith('\'') ? value.Trim('\'') : long.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sql.Add(line);
            }
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql);
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    /// <summary>The aliases of the tables (not subqueries) in EF's SQL: <c>"ResultDocuments" AS "r"</c>.</summary>
    [GeneratedRegex(@"(?:FROM|JOIN) ""\w+"" AS ""(\w+)""")]
    private static partial Regex TableAlias();

    [GeneratedRegex(@"^\.param set (\S+) (.+)$")]
    private static partial Regex ParameterLine();

    [GeneratedRegex(@"^SEARCH r USING (COVERING )?INDEX IX_ResultDocuments_CompanyId\w* \(CompanyId=\?")]
    private static partial Regex CompanyIndexSearch();

    [GeneratedRegex(@"^SEARCH v USING .*\(Id=\?\)")]
    private static partial Regex VisitByKey();
}
