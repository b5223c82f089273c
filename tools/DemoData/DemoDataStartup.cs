using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(DemoDataStartup))]

namespace EmployerPortal.DemoData;

/// <summary>
/// Loaded by the portal in Development when <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES</c> names this assembly (the
/// <c>dotnet run</c> profile does): registers the demo seeder, which the host runs after migrating when
/// <c>Portal:SeedDemoData</c> is on.
/// </summary>
public sealed class DemoDataStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices(services => services.AddDemoData());
}

public static class DemoDataModule
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) =>
        services.AddScoped<IDatabaseSeeder, DemoDataSeeder>();
}
