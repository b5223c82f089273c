using System.Collections.Concurrent;
using System.Net.Http.Json;
using EmployerPortal.Tests.Pdf;
using EmployerPortal.Web.CommandLine;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using EmployerPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EmployerPortal.Web.FunctionalTests.Security;

/// <summary>The portal with a logger provider that keeps every entry, to assert what is logged at which level.</summary>
public sealed class LogCapturingPortalFactory : PortalFactory
{
    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(Logs)));
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

/// <summary>Issue 13 item 7: an expected 4xx answer is not an error with a stack trace; a 5xx still is.</summary>
public sealed class ExpectedErrorLoggingTests(LogCapturingPortalFactory portal) : IClassFixture<LogCapturingPortalFactory>
{
    public static TheoryData<string, int> ClientErrors() => new()
    {
        { "ops 404", 404 },
        { "ops 400", 400 },
        { "ops 403", 403 },
        { "ops 409", 409 },
        { "ops 415", 415 },
        { "ops 422", 422 },
        { "page 404", 404 },
    };

    [Theory]
    [MemberData(nameof(ClientErrors))]
    public async Task An_expected_4xx_is_logged_at_information_without_a_stack_trace(string request, int status)
    {
        var send = await ArrangeAsync(request);
        portal.Logs.Clear();

        var response = await send();

        ((int)response.StatusCode).ShouldBe(status);
        var entries = portal.Logs.Entries.Where(e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || e.Category.StartsWith("EmployerPortal.Web", StringComparison.Ordinal)).ToList();
        entries.Where(e => e.Level >= LogLevel.Error).ShouldBeEmpty();
        entries.Where(e => e.Exception is not null && e.Level >= LogLevel.Information).ShouldBeEmpty();
        entries.ShouldContain(e => e.Level == LogLevel.Information && e.Message.StartsWith($"Answered {status} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_5xx_is_still_logged_as_an_error_with_its_exception()
    {
        var handler = ActivatorUtilities.CreateInstance<ProblemDetailsExceptionHandler>(portal.Services);
        var http = new DefaultHttpContext { RequestServices = portal.Services, Response = { Body = new MemoryStream() } };
        http.Request.Path = "/api/ops/v1/visits";
        portal.Logs.Clear();

        (await handler.TryHandleAsync(http, new InvalidOperationException("a bug"), CancellationToken.None)).ShouldBeTrue();

        http.Response.StatusCode.ShouldBe(StatusCodes.Status500InternalServerError);
        portal.Logs.Entries.ShouldContain(e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }

    private async Task<Func<Task<HttpResponseMessage>>> ArrangeAsync(string request)
    {
        var ops = new OpsVisitsClient(portal.OpsClient());
        switch (request)
        {
            case "ops 404":
                return () => ops.Http.GetAsync("/api/ops/v1/companies/999999");
            case "ops 400":
                return () => ops.Http.PostAsJsonAsync("/api/ops/v1/visits", new { });
            case "ops 403":
                var output = new StringWriter();
                (await OpsKeyCommandLine.RunAsync(portal.Services, ["ops-key", "create", "--name", "log-" + Guid.NewGuid().ToString("N")[..8], "--scopes", "account-requests"], output, new StringWriter())).ShouldBe(0);
                var narrow = portal.OpsClient(output.ToString().Trim().Split('\n')[^1].Trim());
                return () => narrow.GetAsync("/api/ops/v1/companies/100200");
            case "ops 409":
                var id = OpsVisitsClient.NewId("V");
                (await ops.RegisterAsync(OpsVisitsClient.VisitBody(id))).EnsureSuccessStatusCode();
                return () => ops.RegisterAsync(OpsVisitsClient.VisitBody(id, clinic: "Another Clinic"));
            case "ops 415":
                var forNotPdf = await ops.RegisterVisitAsync();
                return () => ops.UploadAsync(forNotPdf, OpsVisitsClient.Metadata("LOG-415"), "not a pdf"u8.ToArray());
            case "ops 422":
                var forHostile = await ops.RegisterVisitAsync();
                return () => ops.UploadAsync(forHostile, OpsVisitsClient.Metadata("LOG-422"), HostilePdfs.SelfReferencingKids());
            default:
                var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
                return () => client.GetAsync($"/Results/Document/{Guid.NewGuid()}");
        }
    }
}
