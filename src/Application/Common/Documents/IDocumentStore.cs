namespace EmployerPortal.Application.Common.Documents;

/// <summary>Where a stored document lives and how it is checked: content-addressed by SHA-256.</summary>
public sealed record StoredDocument(string StorageKey, string Sha256, long SizeBytes);

/// <summary>Content-addressed storage of result documents; the hash is checked on every read.</summary>
public interface IDocumentStore
{
    Task<StoredDocument> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens the document, failing with <see cref="DocumentCorruptedException"/> if it is missing or its hash differs.</summary>
    Task<Stream> OpenReadAsync(string storageKey, string expectedSha256, CancellationToken cancellationToken);
}

public sealed class DocumentCorruptedException(string storageKey, string reason)
    : Exception($"Document {storageKey} cannot be served: {reason}")
{
    public string StorageKey { get; } = storageKey;
}
