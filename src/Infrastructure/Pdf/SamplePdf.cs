using PdfSharp.Drawing;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>Small but real PDFs for demo data, the data generator and tests: a heading and a few lines per page.</summary>
public static class SamplePdf
{
    public static byte[] Create(string heading, IReadOnlyList<string> lines, int pages = 1)
    {
        EmbeddedFontResolver.Register();
        using var document = new PdfDocument();
        document.Info.Title = heading;
        var headingFont = new XFont(EmbeddedFontResolver.FamilyName, 16, XFontStyleEx.Bold);
        var bodyFont = new XFont(EmbeddedFontResolver.FamilyName, 11, XFontStyleEx.Regular);
        for (var number = 1; number <= pages; number++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawString(heading, headingFont, XBrushes.Black, new XPoint(50, 70));
            var y = 100.0;
            foreach (var line in lines)
            {
                graphics.DrawString(line, bodyFont, XBrushes.Black, new XPoint(50, y));
                y += 16;
            }

            graphics.DrawString($"Page {number} of {pages}", bodyFont, XBrushes.Gray, new XPoint(50, page.Height.Point - 40));
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
