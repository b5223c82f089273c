using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Users;

/// <summary>
/// An Admin limited to Acme's Phoenix terminal: the Users page lists Phoenix's users only, the invite form is already
/// for Phoenix and offers no other location, and the company page lets them edit Phoenix's instructions for clinic staff
/// but not the company's own details.
/// </summary>
public sealed class LocationScopedAdminJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Email = "pat.phx-admin@acme.example";

    [Fact]
    public async Task A_Phoenix_Admin_invites_for_Phoenix_and_edits_Phoenixs_instructions()
    {
        var admin = await fixture.Portal.WithDbAsync(async db =>
        {
            var user = await db.PortalUsers.SingleAsync(u => u.Email == DemoDataSeeder.Acme.AdminEmail);
            return FixedActor.Employer(user.Id, user.CompanyId, user.Role, user.IsDer);
        });
        var id = (await fixture.Portal.SendAsync(s => s.Send(new InviteUserCommand(Email, "Pat", "Phoenix", UserRole.Admin, [DemoDataSeeder.PhoenixCode])), admin)).ShouldNotBeNull();
        await DemoAccounts.SetInitialPasswordAsync(fixture.Portal.Services, id, DemoDataSeeder.DemoPassword);
        var page = await fixture.SignedInPageAsync(Email);

        await page.GotoAsync("/Users");
        await Expect(page.Locator($"[data-testid=user-row][data-email='{Email}']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"[data-testid=user-row][data-email='{DemoDataSeeder.Acme.AdminEmail}']")).ToHaveCountAsync(0);
        await Expect(page.Locator($"[data-testid=user-row][data-email='{DemoDataSeeder.DallasViewerEmail}']")).ToHaveCountAsync(0);

        await page.GotoAsync("/Users/Invite");
        await Expect(page.GetByTestId("invite-locations")).ToContainTextAsync("You manage the users of your locations");
        await Expect(page.GetByLabel("Phoenix Terminal (PHX)")).ToBeCheckedAsync();
        await Expect(page.GetByTestId("invite-locations").GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(1);
        await page.GetByLabel("Email").FillAsync("lee.phx-yard@acme.example");
        await page.GetByLabel("First name").FillAsync("Lee");
        await page.GetByLabel("Last name").FillAsync("Yard");
        await BrowserFixture.CheckPageAsync(page, "users-invite-phoenix-admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(page.GetByTestId("users-status")).ToContainTextAsync("Invitation sent to lee.phx-yard@acme.example");
        await Expect(page.Locator("[data-testid=user-row][data-email='lee.phx-yard@acme.example']").GetByTestId("user-locations")).ToHaveTextAsync("PHX");

        await page.GotoAsync("/Company");
        await Expect(page.GetByTestId("edit-account")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("edit-location-instructions")).ToHaveCountAsync(1);
        await page.GetByText("Edit instructions").ClickAsync();
        await page.GetByLabel("Standing instructions for clinic staff at Phoenix Terminal").FillAsync("Drivers check in at the yard office first.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save instructions for Phoenix Terminal" }).ClickAsync();
        await Expect(page.Locator("[data-testid=company-location][data-code=PHX] [data-testid=location-instructions]"))
            .ToContainTextAsync("Drivers check in at the yard office first.");
        await BrowserFixture.CheckPageAsync(page, "company-phoenix-admin");
    }
}
