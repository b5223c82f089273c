using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Users;

/// <summary>The Users page explains the roles, and role changes and disabling ask first and say what happens to sessions.</summary>
public sealed class UserAccessConfirmationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task ActiveViewOnlyUserAsync(string email, string first, string last)
    {
        var admin = await fixture.Portal.WithDbAsync(async db =>
        {
            var user = await db.PortalUsers.SingleAsync(u => u.Email == DemoDataSeeder.Acme.AdminEmail);
            return FixedActor.Employer(user.Id, user.CompanyId, user.Role);
        });
        var id = (await fixture.Portal.SendAsync(s => s.Send(new InviteUserCommand(email, first, last, UserRole.ViewOnly)), admin)).ShouldNotBeNull();
        await DemoAccounts.SetInitialPasswordAsync(fixture.Portal.Services, id, DemoDataSeeder.DemoPassword);
    }

    [Fact]
    public async Task Make_admin_make_view_only_and_disable_each_ask_first_and_say_what_happens_to_sessions()
    {
        await ActiveViewOnlyUserAsync("casey.confirm@acme.example", "Casey", "Confirm");
        var target = await fixture.SignedInPageAsync("casey.confirm@acme.example");
        var admin = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await admin.GotoAsync("/Users");
        await Expect(admin.GetByTestId("roles-explained")).ToContainTextAsync("Everything a View Only user can do");
        var row = admin.Locator("[data-testid=user-row][data-email='casey.confirm@acme.example']");

        await row.Locator("summary", new() { HasText = "Make Admin" }).ClickAsync();
        await Expect(row.GetByTestId("change-role")).ToContainTextAsync("Casey Confirm is signed out everywhere and signs in again as an Admin. Then they can also edit the company account");
        await BrowserFixture.CheckPageAsync(admin, "users-confirm-role");
        await Expect(row.GetByTestId("user-role")).ToHaveTextAsync("View Only");
        await row.GetByRole(AriaRole.Button, new() { Name = "Yes, make Casey Confirm Admin" }).ClickAsync();
        await Expect(admin.GetByTestId("users-status")).ToContainTextAsync("Role changed to Admin.");
        await Expect(row.GetByTestId("user-role")).ToHaveTextAsync("Admin");
        await target.ReloadAsync();
        await Expect(target).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
        await BrowserFixture.SignInAsync(target, "casey.confirm@acme.example");
        await Expect(target.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToBeVisibleAsync();

        await row.Locator("summary", new() { HasText = "Make View Only" }).ClickAsync();
        await Expect(row.GetByTestId("change-role")).ToContainTextAsync("signs in again as View Only. Then they can no longer edit the company account");
        await row.GetByRole(AriaRole.Button, new() { Name = "Yes, make Casey Confirm View Only" }).ClickAsync();
        await Expect(row.GetByTestId("user-role")).ToHaveTextAsync("View Only");

        await row.Locator("summary", new() { HasText = "Disable" }).ClickAsync();
        await Expect(row.GetByTestId("disable-user")).ToContainTextAsync("Casey Confirm will be signed out everywhere at their next click");
        await Expect(row.GetByTestId("user-status")).ToHaveTextAsync("Active");
        await row.GetByRole(AriaRole.Button, new() { Name = "Yes, disable Casey Confirm" }).ClickAsync();
        await Expect(row.GetByTestId("user-status")).ToHaveTextAsync("Disabled");
        await target.ReloadAsync();
        await Expect(target).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
    }

    [Fact]
    public async Task The_invite_form_explains_the_roles()
    {
        var admin = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await admin.GotoAsync("/Users/Invite");

        await Expect(admin.GetByTestId("roles-explained")).ToContainTextAsync("View Only");
        await Expect(admin.GetByTestId("roles-explained")).ToContainTextAsync("invites users, changes their role, disables and re-enables them");
    }
}
