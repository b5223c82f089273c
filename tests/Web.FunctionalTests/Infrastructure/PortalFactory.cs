using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.DemoData;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace EmployerPortal.Web.FunctionalTests.Infrastructure;

/// <summary>
/// The real portal over a real SQLite file of its own (one per test class), in the Development environment
/// with the demo data of DESIGN §7 (tools/DemoData) and no background job server unless the fixture asks.
/// Time is a <see cref="FakeTimeProvider"/> that starts at the real now.
/// </summary>
public partial class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DevelopmentApiKey = "dev-ops-key-change-me";

    public PortalFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "employer-portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The demo company Acme's zone (Dallas): the portal's dates for Acme are its local dates.</summary>
    public static readonly TimeZoneInfo AcmeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    /// <summary>Today as Acme's pages say it (not the UTC date, which differs every evening).</summary>
    public DateOnly AcmeToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), AcmeZone).DateTime);

    /// <summary>Extra configuration a derived fixture wants (e.g. SMTP settings).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>
    /// Whether the host runs the background job server and its recurring sweeps. Off unless a fixture about jobs asks:
    /// hosts running sweeps in parallel would act on each other's timing; tests run the work they check explicitly.
    /// </summary>
    protected virtual bool RunsJobServer => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        builder.UseSetting("Portal:SeedDemoData", "true");
        builder.UseSetting("Portal:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Jobs:ServerEnabled", RunsJobServer ? "true" : "false");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddDemoData();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await AfterHostStoppedAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool: the temp folder is cleaned by the OS.
        }
    }

    /// <summary>What a derived fixture removes once the host has stopped (e.g. its server database).</summary>
    protected virtual Task AfterHostStoppedAsync() => Task.CompletedTask;

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real sign-in form (antiforgery included) and returns the signed-in client.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = DemoDataSeeder.DemoPassword)
    {
        var client = CreateBrowserLikeClient();
        var response = await PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>GETs the page, takes its antiforgery token and posts the form fields to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> fields, string? formPageUrl = null)
    {
        var page = await client.GetStringAsync(formPageUrl ?? url);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static string AntiforgeryToken(string html) =>
        AntiforgeryTokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>A client of the ops API with the given key (the Development key by default).</summary>
    public HttpClient OpsClient(string? apiKey = DevelopmentApiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>
    /// Reads or changes the database directly, for arranging and asserting what the UI or API cannot show: a context
    /// made outside any request, so it sees every company (no tenant filters).
    /// </summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = CreateUnscopedContext(scope.ServiceProvider);
        return await work(db);
    }

    /// <summary>A context of the host's provider made outside any request (no tenant filters).</summary>
    protected virtual PortalDbContext CreateUnscopedContext(IServiceProvider services) =>
        new SqlitePortalDbContext(services.GetRequiredService<DbContextOptions<SqlitePortalDbContext>>());

    /// <summary>Sends a message through the real pipeline as the given actor (the system by default).</summary>
    public async Task<TResponse> SendAsync<TResponse>(Func<ISender, ValueTask<TResponse>> send, ICurrentUser? actor = null)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAs(actor ?? FixedActor.System);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryTokenPattern();
}
