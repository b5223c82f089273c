using System.Net.Http.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Authorizations;

/// <summary>
/// Issue 17's clinic on the form: ops adds it to the directory, the form offers it only while it performs every ticked
/// service, the employer sends the employee there, the PDF says where and when.
/// </summary>
public sealed class ClinicChoiceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Choosing_a_clinic_puts_its_address_and_hours_on_the_details_and_the_PDF()
    {
        var code = "BC" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using (var ops = fixture.OpsClient())
        {
            (await ops.PutAsJsonAsync($"/api/ops/v1/clinics/{code}", new
            {
                name = $"Eastside Clinic {code}",
                address = new { line1 = "77 Commerce St", city = "Dallas", state = "TX", postalCode = "75202" },
                phone = "(214) 555-0177",
                hours = "Mon–Fri 6:00 AM–8:00 PM",
                timeZone = "America/Chicago",
                services = new[] { "PHYS-DOT" },
            })).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.GotoAsync("/Authorizations/Create");
        await page.GetByLabel("Location").SelectOptionAsync(new SelectOptionValue { Label = "Dallas Terminal (Dallas, TX)" });
        await page.GetByLabel("First name").FillAsync("Casey");
        await page.GetByLabel("Last name").FillAsync($"Clinic{code}");
        await page.GetByLabel("Date of birth").FillAsync("1988-09-09");
        await page.GetByLabel("Non-injury (physical, testing, vaccine…)").CheckAsync();
        var clinic = page.GetByLabel("Clinic", new() { Exact = true });
        var option = clinic.Locator($"option[value='{code}']");
        await page.GetByLabel("DOT physical", new() { Exact = true }).CheckAsync();
        await Expect(clinic).ToHaveValueAsync("", new() { Timeout = 5_000 });
        await clinic.SelectOptionAsync(new SelectOptionValue { Value = code });

        // The clinic does DOT physicals only: ticking a vaccine it does not give rules it out, unticking brings it back.
        await page.GetByLabel("Hepatitis B vaccine", new() { Exact = true }).CheckAsync();
        await Expect(option).ToBeDisabledAsync();
        await Expect(clinic).ToHaveValueAsync("");
        await page.GetByLabel("Hepatitis B vaccine", new() { Exact = true }).UncheckAsync();
        await Expect(option).ToBeEnabledAsync();
        await clinic.SelectOptionAsync(new SelectOptionValue { Value = code });
        await BrowserFixture.CheckPageAsync(page, "authorization-create-clinic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create authorization" }).ClickAsync();

        await Expect(page.GetByTestId("flash")).ToContainTextAsync("created");
        await Expect(page.GetByTestId("clinic")).ToContainTextAsync($"Eastside Clinic {code}, 77 Commerce St, Dallas, TX 75202");
        await Expect(page.GetByTestId("clinic")).ToContainTextAsync("Mon–Fri 6:00 AM–8:00 PM");
        var pdfUrl = page.Url.Replace("/Authorizations/Details/", "/Authorizations/Pdf/", StringComparison.Ordinal);
        var pdf = await page.APIRequest.GetAsync(pdfUrl);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.BodyAsync());
        var text = string.Join(' ', document.GetPages().Select(p => p.Text));
        text.ShouldContain($"Eastside Clinic {code}");
        text.ShouldContain("77 Commerce St, Dallas, TX 75202");
        text.ShouldContain("Mon–Fri 6:00 AM–8:00 PM");
    }
}
