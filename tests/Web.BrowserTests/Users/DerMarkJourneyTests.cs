using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Users;

/// <summary>An Admin marks a user as DER on the Users page; their sessions end, and after signing in again they can filter by drug and alcohol forms.</summary>
public sealed class DerMarkJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Email = "dana.der@acme.example";

    [Fact]
    public async Task An_Admin_marks_a_user_as_DER_and_removes_the_mark()
    {
        var admin = await fixture.Portal.WithDbAsync(async db =>
        {
            var user = await db.PortalUsers.SingleAsync(u => u.Email == DemoDataSeeder.Acme.AdminEmail);
            return FixedActor.Employer(user.Id, user.CompanyId, user.Role, user.IsDer);
        });
        var id = (await fixture.Portal.SendAsync(s => s.Send(new InviteUserCommand(Email, "Dana", "Der", UserRole.ViewOnly)), admin)).ShouldNotBeNull();
        await DemoAccounts.SetInitialPasswordAsync(fixture.Portal.Services, id, DemoDataSeeder.DemoPassword);
        var target = await fixture.SignedInPageAsync(Email);
        var custodyOption = target.Locator("select#Type option", new() { HasText = "Custody and Control Form" });
        await target.GotoAsync("/Results");
        await Expect(custodyOption).ToHaveCountAsync(0);

        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync("/Users");
        await Expect(page.GetByTestId("roles-explained")).ToContainTextAsync("Designated Employer Representative");
        var row = page.Locator($"[data-testid=user-row][data-email='{Email}']");
        await Expect(row.GetByTestId("user-der")).ToHaveTextAsync("No");
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark as DER for Dana Der" }).ClickAsync();
        await Expect(page.GetByTestId("users-status")).ToContainTextAsync("Marked as DER");
        await Expect(row.GetByTestId("user-der")).ToHaveTextAsync("Yes");
        await BrowserFixture.CheckPageAsync(page, "users-der-marked");

        await target.GotoAsync("/Results");
        await Expect(target).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"), new() { Timeout = 10_000 });
        await BrowserFixture.SignInAsync(target, Email);
        await Expect(target.GetByTestId("signed-in-user")).ToBeVisibleAsync();
        await target.GotoAsync("/Results");
        await Expect(custodyOption).ToHaveCountAsync(1);

        await row.GetByRole(AriaRole.Button, new() { Name = "Remove DER mark for Dana Der" }).ClickAsync();
        await Expect(row.GetByTestId("user-der")).ToHaveTextAsync("No");
        await BrowserFixture.SignInAsync(target, Email);
        await Expect(target.GetByTestId("signed-in-user")).ToBeVisibleAsync();
        await target.GotoAsync("/Results");
        await Expect(custodyOption).ToHaveCountAsync(0);
    }
}
