using EmployerPortal.DemoData;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Audit;

public sealed class AccessHistoryJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_admin_filters_the_history_by_employee_and_action_and_exports_just_that()
    {
        using var ops = fixture.OpsClient();
        var visits = new OpsVisitsClient(ops);
        var surname = "Journey" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'x');
        var visit = await visits.RegisterVisitAsync(lastName: surname, employeeId: null, scheduledAt: fixture.Portal.Clock.GetUtcNow());
        var document = await visits.UploadDocumentAsync(visit);
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        (await page.APIRequest.GetAsync($"/Results/Document/{document}")).Ok.ShouldBeTrue();
        (await page.APIRequest.GetAsync($"/Results/Document/{document}?handler=Download")).Ok.ShouldBeTrue();

        await page.GotoAsync("/Audit");
        await page.GetByLabel("Employee").FillAsync(surname);
        await page.GetByLabel("Action").SelectOptionAsync(new SelectOptionValue { Label = "Opened result" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(page.GetByTestId("history-total")).ToHaveTextAsync("1 entries");
        await Expect(page.GetByTestId("history-action")).ToHaveTextAsync("Opened result");
        await Expect(page.GetByTestId("history-what")).ToHaveTextAsync($"Fit Test Results for Dana {surname}");
        await BrowserFixture.CheckPageAsync(page, "access-history-filtered");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());

        var rows = Csv.Parse((await File.ReadAllTextAsync((await download.PathAsync())!)).TrimStart('\uFEFF'));
        rows.Count.ShouldBe(2, "the header row and the one opening of this employee's result");
        rows[1][2].ShouldBe("Opened result");
        rows[1][3].ShouldBe($"Fit Test Results for Dana {surname}");
    }
}
