namespace EmployerPortal.Infrastructure.Idempotency;

/// <summary>
/// The first answer to an ops POST sent with an <c>Idempotency-Key</c>: a retry with the same key gets it again
/// instead of running the request twice. Keys are per API client.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        ClientName = null!;
        Key = null!;
        RequestHash = null!;
        ResponseBody = null!;
    }

    /// <summary>The status of a reservation whose request is still running.</summary>
    public const int Pending = 0;

    public long Id { get; private set; }

    public string ClientName { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 of method, path and body: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; }

    public int StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public byte[] ResponseBody { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsPending => StatusCode == Pending;

    /// <summary>Holds the key for a request about to run; its answer is stored when it completes.</summary>
    public static IdempotencyRecord Reserve(string clientName, string key, string requestHash, DateTimeOffset now) =>
        Create(clientName, key, requestHash, Pending, null, null, [], now);

    public static IdempotencyRecord Create(
        string clientName, string key, string requestHash, int statusCode, string? contentType, string? location, byte[] responseBody, DateTimeOffset now) =>
        new()
        {
            ClientName = clientName,
            Key = key,
            RequestHash = requestHash,
            StatusCode = statusCode,
            ContentType = contentType,
            Location = location,
            ResponseBody = responseBody,
            CreatedAt = now,
        };
}
