using System.Net.Http.Json;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using UglyToad.PdfPig.Outline;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Results;

public sealed class ResultsJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private readonly HttpClient _ops = OpsClientFor(fixture);

    private HttpClient Ops => _ops;

    /// <summary>The ops API of the running Kestrel server, with the Development key.</summary>
    private static HttpClient OpsClientFor(BrowserFixture fixture) => fixture.OpsClient();

    [Fact]
    public async Task An_employer_searches_by_employee_selects_three_results_across_pages_and_downloads_one_merged_pdf()
    {
        var surname = "Muñoz" + Guid.NewGuid().ToString("N")[..5].Replace('0', 'x');
        var scheduledAt = fixture.Portal.Clock.GetUtcNow().AddDays(-3);
        var visit = await RegisterAsync(surname, scheduledAt);

        // Bookmarks name the visit's date in Acme's own zone (Dallas), not the UTC date.
        var visitDay = TimeZoneInfo.ConvertTime(scheduledAt, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 12; i++)
        {
            await UploadAsync(visit, $"DOC-{i:00}", i % 2 == 0 ? "FitTestResults" : "MecDotCard", $"PAGE-OF-DOC-{i:00}");
            fixture.Portal.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await page.GetByRole(AriaRole.Link, new() { Name = "Results", Exact = true }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "results");
        await page.GetByLabel("Employee name").FillAsync(surname.ToUpperInvariant().Replace("Ñ", "N", StringComparison.Ordinal));
        await page.GetByLabel("Per page").SelectOptionAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("12 results");

        var rows = page.GetByTestId("result-row");
        await rows.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await rows.Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByTestId("next-page").ClickAsync();
        await Expect(page.GetByTestId("page-indicator")).ToHaveTextAsync("Page 2 of 2");
        await page.GetByTestId("result-row").Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Expect(page.GetByTestId("selection-count")).ToHaveTextAsync("3 selected");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download selected as one PDF" }).ClickAsync());

        var path = await download.PathAsync();
        using var merged = UglyToad.PdfPig.PdfDocument.Open(path);
        merged.NumberOfPages.ShouldBe(3);
        Enumerable.Range(1, 3).Select(n => merged.GetPage(n).Text[..14]).ShouldBe(["PAGE-OF-DOC-11", "PAGE-OF-DOC-10", "PAGE-OF-DOC-01"]);
        merged.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(b => b.Title).ShouldBe(
        [
            $"{surname}, Dana — MEC DOT Card — {visitDay}",
            $"{surname}, Dana — Fit Test Results — {visitDay}",
            $"{surname}, Dana — MEC DOT Card — {visitDay}",
        ]);

        await page.GetByTestId("employee-link").First.ClickAsync();
        await Expect(page.GetByTestId("employee-name")).ToHaveTextAsync($"{surname}, Dana");
        await BrowserFixture.CheckPageAsync(page, "employee-results");
    }

    [Fact]
    public async Task The_visit_status_page_shows_a_status_pushed_by_ops_without_a_reload()
    {
        var surname = "Live" + Guid.NewGuid().ToString("N")[..6];
        var visit = await RegisterAsync(surname, fixture.Portal.Clock.GetUtcNow());
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "Visits", Exact = true }).ClickAsync();
        var row = page.GetByTestId("visit-row").Filter(new() { HasText = surname });
        await Expect(row.GetByTestId("visit-status")).ToHaveTextAsync("Scheduled");
        await BrowserFixture.CheckPageAsync(page, "visit-status");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        var pushed = await Ops.PostAsJsonAsync($"/api/ops/v1/visits/{visit}/status", new { status = "CheckedIn", at = fixture.Portal.Clock.GetUtcNow() });
        pushed.EnsureSuccessStatusCode();

        await Expect(row.GetByTestId("visit-status")).ToHaveTextAsync("Checked in", new() { Timeout = 15_000 });
        (await page.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue();
    }

    private async Task<string> RegisterAsync(string surname, DateTimeOffset scheduledAt)
    {
        var id = $"B-{Guid.NewGuid():N}";
        var response = await Ops.PostAsJsonAsync("/api/ops/v1/visits", new
        {
            externalVisitId = id,
            companyAccountNumber = DemoDataSeeder.Acme.AccountNumber,
            employee = new { firstName = "Dana", lastName = surname, dateOfBirth = "1988-06-21", employeeId = (string?)null },
            category = "NonInjury",
            scheduledAt,
            clinic = "Northside Clinic",
        });
        response.EnsureSuccessStatusCode();
        return id;
    }

    private async Task UploadAsync(string visit, string documentId, string resultType, string heading)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent($$"""{"externalDocumentId":"{{documentId}}","resultType":"{{resultType}}","outcome":"Pass"}"""), "metadata" },
            { new ByteArrayContent(SamplePdf.Create(heading, ["Browser journey"])), "file", "result.pdf" },
        };
        (await Ops.PostAsync($"/api/ops/v1/visits/{visit}/documents", content)).EnsureSuccessStatusCode();
    }
}
