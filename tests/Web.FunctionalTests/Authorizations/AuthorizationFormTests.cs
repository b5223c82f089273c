using System.Net;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>The authorization form says everything wrong at once, and takes '&lt;' and '&gt;' in free text.</summary>
public sealed class AuthorizationFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private DateOnly Today => factory.AcmeToday;

    private Dictionary<string, string> Form(string lastName) => new()
    {
        ["Input.FirstName"] = "Kim",
        ["Input.LastName"] = lastName,
        ["Input.DateOfBirth"] = "1991-03-04",
        ["Input.Reason"] = "Injury",
        ["Input.DateOfInjury"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
        ["Input.InjuryDescription"] = "Twisted ankle.",
        ["Input.Services[0]"] = "INJ-EVAL",
        ["Input.ValidUntil"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
        ["Input.LocationCode"] = "MAIN",
    };

    [Fact]
    public async Task Every_field_error_and_every_missing_service_detail_come_back_on_the_first_post()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);
        var form = Form("");
        form["Input.FirstName"] = "";
        form["Input.Services[1]"] = "DRUG-NONDOT";
        form["Input.Services[2]"] = "IMM-OTHER";
        form["Input.Services[3]"] = "LAB";

        var response = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Enter the employee's first name.");
        html.ShouldContain("Enter the employee's last name.");
        html.ShouldContain("Choose the panel for Non-DOT drug screen.");
        html.ShouldContain("Choose the vaccine for Other vaccine.");
        html.ShouldContain("Choose the tests for Lab tests.");
        html.ShouldContain("data-valmsg-for=\"Input.ServiceDetails[DRUG-NONDOT]\"");
    }

    [Fact]
    public async Task An_injury_today_at_a_time_still_to_come_is_refused_beside_the_time_and_nothing_is_created()
    {
        if (TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), PortalFactory.AcmeZone).Hour >= 23)
        {
            factory.Clock.Advance(TimeSpan.FromHours(2)); // so that 23:59 today is still to come in Dallas
        }

        var client = await factory.SignedInClientAsync(AcmeViewer);
        var last = "Later" + Guid.NewGuid().ToString("N")[..6];
        var form = Form(last);
        form["Input.DateOfInjury"] = Today.ToString("yyyy-MM-dd");
        form["Input.TimeOfInjury"] = "23:59";

        var refused = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", form);
        form["Input.TimeOfInjury"] = "00:00";
        var accepted = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", form);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldMatch("data-valmsg-for=\"Input\\.TimeOfInjury\"[^>]*>[^<]*The time of injury cannot be later than now\\.");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Authorizations.CountAsync(a => a.Employee.LastName == last))).ShouldBe(1, "only the one at midnight");
    }

    [Fact]
    public async Task Angle_brackets_in_what_happened_and_instructions_are_kept_and_shown_encoded()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);
        var form = Form("Bracketson");
        form["Input.InjuryDescription"] = "Lifted > 50 lb <script>alert(1)</script>";
        form["Input.SpecialInstructions"] = "Pain < 3 hours: <b>no</b> X-ray";

        var response = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Employee.LastName == "Bracketson"));
        stored.Injury!.Description.ShouldBe("Lifted > 50 lb <script>alert(1)</script>");
        var raw = await (await client.GetAsync(response.Headers.Location)).Content.ReadAsStringAsync();
        raw.ShouldContain("Lifted &gt; 50 lb &lt;script&gt;alert(1)&lt;/script&gt;");
        raw.ShouldNotContain("<script>alert(1)</script>");
        raw.ShouldContain("Pain &lt; 3 hours: &lt;b&gt;no&lt;/b&gt; X-ray");
    }
}
