using EmployerPortal.Infrastructure.Persistence;

namespace EmployerPortal.Web.CommandLine;

/// <summary>
/// <c>dotnet run --project src/Web -- migrate</c> brings the configured database up to date and exits: the deploy step
/// that runs once before new nodes start (with <c>Database__MigrateOnStartup=false</c> on the nodes).
/// <c>migrate --check</c> lists pending migrations and exits 3 if there are any (a deploy gate);
/// <c>migrate --script</c> prints the SQL script (idempotent on SQL Server) instead of touching the database.
/// </summary>
public static class MigrateCommandLine
{
    public const string Verb = "migrate";

    /// <summary>Exit code of <c>--check</c> when the database is behind the code.</summary>
    public const int PendingExitCode = 3;

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        switch (args.Skip(1).FirstOrDefault())
        {
            case null:
                var applied = await migrator.MigrateAsync(cancellationToken);
                await output.WriteLineAsync(applied.Count == 0
                    ? $"The {migrator.Provider} database is up to date."
                    : $"Applied {applied.Count} migration(s) to the {migrator.Provider} database: {string.Join(", ", applied)}.");
                return 0;
            case "--check":
                var pending = await migrator.PendingMigrationsAsync(cancellationToken);
                if (pending.Count == 0)
                {
                    await output.WriteLineAsync($"The {migrator.Provider} database is up to date.");
                    return 0;
                }

                await output.WriteLineAsync($"{pending.Count} migration(s) pending on the {migrator.Provider} database: {string.Join(", ", pending)}.");
                return PendingExitCode;
            case "--script":
                await output.WriteAsync(migrator.Script());
                return 0;
            default:
                await error.WriteLineAsync(
                    $"""
                    Usage:
                      {Verb}            apply pending migrations to the configured database
                      {Verb} --check    list pending migrations; exit {PendingExitCode} if any
                      {Verb} --script   print the SQL of every migration (idempotent on SQL Server)
                    """);
                return 2;
        }
    }
}
