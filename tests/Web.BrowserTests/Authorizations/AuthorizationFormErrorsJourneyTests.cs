using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Authorizations;

public sealed class AuthorizationFormErrorsJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task One_post_shows_every_error_including_each_missing_service_detail()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await page.GotoAsync("/Authorizations/Create");

        await page.GetByLabel("Date of birth").FillAsync("1993-06-15");
        await page.GetByLabel("Non-DOT drug screen", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Other vaccine", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Lab tests", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create authorization" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for='Input.FirstName']")).ToHaveTextAsync("Enter the employee's first name.");
        await Expect(page.Locator("[data-valmsg-for='Input.LastName']")).ToHaveTextAsync("Enter the employee's last name.");
        await Expect(page.Locator("[data-valmsg-for='Input.LocationCode']")).ToHaveTextAsync("Choose the location the employee is authorized for.");
        await Expect(page.Locator("[data-valmsg-for='Input.ServiceDetails[DRUG-NONDOT]']")).ToHaveTextAsync("Choose the panel for Non-DOT drug screen.");
        await Expect(page.Locator("[data-valmsg-for='Input.ServiceDetails[IMM-OTHER]']")).ToHaveTextAsync("Choose the vaccine for Other vaccine.");
        await Expect(page.Locator("[data-valmsg-for='Input.ServiceDetails[LAB]']")).ToHaveTextAsync("Choose the tests for Lab tests.");
        await BrowserFixture.CheckPageAsync(page, "authorization-create-all-errors");
    }
}
