using System.Data.Common;
using EmployerPortal.Application.Audit;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Fuzzing;

/// <summary>The row count of every table of the portal's database (read from sqlite_master, so new tables are included).</summary>
internal static class TableCounts
{
    /// <summary>
    /// Rows a rejected request may still write, by design. Only one: a failed sign-in is written to the audit trail
    /// (DESIGN §8, "every sign-in"), and the fuzzed sign-in form fails sign-ins. Every other audit entry counts.
    /// </summary>
    private const string AuditEntriesCount = $"SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Action\" <> '{AuditActions.SignInFailed}'";

    public static Task<IReadOnlyDictionary<string, long>> TakeAsync(PortalFactory factory) =>
        factory.WithDbAsync<IReadOnlyDictionary<string, long>>(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                var tables = new List<string>();
                await using (var list = connection.CreateCommand())
                {
                    list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                    await using var reader = await list.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        tables.Add(reader.GetString(0));
                    }
                }

                var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
                foreach (var table in tables)
                {
                    counts[table] = await CountAsync(connection, table == "AuditEntries" ? AuditEntriesCount : $"SELECT COUNT(*) FROM \"{table}\"");
                }

                return counts;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    /// <summary>"Table: before → after" for every table whose count changed.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        [.. before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t, -1) != after.GetValueOrDefault(t, -1))
            .Select(t => $"{t}: {before.GetValueOrDefault(t, -1)} → {after.GetValueOrDefault(t, -1)}")];

    private static async Task<long> CountAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
