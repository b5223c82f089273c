using EmployerPortal.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace EmployerPortal.Web.FunctionalTests.OpsApi;

public sealed class RequestSizeLimitTests
{
    [Fact]
    public async Task An_endpoint_s_own_limit_overrides_the_one_megabyte_limit_of_the_ops_group()
    {
        await using var app = WebApplication.CreateBuilder().Build();
        var ops = app.MapGroup("/api/ops/v1").WithRequestSizeLimit(EmployerPortal.Web.Api.OpsApi.DefaultMaxRequestBodyBytes);
        ops.MapPost("/small", () => TypedResults.Ok());
        ops.MapPost("/upload", () => TypedResults.Ok()).WithRequestSizeLimit(20 * 1024 * 1024);

        var limits = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .ToDictionary(e => e.RoutePattern.RawText!, e => e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()!.MaxRequestBodySize);

        limits["/api/ops/v1/small"].ShouldBe(1024 * 1024);
        limits["/api/ops/v1/upload"].ShouldBe(20 * 1024 * 1024);
    }
}
