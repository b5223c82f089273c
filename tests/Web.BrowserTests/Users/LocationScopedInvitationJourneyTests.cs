using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Users;

/// <summary>An Admin of a company with several locations (Acme: Dallas and Phoenix) invites a View Only user for one of them; the Users page says so.</summary>
public sealed class LocationScopedInvitationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_Admin_invites_a_user_who_sees_one_location()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);

        await page.GotoAsync("/Users/Invite");
        await Expect(page.GetByTestId("invite-locations")).ToContainTextAsync("Leave all unticked for the whole company");
        await page.GetByLabel("Email").FillAsync("terry.phoenix@acme.example");
        await page.GetByLabel("First name").FillAsync("Terry");
        await page.GetByLabel("Last name").FillAsync("Phoenix");
        await page.GetByLabel("Phoenix Terminal (PHX)").CheckAsync();
        await BrowserFixture.CheckPageAsync(page, "users-invite-locations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

        await Expect(page.GetByTestId("users-status")).ToContainTextAsync("Invitation sent to terry.phoenix@acme.example");
        var row = page.Locator("[data-testid=user-row][data-email='terry.phoenix@acme.example']");
        await Expect(row.GetByTestId("user-locations")).ToHaveTextAsync("PHX");
        await Expect(page.Locator("[data-testid=user-row][data-email='viewer@acme.example']").GetByTestId("user-locations")).ToHaveTextAsync("Whole company");
    }
}
