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
