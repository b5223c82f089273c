using System.Diagnostics;
using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.Infrastructure.Telemetry;
using EmployerPortal.Web.CommandLine;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace EmployerPortal.Web.FunctionalTests.Telemetry;

/// <summary>The portal with its job server and an in-memory OpenTelemetry exporter beside its own setup.</summary>
public sealed class TelemetryPortalFactory : PortalFactory
{
    // The exporters add from the job server's and the metric reader's threads while the test copies: a plain List tore under that.
    private readonly LockedCollection<Activity> spans = new();
    private readonly LockedCollection<MetricSnapshot> metrics = new();

    protected override bool RunsJobServer => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        });
    }

    /// <summary>Every span and metric recorded so far (the exporters flushed first), copied so the test can read them at leisure.</summary>
    public (IReadOnlyList<Activity> Spans, IReadOnlyList<MetricSnapshot> Metrics) Flush()
    {
        Services.GetRequiredService<TracerProvider>().ForceFlush();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        return (spans.Snapshot(), metrics.Snapshot());
    }
}

public sealed class TelemetryTests(TelemetryPortalFactory portal) : IClassFixture<TelemetryPortalFactory>
{
    private static string Letters() => string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6)).PadRight(6, 'q');

    [Fact]
    public async Task Searching_results_traces_the_request_the_queries_and_the_jobs_without_the_employees_name_in_any_attribute()
    {
        var first = "Zébulon" + Letters();
        var last = "Quintañilla" + Letters();
        var ops = new OpsVisitsClient(portal.OpsClient());
        var visit = await ops.RegisterVisitAsync(firstName: first, lastName: last, employeeId: null);
        var document = await ops.UploadDocumentAsync(visit);
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var byName = await client.GetStringAsync($"/Results?Name={Uri.EscapeDataString(last.ToUpperInvariant())}");
        var byFullName = await client.GetStringAsync($"/Results?Name={Uri.EscapeDataString(first + " " + last)}");
        ResultsPages.DocumentIds(byName).ShouldBe([document]);
        ResultsPages.DocumentIds(byFullName).ShouldBe([document]);
        var jobId = portal.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<EmailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        var (spans, metrics) = await WaitForAsync(s => s.Any(a => a.GetTagItem("portal.job.id") as string == jobId && a.GetTagItem(PortalTelemetry.OutcomeTag) is not null));

        // What the telemetry holds: the search requests, their EF Core queries, the job run and its outbox sweep, and their metrics.
        var routes = spans.Where(s => s.Kind == ActivityKind.Server).Select(s => s.GetTagItem("http.route") as string).ToHashSet();
        routes.ShouldContain("Results", $"server spans' routes: {string.Join(", ", routes)}");
        spans.ShouldContain(s => s.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore" && s.TagObjects.Any(t => t.Key == "db.query.text" || t.Key == "db.statement"));
        spans.ShouldContain(s => s.DisplayName == "job EmailOutboxJob.RunAsync" && s.GetTagItem(PortalTelemetry.JobTag) as string == "EmailOutboxJob.RunAsync");
        spans.ShouldContain(s => s.DisplayName == "email.outbox.sweep");
        var metricNames = metrics.Select(m => m.Name).ToHashSet();
        metricNames.ShouldContain("http.server.request.duration");
        metricNames.ShouldContain("portal.jobs.runs");
        metricNames.ShouldContain("portal.email.outbox.sweep.duration");

        // ...and none of it names the employee, in any spelling.
        var names = new[] { first, last }.SelectMany(n => new[] { n, n.ToUpperInvariant(), n[^6..] }).Select(n => n.ToLowerInvariant()).ToArray();
        var leaks = Attributes(spans, metrics).Where(a => names.Any(n => a.Value.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
        leaks.ShouldBeEmpty($"attributes naming the employee:\n{string.Join("\n", leaks.Select(l => $"{l.Where} {l.Key} = {l.Value}"))}");
    }

    [Fact]
    public async Task The_metrics_endpoint_answers_only_an_ops_key_with_the_metrics_scope()
    {
        (await portal.CreateBrowserLikeClient().GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await portal.OpsClient("not-a-key").GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var signedIn = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await signedIn.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var withoutScope = await CreateKeyAsync("metrics-no-scope", "companies,visits,authorizations,account-requests,jobs");
        var noScope = await portal.OpsClient(withoutScope).GetAsync("/metrics");
        noScope.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await noScope.Content.ReadAsStringAsync()).ShouldNotContain("http_server_request_duration");

        var metricsKey = await CreateKeyAsync("metrics-scrape", "metrics");
        var scraper = portal.CreateClient();
        scraper.DefaultRequestHeaders.Add("X-Api-Key", metricsKey);
        var response = await scraper.GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("http_server_request_duration_seconds");
        body.ShouldContain("target_info");
    }

    /// <summary>Every attribute of every span (with its events and links) and metric point, and the span and metric names.</summary>
    private static IEnumerable<(string Where, string Key, string Value)> Attributes(IReadOnlyList<Activity> spans, IReadOnlyList<MetricSnapshot> metrics)
    {
        foreach (var span in spans)
        {
            var where = $"span '{span.DisplayName}' ({span.Source.Name})";
            yield return (where, "name", span.DisplayName);
            yield return (where, "status", span.StatusDescription ?? "");
            foreach (var tag in span.TagObjects)
            {
                yield return (where, tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }

            foreach (var item in span.Baggage)
            {
                yield return (where, "baggage " + item.Key, item.Value ?? "");
            }

            foreach (var spanEvent in span.Events)
            {
                yield return (where, "event", spanEvent.Name);
                foreach (var tag in spanEvent.Tags)
                {
                    yield return (where, $"event {spanEvent.Name} {tag.Key}", Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }

            foreach (var link in span.Links)
            {
                foreach (var tag in link.Tags ?? [])
                {
                    yield return (where, $"link {tag.Key}", Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        foreach (var metric in metrics)
        {
            var where = $"metric '{metric.Name}'";
            yield return (where, "name", metric.Name);
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in point.Tags)
                {
                    yield return (where, tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }
        }
    }

    /// <summary>The telemetry once the job server has run the enqueued job (it runs on the server's own thread).</summary>
    private async Task<(IReadOnlyList<Activity> Spans, IReadOnlyList<MetricSnapshot> Metrics)> WaitForAsync(Func<IReadOnlyList<Activity>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var telemetry = portal.Flush();
            if (done(telemetry.Spans) || DateTime.UtcNow > deadline)
            {
                return telemetry;
            }

            await Task.Delay(200);
        }
    }

    private async Task<string> CreateKeyAsync(string name, string scopes)
    {
        var output = new StringWriter();
        var exitCode = await OpsKeyCommandLine.RunAsync(portal.Services, ["ops-key", "create", "--name", name, "--scopes", scopes], output, new StringWriter());
        exitCode.ShouldBe(0);
        return output.ToString().Trim().Split('\n')[^1].Trim();
    }
}
