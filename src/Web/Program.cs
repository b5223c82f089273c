using EmployerPortal.Application;
using EmployerPortal.Infrastructure;
using EmployerPortal.Web;
using EmployerPortal.Web.CommandLine;

// The configuration is read once, at start (options are validated then; a change takes a restart, as on every node).
// Reload-on-change would watch every folder under the content root, the data folder among them: an inotify watch per
// documents/ab/cd folder (up to 65,792) and an event to handle for every document written, renamed or deleted.
var builder = WebApplication.CreateBuilder([.. args, PortalHostSettings.ReadConfigurationOnce]);

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
    .AddWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

if (OpsKeyCommandLine.Handles(args))
{
    return await OpsKeyCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (MigrateCommandLine.Handles(args))
{
    return await MigrateCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.UsePortalPipeline();
app.MapPortalEndpoints();
await app.PrepareDatabaseAsync();

await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so the functional tests can start it.</summary>
public partial class Program;
