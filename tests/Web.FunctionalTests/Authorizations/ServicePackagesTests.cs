using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>Ops defines a company's custom service packages; only that company's users see and use them.</summary>
public sealed class ServicePackagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Packages(string accountNumber) => $"/api/ops/v1/companies/{accountNumber}/packages";

    private static string NewCode() => "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static object Package(string? name = "New driver", string[]? services = null, string? instructions = "Send the MEC card to HR.") =>
        new { name, services = services ?? ["PHYS-DOT", "PHYS-RTW"], instructions };

    [Fact]
    public async Task A_package_put_twice_is_one_package_with_the_second_body_and_is_listed_for_its_company_only()
    {
        var ops = factory.OpsClient();
        var code = NewCode();

        var first = await ops.PutAsJsonAsync($"{Packages(DemoDataSeeder.Acme.AccountNumber)}/{code.ToLowerInvariant()}", Package());
        var same = await ops.PutAsJsonAsync($"{Packages(DemoDataSeeder.Acme.AccountNumber)}/{code}", Package());
        var changed = await ops.PutAsJsonAsync($"{Packages(DemoDataSeeder.Acme.AccountNumber)}/{code}", Package(name: "New driver (2027)", services: ["PHYS-DOT"]));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        same.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code, "codes are kept upper-case");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var acme = await ops.GetFromJsonAsync<JsonElement>(Packages(DemoDataSeeder.Acme.AccountNumber));
        var listed = acme.EnumerateArray().Where(p => p.GetProperty("code").GetString() == code).ToList();
        listed.Count.ShouldBe(1);
        listed[0].GetProperty("name").GetString().ShouldBe("New driver (2027)");
        listed[0].GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(["PHYS-DOT"]);
        var globex = await ops.GetFromJsonAsync<JsonElement>(Packages(DemoDataSeeder.Globex.AccountNumber));
        globex.EnumerateArray().ShouldNotContain(p => p.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Bad_packages_are_400s_with_a_message_per_field_and_an_unknown_company_is_a_404()
    {
        var ops = factory.OpsClient();
        var code = NewCode();

        var blank = await ops.PutAsJsonAsync($"{Packages(DemoDataSeeder.Acme.AccountNumber)}/{code}", Package(name: "", services: []));
        var unknownService = await ops.PutAsJsonAsync($"{Packages(DemoDataSeeder.Acme.AccountNumber)}/{code}", Package(services: ["PHYS-DOT", "NOPE"]));
        var badCode = await ops.PutAsJsonAsync($"{Packages(DemoDataSeeder.Acme.AccountNumber)}/bad%20code!", Package());
        var noCompany = await ops.PutAsJsonAsync($"{Packages("999999")}/{code}", Package());
        var noCompanyList = await ops.GetAsync(Packages("999999"));

        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Give the package's name.");
        errors.GetProperty("services")[0].GetString().ShouldBe("List at least one service code from the catalog.");
        unknownService.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownService.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("services")[0].GetString()!.ShouldContain("NOPE");
        badCode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noCompany.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noCompanyList.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithDbAsync(db => db.ServicePackages.IgnoreQueryFilters().CountAsync(p => p.Code == code))).ShouldBe(0);
    }

    [Fact]
    public async Task The_form_offers_the_company_s_packages_and_a_chosen_package_s_services_name_and_instructions_reach_the_authorization_its_page_and_its_pdf()
    {
        var code = NewCode();
        (await factory.OpsClient().PutAsJsonAsync($"{Packages(DemoDataSeeder.Acme.AccountNumber)}/{code}",
            Package(name: $"Driver pack {code}", instructions: $"Call dispatch {code}."))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var acme = await factory.SignedInClientAsync(AcmeAdmin);
        var globex = await factory.SignedInClientAsync(GlobexAdmin);

        (await acme.GetStringAsync("/Authorizations/Create")).ShouldContain($"Driver pack {code}");
        (await globex.GetStringAsync("/Authorizations/Create")).ShouldNotContain(code, customMessage: "another company's package is not offered");
        var created = await PortalFactory.PostFormAsync(acme, "/Authorizations/Create", Form(code, $"Packer{code}"));
        var refused = await PortalFactory.PostFormAsync(globex, "/Authorizations/Create", Form(code, $"Intruder{code}"));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await factory.WithDbAsync(db => db.Authorizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Employee.LastName == $"Packer{code}"));
        stored.Services.Select(s => s.ServiceCode).ShouldBe(["PHYS-DOT", "PHYS-RTW"], ignoreOrder: true);
        stored.Package!.Name.ShouldBe($"Driver pack {code}");
        var details = WebUtility.HtmlDecode(await acme.GetStringAsync(created.Headers.Location));
        details.ShouldContain($"Driver pack {code}");
        details.ShouldContain($"Call dispatch {code}.");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await acme.GetByteArrayAsync($"/Authorizations/Pdf/{stored.Id.Value}"));
        var printed = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        printed.ShouldContain($"Package: Driver pack {code}");
        printed.ShouldContain($"Call dispatch {code}.");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.WithDbAsync(db => db.Authorizations.IgnoreQueryFilters().CountAsync(a => a.Employee.LastName == $"Intruder{code}"))).ShouldBe(0);
    }

    private Dictionary<string, string> Form(string packageCode, string lastName) => new()
    {
        ["Input.FirstName"] = "Pat",
        ["Input.LastName"] = lastName,
        ["Input.DateOfBirth"] = "1985-06-07",
        ["Input.Reason"] = "NonInjury",
        ["Input.PackageCode"] = packageCode,
        ["Input.ValidUntil"] = factory.AcmeToday.AddDays(30).ToString("yyyy-MM-dd"),
        ["Input.LocationCode"] = "MAIN",
    };
}
