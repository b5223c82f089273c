using System.Net;
using System.Text.RegularExpressions;
using EmployerPortal.Infrastructure.Jobs;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Web.FunctionalTests.InjuryCases;

/// <summary>A work-status change is a notice through the notices channel: the location, a link to the case, nothing medical.</summary>
public sealed partial class WorkStatusNoticeTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    [Fact]
    public async Task A_work_status_change_emails_the_location_and_a_link_that_leads_through_sign_in_to_the_case()
    {
        var email = $"status.{Guid.NewGuid().ToString("N")[..8]}@acme.example";
        await factory.ActiveUserAsync(email);
        var settings = await PortalFactory.PostFormAsync(await factory.SignedInClientAsync(email), "/Profile?handler=Notices",
            new Dictionary<string, string> { ["Notices.Frequency"] = "Immediately" }, "/Profile");
        settings.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ops = new InjuryCaseOps(factory.OpsClient());
        var surname = "Notice" + Guid.NewGuid().ToString("N")[..6];
        var (visit, caseId) = await ops.OpenCaseAsync(factory.AcmeToday.AddDays(-2), surname);
        await ops.ModifiedDutyAsync(visit, factory.AcmeToday.AddDays(-1), null, "No forklift driving");

        await factory.Services.GetRequiredService<NoticeJob>().RunAsync(CancellationToken.None);
        await factory.DispatchEmailAsync();

        var notice = (await factory.ReceivedForAsync(email, expected: 1, subject: "A work status changed for a case at Dallas Terminal")).ShouldHaveSingleItem();
        notice.TextBody.ShouldNotBeNull().ShouldContain("A work status changed for a case at Dallas Terminal.");
        foreach (var word in new[] { surname, "Casey", "forklift", "Modified", "Left wrist", "WC-77" })
        {
            notice.TextBody!.ShouldNotContain(word, Case.Insensitive);
            notice.HtmlBody.ShouldNotBeNull().ShouldNotContain(word, Case.Insensitive);
        }

        var link = Link().Match(notice.TextBody!).Groups[1].Value;
        link.ShouldBe($"/InjuryCases/Details/{caseId}");
        var client = factory.CreateBrowserLikeClient();
        var signedOut = await client.GetAsync(link);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = signedOut.Headers.Location!;
        var signIn = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        signIn.ShouldStartWith("/Account/SignIn");
        var signedIn = await PortalFactory.PostFormAsync(client, signIn, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = DemoData.DemoDataSeeder.DemoPassword,
        });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe(link, "the sign-in returns to the case the email named");
        var page = await client.GetStringAsync(link);
        page.ShouldContain("Casey " + surname);
        page.ShouldContain("No forklift driving");
    }

    [Fact]
    public async Task A_user_limited_to_another_location_is_not_told()
    {
        var ops = new InjuryCaseOps(factory.OpsClient());
        var (visit, _) = await ops.OpenCaseAsync(factory.AcmeToday.AddDays(-2), "Phx" + Guid.NewGuid().ToString("N")[..6], DemoData.DemoDataSeeder.PhoenixCode);
        var dallas = await factory.SignedInClientAsync(DemoData.DemoDataSeeder.DallasViewerEmail);
        (await PortalFactory.PostFormAsync(dallas, "/Profile?handler=Notices", new Dictionary<string, string> { ["Notices.Frequency"] = "Immediately" }, "/Profile"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await factory.Services.GetRequiredService<NoticeJob>().RunAsync(CancellationToken.None);
        await factory.DispatchEmailAsync();
        var before = (await factory.ReceivedForAsync(DemoData.DemoDataSeeder.DallasViewerEmail, expected: 0)).Count(m => m.Subject?.Contains("work status", StringComparison.OrdinalIgnoreCase) == true);

        (await ops.WorkStatusAsync(visit, new { status = "OffWork", effectiveFrom = factory.AcmeToday.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        await factory.Services.GetRequiredService<NoticeJob>().RunAsync(CancellationToken.None);
        await factory.DispatchEmailAsync();

        (await factory.ReceivedForAsync(DemoData.DemoDataSeeder.DallasViewerEmail, expected: 0))
            .Count(m => m.Subject?.Contains("work status", StringComparison.OrdinalIgnoreCase) == true).ShouldBe(before);
    }

    [GeneratedRegex(@"http://localhost(/InjuryCases[^\s]*)")]
    private static partial Regex Link();
}
