using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Infrastructure.Options;
using PdfSharp.Pdf.IO;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// Merges stored PDFs with PDFsharp. Inputs are opened one at a time from the document store (each hash-checked) and
/// released once their pages are imported; the merged file is written to a temporary file that deletes itself when
/// the returned stream is closed, so the response is streamed from disk rather than from one large byte array.
/// Limitation: PDFsharp has no incremental writer — the merged document's object model (the imported pages) is held
/// in memory until it is saved. The 200-document limit of a merge bounds that.
/// </summary>
internal sealed class PdfSharpMerger(IDocumentStore store, PortalPaths paths) : IPdfMerger
{
    public async Task<Stream> MergeAsync(IReadOnlyList<PdfMergeItem> items, CancellationToken cancellationToken)
    {
        using var merged = new PdfDocument();
        merged.Info.Title = "Results";
        foreach (var item in items)
        {
            await using var input = await store.OpenReadAsync(item.StorageKey, item.Sha256, cancellationToken);
            using var source = PdfReader.Open(input, PdfDocumentOpenMode.Import);
            var first = default(PdfSharp.Pdf.PdfPage);
            foreach (var page in source.Pages)
            {
                var added = merged.AddPage(page);
                first ??= added;
            }

            if (first is not null)
            {
                merged.Outlines.Add(item.Bookmark, first, opened: true);
            }
        }

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
            merged.Save(output, closeStream: false);
            output.Position = 0;
            return output;
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }
}
