using System.Diagnostics;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Infrastructure.Identity.ApiKeys;
using EmployerPortal.Infrastructure.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EmployerPortal.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry for the host: traces and metrics of ASP.NET Core, EF Core, outgoing HTTP, the background jobs and the
/// email outbox (<see cref="PortalTelemetry"/>). They leave the process over OTLP only when an endpoint is configured
/// (<c>OpenTelemetry:OtlpEndpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); metrics can also be scraped by
/// Prometheus at <c>/metrics</c> with an ops API key holding the <c>metrics</c> scope.
/// No medical data in attributes: request query strings are redacted (the instrumentation's default, kept), EF Core records
/// the SQL text (values are parameters) and never the parameters' values (<see cref="DropQueryParameters"/>), and nothing here
/// enriches spans with a body or a user.
/// </summary>
public static class PortalTelemetryRegistration
{
    public const string MetricsPath = "/metrics";
    public const string MetricsPolicy = "OpsMetrics";

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlpEndpoint = OtlpEndpoint(configuration);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                configuration["OpenTelemetry:ServiceName"] ?? "employer-portal",
                serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(PortalTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddProcessor(new DropQueryParameters());
                if (otlpEndpoint is not null)
                {
                    tracing.AddOtlpExporter(options => options.Endpoint = otlpEndpoint);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(PortalTelemetry.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddPrometheusExporter();
                if (otlpEndpoint is not null)
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = otlpEndpoint);
                }
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(MetricsPolicy, policy => policy
                .AddAuthenticationSchemes(OpsApiKeyOptions.Scheme)
                .RequireClaim(PortalClaimTypes.OpsClient)
                .RequireClaim(PortalClaimTypes.OpsScope, OpsScopes.Metrics));
        return services;
    }

    /// <summary>The Prometheus scrape endpoint, for ops keys with the <c>metrics</c> scope only.</summary>
    public static IEndpointRouteBuilder MapPortalMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(MetricsPolicy);
        return app;
    }

    /// <summary><c>OpenTelemetry:OtlpEndpoint</c>, else <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, else none (nothing leaves the process).</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var value = configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        }

        return string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.Absolute);
    }
}

/// <summary>
/// Removes <c>db.query.parameter.*</c> attributes before any exporter sees a span. EF Core's instrumentation records them only
/// when OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS is true; a search's parameter is an employee's name,
/// so that switch must not be able to put one in a trace.
/// </summary>
public sealed class DropQueryParameters : BaseProcessor<Activity>
{
    private const string Prefix = "db.query.parameter.";

    public override void OnEnd(Activity data)
    {
        List<string>? keys = null;
        foreach (var tag in data.TagObjects)
        {
            if (tag.Key.StartsWith(Prefix, StringComparison.Ordinal))
            {
                (keys ??= []).Add(tag.Key);
            }
        }

        foreach (var key in keys ?? [])
        {
            data.SetTag(key, null);
        }
    }
}
