using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Users;

public sealed class InvitationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string NewPassword = "Lantern-Orchard-2026";

    [Fact]
    public async Task An_admin_invites_a_user_who_sets_a_password_from_the_email_and_signs_in()
    {
        var admin = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Users" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(admin, "users");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Invite a user" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(admin, "users-invite");
        await admin.GetByLabel("Email").FillAsync("journey.invitee@acme.example");
        await admin.GetByLabel("First name").FillAsync("Jordan");
        await admin.GetByLabel("Last name").FillAsync("Journey");
        await admin.GetByLabel("Role").SelectOptionAsync("ViewOnly");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(admin.GetByTestId("users-status")).ToContainTextAsync("Invitation sent to journey.invitee@acme.example");
        var row = admin.Locator("[data-testid=user-row][data-email='journey.invitee@acme.example']");
        await Expect(row.GetByTestId("user-status")).ToHaveTextAsync("Invited");

        var email = await Mailbox.LatestAsync(fixture.Portal, "journey.invitee@acme.example", "Alice Admin invited you to the Occupational Health Partners Employer Portal for Acme Logistics");
        var invitee = await fixture.NewPageAsync();
        await invitee.GotoAsync(Mailbox.LinkIn(email));
        await Expect(invitee.GetByTestId("invitee-email")).ToHaveTextAsync("journey.invitee@acme.example");
        await BrowserFixture.CheckPageAsync(invitee, "accept-invitation");
        await invitee.GetByLabel("New password").FillAsync(NewPassword);
        await invitee.GetByLabel("Confirm the password").FillAsync(NewPassword);
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();

        await Expect(invitee.GetByTestId("sign-in-notice")).ToContainTextAsync("Your password is set");
        await Expect(invitee.GetByLabel("Email")).ToHaveValueAsync("journey.invitee@acme.example");
        await invitee.GetByLabel("Password").FillAsync(NewPassword);
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(invitee.GetByTestId("signed-in-user")).ToHaveTextAsync("Jordan Journey");
        await Expect(invitee.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);

        await admin.ReloadAsync();
        await Expect(row.GetByTestId("user-status")).ToHaveTextAsync("Active");
    }

    [Fact]
    public async Task A_user_who_forgot_their_password_resets_it_from_the_sign_in_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "forgot-password");
        await page.GetByLabel("Email").FillAsync(DemoDataSeeder.Globex.AdminEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a reset link" }).ClickAsync();
        await Expect(page.GetByTestId("reset-sent")).ToContainTextAsync("If that address belongs to an Employer Portal account");

        var email = await Mailbox.LatestAsync(fixture.Portal, DemoDataSeeder.Globex.AdminEmail, "Reset your Occupational Health Partners Employer Portal password");
        await page.GotoAsync(Mailbox.LinkIn(email));
        await BrowserFixture.CheckPageAsync(page, "reset-password");
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByLabel("Confirm the password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set new password" }).ClickAsync();

        await Expect(page.GetByTestId("sign-in-notice")).ToContainTextAsync("Your password has been reset");
        await page.GetByLabel("Password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("Gloria Admin");

        await page.GotoAsync(Mailbox.LinkIn(email));
        await Expect(page.GetByTestId("link-invalid")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_reads_the_access_history_and_a_user_edits_their_profile()
    {
        var admin = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Access history" }).ClickAsync();
        await Expect(admin.GetByTestId("history-table")).ToContainTextAsync("Signed in");
        await BrowserFixture.CheckPageAsync(admin, "access-history");

        await admin.GetByRole(AriaRole.Link, new() { Name = "My profile" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(admin, "my-profile");
        await Expect(admin.GetByTestId("profile-email")).ToHaveTextAsync(DemoDataSeeder.Acme.AdminEmail);

        var viewer = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Access history" })).ToHaveCountAsync(0);
        var response = await viewer.GotoAsync("/Audit");
        response!.Status.ShouldBe(403);
    }
}
