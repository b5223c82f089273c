using EmployerPortal.Domain.AccountRequests;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.AccountRequests;

public sealed class RequestAccountJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_prospect_finds_the_form_from_sign_in_corrects_a_mistake_and_submits_it()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Request an account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request an Employer Portal account" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "request-account");

        await page.GetByLabel("Company name").FillAsync("Lone Star Freight");
        await page.GetByLabel("Your name").FillAsync("Pat Prospect");
        await page.GetByLabel("Email").FillAsync("pat@lonestar.example");
        await page.GetByLabel("Phone").FillAsync("(469) 555-0175");
        await page.GetByLabel("Number of employees").FillAsync("340");
        await page.GetByLabel("ZIP codes of your locations").FillAsync("75201, 7520");
        await page.GetByLabel("DOT physicals").CheckAsync();
        await page.GetByLabel("Drug and alcohol testing").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for='Input.LocationZipCodes']")).ToContainTextAsync("Enter ZIP codes as 12345 or 12345-6789");
        await Expect(page.GetByLabel("DOT physicals")).ToBeCheckedAsync();
        await BrowserFixture.CheckPageAsync(page, "request-account-errors");

        await page.GetByLabel("ZIP codes of your locations").FillAsync("75201, 75202");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, we received your request" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "request-account-received");
        var stored = await fixture.Portal.WithDbAsync(db => db.Set<AccountRequest>().AsNoTracking().SingleAsync(r => r.Email == "pat@lonestar.example"));
        stored.CompanyName.ShouldBe("Lone Star Freight");
        stored.Services.ShouldBe(ServicesOfInterest.DotPhysicals | ServicesOfInterest.DrugAndAlcoholTesting);
    }
}
