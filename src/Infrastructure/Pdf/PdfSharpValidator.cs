using System.Text;
using EmployerPortal.Application.Common.Documents;
using PdfSharp.Pdf.IO;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>A PDF is content that starts with <c>%PDF-</c> and that PDFsharp can open.</summary>
internal sealed class PdfSharpValidator : IPdfValidator
{
    private static readonly byte[] Signature = Encoding.ASCII.GetBytes("%PDF-");

    public async Task<bool> IsPdfAsync(Stream content, CancellationToken cancellationToken)
    {
        if (!content.CanSeek)
        {
            throw new ArgumentException("The content must be seekable.", nameof(content));
        }

        try
        {
            content.Position = 0;
            var header = new byte[Signature.Length];
            var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            if (read < header.Length || !header.AsSpan().SequenceEqual(Signature))
            {
                return false;
            }

            content.Position = 0;
            using var document = PdfReader.Open(content, PdfDocumentOpenMode.Import);
            return document.PageCount > 0;
        }
#pragma warning disable CA1031 // Any parser failure means "not a PDF we can serve".
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
