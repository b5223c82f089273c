using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Results;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// The deploy-time schema step behind <c>dotnet run --project src/Web -- migrate</c>: the portal's EF Core migrations
/// of the configured provider and, on SQL Server and PostgreSQL, Hangfire's job storage schema, so that nodes started with
/// <c>Database:MigrateOnStartup=false</c> never change the schema themselves. Data steps SQL cannot express run
/// right after the migration they belong to (<see cref="LocalVisitDates"/>).
/// </summary>
public sealed class DatabaseMigrator(PortalDbContext db, IOptions<DatabaseOptions> options)
{
    public DatabaseProvider Provider => options.Value.Provider;

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken) =>
        [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];

    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken cancellationToken) =>
        [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)];

    /// <summary>Applies what is pending and answers the migrations it applied (none when the database is current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = await PendingMigrationsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // A database this call created holds no documents from before time zones: nothing to recompute.
        var created = pending.Count > 0 && pending.Count == db.Database.GetMigrations().Count();
        if (!created && pending.Any(id => id.EndsWith(LocalVisitDates.AfterMigration, StringComparison.Ordinal)))
        {
            await LocalVisitDates.RecomputeAsync(db, cancellationToken);
        }

        if (Provider.IsSharedServer())
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                if (connection is Npgsql.NpgsqlConnection postgres)
                {
                    PostgreSqlObjectsInstaller.Install(postgres);
                }
                else
                {
                    SqlServerObjectsInstaller.Install(connection, null, true);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return pending;
    }

    /// <summary>
    /// The SQL of every migration, for a DBA to review or run by hand: idempotent on SQL Server and PostgreSQL (each migration guarded
    /// by the history table); SQLite cannot generate idempotent scripts, so there it is the plain script from an empty database.
    /// </summary>
    public string Script() => db.GetService<IMigrator>().GenerateScript(options: Provider.IsSharedServer()
        ? MigrationsSqlGenerationOptions.Idempotent
        : MigrationsSqlGenerationOptions.Default);
}
