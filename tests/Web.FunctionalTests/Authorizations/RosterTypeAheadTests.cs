using System.Net;
using System.Text.Json;
using EmployerPortal.Web.FunctionalTests.Employees;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

/// <summary>The form's employee can be picked from the roster by the start of the name: the company's and locations' own only.</summary>
public sealed class RosterTypeAheadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<Guid> AddAsync(string admin, string first, string last, string locations = "MAIN")
    {
        var client = await factory.SignedInClientAsync(admin);
        var number = RosterClient.NewNumber("TA");
        var html = await (await RosterClient.PreviewAsync(client, $"{RosterClient.Header}\n{RosterClient.Row(number, last, locations, first: first)}\n")).Content.ReadAsStringAsync();
        (await RosterClient.ApplyAsync(client, RosterClient.TokenOf(html).ShouldNotBeNull(), html)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await factory.WithDbAsync(db => db.RosterEmployees.IgnoreQueryFilters().Where(e => e.EmployeeNumber == number).Select(e => e.Id.Value).SingleAsync());
    }

    private static async Task<List<string>> SuggestedAsync(HttpClient client, string find)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync($"/Authorizations/Create?handler=Roster&find={Uri.EscapeDataString(find)}")).RootElement;
        return [.. json.EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];
    }

    [Fact]
    public async Task Names_starting_with_the_text_are_suggested_at_most_ten_and_never_another_company_s_or_location_s()
    {
        var tag = "Zq" + Guid.NewGuid().ToString("N")[..5];
        var acmeId = await AddAsync(AcmeAdmin, "Tara", $"{tag}acme");
        await AddAsync(AcmeAdmin, "Pete", $"{tag}phoenix", locations: "PHX");
        await AddAsync(GlobexAdmin, "Gina", $"{tag}globex");
        for (var i = 0; i < 11; i++)
        {
            await AddAsync(AcmeAdmin, "Many", $"{tag}many{i:00}");
        }

        var admin = await factory.SignedInClientAsync(AcmeAdmin);
        var dallas = await factory.SignedInClientAsync("dallas@acme.example");
        var globex = await factory.SignedInClientAsync(GlobexAdmin);

        (await SuggestedAsync(admin, $"{tag}acme")).ShouldBe([$"Tara {tag}acme"]);
        (await SuggestedAsync(admin, $"tara {tag.ToLowerInvariant()}")).ShouldBe([$"Tara {tag}acme"], "first name first, any case");
        (await SuggestedAsync(admin, "ara")).ShouldNotContain($"Tara {tag}acme", "a prefix, not any part of the name");
        (await SuggestedAsync(admin, $"{tag}many")).Count.ShouldBe(10);
        (await SuggestedAsync(admin, tag)).ShouldNotContain($"Gina {tag}globex");
        (await SuggestedAsync(globex, tag)).ShouldBe([$"Gina {tag}globex"], "another company's employees never appear");
        (await SuggestedAsync(dallas, $"{tag}p")).ShouldBeEmpty("a Dallas-only user does not see Phoenix's employees");

        // Without JavaScript: the same search as a plain GET lists links that fill the form.
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Authorizations/Create?find={tag}acme"));
        page.ShouldContain($"/Authorizations/Create?employee={acmeId}");
        var filled = await admin.GetStringAsync($"/Authorizations/Create?employee={acmeId}");
        filled.ShouldMatch($"name=\"Input.LastName\"[^>]*value=\"{tag}acme\"|value=\"{tag}acme\"[^>]*name=\"Input.LastName\"");
        (await globex.GetStringAsync($"/Authorizations/Create?find={tag}acme")).ShouldNotContain(acmeId.ToString());
    }
}
