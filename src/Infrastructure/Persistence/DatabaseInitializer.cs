using EmployerPortal.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// Brings the database schema up to date at start when <c>Database:MigrateOnStartup</c> is on (the embedded default),
/// through the same <see cref="DatabaseMigrator"/> as the deploy-time <c>migrate</c> command.
/// </summary>
public sealed class DatabaseInitializer(DatabaseMigrator migrator, IOptions<DatabaseOptions> options)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }
}
