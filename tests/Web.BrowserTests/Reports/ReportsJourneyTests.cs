using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Reports;

public sealed class ReportsJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_view_only_user_runs_a_report_and_subscribes_to_one()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reports", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "reports");

        await page.GetByLabel("CSV").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download report" }).ClickAsync());
        download.SuggestedFilename.ShouldStartWith("Injury Activity Status Report");
        download.SuggestedFilename.ShouldEndWith(".csv");

        await page.Locator("#Subscription_Kind").SelectOptionAsync(new SelectOptionValue { Label = "Employer Patient Visit Report" });
        await page.GetByLabel("How often").SelectOptionAsync("Monthly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

        await Expect(page.GetByTestId("status-message")).ToContainTextAsync("Employer Patient Visit Report, monthly");
        await Expect(page.GetByTestId("subscription-list")).ToContainTextAsync("Employer Patient Visit Report · monthly");
        await BrowserFixture.CheckPageAsync(page, "reports-subscribed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel Employer Patient Visit Report subscription" }).ClickAsync();
        await Expect(page.GetByTestId("no-subscriptions")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_explained_beside_the_field()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync("/Reports");

        await page.GetByLabel("From").FillAsync("2026-03-31");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Download report" }).ClickAsync();

        await Expect(page.GetByTestId("to-error")).ToHaveTextAsync("The end date must not be before the start date.");
        await BrowserFixture.CheckPageAsync(page, "reports-invalid-period");
    }
}
