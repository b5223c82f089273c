using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Account;

public sealed class SignInJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Demo_admin_signs_in_lands_on_the_dashboard_and_opens_the_company_account_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
        await BrowserFixture.CheckPageAsync(page, "sign-in");

        await BrowserFixture.SignInAsync(page, DemoDataSeeder.Acme.AdminEmail);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Company", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("company-name")).ToHaveTextAsync("Acme Logistics");
        await Expect(page.GetByTestId("account-number")).ToHaveTextAsync("100200");
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("Alice Admin");
        await BrowserFixture.CheckPageAsync(page, "company-account");
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_that_does_not_say_which_part_was_wrong()
    {
        var page = await fixture.NewPageAsync();

        await BrowserFixture.SignInAsync(page, DemoDataSeeder.Globex.AdminEmail, "not-the-password");

        await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("The email or password is incorrect.");
        await Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "sign-in-error");
    }

    [Fact]
    public async Task Signing_out_returns_to_a_signed_out_page_and_protects_the_account_page()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Globex.AdminEmail);
        await page.GotoAsync("/Company");
        await Expect(page.GetByTestId("company-name")).ToHaveTextAsync("Globex Manufacturing");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();

        await page.GotoAsync("/Company");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
    }
}
