using EmployerPortal.Application;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure;
using EmployerPortal.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// The portal's own composition root (the same three calls as Program.cs) over a given SQLite file and data folder,
/// built but not started: no web server, no Hangfire server, just the container the requests and jobs run in.
/// Logging is kept at Error so the benchmark measures neither console output nor "was slow" warnings.
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static PortalHost Create(string databasePath, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [PortalHostSettings.ReadConfigurationOnce],
            EnvironmentName = Environments.Production,
            ContentRootPath = dataDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = dataDirectory,
            ["ConnectionStrings:Portal"] = $"Data Source={databasePath}",
            ["Database:Provider"] = "Sqlite",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services
            .AddApplication()
            .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
            .AddWeb(builder.Configuration, builder.Environment);
        return new PortalHost(builder.Build());
    }

    /// <summary>Sends a query in a scope of its own, as the given actor: what a request does.</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICurrentUser actor, IQuery<TResponse> query)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAs(actor);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
