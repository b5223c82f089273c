using System.Net;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Infrastructure.Identity.ApiKeys;
using EmployerPortal.Infrastructure.Jobs;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Web.Jobs;

/// <summary>The Hangfire dashboard for ops at <c>/ops/jobs</c>: failed runs and retries are visible there.</summary>
public static class JobsDashboard
{
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        var jobs = app.ServiceProvider.GetRequiredService<IOptions<JobsOptions>>().Value;
        var environment = app.ServiceProvider.GetRequiredService<IHostEnvironment>();
        app.MapHangfireDashboard(jobs.DashboardPath, new DashboardOptions
        {
            DashboardTitle = "Employer Portal jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [new OpsOnlyDashboardAuthorization(environment)],
        });
        return app;
    }
}

/// <summary>
/// Lets in ops only: a request carrying a valid ops API key with the <c>jobs</c> scope (the dashboard can trigger and
/// delete jobs, so a key for account requests or visits does not open it), or in Development a request from this
/// machine. A signed-in employer user is refused whatever else is true.
/// </summary>
public sealed class OpsOnlyDashboardAuthorization(IHostEnvironment environment) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.HasClaim(c => c.Type == PortalClaimTypes.CompanyId))
        {
            return false;
        }

        var ops = await http.AuthenticateAsync(OpsApiKeyOptions.Scheme);
        if (ops.Succeeded && ops.Principal.HasClaim(c => c.Type == PortalClaimTypes.OpsClient))
        {
            return ops.Principal.HasClaim(PortalClaimTypes.OpsScope, OpsScopes.Jobs);
        }

        return environment.IsDevelopment() && IsLocal(http.Connection);
    }

    private static bool IsLocal(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote
        && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
}
