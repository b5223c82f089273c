using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Employees;

/// <summary>
/// Issue 17 in a browser: an Admin uploads the HR system's CSV, reads the preview (a bad row refuses the whole file,
/// nothing saved), uploads the corrected file and confirms; the Compliance page then lists the new respirator user's
/// fit test as due, and one click on Renew opens an authorization prefilled with the employee, their location and the
/// renewing service, which is created as it stands.
/// </summary>
public sealed class RosterComplianceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Header = "employee_id,first_name,last_name,date_of_birth,email,phone,job_title,locations,hire_date,status,programs";

    private static FilePayload Csv(params string[] rows) => new()
    {
        Name = "roster.csv",
        MimeType = "text/csv",
        Buffer = System.Text.Encoding.UTF8.GetBytes($"{Header}\n{string.Join("\n", rows)}\n"),
    };

    [Fact]
    public async Task An_Admin_imports_the_roster_then_renews_a_due_fit_test_in_one_click()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        const string good = "R-7001,Marisol,Quintero,1987-09-14,,,Welder,MAIN,2021-03-01,Active,Respirator user";

        await page.GotoAsync("/Employees/Import");
        await page.GetByLabel("Roster file (CSV)").SetInputFilesAsync(Csv(good, "R-7002,Ned,,1990-13-40,,,Welder,NOWHERE,,Active,"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview import" }).ClickAsync();
        await Expect(page.GetByTestId("import-refused")).ToContainTextAsync("Nothing was imported");
        await Expect(page.Locator("[data-testid=import-error][data-line='3']").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("confirm-import")).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "roster-import-refused");

        await page.GetByLabel("Roster file (CSV)").SetInputFilesAsync(Csv(good));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview import" }).ClickAsync();
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("1 to add");
        await BrowserFixture.CheckPageAsync(page, "roster-import-preview");
        await page.GetByTestId("confirm-import").ClickAsync();

        await page.GotoAsync("/Compliance");
        var row = page.Locator("[data-testid=compliance-row][data-kind=RespiratorFitTest]", new() { HasText = "Quintero" });
        await Expect(row).ToHaveAttributeAsync("data-status", "Overdue");
        await BrowserFixture.CheckPageAsync(page, "compliance");
        await row.GetByRole(AriaRole.Link, new() { Name = "Renew Respirator fit test for Marisol Quintero" }).ClickAsync();

        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Marisol");
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Quintero");
        await Expect(page.GetByLabel("Date of birth")).ToHaveValueAsync("1987-09-14");
        await Expect(page.Locator("input[name='Input.Services'][value='RESP-FIT']")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Location")).ToHaveValueAsync("MAIN");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create authorization" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("created");
        await Expect(page.GetByTestId("employee-name")).ToHaveTextAsync("Marisol Quintero");
        await Expect(page.GetByTestId("services")).ToContainTextAsync("fit test", new() { IgnoreCase = true });
    }
}
