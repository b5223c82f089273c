using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>Recognises a unique-index or primary-key collision on each provider, so it can answer 409 instead of 500.</summary>
internal static class UniqueKeyViolations
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqlServerDuplicateKeyInIndex = 2601;
    private const int SqlServerDuplicateKeyInConstraint = 2627;
    private const string PostgresUniqueViolation = "23505";

    public static bool IsUniqueKeyViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKeyInIndex or SqlServerDuplicateKeyInConstraint,
        PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
