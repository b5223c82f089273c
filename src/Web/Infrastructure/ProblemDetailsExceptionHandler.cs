using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EmployerPortal.Web.Infrastructure;

/// <summary>
/// The one exception-to-answer mapping (STYLE: 404, 400, 403, 409 as RFC 9457 ProblemDetails). API requests get
/// ProblemDetails JSON; page requests fall through to the friendly error page with the same status code.
/// Logging: a 5xx is an error, logged with its stack trace; an expected 4xx (not found, forbidden, invalid, conflict,
/// refused content) is the client's mistake, logged at Information without a stack trace, and the exception
/// handler middleware's own error log of it is suppressed (<see cref="IsServerError"/>).
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public static int StatusCodeFor(Exception exception) => exception switch
    {
        ValidationFailedException => StatusCodes.Status400BadRequest,
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        ForbiddenAccessException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException or BusinessRuleViolationException => StatusCodes.Status409Conflict,
        ContentTooLargeException => StatusCodes.Status413PayloadTooLarge,
        UnsupportedContentException => StatusCodes.Status415UnsupportedMediaType,
        UnprocessableContentException or DocumentMergeFailedException => StatusCodes.Status422UnprocessableEntity,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Whether the exception is ours to fix (5xx, logged as an error) rather than an expected answer to a client.</summary>
    public static bool IsServerError(Exception exception) => StatusCodeFor(exception) >= StatusCodes.Status500InternalServerError;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = StatusCodeFor(exception);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception.GetType().Name, httpContext.TraceIdentifier, exception);
        }
        else
        {
            LogClientError(logger, status, exception.GetType().Name, httpContext.TraceIdentifier);
        }

        // The middleware has already rewritten Request.Path to /Error; the feature keeps the original path.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments("/api"))
        {
            return false;
        }

        var problem = ToProblem(exception, status);
        problem.Extensions["traceId"] = httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = status;
        if (!await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }))
        {
            // The client's Accept header rules out JSON (e.g. application/xml): the API answers in ProblemDetails JSON anyway,
            // rather than falling through to the HTML error page.
            await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        }

        return true;
    }

    private static ProblemDetails ToProblem(Exception exception, int status) => exception switch
    {
        ValidationFailedException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => CamelCasePath(e.Key), e => e.Value))
        {
            Status = status,
            Title = "One or more fields are invalid.",
        },
        BusinessRuleViolationException rule => new ProblemDetails
        {
            Status = status,
            Title = "The request conflicts with the current state.",
            Detail = rule.Message,
            Extensions = { ["rule"] = rule.RuleName },
        },
        ConcurrencyConflictException conflict => new ProblemDetails
        {
            Status = status,
            Title = "Changed by someone else.",
            Detail = conflict.Message,
            Extensions = { ["current"] = conflict.Current },
        },
        _ when status == StatusCodes.Status500InternalServerError => new ProblemDetails
        {
            Status = status,
            Title = "Something went wrong on our side.",
        },
        _ => new ProblemDetails { Status = status, Title = TitleFor(status), Detail = exception.Message },
    };

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Authentication required.",
        StatusCodes.Status403Forbidden => "Forbidden.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status409Conflict => "Conflict.",
        StatusCodes.Status413PayloadTooLarge => "Content too large.",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type.",
        StatusCodes.Status422UnprocessableEntity => "The content is refused.",
        _ => "Bad request.",
    };

    /// <summary>"FirstAdmin.Email" → "firstAdmin.email", matching the camelCase JSON the client sent.</summary>
    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} for request {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string traceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {StatusCode} ({ExceptionType}) to request {TraceId}")]
    private static partial void LogClientError(ILogger logger, int statusCode, string exceptionType, string traceId);
}
