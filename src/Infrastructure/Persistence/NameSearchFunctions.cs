using System.Data.Common;
using System.Reflection;
using EmployerPortal.Application.Results;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// <see cref="EmployeeNameKey.Normalize"/> inside a query, so a name search on columns that hold the name as typed
/// (authorizations) folds case and accents the same way the results search does — without a stored key column.
/// SQLite: the same C# method, registered as the SQL function <c>portal_name_key</c> on every connection.
/// SQL Server: the value under an accent- and case-insensitive collation, with the punctuation the key drops removed.
/// </summary>
internal static class NameSearchFunctions
{
    public const string SqliteName = "portal_name_key";
    public const string SqlServerCollation = "Latin1_General_100_CI_AI";

    public static readonly MethodInfo Normalize =
        typeof(EmployeeNameKey).GetMethod(nameof(EmployeeNameKey.Normalize), [typeof(string)])!;

    public static readonly SqliteFunctionsInterceptor Interceptor = new();

    public static void MapForSqlite(ModelBuilder builder) => builder.HasDbFunction(Normalize).HasName(SqliteName);

    public static void MapForSqlServer(ModelBuilder builder) =>
        builder.HasDbFunction(Normalize).HasTranslation(arguments =>
        {
            var value = arguments[0];
            foreach (var (drop, with) in new[] { ("'", ""), ("’", ""), (".", ""), ("-", " "), (",", " ") })
            {
                value = new SqlFunctionExpression(
                    "REPLACE",
                    [value, new SqlConstantExpression(drop, typeof(string), value.TypeMapping), new SqlConstantExpression(with, typeof(string), value.TypeMapping)],
                    nullable: true,
                    argumentsPropagateNullability: [true, false, false],
                    typeof(string),
                    value.TypeMapping);
            }

            return new CollateExpression(value, SqlServerCollation);
        });

    /// <summary>Registers <c>portal_name_key</c> on each SQLite connection as it opens.</summary>
    internal sealed class SqliteFunctionsInterceptor : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Register(connection);
            return Task.CompletedTask;
        }

        private static void Register(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
            {
                sqlite.CreateFunction<string?, string>(SqliteName, EmployeeNameKey.Normalize, isDeterministic: true);
            }
        }
    }
}
