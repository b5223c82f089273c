using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.IntegrationTests.Persistence;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EmployerPortal.Infrastructure.IntegrationTests.OnPostgres;

/// <summary>
/// A database of its own on the PostgreSQL lane's server (<c>PORTAL_TEST_POSTGRES</c>, set by build/test.sh), with the
/// real migrations applied, dropped afterwards. These files are compiled only with <c>-p:PostgresLane=true</c>.
/// </summary>
public sealed class PostgresDatabase(bool migrate = true) : IPortalTestDatabase
{
    public const string ConnectionVariable = "PORTAL_TEST_POSTGRES";

    private readonly string _name = $"portal_it_{Guid.NewGuid():N}";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ConnectionVariable} is not set: the PostgreSQL lane of build/test.sh starts a server and sets it.");

    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        if (migrate)
        {
            await using var db = CreateContext();
            await db.Database.MigrateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    private DbContextOptions<PostgresPortalDbContext> Options =>
        new DbContextOptionsBuilder<PostgresPortalDbContext>()
            .UseNpgsql(ConnectionString)
            .AddInterceptors(new EmployerPortal.Infrastructure.Results.ResultSearchColumnsInterceptor())
            .Options;

    public PostgresPortalDbContext CreateContext() => new(Options);

    public PostgresPortalDbContext CreateContext(ITenantContext tenant) => new(Options, tenant);

    PortalDbContext IPortalTestDatabase.CreatePortalContext() => CreateContext();

    PortalDbContext IPortalTestDatabase.CreatePortalContext(ITenantContext tenant) => CreateContext(tenant);
}
