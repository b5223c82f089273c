using EmployerPortal.Application.Common.Documents;
using PdfSharp.Pdf.IO;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// A PDF is content that starts with <c>%PDF-</c>, passes <see cref="PdfStructureCheck"/> (run before PDFsharp sees a
/// byte, since PDFsharp recurses on nesting and page trees) and that PDFsharp can then open with at least one page.
/// </summary>
internal sealed class PdfSharpValidator(PdfStructureLimits limits) : IPdfValidator
{
    public async Task<PdfCheck> CheckAsync(Stream content, CancellationToken cancellationToken)
    {
        if (!content.CanSeek)
        {
            throw new ArgumentException("The content must be seekable.", nameof(content));
        }

        try
        {
            content.Position = 0;
            var bytes = new byte[content.Length];
            await content.ReadExactlyAsync(bytes, cancellationToken);
            return Check(bytes, limits);
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The whole check of a document in memory.</summary>
    public static PdfCheck Check(byte[] bytes, PdfStructureLimits limits)
    {
        var check = Open(bytes, limits, out var document);
        document?.Dispose();
        return check;
    }

    /// <summary>
    /// Checks a document and, when it is accepted, opens it for import (the caller disposes it): the merger runs this on
    /// every stored document, so PDFsharp never parses bytes that have not passed the structural check.
    /// </summary>
    public static PdfCheck Open(byte[] bytes, PdfStructureLimits limits, out PdfDocument? document)
    {
        document = null;
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return PdfCheck.NotPdf;
        }

        var structure = PdfStructureCheck.Check(bytes, limits);
        if (!structure.Passed)
        {
            return new PdfCheck(PdfVerdict.Refused, structure.Refusal);
        }

        try
        {
            var opened = PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Import);
            if (opened.PageCount == 0)
            {
                opened.Dispose();
                return PdfCheck.NotPdf;
            }

            document = opened;
            return PdfCheck.Accepted;
        }
#pragma warning disable CA1031 // Any parser failure means "not a PDF we can serve".
        catch (Exception)
#pragma warning restore CA1031
        {
            return PdfCheck.NotPdf;
        }
    }
}
