using System.Diagnostics;
using System.Text;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Tests.Pdf;
using UglyToad.PdfPig;

namespace EmployerPortal.Infrastructure.IntegrationTests.Pdf;

/// <summary>
/// The merged download as a reader receives it: the merger writes each document's pages and what they use straight to
/// the file (<see cref="PdfConcatenation"/>), so these read the result back with PdfPig and check it with Debian's qpdf.
/// </summary>
public sealed class MergedPdfTests : IDisposable
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    private readonly TemporaryDocumentStore _documents = new();

    public void Dispose() => _documents.Dispose();

    [Fact]
    public async Task Pages_keep_their_order_and_text_and_each_document_has_a_bookmark_to_its_first_page()
    {
        var merged = await MergeAsync(
            ("Muñoz, José — Fit Test Results", SamplePdf.Create("Fit Test Results", ["José Muñoz"], pages: 2)),
            ("Ångström, Zoë — Audiogram", SamplePdf.Create("Audiogram", ["Zoë Ångström"])),
            ("Lee, Sam — DOT Physical", SamplePdf.Create("DOT Physical", ["Sam Lee"], pages: 3)));

        using var document = PdfDocument.Open(merged);
        document.NumberOfPages.ShouldBe(6);
        var texts = document.GetPages().Select(Text).ToList();
        texts[0].ShouldContain("José Muñoz");
        texts[0].ShouldContain("Page 1 of 2");
        texts[1].ShouldContain("Page 2 of 2");
        texts[2].ShouldContain("Zoë Ångström");
        texts[3].ShouldContain("Sam Lee");
        texts[5].ShouldContain("Page 3 of 3");
        document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.Roots.Select(b => (b.Title.Normalize(NormalizationForm.FormC), ((UglyToad.PdfPig.Outline.DocumentBookmarkNode)b).PageNumber)).ShouldBe(
            [("Muñoz, José — Fit Test Results", 1), ("Ångström, Zoë — Audiogram", 3), ("Lee, Sam — DOT Physical", 4)]);
    }

    /// <summary>
    /// PDFsharp's own files draw one qpdf warning per compressed stream ("input stream is complete but output may still
    /// be valid": its deflate streams end without their final marker); the merge copies streams as they are, so it may
    /// carry its inputs' warnings but must add no error and no warning of its own.
    /// </summary>
    [Fact]
    public async Task Qpdf_finds_no_error_in_the_merged_file_and_no_warning_its_inputs_do_not_have()
    {
        var first = SamplePdf.Create("First", ["José Muñoz"], pages: 2);
        var inherited = InheritingDocument();
        var merged = await MergeAsync(("First", first), ("Inherited", inherited));

        var inputWarnings = (await QpdfCheckAsync(first)).Warnings.Concat((await QpdfCheckAsync(inherited)).Warnings).ToHashSet();
        var check = await QpdfCheckAsync(merged);

        check.ExitCode.ShouldBeOneOf([0, 3], check.Output); // 3: succeeded with warnings
        check.Output.ShouldContain("PDF Version: 1.7");
        check.Output.ShouldNotContain("ERROR");
        check.Warnings.ShouldBeSubsetOf(inputWarnings);
    }

    [Fact]
    public async Task A_page_that_takes_its_size_and_fonts_from_its_page_tree_keeps_them_and_an_escaped_name_still_matches()
    {
        var merged = await MergeAsync(("Inherited", InheritingDocument()), ("Second", SamplePdf.Create("Second", ["two"])));

        using var document = PdfDocument.Open(merged);
        var page = document.GetPage(1);
        page.Width.ShouldBe(300);
        page.Height.ShouldBe(400);
        Text(page).ShouldContain("Inherited resources");
        Text(document.GetPage(2)).ShouldContain("two");
    }

    [Fact]
    public async Task An_object_two_pages_share_is_written_once()
    {
        var shared = HostilePdfs.Build(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
            Helvetica,
            Content("/F1", "Shared"));

        var merged = await MergeAsync(("Shared", shared), ("Shared again", shared));

        using var document = PdfDocument.Open(merged);
        document.NumberOfPages.ShouldBe(4);
        document.GetPages().Select(Text).ShouldAllBe(t => t.Contains("Shared"));
        Occurrences(Encoding.Latin1.GetString(merged), "/BaseFont /Helvetica").ShouldBe(2); // once per document, not per page
    }

    /// <summary>A page whose size and font come from its parent, with a font resource named <c>/F#231</c> ("F#1").</summary>
    private static byte[] InheritingDocument() => HostilePdfs.Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 300 400] /Resources << /Font << /F#231 4 0 R >> >> >>",
        "<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>",
        Helvetica,
        Content("/F#231", "Inherited resources"));

    private static string Content(string font, string text)
    {
        var operators = $"BT {font} 12 Tf 20 100 Td ({text}) Tj ET";
        return $"<< /Length {operators.Length} >>\nstream\n{operators}\nendstream";
    }

    private static string Text(UglyToad.PdfPig.Content.Page page) =>
        string.Join(" ", page.GetWords().Select(w => w.Text)).Normalize(NormalizationForm.FormC);

    private async Task<(int ExitCode, string Output, IReadOnlyList<string> Warnings)> QpdfCheckAsync(byte[] pdf)
    {
        var file = Path.Combine(_documents.Directory, $"{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add(file);
        using var qpdf = Process.Start(start)!;
        var output = await qpdf.StandardOutput.ReadToEndAsync() + await qpdf.StandardError.ReadToEndAsync();
        await qpdf.WaitForExitAsync();
        var warnings = output.Split('\n')
            .Where(line => line.StartsWith("WARNING:", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf("): ", StringComparison.Ordinal) + 3)..]) // the message, without file and offset
            .ToList();
        return (qpdf.ExitCode, output, warnings);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private async Task<byte[]> MergeAsync(params (string Bookmark, byte[] Pdf)[] documents)
    {
        var items = new List<PdfMergeItem>();
        foreach (var (bookmark, pdf) in documents)
        {
            var stored = await _documents.Store.SaveAsync(new MemoryStream(pdf), CancellationToken.None);
            items.Add(new PdfMergeItem(bookmark, stored.StorageKey, stored.Sha256));
        }

        await using var merged = await new PdfSharpMerger(_documents.Store, _documents.Paths, PdfStructureLimits.Default).MergeAsync(items, CancellationToken.None);
        using var copy = new MemoryStream();
        await merged.CopyToAsync(copy);
        return copy.ToArray();
    }
}
