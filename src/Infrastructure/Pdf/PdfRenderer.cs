using EmployerPortal.Application.Common.Printing;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>Lays a <see cref="PrintDocument"/> out on US Letter pages with PDFsharp: wrapped text, label–value lines, paged tables.</summary>
public sealed class PdfRenderer : IPdfRenderer
{
    private const double Margin = 54;
    private const double LineGap = 4;

    static PdfRenderer() => EmbeddedFontResolver.Register();

    public byte[] Render(PrintDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document = Printable(document);
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "Employer Portal";
        var writer = new PageWriter(pdf);
        writer.Title(document.Title);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case PrintHeading heading:
                    writer.Heading(heading.Text);
                    break;
                case PrintParagraph paragraph:
                    writer.Paragraph(paragraph.Text);
                    break;
                case PrintFields fields:
                    writer.Fields(fields.Fields);
                    break;
                case PrintTable table:
                    writer.Table(table.Headers, table.Rows);
                    break;
                default:
                    throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }
        }

        writer.Dispose();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Every text as the font can draw it (<see cref="FontCoverage"/>), with the notice at the end when any character had to be shown as its code.</summary>
    private static PrintDocument Printable(PrintDocument document)
    {
        var changed = false;
        string P(string text)
        {
            var printable = FontCoverage.Printable(text, out var replaced);
            changed |= replaced;
            return printable;
        }

        var blocks = document.Blocks.Select(block => block switch
        {
            PrintHeading heading => new PrintHeading(P(heading.Text)),
            PrintParagraph paragraph => new PrintParagraph(P(paragraph.Text)),
            PrintFields fields => new PrintFields([.. fields.Fields.Select(f => new KeyValuePair<string, string>(P(f.Key), P(f.Value)))]),
            PrintTable table => new PrintTable([.. table.Headers.Select(P)], [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(P)])]),
            _ => block,
        }).ToList();
        var title = P(document.Title);
        if (changed)
        {
            blocks.Add(new PrintParagraph(FontCoverage.Notice));
        }

        return new PrintDocument(title, blocks);
    }

    private sealed class PageWriter(PdfSharp.Pdf.PdfDocument pdf) : IDisposable
    {
        private readonly XFont _title = new(EmbeddedFontResolver.FamilyName, 16, XFontStyleEx.Bold);
        private readonly XFont _heading = new(EmbeddedFontResolver.FamilyName, 12, XFontStyleEx.Bold);
        private readonly XFont _body = new(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Regular);
        private readonly XFont _bold = new(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Bold);
        private readonly XFont _small = new(EmbeddedFontResolver.FamilyName, 8, XFontStyleEx.Regular);
        private readonly XFont _smallBold = new(EmbeddedFontResolver.FamilyName, 8, XFontStyleEx.Bold);
        private PdfPage? _page;
        private XGraphics? _gfx;
        private double _y;

        private double Width => _page!.Width.Point - 2 * Margin;

        private XGraphics Gfx => _gfx ?? NewPage();

        public void Title(string text)
        {
            Gfx.DrawString(text, _title, XBrushes.Black, new XPoint(Margin, _y + _title.GetHeight()));
            _y += _title.GetHeight() + 12;
        }

        public void Heading(string text)
        {
            Ensure(_heading.GetHeight() + 8);
            _y += 6;
            Gfx.DrawString(text, _heading, XBrushes.Black, new XPoint(Margin, _y + _heading.GetHeight()));
            _y += _heading.GetHeight() + LineGap;
        }

        public void Paragraph(string text)
        {
            foreach (var line in Wrap(text, _body, Width))
            {
                WriteLine(line, _body, Margin);
            }

            _y += 8;
        }

        public void Fields(IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            // A label longer than a third of the page wraps in its own column; the row is as tall as its longer side.
            var labelWidth = Math.Min(Width / 3, fields.Max(f => Gfx.MeasureString(f.Key, _bold).Width) + 12);
            var lineHeight = _body.GetHeight() + LineGap;
            foreach (var (label, value) in fields)
            {
                var labelLines = Wrap(label, _bold, labelWidth - 12);
                var valueLines = Wrap(value, _body, Width - labelWidth);
                for (var i = 0; i < Math.Max(labelLines.Count, valueLines.Count); i++)
                {
                    Ensure(lineHeight);
                    var baseline = _y + _body.GetHeight();
                    if (i < labelLines.Count)
                    {
                        Gfx.DrawString(labelLines[i], _bold, XBrushes.Black, new XPoint(Margin, baseline));
                    }

                    if (i < valueLines.Count)
                    {
                        Gfx.DrawString(valueLines[i], _body, XBrushes.Black, new XPoint(Margin + labelWidth, baseline));
                    }

                    _y += lineHeight;
                }
            }

            _y += 8;
        }

        public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
        {
            var columnWidth = Width / headers.Count;
            TableRow(headers, _smallBold, columnWidth, underline: true);
            foreach (var row in rows)
            {
                if (TableRow(row, _small, columnWidth, underline: false))
                {
                    TableRow(headers, _smallBold, columnWidth, underline: true);
                    TableRow(row, _small, columnWidth, underline: false);
                }
            }

            _y += 8;
        }

        public void Dispose() => _gfx?.Dispose();

        /// <returns>True when the row did not fit and a new page was started instead (the caller repeats the header).</returns>
        private bool TableRow(IReadOnlyList<string> cells, XFont font, double columnWidth, bool underline)
        {
            var wrapped = cells.Select(c => Wrap(c, font, columnWidth - 4)).ToList();
            var height = wrapped.Max(w => w.Count) * (font.GetHeight() + 1) + 3;
            if (_y + height > _page!.Height.Point - Margin)
            {
                NewPage();
                return !underline;
            }

            for (var column = 0; column < wrapped.Count; column++)
            {
                var y = _y;
                foreach (var line in wrapped[column])
                {
                    Gfx.DrawString(line, font, XBrushes.Black, new XPoint(Margin + column * columnWidth, y + font.GetHeight()));
                    y += font.GetHeight() + 1;
                }
            }

            _y += height;
            if (underline)
            {
                Gfx.DrawLine(XPens.Gray, Margin, _y - 1, Margin + Width, _y - 1);
            }

            return false;
        }

        private void WriteLine(string line, XFont font, double x)
        {
            Ensure(font.GetHeight() + LineGap);
            Gfx.DrawString(line, font, XBrushes.Black, new XPoint(x, _y + font.GetHeight()));
            _y += font.GetHeight() + LineGap;
        }

        private void Ensure(double height)
        {
            if (_page is null || _y + height > _page.Height.Point - Margin)
            {
                NewPage();
            }
        }

        private XGraphics NewPage()
        {
            _gfx?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PageSize.Letter;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
            return _gfx;
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in (text ?? string.Empty).Split('\n'))
            {
                var current = string.Empty;
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = current.Length == 0 ? word : $"{current} {word}";
                    if (current.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
                    {
                        lines.Add(current);
                        current = word;
                    }
                    else
                    {
                        current = candidate;
                    }
                }

                lines.Add(current);
            }

            return lines;
        }
    }
}
