using Microsoft.AspNetCore.Http.Metadata;

namespace EmployerPortal.Web.Api.Infrastructure;

/// <summary>
/// The largest request body an endpoint accepts. Routing applies it to the server for streamed bodies; the ops
/// middleware refuses a declared Content-Length over it with a 413 ProblemDetails before reading anything.
/// The last one added wins, so an endpoint's own limit overrides its group's.
/// </summary>
public sealed record RequestSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
