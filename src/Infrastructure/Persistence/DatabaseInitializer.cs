using EmployerPortal.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>Brings the database schema up to date (embedded default: at start; production: the migrate command).</summary>
public sealed class DatabaseInitializer(PortalDbContext db, IOptions<DatabaseOptions> options)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
