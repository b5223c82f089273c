using System.Collections.Concurrent;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// One writer at a time per SQLite database file, queued in order and waited for asynchronously. SQLite allows a single
/// writer; without this gate concurrent SaveChanges calls meet SQLITE_BUSY and Microsoft.Data.Sqlite retries them by
/// sleeping the thread (150 ms at a time, in no order), so under load writes starve for seconds, block thread-pool
/// threads and finally fail with "database is locked". Found by build/load.sh: 50 concurrent downloads (each records an
/// audit entry) had requests stalled over 10 s. The gate covers this process only; SQLite is the single-node default.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(string? connectionString) => Gates.GetOrAdd(connectionString ?? string.Empty, _ => new SemaphoreSlim(1, 1));
}
