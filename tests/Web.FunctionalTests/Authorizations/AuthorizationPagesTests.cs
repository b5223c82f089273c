using System.Net;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

public sealed class AuthorizationPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private DateOnly Today => factory.AcmeToday;

    private Dictionary<string, string> ValidForm(string firstName, string lastName) => new()
    {
        ["Input.FirstName"] = firstName,
        ["Input.LastName"] = lastName,
        ["Input.DateOfBirth"] = "1991-03-04",
        ["Input.EmployeeId"] = "E-42",
        ["Input.Email"] = "worker@employee.example",
        ["Input.Phone"] = "(512) 555-0100",
        ["Input.Reason"] = "Injury",
        ["Input.DateOfInjury"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
        ["Input.InjuryDescription"] = "Twisted ankle on the loading dock.",
        ["Input.Services[0]"] = "INJ-EVAL",
        ["Input.Services[1]"] = "DRUG-NONDOT",
        ["Input.ServiceDetails[DRUG-NONDOT]"] = "5-panel",
        ["Input.SpecialInstructions"] = "X-ray if needed.",
        ["Input.ValidUntil"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
        ["Input.LocationCode"] = "MAIN",
    };

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Theory]
    [InlineData("admin@acme.example")]
    [InlineData("viewer@acme.example")]
    public async Task Admin_and_view_only_users_create_an_authorization_with_the_form_and_land_on_its_detail(string email)
    {
        var client = await factory.SignedInClientAsync(email);
        var lastName = $"Form{RoleOf(email)}";

        var response = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", ValidForm("Kim", lastName));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Employee.LastName == lastName));
        response.Headers.Location!.OriginalString.ShouldBe($"/Authorizations/Details/{stored.Id.Value}");
        stored.Reason.ShouldBe(AuthorizationReason.Injury);
        stored.Injury!.DateOfInjury.ShouldBe(Today.AddDays(-1));
        stored.Services.Select(s => (s.ServiceCode, s.Detail)).ShouldBe([("INJ-EVAL", null), ("DRUG-NONDOT", "5-panel")]);
        stored.ValidUntil.ShouldBe(Today.AddDays(30));

        var detail = await HtmlAsync(await client.GetAsync(response.Headers.Location));
        detail.ShouldContain(stored.Number.Display);
        detail.ShouldContain($"Kim {lastName}");
        detail.ShouldContain("Non-DOT drug screen: 5-panel");
    }

    [Fact]
    public async Task The_create_form_offers_the_catalog_grouped_and_shows_the_company_standing_instructions_heading()
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var html = await HtmlAsync(await client.GetAsync("/Authorizations/Create"));

        foreach (var group in new[] { "Physicals", "Drug and alcohol testing", "Respiratory", "Immunizations and TB", "Hearing and vision", "Human performance evaluation", "Lab tests", "Injury care" })
        {
            html.ShouldContain($">{group}</h2>");
        }

        html.ShouldContain("Panel for Non-DOT drug screen");
        html.ShouldContain("Your company's standing instructions");
        html.ShouldContain($"value=\"{Today.AddDays(30):yyyy-MM-dd}\"");
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "Input.DateOfInjury", "future", "The date of injury cannot be in the future." },
        { "Input.Services[0]", "", "Authorize at least one service." },
        { "Input.ValidUntil", "+91", "Valid until must be between today and 90 days from today." },
        { "Input.FirstName", "<script>alert(1)</script>", "Use plain text only" },
        { "Input.LastName", "", "Enter the employee's last name." },
        { "Input.ServiceDetails[DRUG-NONDOT]", "", "Choose the panel for Non-DOT drug screen." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_answered_beside_the_field_and_nothing_is_stored(string field, string value, string message)
    {
        var client = await factory.SignedInClientAsync(AcmeViewer);
        var form = ValidForm("Bad", "Input");
        form[field] = value switch
        {
            "future" => Today.AddDays(1).ToString("yyyy-MM-dd"),
            "+91" => Today.AddDays(91).ToString("yyyy-MM-dd"),
            _ => value,
        };
        if (field == "Input.Services[0]")
        {
            form.Remove("Input.Services[0]");
            form.Remove("Input.Services[1]");
        }

        var before = await CountAsync(factory);

        var response = await PortalFactory.PostFormAsync(client, "/Authorizations/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await HtmlAsync(response);
        html.ShouldContain(message);
        html.ShouldContain("field-validation-error");
        (await CountAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task The_list_shows_only_the_signed_in_users_company_and_searches_by_name_status_reason_and_number()
    {
        var mine = await CreateAsync(factory, AcmeAdmin, "Listy", "Acmeperson");
        await CreateAsync(factory, GlobexAdmin, "Listy", "Globexperson");
        await CreateExpiredAsync(factory, AcmeAdmin, "Listy", "Expiredperson");
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var byName = await HtmlAsync(await client.GetAsync("/Authorizations?Search.EmployeeName=listy"));
        var expired = await HtmlAsync(await client.GetAsync("/Authorizations?Search.EmployeeName=listy&Search.Status=Expired"));
        var injury = await HtmlAsync(await client.GetAsync("/Authorizations?Search.EmployeeName=listy&Search.Reason=Injury"));
        var byNumber = await HtmlAsync(await client.GetAsync($"/Authorizations?Search.Number={mine.Number.ToLowerInvariant()}"));

        byName.ShouldContain("Listy Acmeperson");
        byName.ShouldContain("Listy Expiredperson");
        byName.ShouldNotContain("Globexperson");
        expired.ShouldContain("Listy Expiredperson");
        expired.ShouldNotContain("Listy Acmeperson");
        injury.ShouldContain("No authorizations match.");
        byNumber.ShouldContain("Listy Acmeperson");
        byNumber.ShouldContain("1 authorization<");
    }

    [Fact]
    public async Task The_list_is_paged_and_sorted_by_the_chosen_column()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync(factory, GlobexAdmin, "Pager", $"Zed{(char)('A' + i)}");
        }

        var client = await factory.SignedInClientAsync(GlobexAdmin);

        var ascending = await HtmlAsync(await client.GetAsync("/Authorizations?Search.EmployeeName=pager&Search.Sort=EmployeeName&Search.Desc=false"));
        var descending = await HtmlAsync(await client.GetAsync("/Authorizations?Search.EmployeeName=pager&Search.Sort=EmployeeName&Search.Desc=true"));
        var everything = await HtmlAsync(await client.GetAsync("/Authorizations"));

        ascending.IndexOf("Pager ZedA", StringComparison.Ordinal).ShouldBeLessThan(ascending.IndexOf("Pager ZedC", StringComparison.Ordinal));
        descending.IndexOf("Pager ZedC", StringComparison.Ordinal).ShouldBeLessThan(descending.IndexOf("Pager ZedA", StringComparison.Ordinal));
        ascending.ShouldContain("aria-sort=\"ascending\"");
        everything.ShouldContain("data-testid=\"authorizations-table\"");
    }

    [Fact]
    public async Task A_mistyped_number_in_the_search_is_answered_beside_the_field()
    {
        var created = await CreateAsync(factory, AcmeAdmin);
        var typo = created.Number[..^1] + (created.Number[^1] == '2' ? '3' : '2');
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var html = await HtmlAsync(await client.GetAsync($"/Authorizations?Search.Number={typo}"));

        html.ShouldContain("check it for a typing mistake");
    }

    [Fact]
    public async Task An_admin_voids_an_authorization_after_confirming_and_the_detail_says_by_whom()
    {
        var created = await CreateAsync(factory, AcmeViewer, "Void", "Me");
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var confirm = await HtmlAsync(await client.GetAsync($"/Authorizations/Void/{created.Id}"));
        var response = await PortalFactory.PostFormAsync(client, $"/Authorizations/Void/{created.Id}", new Dictionary<string, string> { ["Input.Reason"] = "Booked by mistake" });

        confirm.ShouldContain("Yes, void this authorization");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Number == AuthorizationNumber.Parse(created.Number)));
        stored.Status.ShouldBe(AuthorizationStatus.Voided);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "authorization.voided" && e.TargetId == created.Id.ToString()));
        audited.ShouldBeTrue();
        var detail = await HtmlAsync(await client.GetAsync($"/Authorizations/Details/{created.Id}"));
        detail.ShouldContain("by Alice Admin");
        detail.ShouldContain("Booked by mistake");
    }

    [Fact]
    public async Task A_view_only_user_cannot_void_the_server_refuses_with_403_and_the_button_is_hidden()
    {
        var created = await CreateAsync(factory, AcmeViewer, "Keep", "Me");
        var client = await factory.SignedInClientAsync(AcmeViewer);

        var detail = await HtmlAsync(await client.GetAsync($"/Authorizations/Details/{created.Id}"));
        var get = await client.GetAsync($"/Authorizations/Void/{created.Id}");
        var post = await PortalFactory.PostFormAsync(client, $"/Authorizations/Void/{created.Id}", new Dictionary<string, string> { ["Input.Reason"] = "Booked by mistake" }, $"/Authorizations/Details/{created.Id}");

        detail.ShouldNotContain($"/Authorizations/Void/{created.Id}");
        get.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var stored = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Number == AuthorizationNumber.Parse(created.Number)));
        stored.Status.ShouldBe(AuthorizationStatus.Active);
    }

    [Fact]
    public async Task Voiding_a_used_authorization_is_refused_with_the_reason()
    {
        var created = await CreateAsync(factory, AcmeAdmin, "Used", "Already");
        await factory.SendAsync(s => s.Send(new Application.Authorizations.Commands.CheckInAuthorization.CheckInAuthorizationCommand(created.Number, "V-USED-1")));
        var client = await factory.SignedInClientAsync(AcmeAdmin);

        var response = await PortalFactory.PostFormAsync(client, $"/Authorizations/Void/{created.Id}", new Dictionary<string, string> { ["Input.Reason"] = "Booked by mistake" }, $"/Authorizations/Details/{created.Id}");

        (await HtmlAsync(response)).ShouldContain("This authorization has been used at a visit and can no longer be voided.");
        var stored = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Number == AuthorizationNumber.Parse(created.Number)));
        stored.Status.ShouldBe(AuthorizationStatus.Used);
    }

    [Theory]
    [InlineData("GET", "/Authorizations/Details/{0}")]
    [InlineData("GET", "/Authorizations/Pdf/{0}")]
    [InlineData("GET", "/Authorizations/Pdf/{0}?download=true")]
    [InlineData("GET", "/Authorizations/Email/{0}")]
    [InlineData("POST", "/Authorizations/Email/{0}")]
    [InlineData("GET", "/Authorizations/Void/{0}")]
    [InlineData("POST", "/Authorizations/Void/{0}")]
    public async Task Another_companys_authorization_is_not_found_on_every_route(string method, string route)
    {
        var globex = await CreateAsync(factory, GlobexAdmin, "Other", "Company", employeeEmail: "other@globex-employee.example");
        var client = await factory.SignedInClientAsync(AcmeAdmin);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, globex.Id);

        var response = method == "GET"
            ? await client.GetAsync(url)
            : await PortalFactory.PostFormAsync(client, url, new Dictionary<string, string> { ["Input.To"] = "attacker@acme.example" }, "/Authorizations/Create");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HtmlAsync(response)).ShouldNotContain("Other Company");
        var stored = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Number == AuthorizationNumber.Parse(globex.Number)));
        stored.Status.ShouldBe(AuthorizationStatus.Active);
        stored.Emails.ShouldBeEmpty();
    }
}
