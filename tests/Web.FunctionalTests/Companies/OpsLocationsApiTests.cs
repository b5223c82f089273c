using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Companies;

/// <summary>Ops manages a company's locations; every company has MAIN from provisioning (or from the migration).</summary>
public sealed class OpsLocationsApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Acme = "/api/ops/v1/companies/100200/locations";

    private static object Location(string? code = "PHX", string? timeZone = "America/Phoenix", string state = "AZ") => new
    {
        code,
        name = "Phoenix Terminal",
        phone = "(602) 555-0142",
        address = new { line1 = "4400 E Broadway Rd", line2 = (string?)null, city = "Phoenix", state, postalCode = "85040" },
        timeZone,
        specialInstructions = "Drivers check in at gate 3.",
    };

    [Fact]
    public async Task Every_company_has_its_main_location_in_its_own_zone_and_the_demo_company_a_Phoenix_terminal()
    {
        var locations = await factory.OpsClient().GetFromJsonAsync<JsonElement>(Acme);

        var main = locations.EnumerateArray().First();
        main.GetProperty("code").GetString().ShouldBe("MAIN");
        main.GetProperty("name").GetString().ShouldBe("Dallas Terminal");
        main.GetProperty("timeZone").GetString().ShouldBe("America/Chicago");
        main.GetProperty("address").GetProperty("city").GetString().ShouldBe("Dallas");
        var phoenix = locations.EnumerateArray().Single(l => l.GetProperty("code").GetString() == DemoDataSeeder.PhoenixCode);
        phoenix.GetProperty("timeZone").GetString().ShouldBe("America/Phoenix");
    }

    [Fact]
    public async Task A_location_is_added_listed_changed_and_shown_on_the_account_page_and_its_code_is_unique()
    {
        var ops = factory.OpsClient();
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        var added = await ops.PostAsJsonAsync(Acme, Location(code.ToLowerInvariant()));
        var again = await ops.PostAsJsonAsync(Acme, Location(code));
        var changed = await ops.PutAsJsonAsync($"{Acme}/{code}", Location(code: null, timeZone: null, state: "AZ"));

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        added.Headers.Location!.ToString().ShouldEndWith($"/locations/{code}");
        (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code, "codes are kept upper-case");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeZone").GetString().ShouldBe("America/Phoenix", "without a zone a location takes its state's");
        var list = await ops.GetFromJsonAsync<JsonElement>(Acme);
        list.EnumerateArray().Count(l => l.GetProperty("code").GetString() == code).ShouldBe(1);

        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var page = WebUtility.HtmlDecode(await employer.GetStringAsync("/Company"));
        page.ShouldContain($"data-code=\"{code}\"");
        page.ShouldContain("4400 E Broadway Rd");
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        (await globex.GetStringAsync("/Company")).ShouldNotContain(code, customMessage: "another company's locations are not shown");
    }

    [Fact]
    public async Task A_visit_is_registered_at_a_location_of_its_company_MAIN_when_none_is_given_and_an_unknown_code_is_a_400()
    {
        var ops = factory.OpsClient();
        var code = "V" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        (await ops.PostAsJsonAsync(Acme, Location(code))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var atSite = await ops.PostAsJsonAsync("/api/ops/v1/visits", Visit(code.ToLowerInvariant()));
        var atMain = await ops.PostAsJsonAsync("/api/ops/v1/visits", Visit(null));
        var unknown = await ops.PostAsJsonAsync("/api/ops/v1/visits", Visit("NOWHERE"));

        atSite.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await atSite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("locationCode").GetString().ShouldBe(code);
        (await atMain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("locationCode").GetString().ShouldBe("MAIN");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Equals("locationCode", StringComparison.OrdinalIgnoreCase));
    }

    private static object Visit(string? locationCode) => new
    {
        externalVisitId = $"LOC-{Guid.NewGuid():N}",
        companyAccountNumber = "100200",
        employee = new { firstName = "Lee", lastName = "Sites", dateOfBirth = "1980-05-06" },
        category = "NonInjury",
        scheduledAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(-7)),
        clinic = "Phoenix Clinic",
        locationCode,
    };

    [Theory]
    [InlineData("code", "toolong-code-x")]
    [InlineData("timeZone", "Central Standard Time")]
    [InlineData("state", "ZZ")]
    public async Task Bad_input_is_a_400_naming_the_field_and_adds_nothing(string field, string value)
    {
        var ops = factory.OpsClient();
        var before = (await ops.GetFromJsonAsync<JsonElement>(Acme)).GetArrayLength();
        var body = field switch
        {
            "code" => Location(code: value),
            "timeZone" => Location(code: "BAD1", timeZone: value),
            _ => Location(code: "BAD2", timeZone: null, state: value),
        };

        var response = await ops.PostAsJsonAsync(Acme, body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(field, Case.Insensitive);
        (await ops.GetFromJsonAsync<JsonElement>(Acme)).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_company_or_location_is_a_404()
    {
        var ops = factory.OpsClient();

        (await ops.GetAsync("/api/ops/v1/companies/999999/locations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ops.PutAsJsonAsync($"{Acme}/NOPE", Location(code: null))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
