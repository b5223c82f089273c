using System.Globalization;
using EmployerPortal.DataGenerator;

return await GenerateDataCommand.RunAsync(args);

/// <summary>
/// <c>dotnet run --project tools/DataGenerator -- --companies 2000 --results 1000000 --database PATH [--largest-company N] [--seed N]</c>:
/// fills a SQLite database with realistic volume (for benchmarks).
/// For a database a portal can serve (load tests): <c>--data-directory DIR</c> (database DIR/portal.db unless --database
/// is given, plus real document files under DIR/documents) and <c>--admin-password P</c> (an active Admin per company,
/// emails printed, the largest company's first).
/// </summary>
internal static class GenerateDataCommand
{
    public const string Name = "EmployerPortal.DataGenerator";

    /// <summary>Generates what <paramref name="args"/> ask for; the exit code is 0 when done, 2 on a usage error.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1], StringComparer.OrdinalIgnoreCase);
        options.TryGetValue("data-directory", out var dataDirectory);
        if (!options.TryGetValue("database", out var database) && dataDirectory is not null)
        {
            Directory.CreateDirectory(dataDirectory);
            database = Path.Combine(dataDirectory, "portal.db");
        }

        if (database is null)
        {
            await Console.Error.WriteLineAsync(
                $"Usage: {Name} --companies 2000 --results 1000000 (--database PATH | --data-directory DIR) [--largest-company N] [--seed N] [--admin-password P]");
            return 2;
        }

        int Option(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        var generated = await ResultsDataGenerator.GenerateAsync(
            Path.GetFullPath(database),
            Option("companies", 2000),
            Option("results", 1_000_000),
            Option("seed", 20260301),
            Console.Out,
            largestCompanyResults: Option("largest-company", 0));
        Console.WriteLine($"Generated {generated.Results:N0} results for {generated.Companies:N0} companies in {generated.Elapsed.TotalSeconds:N1} s: {database}");
        if (dataDirectory is not null)
        {
            await GeneratedDataExtras.WriteDocumentFilesAsync(Path.GetFullPath(database), Path.GetFullPath(dataDirectory));
            Console.WriteLine($"Document files written under {Path.Combine(dataDirectory, "documents")}");
        }

        if (options.TryGetValue("admin-password", out var password))
        {
            var admins = await GeneratedDataExtras.AddAdminsAsync(Path.GetFullPath(database), password);
            Console.WriteLine($"Admins ({admins.Count}, largest company first): {string.Join(' ', admins.Take(5))}{(admins.Count > 5 ? " ..." : "")}");
        }

        return 0;
    }
}
