using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmployerPortal.Web.FunctionalTests.OnPostgres;

/// <summary>
/// The real portal on the PostgreSQL lane's server (<c>PORTAL_TEST_POSTGRES</c>, set by build/test.sh): a database of
/// its own, migrated and seeded by the host at start as on SQLite, keys in the database encrypted with a throw-away
/// certificate, dropped afterwards. Compiled only with <c>-p:PostgresLane=true</c>.
/// </summary>
public sealed class PostgresPortalFactory : PortalFactory
{
    private readonly string _server = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("PORTAL_TEST_POSTGRES is not set: the PostgreSQL lane of build/test.sh starts a server and sets it.");

    private readonly string _name = $"portal_ft_{Guid.NewGuid():N}";

    public PostgresPortalFactory()
    {
        using var server = new NpgsqlConnection(_server);
        server.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", server);
        create.ExecuteNonQuery();

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal-test-keys", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        CertificatePath = Path.Combine(DataDirectory, "keys.pfx");
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, "test"));
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    private string CertificatePath { get; }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Portal"] = ConnectionString,
        ["DataProtection:CertificatePath"] = CertificatePath,
        ["DataProtection:CertificatePassword"] = "test",
    };

    protected override PortalDbContext CreateUnscopedContext(IServiceProvider services) =>
        new PostgresPortalDbContext(services.GetRequiredService<DbContextOptions<PostgresPortalDbContext>>());

    protected override async Task AfterHostStoppedAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(_server);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
