using System.Globalization;
using BenchmarkDotNet.Attributes;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Results;
using EmployerPortal.Application.Results.Queries.SearchResults;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Users;
using Microsoft.Data.Sqlite;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// One results search of the largest company (a fifth of all rows: 200,000 of 1,000,000), two ways on the same file:
/// the portal's path (mediator pipeline → handler → read model → EF Core → SQLite) and the same statements written by
/// hand over Microsoft.Data.Sqlite (capped count, one page joined to its visits with the read mark, the company's
/// drug-screen link), materialized into the same DTOs.
/// </summary>
public class ResultsSearchBenchmarks
{
    private const string CountSql = """
        SELECT COUNT(*) FROM (SELECT 1 FROM ResultDocuments d WHERE d.CompanyId = $company {0} LIMIT $cap)
        """;

    private const string PageSql = """
        SELECT d.Id, v.Id, v.EmployeeFirstName, v.EmployeeLastName, v.EmployeeNumber, d.VisitDate, d.Category, d.Type, d.Title, d.Outcome, d.ReceivedAt,
               EXISTS (SELECT 1 FROM ResultReads r WHERE r.UserId = $user AND r.DocumentId = d.Id)
        FROM ResultDocuments d JOIN VisitResults v ON v.Id = d.VisitResultId
        WHERE d.CompanyId = $company {0}
        ORDER BY d.ReceivedAt DESC, d.Id DESC
        LIMIT $take OFFSET $skip
        """;

    private const string NameFilter = """
        AND ((d.EmployeeLastFirstKey >= $name AND d.EmployeeLastFirstKey < $nameEnd) OR (d.EmployeeFirstLastKey >= $name AND d.EmployeeFirstLastKey < $nameEnd))
        """;

    private PortalHost _portal = null!;
    private FixedActor _user = null!;
    private string _connectionString = null!;
    private string _companyId = null!;
    private string _userId = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    /// <summary>"newest": the results page as it opens; "name": a surname search as typed ("muñoz", a fifth of the largest company's employees).</summary>
    [Params("newest", "name")]
    public string Search { get; set; } = "newest";

    private ResultSearchCriteria Criteria => Search == "name" ? new ResultSearchCriteria(EmployeeName: "muñoz") : new ResultSearchCriteria();

    [GlobalSetup]
    public void Setup()
    {
        var database = BenchPaths.ResultsDatabase(Rows);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite }.ToString();
        using (var connection = new SqliteConnection(_connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Id FROM Companies WHERE AccountNumber = '700000'"; // the generator's first, largest company
            _companyId = (string)command.ExecuteScalar()!;
        }

        var userId = Guid.CreateVersion7();
        _userId = userId.ToString().ToUpperInvariant();
        _user = FixedActor.Employer(new PortalUserId(userId), new CompanyId(Guid.Parse(_companyId)), UserRole.ViewOnly);
        _portal = PortalHost.Create(database, BenchPaths.Scratch($"search-{Rows}"));
        SameAnswer(PortalQuery().GetAwaiter().GetResult(), HandWrittenSql().GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup() => _portal.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "hand-written SQL")]
    public async Task<ResultSearchResult> HandWrittenSql()
    {
        var criteria = Criteria;
        var filter = criteria.EmployeeName is null ? string.Empty : NameFilter;
        var name = EmployeeNameKey.Normalize(criteria.EmployeeName);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();

        await using var count = connection.CreateCommand();
        count.CommandText = string.Format(CultureInfo.InvariantCulture, CountSql, filter);
        count.Parameters.AddWithValue("$company", _companyId);
        count.Parameters.AddWithValue("$cap", ResultLimits.MaxSearchRows + 1);
        await using var page = connection.CreateCommand();
        page.CommandText = string.Format(CultureInfo.InvariantCulture, PageSql, filter);
        page.Parameters.AddWithValue("$company", _companyId);
        page.Parameters.AddWithValue("$user", _userId);
        page.Parameters.AddWithValue("$take", criteria.PageSize);
        page.Parameters.AddWithValue("$skip", (criteria.Page - 1) * criteria.PageSize);
        if (name.Length > 0)
        {
            foreach (var command in new[] { count, page })
            {
                command.Parameters.AddWithValue("$name", name);
                command.Parameters.AddWithValue("$nameEnd", name + EmployeeNameKey.RangeEnd);
            }
        }

        var counted = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        var rows = new List<ResultRowDto>(criteria.PageSize);
        await using (var reader = await page.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(new ResultRowDto(
                    Guid.Parse(reader.GetString(0)),
                    Guid.Parse(reader.GetString(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Enum.Parse<VisitCategory>(reader.GetString(6)),
                    Enum.Parse<ResultType>(reader.GetString(7)),
                    reader.GetString(8),
                    reader.IsDBNull(9) ? null : Enum.Parse<ResultOutcome>(reader.GetString(9)),
                    new DateTimeOffset(reader.GetInt64(10), TimeSpan.Zero),
                    reader.GetBoolean(11)));
            }
        }

        await using var drugScreen = connection.CreateCommand();
        drugScreen.CommandText = "SELECT DrugScreenPortalUrl FROM Companies WHERE Id = $company LIMIT 1";
        drugScreen.Parameters.AddWithValue("$company", _companyId);
        var url = await drugScreen.ExecuteScalarAsync() as string;

        return new ResultSearchResult(
            new ResultSearchPage(rows, Math.Min(counted, ResultLimits.MaxSearchRows), counted > ResultLimits.MaxSearchRows, criteria.Page, criteria.PageSize),
            url is null ? null : new Uri(url));
    }

    /// <summary>A comparison is only fair if both sides answer the same: same count, same rows in the same order.</summary>
    private static void SameAnswer(ResultSearchResult portal, ResultSearchResult handWritten)
    {
        if (portal.Page.TotalCount != handWritten.Page.TotalCount
            || portal.Page.CountIsCapped != handWritten.Page.CountIsCapped
            || portal.Page.Rows.Count == 0
            || !portal.Page.Rows.SequenceEqual(handWritten.Page.Rows)
            || portal.DrugScreenPortalUrl != handWritten.DrugScreenPortalUrl)
        {
            throw new InvalidOperationException(
                $"The hand-written SQL answers differently from the portal: {handWritten.Page.TotalCount} vs {portal.Page.TotalCount} results, {handWritten.Page.Rows.Count} vs {portal.Page.Rows.Count} rows.");
        }
    }

    [Benchmark(Description = "portal query")]
    public Task<ResultSearchResult> PortalQuery() => _portal.SendAsync(_user, new SearchResultsQuery(Criteria));
}
