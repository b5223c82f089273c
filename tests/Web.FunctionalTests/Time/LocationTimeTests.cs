using System.Net;
using System.Net.Http.Json;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Time;

/// <summary>A visit is read in its location's zone: Phoenix keeps MST in July while Dallas is on CDT.</summary>
public sealed class LocationTimeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_Phoenix_visit_in_July_shows_MST_and_a_Dallas_visit_CDT_on_the_visit_board()
    {
        var ops = factory.OpsClient();
        var code = "P" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        (await ops.PostAsJsonAsync("/api/ops/v1/companies/100200/locations", new
        {
            code,
            name = "Phoenix Terminal",
            phone = "(602) 555-0142",
            address = new { line1 = "4400 E Broadway Rd", city = "Phoenix", state = "AZ", postalCode = "85040" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var surname = "Zone" + Guid.NewGuid().ToString("N")[..6];
        var tenUtc = new DateTimeOffset(2026, 7, 15, 16, 0, 0, TimeSpan.Zero);
        foreach (var (who, location) in new[] { ("Phx", code), ("Dal", (string?)null) })
        {
            (await ops.PostAsJsonAsync("/api/ops/v1/visits", new
            {
                externalVisitId = $"TZL-{Guid.NewGuid():N}",
                companyAccountNumber = DemoDataSeeder.Acme.AccountNumber,
                employee = new { firstName = who, lastName = surname, dateOfBirth = "1985-03-02" },
                category = "NonInjury",
                scheduledAt = tenUtc,
                clinic = "Clinic",
                locationCode = location,
            })).EnsureSuccessStatusCode();
        }

        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var board = WebUtility.HtmlDecode(await employer.GetStringAsync("/Visits?From=2026-07-15&To=2026-07-15"));

        RowOf(board, $"{surname}, Phx").ShouldContain("Jul 15, 2026 9:00 AM MST");
        RowOf(board, $"{surname}, Dal").ShouldContain("Jul 15, 2026 11:00 AM CDT");
    }

    private static string RowOf(string html, string name)
    {
        var at = html.IndexOf(name, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"{name} is on the board");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}
