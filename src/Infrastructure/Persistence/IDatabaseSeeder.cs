namespace EmployerPortal.Infrastructure.Persistence;

/// <summary>
/// Fills a database after migration. The product has none: the demo data (tools/DemoData) adds one in Development,
/// and the host runs it only when <c>Portal:SeedDemoData</c> is on in the Development environment.
/// </summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
