using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Links;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Letters;

/// <summary>
/// Files a generated letter under its visit and tells the company's contacts, all in the caller's unit of work:
/// the document, the record that the letter was made and the outgoing emails commit together or not at all,
/// so a sweep that runs again, crashes half-way or collides with another worker makes each letter and email once.
/// </summary>
public sealed class VisitLetterPublisher(
    IPdfRenderer renderer,
    IDocumentStore documents,
    IEmailOutbox outbox,
    IPortalLinks links,
    TimeProvider clock)
{
    /// <summary>The path of the portal where the employer finds a visit's documents.</summary>
    public const string ResultsPath = "/Results";

    /// <returns>False when the letter had already been made.</returns>
    public async Task<bool> PublishAsync(
        VisitResult visit,
        Company company,
        LetterKind kind,
        string key,
        PrintDocument letter,
        ContactNotices notice,
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
        foreach (var contact in company.ContactsReceiving(notice))
        {
            outbox.Enqueue(DocumentAvailableEmail(contact.Email, document.Title));
        }

        return true;
    }

    /// <summary>The document id a letter is filed under: the portal's own, never one a clinic system would send.</summary>
    public static string ExternalDocumentId(LetterKind kind, string key) => $"portal-letter-{kind}-{key}".ToLowerInvariant();

    /// <summary>Says a document is there and where; nothing about the employee or the visit (DESIGN §8).</summary>
    private EmailMessage DocumentAvailableEmail(string to, string documentTitle)
    {
        var link = links.To(ResultsPath);
        var encodedTitle = System.Net.WebUtility.HtmlEncode(documentTitle);
        var encodedLink = System.Net.WebUtility.HtmlEncode(link.ToString());
        return new EmailMessage(
            [to],
            $"New document available: {documentTitle}",
            $"<p>A new document, <strong>{encodedTitle}</strong>, is available for your company in the Employer Portal.</p>"
                + $"<p><a href=\"{encodedLink}\">Sign in to the Employer Portal to view it</a>.</p>",
            $"A new document, {documentTitle}, is available for your company in the Employer Portal.\n\nSign in to view it: {link}\n");
    }
}
