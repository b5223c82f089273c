using System.Net;
using EmployerPortal.Application.Audit;
using EmployerPortal.DemoData;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Users;

/// <summary>
/// Issue 14 item 2: an Admin limited to locations invites and manages only the users of their locations, grants no
/// other location and never the whole company; every other user of the company answers 404 to them, as another
/// company's would; the company's own details and access history stay with the company-wide Admins.
/// </summary>
public sealed class LocationScopedAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Phoenix = "PHX";

    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@acme.example";

    private async Task<(HttpClient Client, Guid Id)> PhoenixAdminAsync()
    {
        var email = NewEmail("phx-admin");
        var id = await factory.ActiveUserAsync(email, UserRole.Admin, locations: [Phoenix]);
        return (await factory.SignedInClientAsync(email), id);
    }

    private static Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role, params string[] locations)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.FirstName"] = "Pat",
            ["Input.LastName"] = "Phoenix",
            ["Input.Role"] = role,
        };
        for (var i = 0; i < locations.Length; i++)
        {
            fields[$"Input.LocationCodes[{i}]"] = locations[i];
        }

        return PortalFactory.PostFormAsync(admin, "/Users/Invite", fields);
    }

    [Fact]
    public async Task A_company_wide_Admin_invites_an_Admin_for_one_location_who_sees_that_location_only()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var email = NewEmail("invited-phx-admin");

        (await InviteAsync(admin, email, "Admin", Phoenix)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var invited = await factory.UserAsync(email);
        invited.Role.ShouldBe(UserRole.Admin);
        invited.LocationCodes.ShouldBe([Phoenix]);
        WebUtility.HtmlDecode(await admin.GetStringAsync("/Users")).ShouldContain(email);
    }

    [Fact]
    public async Task A_Phoenix_Admin_lists_and_manages_only_Phoenix_users_and_every_other_user_answers_404()
    {
        var (phxAdmin, _) = await PhoenixAdminAsync();
        var atPhoenixEmail = NewEmail("phx-viewer");
        var atPhoenix = await factory.ActiveUserAsync(atPhoenixEmail, locations: [Phoenix]);
        var wholeCompanyEmail = NewEmail("everywhere");
        var wholeCompany = await factory.ActiveUserAsync(wholeCompanyEmail);
        var atDallasEmail = NewEmail("dallas-viewer");
        var atDallas = await factory.ActiveUserAsync(atDallasEmail, locations: ["MAIN"]);

        var page = WebUtility.HtmlDecode(await phxAdmin.GetStringAsync("/Users"));
        page.ShouldContain(atPhoenixEmail);
        page.ShouldNotContain(wholeCompanyEmail);
        page.ShouldNotContain(atDallasEmail);
        page.ShouldNotContain(DemoDataSeeder.Acme.AdminEmail);

        foreach (var target in new[] { wholeCompany, atDallas })
        {
            foreach (var handler in new[] { "Disable", "Enable", "Resend", "Revoke", "ResetTwoFactor" })
            {
                (await PortalFactory.PostFormAsync(phxAdmin, $"/Users?handler={handler}&id={target}", UserTestData.NoFields(), formPageUrl: "/Users"))
                    .StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
            }

            (await PortalFactory.PostFormAsync(phxAdmin, $"/Users?handler=ChangeRole&id={target}", new Dictionary<string, string> { ["role"] = "Admin" }, formPageUrl: "/Users"))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await PortalFactory.PostFormAsync(phxAdmin, $"/Users?handler=DerMark&id={target}", new Dictionary<string, string> { ["isDer"] = "true" }, formPageUrl: "/Users"))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await PortalFactory.PostFormAsync(phxAdmin, $"/Users?handler=Locations&id={target}", new Dictionary<string, string> { ["locationCodes[0]"] = Phoenix }, formPageUrl: "/Users"))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await factory.UserAsync(wholeCompanyEmail)).ShouldSatisfyAllConditions(
            u => u.Status.ShouldBe(UserStatus.Active),
            u => u.Role.ShouldBe(UserRole.ViewOnly),
            u => u.IsDer.ShouldBeFalse(),
            u => u.IsCompanyWide.ShouldBeTrue());
        (await factory.UserAsync(atDallasEmail)).LocationCodes.ShouldBe(["MAIN"]);

        (await PortalFactory.PostFormAsync(phxAdmin, $"/Users?handler=Disable&id={atPhoenix}", UserTestData.NoFields(), formPageUrl: "/Users"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.AuditAsync(AuditActions.UserDisabled, atPhoenix)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_Phoenix_Admin_invites_for_Phoenix_only_never_for_another_location_or_the_whole_company()
    {
        var (phxAdmin, _) = await PhoenixAdminAsync();
        var form = await phxAdmin.GetStringAsync("/Users/Invite");
        form.ShouldContain($"value=\"{Phoenix}\"");
        form.ShouldNotContain("value=\"MAIN\"", customMessage: "a Phoenix Admin is offered Phoenix only");

        var dallas = NewEmail("not-mine");
        var toDallas = await InviteAsync(phxAdmin, dallas, "ViewOnly", "MAIN");
        var everywhere = NewEmail("everywhere");
        var toEveryone = await InviteAsync(phxAdmin, everywhere, "ViewOnly");

        foreach (var refused in new[] { toDallas, toEveryone })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain($"You can give access only to your own locations ({Phoenix}).");
        }

        (await factory.WithDbAsync(db => Task.FromResult(db.PortalUsers.Count(u => u.Email == dallas || u.Email == everywhere)))).ShouldBe(0);

        var mine = NewEmail("mine");
        (await InviteAsync(phxAdmin, mine, "ViewOnly", Phoenix)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.UserAsync(mine)).LocationCodes.ShouldBe([Phoenix]);
    }

    [Fact]
    public async Task A_Phoenix_Admin_cannot_make_one_of_their_users_company_wide()
    {
        var (phxAdmin, _) = await PhoenixAdminAsync();
        var email = NewEmail("stays-phx");
        var user = await factory.ActiveUserAsync(email, locations: [Phoenix]);

        var widen = await PortalFactory.PostFormAsync(phxAdmin, $"/Users?handler=Locations&id={user}", UserTestData.NoFields(), formPageUrl: "/Users");

        widen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await widen.Content.ReadAsStringAsync()).ShouldContain("You can give access only to your own locations");
        (await factory.UserAsync(email)).LocationCodes.ShouldBe([Phoenix]);
    }

    [Fact]
    public async Task The_company_account_edit_and_the_access_history_belong_to_company_wide_Admins()
    {
        var (phxAdmin, _) = await PhoenixAdminAsync();

        (await phxAdmin.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await phxAdmin.GetAsync("/Company/Edit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var account = await phxAdmin.GetStringAsync("/Company");
        account.ShouldNotContain("href=\"/Company/Edit\"");
        account.ShouldNotContain("href=\"/Audit\"");

        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        (await admin.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
