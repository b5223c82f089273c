using EmployerPortal.Infrastructure.Identity.ApiKeys;
using EmployerPortal.Web.Api.Authorizations;

namespace EmployerPortal.Web.Api;

/// <summary>
/// The ops API, <c>/api/ops/v1</c>: JSON, API key in <c>X-Api-Key</c>, errors as RFC 9457 ProblemDetails.
/// Each module maps its endpoints onto the group; scopes are enforced by the mediator pipeline.
/// </summary>
public static class OpsApi
{
    public const string Policy = "OpsApi";

    public static RouteGroupBuilder MapOpsApi(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/api/ops/v1")
            .RequireAuthorization(Policy)
            .WithTags("Ops");
        ops.MapAuthorizationsEndpoints();
        return ops;
    }

    public static IServiceCollection AddOpsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication()
            .AddScheme<OpsApiKeyOptions, OpsApiKeyAuthenticationHandler>(OpsApiKeyOptions.Scheme, options =>
                options.DevelopmentApiKey = configuration["Ops:DevelopmentApiKey"]);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy
                .AddAuthenticationSchemes(OpsApiKeyOptions.Scheme)
                .RequireClaim(EmployerPortal.Infrastructure.Identity.PortalClaimTypes.OpsClient));
        return services;
    }
}
