namespace EmployerPortal.Application.Common.Documents;

/// <summary>One stored document to merge, with the bookmark that leads to its first page.</summary>
public sealed record PdfMergeItem(string Bookmark, string StorageKey, string Sha256);

/// <summary>Merges stored PDFs into one, in the given order, with a bookmark per document.</summary>
public interface IPdfMerger
{
    /// <summary>
    /// The merged PDF as a readable stream positioned at its start; the caller disposes it.
    /// Fails with <see cref="DocumentCorruptedException"/> if any input fails its hash check.
    /// </summary>
    Task<Stream> MergeAsync(IReadOnlyList<PdfMergeItem> items, CancellationToken cancellationToken);
}
