using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>
/// An authorization belongs to a location: the form asks which when the company has several, the PDF names it, and a
/// user limited to another location gets 404 for it, exactly as for another company's.
/// </summary>
public sealed class AuthorizationLocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Dictionary<string, string> Form(string lastName, string? location)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Kim",
            ["Input.LastName"] = lastName,
            ["Input.DateOfBirth"] = "1991-03-04",
            ["Input.Reason"] = "NonInjury",
            ["Input.Services[0]"] = "PHYS-DOT",
        };
        if (location is not null)
        {
            form["Input.LocationCode"] = location;
        }

        return form;
    }

    [Fact]
    public async Task A_company_wide_user_of_a_company_with_two_terminals_is_asked_which_and_the_authorization_and_its_pdf_name_it()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Authorizations/Create"));
        page.ShouldContain("Phoenix Terminal (Phoenix, AZ)");

        var unchosen = await PortalFactory.PostFormAsync(admin, "/Authorizations/Create", Form("Nowhere", null));
        unchosen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unchosen.Content.ReadAsStringAsync()).ShouldContain("Choose the location the employee is authorized for.");
        (await factory.WithDbAsync(db => db.Authorizations.AnyAsync(a => a.Employee.LastName == "Nowhere"))).ShouldBeFalse();

        var created = await PortalFactory.PostFormAsync(admin, "/Authorizations/Create", Form("Desert", "PHX"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = WebUtility.HtmlDecode(await admin.GetStringAsync(created.Headers.Location));
        details.ShouldContain("Phoenix Terminal");
        details.ShouldContain("Check in at gate 3.");

        var id = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.Employee.LastName == "Desert").Select(a => a.Id.Value).SingleAsync());
        var pdf = await admin.GetByteArrayAsync($"/Authorizations/Pdf/{id}?download=true");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
        text.ShouldContain("Location: Phoenix Terminal, 4400 E Broadway Rd, Phoenix, AZ 85040");
        text.ShouldContain("At Phoenix Terminal: Check in at gate 3.");
    }

    [Fact]
    public async Task The_Dallas_viewer_authorizes_for_Dallas_without_choosing_cannot_choose_Phoenix_and_gets_404_for_a_Phoenix_authorization()
    {
        var dallas = await factory.SignedInClientAsync(DemoDataSeeder.DallasViewerEmail);
        WebUtility.HtmlDecode(await dallas.GetStringAsync("/Authorizations/Create")).ShouldNotContain("Phoenix Terminal");

        (await PortalFactory.PostFormAsync(dallas, "/Authorizations/Create", Form("Lonestar", null))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Authorizations.Where(a => a.Employee.LastName == "Lonestar").Select(a => a.LocationCode).SingleAsync())).ShouldBe("MAIN");
        var refused = await PortalFactory.PostFormAsync(dallas, "/Authorizations/Create", Form("Sneaky", "PHX"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Choose one of the locations listed.");

        var phoenix = await CreateAsync(factory, DemoDataSeeder.Acme.AdminEmail, Command(lastName: "Saguaro") with { LocationCode = "PHX" });
        var dallasOne = await CreateAsync(factory, DemoDataSeeder.Acme.AdminEmail, Command(lastName: "Saguaro") with { LocationCode = "MAIN" });
        foreach (var path in new[] { $"/Authorizations/Details/{phoenix.Id}", $"/Authorizations/Pdf/{phoenix.Id}", $"/Authorizations/Email/{phoenix.Id}" })
        {
            (await dallas.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await dallas.GetAsync($"/Authorizations/Details/{dallasOne.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await dallas.GetStringAsync("/Authorizations?Search.EmployeeName=Saguaro");
        list.ShouldContain(dallasOne.Number);
        list.ShouldNotContain(phoenix.Number);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await admin.GetStringAsync("/Authorizations?Search.EmployeeName=Saguaro")).ShouldContain(phoenix.Number);
        var onlyPhoenix = await admin.GetStringAsync("/Authorizations?Search.EmployeeName=Saguaro&Search.Location=PHX");
        onlyPhoenix.ShouldContain(phoenix.Number);
        onlyPhoenix.ShouldNotContain(dallasOne.Number);
        (await dallas.GetStringAsync("/Authorizations?Search.EmployeeName=Saguaro&Search.Location=PHX")).ShouldNotContain(phoenix.Number, customMessage: "a filter never widens a user's scope");
    }
}
