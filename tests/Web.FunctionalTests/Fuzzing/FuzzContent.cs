using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace EmployerPortal.Web.FunctionalTests.Fuzzing;

/// <summary>Request bodies for the fuzz cases, including the ones an ordinary client would never send.</summary>
internal static class FuzzContent
{
    public static HttpContent Json(JsonNode? body) => Raw(body?.ToJsonString() ?? "null", "application/json");

    /// <summary>Exactly these bytes under exactly this content type (null: no Content-Type header at all).</summary>
    public static HttpContent Raw(string body, string? contentType) => Raw(Encoding.UTF8.GetBytes(body), contentType);

    public static HttpContent Raw(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    /// <summary>A body sent without Content-Length (chunked), so a size check on the header alone cannot see it.</summary>
    public static HttpContent UnknownLength(byte[] body, string contentType)
    {
        var content = new UnknownLengthContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>Form fields (keys may repeat) as application/x-www-form-urlencoded.</summary>
    public static HttpContent Form(IEnumerable<KeyValuePair<string, string>> fields) => new FormUrlEncodedContent(fields);

    /// <summary>A multipart body written by hand, so it can be broken: parts are (headers, bytes); the end boundary is optional.</summary>
    public static HttpContent Multipart(IEnumerable<(string Headers, byte[] Body)> parts, string boundary = "fuzz-boundary", bool closed = true, string? contentType = null)
    {
        using var stream = new MemoryStream();
        foreach (var (headers, body) in parts)
        {
            stream.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\n{headers}\r\n\r\n"));
            stream.Write(body);
            stream.Write("\r\n"u8);
        }

        if (closed)
        {
            stream.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        }

        return Raw(stream.ToArray(), contentType ?? $"multipart/form-data; boundary={boundary}");
    }

    public static (string Headers, byte[] Body) Part(string name, string value) =>
        ($"Content-Disposition: form-data; name=\"{name}\"", Encoding.UTF8.GetBytes(value));

    public static (string Headers, byte[] Body) FilePart(string name, byte[] bytes, string fileName = "result.pdf", string contentType = "application/pdf") =>
        ($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}", bytes);

    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    /// <summary>Sends a fuzz request; a client-side crash (connection reset, server fault) is a finding like a 5xx, so it is answered as the failure text.</summary>
    public static async Task<(HttpResponseMessage? Response, string? Failure)> SendAsync(HttpClient client, HttpRequestMessage request, object fuzz)
    {
        try
        {
            return (await client.SendAsync(request), null);
        }
#pragma warning disable CA1031 // A crash of the server is a finding like any other.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, $"{fuzz} → threw {ex.GetType().Name}: {ex.Message}");
        }
    }
}
