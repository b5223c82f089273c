using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmployerPortal.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel (loopback, random port, its own SQLite file and demo data) and Debian's
/// Chromium driven by Playwright. One per test class; each test gets a fresh browser context.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture() => Portal = CreatePortal();

    public PortalFactory Portal { get; }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    /// <summary>The ops API of the running server, with the Development key (as the clinic system calls it).</summary>
    public HttpClient OpsClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", EmployerPortal.Web.FunctionalTests.Infrastructure.PortalFactory.DevelopmentApiKey);
        return client;
    }

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected virtual PortalFactory CreatePortal() => new();

    public async Task InitializeAsync()
    {
        Portal.UseKestrel(0);
        Portal.StartServer();
        var address = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, AcceptDownloads = true });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string email, string password = DemoDataSeeder.DemoPassword)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, email, password);
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password = DemoDataSeeder.DemoPassword)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Saves a screenshot of the page and fails on any serious or critical accessibility violation (axe).</summary>
    public static async Task CheckPageAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });
        var results = await page.RunAxe();
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        serious.ShouldBeEmpty($"Accessibility violations on {name}:\n{string.Join('\n', serious)}");
    }
}
