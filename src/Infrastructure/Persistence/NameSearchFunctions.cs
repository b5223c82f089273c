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
/// PostgreSQL: the same steps as the C# method in SQL — <c>unaccent</c> (the contrib extension the migration creates),
/// <c>lower</c>, the apostrophes and dots dropped, every other run of non-letters and non-digits one space, trimmed.
/// </summary>
internal static class NameSearchFunctions
{
    public const string SqliteName = "portal_name_key";
    public const string SqlServerCollation = "Latin1_General_100_CI_AI";

    public static readonly MethodInfo Normalize =
        typeof(EmployeeNameKey).GetMethod(nameof(EmployeeNameKey.Normalize), [typeof(string)])!;

    public const string PostgresExtension = "unaccent";
    public const string PostgresByteOrder = "C";

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

    public static void MapForPostgres(ModelBuilder builder)
    {
        builder.HasPostgresExtension(PostgresExtension);
        builder.HasDbFunction(Normalize).HasTranslation(arguments =>
        {
            var value = arguments[0];
            var mapping = value.TypeMapping;
            SqlExpression Call(string name, params SqlExpression[] args) => new SqlFunctionExpression(
                name,
                args,
                nullable: true,
                argumentsPropagateNullability: [.. args.Select((_, i) => i == 0)],
                typeof(string),
                mapping);
            SqlExpression Text(string text) => new SqlConstantExpression(text, typeof(string), mapping);

            var folded = Call("lower", Call(PostgresExtension, value));
            var dropped = Call("regexp_replace", folded, Text("['’.]"), Text(""), Text("g"));
            var spaced = Call("regexp_replace", dropped, Text("[^a-z0-9]+"), Text(" "), Text("g"));
            return Call("btrim", spaced);
        });
    }

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
