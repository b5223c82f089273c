using System.Text.Json.Serialization;
using EmployerPortal.Infrastructure.Idempotency;
using EmployerPortal.Infrastructure.Identity.ApiKeys;
using EmployerPortal.Web.Api.AccountRequests;
using EmployerPortal.Web.Api.Authorizations;
using EmployerPortal.Web.Api.Clinics;
using EmployerPortal.Web.Api.Companies;
using EmployerPortal.Web.Api.Infrastructure;
using Scalar.AspNetCore;
using EmployerPortal.Web.Api.Visits;

namespace EmployerPortal.Web.Api;

/// <summary>
/// The ops API, <c>/api/ops/v1</c>: JSON (camelCase, enums as strings), API key in <c>X-Api-Key</c>, errors as
/// RFC 9457 ProblemDetails, <c>Idempotency-Key</c> on POSTs, 1 MB request bodies unless an endpoint says otherwise.
/// Each module maps its endpoints onto the group; scopes are enforced by the mediator pipeline.
/// </summary>
public static class OpsApi
{
    public const string Policy = "OpsApi";
    public const string BasePath = "/api/ops/v1";
    public const string DocumentName = "v1";

    /// <summary>The body limit of every ops endpoint; override per endpoint with <see cref="WithRequestSizeLimit{TBuilder}"/>.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static RouteGroupBuilder MapOpsApi(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup(BasePath)
            .RequireAuthorization(Policy)
            .WithTags("Ops")
            .WithRequestSizeLimit(DefaultMaxRequestBodyBytes)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        ((IEndpointConventionBuilder)ops).Add(OpsApiConventions.DescribeBodyAndIdempotencyAnswers);

        ops.MapCompaniesEndpoints();
        ops.MapAccountRequestsEndpoints();
        ops.MapVisitsEndpoints();
        ops.MapAuthorizationsEndpoints();
        ops.MapClinicsEndpoints();

        // The document and the interactive reference are open in Development; elsewhere they need an ops key like the API.
        // The reference's page carries a per-request nonce that the security headers put in its Content-Security-Policy.
        var openApi = app.MapOpenApi("/openapi/{documentName}.json");
        var reference = app.MapScalarApiReference("/scalar", options => options.WithTitle("Employer Portal ops API").WithNonce());
        if (!app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            openApi.RequireAuthorization(Policy);
            reference.RequireAuthorization(Policy);
        }

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

        services.AddOpsApiInfrastructure();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Bad JSON is thrown rather than answered with an empty 400, so it becomes a ProblemDetails like every other error.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi(DocumentName, OpsOpenApi.Configure);
        return services;
    }

    /// <summary>Size limit, then idempotent replay, for ops requests. Runs after authentication and authorization.</summary>
    public static IApplicationBuilder UseOpsApi(this IApplicationBuilder app) => app.UseMiddleware<OpsApiRequestMiddleware>();

    /// <summary>Overrides the request body limit of an endpoint (e.g. 20 MB for document uploads).</summary>
    public static TBuilder WithRequestSizeLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimit(maxBytes));
}
