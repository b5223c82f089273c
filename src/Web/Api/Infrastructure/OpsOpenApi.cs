using EmployerPortal.Infrastructure.Identity.ApiKeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EmployerPortal.Web.Api.Infrastructure;

/// <summary>The OpenAPI document of the ops API (<c>/openapi/v1.json</c>): ops endpoints only, API-key security, Idempotency-Key on POSTs.</summary>
internal static class OpsOpenApi
{
    public const string SecuritySchemeName = "ApiKey";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith(OpsApi.BasePath.TrimStart('/'), StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Employer Portal ops API";
            document.Info.Description =
                "For internal ops tooling. Send an API key in the X-Api-Key header. Errors are RFC 9457 ProblemDetails. " +
                "POSTs accept an Idempotency-Key header: a retry with the same key and body returns the first answer and changes nothing; " +
                "the same key with a different request is refused with 422.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = OpsApiKeyOptions.HeaderName,
                Description = "An ops API key, created with `ops-key create`.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] });
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (string.Equals(context.Description.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = OpsApiRequestMiddleware.IdempotencyKeyHeader,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "Makes a retry safe: the first answer is stored and returned again for the same key and body.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = OpsApiRequestMiddleware.MaxIdempotencyKeyLength },
                });
            }

            return Task.CompletedTask;
        });
    }
}
