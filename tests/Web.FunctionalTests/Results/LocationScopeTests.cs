using System.Net;
using System.Net.Http.Json;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.DemoData;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using EmployerPortal.Application.Audit;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Results;

/// <summary>
/// A user limited to a location sees that location's visits and documents only; another location's record answers
/// 404 exactly as another company's does (the data layer's location filter, not page code).
/// </summary>
public sealed class LocationScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(factory.OpsClient());

    private async Task<string> SiteAsync()
    {
        var code = "S" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        (await factory.OpsClient().PostAsJsonAsync("/api/ops/v1/companies/100200/locations", new
        {
            code,
            name = "Phoenix Terminal",
            phone = "(602) 555-0142",
            address = new { line1 = "4400 E Broadway Rd", city = "Phoenix", state = "AZ", postalCode = "85040" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return code;
    }

    private async Task<(string Visit, Guid Document)> VisitAtAsync(string surname, string? location)
    {
        var id = OpsVisitsClient.NewId("V");
        var body = new
        {
            externalVisitId = id,
            companyAccountNumber = "100200",
            employee = new { firstName = "Lee", lastName = surname, dateOfBirth = "1980-05-06" },
            category = "NonInjury",
            scheduledAt = factory.Clock.GetUtcNow(),
            clinic = "Downtown Clinic",
            locationCode = location,
        };
        (await _ops.RegisterAsync(body)).EnsureSuccessStatusCode();
        return (id, await _ops.UploadDocumentAsync(id));
    }

    private async Task<HttpClient> UserLimitedToAsync(string code)
    {
        var email = $"site-{Guid.NewGuid():N}@acme.example";
        var admin = await factory.AdminActorAsync(DemoDataSeeder.Acme.AdminEmail);
        var id = (await factory.SendAsync(s => s.Send(new InviteUserCommand(email, "Terry", "Terminal", UserRole.ViewOnly, [code])), admin)).ShouldNotBeNull();
        await DemoAccounts.SetInitialPasswordAsync(factory.Services, id, DemoDataSeeder.DemoPassword);
        (await factory.UserAsync(email)).LocationCodes.ShouldBe([code]);
        return await factory.SignedInClientAsync(email);
    }

    [Fact]
    public async Task A_user_limited_to_a_location_sees_its_results_only_and_another_locations_answer_404()
    {
        var site = await SiteAsync();
        var surname = "Scope" + Guid.NewGuid().ToString("N")[..6];
        var (_, atSite) = await VisitAtAsync(surname, site);
        var (_, atMain) = await VisitAtAsync(surname, null);
        var user = await UserLimitedToAsync(site);

        var list = await user.GetStringAsync($"/Results?Name={surname}");
        ResultsPages.DocumentIds(list).ShouldBe([atSite]);
        (await user.GetAsync($"/Results/Document/{atSite}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.GetAsync($"/Results/Document/{atMain}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ResultsPages.MergeAsync(user, [atSite, atMain])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var visitAtMain = ResultsPages.VisitIdOf(await (await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail)).GetStringAsync($"/Results?Name={surname}"), atMain);
        (await user.GetAsync($"/Results/Employee/{visitAtMain}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_visit_board_of_a_location_scoped_user_lists_that_location_only_and_a_company_wide_user_sees_both()
    {
        var site = await SiteAsync();
        var surname = "Board" + Guid.NewGuid().ToString("N")[..6];
        await VisitAtAsync(surname + "Site", site);
        await VisitAtAsync(surname + "Main", null);
        var user = await UserLimitedToAsync(site);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var board = await user.GetStringAsync("/Visits");
        var whole = await admin.GetStringAsync("/Visits");

        board.ShouldContain(surname + "Site");
        board.ShouldNotContain(surname + "Main");
        whole.ShouldContain(surname + "Site");
        whole.ShouldContain(surname + "Main");

        var filtered = await admin.GetStringAsync($"/Visits?Location={site}");
        filtered.ShouldContain(surname + "Site");
        filtered.ShouldNotContain(surname + "Main");
        filtered.ShouldContain($"Location={site}", Case.Sensitive, "the live refresh keeps the filter");
        (await admin.GetStringAsync("/Visits?Location=MAIN")).ShouldNotContain(surname + "Site");
        (await user.GetStringAsync("/Visits?Location=MAIN")).ShouldNotContain(surname + "Main", customMessage: "a filter never widens a user's scope");
    }

    [Fact]
    public async Task The_demo_Dallas_viewer_sees_the_Dallas_terminals_results_and_none_of_Phoenixs()
    {
        var dallas = await factory.SignedInClientAsync(DemoDataSeeder.DallasViewerEmail);
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var seen = ResultsPages.DocumentIds(await dallas.GetStringAsync("/Results?Size=100")).ToHashSet();
        var all = ResultsPages.DocumentIds(await viewer.GetStringAsync("/Results?Size=100")).ToHashSet();

        var atPhoenix = await factory.WithDbAsync(db => db.VisitResults
            .Where(v => v.LocationCode == DemoDataSeeder.PhoenixCode && v.ExternalVisitId.StartsWith("DEMO-100200-"))
            .SelectMany(v => v.Documents).Select(d => d.Id.Value).ToListAsync());
        atPhoenix.ShouldNotBeEmpty("the demo company has results at both terminals");
        seen.ShouldNotBeEmpty();
        seen.ShouldBeSubsetOf(all);
        seen.Overlaps(atPhoenix).ShouldBeFalse();
        all.Overlaps(atPhoenix).ShouldBeTrue();
    }

    [Fact]
    public async Task A_user_of_either_role_can_be_limited_but_only_to_the_companys_own_locations()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var site = await SiteAsync();

        var asAdmin = await InviteAsync(admin, $"adm-{Guid.NewGuid():N}@acme.example", "Admin", site);
        var unknown = await InviteAsync(admin, $"unk-{Guid.NewGuid():N}@acme.example", "ViewOnly", "NOWHERE");
        var page = await admin.GetStringAsync("/Users/Invite");

        asAdmin.StatusCode.ShouldBe(HttpStatusCode.Redirect, "an Admin can be limited to locations too");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldContain("Your company has no location NOWHERE");
        page.ShouldContain($"value=\"{site}\"");
    }

    private static Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role, string location) =>
        PortalFactory.PostFormAsync(admin, "/Users/Invite", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.FirstName"] = "Terry",
            ["Input.LastName"] = "Terminal",
            ["Input.Role"] = role,
            ["Input.LocationCodes"] = location,
        });

    [Fact]
    public async Task An_Admin_changes_a_users_locations_which_ends_their_session_narrows_what_they_see_and_is_audited()
    {
        var site = await SiteAsync();
        var surname = "Moved" + Guid.NewGuid().ToString("N")[..6];
        var (_, atSite) = await VisitAtAsync(surname, site);
        var (_, atMain) = await VisitAtAsync(surname, null);
        var email = $"moved-{Guid.NewGuid():N}@acme.example";
        var userId = await factory.ActiveUserAsync(email);
        var user = await factory.SignedInClientAsync(email);
        ResultsPages.DocumentIds(await user.GetStringAsync($"/Results?Name={surname}")).ShouldBe([atSite, atMain], ignoreOrder: true);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        (await ChangeLocationsAsync(admin, userId, site)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await factory.UserAsync(email)).LocationCodes.ShouldBe([site]);
        (await user.GetAsync($"/Results?Name={surname}")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the change ended their session");
        user = await factory.SignedInClientAsync(email);
        ResultsPages.DocumentIds(await user.GetStringAsync($"/Results?Name={surname}")).ShouldBe([atSite]);
        (await user.GetAsync($"/Results/Document/{atMain}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.AuditAsync(AuditActions.UserLocationsChanged, userId)).ShouldHaveSingleItem().Details.ShouldBe($"from=all; to={site}");

        (await ChangeLocationsAsync(admin, userId)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.UserAsync(email)).LocationCodes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Locations_the_company_does_not_have_and_another_companys_user_change_nothing()
    {
        var email = $"stays-{Guid.NewGuid():N}@acme.example";
        var userId = await factory.ActiveUserAsync(email);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        var unknown = await ChangeLocationsAsync(admin, userId, "NOWHERE");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldContain("Your company has no location NOWHERE.");
        (await ChangeLocationsAsync(globex, userId, "MAIN")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.UserAsync(email)).LocationCodes.ShouldBeEmpty();
    }

    private static Task<HttpResponseMessage> ChangeLocationsAsync(HttpClient client, Guid userId, params string[] codes) =>
        PortalFactory.PostFormAsync(client, $"/Users?handler=Locations&id={userId}", codes.Select((c, i) => ($"locationCodes[{i}]", c)).ToDictionary(p => p.Item1, p => p.Item2), "/Users");
}
