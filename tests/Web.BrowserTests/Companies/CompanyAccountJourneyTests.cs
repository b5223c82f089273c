using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Companies;

public sealed class CompanyAccountJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_admin_edits_the_account_adds_a_contact_and_sees_the_change()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync("/Company");
        await page.GetByTestId("edit-account").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit company account" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "company-account-edit");

        await page.GetByLabel("Main phone").FillAsync("(214) 555-0188");
        await page.GetByLabel("Instructions clinic staff see").FillAsync("Send every driver to the north entrance.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a contact" }).ClickAsync();
        await Expect(page.Locator("[data-contact-row]")).ToHaveCountAsync(2);
        await page.Locator("#Input_Contacts_1__Name").FillAsync("Dana Dispatch");
        await page.Locator("#Input_Contacts_1__Email").FillAsync("dana@acme.example");
        await page.Locator("#Input_Contacts_1__ScheduledReports").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("The company account was saved.");
        await Expect(page.GetByTestId("company-phone")).ToHaveTextAsync("(214) 555-0188");
        await Expect(page.GetByText("Send every driver to the north entrance.")).ToBeVisibleAsync();
        var dana = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dana Dispatch" });
        await Expect(dana).ToContainTextAsync("dana@acme.example");
        await Expect(dana).ToContainTextAsync("Scheduled reports");
        await BrowserFixture.CheckPageAsync(page, "company-account-saved");
    }

    [Fact]
    public async Task A_field_error_is_shown_beside_the_field()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync("/Company/Edit");

        await page.GetByLabel("State").FillAsync("ZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for='Input.Address.State']")).ToHaveTextAsync("Enter a two-letter US state code, e.g. TX.");
        await BrowserFixture.CheckPageAsync(page, "company-account-edit-errors");
    }

    [Fact]
    public async Task The_second_of_two_admins_saving_at_once_is_shown_the_other_version()
    {
        var first = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        var second = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await first.GotoAsync("/Company/Edit");
        await second.GotoAsync("/Company/Edit");

        await first.GetByLabel("Main phone").FillAsync("(214) 555-0101");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(first.GetByTestId("status-message")).ToBeVisibleAsync();
        await second.GetByLabel("Main phone").FillAsync("(214) 555-0202");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(second.GetByTestId("concurrency-conflict")).ToContainTextAsync("changed by someone else");
        await Expect(second.GetByTestId("current-version")).ToContainTextAsync("(214) 555-0101");
        await Expect(second.GetByLabel("Main phone")).ToHaveValueAsync("(214) 555-0202");
        await BrowserFixture.CheckPageAsync(second, "company-account-conflict");
    }

    [Fact]
    public async Task A_view_only_user_sees_the_account_without_edit_controls()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await page.GotoAsync("/Company");

        await Expect(page.GetByTestId("company-name")).ToHaveTextAsync("Acme Logistics");
        await Expect(page.GetByTestId("edit-account")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "company-account-view-only");

        await page.GotoAsync("/Company/Edit");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
    }
}
