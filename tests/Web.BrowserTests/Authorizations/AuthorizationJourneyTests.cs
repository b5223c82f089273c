using System.Text.RegularExpressions;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Authorizations;

public sealed partial class AuthorizationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_view_only_user_creates_an_authorization_downloads_its_pdf_and_emails_it()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Authorizations", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Authorizations", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("authorization-row").First).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "authorizations-list");

        await page.GetByRole(AriaRole.Link, new() { Name = "New authorization" }).ClickAsync();
        await Expect(page.Locator("#injury-fields")).ToBeHiddenAsync();
        await BrowserFixture.CheckPageAsync(page, "authorization-create");

        await page.GetByLabel("Location").SelectOptionAsync(new SelectOptionValue { Label = "Phoenix Terminal (Phoenix, AZ)" });
        await page.GetByLabel("First name").FillAsync("Zoë");
        await page.GetByLabel("Last name").FillAsync("Brandt");
        await page.GetByLabel("Date of birth").FillAsync("1993-06-15");
        await page.GetByLabel("Email (optional)").FillAsync("zoe.brandt@employee.example");
        await page.GetByLabel("Injury (workers' compensation)").CheckAsync();
        await Expect(page.Locator("#injury-fields")).ToBeVisibleAsync();
        await page.GetByLabel("Date of injury").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("What happened").FillAsync("Slipped on a wet floor.");
        await page.GetByLabel("Body part (optional)").FillAsync("Right knee");
        await page.GetByLabel("Claim number (optional)").FillAsync("WC-88-1");
        await page.GetByLabel("Injury care: initial evaluation and treatment").CheckAsync();
        await page.GetByLabel("Non-DOT drug screen", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Panel for Non-DOT drug screen").SelectOptionAsync("10-panel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create authorization" }).ClickAsync();

        await Expect(page.GetByTestId("flash")).ToContainTextAsync("created");
        await Expect(page.GetByTestId("employee-name")).ToHaveTextAsync("Zoë Brandt");
        await Expect(page.GetByTestId("services")).ToContainTextAsync("Non-DOT drug screen: 10-panel");
        await Expect(page.GetByTestId("location")).ToHaveTextAsync("Phoenix Terminal");
        await Expect(page.GetByTestId("body-part")).ToHaveTextAsync("Right knee");
        await Expect(page.GetByTestId("claim-number")).ToHaveTextAsync("WC-88-1");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Void" })).ToHaveCountAsync(0);
        var number = await page.GetByTestId("authorization-number").InnerTextAsync();
        await BrowserFixture.CheckPageAsync(page, "authorization-detail");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-pdf").ClickAsync());
        download.SuggestedFilename.ShouldBe($"Authorization {number}.pdf");
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path!)).AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());

        await page.GetByRole(AriaRole.Link, new() { Name = "Email to employee" }).ClickAsync();
        await Expect(page.GetByLabel("Send to")).ToHaveValueAsync("zoe.brandt@employee.example");
        await BrowserFixture.CheckPageAsync(page, "authorization-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send email" }).ClickAsync();

        await Expect(page.GetByTestId("flash")).ToHaveTextAsync("Authorization emailed to zoe.brandt@employee.example.");
        await Expect(page.GetByTestId("emails")).ToContainTextAsync("zoe.brandt@employee.example");
    }

    [Fact]
    public async Task An_admin_voids_an_authorization_after_confirming()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Globex.AdminEmail);
        await page.GotoAsync("/Authorizations?Search.Status=Active&Search.Sort=EmployeeName&Search.Desc=false");
        await page.GetByTestId("authorization-row").First.GetByRole(AriaRole.Link).ClickAsync();
        var number = await page.GetByTestId("authorization-number").InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Void" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Void authorization {number}?" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "authorization-void");
        await page.GetByLabel("Why is it voided?").FillAsync("The employee left before the visit.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, void this authorization" }).ClickAsync();

        await Expect(page.GetByTestId("flash")).ToContainTextAsync("voided");
        await Expect(page.GetByTestId("authorization-status")).ToHaveTextAsync("Voided");
        await Expect(page.GetByTestId("voided")).ToContainTextAsync("Gloria Admin");
        await Expect(page.GetByTestId("void-reason")).ToHaveTextAsync("The employee left before the visit.");
        await Expect(page.GetByTestId("status-history")).ToContainTextAsync("Voided");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Void" })).ToHaveCountAsync(0);

        await page.GotoAsync($"/Authorizations?Search.Number={number}");
        await Expect(page.GetByTestId("authorization-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("authorization-row").GetByTestId("authorization-status")).ToHaveTextAsync("Voided");
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_the_fields_in_the_browser()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync("/Authorizations/Create");

        await page.GetByLabel("First name").FillAsync("<b>Bold</b>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create authorization" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for='Input.FirstName']")).ToContainTextAsync("Use plain text only");
        await Expect(page.Locator("[data-valmsg-for='Input.Services']")).ToHaveTextAsync("Authorize at least one service.");
        await Expect(page).ToHaveURLAsync(CreateUrl());
        await BrowserFixture.CheckPageAsync(page, "authorization-create-errors");
    }

    [GeneratedRegex("/Authorizations/Create$")]
    private static partial Regex CreateUrl();
}
