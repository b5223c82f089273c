using EmployerPortal.DemoData;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Results;

/// <summary>The results list as a safety manager works it: sorted, unread marked, "select all that match", merged PDF and CSV.</summary>
public sealed class ResultsExportJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_employer_selects_all_results_that_match_downloads_them_merged_and_exports_the_list_as_csv()
    {
        using var ops = fixture.OpsClient();
        var client = new OpsVisitsClient(ops);
        var surname = "Export" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'x');
        var visit = await client.RegisterVisitAsync(lastName: surname, employeeId: null, category: "NonInjury", scheduledAt: fixture.Portal.Clock.GetUtcNow().AddDays(-1));
        for (var i = 0; i < 3; i++)
        {
            await client.UploadDocumentAsync(visit, heading: $"EXPORT-DOC-{i}");
            fixture.Portal.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await page.GotoAsync($"/Results?Name={surname}&Size=10");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("3 results");
        var received = page.Locator("th[aria-sort]");
        await Expect(received).ToHaveCountAsync(1);
        await Expect(received).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(received.GetByTestId("sort-arrow")).ToHaveTextAsync("▼");
        await Expect(page.GetByTestId("unread")).ToHaveCountAsync(3);
        (await page.GetByTestId("result-row").First.EvaluateAsync<string>("r => getComputedStyle(r).fontWeight")).ShouldBe("400");
        (await page.GetByTestId("received").First.EvaluateAsync<string>("c => getComputedStyle(c).whiteSpace")).ShouldBe("nowrap");
        await BrowserFixture.CheckPageAsync(page, "results-select-all");

        await page.GetByTestId("select-all-matching").ClickAsync();
        await Expect(page.GetByTestId("selection-count")).ToHaveTextAsync("3 selected");
        var merged = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download selected as one PDF" }).ClickAsync());
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await merged.PathAsync()))
        {
            pdf.NumberOfPages.ShouldBe(3);
        }

        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var rows = Csv.Parse((await File.ReadAllTextAsync(await export.PathAsync())).TrimStart('\uFEFF'));
        rows[0][0].ShouldBe("Last name");
        rows.Count.ShouldBe(4);
        rows.Skip(1).ShouldAllBe(r => r[0] == surname);
        rows.Skip(1).ShouldAllBe(r => r[9] == "Yes", "the merged download opened them");
        export.SuggestedFilename.ShouldStartWith("Results - Acme Logistics (100200)");
    }
}
