using EmployerPortal.Infrastructure.Results;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.DataGenerator;

/// <summary>What the generator made.</summary>
public sealed record GeneratedData(int Companies, int Visits, int Results, TimeSpan Elapsed);

/// <summary>
/// Fills a SQLite database with realistic volume for benchmarks and query-plan tests: companies (through EF, so they
/// obey the domain), then visits, their timelines and result documents as raw ADO.NET batches in large transactions.
/// Company sizes are skewed (a few large employers, many small ones), names include accents, and every result has
/// the search columns the portal maintains. Document rows point at content that is not written to disk: the data is
/// for searching, not for downloading.
/// </summary>
public static class ResultsDataGenerator
{
    private const int BatchRows = 50_000;

    private static readonly string[] FirstNames =
    [
        "José", "Dana", "Priya", "Marcus", "Lena", "Tomás", "Zoë", "Łukasz", "Renée", "Ahmed", "Mei", "Robert", "Aisha",
        "Carlos", "Emily", "Hiroshi", "Ingrid", "Jamal", "Katarzyna", "Liam", "María", "Noah", "Olivia", "Pedro", "Quinn",
        "Rosa", "Samuel", "Tatiana", "Uma", "Víctor", "Wei", "Ximena", "Yusuf", "Zara", "André", "Béatrice", "Chloé",
        "Dmitri", "Elena", "Fatima", "Gabriel", "Hannah", "Ivan", "Julia", "Kofi", "Lucía", "Mateo", "Nadia", "Oscar",
    ];

    private static readonly string[] LastNames =
    [
        "Muñoz", "Whitfield", "Natarajan", "O'Neil", "Kowalski", "Herrera", "García", "Nguyen", "Smith", "Johnson",
        "Williams", "Brown", "Jones", "Miller", "Davis", "Rodríguez", "Martínez", "Hernández", "López", "González",
        "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White",
        "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Torres", "Núñez", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
        "Müller", "Schröder", "Øster", "Dvořák", "Kim", "Chen", "Singh", "Patel", "Okafor", "Haddad", "Cohen",
    ];

    /// <param name="largestCompanyResults">
    /// When above zero, the first generated company gets exactly this many of the results (say 200,000 of 1,000,000:
    /// the largest employer) and the rest are spread, skewed, over the other companies.
    /// </param>
    public static async Task<GeneratedData> GenerateAsync(
        string databasePath,
        int companies,
        int results,
        int seed = 20260301,
        TextWriter? log = null,
        int largestCompanyResults = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(companies);
        ArgumentOutOfRangeException.ThrowIfNegative(results);
        ArgumentOutOfRangeException.ThrowIfNegative(largestCompanyResults);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(largestCompanyResults, results);
        if (largestCompanyResults > 0 && largestCompanyResults < results && companies < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(companies), "A largest company needs at least one other company for the rest.");
        }

        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;

        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqlitePortalDbContext(options);
        await db.Database.MigrateAsync(cancellationToken);

        var companyIds = new List<Guid>(companies);
        var firstAccount = 700_000 + ((await db.Companies.CountAsync(cancellationToken)) * 1);
        for (var start = 0; start < companies; start += 1000)
        {
            var batch = Enumerable.Range(start, Math.Min(1000, companies - start)).Select(i => Company.Provision(
                AccountNumber.From((firstAccount + i).ToString(CultureInfo.InvariantCulture)),
                $"Generated Employer {i + 1}",
                new PostalAddress($"{100 + (i % 9000)} Industrial Way", null, "Springfield", "OH", "45501"),
                "(937) 555-0100",
                now)).ToList();
            db.Companies.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            companyIds.AddRange(batch.Select(c => c.Id.Value));
        }

        log?.WriteLine($"{companies} companies in {watch.Elapsed.TotalSeconds:N1} s");

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        // Bulk load: no journal, no secondary indexes while rows go in (they are rebuilt at the end, from sorted data),
        // visits in time order so the primary keys (version-7 GUIDs of the visit time) are appended, not scattered.
        await ExecuteAsync(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-200000; PRAGMA threads=2;", cancellationToken);
        var indexes = await DropSecondaryIndexesAsync(connection, cancellationToken);

        var visits = 0;
        var documents = 0;
        var transaction = connection.BeginTransaction();
        var insertVisit = Prepare(connection, transaction, """
            INSERT INTO VisitResults (Id, CompanyId, ExternalVisitId, Category, Clinic, ScheduledAt, AuthorizationNumber, Status, RegisteredAt, NextRecheckAt,
                EmployeeKey, EmployeeDateOfBirth, EmployeeEmail, EmployeeNumber, EmployeeFirstName, EmployeeLastName, EmployeePhone)
            VALUES ($id, $company, $external, $category, $clinic, $scheduled, NULL, $status, $registered, NULL, $key, $dob, NULL, $number, $first, $last, NULL)
            """);
        var insertStatus = Prepare(connection, transaction, "INSERT INTO VisitStatusChanges (Status, At, VisitResultId) VALUES ($status, $at, $visit)");
        var insertDocument = Prepare(connection, transaction, """
            INSERT INTO ResultDocuments (Id, ExternalDocumentId, Type, Title, Outcome, ReceivedAt, StorageKey, Sha256, SizeBytes, Category, CompanyId,
                EmployeeFirstLastKey, EmployeeLastFirstKey, EmployeeNumber, VisitDate, VisitResultId)
            VALUES ($id, $external, $type, $title, $outcome, $received, $storage, $sha, $size, $category, $company, $firstLast, $lastFirst, $number, $visitDate, $visit)
            """);
        var types = ResultTypes.All.Where(t => !t.IsNonStandard).ToArray();
        var outcomes = new[] { "Pass", "Pass", "Pass", "Fail", "Pending" };
        var batchStart = 0;
        var largestRemaining = largestCompanyResults;
        var history = TimeSpan.FromDays(3 * 365);
        var historyStart = now - history;

        while (documents < results)
        {
            // The first company takes its fixed share; the others are skewed: a few large employers hold much of the volume.
            var largest = largestRemaining > 0 && random.NextDouble() * (results - documents) < largestRemaining;
            var companyIndex = largestCompanyResults == 0
                ? (int)(companies * Math.Pow(random.NextDouble(), 3))
                : largest ? 0 : 1 + (int)((companies - 1) * Math.Pow(random.NextDouble(), 3));
            var room = largest ? largestRemaining : results - documents - largestRemaining;
            var companyId = Text(companyIds[companyIndex]);
            var employeeNumber = random.Next(1, 5_000);
            var first = FirstNames[(employeeNumber * 7) % FirstNames.Length];
            var last = LastNames[(employeeNumber * 13 + companyIndex) % LastNames.Length];
            var number = $"E{companyIndex:0000}-{employeeNumber:00000}";
            var injury = random.Next(4) == 0;
            // Three years of visits in time order up to yesterday, and one in a thousand still ahead (scheduled).
            var scheduled = random.Next(1000) == 0
                ? now.AddMinutes(random.Next(0, 2 * 24 * 60))
                : historyStart + ((history - TimeSpan.FromDays(1)) * ((double)documents / results)) + TimeSpan.FromMinutes(random.Next(0, 30));
            var visitId = Text(Guid.CreateVersion7(scheduled));
            var category = injury ? nameof(VisitCategory.Injury) : nameof(VisitCategory.NonInjury);
            var status = scheduled > now.AddDays(-1) ? nameof(VisitStatus.Scheduled) : random.Next(20) == 0 ? nameof(VisitStatus.NoShow) : nameof(VisitStatus.Completed);
            var dateOfBirth = new DateOnly(1960 + (employeeNumber % 40), 1 + (employeeNumber % 12), 1 + (employeeNumber % 28));

            Set(insertVisit, ("$id", visitId), ("$company", companyId), ("$external", $"GEN-{visitId}"), ("$category", category),
                ("$clinic", injury ? "Downtown Occupational Health" : "Northside Clinic"), ("$scheduled", scheduled.UtcTicks), ("$status", status),
                ("$registered", scheduled.AddDays(-2).UtcTicks), ("$key", $"e:{number}|{dateOfBirth:yyyy-MM-dd}"), ("$dob", dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("$number", number), ("$first", first), ("$last", last));
            insertVisit.ExecuteNonQuery();
            visits++;
            foreach (var (step, minutes) in Timeline(status))
            {
                Set(insertStatus, ("$status", step), ("$at", scheduled.AddMinutes(minutes).UtcTicks), ("$visit", visitId));
                insertStatus.ExecuteNonQuery();
            }

            var documentCount = Math.Min(room, status == nameof(VisitStatus.Completed) ? random.Next(1, 4) : status == nameof(VisitStatus.NoShow) ? 1 : 0);
            for (var d = 0; d < documentCount; d++)
            {
                var type = status == nameof(VisitStatus.NoShow) ? ResultTypes.Get(ResultType.EmployeeNoShowLetter) : types[random.Next(types.Length)];
                var received = scheduled.AddHours(4 + random.Next(0, 72));
                var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{visitId}/{d}")));
                Set(insertDocument, ("$id", Text(Guid.CreateVersion7(received))), ("$external", $"D{d + 1}"), ("$type", type.Type.ToString()),
                    ("$title", type.DisplayName), ("$outcome", outcomes[random.Next(outcomes.Length)]), ("$received", received.UtcTicks),
                    ("$storage", $"{sha[..2]}/{sha[2..4]}/{sha}.pdf"), ("$sha", sha), ("$size", 40_000 + random.Next(200_000)), ("$category", category),
                    ("$company", companyId), ("$firstLast", EmployeeNameKey.FirstLast(first, last)), ("$lastFirst", EmployeeNameKey.LastFirst(first, last)),
                    ("$number", number), ("$visitDate", DateOnly.FromDateTime(scheduled.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$visit", visitId));
                insertDocument.ExecuteNonQuery();
                documents++;
                if (largest)
                {
                    largestRemaining--;
                }
            }

            if (documents - batchStart >= BatchRows)
            {
                await transaction.CommitAsync(cancellationToken);
                transaction = connection.BeginTransaction();
                insertVisit.Transaction = insertStatus.Transaction = insertDocument.Transaction = transaction;
                batchStart = documents;
                log?.WriteLine($"{documents:N0} results, {visits:N0} visits in {watch.Elapsed.TotalSeconds:N1} s");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
        log?.WriteLine($"{documents:N0} results, {visits:N0} visits in {watch.Elapsed.TotalSeconds:N1} s; building indexes");
        foreach (var index in indexes)
        {
            await ExecuteAsync(connection, index, cancellationToken);
        }

        await ExecuteAsync(connection, "PRAGMA analysis_limit=1000; ANALYZE; PRAGMA journal_mode=WAL;", cancellationToken);
        log?.WriteLine($"Done: {companies:N0} companies, {visits:N0} visits, {documents:N0} results in {watch.Elapsed.TotalSeconds:N1} s");
        return new GeneratedData(companies, visits, documents, watch.Elapsed);
    }

    private static IEnumerable<(string Status, int Minutes)> Timeline(string status) => status switch
    {
        nameof(VisitStatus.Completed) =>
        [
            (nameof(VisitStatus.Scheduled), -2880), (nameof(VisitStatus.CheckedIn), 5), (nameof(VisitStatus.InProgress), 20), (nameof(VisitStatus.Completed), 75),
        ],
        nameof(VisitStatus.NoShow) => [(nameof(VisitStatus.Scheduled), -2880), (nameof(VisitStatus.NoShow), 60)],
        _ => [(nameof(VisitStatus.Scheduled), -2880)],
    };

    /// <summary>A GUID as EF Core's SQLite provider stores it: upper-case text.</summary>
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        if (command.Parameters.Count == 0)
        {
            foreach (var (name, _) in values)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
        }

        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }
    }

    /// <summary>Drops the indexes of the tables being loaded (all but primary keys) and returns the SQL that rebuilds them.</summary>
    private static async Task<List<string>> DropSecondaryIndexesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('VisitResults', 'VisitStatusChanges', 'ResultDocuments')
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\";", cancellationToken);
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
