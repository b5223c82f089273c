using EmployerPortal.DataGenerator;
using System.Diagnostics;
using System.Globalization;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Letters;
using EmployerPortal.Application.Letters.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.Infrastructure.Results;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// 10,000 no-show letters through the job (the recurring <see cref="NoShowLetterJob"/> sweep, run until every no-show
/// visit has its letter: load visits, render, store the PDF hash-checked and fsynced, file it under the visit, commit
/// per sweep) against the bare rendering of one such letter in a loop; compared per letter. One timed run of each, in
/// the same process, reference first, both warmed up: at about 15 ms a letter on the 2-core machine, repeated
/// BenchmarkDotNet iterations (or a 10,000-letter reference loop) do not fit the 15-minute budget of build/bench.sh.
/// </summary>
public static class LetterBenchmark
{
    public const int Letters = 10_000;

    private const int ReferenceRenders = 2_000;

    public static async Task RunAsync(ResultTable table)
    {
        const string name = "No-show letters, 10,000";
        var template = await TemplateAsync();
        var data = BenchPaths.Scratch("letters");
        var database = Path.Combine(data, "portal.db");
        File.Copy(template, database);
        await using var portal = PortalHost.Create(database, data);

        // The reference: the same kind of letter, rendered bare.
        PrintDocument letter;
        await using (var scope = portal.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().AcrossCompanies())
        {
            // Outside a request the data layer sees no company until told to read across them, as the job's command is.
            var visit = (await scope.ServiceProvider.GetRequiredService<IRepository<VisitResult>>()
                .ListAsync(new NoShowVisitsWithoutLetterSpec(1), CancellationToken.None)).Single();
            var company = (await scope.ServiceProvider.GetRequiredService<IRepository<Company>>()
                .FirstOrDefaultAsync(new CompanyByIdSpec(visit.CompanyId), CancellationToken.None))!;
            letter = await scope.ServiceProvider.GetRequiredService<VisitLetterContent>().NoShowAsync(visit, company, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        var renderer = portal.Services.GetRequiredService<IPdfRenderer>();
        for (var i = 0; i < 50; i++)
        {
            renderer.Render(letter);
        }

        var watch = Stopwatch.StartNew();
        long bytes = 0;
        for (var i = 0; i < ReferenceRenders; i++)
        {
            bytes += renderer.Render(letter).Length;
        }

        var reference = watch.Elapsed / ReferenceRenders;

        // The portal: the job, sweep after sweep, as Hangfire would run it.
        var batch = portal.Services.GetRequiredService<IOptions<LetterOptions>>().Value.SweepBatchSize;
        var sweeps = (Letters / batch) + 1;
        watch.Restart();
        for (var i = 0; i < sweeps; i++)
        {
            await portal.Services.GetRequiredService<NoShowLetterJob>().RunAsync(CancellationToken.None);
        }

        var total = watch.Elapsed;
        var job = total / Letters;
        var made = Count(database, "SELECT COUNT(*) FROM GeneratedLetters");
        if (made != Letters)
        {
            table.AddFailure(name, $"the job made {made} letters, not {Letters}");
            return;
        }

        table.Add(
            name,
            PerLetter(job),
            PerLetter(reference),
            job / reference,
            string.Create(CultureInfo.InvariantCulture,
                $"per letter; portal: {Letters:N0} letters in {total.TotalSeconds:N1} s, {sweeps} sweeps of {batch} through `NoShowLetterJob` (render + store + commit); reference: the same letter rendered bare {ReferenceRenders:N0}× ({bytes / ReferenceRenders / 1024.0:N1} KiB each); one timed run each"));
    }

    private static string PerLetter(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:N1} ms");

    /// <summary>A database of 20 companies and 10,000 visits marked no-show without letters (cached).</summary>
    private static async Task<string> TemplateAsync()
    {
        var path = Path.Combine(BenchPaths.Cache, "letters-template.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".tmp";
        File.Delete(building);
        await ResultsDataGenerator.GenerateAsync(building, companies: 20, results: 0);
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={building};Pooling=False"))
        {
            await connection.OpenAsync();
            var companies = new List<string>();
            await using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT Id FROM Companies ORDER BY AccountNumber";
                await using var reader = await read.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    companies.Add(reader.GetString(0));
                }
            }

            await using var transaction = connection.BeginTransaction();
            await using var visit = connection.CreateCommand();
            visit.CommandText = """
                INSERT INTO VisitResults (Id, CompanyId, ExternalVisitId, Category, Clinic, ScheduledAt, AuthorizationNumber, Status, RegisteredAt, NextRecheckAt,
                    EmployeeKey, EmployeeDateOfBirth, EmployeeEmail, EmployeeNumber, EmployeeFirstName, EmployeeLastName, EmployeePhone)
                VALUES ($id, $company, $external, 'NonInjury', 'Northside Clinic', $scheduled, NULL, 'NoShow', $registered, NULL,
                    $key, '1980-04-12', NULL, $number, 'José', 'Muñoz', NULL);
                INSERT INTO VisitStatusChanges (Status, At, VisitResultId) VALUES ('Scheduled', $registered, $id), ('NoShow', $scheduled, $id);
                """;
            var scheduledAt = DateTimeOffset.UtcNow.AddDays(-1);
            for (var i = 0; i < Letters; i++)
            {
                var number = string.Create(CultureInfo.InvariantCulture, $"L{i:00000}");
                visit.Parameters.Clear();
                visit.Parameters.AddWithValue("$id", Guid.CreateVersion7().ToString().ToUpperInvariant());
                visit.Parameters.AddWithValue("$company", companies[i % companies.Count]);
                visit.Parameters.AddWithValue("$external", $"NOSHOW-{number}");
                visit.Parameters.AddWithValue("$scheduled", scheduledAt.UtcTicks);
                visit.Parameters.AddWithValue("$registered", scheduledAt.AddDays(-2).UtcTicks);
                visit.Parameters.AddWithValue("$key", $"e:{number}|1980-04-12");
                visit.Parameters.AddWithValue("$number", number);
                await visit.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
