using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using EmployerPortal.Infrastructure.Idempotency;
using EmployerPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace EmployerPortal.Web.Api.Infrastructure;

/// <summary>
/// For ops API requests: refuses a body over the endpoint's size limit (413), and makes POSTs carrying an
/// <c>Idempotency-Key</c> safe to retry. The first successful (2xx) answer is stored with a hash of the request;
/// a retry with the same key and the same request gets that answer again (header <c>Idempotent-Replayed: true</c>)
/// and changes nothing; the same key with a different request is refused with 422. The key is reserved before the
/// request runs, so a retry racing the first request waits for its answer and replays it. Error answers are not
/// stored: they changed nothing, so the key is given up and a retry simply runs again. Keys are scoped per API client.
/// </summary>
public sealed class OpsApiRequestMiddleware(RequestDelegate next)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxIdempotencyKeyLength = 200;

    /// <summary>How long a retry waits for the first request with its key to answer, before saying it is still running.</summary>
    public static readonly TimeSpan MaxWaitForFirstAnswer = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task InvokeAsync(HttpContext context, IIdempotencyStore store, TimeProvider clock, IProblemDetailsService problems)
    {
        if (!context.Request.Path.StartsWithSegments(OpsApi.BasePath))
        {
            await next(context);
            return;
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status413PayloadTooLarge, "Request too large.", $"This endpoint accepts at most {max:N0} bytes.");
            return;
        }

        var key = context.Request.Headers[IdempotencyKeyHeader].ToString();
        var client = context.User.FindFirstValue(PortalClaimTypes.OpsClient);
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || client is null)
        {
            await next(context);
            return;
        }

        if (key.Length > MaxIdempotencyKeyLength)
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status400BadRequest, "Bad Idempotency-Key.", $"An Idempotency-Key has at most {MaxIdempotencyKeyLength} characters.");
            return;
        }

        var requestHash = await HashRequestAsync(context.Request, context.RequestAborted);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var reservation = await store.ReserveAsync(client, key, requestHash, clock.GetUtcNow(), context.RequestAborted);
            if (reservation.ReservationId is { } reservationId)
            {
                await RunAndKeepAnswerAsync(context, store, reservationId);
                return;
            }

            if (reservation.Existing is { } first)
            {
                if (first.RequestHash != requestHash)
                {
                    await WriteProblemAsync(context, problems, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.",
                        "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
                    return;
                }

                if (!first.IsPending)
                {
                    await ReplayAsync(context, first);
                    return;
                }
            }

            // The first request with this key is still running (on this node or another): wait for its answer.
            if (waited.Elapsed > MaxWaitForFirstAnswer)
            {
                await WriteProblemAsync(context, problems, StatusCodes.Status409Conflict, "Request in progress.",
                    "A request with this Idempotency-Key is still being processed. Retry it in a moment to get its answer.");
                return;
            }

            await Task.Delay(PollInterval, context.RequestAborted);
        }
    }

    /// <summary>Runs the request that holds the key; keeps a 2xx answer for retries and gives the key up otherwise.</summary>
    private async Task RunAndKeepAnswerAsync(HttpContext context, IIdempotencyStore store, long reservationId)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await store.ReleaseAsync(reservationId, CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode is >= 200 and < 300)
        {
            await store.CompleteAsync(reservationId, context.Response.StatusCode, context.Response.ContentType,
                context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, body, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(reservationId, CancellationToken.None);
        }

        await original.WriteAsync(body, context.RequestAborted);
    }

    private static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord first)
    {
        context.Response.StatusCode = first.StatusCode;
        if (first.ContentType is not null)
        {
            context.Response.ContentType = first.ContentType;
        }

        if (first.Location is not null)
        {
            context.Response.Headers.Location = first.Location;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(first.ResponseBody, context.RequestAborted);
    }

    private static async Task WriteProblemAsync(HttpContext context, IProblemDetailsService problems, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            // An Accept header without JSON: still ProblemDetails JSON (WriteAsync would throw, a 500).
            await TypedResults.Problem(problem).ExecuteAsync(context);
        }
    }
}
