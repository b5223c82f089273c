using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Deployment;

/// <summary>
/// The portal reads its configuration files once, at start: reload-on-change would put a watcher over the whole content
/// root, the data folder's document folders included (an inotify watch per folder, an event per document stored).
/// </summary>
public sealed class ConfigurationFileTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void The_configuration_files_are_read_once_and_not_watched()
    {
        var configuration = (IConfigurationRoot)portal.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        files.ShouldContain(f => f.Source.Path == "appsettings.json", "the portal reads appsettings.json");
        files.ShouldAllBe(f => !f.Source.ReloadOnChange, string.Join(", ", files.Where(f => f.Source.ReloadOnChange).Select(f => f.Source.Path)));
    }
}
