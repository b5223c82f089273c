using System.Text.RegularExpressions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.BeginAuthenticatorSetup;
using EmployerPortal.Application.Users.Commands.EnableTwoFactor;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Account;

public sealed class TwoFactorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_user_turns_on_two_factor_from_My_profile_and_then_signs_in_with_password_and_code()
    {
        var email = await CreateActiveUserAsync("journey.twofactor@acme.example", DemoDataSeeder.Acme.AccountNumber, UserRole.ViewOnly);
        var page = await fixture.SignedInPageAsync(email);

        await page.GetByRole(AriaRole.Link, new() { Name = "My profile" }).ClickAsync();
        await Expect(page.GetByTestId("profile-two-factor-state")).ToHaveTextAsync("Off");
        await BrowserFixture.CheckPageAsync(page, "profile-two-factor-off");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor authentication" }).ClickAsync();
        await Expect(page.GetByTestId("two-factor-state")).ToHaveTextAsync("Off");
        await BrowserFixture.CheckPageAsync(page, "two-factor-off");

        await page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to add the Employer Portal to your authenticator app" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "two-factor-enable");
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.WrongCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await Expect(page.GetByTestId("code-error")).ToContainTextAsync("That code is not right");
        await BrowserFixture.CheckPageAsync(page, "two-factor-enable-wrong-code");
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();

        await Expect(page.GetByTestId("recovery-code")).ToHaveCountAsync(10);
        await BrowserFixture.CheckPageAsync(page, "two-factor-recovery-codes");
        await page.GetByRole(AriaRole.Link, new() { Name = "I have stored my recovery codes" }).ClickAsync();
        await Expect(page.GetByTestId("two-factor-state")).ToHaveTextAsync("On");
        await Expect(page.GetByTestId("recovery-codes-left")).ToHaveTextAsync("10");
        await BrowserFixture.CheckPageAsync(page, "two-factor-on");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();
        await BrowserFixture.SignInAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your authentication code" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "sign-in-code");
        await page.GetByLabel("Authentication code").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();

        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("Test User");
    }

    [Fact]
    public async Task When_the_Admin_requires_two_factor_a_user_without_it_is_sent_to_set_it_up()
    {
        var admin = await CreateActiveUserAsync("journey.tfadmin@globex.example", DemoDataSeeder.Globex.AccountNumber, UserRole.Admin);
        var page = await fixture.SignedInPageAsync(admin);
        await page.GotoAsync("/Company");
        try
        {
            await Expect(page.GetByTestId("two-factor-requirement")).ToContainTextAsync("each user's choice");
            await page.GetByLabel("Require two-factor authentication for every user").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save sign-in security" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"/Profile/TwoFactor/Enable\?returnUrl=%2FCompany"));
            await Expect(page.GetByTestId("two-factor-required")).ToBeVisibleAsync();
            await BrowserFixture.CheckPageAsync(page, "two-factor-required");
            await page.GotoAsync("/Users");
            await Expect(page).ToHaveURLAsync(new Regex(@"/Profile/TwoFactor/Enable\?returnUrl=%2FUsers$"));

            var key = await page.GetByTestId("shared-key").InnerTextAsync();
            await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
            await Expect(page.GetByTestId("recovery-code")).ToHaveCountAsync(10);
            await Expect(page.GetByTestId("recovery-codes-stored")).ToHaveAttributeAsync("href", "/Users");

            await page.GotoAsync("/Company");
            await Expect(page.GetByTestId("two-factor-requirement")).ToContainTextAsync("required for every user");
            await BrowserFixture.CheckPageAsync(page, "company-account-two-factor-required");
        }
        finally
        {
            await fixture.Portal.WithDbAsync(async db =>
            {
                var globex = await db.Companies.SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Globex.AccountNumber));
                globex.ChangeTwoFactorRequirement(false);
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task An_Admin_resets_a_users_two_factor_from_the_Users_page()
    {
        var email = await CreateActiveUserAsync("journey.tfreset@acme.example", DemoDataSeeder.Acme.AccountNumber, UserRole.ViewOnly);
        var user = await fixture.Portal.WithDbAsync(db => db.PortalUsers.SingleAsync(u => u.Email == email));
        var actor = FixedActor.Employer(user.Id, user.CompanyId, user.Role);
        var setup = await fixture.Portal.SendAsync(s => s.Send(new BeginAuthenticatorSetupCommand()), actor);
        await fixture.Portal.SendAsync(s => s.Send(new EnableTwoFactorCommand(Totp.Code(setup.FormattedKey))), actor);
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);

        await page.GotoAsync("/Users");
        var row = page.Locator($"tr[data-email='{email}']");
        await Expect(row.GetByTestId("user-two-factor")).ToHaveTextAsync("On");
        await row.GetByText("Reset two-factor").ClickAsync();
        await Expect(row.GetByText("they sign in with their password alone", new() { Exact = false })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "users-reset-two-factor-confirm");
        await row.GetByRole(AriaRole.Button, new() { Name = "Confirm reset" }).ClickAsync();

        await Expect(page.GetByTestId("users-status")).ToContainTextAsync("Two-factor authentication reset");
        await Expect(page.Locator($"tr[data-email='{email}']").GetByTestId("user-two-factor")).ToHaveTextAsync("Off");
        await Expect(page.Locator($"tr[data-email='{email}']").GetByTestId("reset-two-factor")).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "users-two-factor-reset");
    }

    /// <summary>A user of this test alone, with the demo password, through the application's own commands.</summary>
    private async Task<string> CreateActiveUserAsync(string email, string accountNumber, UserRole role)
    {
        var admin = await fixture.Portal.WithDbAsync(db => db.PortalUsers
            .Join(db.Companies, u => u.CompanyId, c => c.Id, (u, c) => new { User = u, c.AccountNumber })
            .Where(x => x.AccountNumber == AccountNumber.From(accountNumber) && x.User.Role == UserRole.Admin)
            .Select(x => x.User)
            .FirstAsync());
        var userId = await fixture.Portal.SendAsync(
            s => s.Send(new InviteUserCommand(email, "Test", "User", role)),
            FixedActor.Employer(admin.Id, admin.CompanyId, UserRole.Admin));
        await DemoAccounts.SetInitialPasswordAsync(fixture.Portal.Services, userId.ShouldNotBeNull(), DemoDataSeeder.DemoPassword);
        return email;
    }
}
