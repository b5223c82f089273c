using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Dashboard;

public sealed class DashboardJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_user_lands_on_the_dashboard_which_passes_axe_and_has_accessible_charts()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Visits per week" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("active-authorizations-count")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "dashboard");

        await page.GetByTestId("active-authorizations-count").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Authorizations\\?Search.Status=Active"));
    }

    [Fact]
    public async Task At_390_pixels_the_dashboard_does_not_scroll_sideways_and_still_passes_axe()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/Dashboard");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Visits per week" })).ToBeVisibleAsync();

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(390);
        await BrowserFixture.CheckPageAsync(page, "dashboard-390");
    }
}
