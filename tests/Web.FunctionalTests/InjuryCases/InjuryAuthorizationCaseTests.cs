using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Web.FunctionalTests.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>The authorization form's injury section reaches the case: a visit made with the authorization joins or opens it.</summary>
public sealed class InjuryAuthorizationCaseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Dictionary<string, string> Form(string lastName, string? bodyPart = "Left wrist", string? claimNumber = "WC-2026-0415") => new()
    {
        ["Input.FirstName"] = "Ivy",
        ["Input.LastName"] = lastName,
        ["Input.DateOfBirth"] = "1987-09-10",
        ["Input.Reason"] = "Injury",
        ["Input.DateOfInjury"] = factory.AcmeToday.AddDays(-1).ToString("yyyy-MM-dd"),
        ["Input.TimeOfInjury"] = "14:30",
        ["Input.BodyPart"] = bodyPart ?? "",
        ["Input.ClaimNumber"] = claimNumber ?? "",
        ["Input.InjuryDescription"] = "Caught a hand in the roller door.",
        ["Input.Services[0]"] = "INJ-EVAL",
        ["Input.ValidUntil"] = factory.AcmeToday.AddDays(30).ToString("yyyy-MM-dd"),
        ["Input.LocationCode"] = "MAIN",
    };

    private static object Visit(string externalVisitId, string lastName, string authorizationNumber, DateOnly day) => new
    {
        externalVisitId,
        companyAccountNumber = "100200",
        employee = new { firstName = "Ivy", lastName, dateOfBirth = "1987-09-10" },
        category = "Injury",
        scheduledAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(-6)),
        clinic = "Downtown Clinic",
        authorizationNumber,
        locationCode = "MAIN",
    };

    [Fact]
    public async Task Too_long_a_body_part_or_a_claim_number_with_other_characters_is_refused_beside_its_field()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var response = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form("Limits", bodyPart: new string('b', 101), claimNumber: "WC<1>"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        DotTestReasonTests.FieldMessage(html, "Input.BodyPart").ShouldBe("The body part can be at most 100 characters.");
        DotTestReasonTests.FieldMessage(html, "Input.ClaimNumber").ShouldBe("A claim number has letters, digits, spaces and . / # - only.");
    }

    [Fact]
    public async Task A_visit_pushed_with_an_injury_authorization_opens_the_case_with_its_details_and_a_recheck_with_it_joins_the_same_case()
    {
        var lastName = "Rollerdoor" + Guid.NewGuid().ToString("N")[..6];
        var client = await factory.SignedInClientAsync(AcmeViewer);
        var created = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form(lastName));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.Employee.LastName == lastName));
        stored.Injury!.BodyPart.ShouldBe("Left wrist");
        stored.Injury.ClaimNumber.ShouldBe("WC-2026-0415");
        stored.Injury.TimeOfInjury.ShouldBe(new TimeOnly(14, 30));
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(created.Headers.Location));
        details.ShouldContain("at 2:30 PM");
        details.ShouldMatch("data-testid=\"claim-number\"[^>]*>WC-2026-0415<");
        var ops = factory.OpsClient();
        var firstVisit = OpsVisitsClient.NewId("AV");
        var recheck = OpsVisitsClient.NewId("AV");

        var first = await ops.PostAsJsonAsync("/api/ops/v1/visits", Visit(firstVisit, lastName, stored.Number.Display, factory.AcmeToday));
        var second = await ops.PostAsJsonAsync("/api/ops/v1/visits", Visit(recheck, lastName, stored.Number.Value, factory.AcmeToday.AddDays(3)));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var opened = firstBody.GetProperty("injuryCase");
        opened.GetProperty("opened").GetBoolean().ShouldBeTrue();
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();
        var joined = secondBody.GetProperty("injuryCase");
        joined.GetProperty("opened").GetBoolean().ShouldBeFalse();
        joined.GetProperty("injuryCaseId").GetGuid().ShouldBe(opened.GetProperty("injuryCaseId").GetGuid());

        var casePage = WebUtility.HtmlDecode(await client.GetStringAsync($"/InjuryCases/Details/{opened.GetProperty("injuryCaseId").GetGuid()}"));
        casePage.ShouldContain("Left wrist");
        casePage.ShouldContain("WC-2026-0415");
        casePage.ShouldContain("2:30 PM");
        System.Text.RegularExpressions.Regex.Matches(casePage, "data-kind=\"Visit\"").Count.ShouldBe(2);
        foreach (var registered in new[] { firstBody, secondBody })
        {
            var visitId = registered.GetProperty("visitId").GetGuid();
            casePage.ShouldContain($"/Results/Employee/{visitId}", customMessage: "the case's timeline links each visit");
        }
    }

    [Fact]
    public async Task A_visit_with_the_authorization_joins_the_employee_s_open_case_that_ops_opened_for_the_same_injury()
    {
        var lastName = "Opsfirst" + Guid.NewGuid().ToString("N")[..6];
        var ops = factory.OpsClient();
        var day = factory.AcmeToday.AddDays(-1);
        var opsVisit = OpsVisitsClient.NewId("OV");
        var opsCase = OpsVisitsClient.NewId("OC");
        (await ops.PostAsJsonAsync("/api/ops/v1/visits", new
        {
            externalVisitId = opsVisit,
            companyAccountNumber = "100200",
            employee = new { firstName = "Ivy", lastName, dateOfBirth = "1987-09-10" },
            category = "Injury",
            scheduledAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(-6)),
            clinic = "Downtown Clinic",
            locationCode = "MAIN",
            injuryCase = new { externalCaseId = opsCase, injuryDate = day.ToString("yyyy-MM-dd"), bodyPart = "left wrist" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = await factory.SignedInClientAsync(AcmeViewer);
        (await PortalFactory.PostFormAsync(client, "/Authorizations/Create", Form(lastName))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var number = await factory.WithDbAsync(db => db.Authorizations.AsNoTracking().Where(a => a.Employee.LastName == lastName).Select(a => a.Number).SingleAsync());

        var visit = await ops.PostAsJsonAsync("/api/ops/v1/visits", Visit(OpsVisitsClient.NewId("AV"), lastName, number.Display, factory.AcmeToday));

        visit.StatusCode.ShouldBe(HttpStatusCode.Created);
        var joined = (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("injuryCase");
        joined.GetProperty("externalCaseId").GetString().ShouldBe(opsCase);
        joined.GetProperty("opened").GetBoolean().ShouldBeFalse();
        var claim = await factory.WithDbAsync(db => db.Set<EmployerPortal.Domain.InjuryCases.InjuryCase>().IgnoreQueryFilters().AsNoTracking().Where(c => c.ExternalCaseId == opsCase).Select(c => c.Details.ClaimNumber).SingleAsync());
        claim.ShouldBe("WC-2026-0415", "the authorization's claim number fills the case's blank");
    }
}
