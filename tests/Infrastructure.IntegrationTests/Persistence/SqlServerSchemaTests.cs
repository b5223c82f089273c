using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmployerPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>No SQL Server runs here: the SQL Server path is kept honest by building its migration script offline.</summary>
public sealed class SqlServerSchemaTests
{
    private static SqlServerPortalDbContext CreateContext() => new(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
        .UseSqlServer("Server=unused.invalid;Database=EmployerPortal;Trusted_Connection=True;TrustServerCertificate=True")
        .Options);

    [Fact]
    public void The_sql_server_migrations_create_every_table_of_the_model()
    {
        using var db = CreateContext();
        var script = db.GetService<IMigrator>().GenerateScript();

        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        tables.ShouldContain("Companies");
        tables.ShouldContain("VisitResults");
        foreach (var table in tables)
        {
            script.ShouldContain($"CREATE TABLE [{table}]", customMessage: $"the SQL Server migrations do not create {table}");
        }
    }

    [Fact]
    public void The_sql_server_migrations_are_up_to_date_with_the_model()
    {
        using var db = CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run build/db/add-migration.sh (or regenerate-migrations.sh before the first release)");
    }

    [Fact]
    public async Task The_sqlite_migrations_are_up_to_date_with_the_model()
    {
        var database = new SqliteDatabase();
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run build/db/add-migration.sh (or regenerate-migrations.sh before the first release)");
    }

    [Fact]
    public void The_deploy_script_for_sql_server_guards_every_migration_so_it_can_run_twice()
    {
        using var db = CreateContext();
        var migrator = new DatabaseMigrator(db, Microsoft.Extensions.Options.Options.Create(new DatabaseOptions { Provider = DatabaseProvider.SqlServer }));

        var script = migrator.Script();

        script.ShouldContain("CREATE TABLE [Companies]");
        script.ShouldContain("SELECT * FROM [__EFMigrationsHistory]");
        script.ShouldContain("WHERE [MigrationId] = N'");
    }
}
