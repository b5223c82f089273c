using System.Net;
using System.Text;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Reports.Commands.SubscribeToReport;
using EmployerPortal.Application.Reports.Queries.GetMyReports;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Domain.Results;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.Reports;

public sealed class ReportsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Five Acme visits in March 2019, plus one the day after the period and one of Globex inside it: neither may count.</summary>
    private async Task ArrangeMarch2019Async()
    {
        if (await factory.WithDbAsync(db => db.VisitResults.AnyAsync(v => v.ExternalVisitId.StartsWith("R2019-"))))
        {
            return;
        }

        await Visit("R2019-1", VisitCategory.Injury, March2019, v => Complete(v, March2019));
        await Visit("R2019-2", VisitCategory.Injury, March2019.AddDays(3), v => v.ChangeStatus(VisitStatus.NoShow, March2019.AddDays(3)));
        await Visit("R2019-3", VisitCategory.Injury, March2019.AddDays(5));
        await Visit("R2019-4", VisitCategory.NonInjury, March2019.AddDays(6), v => Complete(v, March2019.AddDays(6)));
        // March is Dallas's March: 11:59 PM CDT on the 31st is in (05:59 UTC on April 1), midnight CDT is out.
        await Visit("R2019-5", VisitCategory.NonInjury, new DateTimeOffset(2019, 3, 31, 23, 59, 0, TimeSpan.FromHours(-5)), v => v.ChangeStatus(VisitStatus.Cancelled, March2019));
        await Visit("R2019-6", VisitCategory.NonInjury, new DateTimeOffset(2019, 4, 1, 0, 0, 0, TimeSpan.FromHours(-5)));
        await Visit("R2019-7", VisitCategory.Injury, March2019, accountNumber: DemoDataSeeder.Globex.AccountNumber);

        Task Visit(string id, VisitCategory category, DateTimeOffset at, Action<VisitResult>? then = null, string accountNumber = "100200") =>
            factory.WithDbAsync(async db =>
            {
                var company = await db.Companies.SingleAsync(c => c.AccountNumber == Domain.Companies.AccountNumber.From(accountNumber));
                var visit = VisitResult.Register(company.Id, id, VisitArrangements.JoseMunoz, category, VisitArrangements.Clinic, at, null, factory.Clock.GetUtcNow());
                then?.Invoke(visit);
                db.VisitResults.Add(visit);
                await db.SaveChangesAsync();
                return 0;
            });

        static void Complete(VisitResult visit, DateTimeOffset at)
        {
            visit.ChangeStatus(VisitStatus.CheckedIn, at);
            visit.ChangeStatus(VisitStatus.InProgress, at.AddMinutes(10));
            visit.ChangeStatus(VisitStatus.Completed, at.AddMinutes(50));
        }
    }

    private async Task<HttpResponseMessage> RunAsync(HttpClient client, ReportKind kind, string format, string from = "2019-03-01", string to = "2019-03-31") =>
        await PortalFactory.PostFormAsync(client, "/Reports?handler=Run", new Dictionary<string, string>
        {
            ["Input.Kind"] = kind.ToString(),
            ["Input.From"] = from,
            ["Input.To"] = to,
            ["Input.Format"] = format,
        }, "/Reports");

    /// <summary>The totals a spreadsheet user gets by counting the rows: the CSV holds one header row and the visits, nothing else.</summary>
    private static Dictionary<string, int> CsvTotals(string csv)
    {
        var rows = CsvTable.Parse(csv.TrimStart('\uFEFF'));
        var header = rows[0];
        var data = rows.Skip(1).ToList();
        var totals = new Dictionary<string, int> { ["Total visits"] = data.Count };
        var status = header.IndexOf("Status");
        foreach (var text in new[] { "Scheduled", "Checked in", "In progress", "Completed", "No-show", "Cancelled" })
        {
            totals[text] = data.Count(r => r[status] == text);
        }

        if (header.IndexOf("Category") is var category and >= 0)
        {
            totals["Injury visits"] = data.Count(r => r[category] == "Injury");
            totals["Non-injury visits"] = data.Count(r => r[category] == "Non-injury");
        }

        return totals;
    }

    [Theory]
    [InlineData(ReportKind.EmployerPatientVisit, "Employer Patient Visit Report")]
    [InlineData(ReportKind.InjuryActivityStatus, "Injury Activity Status Report")]
    [InlineData(ReportKind.NonInjuryActivityStatus, "Non-injury Activity Status Report")]
    public async Task A_report_csv_is_one_header_row_then_data_and_its_name_says_company_and_period(ReportKind kind, string title)
    {
        await ArrangeMarch2019Async();
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await RunAsync(client, kind, "Csv");

        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"');
        fileName.ShouldBe($"{title} - Acme Logistics (100200) - 2019-03-01 to 2019-03-31.csv");
        var rows = CsvTable.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        rows[0].ShouldContain("Employee");
        rows[0].ShouldContain("Status");
        rows.Count.ShouldBeGreaterThan(1);
        rows.ShouldAllBe(r => r.Count == rows[0].Count, "every line has the header's columns: no title, blank or totals rows");
        rows.Skip(1).ShouldAllBe(r => r[0] == "Muñoz, José");
    }

    [Fact]
    public async Task The_employer_patient_visit_report_totals_match_the_visits_in_pdf_and_csv()
    {
        await ArrangeMarch2019Async();
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var csvResponse = await RunAsync(client, ReportKind.EmployerPatientVisit, "Csv");
        var pdfResponse = await RunAsync(client, ReportKind.EmployerPatientVisit, "Pdf");

        csvResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        csvResponse.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var totals = CsvTotals(csv);
        totals["Total visits"].ShouldBe(5);
        totals["Injury visits"].ShouldBe(3);
        totals["Non-injury visits"].ShouldBe(2);
        totals["Completed"].ShouldBe(2);
        totals["No-show"].ShouldBe(1);
        totals["Cancelled"].ShouldBe(1);
        totals["Scheduled"].ShouldBe(1);
        csv.Split("\r\n").Count(l => l.Contains("\"Muñoz, José\"", StringComparison.Ordinal)).ShouldBe(5);

        pdfResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await pdfResponse.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("Employer Patient Visit Report");
        text.ShouldContain("Acme Logistics");
        text.ShouldContain("Total visits 5");
        text.ShouldContain("Injury visits 3");
        text.ShouldContain("Non-injury visits 2");
        text.ShouldContain("Completed 2");
        text.ShouldContain("No-show 1");
        text.ShouldContain("Muñoz, José");
    }

    [Fact]
    public async Task The_activity_status_reports_count_only_their_own_category()
    {
        await ArrangeMarch2019Async();
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var injury = CsvTotals(Encoding.UTF8.GetString(await (await RunAsync(client, ReportKind.InjuryActivityStatus, "Csv")).Content.ReadAsByteArrayAsync()));
        var nonInjury = CsvTotals(Encoding.UTF8.GetString(await (await RunAsync(client, ReportKind.NonInjuryActivityStatus, "Csv")).Content.ReadAsByteArrayAsync()));

        injury["Total visits"].ShouldBe(3);
        injury["No-show"].ShouldBe(1);
        nonInjury["Total visits"].ShouldBe(2);
        nonInjury["Cancelled"].ShouldBe(1);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_beside_the_field()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);

        var response = await RunAsync(client, ReportKind.EmployerPatientVisit, "Pdf", from: "2019-03-31", to: "2019-03-01");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The end date must not be before the start date.");
    }

    [Fact]
    public async Task A_daily_subscription_delivers_once_a_day_into_the_users_reports_and_emails_a_link_without_content()
    {
        var viewer = await UserAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        (await PortalFactory.PostFormAsync(client, "/Reports?handler=Subscribe", new Dictionary<string, string>
        {
            ["Subscription.Kind"] = nameof(ReportKind.InjuryActivityStatus),
            ["Subscription.Frequency"] = nameof(ReportFrequency.Daily),
        }, "/Reports")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var job = factory.Services.GetRequiredService<ReportSubscriptionJob>();
        var subscribedOn = factory.AcmeToday;

        await job.RunAsync(CancellationToken.None);
        (await MineAsync(viewer)).Delivered.ShouldBeEmpty("not due before the next midnight");

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var delivered = (await MineAsync(viewer)).Delivered.ShouldHaveSingleItem();
        delivered.Kind.ShouldBe(ReportKind.InjuryActivityStatus);
        delivered.FirstDay.ShouldBe(subscribedOn, "the day it covers is Acme's own day, not the UTC one");
        delivered.LastDay.ShouldBe(subscribedOn);

        var emails = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == viewer.Email && m.Subject.Contains("Injury Activity Status Report")).ToListAsync());
        var email = emails.ShouldHaveSingleItem();
        email.TextBody.ShouldContain("http://localhost/Reports");
        email.TextBody.ShouldNotContain("Muñoz");
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(email.TextBody, @"http://localhost/\S+").Value).PathAndQuery;
        var signedOut = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(link);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        var followed = await (await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!)).GetAsync(link);
        followed.StatusCode.ShouldBe(HttpStatusCode.OK, "the emailed link opens the Reports page for its recipient");
        (await followed.Content.ReadAsStringAsync()).ShouldContain(delivered.Id.ToString());

        var signedInAgain = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var pdf = await signedInAgain.GetAsync($"/Reports?handler=Download&id={delivered.Id}&format=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            document.GetPages().First().Text.ShouldContain("Injury Activity Status Report");
        }

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await job.RunAsync(CancellationToken.None);
        (await MineAsync(viewer)).Delivered.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_disabled_users_subscription_stops()
    {
        var admin = await UserAsync(DemoDataSeeder.Acme.AdminEmail);
        var invitee = await factory.WithDbAsync(async db =>
        {
            var user = PortalUser.Invite(admin.CompanyId, $"weekly-{Guid.NewGuid():N}@acme.example", "Wendy", "Weekly", UserRole.ViewOnly, factory.Clock.GetUtcNow());
            user.Activate(factory.Clock.GetUtcNow());
            db.PortalUsers.Add(user);
            await db.SaveChangesAsync();
            return user;
        });
        await factory.SendAsync(s => s.Send(new SubscribeToReportCommand(ReportKind.EmployerPatientVisit, ReportFrequency.Weekly)), Actor(invitee));
        await factory.WithDbAsync(async db =>
        {
            var user = await db.PortalUsers.SingleAsync(u => u.Id == invitee.Id);
            user.Disable(admin.Id, companyWideAdmins: 1, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return 0;
        });

        factory.Clock.Advance(TimeSpan.FromDays(8));
        await factory.Services.GetRequiredService<ReportSubscriptionJob>().RunAsync(CancellationToken.None);

        (await factory.WithDbAsync(db => db.Set<DeliveredReport>().CountAsync(r => r.UserId == invitee.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Another_users_delivered_report_and_subscription_are_not_found()
    {
        var admin = await UserAsync(DemoDataSeeder.Acme.AdminEmail);
        var subscriptionId = await factory.SendAsync(s => s.Send(new SubscribeToReportCommand(ReportKind.NonInjuryActivityStatus, ReportFrequency.Daily)), Actor(admin));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.Services.GetRequiredService<ReportSubscriptionJob>().RunAsync(CancellationToken.None);
        var adminsReport = (await MineAsync(admin)).Delivered.First(r => r.Kind == ReportKind.NonInjuryActivityStatus);

        foreach (var email in new[] { DemoDataSeeder.Acme.ViewerEmail!, DemoDataSeeder.Globex.AdminEmail })
        {
            var other = await factory.SignedInClientAsync(email);
            (await other.GetAsync($"/Reports?handler=Download&id={adminsReport.Id}&format=Csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await PortalFactory.PostFormAsync(other, $"/Reports?handler=Cancel&id={subscriptionId}", new Dictionary<string, string>(), "/Reports"))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await MineAsync(admin)).Subscriptions.ShouldContain(s => s.Id == subscriptionId);
    }

    [Fact]
    public async Task The_reports_page_is_in_the_navigation_and_closed_to_anonymous_visitors()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        (await viewer.GetStringAsync("/Company")).ShouldContain("href=\"/Reports\"");

        var anonymous = await factory.CreateBrowserLikeClient().GetAsync("/Reports");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }

    private Task<PortalUser> UserAsync(string email) =>
        factory.WithDbAsync(db => db.PortalUsers.AsNoTracking().SingleAsync(u => u.Email == email));

    private static FixedActor Actor(PortalUser user) => FixedActor.Employer(user.Id, user.CompanyId, user.Role);

    private Task<MyReportsDto> MineAsync(PortalUser user) => factory.SendAsync(s => s.Send(new GetMyReportsQuery()), Actor(user));
}

/// <summary>RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks.</summary>
internal static class CsvTable
{
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
