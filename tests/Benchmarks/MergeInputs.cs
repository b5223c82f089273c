using System.Globalization;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Infrastructure.Pdf;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// The inputs of the merge benchmarks: 200 result PDFs of 3 pages each (the most one merged download may hold), stored
/// through the portal's own document store, and the file path of each for qpdf.
/// </summary>
public sealed record MergeInputs(IReadOnlyList<PdfMergeItem> Items, IReadOnlyList<string> Files)
{
    public const int Documents = 200;
    public const int PagesEach = 3;

    public static async Task<MergeInputs> CreateAsync(PortalHost portal, string dataDirectory)
    {
        EmbeddedFontResolver.Register();
        var store = portal.Services.GetRequiredService<IDocumentStore>();
        var items = new List<PdfMergeItem>(Documents);
        var files = new List<string>(Documents);
        for (var i = 1; i <= Documents; i++)
        {
            using var content = new MemoryStream(Render(i));
            var stored = await store.SaveAsync(content, CancellationToken.None);
            items.Add(new PdfMergeItem($"Employee {i:000}, Generated — Fit Test Results — 2026-03-01", stored.StorageKey, stored.Sha256));
            files.Add(Path.Combine(dataDirectory, "documents", stored.StorageKey));
        }

        return new MergeInputs(items, files);
    }

    /// <summary>A three-page result document with text on every page, different for each employee.</summary>
    private static byte[] Render(int number)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = string.Create(CultureInfo.InvariantCulture, $"Result {number}");
        var font = new XFont(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Regular);
        var heading = new XFont(EmbeddedFontResolver.FamilyName, 14, XFontStyleEx.Bold);
        for (var p = 1; p <= PagesEach; p++)
        {
            var page = pdf.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            gfx.DrawString(string.Create(CultureInfo.InvariantCulture, $"Fit Test Results — Employee {number:000} — page {p} of {PagesEach}"), heading, XBrushes.Black, 54, 72);
            for (var line = 0; line < 45; line++)
            {
                gfx.DrawString(
                    string.Create(CultureInfo.InvariantCulture, $"{line + 1:00}. Measurement {number}-{p}-{line}: José Muñoz protocol value {(number * 31 + line * 7) % 997} within range."),
                    font,
                    XBrushes.Black,
                    54,
                    100 + (line * 14));
            }
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }
}
