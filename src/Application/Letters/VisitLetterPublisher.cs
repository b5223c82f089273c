using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Letters;

/// <summary>
/// Files a generated letter under its visit, in the caller's unit of work: the document, the record that the letter
/// was made and the pending notices of its recipients (made by the Notices module on <see cref="ResultAdded"/>) commit
/// together or not at all, so a sweep that runs again, crashes half-way or collides with another worker makes each
/// letter and notice once.
/// </summary>
public sealed class VisitLetterPublisher(
    IPdfRenderer renderer,
    IDocumentStore documents,
    TimeProvider clock)
{
    /// <returns>False when the letter had already been made.</returns>
    public async Task<bool> PublishAsync(
        VisitResult visit,
        LetterKind kind,
        string key,
        PrintDocument letter,
        CancellationToken cancellationToken)
    {
        if (visit.HasLetter(kind, key))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var type = GeneratedLetter.DocumentTypeFor(kind);
        var externalId = ExternalDocumentId(kind, key);
        var document = visit.FindDocument(externalId);
        if (document is null)
        {
            using var pdf = new MemoryStream(renderer.Render(letter));
            var stored = await documents.SaveAsync(pdf, cancellationToken);
            visit.AddDocument(externalId, type, null, null, stored.StorageKey, stored.Sha256, stored.SizeBytes, now);
            document = visit.FindDocument(externalId)!;
        }

        visit.RecordLetter(kind, key, document.Id, now);
        return true;
    }

    /// <summary>The document id a letter is filed under: the portal's own, never one a clinic system would send.</summary>
    public static string ExternalDocumentId(LetterKind kind, string key) => $"portal-letter-{kind}-{key}".ToLowerInvariant();
}
