using System.Net.Http.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Authorizations;

/// <summary>Issue 17's "a package on the form": ops defines it, the employer chooses it and its services are ticked.</summary>
public sealed class ServicePackageJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Choosing_a_company_package_ticks_its_services_and_the_authorization_carries_it_with_the_DOT_test_reason()
    {
        var code = "BP" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using (var ops = fixture.OpsClient())
        {
            (await ops.PutAsJsonAsync($"/api/ops/v1/companies/{DemoDataSeeder.Acme.AccountNumber}/packages/{code}",
                new { name = $"New driver {code}", services = new[] { "PHYS-DOT", "DRUG-DOT" }, instructions = "Send the MEC card to HR." })).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await page.GotoAsync("/Authorizations/Create");
        await page.GetByLabel("Location").SelectOptionAsync(new SelectOptionValue { Label = "Dallas Terminal (Dallas, TX)" });
        await page.GetByLabel("First name").FillAsync("Parker");
        await page.GetByLabel("Last name").FillAsync($"Package{code}");
        await page.GetByLabel("Date of birth").FillAsync("1990-02-14");
        await page.GetByLabel("Non-injury (physical, testing, vaccine…)").CheckAsync();
        await Expect(page.GetByLabel("DOT physical", new() { Exact = true })).Not.ToBeCheckedAsync();

        await page.GetByLabel("Your company's packages").SelectOptionAsync(new SelectOptionValue { Label = $"New driver {code}" });

        await Expect(page.GetByLabel("DOT physical", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("DOT urine drug screen", new() { Exact = true })).ToBeCheckedAsync();
        await BrowserFixture.CheckPageAsync(page, "authorization-create-package");
        await page.GetByLabel("DOT test reason", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Pre-employment" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create authorization" }).ClickAsync();

        await Expect(page.GetByTestId("flash")).ToContainTextAsync("created");
        await Expect(page.GetByTestId("package")).ToHaveTextAsync($"New driver {code}");
        await Expect(page.GetByTestId("package-instructions")).ToHaveTextAsync("Send the MEC card to HR.");
        await Expect(page.GetByTestId("services")).ToContainTextAsync("DOT physical");
        await Expect(page.GetByTestId("services")).ToContainTextAsync("DOT urine drug screen");
        await Expect(page.GetByTestId("dot-test-reason")).ToHaveTextAsync("Pre-employment");
    }
}
