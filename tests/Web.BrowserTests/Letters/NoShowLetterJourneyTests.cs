using System.Net.Http.Json;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Letters;

public sealed class NoShowLetterJourneyTests(JobServerBrowserFixture fixture) : IClassFixture<JobServerBrowserFixture>
{
    [Fact]
    public async Task A_no_show_pushed_by_ops_becomes_a_letter_the_employer_opens_in_results()
    {
        using var ops = fixture.OpsClient();
        var surname = "Muñoz" + Guid.NewGuid().ToString("N")[..5];
        var visitId = $"NS-{Guid.NewGuid():N}";
        var scheduledAt = fixture.Portal.Clock.GetUtcNow().AddHours(-2);
        (await ops.PostAsJsonAsync("/api/ops/v1/visits", new
        {
            externalVisitId = visitId,
            companyAccountNumber = DemoDataSeeder.Acme.AccountNumber,
            employee = new { firstName = "José", lastName = surname, dateOfBirth = "1985-03-02", employeeId = "E-7731" },
            category = "NonInjury",
            scheduledAt,
            clinic = "Riverside Occupational Health Clinic",
        })).EnsureSuccessStatusCode();

        (await ops.PostAsJsonAsync($"/api/ops/v1/visits/{visitId}/status", new { status = "NoShow", at = scheduledAt.AddMinutes(30) })).EnsureSuccessStatusCode();

        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "Results", Exact = true }).ClickAsync();
        await page.GetByLabel("Employee name").FillAsync(surname);
        var letterRow = page.GetByTestId("result-row").Filter(new() { HasText = surname }).Filter(new() { HasText = "Employee No Show Letter" });
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await Expect(page.GetByTestId("result-count")).ToBeVisibleAsync();
            if (await letterRow.CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(1000);
        }

        await Expect(letterRow).ToHaveCountAsync(1);
        await BrowserFixture.CheckPageAsync(page, "results-with-no-show-letter");

        var letter = await page.RunAndWaitForDownloadAsync(() => letterRow.GetByTestId("download-link").ClickAsync());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await letter.PathAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain($"José {surname}");
        text.ShouldContain("Riverside Occupational Health Clinic");
    }
}

/// <summary>The journey needs the job server: the letter is made by the no-show sweep the status change enqueues.</summary>
public sealed class JobServerBrowserFixture : BrowserFixture
{
    protected override EmployerPortal.Web.FunctionalTests.Infrastructure.PortalFactory CreatePortal() =>
        new EmployerPortal.Web.FunctionalTests.Infrastructure.JobServerPortalFactory();
}
