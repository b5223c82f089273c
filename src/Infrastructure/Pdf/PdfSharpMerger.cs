using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Results;
using EmployerPortal.Infrastructure.Options;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// Merges stored PDFs. Inputs are read one at a time from the document store (each hash-checked), each passes the
/// same structural check as an upload before PDFsharp parses it — so a document stored before the check existed cannot
/// take the process down with a page tree that loops — and each is written to the output by
/// <see cref="PdfConcatenation"/> and released before the next is read: the merge holds one input document in memory,
/// never the merged one. A document that fails, or pages past <see cref="ResultLimits.MaxMergePages"/>, end the merge
/// with a <see cref="DocumentMergeFailedException"/> that names the document. The merged file is written to a temporary
/// file that deletes itself when the returned stream is closed, so a merge that fails half-way sends nothing and the
/// response is streamed from disk.
/// </summary>
internal sealed class PdfSharpMerger(IDocumentStore store, PortalPaths paths, PdfStructureLimits limits) : IPdfMerger
{
    public async Task<Stream> MergeAsync(IReadOnlyList<PdfMergeItem> items, CancellationToken cancellationToken)
    {
        var directory = paths.Combine("tmp");
        Directory.CreateDirectory(directory);
        var output = new FileStream(
            Path.Combine(directory, $"merge-{Guid.NewGuid():N}.pdf"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 81_920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var merged = new PdfConcatenation(output, title: "Results");
            foreach (var item in items)
            {
                using var source = await OpenCheckedAsync(item, cancellationToken);
                if (merged.PageCount + source.PageCount > ResultLimits.MaxMergePages)
                {
                    throw new DocumentMergeFailedException(
                        $"The selected documents have more than {ResultLimits.MaxMergePages:N0} pages together; one merged PDF can hold at most {ResultLimits.MaxMergePages:N0}. Select fewer and download them in parts.");
                }

                try
                {
                    merged.Append(source, item.Bookmark);
                }
#pragma warning disable CA1031 // Whatever PDFsharp throws on one document, the user gets a message naming it.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    throw CannotMerge(item, "it could not be read as a PDF");
                }
            }

            merged.Finish();
            await output.FlushAsync(cancellationToken);
            output.Position = 0;
            return output;
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }

    private async Task<PdfDocument> OpenCheckedAsync(PdfMergeItem item, CancellationToken cancellationToken)
    {
        byte[] bytes;
        await using (var input = await store.OpenReadAsync(item.StorageKey, item.Sha256, cancellationToken))
        {
            using var buffer = new MemoryStream();
            await input.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        var check = PdfSharpValidator.Open(bytes, limits, out var document);
        return check.Verdict switch
        {
            PdfVerdict.Accepted => document!,
            PdfVerdict.Refused => throw CannotMerge(item, check.Reason!),
            _ => throw CannotMerge(item, "it could not be read as a PDF"),
        };
    }

    private static DocumentMergeFailedException CannotMerge(PdfMergeItem item, string reason) => new(
        $"\u201C{item.Bookmark}\u201D cannot be included in a merged PDF because {reason}. Download the other documents without it, and ask the clinic to send it again as a plain PDF.");
}
