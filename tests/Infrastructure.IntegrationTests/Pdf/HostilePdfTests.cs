using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Tests.Pdf;
using UglyToad.PdfPig;

namespace EmployerPortal.Infrastructure.IntegrationTests.Pdf;

/// <summary>
/// The structural check refuses each hostile PDF of issue 13 before PDFsharp parses it (several of them would end the
/// test process with a stack overflow if it did), and the merger refuses a hostile document already in the store.
/// </summary>
public sealed class HostilePdfTests : IDisposable
{
    private readonly TemporaryDocumentStore _documents = new();

    public void Dispose() => _documents.Dispose();

    public static TheoryData<string, string> Refused() => new()
    {
        { nameof(HostilePdfs.SelfReferencingKids), "the page tree refers to itself" },
        { nameof(HostilePdfs.PageTreeLoop), "the page tree refers to itself" },
        { nameof(HostilePdfs.DeeplyNestedArray), "nests arrays or dictionaries deeper than 64" },
        { nameof(HostilePdfs.DeflateBomb), "its streams inflate past 64 MB" },
        { nameof(HostilePdfs.OpenActionJavaScript), "JavaScript" },
        { nameof(HostilePdfs.EscapedJavaScriptName), "JavaScript" },
        { nameof(HostilePdfs.JavaScriptInObjectStream), "JavaScript" },
        { nameof(HostilePdfs.LaunchAction), "Launch action" },
        { nameof(HostilePdfs.EmbeddedFiles), "embedded files (/EmbeddedFiles)" },
        { nameof(HostilePdfs.SubmitForm), "a form that submits data (/SubmitForm)" },
        { nameof(HostilePdfs.ManyPages), "more than 2,000 pages" },
    };

    public static byte[] Make(string name) => name switch
    {
        nameof(HostilePdfs.SelfReferencingKids) => HostilePdfs.SelfReferencingKids(),
        nameof(HostilePdfs.PageTreeLoop) => HostilePdfs.PageTreeLoop(),
        nameof(HostilePdfs.DeeplyNestedArray) => HostilePdfs.DeeplyNestedArray(),
        nameof(HostilePdfs.DeflateBomb) => HostilePdfs.DeflateBomb(),
        nameof(HostilePdfs.OpenActionJavaScript) => HostilePdfs.OpenActionJavaScript(),
        nameof(HostilePdfs.EscapedJavaScriptName) => HostilePdfs.EscapedJavaScriptName(),
        nameof(HostilePdfs.JavaScriptInObjectStream) => HostilePdfs.JavaScriptInObjectStream(),
        nameof(HostilePdfs.LaunchAction) => HostilePdfs.LaunchAction(),
        nameof(HostilePdfs.EmbeddedFiles) => HostilePdfs.EmbeddedFiles(),
        nameof(HostilePdfs.SubmitForm) => HostilePdfs.SubmitForm(),
        nameof(HostilePdfs.ManyPages) => HostilePdfs.ManyPages(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_hostile_pdf_is_refused_with_a_reason_before_pdfsharp_parses_it(string file, string reason)
    {
        var check = PdfSharpValidator.Check(Make(file), PdfStructureLimits.Default);

        check.Verdict.ShouldBe(PdfVerdict.Refused);
        check.Reason.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void The_hostile_files_are_small_on_disk()
    {
        HostilePdfs.SelfReferencingKids().Length.ShouldBeLessThan(1_000);
        HostilePdfs.DeflateBomb().Length.ShouldBeLessThan(1024 * 1024);
        HostilePdfs.DeeplyNestedArray().Length.ShouldBeLessThan(300_000);
    }

    [Fact]
    public void Inflation_stops_at_the_limit_rather_than_inflating_the_whole_bomb()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var check = PdfStructureCheck.Check(HostilePdfs.DeflateBomb(inflatedMegabytes: 128), PdfStructureLimits.Default with { MaxInflatedBytes = 8L * 1024 * 1024 });

        check.Refusal.ShouldBe("its streams inflate past 8 MB");
        (GC.GetTotalAllocatedBytes(precise: true) - before).ShouldBeLessThan(64L * 1024 * 1024, "the bomb must not be inflated into memory");
    }

    [Fact]
    public void A_check_past_its_time_budget_is_refused()
    {
        var check = PdfStructureCheck.Check(HostilePdfs.ManyPages(1_000), PdfStructureLimits.Default with { TimeBudget = TimeSpan.Zero });

        check.Refusal.ShouldBe("it took longer than 0 seconds to check");
    }

    [Fact]
    public void Pages_up_to_the_limit_and_the_portals_own_pdfs_pass()
    {
        PdfSharpValidator.Check(HostilePdfs.ManyPages(2_000), PdfStructureLimits.Default).Verdict.ShouldBe(PdfVerdict.Accepted);
        PdfSharpValidator.Check(SamplePdf.Create("Fit Test Results", ["José Muñoz"], pages: 3), PdfStructureLimits.Default).Verdict.ShouldBe(PdfVerdict.Accepted);
        PdfStructureCheck.Check(SamplePdf.Create("Fit Test Results", ["x"], pages: 3), PdfStructureLimits.Default).PageCount.ShouldBe(3);
    }

    [Theory]
    [InlineData(nameof(HostilePdfs.SelfReferencingKids), "the page tree refers to itself")]
    [InlineData(nameof(HostilePdfs.OpenActionJavaScript), "JavaScript")]
    [InlineData(nameof(HostilePdfs.DeflateBomb), "inflate past 64 MB")]
    public async Task A_hostile_document_already_stored_fails_its_merge_with_a_message_naming_it(string file, string reason)
    {
        var clean = await _documents.Store.SaveAsync(new MemoryStream(SamplePdf.Create("Clean", ["ok"])), CancellationToken.None);
        var hostile = await _documents.Store.SaveAsync(new MemoryStream(Make(file)), CancellationToken.None);
        var merger = new PdfSharpMerger(_documents.Store, _documents.Paths, PdfStructureLimits.Default);

        var failure = await Should.ThrowAsync<DocumentMergeFailedException>(() => merger.MergeAsync(
            [new PdfMergeItem("Clean result", clean.StorageKey, clean.Sha256), new PdfMergeItem("Fit Test Results 03/02/2026", hostile.StorageKey, hostile.Sha256)],
            CancellationToken.None));

        failure.Message.ShouldContain("\u201CFit Test Results 03/02/2026\u201D cannot be included in a merged PDF");
        failure.Message.ShouldContain(reason);
    }

    [Fact]
    public async Task Clean_documents_still_merge_and_the_merge_carries_no_active_content()
    {
        var first = await _documents.Store.SaveAsync(new MemoryStream(SamplePdf.Create("First", ["one"], pages: 2)), CancellationToken.None);
        var second = await _documents.Store.SaveAsync(new MemoryStream(SamplePdf.Create("Second", ["two"])), CancellationToken.None);
        var merger = new PdfSharpMerger(_documents.Store, _documents.Paths, PdfStructureLimits.Default);

        await using var merged = await merger.MergeAsync(
            [new PdfMergeItem("First", first.StorageKey, first.Sha256), new PdfMergeItem("Second", second.StorageKey, second.Sha256)], CancellationToken.None);
        using var copy = new MemoryStream();
        await merged.CopyToAsync(copy);

        PdfSharpValidator.Check(copy.ToArray(), PdfStructureLimits.Default).Verdict.ShouldBe(PdfVerdict.Accepted);
        using var read = PdfDocument.Open(copy.ToArray());
        read.NumberOfPages.ShouldBe(3);
    }
}
