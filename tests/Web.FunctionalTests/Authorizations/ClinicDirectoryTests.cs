using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>
/// The clinic directory ops keeps (<c>PUT/GET /clinics/{code}</c>): an idempotent upsert with per-field 400s; the
/// authorization form offers its clinics or "any clinic", and the authorization's details and PDF give the chosen
/// clinic's address and hours as they stood when it was made.
/// </summary>
public sealed class ClinicDirectoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string NewCode() => "CL-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static object Clinic(string name = "Northside Occupational Health", string hours = "Mon–Fri 7:00 AM–6:00 PM; Sat 8:00 AM–noon") => new
    {
        name,
        address = new { line1 = "4100 Elm St", line2 = "Suite 200", city = "Dallas", state = "TX", postalCode = "75204" },
        phone = "(214) 555-0188",
        hours,
        timeZone = "America/Chicago",
        services = new[] { "PHYS-DOT", "DRUG-DOT" },
    };

    private Task<HttpResponseMessage> PutAsync(string code, object body) => factory.OpsClient().PutAsJsonAsync($"/api/ops/v1/clinics/{code}", body);

    [Fact]
    public async Task Ops_adds_a_clinic_reads_it_back_and_the_same_body_again_changes_nothing()
    {
        var code = NewCode();

        var first = await PutAsync(code.ToLowerInvariant(), Clinic());
        var again = await PutAsync(code, Clinic());
        var read = await factory.OpsClient().GetAsync($"/api/ops/v1/clinics/{code}");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await read.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("code").GetString().ShouldBe(code, "codes are kept upper-case");
        body.GetProperty("hours").GetString().ShouldBe("Mon–Fri 7:00 AM–6:00 PM; Sat 8:00 AM–noon");
        body.GetProperty("timeZone").GetString().ShouldBe("America/Chicago");
        body.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(["PHYS-DOT", "DRUG-DOT"]);
        (await factory.WithDbAsync(db => db.Clinics.CountAsync(c => c.Code == code))).ShouldBe(1);
        (await factory.OpsClient().GetAsync("/api/ops/v1/clinics/NO-SUCH-CLINIC")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CreateClient().GetAsync($"/api/ops/v1/clinics/{code}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("has%20space")]
    [InlineData("%3Cscript%3E")]
    [InlineData("CODE-LONGER-THAN-TWENTY")]
    public async Task A_malformed_code_is_a_400_and_adds_nothing(string code)
    {
        var before = await factory.WithDbAsync(db => db.Clinics.CountAsync());

        var response = await factory.OpsClient().PutAsJsonAsync($"/api/ops/v1/clinics/{code}", Clinic());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["code"]);
        (await factory.WithDbAsync(db => db.Clinics.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Bad_fields_are_a_400_naming_each_and_nothing_is_stored()
    {
        var code = NewCode();

        var response = await PutAsync(code, new
        {
            name = "",
            address = new { line1 = "4100 Elm St", city = "Dallas", state = "Texas", postalCode = "7520" },
            phone = "call us",
            hours = "",
            timeZone = "Central Standard Time",
            services = new[] { "NOT-A-SERVICE" },
        });
        var unknownService = await PutAsync(code, new
        {
            name = "Northside", address = new { line1 = "4100 Elm St", city = "Dallas", state = "TX", postalCode = "75204" },
            phone = "(214) 555-0188", hours = "Mon–Fri", timeZone = "America/Chicago", services = new[] { "NOT-A-SERVICE" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .ShouldBe(["name", "address.state", "address.postalCode", "phone", "hours", "timeZone"], ignoreOrder: true);
        unknownService.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownService.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("services")[0].GetString().ShouldBe("Not in the service catalog: NOT-A-SERVICE.");
        (await factory.WithDbAsync(db => db.Clinics.CountAsync(c => c.Code == code))).ShouldBe(0);
    }

    [Fact]
    public async Task The_form_offers_the_clinic_and_the_authorization_prints_its_address_and_hours_as_they_stood()
    {
        var code = NewCode();
        (await PutAsync(code, Clinic())).EnsureSuccessStatusCode();
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var last = "Clinic" + Guid.NewGuid().ToString("N")[..6];
        Dictionary<string, string> Form(string clinic) => new()
        {
            ["Input.FirstName"] = "Dana", ["Input.LastName"] = last, ["Input.DateOfBirth"] = "1990-02-03", ["Input.Reason"] = "NonInjury",
            ["Input.Services[0]"] = "PHYS-DOT", ["Input.LocationCode"] = "MAIN", ["Input.ClinicCode"] = clinic,
        };

        var form = WebUtility.HtmlDecode(await client.GetStringAsync("/Authorizations/Create"));
        var unknown = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form("NO-SUCH-CLINIC"));
        var created = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form(code));
        (await PutAsync(code, Clinic(hours: "Closed for renovation"))).EnsureSuccessStatusCode();

        form.ShouldContain("Any clinic");
        form.ShouldContain($"<option value=\"{code}\" data-services=\"PHYS-DOT DRUG-DOT\">Northside Occupational Health — 4100 Elm St, Dallas, TX 75204</option>");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldMatch("data-valmsg-for=\"Input\\.ClinicCode\"[^>]*>[^<]*Choose a clinic from the list");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.Employee.LastName == last).Select(a => a.Id.Value).SingleAsync());
        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Authorizations/Details/{id}"));
        details.ShouldContain("Northside Occupational Health, 4100 Elm St, Suite 200, Dallas, TX 75204 · (214) 555-0188 · Mon–Fri 7:00 AM–6:00 PM; Sat 8:00 AM–noon");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await client.GetByteArrayAsync($"/Authorizations/Pdf/{id}"));
        var text = string.Join(' ', pdf.GetPages().Select(p => p.Text));
        text.ShouldContain("Where to go");
        text.ShouldContain("Northside Occupational Health");
        text.ShouldContain("4100 Elm St, Suite 200, Dallas, TX 75204");
        text.ShouldContain("Sat 8:00 AM–noon", Case.Sensitive, "the hours as they stood when the authorization was made");
        text.ShouldNotContain("renovation");
    }

    [Fact]
    public async Task A_clinic_that_does_not_perform_a_chosen_service_is_refused_beside_the_clinic_with_nothing_created()
    {
        var code = NewCode();
        (await PutAsync(code, Clinic())).EnsureSuccessStatusCode();
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var last = "Lacks" + Guid.NewGuid().ToString("N")[..6];

        var refused = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Dana", ["Input.LastName"] = last, ["Input.DateOfBirth"] = "1990-02-03", ["Input.Reason"] = "NonInjury",
            ["Input.Services[0]"] = "PHYS-DOT", ["Input.Services[1]"] = "IMM-HEPB", ["Input.LocationCode"] = "MAIN", ["Input.ClinicCode"] = code,
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync())
            .ShouldMatch("data-valmsg-for=\"Input\\.ClinicCode\"[^>]*>[^<]*Northside Occupational Health does not perform Hepatitis B vaccine; choose another clinic, or any clinic\\.");
        (await factory.WithDbAsync(db => db.Authorizations.CountAsync(a => a.Employee.LastName == last))).ShouldBe(0);
    }
}
