using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Letters;
using EmployerPortal.Web.FunctionalTests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Time;

/// <summary>Acme keeps Central time (Texas): a visit at 7 PM Central on Dec 1 is 01:00 UTC on Dec 2, and is Dec 1 everywhere.</summary>
public sealed class CompanyLocalTimeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Companies = "/api/ops/v1/companies";
    private static readonly DateTimeOffset SevenPmCentralDec1 = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_visit_at_7_pm_Central_on_December_1_is_December_1_on_results_the_visit_board_and_the_no_show_letter()
    {
        var ops = factory.OpsClient();
        var visitId = $"TZ-{Guid.NewGuid():N}";
        var surname = "Central" + Guid.NewGuid().ToString("N")[..6];
        (await ops.PostAsJsonAsync("/api/ops/v1/visits", new
        {
            externalVisitId = visitId,
            companyAccountNumber = DemoDataSeeder.Acme.AccountNumber,
            employee = new { firstName = "Dana", lastName = surname, dateOfBirth = "1985-03-02", employeeId = "E-" + surname },
            category = "NonInjury",
            scheduledAt = SevenPmCentralDec1,
            clinic = VisitArrangements.Clinic,
        })).EnsureSuccessStatusCode();
        (await ops.PostAsJsonAsync($"/api/ops/v1/visits/{visitId}/status", new { status = "NoShow", at = SevenPmCentralDec1.AddMinutes(30) })).EnsureSuccessStatusCode();
        await factory.Services.GetRequiredService<NoShowLetterJob>().RunAsync(CancellationToken.None);
        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var results = await employer.GetStringAsync($"/Results?Name={Uri.EscapeDataString(surname)}");
        results.ShouldContain("Employee No Show Letter");
        results.ShouldContain("2026-12-01");
        results.ShouldNotContain("2026-12-02");
        var onDec2 = await employer.GetStringAsync($"/Results?Name={Uri.EscapeDataString(surname)}&From=2026-12-02&To=2026-12-02");
        onDec2.ShouldNotContain("2026-12-01", customMessage: "the date filter is a local date");

        var board = await employer.GetStringAsync("/Visits?From=2026-12-01&To=2026-12-01");
        board.ShouldContain(surname);
        board.ShouldContain("Dec 1, 2026 7:00 PM CST");
        (await employer.GetStringAsync("/Visits?From=2026-12-02&To=2026-12-02")).ShouldNotContain(surname);

        var letter = await factory.WithDbAsync(db => db.VisitResults.AsNoTracking().Include(v => v.Documents)
            .Where(v => v.ExternalVisitId == visitId).SelectMany(v => v.Documents).SingleAsync(d => d.Type == ResultType.EmployeeNoShowLetter));
        var text = await factory.ReadPdfTextAsync(letter);
        text.ShouldContain("Tuesday, December 1, 2026 at 7:00 PM CST");
        text.ShouldNotContain("UTC", Case.Sensitive);
        text.ShouldNotContain("December 2, 2026 at", customMessage: "the visit's time is Dec 1 in Dallas (the letter itself may be dated today)");
    }

    [Fact]
    public async Task A_report_of_December_1_holds_the_7_pm_Central_visit_in_local_time_and_one_of_December_2_does_not()
    {
        var surname = "Report" + Guid.NewGuid().ToString("N")[..6];
        (await factory.OpsClient().PostAsJsonAsync("/api/ops/v1/visits", new
        {
            externalVisitId = $"TZR-{Guid.NewGuid():N}",
            companyAccountNumber = DemoDataSeeder.Acme.AccountNumber,
            employee = new { firstName = "Dana", lastName = surname, dateOfBirth = "1985-03-02" },
            category = "Injury",
            scheduledAt = SevenPmCentralDec1,
            clinic = VisitArrangements.Clinic,
        })).EnsureSuccessStatusCode();
        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var dec1 = await ReportCsvAsync(employer, "2026-12-01");
        var dec2 = await ReportCsvAsync(employer, "2026-12-02");

        dec1.FileName.ShouldEndWith("2026-12-01 to 2026-12-01.csv");
        var row = CsvTable.Parse(dec1.Text).Single(r => r[0] == $"{surname}, Dana");
        row.ShouldContain("Dec 1, 2026 7:00 PM CST");
        dec2.Text.ShouldNotContain(surname);
    }

    private static async Task<(string FileName, string Text)> ReportCsvAsync(HttpClient client, string day)
    {
        var response = await PortalFactory.PostFormAsync(client, "/Reports?handler=Run", new Dictionary<string, string>
        {
            ["Input.Kind"] = "InjuryActivityStatus",
            ["Input.From"] = day,
            ["Input.To"] = day,
            ["Input.Format"] = "Csv",
        }, "/Reports");
        response.EnsureSuccessStatusCode();
        var disposition = response.Content.Headers.ContentDisposition!;
        return (disposition.FileNameStar ?? disposition.FileName!.Trim('"'), (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task The_visit_board_says_when_it_was_updated_in_local_time_from_the_server()
    {
        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var now = factory.Clock.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var central = TimeZoneInfo.ConvertTime(now, zone);

        var board = await employer.GetStringAsync("/Visits");

        board.ShouldContain($"Updated {central.ToString("h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"))} C");
        var rows = await employer.GetAsync("/Visits?handler=Rows");
        rows.Headers.GetValues("X-Board-Updated").ShouldHaveSingleItem().ShouldEndWith(zone.IsDaylightSavingTime(now) ? "CDT" : "CST");
    }

    [Theory]
    [InlineData("/Results")]
    [InlineData("/Visits")]
    [InlineData("/Authorizations")]
    [InlineData("/Authorizations/Create")]
    [InlineData("/Reports")]
    [InlineData("/Users")]
    [InlineData("/Audit")]
    [InlineData("/Company")]
    public async Task No_employer_page_says_UTC(string page)
    {
        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await employer.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("UTC", Case.Sensitive);
    }

    [Fact]
    public async Task The_account_page_shows_the_company_time_zone()
    {
        var employer = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);

        (await employer.GetStringAsync("/Company")).ShouldContain("America/New_York");
    }

    [Fact]
    public async Task Provisioning_without_a_zone_takes_the_state_zone_and_with_one_keeps_it_and_settings_change_it()
    {
        var ops = factory.OpsClient();
        var byState = Company("710001", "NY", null);
        var explicitZone = Company("710002", "TX", "America/Phoenix");

        (await ops.PostAsJsonAsync(Companies, byState)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ops.PostAsJsonAsync(Companies, explicitZone)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await ZoneOfAsync(ops, "710001")).ShouldBe("America/New_York");
        (await ZoneOfAsync(ops, "710002")).ShouldBe("America/Phoenix");
        var changed = await ops.PutAsJsonAsync($"{Companies}/710002/settings", new { status = "Active", timeZone = "America/Chicago" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ZoneOfAsync(ops, "710002")).ShouldBe("America/Chicago");
        var kept = await ops.PutAsJsonAsync($"{Companies}/710002/settings", new { status = "Active" });
        kept.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ZoneOfAsync(ops, "710002")).ShouldBe("America/Chicago", "no zone in the settings keeps the current one");
    }

    [Fact]
    public async Task Provisioning_with_an_unknown_zone_is_a_400_naming_timeZone()
    {
        var response = await factory.OpsClient().PostAsJsonAsync(Companies, Company("710003", "TX", "America/Springfield"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["timeZone"]);
    }

    [Fact]
    public async Task The_demo_companies_keep_Central_and_Eastern_time()
    {
        (await ZoneOfAsync(factory.OpsClient(), DemoDataSeeder.Acme.AccountNumber)).ShouldBe("America/Chicago");
        (await ZoneOfAsync(factory.OpsClient(), DemoDataSeeder.Globex.AccountNumber)).ShouldBe("America/New_York");
    }

    private static async Task<string?> ZoneOfAsync(HttpClient ops, string accountNumber) =>
        (await ops.GetFromJsonAsync<JsonElement>($"{Companies}/{accountNumber}")).GetProperty("timeZone").GetString();

    private static object Company(string accountNumber, string state, string? timeZone) => new
    {
        accountNumber,
        name = "Zone Co " + accountNumber,
        phone = "(512) 555-0100",
        address = new { line1 = "1 Main", line2 = (string?)null, city = "Somewhere", state, postalCode = "78701" },
        firstAdmin = new { email = $"admin{accountNumber}@zone.example", firstName = "Zed", lastName = "Zone" },
        timeZone,
    };
}
