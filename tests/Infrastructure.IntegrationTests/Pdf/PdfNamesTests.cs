using System.Text;
using EmployerPortal.Application.Authorizations.Documents;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Letters;
using EmployerPortal.Application.Reports;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Documents;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace EmployerPortal.Infrastructure.IntegrationTests.Pdf;

/// <summary>
/// Real names in Latin scripts (Vietnamese, Spanish, Polish and others) come back out of every PDF the portal makes
/// exactly as they went in: the authorization, the letters, the reports and the bookmarks of a merged download.
/// </summary>
public sealed class PdfNamesTests : IDisposable
{
    /// <summary>(first name, last name) as people write them.</summary>
    public static readonly (string First, string Last)[] Names =
    [
        ("Nguyễn Thị", "Minh Khai"), ("Trần", "Hưng Đạo"), ("Lê Văn", "Thịnh"), ("Phạm", "Nhật Vượng"), ("Hồ Xuân", "Hương"),
        ("Đặng Thái", "Sơn"), ("Võ Nguyên", "Giáp"), ("Huỳnh Tấn", "Phát"), ("Dương Thu", "Hương"), ("Bùi Thị", "Xuân"),
        ("José", "Muñoz"), ("María José", "Peña Ibáñez"), ("Íñigo", "Martínez"), ("Begoña", "Gutiérrez Núñez"), ("Ángel", "Álvarez"),
        ("Łukasz", "Żółkiewski"), ("Małgorzata", "Wiśniewska"), ("Grzegorz", "Brzęczyszczykiewicz"), ("Agnieszka", "Dąbrowska"), ("Paweł", "Kołodziej"),
        ("Antonín", "Dvořák"), ("Jiří", "Hošek"), ("Şükrü", "Çağlar"), ("İlkay", "Gündoğan"), ("Ștefan", "Țiriac"),
        ("Jürgen", "Weiß"), ("Françoise", "Lefèvre"), ("Søren", "Kierkegaard"), ("Åsa", "Ødegård"), ("Þórður", "Guðmundsson"),
        ("Pál", "Erdős"), ("Jānis", "Bērziņš"), ("Žydrūnas", "Ilgauskas"), ("Đurđa", "Bićanić"), ("João", "Gonçalves"),
        ("Siân", "Gwenllïan"), ("Zoë", "O’Brien-Nuñez"),
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"portal-pdf-names-{Guid.NewGuid():N}");
    private static readonly Company Company = Company.Provision(
        AccountNumber.From("4343"), "Hải Phòng Łódź Logística", new PostalAddress("1 Main", null, "Austin", "TX", "78701"), "5125550100", DateTimeOffset.UtcNow);

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Normalized(string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
    }

    private static string Normalized(string text) => text.Normalize(NormalizationForm.FormC);

    public static TheoryData<string, string> AllNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var (first, last) in Names)
        {
            data.Add(first, last);
        }

        return data;
    }

    [Fact]
    public void The_set_holds_at_least_thirty_real_names()
    {
        Names.Length.ShouldBeGreaterThanOrEqualTo(30);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void The_authorization_pdf_prints_the_name_exactly(string first, string last)
    {
        var document = new AuthorizationDocument(
            "Provider Occupational Health", "(512) 555-0100", Company.Name, Company.AccountNumber.Value, "ABCD-2345",
            new Employee(first, last, new DateOnly(1990, 1, 2)), AuthorizationReason.Injury,
            new InjuryDetails(new DateOnly(2026, 11, 30), $"{first} {last} slipped on the dock."),
            [new AuthorizedService("INJ-EVAL", "Injury evaluation")], null, $"Ask for {first}.", new DateOnly(2026, 12, 30),
            AuthorizationStatus.Active, new DateOnly(2026, 12, 1), "Downtown clinic", ["Photo ID"]);

        var text = Text(new AuthorizationPdfRenderer().Render(document));

        text.ShouldContain($"{first} {last}");
        text.ShouldContain(Company.Name);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void A_letter_prints_the_name_exactly(string first, string last)
    {
        var visit = VisitResult.Register(Company.Id, $"V-{Guid.NewGuid():N}", new Employee(first, last, new DateOnly(1990, 1, 2)), VisitCategory.Injury, "Downtown", DateTimeOffset.UtcNow, null, DateTimeOffset.UtcNow);

        var text = Text(new PdfRenderer().Render(VisitLetterContent.RecheckReminder(visit, Company, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow)));

        text.ShouldContain($"{first} {last}");
    }

    [Fact]
    public void A_report_prints_every_name_exactly()
    {
        var report = new ReportData(
            ReportKind.EmployerPatientVisit, "Employer Patient Visit Report", Company.Name, Company.AccountNumber.Value,
            new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
            ["Employee", "Employee ID", "Visit", "Category", "Clinic", "Status"],
            [.. Names.Select(n => (IReadOnlyList<string>)[$"{n.Last}, {n.First}", "E-1", "Dec 1, 2026", "Injury", "Downtown", "Completed"])],
            [new("Total visits", Names.Length)]);

        var text = Text(new PdfRenderer().Render(ReportWriter.ToPrintDocument(report)));

        foreach (var (first, last) in Names)
        {
            foreach (var word in $"{last}, {first}".Split(' '))
            {
                text.ShouldContain(word, customMessage: $"{last}, {first}");
            }
        }
    }

    [Fact]
    public async Task The_bookmarks_of_a_merged_download_keep_every_name_exactly()
    {
        var paths = new PortalPaths(_dataDirectory, _dataDirectory);
        var store = new FileSystemDocumentStore(paths, Microsoft.Extensions.Logging.Abstractions.NullLogger<FileSystemDocumentStore>.Instance);
        var items = new List<PdfMergeItem>();
        foreach (var (first, last) in Names)
        {
            var stored = await store.SaveAsync(new MemoryStream(SamplePdf.Create($"{first} {last}", [])), CancellationToken.None);
            items.Add(new PdfMergeItem($"{last}, {first} — Fit Test Results — 2026-12-01", stored.StorageKey, stored.Sha256));
        }

        await using var merged = await new PdfSharpMerger(store, paths, PdfStructureLimits.Default).MergeAsync(items, CancellationToken.None);
        using var copy = new MemoryStream();
        await merged.CopyToAsync(copy);

        using var document = PdfDocument.Open(copy.ToArray());
        document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.Roots.Select(b => Normalized(b.Title)).ShouldBe(items.Select(i => i.Bookmark));
    }

    [Fact]
    public void A_character_the_font_cannot_draw_is_printed_as_its_code_with_a_notice_never_dropped()
    {
        var visit = VisitResult.Register(Company.Id, $"V-{Guid.NewGuid():N}", new Employee("芳", "Wáng", new DateOnly(1990, 1, 2)), VisitCategory.Injury, "Downtown", DateTimeOffset.UtcNow, null, DateTimeOffset.UtcNow);
        var latin = VisitResult.Register(Company.Id, $"V-{Guid.NewGuid():N}", new Employee("Nguyễn", "Thị", new DateOnly(1990, 1, 2)), VisitCategory.Injury, "Downtown", DateTimeOffset.UtcNow, null, DateTimeOffset.UtcNow);

        var text = Text(new PdfRenderer().Render(VisitLetterContent.RecheckReminder(visit, Company, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow)));
        var latinText = Text(new PdfRenderer().Render(VisitLetterContent.RecheckReminder(latin, Company, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow)));

        text.ShouldContain("[U+82B3] Wáng");
        text.ShouldContain("cannot be printed in this document's font");
        latinText.ShouldNotContain("cannot be printed");
    }

    [Fact]
    public void The_authorization_pdf_shows_an_undrawable_character_as_its_code_with_a_notice()
    {
        var document = new AuthorizationDocument(
            "Provider Occupational Health", "(512) 555-0100", Company.Name, Company.AccountNumber.Value, "ABCD-2345",
            new Employee("芳", "Wáng", new DateOnly(1990, 1, 2)), AuthorizationReason.NonInjury, null,
            [new AuthorizedService("PHYS-DOT", "DOT physical")], null, null, new DateOnly(2026, 12, 30),
            AuthorizationStatus.Active, new DateOnly(2026, 12, 1), "Downtown clinic", ["Photo ID"]);

        var text = Text(new AuthorizationPdfRenderer().Render(document));

        text.ShouldContain("[U+82B3] Wáng");
        text.ShouldContain("cannot be printed in this document's font");
    }
}
