using System.Net;
using System.Text.Json;
using EmployerPortal.Application.Audit;
using EmployerPortal.Domain.Users;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Companies;

/// <summary>
/// Issue 14 item 1: the company account page shows each location's standing instructions for clinic staff and an
/// Admin edits them there — a location-scoped Admin only their own locations' (another's answers 404); each change
/// is audited, and bad input is refused beside the field with nothing changed.
/// </summary>
public sealed class LocationInstructionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string code, string instructions) =>
        PortalFactory.PostFormAsync(client, $"/Company?handler=LocationInstructions&code={code}", new Dictionary<string, string> { ["instructions"] = instructions }, "/Company");

    private Task<string?> InstructionsAsync(string code) => factory.WithDbAsync(async db =>
        (await db.Companies.AsNoTracking().SingleAsync(c => c.AccountNumber == Domain.Companies.AccountNumber.From("100200"))).FindLocation(code)!.SpecialInstructions);

    [Fact]
    public async Task An_Admin_changes_a_locations_instructions_which_the_page_shows_and_the_access_history_records()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var before = await InstructionsAsync("PHX");
        var text = $"Use the south gate after 6 PM ({Guid.NewGuid():N})";

        (await SaveAsync(admin, "phx", text)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await InstructionsAsync("PHX")).ShouldBe(text);
        WebUtility.HtmlDecode(await admin.GetStringAsync("/Company")).ShouldContain(text);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.LocationInstructionsChanged).OrderBy(a => a.Id).LastAsync());
        using var details = JsonDocument.Parse(entry.Details!);
        details.RootElement.GetProperty("location").GetString().ShouldBe("PHX");
        details.RootElement.GetProperty("before").GetString().ShouldBe(before ?? "");
        details.RootElement.GetProperty("after").GetString().ShouldBe(text);
    }

    [Fact]
    public async Task Too_long_instructions_are_refused_beside_the_field_and_change_nothing()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var before = await InstructionsAsync("MAIN");

        var refused = await SaveAsync(admin, "MAIN", new string('x', 2001));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        page.ShouldContain("id=\"instructions-MAIN-error\"");
        page.ShouldContain("Instructions for clinic staff can be at most 2,000 characters.");
        (await InstructionsAsync("MAIN")).ShouldBe(before);
    }

    [Fact]
    public async Task A_Dallas_Admin_edits_Dallas_only_a_viewer_none_and_an_unknown_location_is_not_found()
    {
        var email = $"dallas-admin-{Guid.NewGuid():N}@acme.example";
        await factory.ActiveUserAsync(email, UserRole.Admin, locations: ["MAIN"]);
        var dallasAdmin = await factory.SignedInClientAsync(email);
        var phoenixBefore = await InstructionsAsync("PHX");

        var page = await dallasAdmin.GetStringAsync("/Company");
        EditFormsFor(page).ShouldBe(["MAIN"], "a Dallas Admin is offered Dallas's instructions only");
        (await SaveAsync(dallasAdmin, "PHX", "Not mine to change")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SaveAsync(dallasAdmin, "NOWHERE", "Nowhere")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await InstructionsAsync("PHX")).ShouldBe(phoenixBefore);
        (await SaveAsync(dallasAdmin, "MAIN", "Dock 4 entrance")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        EditFormsFor(await viewer.GetStringAsync("/Company")).ShouldBeEmpty();
        (await SaveAsync(viewer, "MAIN", "A viewer's words")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InstructionsAsync("MAIN")).ShouldBe("Dock 4 entrance");

        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        (await SaveAsync(globex, "PHX", "Another company's")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await InstructionsAsync("PHX")).ShouldBe(phoenixBefore);
    }

    /// <summary>The location codes the page offers an instructions form for (whatever the order of the action's query).</summary>
    private static List<string> EditFormsFor(string page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page, @"action=""/Company\?[^""]*handler=LocationInstructions[^""]*""")
            .Select(m => System.Text.RegularExpressions.Regex.Match(m.Value, "code=([A-Z0-9]+)").Groups[1].Value)];
}
