using System.Text.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Employees;

/// <summary>
/// A vaccine series in a browser: an Admin adds a nurse to the roster by hand in the bloodborne pathogens program;
/// her hepatitis B series is due now; as ops files the doses, the employee page says how far it has come and when
/// the next dose falls due, Renew offers the vaccine, and after the last dose the Compliance page lists it complete.
/// </summary>
public sealed class VaccineSeriesJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_Admin_follows_a_nurses_hepatitis_b_series_from_due_to_complete()
    {
        var surname = "Vaccine" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'x');
        var number = "N-" + Guid.NewGuid().ToString("N")[..6];
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);

        await page.GotoAsync("/Employees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add employee" }).ClickAsync();
        await page.GetByLabel("Employee ID").FillAsync(number);
        await page.GetByLabel("First name").FillAsync("Renata");
        await page.GetByLabel("Last name").FillAsync(surname);
        await page.GetByLabel("Date of birth").FillAsync("1990-05-17");
        await page.GetByLabel("Dallas Terminal (MAIN)").CheckAsync();
        await page.GetByLabel("Bloodborne pathogens").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save employee" }).ClickAsync();

        var series = page.Locator("[data-testid=compliance-row][data-kind=HepatitisBVaccineSeries]");
        await Expect(series).ToHaveAttributeAsync("data-status", "Overdue");
        var employeePage = page.Url;

        using var ops = fixture.OpsClient();
        var client = new OpsVisitsClient(ops);
        var firstOn = fixture.Portal.Clock.GetUtcNow().AddDays(-7);
        async Task DoseAsync(int dose, DateTimeOffset at)
        {
            var visit = OpsVisitsClient.NewId("V");
            (await client.RegisterAsync(OpsVisitsClient.VisitBody(visit, firstName: "Renata", lastName: surname, employeeId: number, category: "NonInjury", scheduledAt: at, dateOfBirth: "1990-05-17")))
                .EnsureSuccessStatusCode();
            (await client.UploadAsync(visit, JsonSerializer.Serialize(new { externalDocumentId = $"VAX-{dose}", resultType = "VaccineAdministrationRecord", vaccine = "HEPB", dose }),
                SamplePdf.Create("Vaccine administration record", [$"Dose {dose}"]))).EnsureSuccessStatusCode();
        }

        await DoseAsync(1, firstOn);
        await page.ReloadAsync();
        await Expect(series).ToHaveAttributeAsync("data-status", "DueIn30Days");
        await Expect(series.GetByTestId("series-progress")).ToHaveTextAsync("Dose 1 of 3 given");
        await BrowserFixture.CheckPageAsync(page, "employee-vaccine-series");
        await series.GetByRole(AriaRole.Link, new() { Name = $"Renew Hepatitis B vaccine series for Renata {surname}" }).ClickAsync();
        await Expect(page.Locator("input[name='Input.Services'][value='IMM-HEPB']")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync(surname);

        await DoseAsync(2, firstOn.AddDays(2));
        await DoseAsync(3, firstOn.AddDays(4));
        await page.GotoAsync(employeePage);
        await Expect(series).ToHaveAttributeAsync("data-status", "Complete");
        await Expect(series.GetByTestId("series-progress")).ToHaveTextAsync("All 3 doses given");
        await Expect(series.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Renew") })).ToHaveCountAsync(0);

        await page.GotoAsync("/Compliance?program=BloodbornePathogens");
        await page.GetByTestId("status-Complete").ClickAsync();
        await Expect(page.GetByTestId("compliance-row").Filter(new() { HasText = surname })).ToHaveAttributeAsync("data-status", "Complete");
        await BrowserFixture.CheckPageAsync(page, "compliance-complete");
    }
}
