using System.Net;
using EmployerPortal.Application.Reports.Queries.GetMyReports;
using EmployerPortal.Application.Users.Commands.SetDerMark;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Results;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Reports;

/// <summary>
/// A report holds what its reader sees and nothing more. Subscribed, built by the nightly job: a user limited to a
/// location gets that location's visits only, and a user who is not a DER counts no drug or alcohol document. Run by
/// hand: a company-wide user narrows it to one location (each visit's time in its location's zone); a location-scoped
/// user asking for another location gets 404.
/// </summary>
public sealed class ReportScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(factory.OpsClient());

    private async Task<string> VisitAsync(string surname, string location, DateTimeOffset? at = null)
    {
        var id = OpsVisitsClient.NewId("V");
        (await _ops.RegisterAsync(new
        {
            externalVisitId = id,
            companyAccountNumber = "100200",
            employee = new { firstName = "Rory", lastName = surname, dateOfBirth = "1979-02-03" },
            category = "NonInjury",
            scheduledAt = at ?? factory.Clock.GetUtcNow(),
            clinic = "Downtown Clinic",
            locationCode = location,
        })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<PortalUser> SubscriberAsync(string prefix, IReadOnlyList<string>? locations, bool der)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@acme.example";
        var id = await factory.ActiveUserAsync(email, locations: locations);
        if (der)
        {
            await factory.SendAsync(s => s.Send(new SetDerMarkCommand(id, true)), await factory.AdminActorAsync(DemoDataSeeder.Acme.AdminEmail));
        }

        var client = await factory.SignedInClientAsync(email);
        (await PortalFactory.PostFormAsync(client, "/Reports?handler=Subscribe", new Dictionary<string, string>
        {
            ["Subscription.Kind"] = nameof(ReportKind.NonInjuryActivityStatus),
            ["Subscription.Frequency"] = nameof(ReportFrequency.Daily),
        }, "/Reports")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await factory.UserAsync(email);
    }

    private async Task<List<List<string>>> DeliveredCsvAsync(PortalUser user)
    {
        var client = await factory.SignedInClientAsync(user.Email);
        var mine = await factory.SendAsync(s => s.Send(new GetMyReportsQuery()), Application.Common.Security.FixedActor.Employer(user.Id, user.CompanyId, user.Role));
        var delivered = mine.Delivered.ShouldHaveSingleItem();
        var csv = await client.GetAsync($"/Reports?handler=Download&id={delivered.Id}&format=Csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        return CsvTable.Parse((await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task A_Dallas_users_report_lists_Dallas_visits_only_and_a_non_DER_counts_no_custody_form()
    {
        var surname = "Scope" + Guid.NewGuid().ToString("N")[..6];
        var atDallas = await VisitAsync(surname + "Dallas", "MAIN");
        await _ops.UploadDocumentAsync(atDallas, "FitTestResults", "Pass");
        await _ops.UploadDocumentAsync(atDallas, "CustodyAndControlForm", outcome: null);
        await VisitAsync(surname + "Phoenix", "PHX");
        var dallas = await SubscriberAsync("dallas-reports", ["MAIN"], der: false);
        var der = await SubscriberAsync("der-reports", null, der: true);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.Services.GetRequiredService<ReportSubscriptionJob>().RunAsync(CancellationToken.None);

        var dallasRows = await DeliveredCsvAsync(dallas);
        var documents = dallasRows[0].IndexOf("Documents");
        var employee = dallasRows[0].IndexOf("Employee");
        dallasRows.ShouldContain(r => r[employee].Contains(surname + "Dallas") && r[documents] == "1", "the custody form is not counted for a non-DER");
        dallasRows.ShouldNotContain(r => r[employee].Contains(surname + "Phoenix"), "a Dallas user's report holds no Phoenix visit");

        var derRows = await DeliveredCsvAsync(der);
        derRows.ShouldContain(r => r[employee].Contains(surname + "Dallas") && r[documents] == "2");
        derRows.ShouldContain(r => r[employee].Contains(surname + "Phoenix"), "a company-wide user's report holds every location");
    }

    private static Task<HttpResponseMessage> RunAsync(HttpClient client, string location, string day) =>
        PortalFactory.PostFormAsync(client, "/Reports?handler=Run", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(ReportKind.NonInjuryActivityStatus),
            ["Input.From"] = day,
            ["Input.To"] = day,
            ["Input.Format"] = "Csv",
            ["Input.Location"] = location,
        }, "/Reports");

    [Fact]
    public async Task A_report_run_for_Phoenix_lists_Phoenix_visits_in_Phoenix_time_and_a_Dallas_user_cannot_run_it()
    {
        var surname = "RunLoc" + Guid.NewGuid().ToString("N")[..6];
        var july = new DateTimeOffset(2025, 7, 15, 17, 30, 0, TimeSpan.Zero); // 10:30 AM MST in Phoenix, 12:30 PM CDT in Dallas
        await VisitAsync(surname + "Phoenix", "PHX", july);
        await VisitAsync(surname + "Dallas", "MAIN", july);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var phoenix = await RunAsync(admin, "phx", "2025-07-15");
        phoenix.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = CsvTable.Parse((await phoenix.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        var employee = rows[0].IndexOf("Employee");
        var visit = rows[0].IndexOf("Visit");
        var row = rows.Where(r => r[employee].Contains(surname)).ShouldHaveSingleItem();
        row[employee].ShouldContain(surname + "Phoenix");
        row[visit].ShouldContain("10:30 AM MST");
        (phoenix.Content.Headers.ContentDisposition!.FileNameStar ?? phoenix.Content.Headers.ContentDisposition.FileName!).ShouldContain("Phoenix");

        var dallasUser = await factory.SignedInClientAsync(DemoDataSeeder.DallasViewerEmail);
        (await RunAsync(dallasUser, "PHX", "2025-07-15")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await RunAsync(admin, "<b>", "2025-07-15");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Choose a location from the list.");
    }
}
