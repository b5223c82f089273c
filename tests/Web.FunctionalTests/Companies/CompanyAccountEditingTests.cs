using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Application.Audit;
using EmployerPortal.Domain.Companies;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Companies;

public sealed partial class CompanyAccountEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string EditUrl = "/Company/Edit";

    private static async Task<int> VersionOnFormAsync(HttpClient client) =>
        int.Parse(VersionField().Match(await client.GetStringAsync(EditUrl)).Groups[1].Value);

    private static Dictionary<string, string> Form(int version, string phone = "(214) 555-0142", string state = "TX", string contactEmail = "safety@acme.example", bool newResults = true) => new()
    {
        ["Input.Version"] = version.ToString(),
        ["Input.Address.Line1"] = "1200 Commerce St",
        ["Input.Address.Line2"] = "Suite 400",
        ["Input.Address.City"] = "Dallas",
        ["Input.Address.State"] = state,
        ["Input.Address.PostalCode"] = "75202",
        ["Input.Phone"] = phone,
        ["Input.SpecialInstructions"] = "Call the safety office first.",
        ["Input.Contacts[0].Name"] = "Sam Safety",
        ["Input.Contacts[0].Title"] = "Safety Manager",
        ["Input.Contacts[0].Email"] = contactEmail,
        ["Input.Contacts[0].Phone"] = "(214) 555-0150",
        ["Input.Contacts[0].NewResults"] = newResults ? "true" : "false",
        ["Input.Contacts[0].NoShowLetters"] = "true",
    };

    private Task<Domain.Companies.Company> AcmeAsync() =>
        factory.WithDbAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Acme.AccountNumber)));

    private static string MessageBeside(string html, string field) =>
        Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value;

    [Fact]
    public async Task An_admin_saves_the_account_sees_the_change_and_the_audit_trail_records_before_and_after()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var version = await VersionOnFormAsync(client);

        var response = await PortalFactory.PostFormAsync(client, EditUrl, Form(version, phone: "(214) 555-0199"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Company");
        var page = await client.GetStringAsync("/Company");
        page.ShouldContain("(214) 555-0199");
        page.ShouldContain("Sam Safety");
        page.ShouldContain("The company account was saved.");
        var company = await AcmeAsync();
        company.Phone.ShouldBe("(214) 555-0199");
        company.Contacts.Single().Notices.ShouldBe(ContactNotices.NewResults | ContactNotices.NoShowLetters);
        var phoneChange = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.CompanyAccountChanged && a.TargetId == company.Id.ToString() && a.Details!.Contains("\"field\":\"phone\""))
            .OrderByDescending(a => a.Id).FirstAsync());
        phoneChange.Details!.ShouldContain("\"after\":\"(214) 555-0199\"");
        phoneChange.CompanyId.ShouldBe(company.Id.Value);
        phoneChange.UserId.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Input.Address.State", "Enter a two-letter US state code")]
    [InlineData("Input.Phone", "Enter a 10-digit phone number")]
    [InlineData("Input.Contacts[0].Email", "Enter a valid email address.")]
    [InlineData("Input.Contacts", "At least one contact must receive new-result notices.")]
    public async Task Each_invalid_field_shows_its_message_beside_it_and_nothing_is_saved(string field, string message)
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var form = Form(await VersionOnFormAsync(client),
            phone: field == "Input.Phone" ? "555-01" : "(214) 555-0142",
            state: field == "Input.Address.State" ? "ZZ" : "TX",
            contactEmail: field == "Input.Contacts[0].Email" ? "sam@" : "safety@acme.example",
            newResults: field != "Input.Contacts");
        var before = await AcmeAsync();

        var response = await PortalFactory.PostFormAsync(client, EditUrl, form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        MessageBeside(await response.Content.ReadAsStringAsync(), field).ShouldStartWith(message);
        (await AcmeAsync()).Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_shows_the_version_someone_else_saved()
    {
        var first = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var second = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var version = await VersionOnFormAsync(first);
        (await VersionOnFormAsync(second)).ShouldBe(version);

        (await PortalFactory.PostFormAsync(first, EditUrl, Form(version, phone: "(214) 555-0111"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await PortalFactory.PostFormAsync(second, EditUrl, Form(version, phone: "(214) 555-0122"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("This account was changed by someone else");
        html.ShouldContain("(214) 555-0111");
        html.ShouldContain("value=\"(214) 555-0122\"");
        VersionField().Match(html).Groups[1].Value.ShouldBe((version + 1).ToString());
        (await AcmeAsync()).Phone.ShouldBe("(214) 555-0111");
    }

    [Fact]
    public async Task Without_javascript_the_add_contact_button_adds_a_row_and_keeps_what_was_typed()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await PortalFactory.PostFormAsync(client, $"{EditUrl}?handler=AddContact", Form(await VersionOnFormAsync(client), phone: "(214) 555-0177"), EditUrl);

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("name=\"Input.Contacts[1].Name\"");
        html.ShouldContain("value=\"(214) 555-0177\"");
    }

    [Fact]
    public async Task A_view_only_user_sees_no_edit_controls_and_the_server_refuses_their_edit()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var before = await AcmeAsync();

        var page = await client.GetStringAsync("/Company");
        var editPage = await client.GetAsync(EditUrl);
        var post = await PortalFactory.PostFormAsync(client, EditUrl, Form(before.Version, phone: "(214) 555-0666"), formPageUrl: "/Company");

        page.ShouldContain(DemoDataSeeder.Acme.Name);
        page.ShouldNotContain("Edit account details");
        page.ShouldNotContain("/Company/Edit");
        editPage.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AcmeAsync()).Phone.ShouldBe(before.Phone);
    }

    [Fact]
    public async Task An_admin_edit_changes_only_their_own_company()
    {
        var globexBefore = await factory.WithDbAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.AccountNumber == AccountNumber.From(DemoDataSeeder.Globex.AccountNumber)));
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        (await PortalFactory.PostFormAsync(client, EditUrl, Form(await VersionOnFormAsync(client), phone: "(937) 555-0123"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var globex = await factory.WithDbAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.Id == globexBefore.Id));
        globex.Phone.ShouldBe("(937) 555-0123");
        (await AcmeAsync()).Phone.ShouldNotBe("(937) 555-0123");
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
