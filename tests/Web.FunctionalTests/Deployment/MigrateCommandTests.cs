using EmployerPortal.Application;
using EmployerPortal.Infrastructure;
using EmployerPortal.Web;
using EmployerPortal.Web.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace EmployerPortal.Web.FunctionalTests.Deployment;

/// <summary>
/// <c>dotnet run --project src/Web -- migrate</c> on a database that has never been migrated, composed exactly as
/// Program.cs composes the host (nodes run with <c>Database:MigrateOnStartup=false</c> in production).
/// </summary>
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "employer-portal-tests", Guid.NewGuid().ToString("N"));
    private WebApplication app = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = dataDirectory,
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateOnStartup"] = "false",
        });
        builder.Services
            .AddApplication()
            .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
            .AddWeb(builder.Configuration, builder.Environment);
        app = builder.Build();
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task<(int ExitCode, string Output, string Error)> MigrateAsync(params string[] options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await MigrateCommandLine.RunAsync(app.Services, ["migrate", .. options], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "portal.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    [Fact]
    public async Task Check_reports_the_pending_migrations_with_its_own_exit_code_and_changes_nothing()
    {
        var (exitCode, output, _) = await MigrateAsync("--check");

        exitCode.ShouldBe(MigrateCommandLine.PendingExitCode);
        output.ShouldContain("InitialCreate");
        (await TablesAsync()).ShouldNotContain("Companies");
    }

    [Fact]
    public async Task Migrate_creates_the_schema_once_and_then_reports_the_database_current()
    {
        var first = await MigrateAsync();

        first.ExitCode.ShouldBe(0);
        var migrations = typeof(EmployerPortal.Infrastructure.Persistence.SqlitePortalDbContext).Assembly.GetTypes()
            .Count(t => t.Namespace?.EndsWith("Migrations.Sqlite", StringComparison.Ordinal) == true
                && t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        migrations.ShouldBeGreaterThan(1);
        first.Output.ShouldContain($"Applied {migrations} migration(s)");
        var tables = await TablesAsync();
        tables.ShouldContain("Companies");
        tables.ShouldContain("VisitResults");
        tables.ShouldContain("__EFMigrationsHistory");

        var second = await MigrateAsync();
        second.ExitCode.ShouldBe(0);
        second.Output.ShouldContain("up to date");
        (await MigrateAsync("--check")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Script_prints_the_schema_without_touching_the_database()
    {
        var (exitCode, output, _) = await MigrateAsync("--script");

        exitCode.ShouldBe(0);
        output.ShouldContain("CREATE TABLE \"Companies\"");
        (await TablesAsync()).ShouldNotContain("Companies");
    }

    [Fact]
    public async Task An_unknown_option_prints_the_usage_and_fails()
    {
        var (exitCode, _, error) = await MigrateAsync("--everything");

        exitCode.ShouldBe(2);
        error.ShouldContain("migrate --check");
    }
}
