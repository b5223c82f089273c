using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace EmployerPortal.Web.Api.Infrastructure;

internal static class OpsApiConventions
{
    private static readonly string[] ProblemContentTypes = ["application/problem+json"];

    /// <summary>Every ops endpoint with a body may answer 413; every POST may answer 422 for a reused Idempotency-Key.</summary>
    public static void DescribeBodyAndIdempotencyAnswers(EndpointBuilder endpoint)
    {
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        if (methods.Any(m => HttpMethods.IsPost(m) || HttpMethods.IsPut(m)))
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails), ProblemContentTypes));
        }

        if (methods.Any(HttpMethods.IsPost))
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails), ProblemContentTypes));
        }
    }
}
